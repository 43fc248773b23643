/* net_internal.h - manager internals shared by mgr.c and timer.c. */
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
    struct net_tls_server *tls;               /* accepted conns get TLS (tls.c) */
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
    int in_poll;
    uint64_t (*clock)(void *ud);
    void *clock_ud;
    port_pollfd *pfds;
    size_t pfd_cap;
    void *tls_cas;                /* tls.c's CA bundle cache */
    void (*tls_free)(net_mgr *m); /* set on first TLS use; frees tls_cas */
};

void net_timers_run(net_mgr *m, uint64_t now);
void net_timers_free_all(net_mgr *m);

#endif
