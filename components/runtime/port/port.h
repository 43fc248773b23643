/* port.h - the platform layer of the tsfw runtime.
 *
 * Only code under components/runtime/port/ may include platform headers
 * (sys/socket.h, poll.h, unistd.h, lwip/..., esp_*.h) or test which
 * platform it is built for.  Everything above (net/, core/) talks to the
 * platform through this header only.
 *
 * Implementations:
 *   port/bsd/      BSD sockets, poll() and POSIX files, written against the
 *                  subset lwIP offers: shared by posix/ and esp-idf/.
 *   port/posix/    Linux (host build): clock, log, getrandom, c-ares DNS.
 *   port/esp-idf/  ESP-IDF and ESP8266_RTOS_SDK: esp_timer, ESP_LOG, the
 *                  hardware RNG, lwIP's resolver, SPIFFS folders.
 *   port/sim/      the emulated targets: no sockets, scripted memory
 *                  connections, a virtual clock.
 *
 * Conventions
 *   - Sockets and files are small integers (port_sock / port_fd), as on
 *     POSIX, lwIP and ESP-IDF's VFS.  PORT_INVALID is never a valid handle.
 *   - I/O calls return a byte count >= 0 or one of the negative PORT_*
 *     codes below; they never block (sockets are always non-blocking).
 *   - Addresses are port_addr values (no struct sockaddr above this layer).
 */
#ifndef TSFW_PORT_H
#define TSFW_PORT_H

#include <stddef.h>
#include <stdint.h>

#define PORT_INVALID (-1)

/* 1 when built for a microcontroller (the ESP8266's and ESP32s' cores, and
 * their emulated builds): the core sizes its buffers and limits for little
 * RAM. */
#if defined(__XTENSA__) || defined(__riscv)
#define PORT_SMALL_RAM 1
#else
#define PORT_SMALL_RAM 0
#endif

/* Date.now(): milliseconds since the epoch, with the platform's precision
 * (builds with TS_HAVE_PORT_CLOCK; C99 alone only has whole seconds). */
double ts_port_now_ms(void);

/* A setting from the environment (the host's TSFW_CA_FILE), or NULL where
 * the platform has none. */
const char *port_getenv(const char *name);

/* negative return codes */
#define PORT_AGAIN (-1) /* would block; try after the next poll     */
#define PORT_ERR   (-2) /* hard error; see port_last_error()         */
#define PORT_NOSYS (-3) /* not available on this platform (sendfile) */
#define PORT_NOFD  (-4) /* port_accept: no descriptor left (EMFILE, ENFILE) */

typedef int port_sock;
typedef int port_fd;

/* An IPv4 or IPv6 endpoint.  For IPv4 only ip[0..3] are used. */
typedef struct port_addr {
    uint8_t family;    /* 4 or 6 (0 = unset) */
    uint8_t ip[16];    /* network byte order */
    uint16_t port;     /* host byte order */
    uint32_t scope_id; /* IPv6 zone index, 0 if none */
} port_addr;

/* ---------------------------------------------------------------- time */
uint64_t port_now_ms(void);   /* monotonic milliseconds */
int64_t port_wall_time(void); /* seconds since the Unix epoch, 0 if unknown */

/* ---------------------------------------------------------- local time
 * Date's local time zone.  port_local_offset_ms: the offset from UTC in
 * milliseconds in effect at the instant utc_ms (ms since the epoch), and
 * whether that is daylight saving time.  port_tz_name: the zone's long name
 * for standard or daylight time as node prints it in Date's toString
 * ("Central European Standard Time"), or NULL when the port cannot name the
 * zone (Date then prints "GMT+01:00", as node does for zones it cannot name).
 *   posix    localtime_r under TZ (tzset); names from a table of zone ids
 *            (port_tz.c), keyed by TZ or the /etc/localtime link
 *   esp-idf  localtime_r under the TZ string the firmware sets from its
 *            configuration; names from CONFIG_TSFW_TZ_NAME_STANDARD and
 *            CONFIG_TSFW_TZ_NAME_DAYLIGHT when configured
 *   sim      UTC, "Coordinated Universal Time": emulated runs are
 *            deterministic and match node under TZ=UTC */
