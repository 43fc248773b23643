/* tls_tool.c - drives the runtime's TLS from the command line for
 * tests/tls/tls_tests.sh, and measures its heap.
 *
 *   tls_tool client HOST PORT [options]
 *       mgr_connect_tls(.., tls, ..); after NET_EV_CONNECT sends
 *       "GET / HTTP/1.0", reads to EOF.  Prints "connected", the first
 *       response line, or "error: <message>".  Exit 0 only if connected and
 *       a response arrived.
 *       --ca F  --cert F  --key F  --name SNI  --mfl N  --timeout MS
 *       --conns N   N connections at once (heap per connection)
 *   tls_tool server ADDR CERT KEY [--ca F] [--requests N] [--timeout MS] [--max-conns N]
 *       http_server_listen_tls; answers "hello over tls\n"; prints
 *       "port N", then "error <conn>: <msg>" for HTTP_EV_ERROR; exits after
 *       N requests (default 1) or the timeout.
 *   tls_tool listen-error ADDR CERT KEY [--ca F]
 *       prints the listen error (or "ok").
 *
 * With TSFW_HEAP_COUNT (a build without ASan) malloc/calloc/realloc/free
 * are interposed here (ELF interposition, so libmbedtls' calls count too)
 * and the tool prints "heap ..." lines:
 *   client: base (before connect), ca (CA bundle, cached until mgr_free),
 *           peak_per_conn ((peak - base - ca) / N)
 *   server: base (after listen: cert+key), peak_per_conn
 */
#define _GNU_SOURCE 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/http.h"
#include "net/mgr.h"
#include "net/timer.h"
#include "net/tls.h"

/* ----------------------------------------------------------- heap count */
#ifdef TSFW_HEAP_COUNT
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);

static size_t g_cur, g_peak;
#define HDR 16

void *malloc(size_t n) {
    unsigned char *p = (unsigned char *)__libc_malloc(n + HDR);
    if (!p) return NULL;
    *(size_t *)p = n;
    g_cur += n;
    if (g_cur > g_peak) g_peak = g_cur;
    return p + HDR;
}
void *calloc(size_t a, size_t b) {
    size_t n = a * b;
    unsigned char *p;
    if (b && n / b != a) return NULL;
    p = (unsigned char *)__libc_calloc(1, n + HDR);
    if (!p) return NULL;
    *(size_t *)p = n;
    g_cur += n;
    if (g_cur > g_peak) g_peak = g_cur;
    return p + HDR;
}
void free(void *q) {
    unsigned char *p;
    if (!q) return;
    p = (unsigned char *)q - HDR;
    g_cur -= *(size_t *)p;
    __libc_free(p);
}
void *realloc(void *q, size_t n) {
    unsigned char *p, *np;
    size_t old;
    if (!q) return malloc(n);
    if (n == 0) {
        free(q);
        return NULL;
    }
    p = (unsigned char *)q - HDR;
    old = *(size_t *)p;
    np = (unsigned char *)__libc_realloc(p, n + HDR);
    if (!np) return NULL;
    *(size_t *)np = n;
    g_cur = g_cur - old + n;
    if (g_cur > g_peak) g_peak = g_cur;
    return np + HDR;
}
#define HEAP_ON 1
#else
static size_t g_cur, g_peak;
#define HEAP_ON 0
#endif

static net_mgr *g_mgr;
static int g_ok_conns, g_done, g_nconns = 1;

static const char *arg_val(int argc, char **argv, const char *name, const char *def) {
    int i;
    const char *v = def;
    for (i = 1; i + 1 < argc; i++) /* the last one wins */
        if (strcmp(argv[i], name) == 0) v = argv[i + 1];
    return v;
}

/* ---------------------------------------------------------------- client */
typedef struct cstate {
    char line[256];
    size_t len;
    int connected, got;
} cstate;

static void client_fn(net_conn *c, int ev, void *data, void *ud) {
    cstate *s = (cstate *)ud;
    switch (ev) {
    case NET_EV_CONNECT:
        s->connected = 1;
        printf("connected\n");
        net_conn_send_str(c, "GET / HTTP/1.0\r\nHost: localhost\r\n\r\n");
        break;
    case NET_EV_READ:
        if (!s->got) {
            size_t n = c->rx_len, i;
            for (i = 0; i < n && s->len + 1 < sizeof s->line; i++) {
                if (c->rx[i] == '\r' || c->rx[i] == '\n') {
                    s->got = 1;
                    break;
                }
                s->line[s->len++] = (char)c->rx[i];
            }
            s->line[s->len] = 0;
        }
        net_conn_rx_consume(c, c->rx_len);
        break;
    case NET_EV_EOF: net_conn_close(c, 1); break;
    case NET_EV_TIMEOUT:
        printf("error: timeout\n");
        net_conn_close(c, 0);
        break;
    case NET_EV_ERROR: printf("error: %s\n", (const char *)data); break;
    case NET_EV_CLOSE:
        if (s->connected && s->len) {
            printf("response: %s\n", s->line);
            g_ok_conns++;
        }
        g_done++;
        break;
    default: break;
    }
}

