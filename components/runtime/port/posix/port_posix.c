/* port_posix.c - port.h on Linux (the host build): with port/bsd's sockets
 * and files, a monotonic clock, logging to stderr, getrandom and c-ares.
 */
#define _GNU_SOURCE 1
#include "../bsd/port_bsd.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <ares.h>
#if defined(__linux__)
#include <sys/random.h>
#endif

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif

uint64_t port_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static const char *const log_names[] = {"error", "warn", "info", "debug"};

/* The host's level comes from TSFW_LOG (WARN without it). */
int port_log_initial_level(void) {
    const char *want = getenv("TSFW_LOG");
    int i, level = PORT_LOG_WARN;
    for (i = 0; want && i < 4; i++)
        if (strcmp(want, log_names[i]) == 0) level = i;
    if (want && *want && strcmp(want, log_names[level]) != 0)
        fprintf(stderr, "tsfw warn: TSFW_LOG=%s is not error, warn, info or debug; logging warn\n", want);
    return level;
}

/* Lines start with the UTC time to the millisecond, as in
 * "2026-12-05T21:40:01.123Z tsfw warn: ...". */
void port_log(int level, const char *fmt, ...) {
    va_list ap;
    struct timespec now;
    struct tm tm;
    char stamp[32] = "";
    if (level > port_log_level()) return;
    if (level < 0) level = 0;
    if (level > 3) level = 3;
    clock_gettime(CLOCK_REALTIME, &now);
    if (gmtime_r(&now.tv_sec, &tm)) {
        size_t n = strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &tm);
        snprintf(stamp + n, sizeof stamp - n, ".%03ldZ ", now.tv_nsec / 1000000L);
    }
    fprintf(stderr, "%stsfw %s: ", stamp, log_names[level]);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int port_stat_path(const char *path, port_stat *st) {
    struct stat s;
    if (stat(path, &s) != 0) {
        port_bsd_set_err(errno);
        return PORT_ERR;
    }
    port_bsd_fill_stat(&s, st);
    return 0;
}

/* --------------------------------------------------------------- random */

int port_random(void *buf, size_t len) {
    unsigned char *p = (unsigned char *)buf;
    int fd;
#if defined(__linux__)
    while (len > 0) {
        ssize_t n = getrandom(p, len > 256 ? 256 : len, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            break; /* ENOSYS: fall back to /dev/urandom */
        }
        p += n;
        len -= (size_t)n;
    }
    if (len == 0) return 0;
#endif
    fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        port_bsd_set_err(errno);
        return PORT_ERR;
    }
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) continue;
            port_bsd_set_err(n < 0 ? errno : EIO);
            close(fd);
            return PORT_ERR;
        }
        p += n;
        len -= (size_t)n;
    }
    close(fd);
    return 0;
}

/* ------------------------------------------------------------- resolver
 * c-ares on one channel.  A request lives in g_req[h] until its owner
 * collects the answer or cancels; a cancelled request stays allocated
 * (detached from its slot) until c-ares calls back, since c-ares cannot
 * cancel a single query. */
typedef struct resolve_req {
    int state;    /* 0 pending, 1 done, 2 failed */
    int detached; /* cancelled: free in the callback */
    port_addr addr;
    char err[96];
} resolve_req;

static ares_channel g_ares;
static int g_ares_ok; /* 1 initialised, -1 failed */
static char g_ares_err[128];
static resolve_req **g_req;
static size_t g_nreq;
static size_t g_pending; /* callbacks still to come */

static int ares_setup(void) {
    struct ares_options o;
    const char *srv;
    int r;
    if (g_ares_ok) return g_ares_ok > 0 ? 0 : -1;
    g_ares_ok = -1;
    r = ares_library_init(ARES_LIB_INIT_ALL);
    if (r != ARES_SUCCESS) {
        snprintf(g_ares_err, sizeof g_ares_err, "c-ares init: %s", ares_strerror(r));
        return -1;
    }
    memset(&o, 0, sizeof o);
    o.timeout = 2000; /* ms per try (ARES_OPT_TIMEOUTMS) */
    o.tries = 3;
    r = ares_init_options(&g_ares, &o, ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES);
    if (r != ARES_SUCCESS) {
        snprintf(g_ares_err, sizeof g_ares_err, "c-ares init: %s", ares_strerror(r));
        ares_library_cleanup();
        return -1;
    }
    srv = getenv("TSFW_DNS_SERVER");
    if (srv && *srv) {
        r = ares_set_servers_ports_csv(g_ares, srv);
        if (r != ARES_SUCCESS) {
            snprintf(g_ares_err, sizeof g_ares_err, "TSFW_DNS_SERVER=%s: %s", srv, ares_strerror(r));
            ares_destroy(g_ares);
            ares_library_cleanup();
            return -1;
        }
    }
    g_ares_ok = 1;
    return 0;
}

static void resolve_cb(void *arg, int status, int timeouts, struct ares_addrinfo *res) {
    resolve_req *q = (resolve_req *)arg;
    struct ares_addrinfo_node *n, *pick = NULL;
    (void)timeouts;
    g_pending--;
    if (q->detached) {
        if (res) ares_freeaddrinfo(res);
        free(q);
        return;
    }
    if (status == ARES_SUCCESS && res) {
        for (n = res->nodes; n; n = n->ai_next)
            if (n->ai_family == AF_INET) {
                pick = n;
                break;
            }
        if (!pick)
            for (n = res->nodes; n; n = n->ai_next)
                if (n->ai_family == AF_INET6) {
                    pick = n;
                    break;
                }
    }
    if (pick) {
        struct sockaddr_storage ss;
        size_t l = pick->ai_addrlen < sizeof ss ? (size_t)pick->ai_addrlen : sizeof ss;
        memset(&ss, 0, sizeof ss);
        memcpy(&ss, pick->ai_addr, l);
        port_bsd_from_sockaddr(&ss, &q->addr);
        q->addr.port = 0;
        q->state = 1;
    } else {
        snprintf(q->err, sizeof q->err, "%s",
                 status == ARES_SUCCESS ? "no address for this name" : ares_strerror(status));
        q->state = 2;
    }
    if (res) ares_freeaddrinfo(res);
}

