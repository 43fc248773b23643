/* port_bsd.h - what port/bsd/port_bsd.c offers the ports built on it
 * (port/posix, port/esp-idf) besides port.h. */
#ifndef TSFW_PORT_BSD_H
#define TSFW_PORT_BSD_H

#include "../port.h"

#include <sys/socket.h>
#include <sys/stat.h>

/* port_last_error() reads strerror(e) from now on. */
void port_bsd_set_err(int e);
/* The log level before the app sets one: each port's own default. */
int port_log_initial_level(void);
/* st from a stat() result. */
void port_bsd_fill_stat(const struct stat *s, port_stat *st);
/* a from a socket address (the resolvers' answers). */
void port_bsd_from_sockaddr(const struct sockaddr_storage *ss, port_addr *a);

#endif /* TSFW_PORT_BSD_H */
