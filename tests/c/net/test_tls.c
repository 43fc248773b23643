/* test_tls.c - TLS client and server of the same manager, in-process over
 * loopback: large transfers both ways (records bigger than the conn's rx
 * buffer, partial writes), the CA cache, close/free while handshaking.
 * Certificates come from tests/tls/gen-certs.sh, run into a temp dir. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"
#include "net/tls.h"
#include "net/net_internal.h"

#include <unistd.h>

#define WAIT_MS 10000
#define BIG     (200u * 1024u)

static char g_dir[256];
static char g_ca[300], g_cert[300], g_key[300];

static int setup(void **st) {
    char cmd[1024];
    const char *src = __FILE__;
    const char *cut = strstr(src, "tests/c/net/");
    const char *root = getenv("TSFW_ROOT"); /* else: from this file's path */
    int rl;
    (void)st;
    if (!root && !cut) return -1;
    if (!root) root = src;
    rl = root == src ? (int)(cut - src) : (int)strlen(root);
    snprintf(g_dir, sizeof g_dir, "/tmp/tsfw-test-tls.XXXXXX");
    if (!mkdtemp(g_dir)) return -1;
    snprintf(cmd, sizeof cmd, "sh %.*s%stests/tls/gen-certs.sh %s/c >/dev/null 2>&1", rl, root,
             root == src || (rl && root[rl - 1] == '/') ? "" : "/", g_dir);
    if (system(cmd) != 0) return -1;
    snprintf(g_ca, sizeof g_ca, "%s/c/ca.pem", g_dir);
    snprintf(g_cert, sizeof g_cert, "%s/c/server.pem", g_dir);
    snprintf(g_key, sizeof g_key, "%s/c/server.key", g_dir);
    return 0;
}

static int teardown(void **st) {
    char cmd[400];
    (void)st;
    port_resolve_cleanup();
    snprintf(cmd, sizeof cmd, "rm -rf %s", g_dir);
    return system(cmd) == 0 ? 0 : -1;
}

static unsigned char pattern(size_t i) { return (unsigned char)((i * 7u + (i >> 9)) & 0xff); }

/* server: on open sends BIG pattern bytes (in pieces, as tx drains), and
 * counts/validates what the client sends */
typedef struct side {
    size_t sent, recvd;
    int bad, opened, closed, eof;
    char err[512];
} side;

static side g_srv, g_cli;

static void send_more(net_conn *c, side *s) {
    unsigned char buf[8192];
    while (s->sent < BIG && c->tx_len < 32768) {
        size_t n = BIG - s->sent, i;
        if (n > sizeof buf) n = sizeof buf;
        for (i = 0; i < n; i++) buf[i] = pattern(s->sent + i);
        if (net_conn_send(c, buf, n) != 0) break;
        s->sent += n;
    }
    c->want_write = s->sent < BIG;
}

static void check_rx(net_conn *c, side *s) {
    size_t i;
    for (i = 0; i < c->rx_len; i++)
        if (c->rx[i] != pattern(s->recvd + i)) s->bad++;
    s->recvd += c->rx_len;
    net_conn_rx_consume(c, c->rx_len);
}

static void srv_fn(net_conn *c, int ev, void *data, void *ud) {
    side *s = (side *)ud;
    switch (ev) {
    case NET_EV_OPEN:
        s->opened = 1;
        send_more(c, s);
        break;
    case NET_EV_WRITE: send_more(c, s); break;
    case NET_EV_READ:
        check_rx(c, s);
        if (s->recvd == BIG && s->sent == BIG) net_conn_close(c, 1);
        break;
    case NET_EV_EOF:
        s->eof = 1;
        net_conn_close(c, 1);
        break;
    case NET_EV_ERROR: snprintf(s->err, sizeof s->err, "%s", (const char *)data); break;
    case NET_EV_CLOSE:
        /* per-conn state -> the summary the tests look at */
        s->closed = 1;
        g_srv = *s;
        free(s);
        break;
    default: break;
    }
}

