/* test_regexp.c - RegExp against node's answers (expect.h, made by
 * gen-expect.js), plus the checks node cannot answer: limits, memory,
 * ownership, errors caught as a try statement catches them, and the
 * refusals' messages. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "regexp_internal.h"
#include "run_case.h"

static bool is_runtime_error(const RxCase *c) {
    return strncmp(c->expect, "TypeError: ", 11) == 0 || strncmp(c->expect, "RangeError: ", 12) == 0;
}

/* Built against PCRE2 without Unicode (make test-regexp-nounicode)? Then
 * the u flag and case-insensitive backreferences are refused, by name. */
static bool engine_has_unicode(void) {
    TsString *msg = rx_check(ts_tmp_str(ts_str_from_cstr("a")), ts_tmp_str(ts_str_from_cstr("u")));
    ts_str_release(msg);
    return msg == NULL;
}

static bool ends_with(const char *s, const char *tail) {
    size_t n = strlen(s), k = strlen(tail);
    return n >= k && strcmp(s + n - k, tail) == 0;
}

/* Compiles the case's pattern without throwing: true when it compiles,
 * else *ok tells whether the message is the expected one. A random case
 * that this runtime refuses by name (a documented construct) counts as
 * refused (*refused). */
static bool check_compile(const RxCase *c, bool *ok, bool *refused) {
    TsString *pattern = ts_tmp_str(ts_str_new(c->pattern, c->pattern_len));
    TsString *flags = ts_tmp_str(ts_str_from_cstr(c->flags));
    TsString *error = rx_check(pattern, flags);
    const char *msg;
    *ok = true;
    *refused = false;
    if (!error) {
        if (strncmp(c->expect, "SyntaxError: ", 13) == 0) {
            print_error("case /%s/%s: compiles, but node says\n  %s\n", c->pattern, c->flags, c->expect);
            *ok = false;
        }
        return *ok;
    }
    msg = ts_tmp_str(error)->data;
    if (!engine_has_unicode() && strstr(msg, "without Unicode")) {
        *refused = true;
        return false;
    }
    if (c->random && strncmp(c->expect, "SyntaxError: ", 13) != 0 && ends_with(msg, " is not supported")) {
        *refused = true;
        return false;
    }
    if (strncmp(c->expect, "SyntaxError: ", 13) != 0 || error->len != c->expect_len - 13 ||
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
        bool ok, by_name;
        if ((c->random != 0) != random) continue;
        count++;
        if (!check_compile(c, &ok, &by_name)) {
            failures += !ok;
            refused += by_name;
        } else {
            bool threw;
            TsString *got = call_caught(run_case, c, &threw);
            if (threw != is_runtime_error(c) || got->len != c->expect_len ||
                memcmp(got->data, c->expect, got->len) != 0) {
                print_error("case %lu (%s /%s/%s on '%s'):\nexpected\n%s\ngot%s\n%s\n", (unsigned long)i, c->op,
                            c->pattern, c->flags, c->subject, c->expect, threw ? " (thrown)" : "", got->data);
                failures++;
            }
            ts_str_release(got);
        }
        ts_tmp_release(0);
    }
    print_message("%lu %s cases against node: %lu failed, %lu refused by name\n", (unsigned long)count,
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
static const char *check(const char *pattern, const char *flags) {
    TsString *msg = rx_check(ts_tmp_str(ts_str_from_cstr(pattern)), ts_tmp_str(ts_str_from_cstr(flags)));
    return msg ? ts_tmp_str(msg)->data : NULL;
}

static void test_check(void **state) {
    static const char nul[] = "(\0";
    char long_flags[1001];
    TsString *msg;
    (void)state;
    assert_null(check("a(b)", "gi"));
    assert_string_equal(check("a(b", ""), "Invalid regular expression: /a(b/: Unterminated group");
    assert_string_equal(check("a", "v"), "Invalid regular expression flags 'v': the v flag is not supported");
    /* messages hold the whole pattern or flags, NUL included */
    memset(long_flags, 'g', 1000);
    long_flags[1000] = 0;
    msg = ts_tmp_str(rx_check(ts_tmp_str(ts_str_empty()), ts_tmp_str(ts_str_from_cstr(long_flags))));
    assert_int_equal(msg->len, strlen("Invalid flags supplied to RegExp constructor ''") + 1000);
    msg = ts_tmp_str(rx_check(ts_tmp_str(ts_str_new(nul, 2)), ts_str_empty()));
    assert_int_equal(msg->len, strlen("Invalid regular expression: /(/: Unterminated group") + 1);
    assert_memory_equal(msg->data, "Invalid regular expression: /(\0/: Unterminated group", msg->len);
    if (engine_has_unicode()) {
        assert_string_equal(check("\\p{CWKCF}", "u"), "Invalid regular expression: /\\p{CWKCF}/u: The property "
                                                      "\\p{Changes_When_NFKC_Casefolded} is not supported");
    } else {
        assert_string_equal(check("\\p{CWKCF}", "u"), "Invalid regular expression: /\\p{CWKCF}/u: The u flag is not "
                                                      "supported by this engine (PCRE2 built without Unicode)");
        assert_string_equal(check("(a)\\1", "i"), "Invalid regular expression: /(a)\\1/i: A backreference with the i "
                                                  "flag is not supported by this engine (PCRE2 built without Unicode)");
        assert_string_equal(check("(?<\u00e9>a)", ""), "Invalid regular expression: /(?<\u00e9>a)/: A group name with "
                                                       "letters beyond ASCII, in an engine without Unicode, is not "
                                                       "supported");
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
    /* String(re) and `${re}` reach RegExp.prototype.toString; instanceof */
    assert_string_equal(ts_tmp_str(ts_to_string(a))->data, "/o/g");
    assert_true(ts_is_regexp(a) && !ts_is_regexp(ts_str_v(s)));
}

/* exec(pattern, subject), as call_caught runs it: the result as inspect shows it. */
typedef struct ExecCall {
    const char *pattern, *flags, *subject;
} ExecCall;

static TsString *exec_call(const void *arg) {
    const ExecCall *e = (const ExecCall *)arg;
    return ts_inspect(ts_tmp(ts_regexp_exec(regexp(e->pattern, e->flags), ts_tmp_str(ts_str_from_cstr(e->subject)))));
}

/* What exec(pattern, subject) threw, as "Name: message" ("" when it did not). */
static void expect_exec_throws(const char *pattern, const char *flags, const char *subject, const char *error) {
    ExecCall call;
    bool threw;
    TsString *got;
    call.pattern = pattern;
    call.flags = flags;
    call.subject = subject;
    got = call_caught(exec_call, &call, &threw);
    if (!threw) fail_msg("/%s/%s on '%s': no throw, got %s", pattern, flags, subject, got->data);
    assert_string_equal(got->data, error);
    ts_str_release(got);
}

/* A catastrophic pattern on a request-sized string: exec (backtracking)
 * throws a RangeError the app can catch instead of running for ever (the
 * time it took to trip is printed); test answers through the DFA matcher. */
static void test_limits(void **state) {
    char subject[64], deep[1200];
    struct timespec t0, t1;
    (void)state;
    memset(subject, 'a', 40);
    strcpy(subject + 40, "!");
    clock_gettime(CLOCK_MONOTONIC, &t0);
    expect_exec_throws("^(a+)+$", "", subject,
                       "RangeError: Regular expression /^(a+)+$/ exceeded its backtracking limit (50000 steps)");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    print_message("catastrophic ^(a+)+$ on 40 a's: RangeError after %.3f s (host)\n",
                  (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    memset(deep, 'a', 1100);
    deep[1100] = 0;
    expect_exec_throws(
        "^(?:a|b)*$", "", deep,
        "RangeError: Regular expression /^(?:a|b)*$/ exceeded its backtracking depth limit (128 levels)");
    /* test() needs no backtracking */
    assert_false(ts_regexp_test(regexp("^(a+)+$", ""), ts_tmp_str(ts_str_from_cstr(subject))));
    /* under the limits, exec still answers */
    strcpy(subject + 12, "!");
    assert_true(ts_regexp_exec(regexp("^(a+)+$", ""), ts_tmp_str(ts_str_from_cstr(subject))).tag == TS_NULL);
    /* the limits can be set */
    ts_regexp_set_limits(100, TS_REGEXP_DEPTH_LIMIT);
    expect_exec_throws("^(a+)+$", "", subject,
                       "RangeError: Regular expression /^(a+)+$/ exceeded its backtracking limit (100 steps)");
    ts_regexp_set_limits(TS_REGEXP_MATCH_LIMIT, TS_REGEXP_DEPTH_LIMIT);
}

/* Every way out of a RegExp function by a throw, repeated: nothing stays
 * behind (heap objects, PCRE2 memory, temporaries, roots, try frames), the
 * error records the app's position, and the next call works. */
static TsString *new_regexp_call(const void *arg) {
    const ExecCall *e = (const ExecCall *)arg;
    return ts_regexp_to_string(regexp(e->pattern, e->flags));
}

static TsString *throwing_replace_call(const void *arg) {
    TsValue re = regexp("(?<d>\\d)", "g");
    (void)arg;
    return ts_str_replace_re_fn(ts_tmp_str(ts_str_from_cstr("a1b2c3")), re, replacer("throws"));
}

static TsString *match_all_limit_call(const void *arg) {
    TsValue re = regexp("x|(?:a|b)*$", "g");
    (void)arg;
    return ts_inspect(ts_tmp(ts_str_match_all_re(ts_tmp_str(ts_str_from_cstr((const char *)arg)), re)));
}

static void test_throws_leave_nothing(void **state) {
    static const TsLoc at = {"app.ts", 3, 9};
    static const ExecCall bad = {"a(b", "g", ""};
    char long_ab[400];
    size_t heap0, heap, peak, tmp0 = ts_tmp_mark(), roots0 = ts_roots_mark();
    size_t objects0 = ts_live_objects();
    int i;
    (void)state;
    memset(long_ab, 'a', 300);
    memcpy(long_ab, "xxx", 3);
    long_ab[300] = 0;
    ts_regexp_heap_stats(&heap0, &peak);
    for (i = 0; i < 200; i++) {
        bool threw;
        TsString *got;
        ts_loc = &at;
        got = call_caught(new_regexp_call, &bad, &threw);
        assert_true(threw);
        assert_string_equal(got->data, "SyntaxError: Invalid regular expression: /a(b/g: Unterminated group");
        ts_str_release(got);
        got = call_caught(throwing_replace_call, NULL, &threw);
        assert_true(threw);
        assert_string_equal(got->data, "Error: replacer stopped at '2'");
        ts_str_release(got);
        got = call_caught(match_all_limit_call, long_ab, &threw);
        assert_true(threw);
        assert_string_equal(got->data, "RangeError: Regular expression /x|(?:a|b)*$/g exceeded its backtracking "
                                       "depth limit (128 levels)");
        ts_str_release(got);
        assert_true(ts_tmp_mark() == tmp0 && ts_roots_mark() == roots0 && ts_try_top == NULL);
        ts_collect_cycles();
        assert_int_equal(ts_live_objects(), objects0);
        ts_regexp_heap_stats(&heap, &peak);
        assert_int_equal(heap, heap0);
    }
    /* the error names where the app was */
    {
        TsTry t;
        ts_try_enter(&t);
        if (setjmp(t.jb) == 0) {
            ts_loc = &at;
            regexp("(", "");
            ts_try_leave(&t);
            fail_msg("no SyntaxError");
        } else {
            TsValue e = ts_caught();
            TsString *text = ts_exception_text(e);
            assert_true(ts_instance_of(e, &ts_syntax_error_class));
            assert_string_equal(text->data, "SyntaxError: Invalid regular expression: /(/: Unterminated group at "
                                            "app.ts:3:9");
            ts_str_release(text);
            ts_release(e);
        }
    }
    ts_loc = NULL;
    /* and afterwards all works */
    assert_true(ts_regexp_test(regexp("^a+$", ""), ts_tmp_str(ts_str_from_cstr(long_ab + 3))));
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
    (void)state;
    if (!engine_has_unicode()) {
        /* nothing to see: the u flag itself is refused */
        assert_non_null(check(".", "u"));
        return;
    }
    expect_exec_throws(".", "u", "\355\240\200",
                       "TypeError: Regular expression /./u cannot match a string that holds a lone surrogate");
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
        cmocka_unit_test_setup_teardown(test_throws_leave_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_heap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lone_surrogate, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
