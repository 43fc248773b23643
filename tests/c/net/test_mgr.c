/* test_mgr.c - manager, timers and memory transport. */
#include "testutil.h"

static char g_log[512];
static int g_frees;

static void logcb(net_mgr *m, uint32_t id, void *ud) {
    char b[32];
    (void)m;
    (void)id;
    snprintf(b, sizeof b, "%s ", (const char *)ud);
    strcat(g_log, b);
}

static void count_free(void *ud) {
    (void)ud;
    g_frees++;
}

static void reset(void) {
    g_log[0] = 0;
    g_frees = 0;
}

static void test_timer_order(void **st) {
    fx f;
    net_mgr *m = mgr_new();
    (void)st;
    reset();
    memset(&f, 0, sizeof f);
    mgr_set_clock(m, fx_clock, &f);
    mgr_timer_add(m, 30, 0, logcb, "c30", count_free);
    mgr_timer_add(m, 10, 0, logcb, "a10", count_free);
    mgr_timer_add(m, 20, 0, logcb, "b20", count_free);
    mgr_timer_add(m, 10, 0, logcb, "a10bis", count_free);
    mgr_timer_add(m, 1, 0, logcb, "one", count_free);
    assert_int_equal(mgr_timer_count(m), 5);
    mgr_poll(m, 0);
    assert_string_equal(g_log, "");
    f.now = 10;
    mgr_poll(m, 0);
    assert_string_equal(g_log, "one a10 a10bis ");
    f.now = 100;
    mgr_poll(m, 0);
    assert_string_equal(g_log, "one a10 a10bis b20 c30 ");
    assert_int_equal(mgr_timer_count(m), 0);
    assert_int_equal(g_frees, 5);
    assert_false(mgr_has_work(m));
    mgr_free(m);
}

static void test_timer_cancel(void **st) {
    fx f;
    uint32_t a, b;
    net_mgr *m = mgr_new();
    (void)st;
    reset();
    memset(&f, 0, sizeof f);
    mgr_set_clock(m, fx_clock, &f);
    a = mgr_timer_add(m, 10, 0, logcb, "a", count_free);
    b = mgr_timer_add(m, 10, 0, logcb, "b", count_free);
    assert_int_not_equal(a, b);
    assert_int_equal(mgr_timer_cancel(m, a), 1);
    assert_int_equal(mgr_timer_cancel(m, a), 0);
    assert_int_equal(mgr_timer_cancel(m, 9999), 0);
    assert_int_equal(g_frees, 1);
    f.now = 10;
    mgr_poll(m, 0);
    assert_string_equal(g_log, "b ");
    assert_int_equal(mgr_timer_cancel(m, b), 0);
    assert_int_equal(g_frees, 2);
    mgr_free(m);
}

static int g_ticks;
static uint32_t g_iv;
static void tick(net_mgr *m, uint32_t id, void *ud) {
    (void)ud;
    g_ticks++;
    assert_int_equal(id, g_iv);
    if (g_ticks == 3) assert_int_equal(mgr_timer_cancel(m, id), 1);
}

static void test_interval(void **st) {
    fx f;
    int i;
    net_mgr *m = mgr_new();
    (void)st;
    reset();
    g_ticks = 0;
    memset(&f, 0, sizeof f);
    mgr_set_clock(m, fx_clock, &f);
    g_iv = mgr_timer_add(m, 5, 5, tick, NULL, count_free);
    for (i = 1; i <= 10; i++) {
        f.now = (uint64_t)i * 5;
        mgr_poll(m, 0);
    }
    assert_int_equal(g_ticks, 3);
    assert_int_equal(g_frees, 1);
    assert_int_equal(mgr_timer_count(m), 0);
    mgr_free(m);
}

/* a timer added from a callback with delay 0 waits for the next pass */
static void adder(net_mgr *m, uint32_t id, void *ud) {
    (void)id;
    (void)ud;
    strcat(g_log, "adder ");
    mgr_timer_add(m, 0, 0, logcb, "child", NULL);
}

static void test_timer_added_in_callback(void **st) {
    fx f;
    net_mgr *m = mgr_new();
    (void)st;
    reset();
    memset(&f, 0, sizeof f);
    mgr_set_clock(m, fx_clock, &f);
    mgr_timer_add(m, 1, 0, adder, NULL, NULL);
    mgr_timer_add(m, 1, 0, logcb, "sibling", NULL);
    f.now = 1;
    mgr_poll(m, 0);
    assert_non_null(strstr(g_log, "adder sibling "));
    mgr_poll(m, 0);
    assert_string_equal(g_log, "adder sibling child ");
    mgr_free(m);
}

