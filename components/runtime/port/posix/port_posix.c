/* port_posix.c - POSIX implementation of port.h (Linux host build).
 *
 * Kept to the BSD-socket subset that lwIP provides (socket, bind, listen,
 * accept, connect, send, recv, fcntl(O_NONBLOCK), setsockopt, getsockname,
 * poll) so that port/esp-idf can reuse it.  Linux-only extras (sendfile,
 * MSG_NOSIGNAL, O_CLOEXEC) are guarded.
 */
#define _GNU_SOURCE 1
#include "../port.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/sendfile.h>
#endif

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif
#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif
#ifndef O_NOFOLLOW
#define O_NOFOLLOW 0
#endif

static int g_log_level = -1; /* from TSFW_LOG at the first message; WARN without it */
static char g_errbuf[128];

uint64_t port_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

int64_t port_wall_time(void) { return (int64_t)time(NULL); }

/* Date.now() for core/mathlib.c (built with TS_HAVE_PORT_CLOCK): C99 alone
 * only has whole seconds. */
double ts_port_now_ms(void);
double ts_port_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)(ts.tv_nsec / 1000000);
}

static const char *const log_names[] = {"error", "warn", "info", "debug"};

void port_log_set_level(int level) { g_log_level = level; }

int port_log_level(void) {
    if (g_log_level < 0) {
        const char *want = getenv("TSFW_LOG");
        int i;
        g_log_level = PORT_LOG_WARN;
        for (i = 0; want && i < 4; i++)
            if (strcmp(want, log_names[i]) == 0) g_log_level = i;
        if (want && *want && strcmp(want, log_names[g_log_level]) != 0)
            fprintf(stderr, "tsfw warn: TSFW_LOG=%s is not error, warn, info or debug; logging warn\n", want);
    }
    return g_log_level;
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

static void set_err(int e) { snprintf(g_errbuf, sizeof g_errbuf, "%s", strerror(e)); }

const char *port_last_error(void) { return g_errbuf; }

/* ------------------------------------------------------------ addresses */
static socklen_t to_sockaddr(const port_addr *a, struct sockaddr_storage *ss) {
    memset(ss, 0, sizeof *ss);
    if (a->family == 6) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
        s6->sin6_family = AF_INET6;
        memcpy(&s6->sin6_addr, a->ip, 16);
        s6->sin6_port = htons(a->port);
        s6->sin6_scope_id = a->scope_id;
        return sizeof *s6;
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
        s4->sin_family = AF_INET;
        memcpy(&s4->sin_addr, a->ip, 4);
        s4->sin_port = htons(a->port);
        return sizeof *s4;
    }
}

static void from_sockaddr(const struct sockaddr_storage *ss, port_addr *a) {
    memset(a, 0, sizeof *a);
    if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)ss;
        a->family = 6;
        memcpy(a->ip, &s6->sin6_addr, 16);
        a->port = ntohs(s6->sin6_port);
        a->scope_id = s6->sin6_scope_id;
    } else if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)ss;
        a->family = 4;
        memcpy(a->ip, &s4->sin_addr, 4);
        a->port = ntohs(s4->sin_port);
    }
}

static void fmt_addr(const port_addr *a, char *buf, size_t len) {
    /* compact, enough for error messages (net/addr.c has the real formatter) */
    if (a->family == 6) {
        size_t i, o = 0;
        o += (size_t)snprintf(buf + o, len - o, "[");
        for (i = 0; i < 16 && o < len; i += 2)
            o += (size_t)snprintf(buf + o, len - o, "%s%x", i ? ":" : "", (unsigned)(a->ip[i] << 8 | a->ip[i + 1]));
        if (o < len) snprintf(buf + o, len - o, "]:%u", a->port);
    } else {
        snprintf(buf, len, "%u.%u.%u.%u:%u", a->ip[0], a->ip[1], a->ip[2], a->ip[3], a->port);
    }
}

