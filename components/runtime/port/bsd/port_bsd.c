/* port_bsd.c - the part of port.h that every port on BSD sockets shares:
 * the Linux host (port/posix) and ESP-IDF / ESP8266_RTOS_SDK on lwIP
 * (port/esp-idf).  Kept to the subset lwIP provides (socket, bind,
 * listen, accept, connect, send, recv, fcntl(O_NONBLOCK), setsockopt,
 * getsockname, poll) and to the files ESP-IDF's VFS has (open, pread,
 * stat, realpath, opendir).  Linux-only extras (sendfile, MSG_NOSIGNAL,
 * O_CLOEXEC) are guarded.  Each port adds its clock, log, path stat,
 * random generator and resolver.
 */
#define _GNU_SOURCE 1
#include "port_bsd.h"

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

static int g_log_level = -1; /* the port's initial level until the app sets one */
static char g_errbuf[128];

void port_log_set_level(int level) { g_log_level = level; }
int port_log_level(void) {
    if (g_log_level < 0) g_log_level = port_log_initial_level();
    return g_log_level;
}

void port_bsd_set_err(int e) { snprintf(g_errbuf, sizeof g_errbuf, "%s", strerror(e)); }

const char *port_last_error(void) { return g_errbuf; }

int64_t port_wall_time(void) { return (int64_t)time(NULL); }

const char *port_getenv(const char *name) { return getenv(name); }

double ts_port_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)(ts.tv_nsec / 1000000);
}

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

void port_bsd_from_sockaddr(const struct sockaddr_storage *ss, port_addr *a) {
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

/* A TCP socket for addr's family, close-on-exec, with addr's text in as
 * (64 bytes) for messages: the descriptor, or -1 with err filled. */
static int open_tcp(const port_addr *addr, char *as, char *err, size_t errlen) {
    int e, fd = socket(addr->family == 6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
    ignore_sigpipe();
    fmt_addr(addr, as, 64);
    if (fd < 0) {
        e = errno;
        port_bsd_set_err(e);
        snprintf(err, errlen, "socket for %s: %s", as, strerror(e));
        return -1;
    }
    set_cloexec(fd);
    return fd;
}

int port_listen(const port_addr *addr, int backlog, port_sock *out, port_addr *bound, char *err, size_t errlen) {
    struct sockaddr_storage ss;
    socklen_t sl = to_sockaddr(addr, &ss);
    char as[64];
    int on = 1, e;
    int fd = open_tcp(addr, as, err, errlen);
    if (fd < 0) return PORT_ERR;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
#ifdef IPV6_V6ONLY
    if (addr->family == 6) setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
#endif
    if (bind(fd, (struct sockaddr *)&ss, sl) != 0) {
        e = errno;
        port_bsd_set_err(e);
        snprintf(err, errlen, "bind %s: %s", as, strerror(e));
        close(fd);
        return PORT_ERR;
    }
    if (listen(fd, backlog) != 0 || set_nonblock(fd) != 0) {
        e = errno;
        port_bsd_set_err(e);
        snprintf(err, errlen, "listen %s: %s", as, strerror(e));
        close(fd);
        return PORT_ERR;
    }
    if (bound) {
        struct sockaddr_storage bs;
        socklen_t bl = sizeof bs;
        if (getsockname(fd, (struct sockaddr *)&bs, &bl) == 0) port_bsd_from_sockaddr(&bs, bound);
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
        port_bsd_set_err(errno);
        return errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM ? PORT_NOFD : PORT_ERR;
    }
    set_cloexec(fd);
    if (set_nonblock(fd) != 0) {
        port_bsd_set_err(errno);
        close(fd);
        return PORT_ERR;
    }
    set_nosigpipe(fd);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    if (peer) port_bsd_from_sockaddr(&ss, peer);
    if (local) {
        struct sockaddr_storage ls;
        socklen_t ll = sizeof ls;
        if (getsockname(fd, (struct sockaddr *)&ls, &ll) == 0) port_bsd_from_sockaddr(&ls, local);
        else memset(local, 0, sizeof *local);
    }
    *out = fd;
    return 0;
}

int port_connect(const port_addr *addr, port_sock *out, char *err, size_t errlen) {
    struct sockaddr_storage ss;
    socklen_t sl = to_sockaddr(addr, &ss);
    char as[64];
    int e, on = 1, fd = open_tcp(addr, as, err, errlen);
    if (fd < 0) return PORT_ERR;
    set_nonblock(fd);
    set_nosigpipe(fd);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on); /* requests go out in one write */
    *out = fd;
    if (connect(fd, (struct sockaddr *)&ss, sl) == 0) return 0;
    if (errno == EINPROGRESS || errno == EAGAIN) return PORT_AGAIN;
    e = errno;
    port_bsd_set_err(e);
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
    port_bsd_set_err(e);
    snprintf(err, errlen, "%s", strerror(e));
    return PORT_ERR;
}

long port_send(port_sock s, const void *buf, size_t len) {
    ssize_t n = send(s, buf, len, MSG_NOSIGNAL);
    if (n >= 0) return (long)n;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return PORT_AGAIN;
    port_bsd_set_err(errno);
    return PORT_ERR;
}

long port_send_more(port_sock s, const void *buf, size_t len) {
#if defined(MSG_MORE)
    ssize_t n = send(s, buf, len, MSG_NOSIGNAL | MSG_MORE);
    if (n >= 0) return (long)n;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return PORT_AGAIN;
    port_bsd_set_err(errno);
    return PORT_ERR;
#else
    return port_send(s, buf, len);
#endif
}

long port_recv(port_sock s, void *buf, size_t len) {
    ssize_t n = recv(s, buf, len, 0);
    if (n >= 0) return (long)n;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return PORT_AGAIN;
    port_bsd_set_err(errno);
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
            port_bsd_set_err(errno);
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
void port_bsd_fill_stat(const struct stat *s, port_stat *st) {
    st->size = (uint64_t)s->st_size;
    st->mtime = (int64_t)s->st_mtime;
    st->is_dir = S_ISDIR(s->st_mode) ? 1 : 0;
    st->is_reg = S_ISREG(s->st_mode) ? 1 : 0;
}

int port_file_open(const char *path, int nofollow, port_fd *out) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | (nofollow ? O_NOFOLLOW : 0));
    if (fd < 0) {
        port_bsd_set_err(errno);
        return PORT_ERR;
    }
    *out = fd;
    return 0;
}

