/* test_regexp.c - RegExp against node's answers (expect.h, made by
 * gen-expect.js), plus the checks node cannot answer: limits, memory,
 * ownership and the refusals' messages.
 *
 * A case whose expectation is an error runs in a child process, because an
 * uncaught throw ends the program: the child's stderr must hold node's
 * message. */
#define _POSIX_C_SOURCE 200809L /* fork, pipe, clock_gettime: the test's own process handling */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "regexp_internal.h"
#include "run_case.h"

static bool is_runtime_error(const RxCase *c) {
    return strncmp(c->expect, "TypeError: ", 11) == 0 || strncmp(c->expect, "RangeError: ", 12) == 0;
}

static void child_exit(void) { _exit(1); } /* past LeakSanitizer: a throw ends the child with live objects */

/* Runs the case in a child; returns what it wrote to stderr. */
static char *run_in_child(const RxCase *c, int *status) {
    int fds[2];
    pid_t pid;
    static char out[2048];
    size_t len = 0;
    ssize_t r;
    if (pipe(fds) != 0) fail_msg("pipe");
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        atexit(child_exit);
        ts_str_release(run_case(c));
        fflush(stderr);
        _exit(0);
    }
    close(fds[1]);
    while (len + 1 < sizeof out && (r = read(fds[0], out + len, sizeof out - 1 - len)) > 0) len += (size_t)r;
    out[len] = 0;
    close(fds[0]);
    waitpid(pid, status, 0);
    return out;
}

/* Built against PCRE2 without Unicode (make test-regexp-nounicode)? Then
 * the u flag and case-insensitive backreferences are refused, by name. */
static bool engine_has_unicode(void) {
    char msg[200];
    return rx_check(ts_tmp_str(ts_str_from_cstr("a")), ts_tmp_str(ts_str_from_cstr("u")), msg, sizeof msg);
}

static bool ends_with(const char *s, const char *tail) {
    size_t n = strlen(s), k = strlen(tail);
    return n >= k && strcmp(s + n - k, tail) == 0;
}

/* Compiles the case's pattern without throwing: true when it compiles,
 * else *ok tells whether the message is the expected one. A random case
 * that this runtime refuses is skipped (*refused). */
static bool check_compile(const RxCase *c, bool *ok, bool *refused) {
    static char msg[4096];
    TsString *pattern = ts_tmp_str(ts_str_new(c->pattern, c->pattern_len));
    TsString *flags = ts_tmp_str(ts_str_from_cstr(c->flags));
    *ok = true;
    *refused = false;
    if (rx_check(pattern, flags, msg, sizeof msg)) {
        if (strncmp(c->expect, "SyntaxError: ", 13) == 0) {
            print_error("case /%s/%s: compiles, but node says\n  %s\n", c->pattern, c->flags, c->expect);
            *ok = false;
        }
        return *ok;
    }
    if (!engine_has_unicode() && strstr(msg, "without Unicode")) {
        *refused = true;
        return false;
    }
    if (c->random && strncmp(c->expect, "SyntaxError: ", 13) != 0 && ends_with(msg, " is not supported")) {
        *refused = true;
        return false;
    }
    if (strncmp(c->expect, "SyntaxError: ", 13) != 0 || strlen(msg) != c->expect_len - 13 ||
        memcmp(msg, c->expect + 13, c->expect_len - 13) != 0) {
        print_error("case /%s/%s: expected\n  %s\ngot\n  SyntaxError: %s\n", c->pattern, c->flags, c->expect, msg);
        *ok = false;
    }
    return false;
}

static void run_cases(bool random) {
    size_t i, failures = 0, refused = 0, count = 0, n = sizeof rx_cases / sizeof rx_cases[0];
    for (i = 0; i < n; i++) {
        const RxCase *c = &rx_cases[i];
        bool ok, skipped;
        if ((c->random != 0) != random) continue;
        count++;
        if (!check_compile(c, &ok, &skipped)) {
            failures += !ok;
            refused += skipped;
        } else if (is_runtime_error(c)) {
            int status;
            const char *err = run_in_child(c, &status);
            const char *got = strstr(err, "Uncaught ");
            got = got ? got + 9 : err;
            if (!(WIFEXITED(status) && WEXITSTATUS(status) == 1) || strncmp(got, c->expect, c->expect_len) != 0 ||
                got[c->expect_len] != '\n') {
                print_error("case %lu (%s /%s/%s): expected error\n  %s\ngot (status %d)\n  %s\n", (unsigned long)i,
                            c->op, c->pattern, c->flags, c->expect, status, err);
                failures++;
            }
        } else {
            TsString *got = run_case(c);
            if (got->len != c->expect_len || memcmp(got->data, c->expect, got->len) != 0) {
                print_error("case %lu (%s /%s/%s on '%s'):\nexpected\n%s\ngot\n%s\n", (unsigned long)i, c->op,
                            c->pattern, c->flags, c->subject, c->expect, got->data);
                failures++;
            }
            ts_str_release(got);
        }
        ts_tmp_release(0);
    }
    print_message("%lu %s cases against node: %lu failed, %lu refused (skipped)\n", (unsigned long)count,
                  random ? "random" : "written", (unsigned long)failures, (unsigned long)refused);
    assert_int_equal(failures, 0);
}

