# mk/emu.mk - cross-compiles for the emulated targets and runs under QEMU.
#
#   lx106: the ESP8266 core; Debian gcc-xtensa-lx106 + picolibc-xtensa-lx106-elf,
#          run by qemu-system-xtensa -M sim -cpu lx106 -semihosting.
#   rv32:  the ESP32-C3 ISA (rv32imc/ilp32); Debian gcc-riscv64-unknown-elf +
#          picolibc-riscv64-unknown-elf, run by qemu-system-riscv32 -M virt
#          -bios none -semihosting.
#
# Included from the repository's Makefile (include mk/*.mk) or used alone:
#   make -f mk/emu.mk emu-help
# It sets no default goal.  Outputs go to build/emu/.  See tests/emu/README.md.
#
# Building other C for both targets:
#   $(eval $(call emu_program,NAME,SOURCES,EXTRA_CFLAGS))
# defines $(EMU_BUILD)/lx106/NAME.elf and $(EMU_BUILD)/rv32/NAME.elf (and the
# phony emu-build-NAME).  SOURCES are paths relative to the repository root
# (.c, and .S for lx106); the target start-up code is added automatically.
# Run an ELF:  make -f mk/emu.mk emu-run-lx106 ELF=... ARGS="..."

emu_saved_default_goal := $(.DEFAULT_GOAL)
emu_standalone := $(filter 1,$(words $(MAKEFILE_LIST)))
EMU_TOP := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)
include $(EMU_TOP)/mk/runtime.inc
EMU_BUILD ?= $(EMU_TOP)/build/emu

# ------------------------------------------------------------ toolchains

EMU_LX106_PREFIX ?= xtensa-lx106-elf-
EMU_RV32_PREFIX ?= riscv64-unknown-elf-
EMU_LX106_CC := $(EMU_LX106_PREFIX)gcc
EMU_RV32_CC := $(EMU_RV32_PREFIX)gcc
EMU_LX106_SPECS ?= /usr/lib/xtensa-lx106-elf/picolibc.specs
EMU_RV32_SPECS ?= /usr/lib/picolibc/riscv64-unknown-elf/picolibc.specs
EMU_QEMU_LX106 ?= qemu-system-xtensa
EMU_QEMU_RV32 ?= qemu-system-riscv32
EMU_HOST_CC ?= cc
EMU_GCC_TARBALL ?= $(firstword $(wildcard /usr/src/gcc-12/gcc-12.2.0*.tar.xz /usr/src/gcc-12/gcc-12.2.0*.tar.*))

# the runtime's C dialect and warnings (components/runtime/manifest.json)
# for all C here; third-party code gets its own from the manifest
EMU_WARN := $(RT_CFLAGS)
EMU_OPT ?= -Os
EMU_COMMON_CFLAGS := $(EMU_OPT) -ffunction-sections -fdata-sections -g -I$(EMU_TOP)/emu/common

# Flags for compiling any C for each target (what other fragments should use).
# -mno-target-align: the assembler would otherwise widen instructions to
# align branch targets (speed); measured on the example app at -Os it costs
# ~1.6 KB of lx106 text (make size), so size wins, as on the chip's flash.
EMU_CFLAGS_LX106 := --specs=$(EMU_LX106_SPECS) -mlongcalls -mno-target-align $(EMU_COMMON_CFLAGS)
EMU_CFLAGS_RV32 := --specs=$(EMU_RV32_SPECS) -march=rv32imc -mabi=ilp32 $(EMU_COMMON_CFLAGS)
EMU_CFLAGS_HOST := $(EMU_OPT) -g

# Memory for the emulated programs (bytes).  The real ESP8266 has ~80 KB
# of data RAM and the ESP32-C3 ~400 KB; the RAM default is roomier so test
# programs run; lower it to model the chips.  The stack is the device's app
# task's (CONFIG_TSFW_APP_TASK_STACK: 8 KB on the ESP8266, 12 KB on the
# ESP32s), and emu/common/emu_stack.c fails a run that overflows it.
EMU_RAM_SIZE ?= 0x100000
EMU_STACK_SIZE_LX106 ?= 0x2000
EMU_STACK_SIZE_RV32 ?= 0x3000

