/* mgr.h - the event manager: one thread, non-blocking connections, timers.
 *
 * A net_mgr owns every connection, listener and timer created on it.  All
 * callbacks run on the thread that calls mgr_poll()/mgr_run(); nothing here
 * is thread-safe.  There are no platform headers: sockets and time come
 * from port/port.h.
 *
 * Connections
 *   A net_conn has a transport (vtable: plain socket, memory pipe, TLS),
 *   a small fixed receive buffer (NET_RX_SIZE bytes) and a send buffer
 *   that grows on demand up to the conn's tx_max (writes beyond it fail).
 *   The protocol above (HTTP) installs a callback with net_conn_set_handler()
 *   and receives NET_EV_* events.  A conn is freed only by the manager, after
 *   NET_EV_CLOSE has been delivered, at a point where no callback of that
 *   conn is on the stack: a net_conn * is valid until its NET_EV_CLOSE
 *   callback returns.
 *
 * Lifetime of the manager: mgr_free() closes every connection (delivering
 * NET_EV_CLOSE), closes listeners and cancels timers (calling their
 * ud_free hooks).
 */
#ifndef TSFW_NET_MGR_H
#define TSFW_NET_MGR_H

#include <stddef.h>
#include <stdint.h>
#include "../port/port.h"

#ifndef NET_RX_SIZE
#define NET_RX_SIZE 2048 /* fixed per-connection receive buffer */
#endif
#ifndef NET_TX_MAX_DEFAULT
#define NET_TX_MAX_DEFAULT (1024u * 1024u) /* send buffer cap per connection */
#endif

/* A heap buffer big enough for need bytes: buf itself when it is allocated
 * and *cap is enough, else buf reallocated to double *cap (starting at
 * first) until it fits, with *cap updated.  NULL only when out of memory,
 * with buf and *cap as they were. */
void *net_buf_grow(void *buf, size_t *cap, size_t need, size_t first);

typedef struct net_mgr net_mgr;
typedef struct net_conn net_conn;
typedef struct net_listener net_listener;
typedef struct net_mem_pipe net_mem_pipe;
struct net_tls_opts; /* tls.h */

/* Events delivered to a connection's handler. */
enum net_ev {
    NET_EV_OPEN = 1, /* accepted (on a TLS listener: handshake done); ev_data NULL */
    NET_EV_READ,     /* new bytes in c->rx (c->rx_len); consume with net_conn_rx_consume */
    NET_EV_EOF,      /* peer closed its sending side; default action: none */
    NET_EV_WRITE,    /* bytes left the send buffer, or the conn asked for
                         NET_EV_WRITE with c->want_write and tx is empty;
                         ev_data: const long *, the bytes that left (0) */
    NET_EV_TIMEOUT,  /* c->deadline passed (it is cleared before the call) */
    NET_EV_ERROR,    /* ev_data: const char * message; the conn is closing */
    NET_EV_CLOSE,    /* last event; the conn is freed after the handler returns */
    NET_EV_CONNECT   /* outgoing conn (mgr_connect): name resolved, TCP
                         connected and, for TLS, the handshake and certificate
                         check done; ev_data NULL.  Failures arrive as
                         NET_EV_ERROR then NET_EV_CLOSE instead. */
};

typedef void (*net_conn_fn)(net_conn *c, int ev, void *ev_data, void *ud);

/* Transport vtable.  Plain sockets, the memory pipe and TLS implement it; the HTTP code only ever calls net_conn_* functions. */
typedef struct net_transport {
    const char *name;
    long (*recv)(net_conn *c, void *buf, size_t len);       /* >0, 0 EOF, PORT_AGAIN, PORT_ERR */
    long (*send)(net_conn *c, const void *buf, size_t len); /* >=0, PORT_AGAIN, PORT_ERR */
    /* Optional (NULL = not supported): file -> conn without copying. */
    long (*sendfile)(net_conn *c, port_fd fd, uint64_t off, size_t len);
    /* Optional: nonzero if recv/send can progress without waiting on the
     * socket (memory pipe with pending input, TLS with buffered records). */
    int (*ready)(net_conn *c);
    void (*close)(net_conn *c);
    /* Optional: a handshake that must finish before the conn is usable
     * (TLS).  The manager calls it once the socket is connected (or
     * accepted) and again whenever the socket is ready for the events the
     * transport put in c->hs_want.  Returns 0 when done, PORT_AGAIN (set
     * c->hs_want to PORT_POLL_IN and/or PORT_POLL_OUT), or PORT_ERR with a
     * message in err.  NET_EV_OPEN / NET_EV_CONNECT come after it. */
    int (*handshake)(net_conn *c, char *err, size_t errlen);
    /* Optional: text of the last failed recv/send (NULL = port_last_error). */
    const char *(*last_error)(net_conn *c);
} net_transport;

