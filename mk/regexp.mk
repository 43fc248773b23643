# mk/regexp.mk - RegExp (components/runtime/regexp) on PCRE2: unit tests,
# the libFuzzer target and the cross-built engine for the emulated targets.
#
#   make test-regexp                cmocka tests under ASan + UBSan, against node's answers
#   make test-regexp-valgrind       the same tests under valgrind
#   make test-regexp-oracle         re-derive the expectations and tables from node (needs node)
#   make fuzz-regexp FUZZ_SECONDS=600   libFuzzer: new RegExp(untrusted) and exec on untrusted input
#   make regexp-check               the compiler's check of literals (build/regexp/regexp-check[-nounicode])
#   make test-regexp-emu            node's answers on host, lx106 and rv32, with PCRE2 cross-built from
#                                   Debian's source; heap, stack, time to the limit, code size
# Sources, flags and libraries come from the manifest's "regexp" build
# (components/runtime/manifest.json). Leaves the default goal alone.

_regexp_saved_goal := $(.DEFAULT_GOAL)
include $(dir $(lastword $(MAKEFILE_LIST)))runtime.inc

# sources, flags and libraries: the manifest's "regexp" build (core + regexp)
RX_ROOT := $(RT_TOP)
RX_SRCS := $(RT_regexp_SRCS)
RX_CFLAGS := $(RT_CFLAGS) $(RT_regexp_CPPFLAGS)
RX_LIBS := $(RT_regexp_LIBS)
RX_TEST_DIR := $(RX_ROOT)/tests/c/regexp
RX_TEST_SRCS := $(wildcard $(RX_TEST_DIR)/test_*.c)
RX_TEST_HDRS := $(wildcard $(RX_TEST_DIR)/*.h)
RX_BUILD := $(RX_ROOT)/build/regexp
RX_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -DTS_ALLOC_DIRECT
RX_ASAN_BINS := $(patsubst $(RX_TEST_DIR)/%.c,$(RX_BUILD)/asan/%,$(RX_TEST_SRCS))
RX_VG_BINS := $(patsubst $(RX_TEST_DIR)/%.c,$(RX_BUILD)/vg/%,$(RX_TEST_SRCS))
RX_DEPS := $(RX_SRCS) $(RT_HDRS) $(RT_MANIFEST_MK) $(RX_TEST_HDRS)
FUZZ_SECONDS ?= 600

$(RX_BUILD)/asan/%: $(RX_TEST_DIR)/%.c $(RX_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(RX_CFLAGS) -g -O1 $(RX_SAN) -I$(RX_TEST_DIR) -o $@ $< $(RX_SRCS) $(RX_LIBS) -lcmocka

$(RX_BUILD)/vg/%: $(RX_TEST_DIR)/%.c $(RX_DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(RX_CFLAGS) -g -O1 -I$(RX_TEST_DIR) -o $@ $< $(RX_SRCS) $(RX_LIBS) -lcmocka

.PHONY: test-regexp test-regexp-valgrind test-regexp-oracle fuzz-regexp fuzz-regexp-build
test-regexp: $(RX_ASAN_BINS) $(RX_BUILD)/regexp-check $(RX_BUILD)/regexp-check-nounicode
	@set -e; for t in $(RX_ASAN_BINS); do echo "== $$t"; ASAN_OPTIONS=detect_leaks=1 $$t; done
	@sh $(RX_ROOT)/tests/c/regexp/check-cli.sh $(RX_BUILD)/regexp-check $(RX_BUILD)/regexp-check-nounicode
	@$(MAKE) --no-print-directory -f $(RX_ROOT)/mk/regexp.mk test-regexp-nounicode
	@if command -v node >/dev/null; then $(MAKE) --no-print-directory -f $(RX_ROOT)/mk/regexp.mk test-regexp-oracle; \
	 else echo "test-regexp: node not found, the expectations were not re-derived"; fi

# node's answers and tables, re-derived and compared with the committed ones
test-regexp-oracle:
	@node $(RX_ROOT)/tests/c/regexp/gen-expect.js --check && node $(RX_ROOT)/scripts/regexp-tables.js --check \
	  && echo "regexp oracle: 2 passed, 0 failed"

test-regexp-valgrind: $(RX_VG_BINS)
	@set -e; for t in $(RX_VG_BINS); do echo "== $$t"; \
	  valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	    --error-exitcode=99 $$t; done

# --------------------------------------------- PCRE2 from Debian's source
# build/pcre2/10.42-T/lib/libpcre2-16.a for T = lx106, rv32, and host (the
# device configuration built for the build machine), fuzz (instrumented): scripts/pcre2-src.sh.
RX_PCRE2 = $(RX_ROOT)/build/pcre2/10.42-$(1)
$(RX_ROOT)/build/pcre2/10.42-%-nounicode/lib/libpcre2-16.a: $(RX_ROOT)/scripts/pcre2-src.sh
	sh $(RX_ROOT)/scripts/pcre2-src.sh $* nounicode
$(RX_ROOT)/build/pcre2/10.42-%/lib/libpcre2-16.a: $(RX_ROOT)/scripts/pcre2-src.sh
	sh $(RX_ROOT)/scripts/pcre2-src.sh $*

# The tests against PCRE2 built without Unicode (scripts/pcre2-src.sh host
# nounicode): the u flag and case-insensitive backreferences are refused,
# everything else must still agree with node.
RX_NOUNI = $(call RX_PCRE2,host-nounicode)
$(RX_BUILD)/nounicode/test_regexp: $(RX_TEST_DIR)/test_regexp.c $(RX_DEPS) $(RX_NOUNI)/lib/libpcre2-16.a
	@mkdir -p $(dir $@)
	$(CC) $(RX_CFLAGS) -I$(RX_NOUNI)/include -g -O1 $(RX_SAN) -I$(RX_TEST_DIR) -o $@ $< $(RX_SRCS) \
	    $(RX_NOUNI)/lib/libpcre2-16.a -lcmocka -lm
.PHONY: test-regexp-nounicode
test-regexp-nounicode: $(RX_BUILD)/nounicode/test_regexp
	@ASAN_OPTIONS=detect_leaks=1 $<

# ------------------------------------------------------------ the compiler's check
# build/regexp/regexp-check: literals on stdin, "ok" or the SyntaxError out
# (scripts/regexp-check.c), with PCRE2 in the device configuration;
# regexp-check-nounicode with PCRE2 built without Unicode, for apps that
# can link that one.
$(RX_BUILD)/regexp-check: $(RX_ROOT)/scripts/regexp-check.c $(RX_DEPS) $(call RX_PCRE2,host)/lib/libpcre2-16.a
	@mkdir -p $(dir $@)
	$(CC) $(RX_CFLAGS) -I$(call RX_PCRE2,host)/include -O1 -o $@ $< $(RX_SRCS) \
	    $(call RX_PCRE2,host)/lib/libpcre2-16.a -lm
$(RX_BUILD)/regexp-check-nounicode: $(RX_ROOT)/scripts/regexp-check.c $(RX_DEPS) $(RX_NOUNI)/lib/libpcre2-16.a
	@mkdir -p $(dir $@)
	$(CC) $(RX_CFLAGS) -I$(RX_NOUNI)/include -O1 -o $@ $< $(RX_SRCS) $(RX_NOUNI)/lib/libpcre2-16.a -lm
.PHONY: regexp-check
regexp-check: $(RX_BUILD)/regexp-check $(RX_BUILD)/regexp-check-nounicode

# ------------------------------------------------------------ fuzzing
# tests/fuzz/fuzz_regexp.c with the runtime and PCRE2 built from source
# with the sanitizers.
RX_FUZZ_PCRE2 = $(call RX_PCRE2,fuzz)/lib/libpcre2-16.a
RX_FUZZ_CORPUS := $(abspath $(RX_BUILD))/fuzz_regexp_corpus
$(RX_BUILD)/fuzz_regexp: $(RX_ROOT)/tests/fuzz/fuzz_regexp.c $(RX_DEPS) $(RX_FUZZ_PCRE2)
	@mkdir -p $(dir $@)
	clang-14 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I$(call RX_PCRE2,fuzz)/include \
	    $(RX_CFLAGS) -o $@ $< $(RX_SRCS) $(RX_FUZZ_PCRE2) -lm

fuzz-regexp-build: $(RX_BUILD)/fuzz_regexp
fuzz-regexp: $(RX_BUILD)/fuzz_regexp
	@mkdir -p $(RX_FUZZ_CORPUS)
	@cp -n $(RX_ROOT)/tests/fuzz/corpus_regexp/* $(RX_FUZZ_CORPUS)/ 2>/dev/null || true
	cd $(RX_BUILD) && ./fuzz_regexp -max_total_time=$(FUZZ_SECONDS) -max_len=512 -len_control=0 -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 -dict=$(abspath $(RX_ROOT))/tests/fuzz/regexp.dict $(RX_FUZZ_CORPUS)

# ------------------------------------------------------ emulated targets
# tests/emu/regexp_emu.c with the runtime core, RegExp and PCRE2, for host,
# lx106 and rv32 (mk/emu.mk's toolchains and start-up code), with the
# counting allocator of the simulation port. tests/emu/regexp-check.sh
# compares their output and prints what each target measured.
ifdef EMU_TOP
RX_EMU_SRCS := tests/emu/regexp_emu.c $(call emu_rel,$(filter %/sim_heap.c,$(RT_PART_port-sim_SRCS)) $(RX_SRCS))
RX_EMU_INC = $(RT_regexp_CPPFLAGS) -I$(EMU_TOP)/tests/c/regexp -I$(RT_DIR)/port/sim -I$(call RX_PCRE2,$(1))/include
RX_EMU_OBJS = $(foreach s,$(RX_EMU_SRCS),$(call emu_obj,$(1),regexp_emu,$(s)))
RX_EMU_SYS_lx106 = $(foreach s,$(EMU_SYS_SRCS_LX106),$(call emu_obj,lx106,regexp_emu,$(s)))
RX_EMU_SYS_rv32 = $(foreach s,$(EMU_SYS_SRCS_RV32),$(call emu_obj,rv32,regexp_emu,$(s)))
$(foreach t,host lx106 rv32,$(foreach s,$(RX_EMU_SRCS),$(eval $(call emu_compile,$(t),regexp_emu,$(s),$(call RX_EMU_INC,$(t))))))
$(foreach s,$(EMU_SYS_SRCS_LX106),$(eval $(call emu_compile,lx106,regexp_emu,$(s),)))
$(foreach s,$(EMU_SYS_SRCS_RV32),$(eval $(call emu_compile,rv32,regexp_emu,$(s),)))
define RX_EMU_NEEDS_PCRE2
$(call RX_EMU_OBJS,$(1)): | $(call RX_PCRE2,$(1))/lib/libpcre2-16.a
endef
$(foreach t,host lx106 rv32,$(eval $(call RX_EMU_NEEDS_PCRE2,$(t))))

$(EMU_BUILD)/host/regexp_emu: $(call RX_EMU_OBJS,host) $(call RX_PCRE2,host)/lib/libpcre2-16.a
	$(EMU_HOST_CC) $(EMU_CFLAGS_HOST) -o $@ $^ -lm $(EMU_SIM_WRAP)
$(EMU_BUILD)/lx106/regexp_emu.elf: $(call RX_EMU_OBJS,lx106) $(RX_EMU_SYS_lx106) $(call RX_PCRE2,lx106)/lib/libpcre2-16.a \
    $(EMU_LIBGCC) $(EMU_TOP)/emu/lx106/emu.ld
	$(EMU_LX106_CC) $(EMU_CFLAGS_LX106) $(EMU_LDFLAGS_LX106) -Wl,-Map=$@.map -o $@ \
	    -Wl,--start-group $(filter %.o %.a,$^) $(EMU_LIBS_LX106) -lc -lgcc -Wl,--end-group $(EMU_SIM_WRAP)
$(EMU_BUILD)/rv32/regexp_emu.elf: $(call RX_EMU_OBJS,rv32) $(RX_EMU_SYS_rv32) $(call RX_PCRE2,rv32)/lib/libpcre2-16.a
	$(EMU_RV32_CC) $(EMU_CFLAGS_RV32) $(EMU_LDFLAGS_RV32) -Wl,-Map=$@.map -o $@ $(filter %.o %.a,$^) \
	    $(EMU_LIBS_RV32) $(EMU_SIM_WRAP)

# Compiled TypeScript that uses a RegExp, on the simulation port: its C in
# gen/rx/..., or in gen/rxnu/... when PCRE2 without Unicode gives the app the
# same answers, as a device links it (tests/emu/sim-check.sh, tsfw build
# --target qemu-*): the program's link adds the regexp part and PCRE2
# cross-built for the target, as the firmware does only for such apps.
RX_EMU_PART_SRCS := $(call emu_rel,$(RT_PART_regexp_SRCS))
define RX_EMU_TS_RULES
$(call emu_lib,$(1),rt_regexp,$(RX_EMU_PART_SRCS),$(EMU_RT_INC) $(call RX_EMU_INC,$(1)))
$(call RX_EMU_OBJS_PART,$(1)): | $(call RX_PCRE2,$(1))/lib/libpcre2-16.a
$(EMU_BUILD)/$(1)/ts/rx/%$(EMU_SIM_EXT_$(1)): $(EMU_BUILD)/$(1)/obj/ts/rx/%.o \
    $(call emu_obj,$(1),simmain_ts,$(EMU_RT_ENTRY)) $(EMU_BUILD)/$(1)/librt_regexp.a $(call emu_sim_libs,$(1)) \
    $(call RX_PCRE2,$(1))/lib/libpcre2-16.a $(EMU_SIM_SYS_$(1)) $(if $(filter lx106,$(1)),$(EMU_LIBGCC))
	@mkdir -p $$(@D)
	$(EMU_SIM_LINK_$(1))
$(EMU_BUILD)/$(1)/ts/rxnu/%$(EMU_SIM_EXT_$(1)): $(EMU_BUILD)/$(1)/obj/ts/rxnu/%.o \
    $(call emu_obj,$(1),simmain_ts,$(EMU_RT_ENTRY)) $(EMU_BUILD)/$(1)/librt_regexp.a $(call emu_sim_libs,$(1)) \
    $(call RX_PCRE2,$(1)-nounicode)/lib/libpcre2-16.a $(EMU_SIM_SYS_$(1)) $(if $(filter lx106,$(1)),$(EMU_LIBGCC))
	@mkdir -p $$(@D)
	$(EMU_SIM_LINK_$(1))
endef
RX_EMU_OBJS_PART = $(foreach s,$(RX_EMU_PART_SRCS),$(call emu_obj,$(1),rt_regexp,$(s)))
# kept: pcre2-src.sh's stamp would not rebuild a library make removed as intermediate
.PRECIOUS: $(RX_ROOT)/build/pcre2/10.42-%/lib/libpcre2-16.a $(RX_ROOT)/build/pcre2/10.42-%-nounicode/lib/libpcre2-16.a
$(foreach t,host lx106 rv32,$(eval $(call RX_EMU_TS_RULES,$(t))))

.PHONY: test-regexp-emu
test-regexp-emu:
	@EMU_BUILD=$(EMU_BUILD) sh $(EMU_TOP)/tests/emu/regexp-check.sh
endif

.DEFAULT_GOAL := $(_regexp_saved_goal)