EMU_LDFLAGS_LX106 = -nostartfiles -T $(EMU_TOP)/emu/lx106/emu.ld -Wl,--gc-sections \
    -Wl,--defsym=__emu_ram_size=$(EMU_RAM_SIZE) -Wl,--defsym=__emu_stack_size=$(EMU_STACK_SIZE_LX106)
# picolibc.ld as shipped; QEMU's virt RAM starts at 0x80000000 and -bios none
# jumps to the ELF entry (picolibc's _start, first in flash).  picolibc.ld
# computes __heap_end before a --defsym'd __stack_size is DEFINED (it took
# 2 KB below the top, so the heap could grow into the stack): it is given
# here, the stack's low end.
EMU_LDFLAGS_RV32 = --crt0=semihost --oslib=semihost -Wl,--gc-sections \
    -Wl,--defsym=__flash=0x80000000 -Wl,--defsym=__flash_size=0x400000 \
    -Wl,--defsym=__ram=0x80400000 -Wl,--defsym=__ram_size=$(EMU_RAM_SIZE) \
    -Wl,--defsym=__stack_size=$(EMU_STACK_SIZE_RV32) \
    -Wl,--defsym=__heap_end=0x80400000+$(EMU_RAM_SIZE)-$(EMU_STACK_SIZE_RV32)

# Start-up and system code added to every program.
EMU_SYS_SRCS_LX106 := emu/lx106/reset.S emu/lx106/sim_syscalls.c emu/common/emu_stdio.c emu/common/emu_math.c \
    emu/common/emu_stack.c
EMU_SYS_SRCS_RV32 := emu/rv32/sim_console.c emu/common/emu_stdio.c emu/common/emu_math.c emu/common/emu_stack.c

# -------------------------------------------- lx106 helpers from gcc-12-source
# Debian's lx106 libgcc.a leaves out what the ESP8266 ROM provides: 32-bit
# divide, the soft-float add/sub/mul/div and conversions, and the 64-bit
# multiply/divide.  Assemble/compile them from gcc's own sources into
# libemugcc.a; gcc's sources are extracted under $(EMU_BUILD), never committed.

EMU_GCC_SRC := $(EMU_BUILD)/gcc-src/gcc-12.2.0
EMU_LIBGCC_DIR := $(EMU_BUILD)/lx106/libgcc-rom
EMU_LIBGCC := $(EMU_LIBGCC_DIR)/libemugcc.a
EMU_LIB1_FUNCS := _divsi3 _udivsi3 _umodsi3 _umulsidi3 \
    _addsubsf3 _mulsf3 _fixunssfsi _floatsisf _floatunsisf \
    _addsubdf3 _muldf3 _divdf3 _fixdfsi _fixunsdfsi _floatsidf _floatunsidf \
    _truncdfsf2 _extendsfdf2
EMU_LIB2_FUNCS := _muldi3 _divdi3 _udivdi3 _umoddi3
EMU_LIBGCC_OBJS := $(patsubst %,$(EMU_LIBGCC_DIR)/%.o,$(EMU_LIB1_FUNCS) $(EMU_LIB2_FUNCS))

$(EMU_GCC_SRC)/.extracted:
	@test -n "$(EMU_GCC_TARBALL)" || { echo "emu: gcc-12-source is missing (apt-get install gcc-12-source)" >&2; exit 1; }
	@mkdir -p $(EMU_BUILD)/gcc-src
	tar -xJf $(EMU_GCC_TARBALL) -C $(EMU_BUILD)/gcc-src \
	    gcc-12.2.0/libgcc/config/xtensa gcc-12.2.0/libgcc/libgcc2.c \
	    gcc-12.2.0/libgcc/libgcc2.h gcc-12.2.0/include/longlong.h
	@touch $@

