/* mem_pipe.c - the memory transport: a conn whose peer is a pair of
 * buffers the program fills and drains (the C tests and fuzzers, through
 * http_server_accept_mem and http_client_new_mem), driven by the same
 * poll loop as sockets. */
#include "net_internal.h"

#include <stdlib.h>
#include <string.h>

struct net_mem_pipe {
    unsigned char *in;
    size_t in_len, in_cap;
    int in_eof;
    unsigned char *out;
    size_t out_len, out_cap;
    size_t read_chunk;
    int closed;
    net_conn *conn;
};

/* a pipe buffer: 0, or -1 when out of memory */
static int grow(unsigned char **buf, size_t *cap, size_t need) {
    unsigned char *nb = (unsigned char *)net_buf_grow(*buf, cap, need, 256);
    if (!nb) return -1;
    *buf = nb;
    return 0;
}

static long mem_recv(net_conn *c, void *buf, size_t len) {
    net_mem_pipe *p = (net_mem_pipe *)c->tp_ctx;
    size_t n;
    if (!p) return PORT_ERR;
    if (p->in_len == 0) return p->in_eof ? 0 : PORT_AGAIN;
    n = p->in_len < len ? p->in_len : len;
    if (p->read_chunk && n > p->read_chunk) n = p->read_chunk;
    memcpy(buf, p->in, n);
    memmove(p->in, p->in + n, p->in_len - n);
    p->in_len -= n;
    return (long)n;
}

static long mem_send(net_conn *c, const void *buf, size_t len) {
    net_mem_pipe *p = (net_mem_pipe *)c->tp_ctx;
    if (!p) return PORT_ERR;
    if (grow(&p->out, &p->out_cap, p->out_len + len) != 0) return PORT_AGAIN;
    memcpy(p->out + p->out_len, buf, len);
    p->out_len += len;
    return (long)len;
}

static int mem_ready(net_conn *c) {
    net_mem_pipe *p = (net_mem_pipe *)c->tp_ctx;
    if (!p) return 1; /* detached: let recv report the error */
    return p->in_len > 0 || (p->in_eof && !c->eof);
}

static void mem_close(net_conn *c) {
    net_mem_pipe *p = (net_mem_pipe *)c->tp_ctx;
    if (p) {
        p->closed = 1;
        p->conn = NULL;
    }
    c->tp_ctx = NULL;
}

static const net_transport mem_transport = {"memory", mem_recv, mem_send, NULL, mem_ready, mem_close, NULL, NULL};

net_mem_pipe *net_mem_pipe_new(void) { return (net_mem_pipe *)calloc(1, sizeof(net_mem_pipe)); }

void net_mem_pipe_free(net_mem_pipe *p) {
    if (!p) return;
    if (p->conn) {
        p->conn->tp_ctx = NULL;
        net_conn_close(p->conn, 0);
    }
    free(p->in);
    free(p->out);
    free(p);
}

int net_mem_pipe_write(net_mem_pipe *p, const void *data, size_t len) {
    if (p->in_eof || p->closed) return -1;
    if (grow(&p->in, &p->in_cap, p->in_len + len) != 0) return -1;
    memcpy(p->in + p->in_len, data, len);
    p->in_len += len;
    return 0;
}

void net_mem_pipe_shutdown(net_mem_pipe *p) { p->in_eof = 1; }
void net_mem_pipe_set_read_chunk(net_mem_pipe *p, size_t n) { p->read_chunk = n; }

const unsigned char *net_mem_pipe_output(const net_mem_pipe *p, size_t *len) {
    *len = p->out_len;
    return p->out;
}

void net_mem_pipe_consume(net_mem_pipe *p, size_t n) {
    if (n > p->out_len) n = p->out_len;
    if (n == 0) return;
    memmove(p->out, p->out + n, p->out_len - n);
    p->out_len -= n;
}

int net_mem_pipe_closed(const net_mem_pipe *p) { return p->closed; }
net_conn *net_mem_pipe_conn(const net_mem_pipe *p) { return p->conn; }

net_conn *mgr_mem_accept(net_listener *l, net_mem_pipe *p, const port_addr *peer) {
    net_conn *c = mgr_conn_new(l->mgr, &mem_transport, p, PORT_INVALID);
    if (!c) return NULL;
    p->conn = c;
    p->closed = 0;
    if (peer) c->peer = *peer;
    c->local.family = 4;
    c->local.ip[0] = 127;
    c->local.ip[3] = 1;
    mgr_conn_opened(l, c);
    return c;
}

net_conn *mgr_mem_connect(net_mgr *m, net_mem_pipe *p, net_conn_fn fn, void *ud) {
    net_conn *c = mgr_conn_new(m, &mem_transport, p, PORT_INVALID);
    if (!c) return NULL;
    p->conn = c;
    p->closed = 0;
    c->fn = fn;
    c->fn_ud = ud;
    c->peer.family = 4;
    c->peer.ip[0] = 127;
    c->peer.ip[3] = 1;
    c->local = c->peer;
    c->state = NET_CS_MEMWAIT;
    /* dial marks the conn as outgoing (NET_EV_CONNECT, not NET_EV_OPEN) */
    c->dial = (struct net_dial *)calloc(1, sizeof *c->dial);
    if (c->dial) c->dial->rh = -1;
    if (!c->dial) {
        p->conn = NULL;
        mgr_conn_free(m, c);
        return NULL;
    }
    return c;
}
