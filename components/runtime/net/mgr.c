/* mgr.c - the event manager: connections, listeners and the poll loop.
 * Outgoing connects are in dial.c, the memory transport in mem_pipe.c. */
#include "net_internal.h"
#include "log.h"
#include "tls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ACCEPT_BURST    32
#define TX_SHRINK_ABOVE 4096

static void listener_unlink(net_listener *l);

/* ------------------------------------------------------------ transports */
static long sock_recv(net_conn *c, void *buf, size_t len) { return port_recv(c->sock, buf, len); }
static long sock_send(net_conn *c, const void *buf, size_t len) { return port_send(c->sock, buf, len); }
/* What is queued (the response's head) goes first, marked as more to
 * come, so that it shares a segment with the file's first bytes. */
static long sock_sendfile(net_conn *c, port_fd fd, uint64_t off, size_t len) {
    while (c->tx_len > 0) {
        long n = port_send_more(c->sock, c->tx + c->tx_off, c->tx_len);
        if (n <= 0) return n == 0 ? PORT_AGAIN : n;
        c->tx_off += (size_t)n;
        c->tx_len -= (size_t)n;
    }
    c->tx_off = 0;
    return port_sendfile(c->sock, fd, off, len);
}
static void sock_close(net_conn *c) {
    if (c->sock != PORT_INVALID) port_close(c->sock);
    c->sock = PORT_INVALID;
}


const net_transport net_sock_transport = {"tcp", sock_recv, sock_send, sock_sendfile, NULL, sock_close, NULL, NULL};

void *net_buf_grow(void *buf, size_t *cap, size_t need, size_t first) {
    size_t nc;
    void *nb;
    if (buf && need <= *cap) return buf; /* NULL only for out of memory */
    nc = *cap ? *cap : first;
    while (nc < need) nc = nc > ((size_t)-1) / 2 ? need : nc * 2;
    nb = realloc(buf, nc);
    if (nb) *cap = nc;
    return nb;
}

/* a conn's send buffer: 0, or -1 when out of memory */
static int grow(unsigned char **buf, size_t *cap, size_t need) {
    unsigned char *nb = (unsigned char *)net_buf_grow(*buf, cap, need, 256);
    if (!nb) return -1;
    *buf = nb;
    return 0;
}

/* --------------------------------------------------------------- manager */
static uint64_t default_clock(void *ud) {
    (void)ud;
    return port_now_ms();
}

net_mgr *mgr_new(void) {
    net_mgr *m = (net_mgr *)calloc(1, sizeof *m);
    if (!m) return NULL;
    m->clock = default_clock;
    return m;
}

/* One clock read per poll turn: the dispatch of a turn's events (every
 * request it answers, every deadline it sets) sees the time the wait ended,
 * as libuv's loop time does; outside a turn (timers, the app's main code)
 * the clock itself. */
uint64_t mgr_now(const net_mgr *m) { return m->in_poll ? m->now : m->clock(m->clock_ud); }

void mgr_set_clock(net_mgr *m, uint64_t (*now)(void *ud), void *ud) {
    m->clock = now ? now : default_clock;
    m->clock_ud = ud;
}

size_t mgr_conn_count(const net_mgr *m) { return m->nconns; }

net_conn *mgr_conn_by_id(net_mgr *m, unsigned long id) {
    net_conn *c;
    for (c = m->conns; c; c = c->next)
        if (c->id == id) return c;
    return NULL;
}

void mgr_conn_call(net_conn *c, int ev, void *data) {
    if (c->fn) c->fn(c, ev, data, c->fn_ud);
}

net_conn *mgr_conn_new(net_mgr *m, const net_transport *tp, void *ctx, port_sock s) {
    net_conn *c = (net_conn *)calloc(1, sizeof *c);
    if (!c) return NULL;
    c->mgr = m;
    c->id = ++m->next_conn_id;
    c->tp = tp;
    c->tp_ctx = ctx;
    c->sock = s;
    c->tx_max = NET_TX_MAX_DEFAULT;
    c->next = m->conns;
    m->conns = c;
    m->nconns++;
    return c;
}