$(patsubst %,$(EMU_LIBGCC_DIR)/%.o,$(EMU_LIB1_FUNCS)): $(EMU_LIBGCC_DIR)/%.o: $(EMU_GCC_SRC)/.extracted $(EMU_TOP)/emu/lx106/xtensa-config.h
	@mkdir -p $(@D)
	$(EMU_LX106_CC) -c -DL$* -I$(EMU_TOP)/emu/lx106 -isystem /usr/lib/xtensa-lx106-elf/include \
	    -I$(EMU_GCC_SRC)/libgcc/config/xtensa $(EMU_GCC_SRC)/libgcc/config/xtensa/lib1funcs.S -o $@

$(patsubst %,$(EMU_LIBGCC_DIR)/%.o,$(EMU_LIB2_FUNCS)): $(EMU_LIBGCC_DIR)/%.o: $(EMU_GCC_SRC)/.extracted
	@mkdir -p $(@D)
	$(EMU_LX106_CC) -c -Os -mlongcalls -ffreestanding -fbuilding-libgcc -DIN_LIBGCC2 -DL$* \
	    -I$(EMU_TOP)/emu/gcc-stub -I$(EMU_GCC_SRC)/libgcc -I$(EMU_GCC_SRC)/include \
	    $(EMU_GCC_SRC)/libgcc/libgcc2.c -o $@

$(EMU_LIBGCC): $(EMU_LIBGCC_OBJS)
	@rm -f $@
	$(EMU_LX106_PREFIX)ar rcs $@ $^

EMU_LIBS_LX106 = $(EMU_LIBGCC) -lm
EMU_LIBS_RV32 = -lm

# ------------------------------------------------------------- programs

emu_obj = $(EMU_BUILD)/$(1)/obj/$(2)/$(basename $(3)).o

# $(call emu_compile,TARGET,NAME,SRC,EXTRA_CFLAGS)
define emu_compile
$(call emu_obj,$(1),$(2),$(3)): $(EMU_TOP)/$(3)
	@mkdir -p $$(@D)
	$$(EMU_$(1)_CC_CMD) $$(EMU_CFLAGS_$(1)_CMD) $$(EMU_WARN) $(4) -MMD -MP -c $$< -o $$@
-include $(basename $(call emu_obj,$(1),$(2),$(3))).d
endef

EMU_lx106_CC_CMD = $(EMU_LX106_CC)
EMU_rv32_CC_CMD = $(EMU_RV32_CC)
EMU_host_CC_CMD = $(EMU_HOST_CC)
EMU_CFLAGS_lx106_CMD = $(EMU_CFLAGS_LX106)
EMU_CFLAGS_rv32_CMD = $(EMU_CFLAGS_RV32)
EMU_CFLAGS_host_CMD = $(EMU_CFLAGS_HOST)

# $(call emu_program,NAME,SOURCES,EXTRA_CFLAGS)
define emu_program
EMU_PROGRAMS += $(1)
$(foreach s,$(2) $(EMU_SYS_SRCS_LX106),$(eval $(call emu_compile,lx106,$(1),$(s),$(3))))
$(foreach s,$(filter-out %.S,$(2)) $(EMU_SYS_SRCS_RV32),$(eval $(call emu_compile,rv32,$(1),$(s),$(3))))
$(EMU_BUILD)/lx106/$(1).elf: $(foreach s,$(2) $(EMU_SYS_SRCS_LX106),$(call emu_obj,lx106,$(1),$(s))) $(EMU_LIBGCC) $(EMU_TOP)/emu/lx106/emu.ld
	$$(EMU_LX106_CC) $$(EMU_CFLAGS_LX106) $$(EMU_LDFLAGS_LX106) -o $$@ \
	    -Wl,--start-group $$(filter %.o,$$^) $$(EMU_LIBS_LX106) -lc -lgcc -Wl,--end-group
$(EMU_BUILD)/rv32/$(1).elf: $(foreach s,$(filter-out %.S,$(2)) $(EMU_SYS_SRCS_RV32),$(call emu_obj,rv32,$(1),$(s)))
	$$(EMU_RV32_CC) $$(EMU_CFLAGS_RV32) $$(EMU_LDFLAGS_RV32) -o $$@ $$(filter %.o,$$^) $$(EMU_LIBS_RV32)
