/* rt.c - program start and exit, buffered standard output. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "rt_internal.h"
#include "../port/port.h"

#ifndef TS_OUTBUF_SIZE
#if PORT_SMALL_RAM
#define TS_OUTBUF_SIZE 512 /* microcontrollers: little RAM */
#else
#define TS_OUTBUF_SIZE 8192
#endif
#endif

static char outbuf[TS_OUTBUF_SIZE];
static size_t outlen;

void ts_out_flush(void) {
    if (outlen) fwrite(outbuf, 1, outlen, stdout);
    outlen = 0;
    fflush(stdout);
}

void ts_out_write(const char *p, size_t n) {
    if (outlen + n > sizeof outbuf) {
        if (outlen) fwrite(outbuf, 1, outlen, stdout);
        outlen = 0;
        if (n >= sizeof outbuf) {
            fwrite(p, 1, n, stdout);
            return;
        }
    }
    memcpy(outbuf + outlen, p, n);
    outlen += n;
}

void ts_err_write(const char *p, size_t n) {
    ts_out_flush();
    fwrite(p, 1, n, stderr);
}

void ts_rt_init(int argc, char **argv) {
    (void)argc;
    (void)argv;
    ts_math_seed((uint64_t)time(NULL) ^ ((uint64_t)clock() << 32));
}

int ts_rt_exit(void) {
    ts_memory_shutdown();
    exc_shutdown();
    ts_out_flush();
    return 0;
}
