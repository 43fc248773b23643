/* sim_syscalls.c - picolibc system interface for the lx106 core under
 * `qemu-system-xtensa -M sim -semihosting`.
 *
 * picolibc 1.8 has no Xtensa semihosting library, so this file supplies
 * what picolibc's libc.a leaves undefined: open/read/write/close/lseek,
 * _exit, gettimeofday, times, getpid and kill, the console backend under emu/common/emu_stdio.c
 * (which defines stdin/stdout/stderr), and the C entry point that
 * emu/lx106/reset.S calls.
 *
 * The transport is QEMU's "simcall" instruction (target/xtensa/xtensa-semi.c,
 * HELPER(simcall)): a2 = call number, a3, a4, a5 = arguments; the result
 * comes back in a2 and a guest errno in a3.  Numbers used here:
 *   exit 1, read 3, write 4, open 5, close 6, lseek 19,
 *   argc 1000, argv_sz 1001, argv 1002.
 * QEMU passes open() flags straight to the host's open(2), so they are
 * translated from picolibc's values to Linux's below.  With no chardev
 * console attached (run with -serial none), fds 0..2 are QEMU's own
 * stdin/stdout/stderr.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#include "emu_console.h"

enum {
    SIM_SYS_EXIT = 1,
    SIM_SYS_READ = 3,
    SIM_SYS_WRITE = 4,
    SIM_SYS_OPEN = 5,
    SIM_SYS_CLOSE = 6,
    SIM_SYS_LSEEK = 19,
    SIM_SYS_ARGC = 1000,
    SIM_SYS_ARGV_SZ = 1001,
    SIM_SYS_ARGV = 1002
};

/* Linux open(2) flag values (the host side of QEMU). */
enum {
    HOST_O_ACCMODE = 03,
    HOST_O_CREAT = 0100,
    HOST_O_EXCL = 0200,
    HOST_O_TRUNC = 01000,
    HOST_O_APPEND = 02000,
    HOST_O_NONBLOCK = 04000
};

static int32_t simcall(int32_t nr, int32_t a, int32_t b, int32_t c, int32_t *err) {
    register int32_t r2 __asm__("a2") = nr;
    register int32_t r3 __asm__("a3") = a;
    register int32_t r4 __asm__("a4") = b;
    register int32_t r5 __asm__("a5") = c;
    __asm__ volatile("simcall" : "+r"(r2), "+r"(r3) : "r"(r4), "r"(r5) : "memory");
    if (err) *err = r3;
    return r2;
}

static int32_t sim_result(int32_t rc, int32_t err) {
    if (rc == -1) errno = err;
    return rc;
}

ssize_t write(int fd, const void *buf, size_t n) {
    int32_t err;
    int32_t rc = simcall(SIM_SYS_WRITE, fd, (int32_t)(uintptr_t)buf, (int32_t)n, &err);
    return sim_result(rc, err);
}

ssize_t read(int fd, void *buf, size_t n) {
    int32_t err;
    int32_t rc = simcall(SIM_SYS_READ, fd, (int32_t)(uintptr_t)buf, (int32_t)n, &err);
    return sim_result(rc, err);
}

int open(const char *path, int flags, ...) {
    int32_t host = flags & HOST_O_ACCMODE; /* O_RDONLY/O_WRONLY/O_RDWR agree */
    int32_t err;
    if (flags & O_CREAT) host |= HOST_O_CREAT;
    if (flags & O_EXCL) host |= HOST_O_EXCL;
    if (flags & O_TRUNC) host |= HOST_O_TRUNC;
    if (flags & O_APPEND) host |= HOST_O_APPEND;
    if (flags & O_NONBLOCK) host |= HOST_O_NONBLOCK;
    /* The mode argument is not read: files are created 0644. */
    return sim_result(simcall(SIM_SYS_OPEN, (int32_t)(uintptr_t)path, host, 0644, &err), err);
}

int close(int fd) {
    int32_t err;
    return sim_result(simcall(SIM_SYS_CLOSE, fd, 0, 0, &err), err);
}

