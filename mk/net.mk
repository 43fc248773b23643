# mk/net.mk - networking runtime (components/runtime/net, port/posix) and its
# tests.  Included from the root Makefile (include mk/*.mk) and usable alone:
#     make -f mk/net.mk test-net
#     make -f mk/net.mk fuzz-http FUZZ_SECONDS=600
#     make -f mk/net.mk fuzz-http-client FUZZ_SECONDS=600
#     make -f mk/net.mk fuzz-tls FUZZ_SECONDS=600
# Defines no default goal.

NET_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)

include $(dir $(lastword $(MAKEFILE_LIST)))runtime.inc
NET_ROOT        := $(RT_TOP)
# sources, flags and libraries: the "net" build of components/runtime/manifest.json
# (the networking layer, static serving, TLS, the POSIX port; llhttp as third-party code)
NET_SRCS        := $(RT_net_SRCS)
NET_HDRS        := $(RT_HDRS) $(RT_MANIFEST_MK)
NET_CFLAGS      := $(RT_CFLAGS) $(RT_net_CPPFLAGS)
NET_LIBS        := $(RT_net_LIBS)
# the same without mbedTLS, for tools that link an mbedTLS built from source
NET_LIBS_NO_MBEDTLS := $(filter-out -lmbed%,$(NET_LIBS))

NET_CC          ?= gcc
NET_SAN         := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DTS_ALLOC_DIRECT
NET_BUILD       ?= $(NET_ROOT)/build/net
NET_TEST_SRCS   := $(sort $(wildcard $(NET_ROOT)/tests/c/net/test_*.c))
NET_TEST_BINS   := $(patsubst $(NET_ROOT)/tests/c/net/%.c,$(NET_BUILD)/%,$(NET_TEST_SRCS))
FUZZ_SECONDS    ?= 60
FUZZ_CC         ?= clang-14

.PHONY: test-net-tls test-net-tls-mbedtls3 test-tls-audit test-tls-audit-mbedtls3 tls-heap-device size-tls test-net test-net-unit test-net-socket test-net-client-socket net-build fuzz-http fuzz-http-build \
        fuzz-http-client fuzz-http-client-build fuzz-tls fuzz-tls-build net-clean

# third-party objects (llhttp), one set per flavour (asan / plain / fuzz)
# $(call NET_TP_RULE,FLAVOUR,SOURCE,CC,FLAGS)
define NET_TP_RULE
$(NET_BUILD)/$(1)/tp_$(notdir $(basename $(2))).o: $(2) $(RT_MANIFEST_MK)
	@mkdir -p $$(@D)
	$(3) $(RT_net_TP_CFLAGS) $(RT_net_CPPFLAGS) -g $(4) -c $$< -o $$@
endef
NET_TP = $(foreach s,$(RT_net_TP_SRCS),$(NET_BUILD)/$(1)/tp_$(notdir $(basename $(s))).o)
$(foreach s,$(RT_net_TP_SRCS),$(eval $(call NET_TP_RULE,asan,$(s),$(NET_CC),-O2 $(NET_SAN))))
$(foreach s,$(RT_net_TP_SRCS),$(eval $(call NET_TP_RULE,plain,$(s),$(NET_CC),-O2)))
NET_TP_FUZZ_FLAGS := -O2 -fsanitize=fuzzer-no-link,address,undefined
$(foreach s,$(RT_net_TP_SRCS),$(eval $(call NET_TP_RULE,fuzz,$(s),$(FUZZ_CC),$(NET_TP_FUZZ_FLAGS))))
NET_TP_ASAN  := $(call NET_TP,asan)
NET_TP_PLAIN := $(call NET_TP,plain)
NET_TP_FUZZ  := $(call NET_TP,fuzz)

# cmocka unit tests (ASan + UBSan)
$(NET_BUILD)/test_%: $(NET_ROOT)/tests/c/net/test_%.c $(NET_ROOT)/tests/c/net/testutil.h $(NET_SRCS) $(NET_HDRS) $(NET_TP_ASAN)
	@mkdir -p $(dir $@)
	$(NET_CC) $(NET_CFLAGS) -g -O1 $(NET_SAN) -o $@ $< $(NET_SRCS) $(NET_TP_ASAN) -lcmocka $(NET_LIBS)

# C test server for the socket tests: ASan build and a plain build (valgrind)
$(NET_BUILD)/c_server: $(NET_ROOT)/tests/http/c_server.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_ASAN)
	@mkdir -p $(dir $@)
	$(NET_CC) $(NET_CFLAGS) -g -O1 $(NET_SAN) -o $@ $< $(NET_SRCS) $(NET_TP_ASAN) $(NET_LIBS)