void mgr_conn_free(net_mgr *m, net_conn *c) {
    net_conn **pp;
    for (pp = &m->conns; *pp; pp = &(*pp)->next) {
        if (*pp == c) {
            *pp = c->next;
            break;
        }
    }
    m->nconns--;
    net_dial_free(c);
    free(c->tx);
    free(c);
}

static void conn_finish(net_mgr *m, net_conn *c) {
    mgr_conn_call(c, NET_EV_CLOSE, NULL);
    if (c->tp && c->tp->close) c->tp->close(c);
    mgr_conn_free(m, c);
}

void mgr_free(net_mgr *m) {
    net_listener *l;
    if (!m) return;
    while (m->conns) conn_finish(m, m->conns);
    m->in_poll = 0;
    while ((l = m->listeners) != NULL) {
        if (l->bound) port_close(l->sock);
        listener_unlink(l);
    }
    net_timers_free_all(m);
    if (m->tls_free) m->tls_free(m);
    free(m->pfds);
    free(m);
}

void mgr_stop(net_mgr *m) { m->stop = 1; }

int mgr_has_work(const net_mgr *m) {
    const net_listener *l;
    if (m->conns || m->timers) return 1;
    for (l = m->listeners; l; l = l->next)
        if (l->bound && !l->dead) return 1;
    return 0;
}

/* ----------------------------------------------------------- connections */
void net_conn_set_handler(net_conn *c, net_conn_fn fn, void *ud) {
    c->fn = fn;
    c->fn_ud = ud;
}

void *net_conn_send_reserve(net_conn *c, size_t len) {
    if (c->closed || c->closing) return NULL;
    if (c->tx_len + len > c->tx_max) return NULL;
    if (c->tx_off + c->tx_len + len > c->tx_cap) {
        if (c->tx_off) {
            memmove(c->tx, c->tx + c->tx_off, c->tx_len);
            c->tx_off = 0;
        }
        if (grow(&c->tx, &c->tx_cap, c->tx_len + len) != 0) return NULL;
    }
    return c->tx + c->tx_off + c->tx_len;
}

void net_conn_send_commit(net_conn *c, size_t n) { c->tx_len += n; }

int net_conn_send(net_conn *c, const void *buf, size_t len) {
    void *dst;
    if (len == 0) return c->closed || c->closing ? -1 : 0;
    if (!(dst = net_conn_send_reserve(c, len))) return -1;
    memcpy(dst, buf, len);
    net_conn_send_commit(c, len);
    return 0;
}

int net_conn_send_str(net_conn *c, const char *s) { return net_conn_send(c, s, strlen(s)); }

void net_conn_rx_consume(net_conn *c, size_t n) {
    if (n >= c->rx_len) {
        c->rx_len = 0;
        return;
    }
    memmove(c->rx, c->rx + n, c->rx_len - n);
    c->rx_len -= n;
}

void net_conn_close(net_conn *c, int graceful) {
    if (graceful) c->closing = 1;
    else c->closed = 1;
}

int net_conn_is_closing(const net_conn *c) { return c->closing || c->closed; }
void net_conn_kick(net_conn *c) { c->kick = 1; }
int net_conn_eof(const net_conn *c) { return c->eof; }

long net_conn_sendfile(net_conn *c, port_fd fd, uint64_t off, size_t len) {
    long n;
    if (c->closed || c->state != NET_CS_OPEN) return PORT_AGAIN;
    if (!c->tp->sendfile) return PORT_NOSYS;
    n = c->tp->sendfile(c, fd, off, len);
    return n;
}

/* Push the send buffer to the transport.  Returns bytes sent or -1 on a
 * hard error (the conn is marked closed). */
