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
            canon(b, arr_item(v.u.arr, i));
        }
        buf_putc(b, ']');
    } else if (v.tag == TS_OBJECT) {
        buf_putc(b, '{');
        for (i = 0; i < v.u.obj->count; i++) {
            TsString *k = ts_json_stringify(ts_str_v(ts_obj_keyv(v.u.obj)[i]), ts_undefined());
            if (i) buf_putc(b, ',');
            buf_put_str(b, k);
            ts_str_release(k);
            buf_putc(b, ':');
            canon(b, ts_obj_valv(v.u.obj)[i]);
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
                        "RangeError: JSON nesting depth exceeds the limit of 3 (JSON.setLimits)");
    assert_string_equal(parse(S("{\"a\":[{\"b\":[]}]}"), &v),
                        "RangeError: JSON nesting depth exceeds the limit of 3 (JSON.setLimits)");
    assert_string_equal(parse(S("\"01234567890123456789\""), &v),
                        "RangeError: JSON text of 22 bytes exceeds the limit of 20 bytes (JSON.setLimits)");
    assert_null(parse(S("\"012345678901234567\""), &v));
    ts_release(v);
    ts_json_set_limits(0, 0);
    ts_json_get_limits(&depth, &bytes);
    assert_int_equal(depth, 1000000);
    assert_int_equal(bytes, 536870888);
}

/* JSON.getLimits() and JSON.setLimits({ maxDepth, maxBytes }): the previous limits back, a limit
 * left out kept, a bad one refused with nothing changed. */
static void test_limits_from_app(void **state) {
    const char *err;
    uint32_t depth, bytes;
    TsValue v;
    (void)state;
    assert_str(ts_json_stringify(ts_tmp(ts_json_limits()), ts_undefined()),
               "{\"maxDepth\":1000000,\"maxBytes\":536870888}");
    assert_str(ts_json_stringify(ts_tmp(ts_json_set_limits_v(L("{maxDepth: 2}"))), ts_undefined()),
               "{\"maxDepth\":1000000,\"maxBytes\":536870888}");
    ts_json_get_limits(&depth, &bytes);
    assert_int_equal(depth, 2);
    assert_int_equal(bytes, 536870888);
    assert_string_equal(parse(S("[[[1]]]"), &v),
                        "RangeError: JSON nesting depth exceeds the limit of 2 (JSON.setLimits)");
    THROWS(err, ts_json_set_limits_v(L("{maxDepth: 5, maxBytes: 0}")));
    assert_string_equal(err, "RangeError: JSON.setLimits: maxBytes must be an integer from 1 to 4294967295, got 0");
    THROWS(err, ts_json_set_limits_v(L("{maxBytes: '9'}")));
    assert_string_equal(err, "RangeError: JSON.setLimits: maxBytes must be an integer from 1 to 4294967295, got '9'");
    ts_json_get_limits(&depth, &bytes);
    assert_int_equal(depth, 2);
    ts_release(ts_json_set_limits_v(L("{maxBytes: 10, maxDepth: 4294967295}")));
    ts_json_get_limits(&depth, &bytes);
    assert_int_equal(depth, 4294967295u);
    assert_int_equal(bytes, 10);
    ts_json_set_limits(0, 0);
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
        if (k + 1 < levels) inner = arr_item(inner.u.arr, 0);
    }
    assert_int_equal(inner.u.arr->len, 0);
    ts_release(v);
    ts_str_release(s);
}

/* ------------------------------------------------------------ stringify */

typedef struct {
    const char *value, *replacer, *space, *want;
} StringifyCase;

static const StringifyCase stringify_cases[] = {
#include "json_stringify_cases.inc"
};

typedef struct {
    const char *value, *path, *error;
} CycleCase;

static const CycleCase cycle_cases[] = {
#include "json_cycle_cases.inc"
};

static TsValue arg(int argc, const TsValue *argv, int i) { return i < argc ? argv[i] : ts_undefined(); }

static bool key_is(TsValue k, const char *s) { return k.tag == TS_STRING && strcmp(k.u.str->data, s) == 0; }

/* The replacers of gen_json_stringify.js. */
static TsValue times10(TsFunc *self, int argc, const TsValue *argv) {
    TsValue v = arg(argc, argv, 1);
    (void)self;
    return v.tag == TS_NUMBER ? ts_num(v.u.num * 10) : ts_dup(v);
}

static TsValue drop_b(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    return key_is(arg(argc, argv, 0), "b") ? ts_undefined() : ts_dup(arg(argc, argv, 1));
}

static TsValue wrap_root(TsFunc *self, int argc, const TsValue *argv) {
    static TsString s_wrapped = TS_STR_LIT("wrapped", 7, 7);
    TsString *keys[1];
    TsValue v = arg(argc, argv, 1);
    (void)self;
    keys[0] = &s_wrapped;
    return key_is(arg(argc, argv, 0), "") ? ts_obj_lit(1, keys, &v) : ts_dup(v);
}

static TsValue keys_eq(TsFunc *self, int argc, const TsValue *argv) {
    TsValue v = arg(argc, argv, 1);
    TsString *parts[3], *r;
    (void)self;
    if (v.tag >= TS_ARRAY || v.tag == TS_NULL) return ts_dup(v);
    parts[0] = arg(argc, argv, 0).u.str;
    parts[1] = S("=");
    parts[2] = ts_to_string(v);
    r = ts_str_concat_n(3, parts);
    ts_str_release(parts[2]);
    return ts_str_v(r);
}