$(NET_BUILD)/c_server_plain: $(NET_ROOT)/tests/http/c_server.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_PLAIN)
	@mkdir -p $(dir $@)
	$(NET_CC) $(NET_CFLAGS) -g -O2 -o $@ $< $(NET_SRCS) $(NET_TP_PLAIN) $(NET_LIBS)

# C test client for the client socket tests: ASan build and a plain build (valgrind)
$(NET_BUILD)/c_client: $(NET_ROOT)/tests/http/c_client.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_ASAN)
	@mkdir -p $(dir $@)
	$(NET_CC) $(NET_CFLAGS) -g -O1 $(NET_SAN) -o $@ $< $(NET_SRCS) $(NET_TP_ASAN) $(NET_LIBS)
$(NET_BUILD)/c_client_plain: $(NET_ROOT)/tests/http/c_client.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_PLAIN)
	@mkdir -p $(dir $@)
	$(NET_CC) $(NET_CFLAGS) -g -O2 -o $@ $< $(NET_SRCS) $(NET_TP_PLAIN) $(NET_LIBS)

NET_CLIENT_BINS := $(NET_BUILD)/c_client $(NET_BUILD)/c_client_plain

# TLS socket tests (tests/tls): the tool with ASan, and a plain build that
# counts heap bytes (TSFW_HEAP_COUNT interposes malloc; no ASan there)
$(NET_BUILD)/tls_tool: $(NET_ROOT)/tests/tls/tls_tool.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_ASAN)
	@mkdir -p $(dir $@)
	$(NET_CC) $(NET_CFLAGS) -g -O1 $(NET_SAN) -o $@ $< $(NET_SRCS) $(NET_TP_ASAN) $(NET_LIBS)
$(NET_BUILD)/tls_tool_heap: $(NET_ROOT)/tests/tls/tls_tool.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_PLAIN)
	@mkdir -p $(dir $@)
	$(NET_CC) $(NET_CFLAGS) -DTSFW_HEAP_COUNT -g -O1 -o $@ $< $(NET_SRCS) $(NET_TP_PLAIN) $(NET_LIBS)
# and one built like the emulated targets (tls_none.c)
$(NET_BUILD)/tls_tool_notls: $(NET_ROOT)/tests/tls/tls_tool.c $(RT_net-notls_SRCS) $(NET_HDRS) $(NET_TP_ASAN)
	@mkdir -p $(dir $@)
	$(NET_CC) $(RT_CFLAGS) $(RT_net-notls_CPPFLAGS) -g -O1 $(NET_SAN) -o $@ $< $(RT_net-notls_SRCS) $(NET_TP_ASAN) $(RT_net-notls_LIBS)
NET_TLS_BINS := $(NET_BUILD)/tls_tool $(NET_BUILD)/tls_tool_heap $(NET_BUILD)/tls_tool_notls

test-net-tls: $(NET_TLS_BINS)
	@timeout 300 bash $(NET_ROOT)/tests/tls/tls_tests.sh $(NET_TLS_BINS)

# The same TLS tests against mbedTLS 3.6 (ESP-IDF 5 ships 3.x; Debian 12 has
# 2.28): tests/tls/mbedtls-src.sh builds Debian 13's 3.6.6 source into
# build/mbedtls/3.6.6-default once (cached), the tools link it statically.
# Not part of test-net: measured on 2 cores (nice 19, -j2), the library
# build takes 30-40 s once (download: under a second here), the tools
# ~5 s, and the test run itself 23-47 s every time (quiet machine vs. one
# running CI), as long as test-net-tls: not "well under a minute" to add
# to every test-net.
# The ASan tool has 3.6.1+ report TLS 1.3 session tickets as 3.0..3.6.0 do
# (TSFW_TLS_SIGNAL_TICKETS), the heap tool keeps the default (ignored).
MBED3_VER     := 3.6.6
MBED3_PREFIX  := $(NET_ROOT)/build/mbedtls/$(MBED3_VER)-default
MBED3_CFLAGS  := -I$(MBED3_PREFIX)/include "-DMBEDTLS_USER_CONFIG_FILE=<tsfw_mbedtls_user.h>"
MBED3_LIBS    := $(MBED3_PREFIX)/lib/libmbedtls.a $(MBED3_PREFIX)/lib/libmbedx509.a $(MBED3_PREFIX)/lib/libmbedcrypto.a $(NET_LIBS_NO_MBEDTLS)
NET_BUILD3    := $(NET_BUILD)/mbedtls3
$(MBED3_PREFIX)/.built: $(NET_ROOT)/tests/tls/mbedtls-src.sh
	@sh $(NET_ROOT)/tests/tls/mbedtls-src.sh $(MBED3_VER) >/dev/null