struct net_conn {
    /* ---- read-only for users ---- */
    unsigned long id; /* 1, 2, 3, ... per manager */
    net_mgr *mgr;
    port_addr peer; /* remote address */
    port_addr local;
    unsigned char rx[NET_RX_SIZE];
    size_t rx_len; /* valid bytes at rx[0..rx_len) */
    size_t tx_len; /* bytes waiting in the send buffer */
    /* ---- protocol-owned fields ---- */
    uint64_t deadline;       /* absolute ms (mgr clock); 0 = none */
    unsigned rx_paused : 1;  /* don't read more input for now */
    unsigned want_write : 1; /* deliver NET_EV_WRITE when tx is empty */
    unsigned kick : 1;       /* deliver NET_EV_READ on the next poll (net_conn_kick) */
    size_t tx_max;           /* send buffer cap (default NET_TX_MAX_DEFAULT) */
    /* ---- transport ---- */
    const net_transport *tp;
    void *tp_ctx;
    port_sock sock; /* PORT_INVALID for memory conns */
    /* ---- private to mgr.c ---- */
    net_conn *next;
    net_conn_fn fn;
    void *fn_ud;
    unsigned char *tx;
    size_t tx_off, tx_cap;
    unsigned closing : 1; /* close once tx is flushed */
    unsigned closed : 1;  /* close now */
    unsigned eof : 1;
    unsigned opened : 1;
    unsigned in_cb : 1;
    unsigned in_pfd : 1;   /* has a pollfd entry in this iteration */
    unsigned char state;   /* NET_CS_* in net_internal.h: connecting, open, ... */
    unsigned char hs_want; /* PORT_POLL_* the handshake waits for */
    struct net_dial *dial; /* outgoing conns, until connected */
};

/* ---------------------------------------------------------------- manager */
net_mgr *mgr_new(void);
void mgr_free(net_mgr *m);
/* One iteration: fire due timers, wait for readiness up to timeout_ms
 * (-1 = until something happens, capped by the next timer or deadline),
 * dispatch I/O, deliver timeouts and close events.  Returns the number of
 * connections + listeners + timers still alive. */
int mgr_poll(net_mgr *m, int timeout_ms);
/* Loop until nothing is left to wait on (no listening socket, no
 * connection, no timer) or mgr_stop() is called - like node exiting. */
void mgr_run(net_mgr *m);
void mgr_stop(net_mgr *m);
/* 1 if a listener with a socket, a connection or a timer is alive. */
int mgr_has_work(const net_mgr *m);
/* The manager's clock (ms).  Tests and the simulation port replace it. */
uint64_t mgr_now(const net_mgr *m);
void mgr_set_clock(net_mgr *m, uint64_t (*now)(void *ud), void *ud);
size_t mgr_conn_count(const net_mgr *m);
net_conn *mgr_conn_by_id(net_mgr *m, unsigned long id);

/* ----------------------------------------------------------- connections */
void net_conn_set_handler(net_conn *c, net_conn_fn fn, void *ud);
/* Queue bytes for sending.  0 on success, -1 if the conn is closing or the
 * send buffer would exceed tx_max. */
int net_conn_send(net_conn *c, const void *buf, size_t len);
/* Room for len more bytes at the end of the send buffer, to be filled in
 * place (a file read straight into it, with no buffer on the stack); NULL
 * as net_conn_send fails.  net_conn_send_commit(c, n) then queues the
 * first n <= len of them. */
void *net_conn_send_reserve(net_conn *c, size_t len);
void net_conn_send_commit(net_conn *c, size_t n);
/* Printf-free helper for building output: append a C string. */
int net_conn_send_str(net_conn *c, const char *s);
/* Drop n bytes from the front of rx. */
void net_conn_rx_consume(net_conn *c, size_t n);
/* Close after the send buffer drains (graceful) / immediately. */
void net_conn_close(net_conn *c, int graceful);
int net_conn_is_closing(const net_conn *c);
/* Deliver NET_EV_READ on the next poll even with no new bytes: input kept
 * in rx is handled from the loop, not from inside the caller (the app's
 * res.end, on the device's small stack). */
void net_conn_kick(net_conn *c);
int net_conn_eof(const net_conn *c);
/* Try to push file bytes straight to the transport (sendfile), after what
 * tx holds.  Returns bytes sent (>=0), PORT_AGAIN, PORT_ERR or
 * PORT_NOSYS (transport or platform cannot: copy through the buffer). */
long net_conn_sendfile(net_conn *c, port_fd fd, uint64_t off, size_t len);

/* ------------------------------------------------------------- listeners */
/* Called for every accepted connection, before NET_EV_OPEN; it must
 * install a handler with net_conn_set_handler (or close the conn). */
typedef void (*net_accept_fn)(net_listener *l, net_conn *c, void *ud);
net_listener *mgr_listener_new(net_mgr *m, net_accept_fn fn, void *ud);
/* Bind and listen.  0, or -1 with a message in err. */
int mgr_listener_bind(net_listener *l, const port_addr *addr, char *err, size_t errlen);
const port_addr *mgr_listener_addr(const net_listener *l); /* bound address */
int mgr_listener_is_bound(const net_listener *l);
/* Wrap every connection accepted from now on in TLS (server side; see
 * tls.h).  Call before or after bind.  0, or -1 with a message in err
 * ("ssl_cert server.pem: ..."); without TLS (tls_none.c) always -1. */
