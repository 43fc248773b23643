/* log.c - the rate limit of log lines that a peer can trigger (log.h). */
#include "log.h"
#include "../port/port.h"

#include <stdarg.h>
#include <stdio.h>

static struct {
    uint64_t (*now)(void); /* NULL: port_now_ms */
    uint64_t start;        /* when the current window began */
    unsigned logged;       /* lines written in it */
    unsigned dropped;      /* lines counted, not written, in it */
    int open;              /* a window has begun */
} g_rl;

static uint64_t rl_now(void) { return g_rl.now ? g_rl.now() : port_now_ms(); }

void net_log_set_clock(uint64_t (*now)(void)) { g_rl.now = now; }

void net_log_roll(int at_exit) {
    if (!g_rl.open || (!at_exit && rl_now() - g_rl.start < NET_LOG_WINDOW_MS)) return;
    if (g_rl.dropped)
        port_log(PORT_LOG_WARN, "%u more log lines were not written (at most %d every %d s)", g_rl.dropped,
                 NET_LOG_BURST, NET_LOG_WINDOW_MS / 1000);
    g_rl.open = 0;
    g_rl.logged = g_rl.dropped = 0;
}

int64_t net_log_due_in(void) {
    uint64_t now;
    if (!g_rl.open || !g_rl.dropped) return -1;
    now = rl_now();
    return now - g_rl.start >= NET_LOG_WINDOW_MS ? 0 : (int64_t)(g_rl.start + NET_LOG_WINDOW_MS - now);
}

void net_log_peer(int level, const char *fmt, ...) {
    static char line[384]; /* static: off the request path's stack; one thread */
    va_list ap;
    if (level > port_log_level()) return;
    net_log_roll(0);
    if (!g_rl.open) {
        g_rl.open = 1;
        g_rl.start = rl_now();
    }
    if (g_rl.logged >= NET_LOG_BURST) {
        g_rl.dropped++;
        return;
    }
    g_rl.logged++;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    port_log(level, "%s", line);
}