static void test_timer_free_on_mgr_free(void **st) {
    net_mgr *m = mgr_new();
    (void)st;
    reset();
    mgr_timer_add(m, 1000, 0, logcb, "x", count_free);
    mgr_timer_add(m, 1000, 100, logcb, "y", count_free);
    mgr_free(m);
    assert_int_equal(g_frees, 2);
    assert_string_equal(g_log, "");
}

static void test_node_delay(void **st) {
    (void)st;
    assert_int_equal(net_timer_node_delay(0), 1);
    assert_int_equal(net_timer_node_delay(-5), 1);
    assert_int_equal(net_timer_node_delay(0.0 / 0.0), 1);
    assert_int_equal(net_timer_node_delay(3e9), 1);
    assert_int_equal(net_timer_node_delay(250.7), 250);
}

/* mgr_run returns when the last timer has fired (real clock) */
static void test_run_exits(void **st) {
    net_mgr *m = mgr_new();
    uint64_t t0 = port_now_ms();
    (void)st;
    reset();
    mgr_timer_add(m, 20, 0, logcb, "t20", NULL);
    mgr_timer_add(m, 5, 0, logcb, "t5", NULL);
    mgr_run(m);
    assert_string_equal(g_log, "t5 t20 ");
    assert_true(port_now_ms() - t0 >= 19);
    assert_true(port_now_ms() - t0 < 2000);
    mgr_free(m);
}

/* echo protocol over the memory transport */
static void echo_fn(net_conn *c, int ev, void *data, void *ud) {
    (void)data;
    (void)ud;
    if (ev == NET_EV_READ) {
        net_conn_send(c, c->rx, c->rx_len);
        net_conn_rx_consume(c, c->rx_len);
    } else if (ev == NET_EV_EOF) {
        net_conn_send_str(c, "bye");
        net_conn_close(c, 1);
    } else if (ev == NET_EV_CLOSE) {
        strcat(g_log, "closed ");
    }
}

static void echo_accept(net_listener *l, net_conn *c, void *ud) {
    (void)l;
    (void)ud;
    net_conn_set_handler(c, echo_fn, NULL);
}

static void test_mem_echo(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l = mgr_listener_new(m, echo_accept, NULL);
    net_mem_pipe *p = net_mem_pipe_new();
    size_t n;
    const unsigned char *o;
    char big[5000];
    (void)st;
    reset();
    assert_non_null(mgr_mem_accept(l, p, NULL));
    assert_false(mgr_has_work(m) == 0);
    net_mem_pipe_set_read_chunk(p, 7);
    memset(big, 'x', sizeof big);
    net_mem_pipe_write(p, "hello ", 6);
    net_mem_pipe_write(p, big, sizeof big);
    while (mgr_poll(m, 0) && net_mem_pipe_output(p, &n) && n < 5006) {}
    o = net_mem_pipe_output(p, &n);
    assert_int_equal(n, 5006);
    assert_memory_equal(o, "hello xx", 8);
    net_mem_pipe_shutdown(p);
    mgr_poll(m, 0);
    mgr_poll(m, 0);
    o = net_mem_pipe_output(p, &n);
    assert_int_equal(n, 5009);
    assert_memory_equal(o + 5006, "bye", 3);
    assert_true(net_mem_pipe_closed(p));
    assert_string_equal(g_log, "closed ");
    assert_int_equal(mgr_conn_count(m), 0);
    net_mem_pipe_free(p);
    mgr_free(m);
}

static void test_mem_pipe_free_closes(void **st) {
    net_mgr *m = mgr_new();
    net_listener *l = mgr_listener_new(m, echo_accept, NULL);
    net_mem_pipe *p = net_mem_pipe_new();
    (void)st;
    reset();
    mgr_mem_accept(l, p, NULL);
    assert_int_equal(mgr_conn_count(m), 1);
    net_mem_pipe_free(p);
    mgr_poll(m, 0);
    assert_int_equal(mgr_conn_count(m), 0);
    assert_string_equal(g_log, "closed ");
    mgr_free(m);
}

