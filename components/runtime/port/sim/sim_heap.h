/* sim_heap.h - the simulation port's counting allocator.
 *
 * Simulation builds link with
 *     -Wl,--wrap=malloc,--wrap=free,--wrap=calloc,--wrap=realloc
 * so every allocation of the runtime (core's ts_alloc and net's malloc
 * calls) and of the app passes through sim_heap.c, which counts the bytes
 * requested: live bytes, live blocks, and the peak of both.  The port's own
 * buffers use sim_raw_alloc/sim_raw_free and are not counted.
 */
#ifndef TSFW_SIM_HEAP_H
#define TSFW_SIM_HEAP_H

#include <stddef.h>

void *sim_raw_alloc(size_t n);
void sim_raw_free(void *p);

typedef struct sim_heap_stats {
    size_t live_bytes, live_blocks;
    size_t peak_bytes, peak_blocks; /* blocks live at the byte peak */
    unsigned long allocs, frees;
    unsigned long bytes_allocated; /* by all allocations, freed or not */
} sim_heap_stats;

void sim_heap_get(sim_heap_stats *st);
/* Start a new measurement: what is live now (the port's open files) is the
 * baseline, excluded from the figures sim_heap_report prints. */
void sim_heap_reset_peak(void);
/* One line on stderr: "sim-heap: peak N bytes in B blocks, ..." */
void sim_heap_report(void);

#endif
