/* emu_stdio.c - stdin/stdout/stderr for picolibc's tinystdio on the
 * emulated targets.
 *
 * tinystdio lets the application define the three streams
 * (FDEV_SETUP_STREAM).  Both targets define them here, on top of a small
 * per-target console backend (emu_console_write/emu_console_read in
 * emu/lx106/sim_syscalls.c and emu/rv32/sim_console.c), so that stdout and
 * stderr reach QEMU's own stdout and stderr separately on both ISAs.
 *
 * stdout and stderr are line buffered; writing to stderr first flushes
 * stdout so the two keep their order on a shared terminal.  The backends
 * call emu_stdio_flush() before the program exits.
 */
#include <stdio.h>

#include "emu_console.h"

typedef struct EmuOut {
    int fd;
    size_t used;
    char buf[256];
} EmuOut;

static EmuOut emu_out[2] = {{1, 0, {0}}, {2, 0, {0}}};

static void emu_out_drain(EmuOut *o) {
    size_t off = 0;
    while (off < o->used) {
        int n = emu_console_write(o->fd, o->buf + off, o->used - off);
        if (n <= 0) break;
        off += (size_t)n;
    }
    o->used = 0;
}

void emu_stdio_flush(void) {
    emu_out_drain(&emu_out[0]);
    emu_out_drain(&emu_out[1]);
}

static int emu_put(char c, EmuOut *o) {
    if (o == &emu_out[1]) emu_out_drain(&emu_out[0]);
    o->buf[o->used++] = c;
    if (c == '\n' || o->used == sizeof o->buf) emu_out_drain(o);
    return (unsigned char)c;
}

static int emu_stdout_put(char c, FILE *f) {
    (void)f;
    return emu_put(c, &emu_out[0]);
}
static int emu_stderr_put(char c, FILE *f) {
    (void)f;
    return emu_put(c, &emu_out[1]);
}
static int emu_stdout_flush(FILE *f) {
    (void)f;
    emu_out_drain(&emu_out[0]);
    return 0;
}
static int emu_stderr_flush(FILE *f) {
    (void)f;
    emu_out_drain(&emu_out[1]);
    return 0;
}

static int emu_stdin_get(FILE *f) {
    unsigned char c;
    (void)f;
    emu_out_drain(&emu_out[0]);
    return emu_console_read(&c, 1) == 1 ? c : EOF;
}

static FILE emu_stdin = FDEV_SETUP_STREAM(NULL, emu_stdin_get, NULL, _FDEV_SETUP_READ);
static FILE emu_stdout = FDEV_SETUP_STREAM(emu_stdout_put, NULL, emu_stdout_flush, _FDEV_SETUP_WRITE);
static FILE emu_stderr = FDEV_SETUP_STREAM(emu_stderr_put, NULL, emu_stderr_flush, _FDEV_SETUP_WRITE);

FILE *const stdin = &emu_stdin;
FILE *const stdout = &emu_stdout;
FILE *const stderr = &emu_stderr;