int port_file_fstat(port_fd fd, port_stat *st) {
    struct stat s;
    if (fstat(fd, &s) != 0) {
        port_bsd_set_err(errno);
        return PORT_ERR;
    }
    port_bsd_fill_stat(&s, st);
    return 0;
}

long port_file_pread(port_fd fd, void *buf, size_t len, uint64_t off) {
    ssize_t n;
    do { n = pread(fd, buf, len, (off_t)off); } while (n < 0 && errno == EINTR);
    if (n < 0) {
        port_bsd_set_err(errno);
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
        port_bsd_set_err(errno);
        return PORT_ERR;
    }
    l = strlen(r);
    if (l + 1 > outlen) {
        free(r);
        port_bsd_set_err(ENAMETOOLONG);
        return PORT_ERR;
    }
    memcpy(out, r, l + 1);
    free(r);
    return 0;
}

#if defined(__linux__)
static struct {
    char *path, *real; /* the last port_realpath_dir: asked, answered (malloc) */
    dev_t dev;         /* the folder both name */
    ino_t ino;
} g_dir_cache;

static int same_dir(const char *path, dev_t dev, ino_t ino) {
    struct stat s;
    return stat(path, &s) == 0 && S_ISDIR(s.st_mode) && s.st_dev == dev && s.st_ino == ino;
}
#endif

int port_realpath_dir(const char *path, char *out, size_t outlen) {
#if defined(__linux__)
    struct stat s;
    size_t l;
    if (g_dir_cache.path && strcmp(g_dir_cache.path, path) == 0 && same_dir(path, g_dir_cache.dev, g_dir_cache.ino) &&
        same_dir(g_dir_cache.real, g_dir_cache.dev, g_dir_cache.ino)) {
        l = strlen(g_dir_cache.real);
        if (l + 1 <= outlen) {
            memcpy(out, g_dir_cache.real, l + 1);
            return 0;
        }
    }
    if (port_realpath(path, out, outlen) != 0) return PORT_ERR;
    if (stat(out, &s) == 0 && S_ISDIR(s.st_mode)) {
        char *p = (char *)malloc(strlen(path) + 1), *r = (char *)malloc(strlen(out) + 1);
        free(g_dir_cache.path);
        free(g_dir_cache.real);
        g_dir_cache.path = p;
        g_dir_cache.real = r;
        if (!p || !r) {
            free(p);
            free(r);
            g_dir_cache.path = g_dir_cache.real = NULL;
            return 0;
        }
        strcpy(p, path);
        strcpy(r, out);
        g_dir_cache.dev = s.st_dev;
        g_dir_cache.ino = s.st_ino;
    }
    return 0;
#else
    return port_realpath(path, out, outlen);
#endif
}

int port_path_resolve(const char *path, size_t canon, char *out, size_t outlen, port_stat *st) {
#if defined(__linux__)
    /* lstat each component after the canonical prefix: realpath would
     * readlink every component of the whole path, on every request */
    struct stat s;
    size_t l = strlen(path), i;
    while (l > canon && path[l - 1] == '/') l--;
    if (l + 1 > outlen) goto slow;
    memcpy(out, path, l);
    out[l] = 0;
    if (l == canon && stat(out, &s) != 0) {
        port_bsd_set_err(errno);
        return PORT_ERR;
    }
    for (i = canon + 1; i <= l; i++) {
        if (i < l && out[i] != '/') continue;
        out[i] = 0;
        if (lstat(out, &s) != 0) {
            port_bsd_set_err(errno);
            return PORT_ERR;
        }
        if (i < l) out[i] = '/';
        if (S_ISLNK(s.st_mode)) goto slow;
    }
    port_bsd_fill_stat(&s, st);
    return 0;
slow:
#endif
    if (port_stat_path(path, st) != 0) return PORT_ERR;
    if (port_realpath(path, out, outlen) != 0) out[0] = 0;
    return 0;
}

struct port_dir {
    DIR *d;
};

port_dir *port_dir_open(const char *path) {
    port_dir *pd;
    DIR *d = opendir(path);
    if (!d) {
        port_bsd_set_err(errno);
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
    port_bsd_set_err(errno);
    return PORT_ERR;
#else
    (void)s;
    (void)fd;
    (void)off;
    (void)len;
    return PORT_NOSYS;
#endif
}
