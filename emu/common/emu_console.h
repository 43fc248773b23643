/* emu_console.h - the per-target console backend under emu_stdio.c. */
#ifndef EMU_CONSOLE_H
#define EMU_CONSOLE_H

#include <stddef.h>

/* Write n bytes to QEMU's stdout (fd 1) or stderr (fd 2); returns the
 * count written or -1. */
int emu_console_write(int fd, const void *buf, size_t n);
/* Read up to n bytes from QEMU's stdin; returns the count, 0 or -1. */
int emu_console_read(void *buf, size_t n);
/* Drain the stdout/stderr buffers (emu_stdio.c). */
void emu_stdio_flush(void);

#endif