.PHONY: emu-build-$(1)
emu-build-$(1): $(EMU_BUILD)/lx106/$(1).elf $(EMU_BUILD)/rv32/$(1).elf
endef

# $(call emu_host_program,NAME,SOURCES,EXTRA_CFLAGS): the same sources for
# the build machine, as the reference output.
define emu_host_program
$(foreach s,$(2),$(eval $(call emu_compile,host,$(1),$(s),$(3))))
$(EMU_BUILD)/host/$(1): $(foreach s,$(2),$(call emu_obj,host,$(1),$(s)))
	$$(EMU_HOST_CC) $$(EMU_CFLAGS_HOST) $(3) -o $$@ $$^ -lm
emu-build-$(1): $(EMU_BUILD)/host/$(1)
endef

EMU_RUN := sh $(EMU_TOP)/tests/emu/qemu-run.sh

.PHONY: emu-run-lx106 emu-run-rv32
emu-run-lx106:
	@test -n "$(ELF)" || { echo "usage: emu-run-lx106 ELF=path [ARGS='a b']" >&2; exit 2; }
	$(EMU_RUN) lx106 $(ELF) $(ARGS)
emu-run-rv32:
	@test -n "$(ELF)" || { echo "usage: emu-run-rv32 ELF=path [ARGS='a b']" >&2; exit 2; }
	$(EMU_RUN) rv32 $(ELF) $(ARGS)

# ----------------------------------------------------------- the checks

.PHONY: emu-toolchain-check
emu-toolchain-check:
	@sh $(EMU_TOP)/tests/emu/toolchain-check.sh

EMU_HELLO_SRCS := emu/hello.c
$(eval $(call emu_program,hello,$(EMU_HELLO_SRCS),))
$(eval $(call emu_host_program,hello,$(EMU_HELLO_SRCS),))

# lx106 only: the reset stub's exception vectors, abort(), unaligned loads.
EMU_FAULT_OBJS := $(foreach s,tests/emu/lx106_fault.c $(EMU_SYS_SRCS_LX106),$(call emu_obj,lx106,lx106_fault,$(s)))
$(foreach s,tests/emu/lx106_fault.c $(EMU_SYS_SRCS_LX106),$(eval $(call emu_compile,lx106,lx106_fault,$(s),)))
$(EMU_BUILD)/lx106/lx106_fault.elf: $(EMU_FAULT_OBJS) $(EMU_LIBGCC) $(EMU_TOP)/emu/lx106/emu.ld
	$(EMU_LX106_CC) $(EMU_CFLAGS_LX106) $(EMU_LDFLAGS_LX106) -o $@ \
	    -Wl,--start-group $(filter %.o,$^) $(EMU_LIBS_LX106) -lc -lgcc -Wl,--end-group

.PHONY: emu-hello
emu-hello: $(EMU_BUILD)/host/hello $(EMU_BUILD)/lx106/hello.elf $(EMU_BUILD)/rv32/hello.elf
	@EMU_BUILD=$(EMU_BUILD) sh $(EMU_TOP)/tests/emu/hello-check.sh

# The runtime core (the manifest's "core" build), linked with a small test.
EMU_CORE_SRCS = $(patsubst $(EMU_TOP)/%,%,$(RT_core_SRCS))
EMU_CORE_TEST_SRCS = tests/emu/core_smoke.c $(EMU_CORE_SRCS)
EMU_CORE_CFLAGS = $(RT_core_CPPFLAGS)
ifneq ($(EMU_CORE_SRCS),)
$(eval $(call emu_program,core_smoke,$(EMU_CORE_TEST_SRCS),$(EMU_CORE_CFLAGS)))
$(eval $(call emu_host_program,core_smoke,$(EMU_CORE_TEST_SRCS),$(EMU_CORE_CFLAGS)))
# QEMU does trap unaligned 32-bit loads/stores on lx106 (tests/emu/README.md),
# but only on paths a test executes; UBSan's alignment check on the host
# covers the same code for any misaligned pointer use.
$(eval $(call emu_host_program,core_smoke_align,$(EMU_CORE_TEST_SRCS),$(EMU_CORE_CFLAGS) -fsanitize=alignment -fno-sanitize-recover=alignment))
endif

