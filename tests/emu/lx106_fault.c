/* lx106_fault.c - checks the lx106 start-up code's failure paths.
 *   lx106_fault ill        executes an illegal instruction: the vector in
 *                          emu/lx106/reset.S reports it, exit 128 + cause 0
 *   lx106_fault abort      abort() -> raise -> kill(): exit 134
 *   lx106_fault unaligned  32-bit load from an odd address: traps with
 *                          LoadStoreAlignmentCause (9) as on the chip,
 *                          exit 137
 *   lx106_fault unaligned-store  the same for s32i
 *   lx106_fault deep       recurses through 12 KB of frames, more than the
 *                          8 KB stack: emu/common/emu_stack.c reports the
 *                          overflow at exit, exit 134
 *   lx106_fault shallow    recurses through 4 KB: fits, exit 0
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char bytes[8] __attribute__((aligned(4))) = {1, 2, 3, 4, 5, 6, 7, 8};

/* depth frames of about 256 bytes each; the result keeps them from being
 * folded away */
static unsigned recurse(unsigned depth) {
    volatile unsigned char frame[240];
    frame[0] = (unsigned char)depth;
    frame[239] = 1;
    return depth ? recurse(depth - 1) + frame[0] + frame[239] : 0;
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "";
    printf("mode %s\n", mode);
    fflush(stdout);
    if (strcmp(mode, "ill") == 0) {
        __asm__ volatile("ill");
    } else if (strcmp(mode, "abort") == 0) {
        abort();
    } else if (strcmp(mode, "deep") == 0 || strcmp(mode, "shallow") == 0) {
        unsigned r = recurse(mode[0] == 'd' ? 48 : 16);
        printf("recursed: %u\n", r);
        return 0;
    } else if (strcmp(mode, "unaligned") == 0) {
        unsigned v;
        volatile unsigned char *p = bytes + 1;
        __asm__ volatile("l32i %0, %1, 0" : "=r"(v) : "r"(p) : "memory");
        printf("unaligned l32i at +1 loaded 0x%08x without a trap\n", v);
        return 0;
    } else if (strcmp(mode, "unaligned-store") == 0) {
        volatile unsigned char *p = bytes + 2;
        __asm__ volatile("s32i %0, %1, 0" : : "r"(0x55u), "r"(p) : "memory");
        printf("unaligned s32i at +2 did not trap\n");
        return 0;
    }
    return 3;
}
