/* port_esp_idf.h - ESP-IDF-only additions to port.h.
 *
 * Not used by net/ today; kept here so the HTTP client (issue 4) and the
 * TLS glue have a platform entry point on the device:
 *   port_random      bytes from the hardware RNG (esp_fill_random), for
 *                    mbedTLS's entropy / ctr_drbg seeding;
 *   port_resolve_*   non-blocking DNS through lwIP's resolver.  On the
 *                    host the same role is played by c-ares.
 */
#ifndef TSFW_PORT_ESP_IDF_H
#define TSFW_PORT_ESP_IDF_H

#include <stddef.h>
#include "port.h"

void port_random(void *buf, size_t len);

/* Start resolving name (IPv4).  Returns a handle >= 0, or PORT_ERR when no
 * slot is free.  Poll it from the event loop with port_resolve_check. */
int port_resolve_start(const char *name);
/* 1: done, *out filled (port 0); 0: still pending; PORT_ERR: failed (the
 * handle is released on 1 and on PORT_ERR). */
int port_resolve_check(int handle, port_addr *out);

#endif
