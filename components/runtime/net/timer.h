/* timer.h - setTimeout / setInterval semantics on a net_mgr.
 *
 * Timers fire in order of due time, then creation order (like node).  A
 * timer added during a timer pass never fires in that same pass.  An
 * interval is rescheduled relative to the time its callback started.
 * Ids are nonzero and never reused within a manager.
 *
 * Ownership: ud belongs to the timer once added; ud_free (may be NULL) is
 * called exactly once, when a one-shot timer has fired, when the timer is
 * cancelled, or when the manager is freed.  Cancelling a timer from inside
 * its own callback is allowed (clearInterval in the interval's callback).
 */
#ifndef TSFW_NET_TIMER_H
#define TSFW_NET_TIMER_H

#include <stdint.h>
#include <stddef.h>
#include "mgr.h"

typedef void (*net_timer_fn)(net_mgr *m, uint32_t id, void *ud);

/* delay_ms: first firing after this many ms; repeat_ms: 0 for one-shot,
 * otherwise the interval.  Returns the id, or 0 if out of memory. */
uint32_t mgr_timer_add(net_mgr *m, uint64_t delay_ms, uint64_t repeat_ms, net_timer_fn fn, void *ud,
                       void (*ud_free)(void *ud));
/* 1 if the timer existed (it will not fire again), 0 otherwise. */
int mgr_timer_cancel(net_mgr *m, uint32_t id);
size_t mgr_timer_count(const net_mgr *m);
/* ms until the next timer is due (0 if overdue), or -1 if none. */
int64_t mgr_timer_next_in(const net_mgr *m);
/* Node's delay coercion: NaN, < 1 or > 2^31-1 become 1. */
uint64_t net_timer_node_delay(double ms);

#endif /* TSFW_NET_TIMER_H */