int mgr_listener_set_tls(net_listener *l, const struct net_tls_opts *tls, char *err, size_t errlen);
/* When accepting fails for lack of descriptors (EMFILE), the listener calls
 * fn(l, ud of mgr_listener_new), which may close a connection to free one
 * and returns 1 if it did: accepting resumes on the next iteration, once
 * that descriptor is released.  Otherwise the listener stops accepting for
 * NET_ACCEPT_BACKOFF_MS: no busy loop on a listener that stays readable.
 * The failure is logged, rate-limited (log.h). */
#ifndef NET_ACCEPT_BACKOFF_MS
#define NET_ACCEPT_BACKOFF_MS 250
#endif
typedef int (*net_listener_fn)(net_listener *l, void *ud);
void mgr_listener_on_nofd(net_listener *l, net_listener_fn fn);
/* Close the socket and free the listener (connections are not touched). */
void mgr_listener_free(net_listener *l);

/* -------------------------------------------------- outgoing connections */
/* Connect to host:port.  host is a name ("example.com", resolved without
 * blocking), an IPv4 address or an IPv6 address (with or without [ ]).
 * mgr_connect is plain TCP; mgr_connect_tls is TLS with these options
 * (server name = host unless tls->server_name is set).  They are two
 * functions so that a program that never calls mgr_connect_tls links no TLS
 * code.  The handler gets NET_EV_CONNECT
 * when the conn is usable, or NET_EV_ERROR with a message that names host,
 * port and reason, e.g.
 *     "connect 127.0.0.1:1: Connection refused"
 *     "resolve nosuch.invalid: Domain name not found"
 *     "TLS handshake with localhost:8443: certificate verify failed: certificate is not signed by a trusted CA"
 *     "cannot read CA file ca.pem: No such file or directory"
 * then NET_EV_CLOSE.  Bytes sent before NET_EV_CONNECT wait in the send
 * buffer.  c->deadline applies from the start (connect timeouts): while
 * resolving, connecting or in the TLS handshake it delivers NET_EV_TIMEOUT
 * like later on, and the handler decides (usually closes).  A name
 * resolves to one address (IPv4 preferred, see port.h); c->peer is that
 * address once connecting, c->local is not filled in.  Returns
 * NULL only when out of memory or host is empty (err says which); every
 * other failure is reported through the handler, never synchronously. */
net_conn *mgr_connect(net_mgr *m, const char *host, uint16_t port, net_conn_fn fn, void *ud, char *err, size_t errlen);
net_conn *mgr_connect_tls(net_mgr *m, const char *host, uint16_t port, const struct net_tls_opts *tls, net_conn_fn fn,
                          void *ud, char *err, size_t errlen);
typedef net_conn *(*mgr_connect_tls_fn)(net_mgr *m, const char *host, uint16_t port, const struct net_tls_opts *tls,
                                        net_conn_fn fn, void *ud, char *err, size_t errlen);
/* The "server side" of a memory pipe as an outgoing conn (tests, fuzzing,
 * the simulation port): the pipe's input is what the server sends, its
 * output what the conn sent.  NET_EV_CONNECT arrives on the next mgr_poll. */
net_conn *mgr_mem_connect(net_mgr *m, net_mem_pipe *p, net_conn_fn fn, void *ud);

/* --------------------------------------------------------- memory transport
 * A net_mem_pipe stands in for a socket: the test (or the simulation port)
 * writes "client" bytes into it and reads what the server sent.  The pipe is
 * owned by its creator and outlives the conn: when the conn closes, the pipe
 * is marked closed and detached; freeing a pipe whose conn is still open
 * closes the conn (it receives NET_EV_CLOSE on the next mgr_poll). */
net_mem_pipe *net_mem_pipe_new(void);
void net_mem_pipe_free(net_mem_pipe *p);
/* Accept the pipe on listener l as if a client at peer connected. */
net_conn *mgr_mem_accept(net_listener *l, net_mem_pipe *p, const port_addr *peer);
int net_mem_pipe_write(net_mem_pipe *p, const void *data, size_t len); /* client -> server */
void net_mem_pipe_shutdown(net_mem_pipe *p);                           /* client EOF */
/* Limit how many bytes one transport recv() returns (0 = unlimited), to
 * exercise partial reads. */
void net_mem_pipe_set_read_chunk(net_mem_pipe *p, size_t n);
const unsigned char *net_mem_pipe_output(const net_mem_pipe *p, size_t *len);
void net_mem_pipe_consume(net_mem_pipe *p, size_t n);
int net_mem_pipe_closed(const net_mem_pipe *p);     /* server side closed */
net_conn *net_mem_pipe_conn(const net_mem_pipe *p); /* NULL once closed */

#endif /* TSFW_NET_MGR_H */