static long conn_flush(net_conn *c) {
    long total = 0;
    while (c->tx_len > 0) {
        long n = c->tp->send(c, c->tx + c->tx_off, c->tx_len);
        if (n == PORT_AGAIN || n == 0) break;
        if (n < 0) {
            const char *msg = c->tp->last_error ? c->tp->last_error(c) : port_last_error();
            c->tx_len = 0;
            c->tx_off = 0;
            if (!c->closed) mgr_conn_call(c, NET_EV_ERROR, (void *)msg);
            c->closed = 1;
            return -1;
        }
        c->tx_off += (size_t)n;
        c->tx_len -= (size_t)n;
        total += n;
    }
    if (c->tx_len == 0) {
        c->tx_off = 0;
        if (c->tx_cap > TX_SHRINK_ABOVE) {
            free(c->tx);
            c->tx = NULL;
            c->tx_cap = 0;
        }
    }
    return total;
}

static void conn_read(net_conn *c) {
    long n;
    if (c->eof || c->closed || c->rx_paused || c->rx_len >= NET_RX_SIZE) return;
    n = c->tp->recv(c, c->rx + c->rx_len, NET_RX_SIZE - c->rx_len);
    if (n > 0) {
        c->rx_len += (size_t)n;
        mgr_conn_call(c, NET_EV_READ, NULL);
    } else if (n == 0) {
        c->eof = 1;
        mgr_conn_call(c, NET_EV_EOF, NULL);
    } else if (n == PORT_ERR) {
        const char *msg = !(c->tp_ctx || c->sock != PORT_INVALID) ? "transport detached"
                          : c->tp->last_error                     ? c->tp->last_error(c)
                                                                  : port_last_error();
        mgr_conn_call(c, NET_EV_ERROR, (void *)msg);
        c->closed = 1;
    }
}

static void conn_write(net_conn *c) {
    long sent;
    if (c->closed) return;
    sent = conn_flush(c);
    if (sent > 0 && !c->closed) mgr_conn_call(c, NET_EV_WRITE, &sent);
    else if (sent == 0 && c->tx_len == 0 && c->want_write && !c->closed && !c->closing)
        mgr_conn_call(c, NET_EV_WRITE, &sent);
}

/* ------------------------------------------------------------- listeners */
net_listener *mgr_listener_new(net_mgr *m, net_accept_fn fn, void *ud) {
    net_listener *l = (net_listener *)calloc(1, sizeof *l);
    if (!l) return NULL;
    l->mgr = m;
    l->fn = fn;
    l->ud = ud;
    l->sock = PORT_INVALID;
    l->next = m->listeners;
    m->listeners = l;
    return l;
}

int mgr_listener_bind(net_listener *l, const port_addr *addr, char *err, size_t errlen) {
    port_sock s;
    if (l->bound) {
        if (errlen) {
            strncpy(err, "already listening", errlen - 1);
            err[errlen - 1] = 0;
        }
        return -1;
    }
    if (port_listen(addr, 128, &s, &l->addr, err, errlen) != 0) return -1;
    l->sock = s;
    l->bound = 1;
    return 0;
}

const port_addr *mgr_listener_addr(const net_listener *l) { return &l->addr; }
void mgr_listener_on_nofd(net_listener *l, net_listener_fn fn) { l->on_nofd = fn; }
int mgr_listener_is_bound(const net_listener *l) { return l->bound; }

/* The TLS backend is reached only through mgr_listener_set_tls and
 * mgr_connect_tls (dial.c), so that a program using neither links none of
 * it or of mbedTLS (--gc-sections): the accept path and the frees call
 * through pointers (m->tls_free is set by ca_bundle.c with its first CA
 * cache entry). */
struct net_tls_server_ops {
    int (*attach)(net_tls_server *s, net_conn *c, char *err, size_t errlen);
    void (*release)(net_tls_server *s);
};

static void listener_unlink(net_listener *l) {
    net_listener **pp;
    net_mgr *m = l->mgr;
    for (pp = &m->listeners; *pp; pp = &(*pp)->next) {
        if (*pp == l) {
            *pp = l->next;
            break;
        }
    }
    if (l->tls) l->tls_ops->release(l->tls);
    free(l);
}

