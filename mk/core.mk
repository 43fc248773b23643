# mk/core.mk - the runtime core: sources and unit tests.
#
# Included by the top-level Makefile (include mk/*.mk), or used on its own:
#   make -f mk/core.mk test-core            cmocka tests under ASan + UBSan, and
#                                           the generated tables re-checked (gen/check.sh)
#   make -f mk/core.mk test-core-valgrind   the same tests under valgrind
# Defines CORE_SRCS (the runtime core's C files) and CORE_CFLAGS; leaves
# the default goal alone.

_core_saved_goal := $(.DEFAULT_GOAL)

# repository root, relative to where make runs ("." from the root)
CORE_ROOT := $(patsubst %/,%,$(dir $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))))
CORE_DIR := $(CORE_ROOT)/components/runtime/core
CORE_SRCS := $(wildcard $(CORE_DIR)/*.c)
CORE_HDRS := $(wildcard $(CORE_DIR)/*.h)
CORE_CFLAGS := -std=c99 -Wall -Wextra -Werror -pedantic -I$(CORE_DIR)

CORE_TEST_DIR := $(CORE_ROOT)/tests/c/core
CORE_TEST_SRCS := $(wildcard $(CORE_TEST_DIR)/test_*.c)
CORE_TEST_HDRS := $(wildcard $(CORE_TEST_DIR)/*.h $(CORE_TEST_DIR)/*.inc)
CORE_BUILD := $(CORE_ROOT)/build/core-tests
CORE_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
CORE_TEST_BINS := $(patsubst $(CORE_TEST_DIR)/%.c,$(CORE_BUILD)/asan/%,$(CORE_TEST_SRCS))
CORE_VG_BINS := $(patsubst $(CORE_TEST_DIR)/%.c,$(CORE_BUILD)/vg/%,$(CORE_TEST_SRCS))
CORE_CC ?= $(CC)
# errors the runtime throws jump back into the test (tests/c/core/helpers.h)
CORE_TEST_LDFLAGS := -Wl,--wrap=ts_throw_error
# test_date runs Date on the posix port's time zone (port_tz.c)
CORE_PORT_TZ := $(CORE_ROOT)/components/runtime/port/posix/port_tz.c
CORE_TEST_EXTRA_test_date := -DTS_HAVE_PORT_CLOCK $(CORE_PORT_TZ)

$(CORE_BUILD)/asan/%: $(CORE_TEST_DIR)/%.c $(CORE_SRCS) $(CORE_HDRS) $(CORE_TEST_HDRS) $(CORE_PORT_TZ)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) -g -O1 $(CORE_SAN) -I$(CORE_TEST_DIR) -o $@ $< $(CORE_SRCS) $(CORE_TEST_EXTRA_$*) $(CORE_TEST_LDFLAGS) -lcmocka -lm

$(CORE_BUILD)/vg/%: $(CORE_TEST_DIR)/%.c $(CORE_SRCS) $(CORE_HDRS) $(CORE_TEST_HDRS) $(CORE_PORT_TZ)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_CFLAGS) -g -O1 -I$(CORE_TEST_DIR) -o $@ $< $(CORE_SRCS) $(CORE_TEST_EXTRA_$*) $(CORE_TEST_LDFLAGS) -lcmocka -lm

.PHONY: test-core test-core-valgrind
# gen-check: the tables the tests compare against still come out of their
# generators (node 20, Debian's unicode-data) unchanged.
test-core: $(CORE_TEST_BINS)
	@sh $(CORE_TEST_DIR)/gen/check.sh
	@set -e; for t in $(CORE_TEST_BINS); do echo "== $$t"; ASAN_OPTIONS=detect_leaks=1 $$t; done

test-core-valgrind: $(CORE_VG_BINS)
	@set -e; for t in $(CORE_VG_BINS); do echo "== $$t"; \
	  valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	    --error-exitcode=99 $$t; done

# libFuzzer on JSON.parse and the stringify round trip (tests/fuzz/fuzz_json.c):
#   make fuzz-json FUZZ_SECONDS=600
# The corpus grows in build/core-tests/fuzz_json_corpus, seeded from
# tests/fuzz/corpus_json.
CORE_FUZZ_CC ?= clang-14
FUZZ_SECONDS ?= 60
$(CORE_BUILD)/fuzz_json: $(CORE_ROOT)/tests/fuzz/fuzz_json.c $(CORE_SRCS) $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(CORE_FUZZ_CC) $(CORE_CFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	    -o $@ $< $(CORE_SRCS) $(CORE_TEST_LDFLAGS) -lm

.PHONY: fuzz-json fuzz-json-build
fuzz-json-build: $(CORE_BUILD)/fuzz_json
fuzz-json: $(CORE_BUILD)/fuzz_json
	@mkdir -p $(CORE_BUILD)/fuzz_json_corpus
	@cp -n $(CORE_ROOT)/tests/fuzz/corpus_json/* $(CORE_BUILD)/fuzz_json_corpus/ 2>/dev/null || true
	cd $(CORE_BUILD) && ./fuzz_json -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 -dict=$(abspath $(CORE_ROOT))/tests/fuzz/json.dict fuzz_json_corpus

.DEFAULT_GOAL := $(_core_saved_goal)
