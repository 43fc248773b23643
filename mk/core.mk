# mk/core.mk - the runtime core's unit tests (sources and flags: the "core"
# build of components/runtime/manifest.json, through mk/runtime.inc).
#
# Included by the top-level Makefile (include mk/*.mk), or used on its own:
#   make -f mk/core.mk test-core            cmocka tests under ASan + UBSan
#   make -f mk/core.mk test-core-valgrind   the same tests under valgrind
# Leaves the default goal alone.

_core_saved_goal := $(.DEFAULT_GOAL)
include $(dir $(lastword $(MAKEFILE_LIST)))runtime.inc

CORE_TEST_DIR := $(RT_TOP)/tests/c/core
CORE_TEST_SRCS := $(wildcard $(CORE_TEST_DIR)/test_*.c)
CORE_TEST_HDRS := $(wildcard $(CORE_TEST_DIR)/*.h)
CORE_BUILD := $(RT_TOP)/build/core-tests
CORE_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
CORE_TEST_BINS := $(patsubst $(CORE_TEST_DIR)/%.c,$(CORE_BUILD)/asan/%,$(CORE_TEST_SRCS))
CORE_VG_BINS := $(patsubst $(CORE_TEST_DIR)/%.c,$(CORE_BUILD)/vg/%,$(CORE_TEST_SRCS))
CORE_CC ?= $(CC)
CORE_DEPS := $(RT_core_SRCS) $(RT_HDRS) $(CORE_TEST_HDRS) $(RT_MANIFEST_MK)
CORE_FLAGS := $(RT_CFLAGS) $(RT_core_CPPFLAGS) -I$(CORE_TEST_DIR) -g -O1

$(CORE_BUILD)/asan/%: $(CORE_TEST_DIR)/%.c $(CORE_DEPS)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_FLAGS) $(CORE_SAN) -o $@ $< $(RT_core_SRCS) -lcmocka -lm

$(CORE_BUILD)/vg/%: $(CORE_TEST_DIR)/%.c $(CORE_DEPS)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_FLAGS) -o $@ $< $(RT_core_SRCS) -lcmocka -lm

.PHONY: test-core test-core-valgrind
test-core: $(CORE_TEST_BINS)
	@set -e; for t in $(CORE_TEST_BINS); do echo "== $$t"; ASAN_OPTIONS=detect_leaks=1 $$t; done

test-core-valgrind: $(CORE_VG_BINS)
	@set -e; for t in $(CORE_VG_BINS); do echo "== $$t"; \
	  valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	    --error-exitcode=99 $$t; done

.DEFAULT_GOAL := $(_core_saved_goal)
