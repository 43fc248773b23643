# mk/api.mk - the device API: the example app, the HTTP test suites and the
# benchmark.  Included from the root Makefile (include mk/*.mk); also usable
# alone: make -f mk/api.mk run
#
#   run                 build ts/app/app.ts natively and run it on 127.0.0.1:8000
#   run-node            the same app on node through the shim
#   test-http           differential tests (native ASan vs node shim), static files
#                       against nginx, bad input
#   test-http-valgrind  10,000 mixed requests under valgrind: 0 bytes definitely lost
#   test-client         HTTP client apps (native ASan vs node shim), HTTPS, the seed example
#   test-client-valgrind 1,000 HTTPS requests to its own HTTPS server under valgrind (several minutes)
#   soak-http           100k requests, RSS must stay flat
#   soak-slow           slow-client attacks (slowhttptest -H/-B/-X, slowloris): share of
#                       normal requests answered within 1 s, against nginx
#   bench-http          wrk: native vs nginx, optionally the node shim (bench/http/)
API_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)
API_ROOT := $(patsubst %/,%,$(dir $(abspath $(dir $(lastword $(MAKEFILE_LIST))))))
include $(API_ROOT)/mk/tsbuild.inc
include $(API_ROOT)/mk/runtime.inc

.PHONY: run run-node test-http test-client test-client-valgrind test-http-valgrind soak-http soak-slow bench-http

# The example app, rebuilt only when it, the compiler, the device typings or
# the runtime changed: a second make run starts it at once.
API_APP := $(API_ROOT)/out/app
$(API_APP): $(API_ROOT)/ts/app/app.ts $(TS_COMPILER) $(API_ROOT)/ts/lib/device.d.ts \
    $(RT_host_SRCS) $(RT_HDRS) $(RT_DIR)/manifest.json
	cd $(API_ROOT) && node dist/compiler/cli.js build ts/app/app.ts -o out/app

run: $(API_APP)
	cd $(API_ROOT) && ./out/app

run-node: build
	cd $(API_ROOT) && node dist/lib/node-run.js ts/app/app.ts

test-http: build
	cd $(API_ROOT) && node --test --test-concurrency=1 dist/tests/tests/runners/http.test.js \
	    dist/tests/tests/runners/http_nginx.test.js

test-client: build
	cd $(API_ROOT) && node --test --test-concurrency=1 dist/tests/tests/runners/client.test.js

test-client-valgrind: build
	cd $(API_ROOT) && node --test dist/tests/tests/runners/client_valgrind.test.js

test-http-valgrind: build
	cd $(API_ROOT) && node --test dist/tests/tests/runners/http_valgrind.test.js

soak-http: build
	cd $(API_ROOT) && node dist/tests/tests/runners/http_soak.js

soak-slow: build
	cd $(API_ROOT) && ulimit -n 8192 && timeout 900 python3 tests/http/soak_slow.py

bench-http: build
	cd $(API_ROOT) && bash bench/http/run.sh

.DEFAULT_GOAL := $(API_SAVED_DEFAULT_GOAL)
