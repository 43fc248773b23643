/* test_json.c - JSON.parse against node (gen/gen_json_parse.js): values,
 * key order, -0, and each SyntaxError message; the limits; a deep document
 * parsed without recursion. */
#include "helpers.h"

typedef struct {
    const char *text;
    size_t len;
    const char *error; /* NULL when node parses it */
    const char *canon; /* the value, printed by canon() below */
    int is_number;
    double number;
} ParseCase;

static const ParseCase parse_cases[] = {
#include "json_parse_cases.inc"
};

/* JSON, with -0 written as -0 (the generator's canon()). */
static void canon(TsBuf *b, TsValue v) {
    uint32_t i;
    if (v.tag == TS_ARRAY) {
        buf_putc(b, '[');
        for (i = 0; i < v.u.arr->len; i++) {
            if (i) buf_putc(b, ',');
            canon(b, v.u.arr->items[i]);
        }
        buf_putc(b, ']');
    } else if (v.tag == TS_OBJECT) {
        buf_putc(b, '{');
        for (i = 0; i < v.u.obj->count; i++) {
            TsString *k = ts_json_stringify(ts_str_v(v.u.obj->keys[i]), ts_undefined());
            if (i) buf_putc(b, ',');
            buf_put_str(b, k);
            ts_str_release(k);
            buf_putc(b, ':');
            canon(b, v.u.obj->vals[i]);
        }
        buf_putc(b, '}');
    } else if (v.tag == TS_NUMBER && v.u.num == 0 && signbit(v.u.num)) {
        buf_puts(b, "-0");
    } else {
        TsString *s = ts_json_stringify(v, ts_undefined());
        buf_put_str(b, s);
        ts_str_release(s);
    }
}

/* JSON.parse(text) into *out; the error text it threw, or NULL. */
static const char *parse(TsString *text, TsValue *out) {
    const char *err;
    THROWS(err, *out = ts_json_parse(text));
    return err;
}

/* 0 when the runtime agrees with node on c, else 1 (reported). */
static int check_case(const ParseCase *c) {
    TsString *text = ts_str_new(c->text, c->len);
    TsValue v = ts_undefined();
    const char *err = parse(text, &v);
    int failures = 0;
    if (!err != !c->error || (err && strcmp(err, c->error) != 0)) {
        print_error("JSON.parse(%s):\n  got  %s\n  want %s\n", c->text, err ? err : "(a value)",
                    c->error ? c->error : "(a value)");
        failures++;
    } else if (!err) {
        TsBuf b;
        buf_init(&b);
        canon(&b, v);
        buf_putc(&b, 0);
        if (strcmp(b.data, c->canon) != 0 ||
            (c->is_number && (v.tag != TS_NUMBER || memcmp(&v.u.num, &c->number, sizeof(double)) != 0))) {
            print_error("JSON.parse(%s):\n  got  %s\n  want %s\n", c->text, b.data, c->canon);
            failures++;
        }
        buf_free(&b);
        ts_release(v);
    }
    ts_str_release(text);
    return failures;
}

static void test_parse_cases(void **state) {
    size_t i;
    int failures = 0;
    (void)state;
    for (i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) failures += check_case(&parse_cases[i]);
    assert_int_equal(failures, 0);
}

static void test_limits(void **state) {
    uint32_t depth, bytes;
    TsValue v = ts_undefined();
    (void)state;
    ts_json_get_limits(&depth, &bytes);
    assert_int_equal(depth, 1000000);
    assert_int_equal(bytes, 536870888);
    ts_json_set_limits(3, 20);
    assert_null(parse(S("[[[1]]]"), &v));
    ts_release(v);
    assert_string_equal(parse(S("[[[[1]]]]"), &v),
                        "RangeError: JSON nesting depth exceeds the limit of 3 (ts_json_set_limits)");
    assert_string_equal(parse(S("{\"a\":[{\"b\":[]}]}"), &v),
                        "RangeError: JSON nesting depth exceeds the limit of 3 (ts_json_set_limits)");
    assert_string_equal(parse(S("\"01234567890123456789\""), &v),
                        "RangeError: JSON text of 22 bytes exceeds the limit of 20 bytes (ts_json_set_limits)");
    assert_null(parse(S("\"012345678901234567\""), &v));
    ts_release(v);
    ts_json_set_limits(0, 0);
    ts_json_get_limits(&depth, &bytes);
    assert_int_equal(depth, 1000000);
    assert_int_equal(bytes, 536870888);
}

/* 100,000 levels in a 1 MB document: the parser's frames live on the heap. */
static void test_deep_document(void **state) {
    const uint32_t levels = 100000;
    size_t n = 0, total = 1000000, i;
    char *text = (char *)ts_alloc(total + 1);
    TsValue v, inner;
    TsString *s;
    uint32_t k;
    (void)state;
    for (k = 0; k < levels; k++) {
        memcpy(text + n, "{\"k\":[", 6);
        n += 6;
    }
    /* pad to 1 MB with whitespace inside the innermost array */
    i = total - n - (size_t)levels * 2;
    memset(text + n, ' ', i);
    n += i;
    for (k = 0; k < levels; k++) {
        memcpy(text + n, "]}", 2);
        n += 2;
    }
    text[n] = 0;
    assert_int_equal(n, total);
    s = ts_str_new(text, n);
    ts_dealloc(text);
    ts_json_set_limits(levels * 2, 0);
    v = ts_json_parse(s);
    ts_json_set_limits(0, 0);
    for (inner = v, k = 0; k < levels; k++) {
        assert_int_equal(inner.tag, TS_OBJECT);
        inner = obj_get_own(inner.u.obj, S("k"));
        assert_int_equal(inner.tag, TS_ARRAY);
        if (k + 1 < levels) inner = inner.u.arr->items[0];
    }
    assert_int_equal(inner.u.arr->len, 0);
    ts_release(v);
    ts_str_release(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_parse_cases),
        TEST(test_limits),
        TEST(test_deep_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