static void srv_accept(net_listener *l, net_conn *c, void *ud) {
    side *s = (side *)calloc(1, sizeof *s);
    (void)l;
    (void)ud;
    assert_non_null(s);
    net_conn_set_handler(c, srv_fn, s);
}

static void cli_fn(net_conn *c, int ev, void *data, void *ud) {
    side *s = (side *)ud;
    switch (ev) {
    case NET_EV_CONNECT:
        s->opened = 1;
        send_more(c, s);
        break;
    case NET_EV_WRITE: send_more(c, s); break;
    case NET_EV_READ: check_rx(c, s); break;
    case NET_EV_EOF:
        s->eof = 1;
        net_conn_close(c, 1);
        break;
    case NET_EV_ERROR: snprintf(s->err, sizeof s->err, "%s", (const char *)data); break;
    case NET_EV_CLOSE: s->closed = 1; break;
    default: break;
    }
}

static net_listener *tls_listener(net_mgr *m, const char *ca) {
    net_listener *l = mgr_listener_new(m, srv_accept, &g_srv);
    net_tls_opts so;
    port_addr a;
    char err[512];
    memset(&so, 0, sizeof so);
    so.cert_file = g_cert;
    so.key_file = g_key;
    so.ca_file = ca;
    assert_int_equal(mgr_listener_set_tls(l, &so, err, sizeof err), 0);
    assert_int_equal(net_listen_addr_parse("127.0.0.1:0", &a, err, sizeof err), 0);
    assert_int_equal(mgr_listener_bind(l, &a, err, sizeof err), 0);
    return l;
}

static void run(net_mgr *m, int *flag) {
    uint64_t end = port_now_ms() + WAIT_MS;
    while (!*flag && port_now_ms() < end) mgr_poll(m, 100);
}

/* a numeric host is what gets verified unless server_name is set: the
 * certificate names localhost, so this must fail on both sides */
static void test_tls_ip_name_mismatch(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l;
    net_tls_opts co;
    char err[512], want[200];
    net_conn *c;
    (void)st;
    memset(&g_srv, 0, sizeof g_srv);
    memset(&g_cli, 0, sizeof g_cli);
    l = tls_listener(m, NULL);
    memset(&co, 0, sizeof co);
    co.ca_file = g_ca;
    c = mgr_connect_tls(m, "127.0.0.1", mgr_listener_addr(l)->port, &co, cli_fn, &g_cli, err, sizeof err);
    assert_non_null(c);
    c->deadline = mgr_now(m) + WAIT_MS;
    run(m, &g_cli.closed);
    snprintf(want, sizeof want,
             "TLS handshake with 127.0.0.1:%u: certificate verify failed: "
             "certificate's name does not match '127.0.0.1'",
             (unsigned)mgr_listener_addr(l)->port);
    assert_string_equal(g_cli.err, want);
    assert_false(g_cli.opened);
    run(m, &g_srv.closed);
    assert_false(g_srv.opened); /* no NET_EV_OPEN without a handshake */
    assert_non_null(strstr(g_srv.err, "TLS handshake: "));
    mgr_free(m);
}

/* numeric host + server_name, as the IP itself does not match */
static void test_tls_server_name(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l;
    net_tls_opts co;
    char err[512];
    (void)st;
    memset(&g_srv, 0, sizeof g_srv);
    memset(&g_cli, 0, sizeof g_cli);
    l = tls_listener(m, NULL);
    memset(&co, 0, sizeof co);
    co.ca_file = g_ca;
    co.server_name = "localhost";
    assert_non_null(mgr_connect_tls(m, "127.0.0.1", mgr_listener_addr(l)->port, &co, cli_fn, &g_cli, err, sizeof err));
    run(m, &g_cli.closed);
    assert_string_equal(g_cli.err, "");
    assert_true(g_cli.opened);
    assert_int_equal(g_cli.sent, BIG);
    assert_int_equal(g_cli.recvd, BIG);
    assert_int_equal(g_cli.bad, 0);
    assert_int_equal(g_srv.recvd, BIG);
    assert_int_equal(g_srv.bad, 0);
    mgr_free(m);
    assert_true(g_srv.closed);
}

