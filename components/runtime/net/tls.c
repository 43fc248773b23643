/* tls.c - TLS glue (mbedTLS).  Placeholder until the mbedTLS transport
 * lands: every TLS entry point fails. */
#include "tls.h"
#include "mgr.h"

#include <stdio.h>

int net_tls_client_attach(struct net_conn *c, const char *host, uint16_t port,
                          const net_tls_opts *opts, char *err, size_t errlen) {
    (void)c; (void)host; (void)port; (void)opts;
    if (err && errlen) snprintf(err, errlen, "HTTPS is not available in this build");
    return -1;
}