void mgr_listener_free(net_listener *l) {
    if (l->bound) port_close(l->sock);
    l->bound = 0;
    l->sock = PORT_INVALID;
    l->dead = 1;
    if (!l->mgr->in_poll) listener_unlink(l);
}

void mgr_conn_opened(net_listener *l, net_conn *c) {
    l->fn(l, c, l->ud);
    if (c->tp->handshake && !c->closed) {
        if (c->closing) {
            /* refused by the accept callback (e.g. too many connections):
             * drop it rather than run a handshake for a canned answer */
            c->closed = 1;
            return;
        }
        /* NET_EV_OPEN after the handshake (TLS) */
        c->state = NET_CS_HANDSHAKE;
        mgr_conn_handshake(c);
        return;
    }
    c->opened = 1;
    if (!c->closed) mgr_conn_call(c, NET_EV_OPEN, NULL);
}

int mgr_listener_set_tls(net_listener *l, const struct net_tls_opts *tls, char *err, size_t errlen) {
    static const struct net_tls_server_ops ops = {net_tls_server_attach, net_tls_server_release};
    net_tls_server *s = net_tls_server_new(l->mgr, tls, err, errlen);
    if (!s) return -1;
    if (l->tls) l->tls_ops->release(l->tls);
    l->tls = s;
    l->tls_ops = &ops;
    return 0;
}

/* Not inlined (GCC) into mgr_poll: its addresses would stay in mgr_poll's
 * frame, under every callback on the device's small stack. */
static void listener_accept(net_listener *l)
#if defined(__GNUC__)
    __attribute__((noinline))
#endif
    ;
static void listener_accept(net_listener *l) {
    int i;
    for (i = 0; i < ACCEPT_BURST; i++) {
        port_sock s;
        port_addr peer, local;
        net_conn *c;
        int r = port_accept(l->sock, &s, &peer, &local);
        if (r == PORT_AGAIN) return;
        if (r == PORT_NOFD) {
            /* the connection stays queued: let the owner free a descriptor
             * (released at this iteration's end), else wait rather than
             * spin on a listener that polls readable */
            int freed = l->on_nofd && l->on_nofd(l, l->ud);
            net_log_peer(PORT_LOG_WARN, "accept: %s; %s", port_last_error(),
                         freed ? "closed an idle connection" : "pausing accepts");
            l->paused_until = mgr_now(l->mgr) + (freed ? 0 : NET_ACCEPT_BACKOFF_MS);
            return;
        }
        if (r != 0) {
            net_log_peer(PORT_LOG_WARN, "accept: %s", port_last_error());
            return;
        }
        c = mgr_conn_new(l->mgr, &net_sock_transport, NULL, s);
        if (!c) {
            port_close(s);
            net_log_peer(PORT_LOG_ERROR, "accept: out of memory");
            return;
        }
        c->peer = peer;
        c->local = local;
        if (l->tls) {
            /* on the heap: no buffer in the accept path's frame */
            char *e = (char *)malloc(200);
            int r = e ? l->tls_ops->attach(l->tls, c, e, 200) : -1;
            if (r != 0) net_log_peer(PORT_LOG_ERROR, "accept: %s", e ? e : "out of memory");
            free(e);
            if (r != 0) {
                c->fn = NULL;
                c->closed = 1;
                continue;
            }
        }
        mgr_conn_opened(l, c);
    }
}


/* Deliver an error now (from the poll loop) and close the conn. */
void mgr_conn_fail(net_conn *c, const char *msg) {
    c->state = NET_CS_FAILED;
    mgr_conn_call(c, NET_EV_ERROR, (void *)msg);
    c->closed = 1;
}

void mgr_conn_established(net_conn *c) {
    int outgoing = c->dial != NULL;
    c->state = NET_CS_OPEN;
    c->hs_want = 0;
    c->opened = 1;
    net_dial_free(c);
    mgr_conn_call(c, outgoing ? NET_EV_CONNECT : NET_EV_OPEN, NULL);
}

