/* test_connect.c - outgoing connections: mgr_connect over loopback TCP
 * (IPv4/IPv6), refused connects, connect deadlines, mgr_mem_connect. */
#include "testutil.h"

#define WAIT_MS 5000 /* upper bound for every loop below */

typedef struct cli {
    char log[1024];
    char err[512];
    char data[256];
    size_t dlen;
    int closed;
    int close_on_timeout;
} cli;

static void cli_log(cli *k, const char *s) {
    if (strlen(k->log) + strlen(s) + 2 < sizeof k->log) {
        strcat(k->log, s);
        strcat(k->log, " ");
    }
}

static void cli_fn(net_conn *c, int ev, void *data, void *ud) {
    cli *k = (cli *)ud;
    switch (ev) {
    case NET_EV_CONNECT: cli_log(k, "connect"); break;
    case NET_EV_READ:
        if (k->dlen + c->rx_len < sizeof k->data) {
            memcpy(k->data + k->dlen, c->rx, c->rx_len);
            k->dlen += c->rx_len;
            k->data[k->dlen] = 0;
        }
        net_conn_rx_consume(c, c->rx_len);
        break;
    case NET_EV_EOF:
        cli_log(k, "eof");
        net_conn_close(c, 1);
        break;
    case NET_EV_TIMEOUT:
        cli_log(k, "timeout");
        if (k->close_on_timeout) net_conn_close(c, 0);
        break;
    case NET_EV_ERROR:
        cli_log(k, "error");
        snprintf(k->err, sizeof k->err, "%s", (const char *)data);
        break;
    case NET_EV_CLOSE:
        cli_log(k, "close");
        k->closed = 1;
        break;
    default: break;
    }
}

/* echo server on the same manager: echoes, closes after "bye" */
static void echo_fn(net_conn *c, int ev, void *data, void *ud) {
    (void)data;
    (void)ud;
    if (ev == NET_EV_READ) {
        int bye = c->rx_len >= 3 && memcmp(c->rx + c->rx_len - 3, "bye", 3) == 0;
        net_conn_send(c, c->rx, c->rx_len);
        net_conn_rx_consume(c, c->rx_len);
        if (bye) net_conn_close(c, 1);
    }
}
static void echo_accept(net_listener *l, net_conn *c, void *ud) {
    (void)l;
    (void)ud;
    net_conn_set_handler(c, echo_fn, NULL);
}

static void run_until_closed(net_mgr *m, cli *k) {
    uint64_t end = port_now_ms() + WAIT_MS;
    while (!k->closed && port_now_ms() < end) mgr_poll(m, 50);
}

static void echo_roundtrip(const char *listen, const char *host) {
    net_mgr *m = mgr_new();
    net_listener *l = mgr_listener_new(m, echo_accept, NULL);
    port_addr a;
    char err[256];
    cli k;
    net_conn *c;
    memset(&k, 0, sizeof k);
    assert_int_equal(net_listen_addr_parse(listen, &a, err, sizeof err), 0);
    if (mgr_listener_bind(l, &a, err, sizeof err) != 0) {
        /* no IPv6 on this machine */
        print_message("skipped: %s\n", err);
        mgr_free(m);
        return;
    }
    c = mgr_connect(m, host, mgr_listener_addr(l)->port, cli_fn, &k, err, sizeof err);
    assert_non_null(c);
    /* queued before the connect completes; nothing is delivered synchronously */
    assert_int_equal(net_conn_send_str(c, "hello bye"), 0);
    assert_string_equal(k.log, "");
    run_until_closed(m, &k);
    assert_string_equal(k.log, "connect eof close ");
    assert_string_equal(k.data, "hello bye");
    assert_int_equal(mgr_conn_count(m), 0);
    mgr_free(m);
}

static void test_connect_ipv4(void **st) {
    (void)st;
    echo_roundtrip("127.0.0.1:0", "127.0.0.1");
}
static void test_connect_ipv6(void **st) {
    (void)st;
    echo_roundtrip("[::1]:0", "::1");
}
static void test_connect_ipv6_brackets(void **st) {
    (void)st;
    echo_roundtrip("[::1]:0", "[::1]");
}

/* a port with nothing listening: bind one, close it */
static uint16_t free_port(void) {
    port_addr a, b;
    port_sock s;
    char err[128];
    memset(&a, 0, sizeof a);
    a.family = 4;
    a.ip[0] = 127;
    a.ip[3] = 1;
    assert_int_equal(port_listen(&a, 1, &s, &b, err, sizeof err), 0);
    port_close(s);
    return b.port;
}

static void test_connect_refused(void **st) {
    net_mgr *m = mgr_new();
    char err[256], want[128];
    uint16_t port = free_port();
    cli k;
    (void)st;
    memset(&k, 0, sizeof k);
    assert_non_null(mgr_connect(m, "127.0.0.1", port, cli_fn, &k, err, sizeof err));
    assert_string_equal(k.log, "");
    run_until_closed(m, &k);
    assert_string_equal(k.log, "error close ");
    snprintf(want, sizeof want, "connect 127.0.0.1:%u: Connection refused", (unsigned)port);
    assert_string_equal(k.err, want);
    assert_int_equal(mgr_conn_count(m), 0);
    mgr_free(m);
}

