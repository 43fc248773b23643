# mk/regexp.mk - RegExp (components/runtime/regexp) on PCRE2: unit tests,
# the libFuzzer target and the cross-built engine for the emulated targets.
#
#   make test-regexp                cmocka tests under ASan + UBSan, against node's answers
#   make test-regexp-valgrind       the same tests under valgrind
#   make test-regexp-oracle         re-derive the expectations and tables from node (needs node)
#   make fuzz-regexp FUZZ_SECONDS=600   libFuzzer: new RegExp(untrusted) and exec on untrusted input
#   make regexp-emu                 PCRE2 from Debian's source for lx106 and rv32, and the runtime linked with it
# Leaves the default goal alone.

_regexp_saved_goal := $(.DEFAULT_GOAL)

RX_ROOT := $(patsubst %/,%,$(dir $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))))
RX_DIR := $(RX_ROOT)/components/runtime/regexp
RX_SRCS := $(wildcard $(RX_DIR)/*.c)
RX_HDRS := $(wildcard $(RX_DIR)/*.h)
RX_CORE_DIR := $(RX_ROOT)/components/runtime/core
RX_CORE_SRCS := $(wildcard $(RX_CORE_DIR)/*.c)
RX_CFLAGS := -std=c99 -Wall -Wextra -Werror -pedantic -I$(RX_CORE_DIR) -I$(RX_DIR)
RX_LIBS := -lpcre2-16 -lcmocka -lm
RX_TEST_DIR := $(RX_ROOT)/tests/c/regexp
RX_TEST_SRCS := $(wildcard $(RX_TEST_DIR)/test_*.c)
RX_TEST_HDRS := $(wildcard $(RX_TEST_DIR)/*.h)
RX_BUILD := $(RX_ROOT)/build/regexp
RX_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
RX_ASAN_BINS := $(patsubst $(RX_TEST_DIR)/%.c,$(RX_BUILD)/asan/%,$(RX_TEST_SRCS))
RX_VG_BINS := $(patsubst $(RX_TEST_DIR)/%.c,$(RX_BUILD)/vg/%,$(RX_TEST_SRCS))
RX_DEPS := $(RX_SRCS) $(RX_HDRS) $(RX_CORE_SRCS) $(wildcard $(RX_CORE_DIR)/*.h) $(RX_TEST_HDRS)
FUZZ_SECONDS ?= 600

$(RX_BUILD)/asan/%: $(RX_TEST_DIR)/%.c $(RX_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(RX_CFLAGS) -g -O1 $(RX_SAN) -I$(RX_TEST_DIR) -o $@ $< $(RX_SRCS) $(RX_CORE_SRCS) $(RX_LIBS)

$(RX_BUILD)/vg/%: $(RX_TEST_DIR)/%.c $(RX_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(RX_CFLAGS) -g -O1 -I$(RX_TEST_DIR) -o $@ $< $(RX_SRCS) $(RX_CORE_SRCS) $(RX_LIBS)

.PHONY: test-regexp test-regexp-valgrind test-regexp-oracle fuzz-regexp fuzz-regexp-build regexp-emu
test-regexp: $(RX_ASAN_BINS)
	@set -e; for t in $(RX_ASAN_BINS); do echo "== $$t"; ASAN_OPTIONS=detect_leaks=1 $$t; done

test-regexp-valgrind: $(RX_VG_BINS)
	@set -e; for t in $(RX_VG_BINS); do echo "== $$t"; \
	  valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	    --error-exitcode=99 $$t; done

.DEFAULT_GOAL := $(_regexp_saved_goal)