static int set_nonblock(int fd) {
    int fl = fcntl(fd, F_GETFL, 0);
    if (fl < 0) return -1;
    return fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static void set_cloexec(int fd) {
#ifdef FD_CLOEXEC
    fcntl(fd, F_SETFD, FD_CLOEXEC);
#else
    (void)fd;
#endif
}

static void set_nosigpipe(int fd) {
#ifdef SO_NOSIGPIPE
    int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#else
    (void)fd;
#endif
}

/* -------------------------------------------------------------- sockets */
/* sendfile() has no MSG_NOSIGNAL: a peer that resets the connection while
 * a file streams would kill the process with SIGPIPE.  Sockets report EPIPE
 * instead once SIGPIPE is ignored (done on the first listen/connect). */
static void ignore_sigpipe(void) {
    static int done;
    if (!done) {
        done = 1;
        signal(SIGPIPE, SIG_IGN);
    }
}

int port_listen(const port_addr *addr, int backlog, port_sock *out, port_addr *bound, char *err, size_t errlen) {
    ignore_sigpipe();
    struct sockaddr_storage ss;
    socklen_t sl = to_sockaddr(addr, &ss);
    char as[64];
    int on = 1, e;
    int fd = socket(addr->family == 6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
    fmt_addr(addr, as, sizeof as);
    if (fd < 0) {
        e = errno;
        set_err(e);
        snprintf(err, errlen, "socket for %s: %s", as, strerror(e));
        return PORT_ERR;
    }
    set_cloexec(fd);
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
#ifdef IPV6_V6ONLY
    if (addr->family == 6) setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
#endif
    if (bind(fd, (struct sockaddr *)&ss, sl) != 0) {
        e = errno;
        set_err(e);
        snprintf(err, errlen, "bind %s: %s", as, strerror(e));
        close(fd);
        return PORT_ERR;
    }
    if (listen(fd, backlog) != 0 || set_nonblock(fd) != 0) {
        e = errno;
        set_err(e);
        snprintf(err, errlen, "listen %s: %s", as, strerror(e));
        close(fd);
        return PORT_ERR;
    }
    if (bound) {
        struct sockaddr_storage bs;
        socklen_t bl = sizeof bs;
        if (getsockname(fd, (struct sockaddr *)&bs, &bl) == 0) from_sockaddr(&bs, bound);
        else *bound = *addr;
    }
    *out = fd;
    return 0;
}

int port_accept(port_sock lsock, port_sock *out, port_addr *peer, port_addr *local) {
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    int on = 1;
    int fd = accept(lsock, (struct sockaddr *)&ss, &sl);
    if (fd < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED) return PORT_AGAIN;
        set_err(errno);
        return PORT_ERR;
    }
    set_cloexec(fd);
    if (set_nonblock(fd) != 0) {
        set_err(errno);
        close(fd);
        return PORT_ERR;
    }
    set_nosigpipe(fd);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    if (peer) from_sockaddr(&ss, peer);
    if (local) {
        struct sockaddr_storage ls;
        socklen_t ll = sizeof ls;
        if (getsockname(fd, (struct sockaddr *)&ls, &ll) == 0) from_sockaddr(&ls, local);
        else memset(local, 0, sizeof *local);
    }
    *out = fd;
    return 0;
}

int port_connect(const port_addr *addr, port_sock *out, char *err, size_t errlen) {
    ignore_sigpipe();
    struct sockaddr_storage ss;
    socklen_t sl = to_sockaddr(addr, &ss);
    char as[64];
    int e, on = 1, fd = socket(addr->family == 6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
    fmt_addr(addr, as, sizeof as);
    if (fd < 0) {
        e = errno;
        set_err(e);
        snprintf(err, errlen, "socket for %s: %s", as, strerror(e));
        return PORT_ERR;
    }
    set_cloexec(fd);
    set_nonblock(fd);
    set_nosigpipe(fd);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on); /* requests go out in one write */
    *out = fd;
    if (connect(fd, (struct sockaddr *)&ss, sl) == 0) return 0;
    if (errno == EINPROGRESS || errno == EAGAIN) return PORT_AGAIN;
    e = errno;
    set_err(e);
    snprintf(err, errlen, "connect %s: %s", as, strerror(e));
    close(fd);
    *out = PORT_INVALID;
    return PORT_ERR;
}

int port_connect_result(port_sock s, char *err, size_t errlen) {
    int e = 0;
    socklen_t l = sizeof e;
    if (getsockopt(s, SOL_SOCKET, SO_ERROR, &e, &l) != 0) e = errno;
    if (e == 0) return 0;
    set_err(e);
    snprintf(err, errlen, "%s", strerror(e));
    return PORT_ERR;
}

long port_send(port_sock s, const void *buf, size_t len) {
    ssize_t n = send(s, buf, len, MSG_NOSIGNAL);
    if (n >= 0) return (long)n;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return PORT_AGAIN;
    set_err(errno);
    return PORT_ERR;
}

long port_recv(port_sock s, void *buf, size_t len) {
    ssize_t n = recv(s, buf, len, 0);
    if (n >= 0) return (long)n;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return PORT_AGAIN;
    set_err(errno);
    return PORT_ERR;
}

void port_close(port_sock s) {
    if (s >= 0) close(s);
}

int port_poll(port_pollfd *fds, size_t n, int timeout_ms) {
    struct pollfd stackfds[64];
    struct pollfd *pf = stackfds;
    size_t i;
    int r;
    if (n > 64) {
        pf = (struct pollfd *)malloc(n * sizeof *pf);
        if (!pf) return PORT_ERR;
    }
    for (i = 0; i < n; i++) {
        pf[i].fd = fds[i].sock;
        pf[i].events =
            (short)(((fds[i].events & PORT_POLL_IN) ? POLLIN : 0) | ((fds[i].events & PORT_POLL_OUT) ? POLLOUT : 0));
        pf[i].revents = 0;
    }
    r = poll(n ? pf : NULL, (nfds_t)n, timeout_ms);
    if (r < 0) {
        if (errno == EINTR) r = 0;
        else {
            set_err(errno);
            r = PORT_ERR;
        }
    }
    for (i = 0; i < n; i++) {
        short re = r > 0 ? pf[i].revents : 0;
        fds[i].revents = (uint8_t)(((re & POLLIN) ? PORT_POLL_IN : 0) | ((re & POLLOUT) ? PORT_POLL_OUT : 0) |
                                   ((re & (POLLERR | POLLHUP | POLLNVAL)) ? PORT_POLL_ERR : 0));
    }
    if (pf != stackfds) free(pf);
    return r;
}

/* ---------------------------------------------------------------- files */
static void fill_stat(const struct stat *s, port_stat *st) {
    st->size = (uint64_t)s->st_size;
    st->mtime = (int64_t)s->st_mtime;
    st->is_dir = S_ISDIR(s->st_mode) ? 1 : 0;
    st->is_reg = S_ISREG(s->st_mode) ? 1 : 0;
}

int port_stat_path(const char *path, port_stat *st) {
    struct stat s;
    if (stat(path, &s) != 0) {
        set_err(errno);
        return PORT_ERR;
    }
    fill_stat(&s, st);
    return 0;
}

int port_file_open(const char *path, int nofollow, port_fd *out) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | (nofollow ? O_NOFOLLOW : 0));
    if (fd < 0) {
        set_err(errno);
        return PORT_ERR;
    }
    *out = fd;
    return 0;
}