static TsValue functions(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    if (key_is(arg(argc, argv, 0), "f")) return ts_fn_v(ts_func_new(helpers_fn_zero, "g", 0));
    return ts_dup(arg(argc, argv, 1));
}

/* Stamp.prototype.toJSON(key): "stamp:" + key + ":" + own key count */
static TsValue stamp_to_json(TsValue self, int argc, const TsValue *argv) {
    char tail[32];
    TsString *parts[3];
    snprintf(tail, sizeof tail, ":%lu", (unsigned long)self.u.obj->count);
    parts[0] = S("stamp:");
    parts[1] = arg(argc, argv, 0).u.str;
    parts[2] = S(tail);
    return ts_str_v(ts_str_concat_n(3, parts));
}

static TsValue replacer_of(const char *spec) {
    static const struct {
        const char *name;
        TsFnCall fn;
    } fns[] = {{"fn:times10", times10},
               {"fn:drop_b", drop_b},
               {"fn:wrap_root", wrap_root},
               {"fn:keys", keys_eq},
               {"fn:functions", functions}};
    size_t i;
    if (!*spec) return ts_undefined();
    for (i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (strcmp(spec, fns[i].name) == 0) return ts_tmp(ts_fn_v(ts_func_new(fns[i].fn, fns[i].name + 3, 0)));
    return L(spec);
}

static void test_stringify_cases(void **state) {
    static TsString s_tojson = TS_STR_LIT("toJSON", 6, 6);
    static TsMethod stamp_methods[1];
    TsClass *stamp = (TsClass *)helpers_class("Stamp", 5);
    size_t i;
    int failures = 0;
    (void)state;
    stamp_methods[0].name = &s_tojson;
    stamp_methods[0].fn = stamp_to_json;
    stamp->methods = stamp_methods;
    stamp->nmethods = 1;
    for (i = 0; i < sizeof stringify_cases / sizeof stringify_cases[0]; i++) {
        const StringifyCase *c = &stringify_cases[i];
        TsString *got = ts_json_stringify_full(L(c->value), replacer_of(c->replacer), L(c->space));
        if (!got != !c->want || (got && strcmp(got->data, c->want) != 0)) {
            print_error("JSON.stringify(%s, %s, %s):\n  got  %s\n  want %s\n", c->value, c->replacer, c->space,
                        got ? got->data : "undefined", c->want ? c->want : "undefined");
            failures++;
        }
        ts_str_release(got);
        ts_tmp_release(0);
    }
    assert_int_equal(failures, 0);
}

static TsString *stringified;

static const char *stringify_error(TsValue v) {
    const char *err;
    THROWS(err, stringified = ts_json_stringify(v, ts_undefined()));
    if (!err) ts_str_release(stringified);
    return err;
}

/* Makes value.path (dot-separated keys and indexes) point back at value. */
static void close_cycle(TsValue root, const char *path) {
    TsValue o = root;
    char key[32];
    const char *p = path, *dot;
    while ((dot = strchr(p, '.')) != NULL) {
        memcpy(key, p, (size_t)(dot - p));
        key[dot - p] = 0;
        o = o.tag == TS_ARRAY ? ts_arr_get(o, atof(key)) : ts_obj_get(o, S(key));
        p = dot + 1;
    }
    if (o.tag == TS_ARRAY) ts_arr_set(o, atof(p), root);
    else ts_obj_set(o, S(p), root);
}

/* Objects in objects: every level opens a frame while a member of the level above is written, so the
 * frame stack is reallocated under write_member (a use after free that only the fuzzer had found). */
static void test_stringify_deep(void **state) {
    const uint32_t levels = 1000;
    char *text = (char *)ts_alloc((size_t)levels * 6 + 2);
    size_t n = 0;
    uint32_t k;
    TsString *s, *out;
    TsValue v;
    (void)state;
    for (k = 0; k < levels; k++, n += 5) memcpy(text + n, "{\"k\":", 5);
    text[n++] = '0';
    for (k = 0; k < levels; k++) text[n++] = '}';
    text[n] = 0;
    s = ts_str_new(text, n);
    ts_json_set_limits(levels * 2, 0);
    v = ts_json_parse(s);
    out = ts_json_stringify(v, ts_undefined());
    ts_json_set_limits(0, 0);
    assert_non_null(out);
    assert_int_equal(out->len, n);
    assert_memory_equal(out->data, text, n);
    ts_str_release(out);
    ts_release(v);
    ts_str_release(s);
    ts_dealloc(text);
}

static void test_stringify_cycles(void **state) {
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cycle_cases / sizeof cycle_cases[0]; i++) {
        TsValue root = lit(cycle_cases[i].value);
        close_cycle(root, cycle_cases[i].path);
        assert_string_equal(stringify_error(root), cycle_cases[i].error);
        ts_release(root);
        ts_collect_cycles();
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_parse_cases),     TEST(test_limits),         TEST(test_limits_from_app),  TEST(test_deep_document),
        TEST(test_stringify_cases), TEST(test_stringify_deep), TEST(test_stringify_cycles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
