/* log.h - log lines that a peer can trigger, under one rate limit.
 *
 * A client that sends garbage, floods connections or exhausts descriptors
 * must not be able to fill the log.  Every such line goes through
 * net_log_peer: at most NET_LOG_BURST lines per NET_LOG_WINDOW_MS are
 * written; the rest are counted, and one summary line with the count ends
 * the window ("37 more log lines were not written ..."), written by the
 * next net_log_peer or net_log_roll call after the window is over (mgr_poll
 * calls net_log_roll every iteration and wakes up for it).
 */
#ifndef TSFW_NET_LOG_H
#define TSFW_NET_LOG_H

#include <stdint.h>

#ifndef NET_LOG_BURST
#define NET_LOG_BURST 20
#endif
#ifndef NET_LOG_WINDOW_MS
#define NET_LOG_WINDOW_MS 10000
#endif

void net_log_peer(int level, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Ends the window if its time is up (at_exit: now), writing the summary. */
void net_log_roll(int at_exit);
/* ms until the summary is due, -1 when nothing is waiting to be summed up. */
int64_t net_log_due_in(void);
/* The limiter's clock (ms); NULL restores port_now_ms.  For tests. */
void net_log_set_clock(uint64_t (*now)(void));

#endif