.PHONY: emu-core
emu-core:
	@EMU_BUILD=$(EMU_BUILD) EMU_MAKE="$(MAKE) -f $(EMU_TOP)/mk/emu.mk" sh $(EMU_TOP)/tests/emu/core-check.sh

.PHONY: test-emu
test-emu:
	@EMU_BUILD=$(EMU_BUILD) EMU_MAKE="$(MAKE) --no-print-directory -f $(EMU_TOP)/mk/emu.mk" \
	    sh $(EMU_TOP)/tests/emu/run-all.sh

# ------------------------------------------------- simulation (port/sim)
# The runtime as static libraries per target (host, lx106, rv32), built once
# from the manifest's "sim" build (EMU_RT_BUILD):
#   librt_core.a   the "core" part
#   librt_sim.a    the "port-sim" part (its entry, sim_main.c, is linked per program)
#   librt_net.a    the rest: net, api, static serving, TLS, llhttp
# and simulated programs linked against them with sim_main.c and the
# counting allocator (-Wl,--wrap=malloc,...).  An app's own main() is renamed
# with -Dmain=tsfw_app_main.  Everything is -Werror, llhttp included (with
# the manifest's flags for it).
# See components/runtime/port/sim/README.md and tests/emu/sim-check.sh.

# The emulated runs have no TLS; tests/tls/tls_link_size.sh sets
# EMU_RT_BUILD=sim-tls and these to link mbedTLS cross-built for lx106 and
# measure what HTTPS costs there.
EMU_RT_BUILD ?= sim
EMU_TLS_CFLAGS ?=
EMU_TLS_LIBS ?=
EMU_RT := components/runtime
emu_rel = $(patsubst $(EMU_TOP)/%,%,$(1))
EMU_RT_CORE_SRCS = $(call emu_rel,$(filter $(RT_PART_core_SRCS),$(RT_$(EMU_RT_BUILD)_SRCS)))
EMU_RT_SIM_SRCS = $(call emu_rel,$(filter $(RT_PART_port-sim_SRCS),$(RT_$(EMU_RT_BUILD)_SRCS)))
EMU_RT_NET_SRCS = $(call emu_rel,$(filter-out $(RT_PART_core_SRCS) $(RT_PART_port-sim_SRCS),$(RT_$(EMU_RT_BUILD)_SRCS)))
EMU_RT_ENTRY = $(call emu_rel,$(RT_$(EMU_RT_BUILD)_ENTRY))
EMU_RT_INC = $(RT_$(EMU_RT_BUILD)_CPPFLAGS) $(EMU_TLS_CFLAGS)
EMU_SIM_WRAP := -Wl,--wrap=malloc,--wrap=free,--wrap=calloc,--wrap=realloc
EMU_SIM_TARGETS := host lx106 rv32
EMU_AR_host = ar
EMU_AR_lx106 = $(EMU_LX106_PREFIX)ar
EMU_AR_rv32 = $(EMU_RV32_PREFIX)ar
EMU_SIM_PROGRAMS :=
# Set by `make size` for its whole-program (LTO) build: port/sim, sim_main
# and the start-up code stay outside LTO (-fno-lto), so everything LTO
# merges is app + runtime and the map can still tell them apart.
EMU_NOLTO ?=

# $(call emu_lib,TARGET,LIB,SOURCES,EXTRA_CFLAGS)
define emu_lib
$(foreach s,$(3),$(eval $(call emu_compile,$(1),$(2),$(s),$(4))))
$(EMU_BUILD)/$(1)/lib$(2).a: $(foreach s,$(3),$(call emu_obj,$(1),$(2),$(s)))
	@rm -f $$@
	$$(EMU_AR_$(1)) rcs $$@ $$^
endef