int port_resolve_start(const char *name, char *err, size_t errlen) {
    struct ares_addrinfo_hints hints;
    resolve_req *q;
    size_t h;
    if (ares_setup() != 0) {
        snprintf(err, errlen, "%s", g_ares_err);
        return PORT_ERR;
    }
    if (strlen(name) > 253) {
        snprintf(err, errlen, "name too long");
        return PORT_ERR;
    }
    for (h = 0; h < g_nreq; h++)
        if (!g_req[h]) break;
    if (h == g_nreq) {
        resolve_req **nr = (resolve_req **)realloc(g_req, (g_nreq + 4) * sizeof *nr);
        if (!nr) {
            snprintf(err, errlen, "out of memory");
            return PORT_ERR;
        }
        g_req = nr;
        memset(g_req + g_nreq, 0, 4 * sizeof *nr);
        g_nreq += 4;
    }
    q = (resolve_req *)calloc(1, sizeof *q);
    if (!q) {
        snprintf(err, errlen, "out of memory");
        return PORT_ERR;
    }
    g_req[h] = q;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    g_pending++;
    ares_getaddrinfo(g_ares, name, NULL, &hints, resolve_cb, q); /* may call back at once */
    return (int)h;
}

int port_resolve_check(int h, port_addr *out, char *err, size_t errlen) {
    resolve_req *q;
    if (h < 0 || (size_t)h >= g_nreq || !g_req[h]) {
        snprintf(err, errlen, "bad resolver handle");
        return PORT_ERR;
    }
    q = g_req[h];
    if (q->state == 0) return 0;
    g_req[h] = NULL;
    if (q->state == 1) {
        *out = q->addr;
        free(q);
        return 1;
    }
    snprintf(err, errlen, "%s", q->err);
    free(q);
    return PORT_ERR;
}

void port_resolve_cancel(int h) {
    resolve_req *q;
    if (h < 0 || (size_t)h >= g_nreq || !g_req[h]) return;
    q = g_req[h];
    g_req[h] = NULL;
    if (q->state == 0) q->detached = 1; /* resolve_cb frees it */
    else free(q);
}

size_t port_resolve_pollfds(port_pollfd *fds, size_t max) {
    ares_socket_t socks[ARES_GETSOCK_MAXNUM];
    int bits, i;
    size_t n = 0;
    if (g_ares_ok <= 0 || g_pending == 0) return 0;
    bits = ares_getsock(g_ares, socks, ARES_GETSOCK_MAXNUM);
    for (i = 0; i < ARES_GETSOCK_MAXNUM && n < max; i++) {
        uint8_t ev = 0;
        if (ARES_GETSOCK_READABLE(bits, i)) ev |= PORT_POLL_IN;
        if (ARES_GETSOCK_WRITABLE(bits, i)) ev |= PORT_POLL_OUT;
        if (!ev) break;
        fds[n].sock = (port_sock)socks[i];
        fds[n].events = ev;
        fds[n].revents = 0;
        n++;
    }
    return n;
}

int port_resolve_timeout_ms(void) {
    struct timeval tv, *tp;
    long ms;
    size_t h;
    /* an answer is waiting to be collected (e.g. from /etc/hosts, which
     * ares_getaddrinfo answers before it returns): don't wait at all */
    for (h = 0; h < g_nreq; h++)
        if (g_req[h] && g_req[h]->state != 0) return 0;
    if (g_ares_ok <= 0 || g_pending == 0) return -1;
    tp = ares_timeout(g_ares, NULL, &tv);
    if (!tp) return -1;
    ms = (long)tp->tv_sec * 1000 + (long)(tp->tv_usec + 999) / 1000;
    return ms > 0x7fffffffL ? 0x7fffffff : (int)ms;
}

void port_resolve_process(const port_pollfd *fds, size_t n) {
    size_t i;
    if (g_ares_ok <= 0 || g_pending == 0) return;
    for (i = 0; i < n; i++) {
        ares_socket_t r = ARES_SOCKET_BAD, w = ARES_SOCKET_BAD;
        if (fds[i].revents & (PORT_POLL_IN | PORT_POLL_ERR)) r = (ares_socket_t)fds[i].sock;
        if (fds[i].revents & (PORT_POLL_OUT | PORT_POLL_ERR)) w = (ares_socket_t)fds[i].sock;
        if (r != ARES_SOCKET_BAD || w != ARES_SOCKET_BAD) ares_process_fd(g_ares, r, w);
    }
    /* timeouts and retries */
    ares_process_fd(g_ares, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
}

void port_resolve_cleanup(void) {
    size_t h;
    if (g_ares_ok > 0) {
        ares_destroy(g_ares); /* pending callbacks run with ARES_EDESTRUCTION */
        ares_library_cleanup();
    }
    g_ares_ok = 0;
    for (h = 0; h < g_nreq; h++) free(g_req[h]);
    free(g_req);
    g_req = NULL;
    g_nreq = 0;
    g_pending = 0;
}