/* Run the transport's handshake step; 1 if the conn moved on. */
void mgr_conn_handshake(net_conn *c) {
    char e[400];
    int r;
    e[0] = 0;
    r = c->tp->handshake(c, e, sizeof e);
    if (r == 0) mgr_conn_established(c);
    else if (r != PORT_AGAIN) mgr_conn_fail(c, e[0] ? e : "handshake failed");
    else if (!c->hs_want) c->hs_want = PORT_POLL_IN;
}

/* Progress of a conn that is not open yet, after poll gave it re. */
static void conn_advance(net_conn *c, uint8_t re) {
    switch (c->state) {
    case NET_CS_RESOLVING:
    case NET_CS_CONNECTING: net_dial_advance(c, re); break;
    case NET_CS_FAILED: mgr_conn_fail(c, c->dial && c->dial->err ? c->dial->err : "connection failed"); break;
    case NET_CS_MEMWAIT: mgr_conn_established(c); break;
    case NET_CS_HANDSHAKE:
        if (re) mgr_conn_handshake(c);
        break;
    default: break;
    }
}

/* ----------------------------------------------------------------- loop */
static int min_timeout(int cur, int64_t cand) {
    if (cand < 0) return cur;
    if (cand > 0x7fffffff) cand = 0x7fffffff;
    if (cur < 0 || cand < cur) return (int)cand;
    return cur;
}

