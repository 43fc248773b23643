/* emu_stack.c - the emulated programs run on the device's task stack
 * (mk/emu.mk: 8 KB on lx106 as the ESP8266's app task, 12 KB on rv32 as
 * the ESP32-C3's), and an overflow fails the run instead of corrupting
 * the heap below it in silence.
 *
 * Before main (a constructor) the unused stack, from __heap_end (its low
 * end in both linker scripts) up to a little below the current frame, is
 * painted.  At exit (a destructor) the lowest EMU_STACK_GUARD bytes must
 * still be paint; if not, the program used more than its stack: it says so
 * on stderr and exits with status 134, as an abort.  Built with
 * -DEMU_STACK_REPORT it also prints the most it used.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu_console.h"

#define EMU_STACK_PAINT 0xa5
#define EMU_STACK_GUARD 256

extern char __heap_end[], __stack[];

static void emu_stack_paint(void) __attribute__((constructor));
static void emu_stack_check(void) __attribute__((destructor));

static void emu_stack_paint(void) {
    volatile char here = 0;
    uintptr_t lo = (uintptr_t)__heap_end, hi = (uintptr_t)&here - 256; /* memset's frame stays above hi */
    if (hi > lo) memset(__heap_end, EMU_STACK_PAINT, (size_t)(hi - lo));
}

static void emu_stack_check(void) {
    char msg[96];
    size_t i = 0, size = (size_t)(__stack - __heap_end);
    int n;
    while (i < size && (unsigned char)__heap_end[i] == EMU_STACK_PAINT) i++;
    if (i >= EMU_STACK_GUARD) {
#ifdef EMU_STACK_REPORT
        n = snprintf(msg, sizeof msg, "emu: stack used %lu of %lu bytes\n", (unsigned long)(size - i),
                     (unsigned long)size);
        emu_stdio_flush();
        emu_console_write(2, msg, (size_t)n);
#endif
        return;
    }
    n = snprintf(msg, sizeof msg, "emu: stack overflow: the program used more than its %lu-byte stack\n",
                 (unsigned long)size);
    emu_stdio_flush();
    emu_console_write(2, msg, (size_t)n);
    _Exit(134);
}
