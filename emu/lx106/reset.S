/* reset.S - reset stub for the lx106 core under `qemu-system-xtensa -M sim`.
 *
 * QEMU starts the CPU at the core's reset vector (0x50000000, the start of
 * the sim machine's "sysrom0" RAM), not at the ELF entry, and leaves a1 (the
 * stack pointer) undefined.  emu/lx106/emu.ld places section .emu.reset at
 * that address.  This stub:
 *   1. sets a1 to __stack (top of RAM, 16-byte aligned, from emu.ld);
 *   2. points VECBASE at our own vector table (.emu.vectors below) and
 *      clears PS.EXCM, so any exception reports its cause instead of
 *      running into the (empty) default vectors;
 *   3. zeroes .bss (QEMU's RAM starts zeroed, but do not rely on it);
 *   4. calls __emu_cstart (emu/lx106/sim_syscalls.c), which runs the
 *      constructors, calls main and exits through semihosting.
 * .data needs no copy: the ELF loader writes it at its run address
 * (LMA == VMA in emu.ld).
 *
 * ABI: lx106 has no register windows, so everything is call0
 * (a0 = return address, a1 = sp, a2..a7 = arguments).
 * l32r only reaches backwards, so each literal word sits before its use.
 */

        .section .emu.reset, "ax"
        .global _emu_reset
        .type   _emu_reset, @function
        .align  4
_emu_reset:
        j       .Lreset_body

        .align  4
.Lstack_top:    .word   __stack
.Lbss_start:    .word   __bss_start
.Lbss_end:      .word   __bss_end
.Lvectors:      .word   _emu_vectors
.Lcstart:       .word   __emu_cstart

        .align  4
.Lreset_body:
        l32r    a1, .Lstack_top
        l32r    a2, .Lvectors
        wsr     a2, vecbase
        movi    a2, 0x2f                /* PS: UM=1, EXCM=0, INTLEVEL=15 */
        wsr     a2, ps
        rsync

        l32r    a2, .Lbss_start
        l32r    a3, .Lbss_end
        movi    a4, 0
        j       .Lbss_test
.Lbss_loop:
        s32i    a4, a2, 0
        addi    a2, a2, 4
.Lbss_test:
        bltu    a2, a3, .Lbss_loop

        movi    a0, 0
        l32r    a2, .Lcstart
        callx0  a2                      /* never returns */
.Lhang:
        j       .Lhang
        .size   _emu_reset, . - _emu_reset

/* Vector table: VECBASE must be 1 KB aligned on this core (the reset value
 * is 0x40000000).  Offsets come from the lx106 core-isa.h:
 * 0x10 level-2/debug, 0x20 NMI, 0x30 kernel, 0x50 user, 0x70 double.
 * Every slot jumps to one handler that passes EXCCAUSE, EPC1 and EXCVADDR
 * to __emu_fault (sim_syscalls.c), which prints them and exits with status
 * 128 + cause. */
        .section .emu.vectors, "ax"
        .global _emu_vectors
        .align  1024
_emu_vectors:
        .org    _emu_vectors + 0x10
        j       .Lfault
        .org    _emu_vectors + 0x20
        j       .Lfault
        .org    _emu_vectors + 0x30
        j       .Lfault
        .org    _emu_vectors + 0x50
        j       .Lfault
        .org    _emu_vectors + 0x70
        j       .Lfault

        .align  4
.Lfault_stack:  .word   __emu_fault_stack + 1024
.Lfault_fn:     .word   __emu_fault

        .align  4
.Lfault:
        rsr     a2, exccause
        rsr     a3, epc1
        rsr     a4, excvaddr
        l32r    a1, .Lfault_stack       /* the faulting sp may be garbage */
        l32r    a5, .Lfault_fn
        callx0  a5
.Lfault_hang:
        j       .Lfault_hang
