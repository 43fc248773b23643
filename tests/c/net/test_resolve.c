/* test_resolve.c - non-blocking DNS (port_resolve_* on c-ares) through
 * mgr_connect, against tests/dns/dnsd.py on loopback (TSFW_DNS_SERVER). */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define WAIT_MS 8000

static pid_t g_dnsd = -1;
static int g_dnsd_in = -1; /* its stdin: closing it stops it */

static int start_dnsd(void **st) {
    char script[1024], line[64];
    const char *src = __FILE__; /* .../tests/c/net/test_resolve.c */
    const char *cut = strstr(src, "tests/c/net/");
    int in[2], out[2];
    FILE *f;
    unsigned port = 0;
    (void)st;
    if (!cut) return -1;
    snprintf(script, sizeof script, "%.*stests/dns/dnsd.py", (int)(cut - src), src);
    if (pipe(in) != 0 || pipe(out) != 0) return -1;
    g_dnsd = fork();
    if (g_dnsd < 0) return -1;
    if (g_dnsd == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        execlp("python3", "python3", script, "--port", "0", "--delay", "1.0", "--lifetime", "60", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    g_dnsd_in = in[1];
    f = fdopen(out[0], "r");
    if (!f || !fgets(line, sizeof line, f) || sscanf(line, "port %u", &port) != 1) {
        fprintf(stderr, "dnsd.py did not start\n");
        return -1;
    }
    fclose(f);
    snprintf(line, sizeof line, "127.0.0.1:%u", port);
    setenv("TSFW_DNS_SERVER", line, 1);
    return 0;
}

static int stop_dnsd(void **st) {
    (void)st;
    port_resolve_cleanup();
    if (g_dnsd_in >= 0) close(g_dnsd_in);
    if (g_dnsd > 0) {
        kill(g_dnsd, SIGTERM);
        waitpid(g_dnsd, NULL, 0);
    }
    return 0;
}

typedef struct cli {
    char log[512];
    char err[512];
    int closed;
    port_addr peer;
} cli;

static void cli_fn(net_conn *c, int ev, void *data, void *ud) {
    cli *k = (cli *)ud;
    const char *w = NULL;
    switch (ev) {
    case NET_EV_CONNECT:
        w = "connect";
        k->peer = c->peer;
        net_conn_close(c, 1);
        break;
    case NET_EV_TIMEOUT:
        w = "timeout";
        net_conn_close(c, 0);
        break;
    case NET_EV_ERROR:
        w = "error";
        snprintf(k->err, sizeof k->err, "%s", (const char *)data);
        break;
    case NET_EV_CLOSE:
        w = "close";
        k->closed = 1;
        break;
    default: break;
    }
    if (w && strlen(k->log) + strlen(w) + 2 < sizeof k->log) {
        strcat(k->log, w);
        strcat(k->log, " ");
    }
}

static void accept_fn(net_listener *l, net_conn *c, void *ud) {
    (void)l;
    (void)ud;
    net_conn_close(c, 1);
}

static void run_until(net_mgr *m, int *flag) {
    uint64_t end = port_now_ms() + WAIT_MS;
    while (!*flag && port_now_ms() < end) mgr_poll(m, 100);
}

static net_listener *listen_local(net_mgr *m, const char *addr) {
    net_listener *l = mgr_listener_new(m, accept_fn, NULL);
    port_addr a;
    char err[128];
    assert_int_equal(net_listen_addr_parse(addr, &a, err, sizeof err), 0);
    assert_int_equal(mgr_listener_bind(l, &a, err, sizeof err), 0);
    return l;
}

static void connect_name(const char *name, const char *listen, int want_family) {
    net_mgr *m = mgr_new();
    net_listener *l = listen_local(m, listen);
    char err[128];
    cli k;
    memset(&k, 0, sizeof k);
    assert_non_null(mgr_connect(m, name, mgr_listener_addr(l)->port, cli_fn, &k, err, sizeof err));
    assert_string_equal(k.log, "");
    run_until(m, &k.closed);
    assert_string_equal(k.log, "connect close ");
    assert_int_equal(k.peer.family, want_family);
    assert_int_equal(k.peer.port, mgr_listener_addr(l)->port);
    mgr_free(m);
}

static void test_resolve_a(void **st) {
    (void)st;
    connect_name("www.ok.test", "127.0.0.1:0", 4);
}
static void test_resolve_aaaa(void **st) {
    (void)st;
    connect_name("v6.test", "[::1]:0", 6);
}
static void test_resolve_hosts_file(void **st) {
    (void)st;
    connect_name("localhost", "127.0.0.1:0", 4);
}

/* /etc/hosts answers inside ares_getaddrinfo: an unbounded mgr_poll(-1)
 * must still pick the answer up at once (regression) */
static int g_safety;
static void safety(net_mgr *m, uint32_t id, void *ud) {
    (void)m;
    (void)id;
    (void)ud;
    g_safety = 1;
}

static void test_resolve_sync_answer_no_wait(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l = listen_local(m, "127.0.0.1:0");
    char err[128];
    cli k;
    uint64_t t0 = port_now_ms();
    (void)st;
    memset(&k, 0, sizeof k);
    g_safety = 0;
    mgr_timer_add(m, 3000, 0, safety, NULL, NULL);
    assert_non_null(mgr_connect(m, "localhost", mgr_listener_addr(l)->port, cli_fn, &k, err, sizeof err));
    while (!k.closed && !g_safety) mgr_poll(m, -1);
    assert_string_equal(k.log, "connect close ");
    assert_true(port_now_ms() - t0 < 1000);
    mgr_free(m);
}

static void test_resolve_nxdomain(void **st) {
    net_mgr *m = mgr_new();
    char err[128];
    cli k;
    (void)st;
    memset(&k, 0, sizeof k);
    assert_non_null(mgr_connect(m, "nosuch.test", 80, cli_fn, &k, err, sizeof err));
    run_until(m, &k.closed);
    assert_string_equal(k.log, "error close ");
    assert_string_equal(k.err, "resolve nosuch.test: Domain name not found");
    mgr_free(m);
}

/* A 1 s answer: a 50 ms interval timer keeps firing meanwhile. */
static int g_ticks;
static void tick(net_mgr *m, uint32_t id, void *ud) {
    (void)m;
    (void)id;
    (void)ud;
    g_ticks++;
}

static void test_resolve_does_not_block(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l = listen_local(m, "127.0.0.1:0");
    char err[128];
    cli k;
    uint32_t iv;
    uint64_t t0;
    int ticks_at_connect;
    (void)st;
    memset(&k, 0, sizeof k);
    g_ticks = 0;
    iv = mgr_timer_add(m, 50, 50, tick, NULL, NULL);
    t0 = port_now_ms();
    assert_non_null(mgr_connect(m, "slow.test", mgr_listener_addr(l)->port, cli_fn, &k, err, sizeof err));
    while (!strstr(k.log, "connect") && !k.closed && port_now_ms() - t0 < WAIT_MS) mgr_poll(m, -1);
    ticks_at_connect = g_ticks;
    assert_int_equal(strncmp(k.log, "connect ", 8), 0);
    assert_true(port_now_ms() - t0 >= 900);
    assert_true(ticks_at_connect >= 12); /* ~20 expected in 1 s */
    mgr_timer_cancel(m, iv);
    run_until(m, &k.closed);
    mgr_free(m);
}

/* deadline while resolving; closing a resolving conn; mgr_free with one */
static void test_resolve_deadline_and_cancel(void **st) {
    net_mgr *m = mgr_new();
    char err[128];
    cli k1, k2, k3;
    net_conn *c;
    uint64_t t0 = port_now_ms();
    (void)st;
    memset(&k1, 0, sizeof k1);
    memset(&k2, 0, sizeof k2);
    memset(&k3, 0, sizeof k3);
    c = mgr_connect(m, "slow.test", 80, cli_fn, &k1, err, sizeof err);
    c->deadline = mgr_now(m) + 200;
    c = mgr_connect(m, "slow.test", 80, cli_fn, &k2, err, sizeof err);
    net_conn_close(c, 0);
    assert_non_null(mgr_connect(m, "slow.test", 80, cli_fn, &k3, err, sizeof err));
    run_until(m, &k1.closed);
    assert_string_equal(k1.log, "timeout close ");
    assert_true(port_now_ms() - t0 < 900);
    assert_string_equal(k2.log, "close ");
    assert_string_equal(k3.log, "");
    mgr_free(m);
    assert_string_equal(k3.log, "close ");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resolve_a),
        cmocka_unit_test(test_resolve_aaaa),
        cmocka_unit_test(test_resolve_hosts_file),
        cmocka_unit_test(test_resolve_sync_answer_no_wait),
        cmocka_unit_test(test_resolve_nxdomain),
        cmocka_unit_test(test_resolve_does_not_block),
        cmocka_unit_test(test_resolve_deadline_and_cancel),
    };
    return cmocka_run_group_tests_name("net_resolve", tests, start_dnsd, stop_dnsd);
}
