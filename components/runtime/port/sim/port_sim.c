/* port_sim.c - port.h for simulated runs (host, and lx106/rv32 under QEMU
 * semihosting).
 *
 * No sockets and no real clock.  Client behaviour comes from a script (see
 * README.md): "open 1", "send 1 \"GET / HTTP/1.1\\r\\n\\r\\n\"", "wait 100",
 * "shut 1" ...  The net layer sees ordinary sockets: the listener becomes
 * readable when the script opens a connection, port_accept hands out the
 * connection's socket, port_recv returns the scripted bytes, and every
 * port_send is written to the output file as a record tagged with the
 * connection id and the virtual time.  Script events are applied only when
 * the runtime has nothing else to do (port_poll finds no ready socket), so
 * a run is deterministic: the same script gives byte-identical output on
 * every target.
 *
 * Only C99 and stdio are used.  The port's own buffers come from
 * sim_raw_alloc/sim_raw_free (sim_heap.c) so they stay out of the app's
 * heap figures.
 */
#include "../port.h"
#include "port_sim.h"
#include "sim_heap.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIM_MAX_CLIENTS   64 /* connection ids 1..63 */
#define SIM_MAX_LISTENERS 8
#define SIM_LSOCK_BASE    3   /* listener sockets: 3..10 */
#define SIM_CSOCK_BASE    100 /* connection sockets: 100 + id */
#define SIM_MAX_FILES     8
#define SIM_FD_BASE       20
#define SIM_LINE_MAX      8192
#define SIM_END_LIMIT_MS  3600000u /* after the script: at most 1 h of timers */

typedef struct sim_listener {
    int used;
    uint16_t port;
    int queue[SIM_MAX_CLIENTS]; /* client ids waiting to be accepted */
    int qhead, qlen;
} sim_listener;

enum {
    C_NONE = 0,
    C_PENDING,
    C_OPEN,
    C_CLOSED
};

typedef struct sim_client {
    int state;
    port_addr peer;
    uint16_t port;     /* listener port it connected to */
    unsigned char *in; /* scripted bytes not yet read */
    size_t in_len, in_off, in_cap;
    size_t chunk;  /* max bytes per recv (0 = any) */
    size_t window; /* max bytes accepted per poll round (0 = any) */
    size_t window_used;
    int shut;                /* client sent FIN */
    int reset;               /* connection reset */
    unsigned long long sent; /* bytes the server sent */
} sim_client;

static sim_listener g_lst[SIM_MAX_LISTENERS];
static sim_client g_cl[SIM_MAX_CLIENTS];
static FILE *g_files[SIM_MAX_FILES];

static FILE *g_script;
static FILE *g_out;
static unsigned long g_lineno;
static char g_line[SIM_LINE_MAX];
static uint64_t g_clock;             /* virtual ms */
static int64_t g_epoch = 1700000000; /* wall time at clock 0 */
static uint64_t g_wait_left;         /* remaining ms of the current "wait" */
static int g_have_wait;
static int g_script_done;
static uint64_t g_end_at; /* clock when the script ended */
static int g_log_level = PORT_LOG_WARN;
static char g_err[128];
static void (*g_end_hook)(void);

/* --------------------------------------------------------------- output */

static FILE *out(void) { return g_out ? g_out : stderr; }

