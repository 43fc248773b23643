# tsfw: TypeScript device apps -> C -> host programs, firmware and emulated builds.
#
#   make run        build the example app (ts/app/app.ts) and run it on 127.0.0.1:8000
#                   (its client part posts to its own server and prints the reply)
#   make test       install what the tests need, then run every default suite
#   make help       list the other targets (benchmarks, soaks, fuzzing, firmware)

.DEFAULT_GOAL := help
ROOT := $(abspath .)

include mk/tsbuild.inc
include $(sort $(wildcard mk/*.mk))

.PHONY: help deps test test-lang test-neg test-lang-tools test-manifest test-fresh-clone test-cli

help:
	@echo "make run            build and run the example app on 127.0.0.1:8000 (installs what it needs)"
	@echo "make build          compile the compiler, the Node shim and the test runners (incremental)"
	@echo "make deps           install every Debian and npm package the tests need"
	@echo "make test           install dependencies and run all default tests"
	@echo "make test-lang      differential language tests (node vs native, ASan/UBSan)"
	@echo "make test-neg       programs outside the subset: exact diagnostics"
	@echo "make test-lang-tools valgrind, gdb and memory-soak checks of compiled programs"
	@echo "make test-manifest  every build compiles the sources of components/runtime/manifest.json"
	@echo "make test-cli       tsfw from a project of its own: npm pack, init, build, run, sim, qemu, firmware"
	@echo "make test-fresh-clone  make run in a fresh clone of HEAD: cold, then warm"
	@echo "make test-core | test-net | test-http | test-emu   the other suites"
	@echo "make test-math-fidelity                          Math functions against node, bit for bit, 2 million inputs each"
	@echo "make bench-lang | bench-http                      benchmarks against node / nginx"
	@echo "make bench-exc                                    cost of try frames and roots (ns)"
	@echo "make test-regexp | test-regexp-emu                RegExp against node (host; host, lx106 and rv32)"
	@echo "make fuzz-regexp FUZZ_SECONDS=600                 libFuzzer on new RegExp(untrusted) and its methods"
	@echo "make fuzz-http FUZZ_SECONDS=600                   libFuzzer on the request path"
	@echo "make fuzz-http-client FUZZ_SECONDS=600            libFuzzer on the client's response path"
	@echo "make fuzz-tls FUZZ_SECONDS=600                    libFuzzer on the TLS client's record path (loopback peer)"
	@echo "make test-client | test-net-tls | test-client-valgrind   client apps, TLS checks, 1,000 HTTPS requests under valgrind"
	@echo "make test-net-tls-mbedtls3 | tls-heap-device     TLS checks against mbedTLS 3.6.6; heap with device record sizes"
	@echo "make test-tls-audit | test-tls-audit-mbedtls3    testssl.sh against the HTTPS server (mbedTLS 2.28 / 3.6.6)"
	@echo "make format | check-format                     apply or check the C and TypeScript layout"
	@echo "make soak-http                                    100k-request RSS soak"
	@echo "make soak-slow                                    slow-client attacks: share of normal requests served within 1 s, vs nginx"
	@echo "make firmware | flash PORT=/dev/ttyUSB0 | monitor | qemu   (need Docker)"
	@echo "make size                                         code size on lx106 and rv32"
	@echo "make check-stack                                  worst-case stack of the request paths on lx106 (docs/stack.md)"
	@echo "make size-tls                                     how much of mbedTLS an HTTP, HTTPS and client app link"

deps:
	bash scripts/install-deps.sh

test-lang: build
	node --test dist/tests/tests/runners/lang.test.js

test-neg: build
	node --test dist/tests/tests/runners/neg.test.js

test-lang-tools: build
	node --test --test-concurrency=1 dist/tests/tests/runners/tools.test.js

test-cli: build
	node --test --test-concurrency=1 dist/tests/tests/runners/cli.test.js

test-manifest: build
	node --test dist/tests/tests/runners/manifest.test.js

test-fresh-clone:
	timeout 900 bash tests/fresh-clone.sh

test: deps build
	bash tests/run-all.sh