$(NET_BUILD3)/tls_tool: $(NET_ROOT)/tests/tls/tls_tool.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_ASAN) $(MBED3_PREFIX)/.built
	@mkdir -p $(dir $@)
	$(NET_CC) $(MBED3_CFLAGS) $(NET_CFLAGS) -DTSFW_TLS_SIGNAL_TICKETS -g -O1 $(NET_SAN) -o $@ $< $(NET_SRCS) $(NET_TP_ASAN) $(MBED3_LIBS)
$(NET_BUILD3)/tls_tool_heap: $(NET_ROOT)/tests/tls/tls_tool.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_PLAIN) $(MBED3_PREFIX)/.built
	@mkdir -p $(dir $@)
	$(NET_CC) $(MBED3_CFLAGS) $(NET_CFLAGS) -DTSFW_HEAP_COUNT -g -O1 -o $@ $< $(NET_SRCS) $(NET_TP_PLAIN) $(MBED3_LIBS)
NET_TLS3_BINS := $(NET_BUILD3)/tls_tool $(NET_BUILD3)/tls_tool_heap

test-net-tls-mbedtls3: $(NET_TLS3_BINS)
	@TSFW_TLS13=1 timeout 300 bash $(NET_ROOT)/tests/tls/tls_tests.sh $(NET_TLS3_BINS)

# testssl.sh (Debian's testssl.sh) against our HTTPS server on loopback:
# nothing below TLS 1.2, no CBC, no finding above INFO (tests/tls/tls_audit.sh).
# Not part of test-net: testssl takes 1-2 minutes.  test-tls-audit-mbedtls3
# audits the mbedTLS 3.6 build, where TLS 1.3 must be offered too.
test-tls-audit: $(NET_BUILD)/tls_tool
	@timeout 900 bash $(NET_ROOT)/tests/tls/tls_audit.sh $(NET_BUILD)/tls_tool
test-tls-audit-mbedtls3: $(NET_BUILD3)/tls_tool
	@TSFW_TLS13=1 timeout 900 bash $(NET_ROOT)/tests/tls/tls_audit.sh $(NET_BUILD3)/tls_tool

# Heap per TLS connection with device-like record buffers (tests/tls/tls_heap.sh;
# the figures are in net/tls.h): mbedTLS built from source with the ESP8266
# sizes (2.28.3, in 4096 / out 2048) and the ESP32 sizes of sdkconfig.defaults
# (3.6.6, in 16384 / out 4096), next to the same versions' defaults (16384/16384).
# TSFW_TLS_IN_LEN/OUT_LEN are passed as components/runtime/CMakeLists.txt does.
# ESP-IDF's CONFIG_MBEDTLS_DYNAMIC_BUFFER is a patch of its own mbedTLS and is
# not reproduced here.
NET_HEAPDEV := $(NET_BUILD)/heapdev
define NET_HEAP_TOOL
$(NET_HEAPDEV)/tls_tool_heap-$(1)-$(2): $(NET_ROOT)/tests/tls/tls_tool.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_PLAIN) $(NET_ROOT)/tests/tls/mbedtls-src.sh
	@mkdir -p $$(dir $$@)
	@sh $(NET_ROOT)/tests/tls/mbedtls-src.sh $(1) $(3) >/dev/null
	$(NET_CC) -I$(NET_ROOT)/build/mbedtls/$(1)-$(2)/include "-DMBEDTLS_USER_CONFIG_FILE=<tsfw_mbedtls_user.h>" $(4) \
	    $(NET_CFLAGS) -DTSFW_HEAP_COUNT -g -O1 -o $$@ $$< $(NET_SRCS) $(NET_TP_PLAIN) \
	    $(addprefix $(NET_ROOT)/build/mbedtls/$(1)-$(2)/lib/,libmbedtls.a libmbedx509.a libmbedcrypto.a) $(NET_LIBS_NO_MBEDTLS)