int32_t port_local_offset_ms(double utc_ms, int *is_dst);
const char *port_tz_name(int is_dst);

/* ------------------------------------------------------------- logging */
enum {
    PORT_LOG_ERROR = 0,
    PORT_LOG_WARN = 1,
    PORT_LOG_INFO = 2,
    PORT_LOG_DEBUG = 3
};
void port_log_set_level(int level); /* messages above level are dropped; default WARN */
int port_log_level(void);
void port_log(int level, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* The text of the last failed socket/file call on this thread (strerror). */
const char *port_last_error(void);

/* ------------------------------------------------------------- sockets */
/* Listen on addr (TCP, SO_REUSEADDR, non-blocking).  On success returns 0,
 * stores the socket and (if bound) writes the real bound address back into
 * *bound (useful for port 0).  On failure returns PORT_ERR and writes a
 * message such as "bind 127.0.0.1:80: Permission denied" into err. */
int port_listen(const port_addr *addr, int backlog, port_sock *out, port_addr *bound, char *err, size_t errlen);
/* Accept one pending connection: 0 on success, PORT_AGAIN, PORT_NOFD (the
 * process or system is out of descriptors or sockets: the connection stays
 * pending), or PORT_ERR. */
int port_accept(port_sock lsock, port_sock *out, port_addr *peer, port_addr *local);
/* Start a non-blocking connect: 0 connected, PORT_AGAIN in progress, PORT_ERR. */
int port_connect(const port_addr *addr, port_sock *out, char *err, size_t errlen);
/* After a connecting socket polled writable: 0 if connected, else PORT_ERR
 * with the reason in err. */
int port_connect_result(port_sock s, char *err, size_t errlen);
long port_send(port_sock s, const void *buf, size_t len); /* >=0, PORT_AGAIN, PORT_ERR */
/* port_send when more follows at once (a response head before its file):
 * where the platform can, the bytes wait to share a segment with it. */
long port_send_more(port_sock s, const void *buf, size_t len);
long port_recv(port_sock s, void *buf, size_t len); /* >0, 0 = EOF, PORT_AGAIN, PORT_ERR */
void port_close(port_sock s);

/* Readiness wait. */
#define PORT_POLL_IN  1u
#define PORT_POLL_OUT 2u
#define PORT_POLL_ERR 4u /* error or hang-up (reported in revents only) */
typedef struct port_pollfd {
    port_sock sock;
    uint8_t events;
    uint8_t revents;
} port_pollfd;
/* Wait up to timeout_ms (-1 = forever, 0 = just check).  With n == 0 this
 * sleeps.  Returns the number of ready entries, 0 on timeout, PORT_ERR. */
int port_poll(port_pollfd *fds, size_t n, int timeout_ms);

/* --------------------------------------------------------------- files */
typedef struct port_stat {
    uint64_t size;
    int64_t mtime; /* seconds since the epoch */
    int is_dir;
    int is_reg;
} port_stat;

int port_stat_path(const char *path, port_stat *st); /* 0 or PORT_ERR */
/* Open a regular file read-only.  nofollow: refuse a symlink as the last
 * path component.  0 or PORT_ERR. */
int port_file_open(const char *path, int nofollow, port_fd *out);
int port_file_fstat(port_fd fd, port_stat *st);
long port_file_pread(port_fd fd, void *buf, size_t len, uint64_t off); /* >=0 or PORT_ERR */
void port_file_close(port_fd fd);
/* Canonical absolute path with symlinks resolved.  0 or PORT_ERR. */
int port_realpath(const char *path, char *out, size_t outlen);
/* port_realpath of a folder asked for again and again (a document root):
 * the last answer is kept while the path and that answer still name the
 * same folder (device and inode), so a root that is swapped (a symlink
 * switched to a new release) is resolved again.  0 or PORT_ERR. */
int port_realpath_dir(const char *path, char *out, size_t outlen);
/* A path's canonical form and its stat (symlinks followed), when its first
 * `canon` bytes are already canonical (a folder from port_realpath): only
 * the components after them are looked at, and a path without symlinks
 * needs no readlink.  PORT_ERR when the path does not exist; 0 with out
 * empty when it exists but cannot be resolved. */
int port_path_resolve(const char *path, size_t canon, char *out, size_t outlen, port_stat *st);
/* Directory listing.  port_dir_next returns 1 and the entry's name, or 0 at
 * the end ("." and ".." are skipped). */
typedef struct port_dir port_dir;
port_dir *port_dir_open(const char *path);
int port_dir_next(port_dir *d, char *name, size_t namelen);
void port_dir_close(port_dir *d);
/* Zero-copy file -> socket.  >=0 bytes sent, PORT_AGAIN, PORT_ERR, or
 * PORT_NOSYS when the platform has no sendfile (the caller falls back to
 * pread + send). */
long port_sendfile(port_sock s, port_fd fd, uint64_t off, size_t len);

/* ------------------------------------------------------ name resolution
 * Non-blocking DNS, shaped so that both c-ares (host) and lwIP's
 * dns_gethostbyname (ESP-IDF, answers in the tcpip thread) fit:
 *
 *   h = port_resolve_start("example.com", err, errlen);
 *   each loop iteration:
 *       n = port_resolve_pollfds(fds, PORT_RESOLVE_MAX_FDS);   add to the poll set
 *       t = port_resolve_timeout_ms();                         cap the poll wait
 *       port_poll(...);
 *       port_resolve_process(fds, n);                          with their revents
 *       r = port_resolve_check(h, &addr, err, errlen);         1 / 0 / PORT_ERR
 *
 * Callers pass names only: numeric addresses never reach the resolver
 * (net/ parses them itself).  Implementations:
 *   posix    c-ares (ares_getaddrinfo) on one process-wide channel, set up
 *            on first use from /etc/resolv.conf and /etc/hosts.  The
 *            environment variable TSFW_DNS_SERVER (e.g. "127.0.0.1:5353",
 *            a comma list is allowed: ares_set_servers_ports_csv syntax)
 *            replaces the name servers - the tests point it at a loopback
 *            DNS responder.  Errors are ares_strerror() texts, e.g.
 *            "Domain name not found".
 *   esp-idf  lwIP's resolver in the tcpip thread, IPv4 only; no sockets
 *            to poll (pollfds returns 0), timeout_ms asks for a short wait
 *            while an answer is pending.
 *   sim      "localhost" (127.0.0.1) only; every other name fails with
 *            "Domain name not found", decided at the next check.
 * One answer is returned: the first IPv4 address, else the first IPv6 one.
 * Handles are small integers >= 0, valid until check returns 1 or PORT_ERR
 * or until port_resolve_cancel. */
#define PORT_RESOLVE_MAX_FDS 16
/* Start resolving name.  A handle >= 0, or PORT_ERR with a message in err
 * (resolver unavailable, name too long, out of memory). */
int port_resolve_start(const char *name, char *err, size_t errlen);
/* 1: done, *out filled (port 0), handle released; 0: pending;
 * PORT_ERR: failed, reason in err, handle released. */
int port_resolve_check(int h, port_addr *out, char *err, size_t errlen);
/* Forget a pending request (its answer is dropped when it arrives). */
void port_resolve_cancel(int h);
/* The resolver's sockets to wait on (events set, at most max).  0 when
 * none (nothing pending, or a resolver without sockets). */
size_t port_resolve_pollfds(port_pollfd *fds, size_t max);
/* Longest wait before port_resolve_process must run again (resolver
 * timeouts, retries, polled answers); -1 when nothing is pending. */
int port_resolve_timeout_ms(void);
/* Handle the readiness port_poll reported for the sockets from
 * port_resolve_pollfds (n may be 0: timeouts only). */
void port_resolve_process(const port_pollfd *fds, size_t n);
/* Release the resolver (pending requests fail).  Optional, at exit. */
void port_resolve_cleanup(void);

/* ------------------------------------------------------------- entropy */
/* Fill buf with cryptographically strong random bytes: getrandom() or
 * /dev/urandom on posix, esp_fill_random() (hardware RNG) on ESP-IDF.
 * The sim port returns a fixed, documented pseudo-random sequence
 * (xorshift64*, seed 0x7473667773696d31) so runs are reproducible: it is
 * NOT secure.  0, or PORT_ERR. */
int port_random(void *buf, size_t len);

#endif /* TSFW_PORT_H */