static void test_connect_bad_args(void **st) {
    net_mgr *m = mgr_new();
    char err[256];
    cli k;
    (void)st;
    memset(&k, 0, sizeof k);
    err[0] = 0;
    assert_null(mgr_connect(m, "", 80, cli_fn, &k, err, sizeof err));
    assert_string_equal(err, "connect: empty host name");
    assert_null(mgr_connect(m, "[]", 80, cli_fn, &k, err, sizeof err));
    assert_int_equal(mgr_conn_count(m), 0);
    mgr_free(m);
}

/* A listener with backlog 0 and one connection already queued: further
 * SYNs are dropped, so a connect stays in progress. */
static void test_connect_deadline(void **st) {
    net_mgr *m = mgr_new();
    port_addr a, b;
    port_sock ls, filler;
    char err[256];
    cli k;
    net_conn *c;
    uint64_t t0;
    (void)st;
    memset(&k, 0, sizeof k);
    memset(&a, 0, sizeof a);
    a.family = 4;
    a.ip[0] = 127;
    a.ip[3] = 1;
    assert_int_equal(port_listen(&a, 0, &ls, &b, err, sizeof err), 0);
    assert_true(port_connect(&b, &filler, err, sizeof err) != PORT_ERR);
    k.close_on_timeout = 1;
    c = mgr_connect(m, "127.0.0.1", b.port, cli_fn, &k, err, sizeof err);
    assert_non_null(c);
    t0 = mgr_now(m);
    c->deadline = t0 + 300;
    run_until_closed(m, &k);
    assert_string_equal(k.log, "timeout close ");
    assert_true(mgr_now(m) - t0 >= 300);
    assert_true(mgr_now(m) - t0 < 3000);
    port_close(filler);
    port_close(ls);
    mgr_free(m);
}

/* mgr_free while connecting: NET_EV_CLOSE, nothing leaks */
static void test_connect_free_pending(void **st) {
    net_mgr *m = mgr_new();
    char err[256];
    cli k, k2;
    (void)st;
    memset(&k, 0, sizeof k);
    memset(&k2, 0, sizeof k2);
    assert_non_null(mgr_connect(m, "127.0.0.1", free_port(), cli_fn, &k, err, sizeof err));
    assert_non_null(mgr_connect(m, "127.0.0.1", 9, cli_fn, &k2, err, sizeof err));
    net_conn_send_str(mgr_conn_by_id(m, 2), "pending");
    mgr_free(m);
    assert_string_equal(k.log, "close ");
    assert_string_equal(k2.log, "close ");
}

static void test_mem_connect(void **st) {
    net_mgr *m = mgr_new();
    net_mem_pipe *p = net_mem_pipe_new();
    const unsigned char *o;
    size_t olen;
    cli k;
    net_conn *c;
    (void)st;
    memset(&k, 0, sizeof k);
    c = mgr_mem_connect(m, p, cli_fn, &k);
    assert_non_null(c);
    assert_ptr_equal(net_mem_pipe_conn(p), c);
    assert_int_equal(net_conn_send_str(c, "GET / HTTP/1.1\r\n\r\n"), 0);
    assert_string_equal(k.log, "");
    mgr_poll(m, 0);
    assert_string_equal(k.log, "connect ");
    mgr_poll(m, 0);
    o = net_mem_pipe_output(p, &olen);
    assert_int_equal(olen, 18);
    assert_memory_equal(o, "GET / HTTP/1.1\r\n\r\n", 18);
    net_mem_pipe_write(p, "HTTP/1.1 200 OK\r\n", 17);
    net_mem_pipe_shutdown(p);
    mgr_poll(m, 0);
    mgr_poll(m, 0);
    mgr_poll(m, 0);
    assert_string_equal(k.data, "HTTP/1.1 200 OK\r\n");
    assert_string_equal(k.log, "connect eof close ");
    assert_true(net_mem_pipe_closed(p));
    assert_null(net_mem_pipe_conn(p));
    net_mem_pipe_free(p);
    mgr_free(m);
}

/* the pipe freed before the conn got its NET_EV_CONNECT */
static void test_mem_connect_pipe_freed(void **st) {
    net_mgr *m = mgr_new();
    net_mem_pipe *p = net_mem_pipe_new();
    cli k;
    (void)st;
    memset(&k, 0, sizeof k);
    assert_non_null(mgr_mem_connect(m, p, cli_fn, &k));
    net_mem_pipe_free(p);
    mgr_poll(m, 0);
    assert_string_equal(k.log, "close ");
    assert_int_equal(mgr_conn_count(m), 0);
    mgr_free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_connect_ipv4),           cmocka_unit_test(test_connect_ipv6),
        cmocka_unit_test(test_connect_ipv6_brackets),  cmocka_unit_test(test_connect_refused),
        cmocka_unit_test(test_connect_bad_args),       cmocka_unit_test(test_connect_deadline),
        cmocka_unit_test(test_connect_free_pending),   cmocka_unit_test(test_mem_connect),
        cmocka_unit_test(test_mem_connect_pipe_freed),
    };
    return cmocka_run_group_tests_name("net_connect", tests, NULL, NULL);
}