endef
$(eval $(call NET_HEAP_TOOL,2.28.3,default,,))
$(eval $(call NET_HEAP_TOOL,2.28.3,in4096-out2048,4096 2048,-DTSFW_TLS_IN_LEN=4096 -DTSFW_TLS_OUT_LEN=2048))
$(eval $(call NET_HEAP_TOOL,3.6.6,default,,))
$(eval $(call NET_HEAP_TOOL,3.6.6,in16384-out4096,16384 4096,-DTSFW_TLS_IN_LEN=16384 -DTSFW_TLS_OUT_LEN=4096))
NET_HEAPDEV_CFGS := 2.28.3-default 2.28.3-in4096-out2048 3.6.6-default 3.6.6-in16384-out4096

tls-heap-device: $(foreach c,$(NET_HEAPDEV_CFGS),$(NET_HEAPDEV)/tls_tool_heap-$(c))
	@timeout 300 bash $(NET_ROOT)/tests/tls/tls_heap.sh $(foreach c,$(NET_HEAPDEV_CFGS),"mbedTLS $(c)" $(NET_HEAPDEV)/tls_tool_heap-$(c))

# How much of mbedTLS each kind of app links (tests/tls/tls_link_size.sh)
size-tls:
	@sh $(NET_ROOT)/tests/tls/tls_link_size.sh

net-build: $(NET_TEST_BINS) $(NET_BUILD)/c_server $(NET_BUILD)/c_server_plain $(NET_CLIENT_BINS) $(NET_TLS_BINS)

test-net-unit: $(NET_TEST_BINS)
	@NET_BUILD=$(NET_BUILD) sh $(NET_ROOT)/tests/c/net/run_unit.sh $(NET_TEST_BINS)

test-net-socket: $(NET_BUILD)/c_server $(NET_BUILD)/c_server_plain
	@timeout 300 bash $(NET_ROOT)/tests/http/c_socket_tests.sh $(NET_BUILD)/c_server $(NET_BUILD)/c_server_plain

test-net-client-socket: $(NET_CLIENT_BINS) $(NET_BUILD)/c_server
	@timeout 300 bash $(NET_ROOT)/tests/http/c_client_tests.sh $(NET_CLIENT_BINS) $(NET_BUILD)/c_server

test-net: $(NET_TEST_BINS) $(NET_BUILD)/c_server $(NET_BUILD)/c_server_plain $(NET_CLIENT_BINS) $(NET_TLS_BINS)
	@NET_BUILD=$(NET_BUILD) sh $(NET_ROOT)/tests/c/net/run_all.sh "$(NET_TEST_BINS)" $(NET_BUILD)/c_server $(NET_BUILD)/c_server_plain $(NET_ROOT) $(NET_CLIENT_BINS)

# libFuzzer targets, tests/fuzz/<binary>.c:
#   fuzz-http         the request path (memory transport)
#   fuzz-http-client  the client's response path (memory transport)
#   fuzz-tls          the TLS client's record path: the fuzz input is the
#                     server's side of a loopback TCP connection (seeds from
#                     tests/fuzz/tls_capture.sh)
$(NET_BUILD)/fuzz_%: $(NET_ROOT)/tests/fuzz/fuzz_%.c $(NET_SRCS) $(NET_HDRS) $(NET_TP_FUZZ)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(NET_CFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -o $@ $< $(NET_SRCS) $(NET_TP_FUZZ) $(NET_LIBS)

# $(call NET_FUZZ,TARGET,BINARY,SEED_CORPUS,LIBFUZZER_FLAGS): TARGET runs BINARY
# for FUZZ_SECONDS on a corpus in the build dir seeded from tests/fuzz/SEED_CORPUS
define NET_FUZZ
$(1)-build: $(NET_BUILD)/$(2)
$(1): $(NET_BUILD)/$(2)
	@mkdir -p $(NET_BUILD)/$(2)_corpus
	@cp -n $(NET_ROOT)/tests/fuzz/$(3)/* $(NET_BUILD)/$(2)_corpus/ 2>/dev/null || true
	cd $(NET_BUILD) && ./$(2) -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 $(4) $(NET_BUILD)/$(2)_corpus
endef
$(eval $(call NET_FUZZ,fuzz-http,fuzz_http,corpus_http,-dict=$(NET_ROOT)/tests/fuzz/http.dict))
$(eval $(call NET_FUZZ,fuzz-http-client,fuzz_http_client,corpus_http_client,-dict=$(NET_ROOT)/tests/fuzz/http_client.dict))
$(eval $(call NET_FUZZ,fuzz-tls,fuzz_tls_client,corpus_tls,))

net-clean:
	rm -rf $(NET_BUILD)

.DEFAULT_GOAL := $(NET_SAVED_DEFAULT_GOAL)
