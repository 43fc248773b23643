/* dial.c - outgoing connections: name resolution through the port,
 * the non-blocking TCP connect, and the TLS client's attach; errors are
 * delivered from the poll loop, never from inside mgr_connect. */
#include "net_internal.h"
#include "addr.h"
#include "tls.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void net_dial_free(net_conn *c) {
    if (!c->dial) return;
    if (c->dial->rh >= 0) port_resolve_cancel(c->dial->rh);
    free(c->dial->host);
    free(c->dial->err);
    free(c->dial);
    c->dial = NULL;
}

#define DIAL_MSG_MAX 600
static void set_msg(char *err, size_t errlen, const char *a, const char *b) {
    if (!err || !errlen) return;
    snprintf(err, errlen, "%s%s", a, b ? b : "");
}

/* The conn failed: the message (printf's fmt) is delivered now (from the
 * poll loop) or on the next poll.  Formatted on the heap: a failure can
 * come under the app's callbacks, on the device's small task stack. */
static void dial_fail(net_conn *c, int now, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void dial_fail(net_conn *c, int now, const char *fmt, ...) {
    char *msg = (char *)malloc(DIAL_MSG_MAX);
    va_list ap;
    if (msg) {
        va_start(ap, fmt);
        vsnprintf(msg, DIAL_MSG_MAX, fmt, ap);
        va_end(ap);
    }
    if (now) {
        mgr_conn_fail(c, msg ? msg : "connection failed (out of memory)");
        free(msg);
        return;
    }
    if (c->sock != PORT_INVALID) {
        port_close(c->sock);
        c->sock = PORT_INVALID;
    }
    free(c->dial->err);
    c->dial->err = msg;
    c->state = NET_CS_FAILED;
}

/* "connect host:port: reason", IPv6 literals in brackets. */
static void dial_fail_at(net_conn *c, const char *what, const char *reason, int now) {
    const struct net_dial *d = c->dial;
    int v6 = strchr(d->host, ':') != NULL;
    dial_fail(c, now, "%.16s %s%.290s%s:%u: %.200s", what, v6 ? "[" : "", d->host, v6 ? "]" : "", (unsigned)d->port,
              reason);
}

/* The socket is connected: handshake (TLS) or ready. */
static void dial_connected(net_conn *c) {
    if (c->tp->handshake) {
        c->state = NET_CS_HANDSHAKE;
        c->hs_want = 0;
        mgr_conn_handshake(c);
    } else {
        mgr_conn_established(c);
    }
}

/* Start the TCP connect to a (port set).  Errors wait for the next poll. */
static void dial_start(net_conn *c, const port_addr *a) {
    port_sock s = PORT_INVALID;
    int r;
    c->peer = *a;
    c->dial->why[0] = 0;
    r = port_connect(a, &s, c->dial->why, sizeof c->dial->why);
    if (r == 0 || r == PORT_AGAIN) {
        /* even an immediate success is reported from the poll loop: the
         * socket polls writable at once */
        c->sock = s;
        c->state = NET_CS_CONNECTING;
        return;
    }
    dial_fail_at(c, "connect", port_last_error(), 0);
}

typedef int (*tls_client_attach_fn)(net_conn *c, const char *host, uint16_t port, const net_tls_opts *opts, char *err,
                                    size_t errlen);

/* mgr_connect and mgr_connect_tls: attach (net_tls_client_attach) is NULL for plain TCP */
static net_conn *dial(net_mgr *m, const char *host, uint16_t port, tls_client_attach_fn attach,
                      const struct net_tls_opts *tls, net_conn_fn fn, void *ud, char *err, size_t errlen) {
    size_t hl;
    net_conn *c;
    struct net_dial *d;
    port_addr a;
    if (!host || !*host) {
        set_msg(err, errlen, "connect: empty host name", NULL);
        return NULL;
    }
    hl = strlen(host);
    if (host[0] == '[' && hl >= 2 && host[hl - 1] == ']') {
        host++;
        hl -= 2;
    }
    if (hl == 0) {
        set_msg(err, errlen, "connect: empty host name", NULL);
        return NULL;
    }
    d = (struct net_dial *)calloc(1, sizeof *d);
    if (d) d->host = (char *)malloc(hl + 1);
    c = d && d->host ? mgr_conn_new(m, &net_sock_transport, NULL, PORT_INVALID) : NULL;
    if (!c) {
        if (d) free(d->host);
        free(d);
        if (err && errlen) snprintf(err, errlen, "connect %.*s:%u: out of memory", (int)hl, host, (unsigned)port);
        return NULL;
    }
    memcpy(d->host, host, hl);
    d->host[hl] = 0;
    d->rh = -1;
    d->port = port;
    c->dial = d;
    c->fn = fn;
    c->fn_ud = ud;
    c->state = NET_CS_RESOLVING;
    if (attach) {
        char e[400];
        e[0] = 0;
        if (attach(c, d->host, port, tls, e, sizeof e) != 0) {
            dial_fail(c, 0, "%s", e[0] ? e : "TLS setup failed");
            return c;
        }
    }
    if (net_ip_parse(d->host, hl, &a) == 0) {
        a.port = port;
        dial_start(c, &a);
        return c;
    }
    d->why[0] = 0;
    d->rh = port_resolve_start(d->host, d->why, sizeof d->why);
    if (d->rh < 0) {
        d->rh = -1;
        dial_fail(c, 0, "resolve %.300s: %s", d->host, d->why);
    }
    return c;
}

net_conn *mgr_connect(net_mgr *m, const char *host, uint16_t port, net_conn_fn fn, void *ud, char *err, size_t errlen) {
    return dial(m, host, port, NULL, NULL, fn, ud, err, errlen);
}

net_conn *mgr_connect_tls(net_mgr *m, const char *host, uint16_t port, const struct net_tls_opts *tls, net_conn_fn fn,
                          void *ud, char *err, size_t errlen) {
    return dial(m, host, port, net_tls_client_attach, tls, fn, ud, err, errlen);
}

/* Progress of a resolving or connecting conn, after poll gave it re. */
void net_dial_advance(net_conn *c, uint8_t re) {
    struct net_dial *d = c->dial;
    switch (c->state) {
    case NET_CS_RESOLVING: {
        int r;
        d->why[0] = 0;
        r = port_resolve_check(d->rh, &d->addr, d->why, sizeof d->why);
        if (r == 0) break;
        d->rh = -1;
        if (r == 1) {
            d->addr.port = d->port;
            dial_start(c, &d->addr);
        } else {
            dial_fail(c, 1, "resolve %.300s: %s", d->host, d->why[0] ? d->why : "failed");
        }
        break;
    }
    case NET_CS_CONNECTING:
        if (!(re & (PORT_POLL_OUT | PORT_POLL_ERR))) break;
        d->why[0] = 0;
        if (port_connect_result(c->sock, d->why, sizeof d->why) != 0) {
            dial_fail_at(c, "connect", d->why[0] ? d->why : port_last_error(), 1);
            break;
        }
        dial_connected(c);
        break;
    default: break;
    }
}