# third-party sources (llhttp), with the manifest's flags for them
emu_tp_obj = $(EMU_BUILD)/$(1)/obj/llhttp/$(notdir $(basename $(2))).o
define emu_tp_compile
$(call emu_tp_obj,$(1),$(2)): $(2)
	@mkdir -p $$(@D)
	$$(EMU_$(1)_CC_CMD) $$(EMU_CFLAGS_$(1)_CMD) $(RT_$(EMU_RT_BUILD)_TP_CFLAGS) $(EMU_RT_INC) -c $$< -o $$@
endef

# $(call emu_sim_link,TARGET,OUTPUT,OBJECTS): objects + runtime libs + start-up
emu_sim_libs = $(EMU_BUILD)/$(1)/librt_net.a $(EMU_BUILD)/$(1)/librt_core.a $(EMU_BUILD)/$(1)/librt_sim.a
EMU_SIM_SYS_lx106 = $(foreach s,$(EMU_SYS_SRCS_LX106),$(call emu_obj,lx106,sys,$(s)))
EMU_SIM_SYS_rv32 = $(foreach s,$(EMU_SYS_SRCS_RV32),$(call emu_obj,rv32,sys,$(s)))
EMU_SIM_SYS_host =
EMU_SIM_LINK_host = $(EMU_HOST_CC) $(EMU_CFLAGS_HOST) -o $$@ $$(filter %.o %.a,$$^) $(EMU_SIM_WRAP) -lm
EMU_SIM_LINK_lx106 = $(EMU_LX106_CC) $(EMU_CFLAGS_LX106) $$(EMU_LDFLAGS_LX106) -Wl,-Map=$$@.map -o $$@ \
    -Wl,--start-group $$(filter %.o %.a,$$^) $(EMU_TLS_LIBS) $(EMU_LIBS_LX106) -lc -lgcc -Wl,--end-group $(EMU_SIM_WRAP)
EMU_SIM_LINK_rv32 = $(EMU_RV32_CC) $(EMU_CFLAGS_RV32) $$(EMU_LDFLAGS_RV32) -Wl,-Map=$$@.map -o $$@ \
    $$(filter %.o %.a,$$^) $(EMU_LIBS_RV32) $(EMU_SIM_WRAP)
EMU_SIM_EXT_host =
EMU_SIM_EXT_lx106 = .elf
EMU_SIM_EXT_rv32 = .elf

define emu_sim_target_rules
$(call emu_lib,$(1),rt_core,$(EMU_RT_CORE_SRCS),$(EMU_RT_INC))
$(call emu_lib,$(1),rt_sim,$(EMU_RT_SIM_SRCS),$(EMU_RT_INC) $(EMU_NOLTO))
$(foreach s,$(RT_$(EMU_RT_BUILD)_TP_SRCS),$(eval $(call emu_tp_compile,$(1),$(s))))
$(foreach s,$(EMU_RT_NET_SRCS),$(eval $(call emu_compile,$(1),rt_net,$(s),$(EMU_RT_INC))))
$(EMU_BUILD)/$(1)/librt_net.a: $(foreach s,$(EMU_RT_NET_SRCS),$(call emu_obj,$(1),rt_net,$(s))) \
    $(foreach s,$(RT_$(EMU_RT_BUILD)_TP_SRCS),$(call emu_tp_obj,$(1),$(s)))
	@rm -f $$@
	$$(EMU_AR_$(1)) rcs $$@ $$^
$(call emu_compile,$(1),simmain,$(EMU_RT_ENTRY),$(EMU_RT_INC) $(EMU_NOLTO))
$(call emu_compile,$(1),simmain_ts,$(EMU_RT_ENTRY),$(EMU_RT_INC) -DPORT_SIM_WITH_CORE $(EMU_NOLTO))
$(if $(filter host,$(1)),,$(foreach s,$(EMU_SYS_SRCS_$(if $(filter lx106,$(1)),LX106,RV32)),$(eval $(call emu_compile,$(1),sys,$(s),$(EMU_NOLTO)))))
# compiled TypeScript: $(EMU_BUILD)/gen/<group>/<name>.c -> $(EMU_BUILD)/<t>/ts/<group>/<name>
$(EMU_BUILD)/$(1)/obj/ts/%.o: $(EMU_BUILD)/gen/%.c
	@mkdir -p $$(@D)
	$$(EMU_$(1)_CC_CMD) $$(EMU_CFLAGS_$(1)_CMD) $$(EMU_WARN) -fno-builtin $(EMU_RT_INC) $(RT_regexp_CPPFLAGS) \
	    -Dmain=tsfw_app_main -c $$< -o $$@