/* The written cases: device uses, semantics, node's syntax errors and the refusals. */
static void test_cases(void **state) {
    (void)state;
    run_cases(false);
}

/* Random patterns and strings. */
static void test_random(void **state) {
    (void)state;
    run_cases(true);
}

/* ------------------------------------------------------------ beyond node */

static int setup(void **state) {
    (void)state;
    ts_tmp_release(0);
    ts_collect_cycles();
    return 0;
}

static int teardown(void **state) {
    (void)state;
    ts_tmp_release(0);
    ts_collect_cycles();
    if (ts_live_objects() != 0) {
        fprintf(stderr, "leak: %lu live objects\n", (unsigned long)ts_live_objects());
        return -1;
    }
    return 0;
}

static TsValue regexp(const char *src, const char *flags) {
    return ts_tmp(
        ts_regexp_new(ts_str_v(ts_tmp_str(ts_str_from_cstr(src))), ts_str_v(ts_tmp_str(ts_str_from_cstr(flags)))));
}

/* The compile-time check: node's message for a syntax error, ours for a
 * refusal, without throwing. */
static bool check(const char *pattern, const char *flags, char *msg, size_t size) {
    return rx_check(ts_tmp_str(ts_str_from_cstr(pattern)), ts_tmp_str(ts_str_from_cstr(flags)), msg, size);
}

static void test_check(void **state) {
    char msg[300];
    (void)state;
    assert_true(check("a(b)", "gi", msg, sizeof msg));
    assert_false(check("a(b", "", msg, sizeof msg));
    assert_string_equal(msg, "Invalid regular expression: /a(b/: Unterminated group");
    assert_false(check("a", "v", msg, sizeof msg));
    assert_string_equal(msg, "Invalid regular expression flags 'v': the v flag is not supported");
    assert_false(check("\\p{CWKCF}", "u", msg, sizeof msg));
    if (engine_has_unicode()) {
        assert_string_equal(msg, "Invalid regular expression: /\\p{CWKCF}/u: The property "
                                 "\\p{Changes_When_NFKC_Casefolded} is not supported");
    } else {
        assert_string_equal(msg, "Invalid regular expression: /\\p{CWKCF}/u: The u flag is not supported by this "
                                 "engine (PCRE2 built without Unicode)");
        assert_false(check("(a)\\1", "i", msg, sizeof msg));
        assert_string_equal(msg, "Invalid regular expression: /(a)\\1/i: A backreference with the i flag is not "
                                 "supported by this engine (PCRE2 built without Unicode)");
        assert_false(check("(?<\u00e9>a)", "", msg, sizeof msg));
        assert_string_equal(msg, "Invalid regular expression: /(?<\u00e9>a)/: A group name with letters beyond "
                                 "ASCII, in an engine without Unicode, is not supported");
    }
}

/* Literal sites: compiled once, a new object (own lastIndex) per evaluation. */
static void test_literal_sites(void **state) {
    static TsString src = TS_STR_LIT("o", 1, 1);
    static TsRegExpSite site = TS_REGEXP_SITE(&src, "g");
    static TsRegExpSite *const sites[] = {&site};
    TsValue a, b;
    TsString *s = ts_tmp_str(ts_str_from_cstr("foo"));
    (void)state;
    ts_regexp_init_sites(sites, 1);
    assert_non_null(site.code);
    a = ts_tmp(ts_regexp_lit(&site));
    b = ts_tmp(ts_regexp_lit(&site));
    assert_true(ts_regexp_test(a, s));
    assert_true(ts_regexp_test(a, s));
    assert_true(ts_regexp_test(b, s));
    assert_true(ts_regexp_last_index(a) == 3 && ts_regexp_last_index(b) == 2);
}

/* A catastrophic pattern on a request-sized string: exec (backtracking)
 * throws instead of running for ever, and prints how long it took to trip;
 * test answers through the DFA matcher. */