off_t lseek(int fd, off_t off, int whence) {
    int32_t err;
    return sim_result(simcall(SIM_SYS_LSEEK, fd, (int32_t)off, whence, &err), err);
}

/* ------------------------------------------------------- console backend */

int emu_console_write(int fd, const void *buf, size_t n) { return (int)write(fd, buf, n); }

int emu_console_read(void *buf, size_t n) { return (int)read(0, buf, n); }

/* ------------------------------------------------------------ exit, time */

void _exit(int status) {
    emu_stdio_flush();
    for (;;) simcall(SIM_SYS_EXIT, status, 0, 0, NULL);
}

/* The sim machine has no clock call; CCOUNT counts core cycles (QEMU ties
 * it to its virtual clock).  Extended to 64 bits on each read, so it stays
 * monotonic as long as it is read more often than once per wrap. */
#ifndef SIM_CCOUNT_HZ
#define SIM_CCOUNT_HZ 80000000u /* the ESP8266's default CPU clock */
#endif

static uint64_t sim_cycles(void) {
    static uint32_t last;
    static uint64_t high;
    uint32_t now;
    __asm__ volatile("rsr %0, ccount" : "=r"(now));
    if (now < last) high += (uint64_t)1 << 32;
    last = now;
    return high | now;
}

int gettimeofday(struct timeval *tv, void *tz) {
    uint64_t c = sim_cycles();
    (void)tz;
    if (tv) {
        tv->tv_sec = (time_t)(c / SIM_CCOUNT_HZ);
        tv->tv_usec = (suseconds_t)((c % SIM_CCOUNT_HZ) / (SIM_CCOUNT_HZ / 1000000u));
    }
    return 0;
}

/* clock() counts CPU time through times(). */
clock_t times(struct tms *t) {
    clock_t ticks = (clock_t)(sim_cycles() / (SIM_CCOUNT_HZ / CLOCKS_PER_SEC));
    if (t) {
        t->tms_utime = ticks;
        t->tms_stime = 0;
        t->tms_cutime = 0;
        t->tms_cstime = 0;
    }
    return ticks;
}

/* One process.  raise()/abort() end up in kill(): exit as a shell reports
 * a death by signal, 128 + the signal number (abort: 134). */
pid_t getpid(void) { return 1; }

int kill(pid_t pid, int sig) {
    if (pid != 1) {
        errno = ESRCH;
        return -1;
    }
    _exit(128 + sig);
}

/* ------------------------------------------------------------- start-up */

extern void __libc_init_array(void);
extern int main(int argc, char **argv);
void __emu_cstart(void);
void __emu_fault(uint32_t cause, uint32_t pc, uint32_t vaddr);

/* A small stack for __emu_fault, set up by reset.S's vector handler. */
uint32_t __emu_fault_stack[256] __attribute__((aligned(16)));

void __emu_cstart(void) {
    static char *no_args[1];
    char **argv = no_args;
    int argc = simcall(SIM_SYS_ARGC, 0, 0, 0, NULL);
    if (argc > 0) {
        int32_t size = simcall(SIM_SYS_ARGV_SZ, 0, 0, 0, NULL);
        char **buf = size > 0 ? malloc((size_t)size) : NULL;
        if (buf) {
            simcall(SIM_SYS_ARGV, (int32_t)(uintptr_t)buf, 0, 0, NULL);
            argv = buf;
        } else {
            argc = 0;
        }
    } else {
        argc = 0;
    }
    __libc_init_array();
    exit(main(argc, argv));
}

static void fault_hex(char *p, uint32_t v) {
    int i;
    for (i = 7; i >= 0; i--, v >>= 4) p[i] = "0123456789abcdef"[v & 15];
}

void __emu_fault(uint32_t cause, uint32_t pc, uint32_t vaddr) {
    char msg[] = "lx106 exception: cause 0x________ pc 0x________ vaddr 0x________\n";
    fault_hex(msg + 25, cause);
    fault_hex(msg + 39, pc);
    fault_hex(msg + 56, vaddr);
    emu_stdio_flush();
    write(2, msg, sizeof msg - 1);
    _exit(128 + (int)(cause & 63));
}
