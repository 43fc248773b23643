/* sim_heap.c - counting malloc wrappers for simulation builds (see
 * sim_heap.h).  Each block carries an 8-byte header with its size, so the
 * wrappers need only the real malloc and free; calloc and realloc are
 * built on them (the C library's own calloc/realloc may call malloc, which
 * --wrap would redirect here a second time). */
#include "sim_heap.h"

#include <stdio.h>
#include <string.h>

void *__real_malloc(size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void __wrap_free(void *p);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);

#define HDR 8u /* keeps 8-byte alignment for doubles on every target */

static sim_heap_stats g;
static size_t g_base_bytes, g_base_blocks;

void *sim_raw_alloc(size_t n) { return __real_malloc(n ? n : 1); }
void sim_raw_free(void *p) { __real_free(p); }

void *__wrap_malloc(size_t n) {
    unsigned char *p;
    if (n > (size_t)-1 - HDR) return NULL;
    p = (unsigned char *)__real_malloc(n + HDR);
    if (!p) return NULL;
    memcpy(p, &n, sizeof n);
    g.live_bytes += n;
    g.live_blocks++;
    g.allocs++;
    g.bytes_allocated += n;
    if (g.live_bytes > g.peak_bytes) {
        g.peak_bytes = g.live_bytes;
        g.peak_blocks = g.live_blocks;
    }
    return p + HDR;
}

void __wrap_free(void *q) {
    unsigned char *p;
    size_t n;
    if (!q) return;
    p = (unsigned char *)q - HDR;
    memcpy(&n, p, sizeof n);
    g.live_bytes -= n;
    g.live_blocks--;
    g.frees++;
    __real_free(p);
}

void *__wrap_calloc(size_t n, size_t m) {
    void *p;
    if (m && n > (size_t)-1 / m) return NULL;
    p = __wrap_malloc(n * m);
    if (p) memset(p, 0, n * m);
    return p;
}

void *__wrap_realloc(void *q, size_t n) {
    void *p;
    size_t old;
    if (!q) return __wrap_malloc(n);
    if (n == 0) {
        __wrap_free(q);
        return NULL;
    }
    memcpy(&old, (unsigned char *)q - HDR, sizeof old);
    p = __wrap_malloc(n);
    if (!p) return NULL;
    memcpy(p, q, old < n ? old : n);
    __wrap_free(q);
    return p;
}

void sim_heap_get(sim_heap_stats *st) { *st = g; }

void sim_heap_reset_peak(void) {
    g.peak_bytes = g_base_bytes = g.live_bytes;
    g.peak_blocks = g_base_blocks = g.live_blocks;
}

void sim_heap_report(void) {
    fprintf(stderr,
            "sim-heap: peak %lu bytes in %lu blocks; at exit %lu bytes in %lu blocks; "
            "%lu allocations; %lu bytes allocated (baseline %lu bytes in %lu blocks excluded)\n",
            (unsigned long)(g.peak_bytes - g_base_bytes), (unsigned long)(g.peak_blocks - g_base_blocks),
            (unsigned long)(g.live_bytes - g_base_bytes), (unsigned long)(g.live_blocks - g_base_blocks), g.allocs,
            g.bytes_allocated, (unsigned long)g_base_bytes, (unsigned long)g_base_blocks);
}