static int run_client(int argc, char **argv) {
    net_tls_opts o;
    cstate st[16];
    char err[256];
    int i, timeout = atoi(arg_val(argc, argv, "--timeout", "5000"));
    size_t base, ca;
    uint64_t end;
    memset(&o, 0, sizeof o);
    o.ca_file = arg_val(argc, argv, "--ca", NULL);
    o.cert_file = arg_val(argc, argv, "--cert", NULL);
    o.key_file = arg_val(argc, argv, "--key", NULL);
    o.server_name = arg_val(argc, argv, "--name", NULL);
    o.max_fragment_len = (unsigned)atoi(arg_val(argc, argv, "--mfl", "0"));
    g_nconns = atoi(arg_val(argc, argv, "--conns", "1"));
    if (g_nconns < 1 || g_nconns > 16) g_nconns = 1;
    memset(st, 0, sizeof st);
    g_mgr = mgr_new();
    base = g_cur;
    g_peak = g_cur;
    for (i = 0; i < g_nconns; i++) {
        net_conn *c = mgr_connect_tls(g_mgr, argv[2], (uint16_t)atoi(argv[3]), &o, client_fn, &st[i], err, sizeof err);
        if (!c) {
            printf("error: %s\n", err);
            return 1;
        }
        c->deadline = mgr_now(g_mgr) + (uint64_t)timeout;
    }
    end = port_now_ms() + (uint64_t)timeout + 1000;
    while (g_done < g_nconns && port_now_ms() < end) mgr_poll(g_mgr, 100);
    ca = g_cur - base; /* what stays: the cached CA bundle */
    if (HEAP_ON) printf("heap base=%zu ca=%zu peak_per_conn=%zu\n", base, ca, (g_peak - base - ca) / (size_t)g_nconns);
    mgr_free(g_mgr);
    port_resolve_cleanup();
    if (HEAP_ON) printf("heap after_free=%zu\n", g_cur);
    return g_ok_conns == g_nconns ? 0 : 1;
}

/* ---------------------------------------------------------------- server */
static int g_requests, g_want = 1;

static void handler(http_server *s, http_req *req, http_exchange *res, void *ud) {
    (void)s;
    (void)req;
    (void)ud;
    http_exchange_end(res, "hello over tls\n", 15);
    g_requests++;
}

static void on_event(http_server *s, int ev, long id, const char *msg, void *ud) {
    (void)s;
    (void)ud;
    if (ev == HTTP_EV_ERROR) {
        printf("error %ld: %s\n", id, msg);
        fflush(stdout);
    }
    if (ev == HTTP_EV_CLOSE && g_requests >= g_want) g_done = 1;
}

static int run_server(int argc, char **argv, int listen_only) {
    net_tls_opts o;
    http_server *srv;
    char err[512];
    int timeout = atoi(arg_val(argc, argv, "--timeout", "10000"));
    size_t base;
    uint64_t end;
    if (argc < 5) return 2;
    memset(&o, 0, sizeof o);
    o.cert_file = argv[3];
    o.key_file = argv[4];
    o.ca_file = arg_val(argc, argv, "--ca", NULL);
    g_want = atoi(arg_val(argc, argv, "--requests", "1"));
    g_mgr = mgr_new();
    {
        http_limits lim;
        http_limits_default(&lim);
        lim.max_conns = (unsigned)atoi(arg_val(argc, argv, "--max-conns", "0"));
        if (lim.max_conns == 0) http_limits_default(&lim);
        srv = http_server_new(g_mgr, &lim, handler, NULL, NULL);
    }
    http_server_on(srv, on_event, NULL, NULL);
    if (http_server_listen_tls(srv, argv[2], &o, err, sizeof err) != 0) {
        printf("%s\n", err);
        http_server_destroy(srv);
        mgr_free(g_mgr);
        return listen_only ? 0 : 1;
    }
    if (listen_only) {
        printf("ok\n");
        http_server_destroy(srv);
        mgr_free(g_mgr);
        return 0;
    }
    printf("port %u\n", (unsigned)http_server_port(srv));
    fflush(stdout);
    base = g_cur;
    g_peak = g_cur;
    end = port_now_ms() + (uint64_t)timeout;
    while (!g_done && port_now_ms() < end) mgr_poll(g_mgr, 100);
    if (HEAP_ON) printf("heap base=%zu peak_per_conn=%zu\n", base, g_peak - base);
    printf("requests %d\n", g_requests);
    http_server_destroy(srv);
    mgr_free(g_mgr);
    return g_done ? 0 : 1;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc >= 4 && strcmp(argv[1], "client") == 0) return run_client(argc, argv);
    if (argc >= 5 && strcmp(argv[1], "server") == 0) return run_server(argc, argv, 0);
    if (argc >= 5 && strcmp(argv[1], "listen-error") == 0) return run_server(argc, argv, 1);
    fprintf(stderr,
            "usage: tls_tool client HOST PORT [...] | server ADDR CERT KEY [...] | listen-error ADDR CERT KEY\n");
    return 2;
}