static void test_addr_parse(void **st) {
    port_addr a;
    char buf[64], err[128];
    (void)st;
    assert_int_equal(net_listen_addr_parse("8000", &a, err, sizeof err), 0);
    assert_int_equal(a.family, 4);
    assert_int_equal(a.port, 8000);
    assert_int_equal(net_listen_addr_parse("127.0.0.1:8080", &a, err, sizeof err), 0);
    net_addr_str(&a, buf, sizeof buf);
    assert_string_equal(buf, "127.0.0.1:8080");
    assert_int_equal(net_listen_addr_parse("[::1]:443", &a, err, sizeof err), 0);
    net_addr_str(&a, buf, sizeof buf);
    assert_string_equal(buf, "[::1]:443");
    assert_int_equal(net_listen_addr_parse("localhost:1", &a, err, sizeof err), 0);
    assert_int_equal(a.ip[0], 127);
    assert_int_equal(net_listen_addr_parse("", &a, err, sizeof err), -1);
    assert_int_equal(net_listen_addr_parse("abc", &a, err, sizeof err), -1);
    assert_non_null(strstr(err, "abc"));
    assert_int_equal(net_listen_addr_parse("70000", &a, err, sizeof err), -1);
    assert_int_equal(net_listen_addr_parse("1.2.3:80", &a, err, sizeof err), -1);
    assert_int_equal(net_listen_addr_parse("256.1.1.1:80", &a, err, sizeof err), -1);
    assert_int_equal(net_listen_addr_parse("::1:80", &a, err, sizeof err), -1);
    assert_int_equal(net_listen_addr_parse("[::1]80", &a, err, sizeof err), -1);
    assert_int_equal(net_listen_addr_parse("[::g]:80", &a, err, sizeof err), -1);
    assert_int_equal(net_ip_parse("fe80::1:2", 9, &a), 0);
    net_ip_str(&a, buf, sizeof buf);
    assert_string_equal(buf, "fe80::1:2");
    assert_int_equal(net_ip_parse("::ffff:10.1.2.3", 15, &a), 0);
    net_ip_str(&a, buf, sizeof buf);
    assert_string_equal(buf, "::ffff:10.1.2.3");
    assert_int_equal(net_ip_parse("1:2:3:4:5:6:7:8", 15, &a), 0);
    net_ip_str(&a, buf, sizeof buf);
    assert_string_equal(buf, "1:2:3:4:5:6:7:8");
    assert_int_equal(net_ip_parse("1:0:0:4:0:0:0:8", 15, &a), 0);
    net_ip_str(&a, buf, sizeof buf);
    assert_string_equal(buf, "1:0:0:4::8");
    assert_int_equal(net_ip_parse("::", 2, &a), 0);
    net_ip_str(&a, buf, sizeof buf);
    assert_string_equal(buf, "::");
    /* IPv4 without printf: every digit count, and cut to the buffer as snprintf would */
    assert_int_equal(net_ip_parse("0.9.10.255", 10, &a), 0);
    assert_int_equal(net_ip_str(&a, buf, sizeof buf), 10);
    assert_string_equal(buf, "0.9.10.255");
    assert_int_equal(net_ip_parse("100.99.1.200", 12, &a), 0);
    assert_int_equal(net_ip_str(&a, buf, 6), 5);
    assert_string_equal(buf, "100.9");
    assert_int_equal(net_ip_parse("::ffff:255.0.0.1", 16, &a), 0);
    assert_int_equal(net_ip_str(&a, buf, sizeof buf), 16);
    assert_string_equal(buf, "::ffff:255.0.0.1");
    assert_int_equal(net_ip_parse("1::2::3", 7, &a), -1);
    assert_int_equal(net_ip_parse("1:2:3:4:5:6:7:8:9", 17, &a), -1);
    assert_int_equal(net_ip_parse("12345::", 7, &a), -1);
    assert_int_equal(net_ip_parse("01.2.3.4", 8, &a), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_timer_order),
        cmocka_unit_test(test_timer_cancel),
        cmocka_unit_test(test_interval),
        cmocka_unit_test(test_timer_added_in_callback),
        cmocka_unit_test(test_timer_free_on_mgr_free),
        cmocka_unit_test(test_node_delay),
        cmocka_unit_test(test_run_exits),
        cmocka_unit_test(test_mem_echo),
        cmocka_unit_test(test_mem_pipe_free_closes),
        cmocka_unit_test(test_addr_parse),
    };
    return cmocka_run_group_tests_name("net_mgr", tests, NULL, NULL);
}