static void rec(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
static void rec(const char *fmt, ...) {
    va_list ap;
    fprintf(out(), "T=%llu ", (unsigned long long)g_clock);
    va_start(ap, fmt);
    vfprintf(out(), fmt, ap);
    va_end(ap);
    fputc('\n', out());
}

static void set_err(const char *msg) {
    size_t n = strlen(msg);
    if (n >= sizeof g_err) n = sizeof g_err - 1;
    memcpy(g_err, msg, n);
    g_err[n] = 0;
}

static void fmt_addr(const port_addr *a, char *buf, size_t len) {
    if (a->family == 4) snprintf(buf, len, "%u.%u.%u.%u:%u", a->ip[0], a->ip[1], a->ip[2], a->ip[3], (unsigned)a->port);
    else if (a->family == 6) snprintf(buf, len, "[v6]:%u", (unsigned)a->port);
    else snprintf(buf, len, ":%u", (unsigned)a->port);
}

/* ------------------------------------------------------------------ time */

uint64_t port_now_ms(void) { return g_clock; }

/* Date's zone: UTC, so that emulated runs match node under TZ=UTC. */
int32_t port_local_offset_ms(double utc_ms, int *is_dst) {
    (void)utc_ms;
    *is_dst = 0;
    return 0;
}

const char *port_tz_name(int is_dst) {
    (void)is_dst;
    return "Coordinated Universal Time";
}
int64_t port_wall_time(void) { return g_epoch + (int64_t)(g_clock / 1000u); }

/* --------------------------------------------------------------- logging */

void port_log_set_level(int level) { g_log_level = level; }
int port_log_level(void) { return g_log_level; }

void port_log(int level, const char *fmt, ...) {
    static const char names[] = "EWID";
    va_list ap;
    if (level > g_log_level) return;
    if (level < 0) level = 0;
    if (level > 3) level = 3;
    fprintf(out(), "T=%llu log %c ", (unsigned long long)g_clock, names[level]);
    va_start(ap, fmt);
    vfprintf(out(), fmt, ap);
    va_end(ap);
    fputc('\n', out());
}

const char *port_last_error(void) { return g_err; }

/* ---------------------------------------------------------- the script */

static void script_fail(const char *what) {
    fprintf(stderr, "sim: script line %lu: %s\n", g_lineno, what);
    rec("script error line %lu: %s", g_lineno, what);
    port_sim_exit(3);
}

static const char *skip_ws(const char *p) {
    while (*p == ' ' || *p == '\t') p++;
    return p;
}

static unsigned long parse_num(const char **pp) {
    const char *p = skip_ws(*pp);
    unsigned long v = 0;
    if (*p < '0' || *p > '9') script_fail("number expected");
    while (*p >= '0' && *p <= '9') v = v * 10 + (unsigned long)(*p++ - '0');
    *pp = p;
    return v;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static void client_append(sim_client *c, const unsigned char *b, size_t n) {
    if (c->in_off > 0 && c->in_off == c->in_len) c->in_off = c->in_len = 0;
    if (c->in_len + n > c->in_cap) {
        size_t cap = c->in_cap ? c->in_cap : 256;
        unsigned char *nb;
        while (cap < c->in_len + n) cap *= 2;
        nb = (unsigned char *)sim_raw_alloc(cap);
        if (!nb) script_fail("out of memory for input");
        if (c->in_len) memcpy(nb, c->in, c->in_len);
        sim_raw_free(c->in);
        c->in = nb;
        c->in_cap = cap;
    }
    memcpy(c->in + c->in_len, b, n);
    c->in_len += n;
}

/* Parse one or more "quoted strings" (C escapes, \xHH) and append them,
 * each repeated `rep` times. */
static size_t append_strings(sim_client *c, const char *p, unsigned long rep) {
    static unsigned char buf[SIM_LINE_MAX];
    size_t total = 0;
    p = skip_ws(p);
    if (*p != '"') script_fail("quoted string expected");
    while (*p == '"') {
        size_t n = 0;
        unsigned long r;
        p++;
        while (*p && *p != '"') {
            int ch = (unsigned char)*p++;
            if (ch == '\\') {
                int e = (unsigned char)*p++;
                switch (e) {
                case 'r': ch = '\r'; break;
                case 'n': ch = '\n'; break;
                case 't': ch = '\t'; break;
                case '0': ch = 0; break;
                case '\\': ch = '\\'; break;
                case '"': ch = '"'; break;
                case 'x': {
                    int h = hexval((unsigned char)p[0]), l = h < 0 ? -1 : hexval((unsigned char)p[1]);
                    if (h < 0 || l < 0) script_fail("bad \\x escape");
                    ch = h * 16 + l;
                    p += 2;
                    break;
                }
                default: script_fail("unknown escape");
                }
            }
            buf[n++] = (unsigned char)ch;
        }
        if (*p != '"') script_fail("unterminated string");
        p = skip_ws(p + 1);
        for (r = 0; r < rep; r++) client_append(c, buf, n);
        total += n * rep;
    }
    if (*p && *p != '#') script_fail("junk after string");
    return total;
}

static sim_client *client_arg(const char **pp, int must_exist) {
    unsigned long id = parse_num(pp);
    if (id == 0 || id >= SIM_MAX_CLIENTS) script_fail("connection id must be 1..63");
    if (must_exist && g_cl[id].state == C_NONE) script_fail("connection was never opened");
    return &g_cl[id];
}

static sim_listener *listener_on(uint16_t port) {
    int i;
    for (i = 0; i < SIM_MAX_LISTENERS; i++)
        if (g_lst[i].used && g_lst[i].port == port) return &g_lst[i];
    return NULL;
}

static int word_is(const char *p, const char *w, const char **rest) {
    size_t n = strlen(w);
    if (strncmp(p, w, n) != 0 || (p[n] && p[n] != ' ' && p[n] != '\t')) return 0;
    *rest = p + n;
    return 1;
}

/* Parse "a.b.c.d:port" into a. */
static void parse_peer(const char **pp, port_addr *a) {
    unsigned long v;
    int i;
    memset(a, 0, sizeof *a);
    a->family = 4;
    for (i = 0; i < 4; i++) {
        v = parse_num(pp);
        if (v > 255) script_fail("bad IPv4 address");
        a->ip[i] = (uint8_t)v;
        if (i < 3) {
            if (**pp != '.') script_fail("bad IPv4 address");
            (*pp)++;
        }
    }
    if (**pp != ':') script_fail("peer needs :port");
    (*pp)++;
    v = parse_num(pp);
    if (v == 0 || v > 65535) script_fail("bad port");
    a->port = (uint16_t)v;
}

/* Read and apply the next script line.  Returns 0 at the end of the
 * script, 1 if an event was applied, 2 if a wait was started. */
static int script_step(void) {
    const char *p, *rest;
    sim_client *c;
    for (;;) {
        size_t n;
        if (!g_script || !fgets(g_line, sizeof g_line, g_script)) {
            if (!g_script_done) {
                g_script_done = 1;
                g_end_at = g_clock;
            }
            return 0;
        }
        g_lineno++;
        n = strlen(g_line);
        if (n == sizeof g_line - 1 && g_line[n - 1] != '\n') script_fail("line too long");
        while (n && (g_line[n - 1] == '\n' || g_line[n - 1] == '\r')) g_line[--n] = 0;
        p = skip_ws(g_line);
        if (*p && *p != '#') break;
    }
    if (word_is(p, "wait", &rest)) {
        g_wait_left = parse_num(&rest);
        g_have_wait = 1;
        return 2;
    }
    if (word_is(p, "open", &rest)) {
        unsigned long id;
        sim_listener *l;
        const char *q = rest;
        id = parse_num(&q);
        c = client_arg(&rest, 0);
        if (c->state != C_NONE) script_fail("connection id already used");
        memset(c, 0, sizeof *c);
        c->port = 0; /* the first listener */
        rest = skip_ws(rest);
        if (*rest && *rest != '#') {
            unsigned long port = parse_num(&rest);
            if (port == 0 || port > 65535) script_fail("bad port");
            c->port = (uint16_t)port;
        }
        rest = skip_ws(rest);
        if (*rest && *rest != '#') {
            parse_peer(&rest, &c->peer);
        } else {
            c->peer.family = 4;
            c->peer.ip[0] = 192;
            c->peer.ip[1] = 168;
            c->peer.ip[2] = 1;
            c->peer.ip[3] = (uint8_t)(100 + id);
            c->peer.port = (uint16_t)(50000 + id);
        }
        if (c->port == 0) {
            int i;
            for (i = 0; i < SIM_MAX_LISTENERS && !c->port; i++)
                if (g_lst[i].used) c->port = g_lst[i].port;
        }
        l = c->port ? listener_on(c->port) : NULL;
        if (!l || l->qlen >= SIM_MAX_CLIENTS) {
            if (c->port) rec("c%lu refused (nothing listens on %u)", id, (unsigned)c->port);
            else rec("c%lu refused (nothing listens)", id);
            c->state = C_CLOSED;
            return 1;
        }
        c->state = C_PENDING;
        l->queue[(l->qhead + l->qlen) % SIM_MAX_CLIENTS] = (int)id;
        l->qlen++;
        return 1;
    }
    if (word_is(p, "send", &rest) || word_is(p, "sendrep", &rest)) {
        int isrep = p[4] == 'r';
        unsigned long rep = 1, id;
        const char *q = rest;
        size_t n;
        id = parse_num(&q);
        c = client_arg(&rest, 1);
        if (isrep) rep = parse_num(&rest);
        if (c->state == C_CLOSED || c->shut || c->reset) {
            n = append_strings(c, rest, rep);
            c->in_len -= n; /* dropped */
            rec("c%lu <- %lu bytes dropped (connection closed)", id, (unsigned long)n);
            return 1;
        }
        n = append_strings(c, rest, rep);
        (void)n;
        return 1;
    }
    if (word_is(p, "shut", &rest)) {
        c = client_arg(&rest, 1);
        c->shut = 1;
        return 1;
    }
    if (word_is(p, "reset", &rest)) {
        c = client_arg(&rest, 1);
        c->reset = 1;
        return 1;
    }
    if (word_is(p, "chunk", &rest)) {
        c = client_arg(&rest, 1);
        c->chunk = parse_num(&rest);
        return 1;
    }
    if (word_is(p, "window", &rest)) {
        c = client_arg(&rest, 1);
        c->window = parse_num(&rest);
        return 1;
    }
    if (word_is(p, "epoch", &rest)) {
        g_epoch = (int64_t)parse_num(&rest);
        return 1;
    }
    if (word_is(p, "log", &rest)) {
        g_log_level = (int)parse_num(&rest);
        return 1;
    }
    script_fail("unknown command");
    return 0;
}

int port_sim_open(const char *script_path, const char *out_path) {
    g_out = fopen(out_path, "wb");
    if (!g_out) {
        fprintf(stderr, "sim: cannot create %s\n", out_path);
        return -1;
    }
    if (strcmp(script_path, "-") == 0 || strcmp(script_path, "none") == 0) {
        g_script = NULL;
    } else {
        g_script = fopen(script_path, "rb");
        if (!g_script) {
            fprintf(stderr, "sim: cannot open %s\n", script_path);
            return -1;
        }
    }
    return 0;
}

void port_sim_set_end_hook(void (*fn)(void)) { g_end_hook = fn; }

void port_sim_exit(int status) {
    int i;
    for (i = 1; i < SIM_MAX_CLIENTS; i++)
        if (g_cl[i].state == C_OPEN || g_cl[i].state == C_PENDING)
            rec("c%d still open (%s)", i, g_cl[i].state == C_OPEN ? "accepted" : "never accepted");
    rec("end status %d", status);
    sim_heap_report();
    if (g_out) fclose(g_out);
    g_out = NULL;
    if (g_script) fclose(g_script);
    g_script = NULL;
    exit(status);
}

/* ------------------------------------------------------------- sockets */

static sim_listener *lsock(port_sock s) {
    int i = s - SIM_LSOCK_BASE;
    if (i < 0 || i >= SIM_MAX_LISTENERS || !g_lst[i].used) return NULL;
    return &g_lst[i];
}

static sim_client *csock(port_sock s) {
    int i = s - SIM_CSOCK_BASE;
    if (i <= 0 || i >= SIM_MAX_CLIENTS || g_cl[i].state == C_NONE) return NULL;
    return &g_cl[i];
}

int port_listen(const port_addr *addr, int backlog, port_sock *out_s, port_addr *bound, char *err, size_t errlen) {
    int i, free_i = -1;
    uint16_t port = addr->port;
    char a[64];
    (void)backlog;
    if (port == 0) {
        port = 49152;
        while (listener_on(port)) port++;
    }
    for (i = 0; i < SIM_MAX_LISTENERS; i++) {
        if (g_lst[i].used && g_lst[i].port == port) {
            fmt_addr(addr, a, sizeof a);
            if (err && errlen) snprintf(err, errlen, "bind %s: Address already in use", a);
            set_err("Address already in use");
            return PORT_ERR;
        }
        if (!g_lst[i].used && free_i < 0) free_i = i;
    }
    if (free_i < 0) {
        if (err && errlen) snprintf(err, errlen, "listen: too many listeners in simulation");
        set_err("too many listeners");
        return PORT_ERR;
    }
    memset(&g_lst[free_i], 0, sizeof g_lst[free_i]);
    g_lst[free_i].used = 1;
    g_lst[free_i].port = port;
    *out_s = SIM_LSOCK_BASE + free_i;
    if (bound) {
        *bound = *addr;
        bound->port = port;
    }
    rec("listen %u", (unsigned)port);
    return 0;
}

int port_accept(port_sock ls, port_sock *out_s, port_addr *peer, port_addr *local) {
    sim_listener *l = lsock(ls);
    int id;
    sim_client *c;
    if (!l || l->qlen == 0) return PORT_AGAIN;
    id = l->queue[l->qhead];
    l->qhead = (l->qhead + 1) % SIM_MAX_CLIENTS;
    l->qlen--;
    c = &g_cl[id];
    c->state = C_OPEN;
    *out_s = SIM_CSOCK_BASE + id;
    if (peer) *peer = c->peer;
    if (local) {
        memset(local, 0, sizeof *local);
        local->family = 4;
        local->ip[0] = 192;
        local->ip[1] = 168;
        local->ip[2] = 1;
        local->ip[3] = 1;
        local->port = c->port;
    }
    {
        char a[64];
        fmt_addr(&c->peer, a, sizeof a);
        rec("c%d accepted from %s on %u", id, a, (unsigned)c->port);
    }
    return 0;
}

int port_connect(const port_addr *addr, port_sock *out_s, char *err, size_t errlen) {
    char a[64];
    (void)out_s;
    fmt_addr(addr, a, sizeof a);
    rec("connect %s refused (no outgoing connections in simulation)", a);
    if (err && errlen) snprintf(err, errlen, "connect %s: Connection refused", a);
    set_err("Connection refused");
    return PORT_ERR;
}

int port_connect_result(port_sock s, char *err, size_t errlen) {
    (void)s;
    if (err && errlen) snprintf(err, errlen, "Connection refused");
    set_err("Connection refused");
    return PORT_ERR;
}

long port_send(port_sock s, const void *buf, size_t len) {
    sim_client *c = csock(s);
    int id = s - SIM_CSOCK_BASE;
    if (!c || c->state != C_OPEN) {
        set_err("Bad file descriptor");
        return PORT_ERR;
    }
    if (c->reset) {
        set_err("Connection reset by peer");
        return PORT_ERR;
    }
    if (c->window) {
        size_t room = c->window > c->window_used ? c->window - c->window_used : 0;
        if (room == 0) return PORT_AGAIN;
        if (len > room) len = room;
        c->window_used += len;
    }
    if (len == 0) return 0;
    fprintf(out(), "T=%llu c%d send %lu\n", (unsigned long long)g_clock, id, (unsigned long)len);
    fwrite(buf, 1, len, out());
    fputc('\n', out());
    c->sent += len;
    return (long)len;
}

long port_send_more(port_sock s, const void *buf, size_t len) { return port_send(s, buf, len); }

long port_recv(port_sock s, void *buf, size_t len) {
    sim_client *c = csock(s);
    size_t avail;
    if (!c || c->state != C_OPEN) {
        set_err("Bad file descriptor");
        return PORT_ERR;
    }
    if (c->reset) {
        set_err("Connection reset by peer");
        return PORT_ERR;
    }
    avail = c->in_len - c->in_off;
    if (avail == 0) {
        if (c->shut) return 0;
        return PORT_AGAIN;
    }
    if (len > avail) len = avail;
    if (c->chunk && len > c->chunk) len = c->chunk;
    memcpy(buf, c->in + c->in_off, len);
    c->in_off += len;
    return (long)len;
}

void port_close(port_sock s) {
    sim_listener *l = lsock(s);
    sim_client *c;
    if (l) {
        rec("unlisten %u", (unsigned)l->port);
        while (l->qlen) { /* queued, never accepted: refused */
            int id = l->queue[l->qhead];
            l->qhead = (l->qhead + 1) % SIM_MAX_CLIENTS;
            l->qlen--;
            g_cl[id].state = C_CLOSED;
            rec("c%d refused (listener closed)", id);
        }
        l->used = 0;
        return;
    }
    c = csock(s);
    if (c && c->state == C_OPEN) {
        rec("c%d closed by server after %llu bytes%s", s - SIM_CSOCK_BASE, c->sent,
            c->in_off < c->in_len ? " (unread input)" : "");
        c->state = C_CLOSED;
        sim_raw_free(c->in);
        c->in = NULL;
        c->in_len = c->in_off = c->in_cap = 0;
    }
}

static uint8_t ready_of(const port_pollfd *f) {
    sim_listener *l = lsock(f->sock);
    sim_client *c;
    uint8_t r = 0;
    if (l) return (uint8_t)((f->events & PORT_POLL_IN) && l->qlen ? PORT_POLL_IN : 0);
    c = csock(f->sock);
    if (!c || c->state != C_OPEN) return PORT_POLL_ERR;
    if (c->reset) return PORT_POLL_ERR | (f->events & (PORT_POLL_IN | PORT_POLL_OUT));
    if ((f->events & PORT_POLL_IN) && (c->in_len > c->in_off || c->shut)) r |= PORT_POLL_IN;
    if ((f->events & PORT_POLL_OUT) && (!c->window || c->window_used < c->window)) r |= PORT_POLL_OUT;
    return r;
}

static int count_ready(port_pollfd *fds, size_t n) {
    size_t i;
    int k = 0;
    for (i = 0; i < n; i++) {
        fds[i].revents = ready_of(&fds[i]);
        if (fds[i].revents) k++;
    }
    return k;
}

static void end_of_run(void) {
    if (g_end_hook) g_end_hook();
    port_sim_exit(0);
}

int port_poll(port_pollfd *fds, size_t n, int timeout_ms) {
    int k, i;
    /* a new round: a slow client (window) reads another window's worth */
    for (i = 1; i < SIM_MAX_CLIENTS; i++) g_cl[i].window_used = 0;
    for (;;) {
        k = count_ready(fds, n);
        if (k > 0 || timeout_ms == 0) return k;
        if (g_have_wait) {
            uint64_t step = g_wait_left;
            if (timeout_ms > 0 && (uint64_t)timeout_ms < step) step = (uint64_t)timeout_ms;
            g_clock += step;
            g_wait_left -= step;
            if (g_wait_left == 0) g_have_wait = 0;
            return 0;
        }
        if (script_step() == 0) {
            /* script over: let timers and deadlines run out, within a limit */
            if (timeout_ms > 0 && g_clock + (uint64_t)timeout_ms <= g_end_at + SIM_END_LIMIT_MS) {
                g_clock += (uint64_t)timeout_ms;
                return 0;
            }
            end_of_run();
        }
    }
}

/* ------------------------------------------------------------------ files
 * Paths are relative to the directory the simulation runs in; a leading
 * '/' is dropped, so "/fs/www" and "fs/www" name the same file.  Only
 * stdio is used, so semihosting provides it on the emulated targets.
 * Directories can be stat'ed (a read of one fails) but not listed. */

static const char *host_path(const char *path) {
    while (*path == '/') path++;
    return *path ? path : ".";
}

/* Regular file or directory?  Opening a directory succeeds everywhere
 * (host fopen, QEMU semihosting open).  Reading one fails with an error on
 * the host and on lx106, but returns 0 bytes on rv32 (picolibc's
 * SYS_READ), where the size (SYS_FLEN) is the directory's st_size.  So:
 * a read error, or no byte from something with a size, is a directory.
 * (An empty directory of size 0 would pass for an empty file.) */
static int probe(FILE *f, port_stat *st) {
    long size;
    unsigned char b;
    size_t got;
    memset(st, 0, sizeof *st);
    st->mtime = g_epoch;
    got = fread(&b, 1, 1, f);
    if ((got != 1 && ferror(f)) || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || (got != 1 && size > 0)) {
        st->is_dir = 1;
        return 0;
    }
    st->size = (uint64_t)size;
    st->is_reg = 1;
    return 0;
}

int port_stat_path(const char *path, port_stat *st) {
    FILE *f = fopen(host_path(path), "rb");
    if (!f) {
        set_err("No such file or directory");
        return PORT_ERR;
    }
    probe(f, st);
    fclose(f);
    return 0;
}

int port_file_open(const char *path, int nofollow, port_fd *out_fd) {
    int i;
    (void)nofollow;
    for (i = 0; i < SIM_MAX_FILES; i++) {
        if (!g_files[i]) {
            g_files[i] = fopen(host_path(path), "rb");
            if (!g_files[i]) {
                set_err("No such file or directory");
                return PORT_ERR;
            }
            *out_fd = SIM_FD_BASE + i;
            return 0;
        }
    }
    set_err("Too many open files");
    return PORT_ERR;
}

static FILE *file_of(port_fd fd) {
    int i = fd - SIM_FD_BASE;
    if (i < 0 || i >= SIM_MAX_FILES) return NULL;
    return g_files[i];
}

int port_file_fstat(port_fd fd, port_stat *st) {
    FILE *f = file_of(fd);
    if (!f) {
        set_err("Bad file descriptor");
        return PORT_ERR;
    }
    probe(f, st);
    clearerr(f);
    return 0;
}

long port_file_pread(port_fd fd, void *buf, size_t len, uint64_t off) {
    FILE *f = file_of(fd);
    size_t n;
    if (!f || fseek(f, (long)off, SEEK_SET) != 0) {
        set_err("Input/output error");
        return PORT_ERR;
    }
    n = fread(buf, 1, len, f);
    if (n == 0 && ferror(f)) {
        clearerr(f);
        set_err("Is a directory");
        return PORT_ERR;
    }
    return (long)n;
}

void port_file_close(port_fd fd) {
    int i = fd - SIM_FD_BASE;
    if (i >= 0 && i < SIM_MAX_FILES && g_files[i]) {
        fclose(g_files[i]);
        g_files[i] = NULL;
    }
}

/* The simulation's paths are lexical: nothing worth keeping. */
int port_realpath_dir(const char *path, char *out, size_t outlen) { return port_realpath(path, out, outlen); }

/* The simulation has no symlinks: the stat and the lexical form. */
int port_path_resolve(const char *path, size_t canon, char *out, size_t outlen, port_stat *st) {
    (void)canon;
    if (port_stat_path(path, st) != 0) return PORT_ERR;
    if (port_realpath(path, out, outlen) != 0) out[0] = 0;
    return 0;
}

/* Lexical normalisation (the simulation has no symlinks): "/" + the path
 * with ".", ".." and repeated slashes resolved. */
int port_realpath(const char *path, char *outp, size_t outlen) {
    size_t o = 0;
    const char *p = path;
    if (outlen < 2) {
        set_err("File name too long");
        return PORT_ERR;
    }
    outp[o++] = '/';
    while (*p) {
        const char *s;
        size_t n;
        while (*p == '/') p++;
        s = p;
        while (*p && *p != '/') p++;
        n = (size_t)(p - s);
        if (n == 0 || (n == 1 && s[0] == '.')) continue;
        if (n == 2 && s[0] == '.' && s[1] == '.') {
            if (o > 1) {
                o--;
                while (o > 1 && outp[o - 1] != '/') o--;
                if (o > 1) o--;
            }
            continue;
        }
        if (o + (o > 1) + n + 1 > outlen) {
            set_err("File name too long");
            return PORT_ERR;
        }
        if (o > 1) outp[o++] = '/';
        memcpy(outp + o, s, n);
        o += n;
    }
    outp[o] = 0;
    {
        FILE *f = fopen(host_path(outp), "rb");
        if (!f) {
            set_err("No such file or directory");
            return PORT_ERR;
        }
        fclose(f);
    }
    return 0;
}

port_dir *port_dir_open(const char *path) {
    (void)path;
    set_err("directory listing is not available in simulation");
    return NULL;
}

int port_dir_next(port_dir *d, char *name, size_t namelen) {
    (void)d;
    (void)name;
    (void)namelen;
    return 0;
}

void port_dir_close(port_dir *d) { (void)d; }

long port_sendfile(port_sock s, port_fd fd, uint64_t off, size_t len) {
    (void)s;
    (void)fd;
    (void)off;
    (void)len;
    return PORT_NOSYS;
}

/* ------------------------------------------------------------- resolver
 * No DNS in the simulation: "localhost" is 127.0.0.1, every other name
 * fails.  The answer is decided at start and collected by the next check,
 * like a resolver that answers from its cache. */
#define SIM_RESOLVE_SLOTS 8
static signed char g_res[SIM_RESOLVE_SLOTS]; /* 0 free, 1 localhost, 2 not found */

int port_resolve_start(const char *name, char *err, size_t errlen) {
    int i;
    for (i = 0; i < SIM_RESOLVE_SLOTS; i++) {
        if (g_res[i] == 0) {
            g_res[i] = (signed char)(strcmp(name, "localhost") == 0 ? 1 : 2);
            return i;
        }
    }
    if (err && errlen) snprintf(err, errlen, "too many pending name lookups");
    return PORT_ERR;
}

int port_resolve_check(int h, port_addr *out, char *err, size_t errlen) {
    int r;
    if (h < 0 || h >= SIM_RESOLVE_SLOTS || g_res[h] == 0) {
        if (err && errlen) snprintf(err, errlen, "bad resolver handle");
        return PORT_ERR;
    }
    r = g_res[h];
    g_res[h] = 0;
    if (r == 1) {
        memset(out, 0, sizeof *out);
        out->family = 4;
        out->ip[0] = 127;
        out->ip[3] = 1;
        return 1;
    }
    if (err && errlen) snprintf(err, errlen, "Domain name not found");
    return PORT_ERR;
}

void port_resolve_cancel(int h) {
    if (h >= 0 && h < SIM_RESOLVE_SLOTS) g_res[h] = 0;
}

size_t port_resolve_pollfds(port_pollfd *fds, size_t max) {
    (void)fds;
    (void)max;
    return 0;
}

int port_resolve_timeout_ms(void) {
    int i;
    for (i = 0; i < SIM_RESOLVE_SLOTS; i++)
        if (g_res[i]) return 0;
    return -1;
}

void port_resolve_process(const port_pollfd *fds, size_t n) {
    (void)fds;
    (void)n;
}

void port_resolve_cleanup(void) { memset(g_res, 0, sizeof g_res); }

/* --------------------------------------------------------------- random
 * Deterministic on purpose (reproducible runs, byte-identical output on
 * host/lx106/rv32): xorshift64* from the fixed seed 0x7473667773696d31
 * ("tsfwsim1").  Not secure - the simulation has no secrets to protect. */
static uint64_t g_rng = 0x7473667773696d31ull;

/* No environment in a simulated run. */
const char *port_getenv(const char *name) {
    (void)name;
    return NULL;
}

int port_random(void *buf, size_t len) {
    unsigned char *p = (unsigned char *)buf;
    while (len > 0) {
        uint64_t v;
        size_t i;
        g_rng ^= g_rng >> 12;
        g_rng ^= g_rng << 25;
        g_rng ^= g_rng >> 27;
        v = g_rng * 0x2545f4914f6cdd1dull;
        for (i = 0; i < 8 && len > 0; i++, len--) {
            *p++ = (unsigned char)(v & 0xff);
            v >>= 8;
        }
    }
    return 0;
}
