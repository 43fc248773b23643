/* test_inspect.c - util.inspect / console.log layouts and JSON.stringify,
 * compared with node 20 (expected strings in inspect_cases.inc, generated
 * by gen_expected.js from inspect_cases.txt). */
#include "helpers.h"

typedef struct Case {
    const char *lit;
    const char *inspect;
    const char *json; /* JSON.stringify(v, null, 2); NULL for undefined */
} Case;

static const Case cases[] = {
#include "inspect_cases.inc"
};

static void test_inspect_cases(void **state) {
    size_t i;
    int failures = 0;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TsValue v = lit(cases[i].lit);
        TsString *s = ts_inspect(v);
        if (s->len != strlen(cases[i].inspect) || memcmp(s->data, cases[i].inspect, s->len) != 0) {
            print_error("inspect(%s)\n--- got:\n%s\n--- want:\n%s\n", cases[i].lit, s->data, cases[i].inspect);
            failures++;
        }
        ts_str_release(s);
        ts_release(v);
    }
    assert_int_equal(failures, 0);
}

static void test_json_cases(void **state) {
    size_t i;
    int failures = 0;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TsValue v = lit(cases[i].lit);
        TsString *s = ts_json_stringify(v, ts_num(2));
        const char *want = cases[i].json;
        bool ok = s ? want && s->len == strlen(want) && memcmp(s->data, want, s->len) == 0 : want == NULL;
        if (!ok) {
            print_error("JSON.stringify(%s)\n--- got:\n%s\n--- want:\n%s\n", cases[i].lit, s ? s->data : "undefined",
                        want ? want : "undefined");
            failures++;
        }
        ts_str_release(s);
        ts_release(v);
    }
    assert_int_equal(failures, 0);
}

static void test_json_plain(void **state) {
    TsValue v =
        lit("{a: [1, 'x', null, undefined, (() => 0)], b: undefined, c: {d: NaN, e: -0}, 'q\"': '\\u0001\\ud800'}");
    (void)state;
    assert_str(ts_json_stringify(v, ts_undefined()),
               "{\"a\":[1,\"x\",null,null,null],\"c\":{\"d\":null,\"e\":0},\"q\\\"\":\"\\u0001\\ud800\"}");
    assert_str(ts_json_stringify(v, ts_num(20)),
               "{\n          \"a\": [\n                    1,\n                    \"x\",\n                    null,\n"
               "                    null,\n                    null\n          ],\n          \"c\": {\n"
               "                    \"d\": null,\n                    \"e\": 0\n          },\n"
               "          \"q\\\"\": \"\\u0001\\ud800\"\n}");
    assert_str(ts_json_stringify(L("[1, [2]]"), ts_str_v(S("--"))), "[\n--1,\n--[\n----2\n--]\n]");
    ts_tmp_release(0);
    assert_str(ts_json_stringify(L("{}"), ts_num(2)), "{}");
    ts_tmp_release(0);
    assert_null(ts_json_stringify(ts_undefined(), ts_undefined()));
    assert_str(ts_json_stringify(ts_str_v(S("é\n")), ts_undefined()), "\"é\\n\"");
    ts_release(v);
}

static void test_circular(void **state) {
    TsValue o = lit("{name: 'x'}"), a = lit("[1]"), inner = lit("{}");
    (void)state;
    ts_obj_set(o, S("self"), o);
    assert_str(ts_inspect(o), "<ref *1> { name: 'x', self: [Circular *1] }");
    ts_arr_push(a, a);
    assert_str(ts_inspect(a), "<ref *1> [ 1, [Circular *1] ]");
    ts_obj_set(inner, S("up"), o);
    ts_obj_set(o, S("inner"), inner);
    assert_str(ts_inspect(o), "<ref *1> {\n  name: 'x',\n  self: [Circular *1],\n  inner: { up: [Circular *1] }\n}");
    ts_obj_set(inner, S("arr"), a);
    assert_str(ts_inspect(inner),
               "<ref *2> {\n  up: <ref *1> { name: 'x', self: [Circular *1], inner: [Circular *2] },\n"
               "  arr: <ref *3> [ 1, [Circular *3] ]\n}");
    /* break the cycles by hand, so the test does not depend on the collector */
    ts_obj_delete(o, S("self"));
    ts_obj_delete(o, S("inner"));
    ts_arr_pop(a);
    ts_release(o);
    ts_release(a);
    ts_release(inner);
    ts_release(a);
}

static void test_long_strings(void **state) {
    TsValue arr = L("[]");
    TsString *s = ts_str_repeat(S("x"), 10005);
    TsString *r;
    (void)state;
    ts_arr_push(arr, ts_str_v(s));
    r = ts_inspect(arr);
    assert_int_equal(r->len, strlen("[\n  '") + 10000 + strlen("'... 5 more characters\n]"));
    assert_memory_equal(r->data + r->len - 24, "'... 5 more characters\n]", 24);
    ts_str_release(r);
    ts_str_release(s);
}

static void test_console_format(void **state) {
    TsValue args[4];
    (void)state;
    args[0] = ts_str_v(S("a"));
    args[1] = ts_num(1);
    args[2] = ts_str_v(S("b"));
    args[3] = ts_num(-0.0);
    assert_str(ts_format_args(4, args), "a 1 b -0");
    args[0] = ts_str_v(S("%s is %d years, %i%% sure %f"));
    args[1] = ts_str_v(S("Bob"));
    args[2] = ts_num(42.5);
    args[3] = ts_str_v(S("99.9x"));
    assert_str(ts_format_args(4, args), "Bob is 42.5 years, 99% sure %f");
    args[0] = ts_str_v(S("100%"));
    args[1] = ts_num(5);
    assert_str(ts_format_args(2, args), "100% 5");
    args[0] = ts_str_v(S("%%"));
    assert_str(ts_format_args(1, args), "%%");
    assert_str(ts_format_args(2, args), "% 5");
    args[0] = ts_str_v(S("x:%j %o"));
    args[1] = lit("{a: [1]}");
    args[2] = ts_str_v(S("s"));
    assert_str(ts_format_args(3, args), "x:{\"a\":[1]} 's'");
    ts_release(args[1]);
    args[0] = lit("{a: 'str'}");
    args[1] = ts_str_v(S("raw 'q'"));
    assert_str(ts_format_args(2, args), "{ a: 'str' } raw 'q'");
    ts_release(args[0]);
    assert_str(ts_format_args(0, args), "");
    args[0] = ts_str_v(S("%d|%d|%s|%s|%i|%f|%s%s"));
    args[1] = L("[]");
    args[2] = L("{}");
    args[3] = L("[1, [2, [3]]]");
    assert_str(ts_format_args(4, args), "0|NaN|[ 1, [Array] ]|%s|%i|%f|%s%s");
    args[1] = L("{a: {b: {c: 1}}}");
    args[2] = ts_num(-0.0);
    args[3] = ts_num(3.9);
    assert_str(ts_format_args(4, args), "NaN|-0|3.9|%s|%i|%f|%s%s");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_inspect_cases), TEST(test_json_cases),     TEST(test_json_plain),
        TEST(test_circular),      TEST(test_console_format), TEST(test_long_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
