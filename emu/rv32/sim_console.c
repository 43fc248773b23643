/* sim_console.c - console backend for emu/common/emu_stdio.c on rv32
 * under `qemu-system-riscv32 -M virt -bios none -semihosting`.
 *
 * Everything else comes from picolibc's libsemihost as shipped (crt0-semihost,
 * open/read/write/close/lseek/_exit/gettimeofday over RISC-V semihosting).
 * Its own stdout/stderr (iob.c) use SYS_WRITEC, which QEMU sends to its
 * semihosting console, i.e. QEMU's *stderr* unless a chardev is configured,
 * and stdout and stderr cannot be told apart there.  QEMU implements the
 * SH_EXT_STDOUT_STDERR extension: opening ":tt" for writing ("w") gives its
 * stdout, for appending ("a") its stderr, for reading its stdin.  Defining
 * stdin/stdout/stderr in emu_stdio.c keeps libsemihost's iob.c out of the
 * link.
 *
 * Note: SYS_WRITE and SYS_READ return the number of bytes NOT transferred.
 */
#include <semihost.h>
#include <stdint.h>

#include "emu_console.h"

static int tt_handle[3] = {-2, -2, -2}; /* -2: not opened yet */

static int tt(int fd) {
    static const int mode[3] = {SH_OPEN_R, SH_OPEN_W, SH_OPEN_A};
    if (fd < 0 || fd > 2) return -1;
    if (tt_handle[fd] == -2) tt_handle[fd] = sys_semihost_open(":tt", mode[fd]);
    return tt_handle[fd];
}

int emu_console_write(int fd, const void *buf, size_t n) {
    int h = tt(fd);
    uintptr_t left;
    if (h < 0) return -1;
    left = sys_semihost_write(h, buf, n);
    return left > n ? -1 : (int)(n - left);
}

int emu_console_read(void *buf, size_t n) {
    int h = tt(0);
    uintptr_t left;
    if (h < 0) return -1;
    left = sys_semihost_read(h, buf, n);
    return left > n ? -1 : (int)(n - left);
}

/* exit() runs destructors (__libc_fini_array) before libsemihost's _exit. */
static void __attribute__((destructor)) emu_console_fini(void) { emu_stdio_flush(); }
