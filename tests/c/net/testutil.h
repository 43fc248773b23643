/* testutil.h - shared fixture for the net cmocka tests (memory transport). */
#ifndef TSFW_TEST_NET_UTIL_H
#define TSFW_TEST_NET_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "net/mgr.h"
#include "net/timer.h"
#include "net/http.h"
#include "net/addr.h"

typedef struct fx {
    net_mgr *m;
    http_server *s;
    uint64_t now;
    char events[4096]; /* "C1 X1 E1:msg ..." */
    int nerrors;
    char last_error[512];
} fx;

static inline uint64_t fx_clock(void *ud) { return ((fx *)ud)->now; }

static inline void fx_event(http_server *s, int ev, long id, const char *msg, void *ud) {
    fx *f = (fx *)ud;
    char b[600];
    (void)s;
    if (ev == HTTP_EV_CONNECTION) snprintf(b, sizeof b, "C%ld ", id);
    else if (ev == HTTP_EV_CLOSE) snprintf(b, sizeof b, "X%ld ", id);
    else {
        snprintf(b, sizeof b, "E%ld ", id);
        f->nerrors++;
        snprintf(f->last_error, sizeof f->last_error, "%s", msg);
    }
    if (strlen(f->events) + strlen(b) < sizeof f->events) strcat(f->events, b);
}

static inline void fx_pump(fx *f, int n) {
    int i;
    for (i = 0; i < n; i++) mgr_poll(f->m, 0);
}

/* Send raw bytes on a fresh pipe, run the loop, return the output (malloc'd).
 * If keep is non-NULL the pipe is returned open there. */
static inline char *fx_exchange(fx *f, const char *req, size_t len, net_mem_pipe **keep) {
    net_mem_pipe *p = net_mem_pipe_new();
    size_t olen;
    const unsigned char *o;
    char *r;
    http_server_accept_mem(f->s, p, NULL);
    net_mem_pipe_write(p, req, len);
    fx_pump(f, 20);
    o = net_mem_pipe_output(p, &olen);
    r = (char *)malloc(olen + 1);
    if (olen) memcpy(r, o, olen);
    r[olen] = 0;
    net_mem_pipe_consume(p, olen);
    if (keep) *keep = p;
    else {
        net_mem_pipe_free(p);
        fx_pump(f, 2);
    }
    return r;
}

static inline char *fx_req(fx *f, const char *req) { return fx_exchange(f, req, strlen(req), NULL); }

static inline int count_str(const char *h, const char *n) {
    int c = 0;
    size_t l = strlen(n);
    while ((h = strstr(h, n)) != NULL) {
        c++;
        h += l;
    }
    return c;
}

#endif