static char *run_limit_child(const char *src, const char *subject, double *seconds) {
    int fds[2], status;
    pid_t pid;
    static char out[512];
    ssize_t r;
    size_t len = 0;
    struct timespec t0, t1;
    if (pipe(fds) != 0) fail_msg("pipe");
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        atexit(child_exit);
        ts_release(ts_regexp_exec(regexp(src, ""), ts_tmp_str(ts_str_from_cstr(subject))));
        _exit(0);
    }
    close(fds[1]);
    while (len + 1 < sizeof out && (r = read(fds[0], out + len, sizeof out - 1 - len)) > 0) len += (size_t)r;
    out[len] = 0;
    close(fds[0]);
    waitpid(pid, &status, 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    *seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    return out;
}

static void test_limits(void **state) {
    char subject[64];
    double seconds;
    const char *err;
    (void)state;
    memset(subject, 'a', 40);
    strcpy(subject + 40, "!");
    err = run_limit_child("^(a+)+$", subject, &seconds);
    assert_string_equal(err, "Uncaught RangeError: Regular expression /^(a+)+$/ exceeded its backtracking limit "
                             "(50000 steps)\n");
    print_message("catastrophic ^(a+)+$ on 40 a's: RangeError after %.3f s (host)\n", seconds);
    {
        char deep[1200];
        memset(deep, 'a', 1100);
        deep[1100] = 0;
        err = run_limit_child("^(?:a|b)*$", deep, &seconds);
        assert_string_equal(err, "Uncaught RangeError: Regular expression /^(?:a|b)*$/ exceeded its backtracking "
                                 "depth limit (128 levels)\n");
    }
    /* test() needs no backtracking */
    memset(subject, 'a', 40);
    strcpy(subject + 40, "!");
    assert_false(ts_regexp_test(regexp("^(a+)+$", ""), ts_tmp_str(ts_str_from_cstr(subject))));
    /* under the limits, exec still answers */
    strcpy(subject + 12, "!");
    assert_true(ts_regexp_exec(regexp("^(a+)+$", ""), ts_tmp_str(ts_str_from_cstr(subject))).tag == TS_NULL);
}

/* The heap PCRE2 uses for a typical device match: a query-string check on
 * a 200-byte input. */
static void test_heap(void **state) {
    static const char pattern[] = "^(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})+=(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})*"
                                  "(?:&(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})+=(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})*)*$";
    static const char query[] = "ssid=home%20wifi&pass=s3cr3t%21&mode=sta&channel=6&hostname=esp-node_01&ntp=pool.ntp."
                                "org&tz=CET-1CEST&led=on&interval=30&debug=0&name=Caf%C3%A9%20Kitchen&x=1234567890&y="
                                "abcdefghij";
    size_t before, peak, in_use, compiled;
    TsValue re;
    (void)state;
    ts_regexp_heap_stats(&before, &peak);
    re = regexp(pattern, "");
    ts_regexp_heap_stats(&compiled, &peak);
    ts_regexp_heap_reset_peak();
    assert_true(ts_regexp_test(re, ts_tmp_str(ts_str_from_cstr(query))));
    ts_regexp_heap_stats(&in_use, &peak);
    print_message("query-string check on %lu bytes: pattern %lu bytes, match peak %lu bytes (PCRE2 heap, host)\n",
                  (unsigned long)strlen(query), (unsigned long)(compiled - before), (unsigned long)(peak - compiled));
    assert_int_equal(in_use, compiled);
}

/* u flag: a pattern that could match a lone surrogate refuses a string with one. */
static void test_lone_surrogate(void **state) {
    static const RxCase lone = {"test", ".", 1, "u", "\355\240\200", 3, "", 0, "", 0, 0};
    int status;
    const char *err;
    (void)state;
    if (!engine_has_unicode()) {
        /* nothing to see: the u flag itself is refused */
        assert_false(rx_check(ts_tmp_str(ts_str_from_cstr(".")), ts_tmp_str(ts_str_from_cstr("u")), NULL, 0));
        return;
    }
    err = run_in_child(&lone, &status);
    assert_string_equal(err, "Uncaught TypeError: Regular expression /./u cannot match a string that holds a lone "
                             "surrogate\n");
    /* one that cannot match a surrogate simply does not */
    assert_false(ts_regexp_test(regexp("^[a-z]+$", "u"), ts_tmp_str(ts_str_new("ab\355\240\200", 5))));
    assert_true(ts_regexp_test(regexp("[a-z]+", "u"), ts_tmp_str(ts_str_new("ab\355\240\200", 5))));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_cases, setup, teardown),
        cmocka_unit_test_setup_teardown(test_random, setup, teardown),
        cmocka_unit_test_setup_teardown(test_check, setup, teardown),
        cmocka_unit_test_setup_teardown(test_literal_sites, setup, teardown),
        cmocka_unit_test_setup_teardown(test_limits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_heap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lone_surrogate, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
