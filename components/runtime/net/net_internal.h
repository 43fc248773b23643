/* net_internal.h - manager internals shared by mgr.c, dial.c, mem_pipe.c,
 * timer.c and the TLS backend. */
#ifndef TSFW_NET_INTERNAL_H
#define TSFW_NET_INTERNAL_H

#include "mgr.h"
#include "timer.h"

typedef struct net_timer {
    struct net_timer *next;
    uint64_t due;
    uint64_t repeat;
    uint64_t seq;
    uint32_t id;
    int cancelled;
    net_timer_fn fn;
    void *ud;
    void (*ud_free)(void *);
} net_timer;

struct net_listener {
    net_listener *next;
    net_mgr *mgr;
    net_accept_fn fn;
    void *ud;
    port_sock sock;
    port_addr addr;
    int bound;
    int dead;
    int in_pfd;                               /* has a pollfd entry in this iteration */
    uint64_t paused_until;                    /* out of descriptors: no accept before this (mgr clock) */
    net_listener_fn on_nofd;                  /* see mgr_listener_on_nofd; NULL = none */
    struct net_tls_server *tls;               /* accepted conns get TLS (tls_mbed.c) */
    const struct net_tls_server_ops *tls_ops; /* set with tls */
};

struct net_mgr {
    net_conn *conns;
    size_t nconns;
    net_listener *listeners;
    net_timer *timers; /* sorted by (due, seq) */
    size_t ntimers;
    net_timer *firing; /* timer whose callback is running */
    uint32_t next_timer_id;
    uint64_t timer_seq;
    unsigned long next_conn_id;
    int stop;
    int in_poll;  /* mgr_poll is dispatching the events of one wait */
    uint64_t now; /* the clock read once after that wait: mgr_now while in_poll */
    uint64_t (*clock)(void *ud);
    void *clock_ud;
    port_pollfd *pfds;
    size_t pfd_cap;
    void *tls_cas;                /* ca_bundle.c's CA bundle cache */
    void (*tls_free)(net_mgr *m); /* set on first TLS use; frees tls_cas */
};

/* Connection states (net_conn.state).  Accepted conns start OPEN (or
 * HANDSHAKE for TLS); outgoing ones go RESOLVING -> CONNECTING ->
 * [HANDSHAKE] -> OPEN, or to FAILED, which delivers the stored error on
 * the next poll (errors are never reported from inside mgr_connect). */
enum {
    NET_CS_OPEN = 0,
    NET_CS_RESOLVING,
    NET_CS_CONNECTING,
    NET_CS_HANDSHAKE,
    NET_CS_MEMWAIT, /* mgr_mem_connect: NET_EV_CONNECT on the next poll */
    NET_CS_FAILED
};

/* What an outgoing conn needs until it is connected (dial.c).  A conn
 * with a dial is outgoing: NET_EV_CONNECT, not NET_EV_OPEN. */
struct net_dial {
    char *host; /* as given, without [ ] */
    uint16_t port;
    char *err;      /* NET_CS_FAILED: the message to deliver */
    int rh;         /* NET_CS_RESOLVING: port_resolve handle, else -1 */
    char why[200];  /* the port's reason for a failed resolve or connect */
    port_addr addr; /* the resolved address (here, not on the stack) */
};

/* mgr.c: a conn's life, for dial.c and mem_pipe.c */
extern const net_transport net_sock_transport;
net_conn *mgr_conn_new(net_mgr *m, const net_transport *tp, void *ctx, port_sock s);
void mgr_conn_free(net_mgr *m, net_conn *c); /* unlinks and frees, no event */
void mgr_conn_call(net_conn *c, int ev, void *data);
void mgr_conn_opened(net_listener *l, net_conn *c); /* accepted: callback, then handshake or NET_EV_OPEN */
void mgr_conn_handshake(net_conn *c);               /* one step of the transport's handshake */
void mgr_conn_established(net_conn *c);             /* NET_EV_CONNECT or NET_EV_OPEN */
void mgr_conn_fail(net_conn *c, const char *msg);   /* NET_EV_ERROR now, then closed */

/* dial.c */
void net_dial_free(net_conn *c);
void net_dial_advance(net_conn *c, uint8_t re); /* RESOLVING or CONNECTING, after poll */

void net_timers_run(net_mgr *m, uint64_t now);
void net_timers_free_all(net_mgr *m);

#endif
