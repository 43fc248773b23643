# mk/stack.mk - the worst-case stack depth of the runtime's request paths on
# lx106, from gcc's call graph (tests/tools/check_stack.py; docs/stack.md).
# The TLS handshakes need mbedTLS 2.28.3 cross-built once with its call
# graph (tests/tls/mbedtls-src.sh downloads Debian's source the first time,
# then the build is cached under build/mbedtls).
.PHONY: check-stack
check-stack:
	@nice python3 $(ROOT)/tests/tools/check_stack.py --tls
