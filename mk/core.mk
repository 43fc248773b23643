# mk/core.mk - the runtime core's unit tests (sources and flags: the "core"
# build of components/runtime/manifest.json, through mk/runtime.inc).
#
# Included by the top-level Makefile (include mk/*.mk), or used on its own:
#   make -f mk/core.mk test-core            cmocka tests under ASan + UBSan, and
#                                           the generated tables re-checked (gen/check.sh)
#   make -f mk/core.mk test-core-valgrind   the same tests under valgrind
# Leaves the default goal alone.

_core_saved_goal := $(.DEFAULT_GOAL)
include $(dir $(lastword $(MAKEFILE_LIST)))runtime.inc

CORE_TEST_DIR := $(RT_TOP)/tests/c/core
CORE_TEST_SRCS := $(wildcard $(CORE_TEST_DIR)/test_*.c)
CORE_TEST_HDRS := $(wildcard $(CORE_TEST_DIR)/*.h $(CORE_TEST_DIR)/*.inc)
CORE_BUILD := $(RT_TOP)/build/core-tests
# TS_ALLOC_DIRECT: blocks straight from malloc, so that ASan sees each free
CORE_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -DTS_ALLOC_DIRECT
CORE_TEST_BINS := $(patsubst $(CORE_TEST_DIR)/%.c,$(CORE_BUILD)/asan/%,$(CORE_TEST_SRCS))
CORE_VG_BINS := $(patsubst $(CORE_TEST_DIR)/%.c,$(CORE_BUILD)/vg/%,$(CORE_TEST_SRCS))
CORE_CC ?= $(CC)
# test_date runs Date on the posix port's time zone (port_tz.c)
CORE_PORT_TZ := $(RT_TOP)/components/runtime/port/posix/port_tz.c
CORE_TEST_EXTRA_test_date := -DTS_HAVE_PORT_CLOCK $(CORE_PORT_TZ)
# test_pool tests the pools as on a device (each block from malloc, a small
# bound on the lists); test_slabs as on the host (blocks carved from slabs)
CORE_TEST_EXTRA_test_pool := -UTS_ALLOC_DIRECT -DTS_POOL_SLABS=0 -DTS_POOL_BYTES=4096
CORE_TEST_EXTRA_test_slabs := -UTS_ALLOC_DIRECT -DTS_POOL_SLABS=1 -DTS_POOL_BYTES=4096
CORE_TEST_EXTRA_test_number_search := -DTS_NUM_SEARCH_ONLY
CORE_DEPS := $(RT_core_SRCS) $(RT_HDRS) $(CORE_TEST_HDRS) $(RT_MANIFEST_MK) $(CORE_PORT_TZ)
CORE_FLAGS := $(RT_CFLAGS) $(RT_core_CPPFLAGS) -I$(CORE_TEST_DIR) -g -O1

$(CORE_BUILD)/asan/%: $(CORE_TEST_DIR)/%.c $(CORE_DEPS)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_FLAGS) $(CORE_SAN) -o $@ $< $(RT_core_SRCS) $(CORE_TEST_EXTRA_$*) -lcmocka -lm

$(CORE_BUILD)/vg/%: $(CORE_TEST_DIR)/%.c $(CORE_DEPS)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_FLAGS) -o $@ $< $(RT_core_SRCS) $(CORE_TEST_EXTRA_$*) -lcmocka -lm

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
$(CORE_BUILD)/fuzz_json: $(RT_TOP)/tests/fuzz/fuzz_json.c $(RT_core_SRCS) $(RT_HDRS)
	@mkdir -p $(dir $@)
	$(CORE_FUZZ_CC) $(RT_CFLAGS) $(RT_core_CPPFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	    -o $@ $< $(RT_core_SRCS) -lm

.PHONY: fuzz-json fuzz-json-build
fuzz-json-build: $(CORE_BUILD)/fuzz_json
fuzz-json: $(CORE_BUILD)/fuzz_json
	@mkdir -p $(CORE_BUILD)/fuzz_json_corpus
	@cp -n $(RT_TOP)/tests/fuzz/corpus_json/* $(CORE_BUILD)/fuzz_json_corpus/ 2>/dev/null || true
	cd $(CORE_BUILD) && ./fuzz_json -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 -dict=$(abspath $(RT_TOP))/tests/fuzz/json.dict fuzz_json_corpus

.DEFAULT_GOAL := $(_core_saved_goal)