int mgr_poll(net_mgr *m, int timeout_ms) {
    uint64_t now;
    size_t n = 0, need, npfd;
    net_listener *lnext;
    net_conn *c, *next;
    net_listener *l;
    int t = timeout_ms;
    int resolving = 0;
    size_t res_base = 0, nres = 0;

    net_timers_run(m, mgr_now(m));
    net_log_roll(0);
    now = mgr_now(m);
    t = min_timeout(t, mgr_timer_next_in(m));
    t = min_timeout(t, net_log_due_in());

    need = m->nconns + PORT_RESOLVE_MAX_FDS;
    for (l = m->listeners; l; l = l->next) need++;
    if (need > m->pfd_cap) {
        port_pollfd *np = (port_pollfd *)realloc(m->pfds, need * sizeof *np);
        if (!np) return -1;
        m->pfds = np;
        m->pfd_cap = need;
    }
    for (l = m->listeners; l; l = l->next) {
        l->in_pfd = 0;
        if (!l->bound) continue;
        if (l->paused_until > now) {
            t = min_timeout(t, (int64_t)(l->paused_until - now));
            continue;
        }
        l->in_pfd = 1;
        m->pfds[n].sock = l->sock;
        m->pfds[n].events = PORT_POLL_IN;
        m->pfds[n].revents = 0;
        n++;
    }
    for (c = m->conns; c; c = c->next) {
        int can_read = !c->eof && !c->rx_paused && c->rx_len < NET_RX_SIZE && !c->closing;
        uint8_t ev;
        c->in_pfd = 0;
        if (c->closed || (c->closing && c->tx_len == 0) || c->kick) t = 0;
        if (c->deadline) t = min_timeout(t, c->deadline <= now ? 0 : (int64_t)(c->deadline - now));
        if (c->closed) continue;
        if (c->state != NET_CS_OPEN) {
            if (c->state == NET_CS_FAILED || c->state == NET_CS_MEMWAIT) {
                t = 0;
                continue;
            }
            if (c->state == NET_CS_RESOLVING) {
                resolving = 1;
                continue;
            }
            if (c->sock == PORT_INVALID) continue;
            ev = c->state == NET_CS_CONNECTING ? PORT_POLL_OUT : (uint8_t)(c->hs_want ? c->hs_want : PORT_POLL_IN);
        } else {
            if (c->tp->ready && (c->tp->ready(c) && can_read)) t = 0;
            if (c->sock == PORT_INVALID) {
                if (c->tx_len > 0 || (c->want_write && !c->closing)) t = 0;
                continue;
            }
            ev = (uint8_t)((can_read ? PORT_POLL_IN : 0) | ((c->tx_len > 0 || c->want_write) ? PORT_POLL_OUT : 0));
        }
        m->pfds[n].sock = c->sock;
        m->pfds[n].events = ev;
        m->pfds[n].revents = 0;
        c->in_pfd = 1;
        n++;
    }
    if (resolving) {
        /* the resolver's sockets go after the conns' */
        res_base = n;
        nres = port_resolve_pollfds(m->pfds + n, PORT_RESOLVE_MAX_FDS);
        n += nres;
        t = min_timeout(t, port_resolve_timeout_ms());
    }
    if (n == 0 && t < 0) t = 0;
    npfd = n;
    m->in_poll = 1;
    if (port_poll(m->pfds, n, t) < 0) port_log(PORT_LOG_WARN, "poll: %s", port_last_error());
    now = m->now = m->clock(m->clock_ud);
    if (resolving) port_resolve_process(m->pfds + res_base, nres);

    /* dispatch: same order as the pollfd array was built */
    n = 0;
    for (l = m->listeners; l; l = l->next) {
        if (!l->in_pfd) continue;
        l->in_pfd = 0;
        if (!l->dead && n < npfd && m->pfds[n].sock == l->sock && m->pfds[n].revents) listener_accept(l);
        n++;
    }
    for (c = m->conns; c; c = c->next) {
        uint8_t re = 0;
        if (c->in_pfd) {
            /* our pollfd entry: conns created in this pass have none */
            c->in_pfd = 0;
            if (n < npfd && m->pfds[n].sock == c->sock) re = m->pfds[n++].revents;
            else {
                size_t i;
                for (i = 0; i < npfd; i++)
                    if (m->pfds[i].sock == c->sock) {
                        re = m->pfds[i].revents;
                        break;
                    }
            }
        }
        if (c->closed) continue;
        if (c->state != NET_CS_OPEN) {
            conn_advance(c, re);
            if (c->closed) continue;
            if (c->state != NET_CS_OPEN) goto deadline;
        }
        if (c->kick) {
            c->kick = 0;
            if (!c->closing) mgr_conn_call(c, NET_EV_READ, NULL);
            if (c->closed) continue;
        }
        if (c->sock == PORT_INVALID) {
            if (c->tp->ready && c->tp->ready(c)) conn_read(c);
            conn_write(c);
        } else {
            if (!(re & PORT_POLL_IN) && c->tp->ready && c->tp->ready(c)) re |= PORT_POLL_IN;
            if (re & (PORT_POLL_IN | PORT_POLL_ERR)) {
                int could = !c->eof && !c->rx_paused && c->rx_len < NET_RX_SIZE;
                if (could) conn_read(c);
                else if ((re & PORT_POLL_ERR) && !(re & PORT_POLL_OUT)) {
                    mgr_conn_call(c, NET_EV_ERROR, (void *)"connection reset by peer");
                    c->closed = 1;
                }
            }
            /* what the read just queued goes out now, not after another poll */
            if ((re & (PORT_POLL_OUT | PORT_POLL_ERR)) || c->tx_len > 0) conn_write(c);
        }
    deadline:
        if (!c->closed && c->deadline && mgr_now(m) >= c->deadline) {
            c->deadline = 0;
            mgr_conn_call(c, NET_EV_TIMEOUT, NULL);
        }
    }

    /* close phase: nothing of these conns is on the stack now */
    for (c = m->conns; c; c = next) {
        next = c->next;
        if (c->closing && !c->closed && c->tx_len > 0 && c->sock == PORT_INVALID && c->state == NET_CS_OPEN)
            conn_flush(c);
        if (c->closed || (c->closing && c->tx_len == 0)) conn_finish(m, c);
    }
    m->in_poll = 0;
    for (l = m->listeners; l; l = lnext) {
        lnext = l->next;
        if (l->dead) listener_unlink(l);
    }
    return (int)(m->nconns + m->ntimers) + (mgr_has_work(m) ? 1 : 0);
}

void mgr_run(net_mgr *m) {
    m->stop = 0;
    while (!m->stop && mgr_has_work(m)) mgr_poll(m, -1);
}