$(EMU_BUILD)/$(1)/ts/%$(EMU_SIM_EXT_$(1)): $(EMU_BUILD)/$(1)/obj/ts/%.o $(call emu_obj,$(1),simmain_ts,$(EMU_RT_ENTRY)) \
    $(call emu_sim_libs,$(1)) $(EMU_SIM_SYS_$(1)) $(if $(filter lx106,$(1)),$(EMU_LIBGCC))
	@mkdir -p $$(@D)
	$(EMU_SIM_LINK_$(1))
endef
$(foreach t,$(EMU_SIM_TARGETS),$(eval $(call emu_sim_target_rules,$(t))))

# Language tests whose own recursion (memoised Fibonacci, integer
# partitions: the program's frames, not the runtime's) needs more than the
# device's task stack.  As apps they would raise CONFIG_TSFW_APP_TASK_STACK;
# here they keep the 64 KB the emulator had before it modelled the device.
EMU_DEEP_STACK_PROGRAMS := ts/lang/028_memoization ts/lang/132_integer_partitions
$(foreach p,$(EMU_DEEP_STACK_PROGRAMS),$(eval $(EMU_BUILD)/lx106/$(p).elf: EMU_STACK_SIZE_LX106 = 0x10000))
$(foreach p,$(EMU_DEEP_STACK_PROGRAMS),$(eval $(EMU_BUILD)/rv32/$(p).elf: EMU_STACK_SIZE_RV32 = 0x10000))

# $(call emu_sim_program,NAME,SOURCES,EXTRA_CFLAGS): a C app (its main()
# renamed) on the simulation port, for host, lx106 and rv32:
# $(EMU_BUILD)/host/NAME, $(EMU_BUILD)/lx106/NAME.elf, $(EMU_BUILD)/rv32/NAME.elf
define emu_sim_program
EMU_SIM_PROGRAMS += $(1)
$(foreach t,$(EMU_SIM_TARGETS),$(foreach s,$(2),$(eval $(call emu_compile,$(t),$(1),$(s),$(EMU_RT_INC) -Dmain=tsfw_app_main $(3)))))
$(foreach t,$(EMU_SIM_TARGETS),$(eval $(call emu_sim_program_link,$(t),$(1),$(2))))
.PHONY: emu-build-$(1)
emu-build-$(1): $(foreach t,$(EMU_SIM_TARGETS),$(EMU_BUILD)/$(t)/$(1)$(EMU_SIM_EXT_$(t)))
endef
define emu_sim_program_link
$(EMU_BUILD)/$(1)/$(2)$(EMU_SIM_EXT_$(1)): $(foreach s,$(3),$(call emu_obj,$(1),$(2),$(s))) \
    $(call emu_obj,$(1),simmain,$(EMU_RT_ENTRY)) $(call emu_sim_libs,$(1)) $(EMU_SIM_SYS_$(1)) \
    $(if $(filter lx106,$(1)),$(EMU_LIBGCC))
	$(EMU_SIM_LINK_$(1))
endef

$(eval $(call emu_sim_program,sim_http_server,tests/emu/sim_http_server.c,))

.PHONY: emu-sim-libs emu-sim
emu-sim-libs: $(foreach t,$(EMU_SIM_TARGETS),$(call emu_sim_libs,$(t)))
# make emu-sim [EMU_LANG_ALL=1]: the simulation checks alone
emu-sim:
	@EMU_BUILD=$(EMU_BUILD) EMU_MAKE="$(MAKE) --no-print-directory -f $(EMU_TOP)/mk/emu.mk" \
	    sh $(EMU_TOP)/tests/emu/sim-check.sh

