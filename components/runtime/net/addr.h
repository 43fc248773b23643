/* addr.h - IP address parsing and formatting (pure C, no platform headers). */
#ifndef TSFW_NET_ADDR_H
#define TSFW_NET_ADDR_H

#include <stddef.h>
#include "../port/port.h"

/* Parse a literal IPv4 ("192.168.0.1") or IPv6 ("::1", "fe80::1",
 * "::ffff:10.0.0.1") address of exactly len bytes.  0 or -1. */
int net_ip_parse(const char *s, size_t len, port_addr *out);
/* Parse a listen address: "8000" (all IPv4 interfaces), ":8000",
 * "127.0.0.1:8000", "localhost:8000", "[::1]:8000", "[::]:8000".
 * 0, or -1 with a message in err. */
int net_listen_addr_parse(const char *s, port_addr *out, char *err, size_t errlen);
/* Text form of the IP ("10.0.0.1", "::1", "::ffff:10.0.0.1"); returns
 * the length written (buf always NUL-terminated if len > 0). */
size_t net_ip_str(const port_addr *a, char *buf, size_t len);
/* "1.2.3.4:80" or "[::1]:80" */
size_t net_addr_str(const port_addr *a, char *buf, size_t len);
/* If a is an IPv4-mapped IPv6 address (::ffff:a.b.c.d) store the IPv4
 * form in out and return 1; otherwise copy a and return 0. */
int net_addr_unmap(const port_addr *a, port_addr *out);

#endif
