/* tls_none.c - the TLS functions of a build without TLS (the emulated
 * targets): they exist, and fail with "HTTPS is not available in this
 * build", so net/ and api/ need no #ifdef. */
#include "tls.h"

#include <stdio.h>

#define NO_TLS_MSG "HTTPS is not available in this build"

static void put_err(char *err, size_t errlen, const char *msg) {
    if (err && errlen) snprintf(err, errlen, "%s", msg);
}

int net_tls_client_attach(struct net_conn *c, const char *host, uint16_t port, const net_tls_opts *opts, char *err,
                          size_t errlen) {
    (void)c;
    (void)host;
    (void)port;
    (void)opts;
    put_err(err, errlen, NO_TLS_MSG);
    return -1;
}

net_tls_server *net_tls_server_new(struct net_mgr *m, const net_tls_opts *opts, char *err, size_t errlen) {
    (void)m;
    (void)opts;
    put_err(err, errlen, NO_TLS_MSG);
    return NULL;
}

int net_tls_server_attach(net_tls_server *s, struct net_conn *c, char *err, size_t errlen) {
    (void)s;
    (void)c;
    put_err(err, errlen, NO_TLS_MSG);
    return -1;
}

void net_tls_server_release(net_tls_server *s) { (void)s; }
int net_tls_available(void) { return 0; }
