/* test_log.c - the rate limit of log lines a peer can trigger (net/log.h). */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"
#include "net/log.h"

#include <unistd.h>

static uint64_t g_now;
static uint64_t log_clock(void) { return g_now; }

/* Runs fn with stderr in a file; returns the file's lines in buf. */
static int capture(void (*fn)(void), char *buf, size_t len) {
    char path[] = "/tmp/tsfw_log_XXXXXX";
    int fd = mkstemp(path), saved = dup(2);
    FILE *fp;
    size_t n;
    assert_true(fd >= 0 && saved >= 0);
    fflush(stderr);
    dup2(fd, 2);
    fn();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fp = fopen(path, "r");
    n = fread(buf, 1, len - 1, fp);
    buf[n] = 0;
    fclose(fp);
    close(fd);
    remove(path);
    return count_str(buf, "\n");
}

static void flood(void) {
    int i;
    for (i = 0; i < 50; i++) net_log_peer(PORT_LOG_WARN, "peer line %d", i);
    assert_int_equal(net_log_due_in(), NET_LOG_WINDOW_MS); /* a summary is waiting */
    g_now += NET_LOG_WINDOW_MS - 1;
    net_log_roll(0); /* not yet */
    net_log_peer(PORT_LOG_WARN, "one more");
    g_now += 1;
    net_log_roll(0); /* the window is over: its summary */
    assert_int_equal(net_log_due_in(), -1);
    net_log_peer(PORT_LOG_WARN, "a new window");
}

/* 20 lines, then one summary line with the count, then a fresh window. */
static void test_burst_then_summary(void **st) {
    static char out[8192];
    int lines;
    (void)st;
    net_log_set_clock(log_clock);
    g_now = 1000;
    lines = capture(flood, out, sizeof out);
    net_log_set_clock(NULL);
    assert_int_equal(lines, NET_LOG_BURST + 2);
    assert_non_null(strstr(out, "tsfw warn: peer line 19\n"));
    assert_null(strstr(out, "peer line 20\n"));
    assert_null(strstr(out, "one more"));
    assert_non_null(strstr(out, "tsfw warn: 31 more log lines were not written (at most 20 every 10 s)\n"));
    assert_non_null(strstr(out, "tsfw warn: a new window\n"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_burst_then_summary),
    };
    return cmocka_run_group_tests_name("net_log", tests, NULL, NULL);
}