# ------------------------------------------------------------------ size
# make size [SIZE_SRCS="a.c b.c"] [SIZE_CFLAGS=...]: compiles each source
# for both targets and prints text/data/bss per object and in total.
SIZE_SRCS ?= $(EMU_CORE_SRCS)
SIZE_CFLAGS ?= $(EMU_CORE_CFLAGS)
$(foreach s,$(SIZE_SRCS),$(eval $(call emu_compile,lx106,size,$(s),$(SIZE_CFLAGS))))
$(foreach s,$(SIZE_SRCS),$(eval $(call emu_compile,rv32,size,$(s),$(SIZE_CFLAGS))))

.PHONY: size size-objects
# make size: runtime libraries, the linked example app (from the maps) and
# its peak heap for one request, on lx106 and rv32 (tests/emu/size-report.sh)
# (and, for comparison, tests/http/apps/01_hello.ts: a server without static files)
size:
	@node $(EMU_TOP)/tests/emu/emit-ts.js $(EMU_BUILD)/gen/app $(EMU_TOP)/tests/emu/apps/example_server.ts $(EMU_TOP)/tests/http/apps/01_hello.ts
	@$(MAKE) --no-print-directory -f $(EMU_TOP)/mk/emu.mk $(foreach t,$(EMU_SIM_TARGETS),$(foreach a,example_server 01_hello,$(EMU_BUILD)/$(t)/ts/app/$(a)$(EMU_SIM_EXT_$(t)))) > $(EMU_BUILD)/size-build.log 2>&1 || \
	    { echo "size: build failed, see $(EMU_BUILD)/size-build.log" >&2; exit 1; }
	@node $(EMU_TOP)/tests/emu/emit-ts.js $(EMU_BUILD)/lto/gen/app $(EMU_TOP)/tests/emu/apps/example_server.ts > /dev/null
	@$(MAKE) --no-print-directory -f $(EMU_TOP)/mk/emu.mk $(EMU_SIZE_LTO_VARS) \
	    $(EMU_BUILD)/lto/lx106/ts/app/example_server.elf $(EMU_BUILD)/lto/rv32/ts/app/example_server.elf > $(EMU_BUILD)/size-build-lto.log 2>&1 || \
	    { echo "size: LTO build failed, see $(EMU_BUILD)/size-build-lto.log" >&2; exit 1; }
	@sh $(EMU_TOP)/tests/emu/size-report.sh $(EMU_BUILD)
# The same sources linked as one program (LTO), in $(EMU_BUILD)/lto: the
# runtime libraries and the app are LTO objects, the rest is not (EMU_NOLTO).
EMU_SIZE_LTO_VARS = EMU_BUILD=$(EMU_BUILD)/lto EMU_OPT="$(EMU_OPT) -flto -flto-partition=one" EMU_NOLTO=-fno-lto \
    EMU_AR_lx106=$(EMU_LX106_PREFIX)gcc-ar EMU_AR_rv32=$(EMU_RV32_PREFIX)gcc-ar

# make size-objects [SIZE_SRCS="a.c b.c"]: per-object table (the core by default)
size-objects: $(foreach s,$(SIZE_SRCS),$(call emu_obj,lx106,size,$(s)) $(call emu_obj,rv32,size,$(s)))
	@sh $(EMU_TOP)/tests/emu/size-table.sh $(EMU_BUILD)/lx106/obj/size $(EMU_BUILD)/rv32/obj/size $(SIZE_SRCS)

.PHONY: emu-help
emu-help:
	@echo "emu targets: emu-toolchain-check emu-hello emu-core emu-sim test-emu size size-objects"
	@echo "             emu-run-lx106 ELF=... ARGS=...   emu-run-rv32 ELF=... ARGS=..."
	@echo "             emu-build-NAME for programs: $(EMU_PROGRAMS)"

.PHONY: emu-clean
emu-clean:
	rm -rf $(EMU_BUILD)

# Standalone use (make -f mk/emu.mk) shows the help; included, keep the
# includer's default goal.
ifeq ($(emu_standalone),1)
.DEFAULT_GOAL := emu-help
else
.DEFAULT_GOAL := $(emu_saved_default_goal)
endif