int port_file_fstat(port_fd fd, port_stat *st) {
    struct stat s;
    if (fstat(fd, &s) != 0) {
        set_err(errno);
        return PORT_ERR;
    }
    fill_stat(&s, st);
    return 0;
}

long port_file_pread(port_fd fd, void *buf, size_t len, uint64_t off) {
    ssize_t n;
    do { n = pread(fd, buf, len, (off_t)off); } while (n < 0 && errno == EINTR);
    if (n < 0) {
        set_err(errno);
        return PORT_ERR;
    }
    return (long)n;
}

void port_file_close(port_fd fd) {
    if (fd >= 0) close(fd);
}

int port_realpath(const char *path, char *out, size_t outlen) {
    char *r = realpath(path, NULL);
    size_t l;
    if (!r) {
        set_err(errno);
        return PORT_ERR;
    }
    l = strlen(r);
    if (l + 1 > outlen) {
        free(r);
        set_err(ENAMETOOLONG);
        return PORT_ERR;
    }
    memcpy(out, r, l + 1);
    free(r);
    return 0;
}

struct port_dir {
    DIR *d;
};

port_dir *port_dir_open(const char *path) {
    port_dir *pd;
    DIR *d = opendir(path);
    if (!d) {
        set_err(errno);
        return NULL;
    }
    pd = (port_dir *)malloc(sizeof *pd);
    if (!pd) {
        closedir(d);
        return NULL;
    }
    pd->d = d;
    return pd;
}

int port_dir_next(port_dir *d, char *name, size_t namelen) {
    struct dirent *e;
    while ((e = readdir(d->d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (l + 1 > namelen) continue;
        memcpy(name, e->d_name, l + 1);
        return 1;
    }
    return 0;
}

void port_dir_close(port_dir *d) {
    if (!d) return;
    closedir(d->d);
    free(d);
}

long port_sendfile(port_sock s, port_fd fd, uint64_t off, size_t len) {
#if defined(__linux__)
    off_t o = (off_t)off;
    ssize_t n = sendfile(s, fd, &o, len);
    if (n >= 0) return (long)n;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return PORT_AGAIN;
    if (errno == EINVAL || errno == ENOSYS) return PORT_NOSYS;
    set_err(errno);
    return PORT_ERR;
#else
    (void)s;
    (void)fd;
    (void)off;
    (void)len;
    return PORT_NOSYS;
#endif
}

/* port_esp_idf.c includes this file and brings its own resolver and RNG. */
#ifndef PORT_POSIX_NO_RESOLVER
/* --------------------------------------------------------------- random */
#include <ares.h>
#if defined(__linux__)
#include <sys/random.h>
#endif

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
        set_err(errno);
        return PORT_ERR;
    }
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) continue;
            set_err(n < 0 ? errno : EIO);
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
        from_sockaddr(&ss, &q->addr);
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
#endif /* PORT_POSIX_NO_RESOLVER */