/* by name (resolved from /etc/hosts), two conns sharing one parsed CA */
static void test_tls_by_name_ca_cached(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l;
    net_tls_opts co;
    char err[512];
    side a, b;
    (void)st;
    memset(&g_srv, 0, sizeof g_srv);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    l = tls_listener(m, NULL);
    memset(&co, 0, sizeof co);
    co.ca_file = g_ca;
    assert_non_null(mgr_connect_tls(m, "localhost", mgr_listener_addr(l)->port, &co, cli_fn, &a, err, sizeof err));
    assert_non_null(mgr_connect_tls(m, "localhost", mgr_listener_addr(l)->port, &co, cli_fn, &b, err, sizeof err));
    /* one cache entry: ca_entry starts with its `next` link */
    assert_non_null(m->tls_cas);
    assert_null(*(void **)m->tls_cas);
    run(m, &a.closed);
    run(m, &b.closed);
    assert_string_equal(a.err, "");
    assert_string_equal(b.err, "");
    assert_int_equal(a.recvd, BIG);
    assert_int_equal(b.recvd, BIG);
    assert_int_equal(a.bad + b.bad, 0);
    mgr_free(m);
}

/* the server asks for a client certificate: ours, from the same CA, works */
static void test_tls_client_cert(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l;
    net_tls_opts co;
    char err[512], cc[300], ck[300];
    (void)st;
    memset(&g_srv, 0, sizeof g_srv);
    memset(&g_cli, 0, sizeof g_cli);
    l = tls_listener(m, g_ca);
    snprintf(cc, sizeof cc, "%s/c/client.pem", g_dir);
    snprintf(ck, sizeof ck, "%s/c/client.key", g_dir);
    memset(&co, 0, sizeof co);
    co.ca_file = g_ca;
    co.server_name = "localhost";
    co.cert_file = cc;
    co.key_file = ck;
    assert_non_null(mgr_connect_tls(m, "127.0.0.1", mgr_listener_addr(l)->port, &co, cli_fn, &g_cli, err, sizeof err));
    run(m, &g_cli.closed);
    assert_string_equal(g_cli.err, "");
    assert_int_equal(g_cli.recvd, BIG);
    mgr_free(m);
}

/* closing or freeing while the handshake runs: no events after CLOSE, no leaks */
static void test_tls_close_during_handshake(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l;
    net_tls_opts co;
    char err[512];
    side a, b;
    net_conn *c;
    int i;
    (void)st;
    memset(&g_srv, 0, sizeof g_srv);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    l = tls_listener(m, NULL);
    memset(&co, 0, sizeof co);
    co.ca_file = g_ca;
    co.server_name = "localhost";
    c = mgr_connect_tls(m, "127.0.0.1", mgr_listener_addr(l)->port, &co, cli_fn, &a, err, sizeof err);
    assert_non_null(mgr_connect_tls(m, "127.0.0.1", mgr_listener_addr(l)->port, &co, cli_fn, &b, err, sizeof err));
    for (i = 0; i < 3; i++) mgr_poll(m, 0);
    net_conn_close(c, 0);
    mgr_poll(m, 0);
    assert_true(a.closed);
    assert_false(a.opened);
    mgr_free(m);
    assert_true(b.closed);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tls_ip_name_mismatch),       cmocka_unit_test(test_tls_server_name),
        cmocka_unit_test(test_tls_by_name_ca_cached),      cmocka_unit_test(test_tls_client_cert),
        cmocka_unit_test(test_tls_close_during_handshake),
    };
    return cmocka_run_group_tests_name("net_tls", tests, setup, teardown);
}
