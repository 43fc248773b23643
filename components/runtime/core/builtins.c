/* Library calls the compiler maps onto that are built from the rest of the core. */
#include <math.h>
#include <string.h>

#include "rt_internal.h"

static void (*event_loop)(void);

void ts_rt_set_loop(void (*run)(void)) { event_loop = run; }

void ts_rt_run(void) {
    if (event_loop) event_loop();
}

/* Root collation, roughly: punctuation < digits < letters; letters compare
 * case-insensitively first, and lower case sorts before upper case on ties. */
static int collation_class(unsigned char c) {
    if (c >= '0' && c <= '9') return 1;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) return 2;
    return 0;
}

static unsigned char fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c; }

double ts_str_locale_compare(TsString *a, TsString *b) {
    uint32_t i, n = a->len < b->len ? a->len : b->len;
    int tie = 0;
    for (i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a->data[i], y = (unsigned char)b->data[i];
        int cx = collation_class(x), cy = collation_class(y);
        if (cx != cy) return cx < cy ? -1 : 1;
        if (fold(x) != fold(y)) return fold(x) < fold(y) ? -1 : 1;
        if (!tie && x != y) tie = (x >= 'a' && x <= 'z') ? -1 : 1;
    }
    if (a->len != b->len) return a->len < b->len ? -1 : 1;
    return tie;
}

TsString *ts_str_from_code_point(int n, const double *codes) {
    char *buf = ts_alloc((size_t)n * 4 + 1);
    size_t len = 0;
    int i;
    TsString *s;
    for (i = 0; i < n; i++) {
        double d = codes[i];
        uint32_t c;
        if (!(d >= 0 && d <= 0x10FFFF) || d != floor(d)) {
            char num[40];
            num_format(d, num);
            ts_dealloc(buf);
            ts_throw_error(TS_ERR_RANGE, "Invalid code point %s", num);
        }
        c = (uint32_t)d;
        if (c < 0x80) buf[len++] = (char)c;
        else if (c < 0x800) {
            buf[len++] = (char)(0xC0 | (c >> 6));
            buf[len++] = (char)(0x80 | (c & 63));
        } else if (c < 0x10000) {
            buf[len++] = (char)(0xE0 | (c >> 12));
            buf[len++] = (char)(0x80 | ((c >> 6) & 63));
            buf[len++] = (char)(0x80 | (c & 63));
        } else {
            buf[len++] = (char)(0xF0 | (c >> 18));
            buf[len++] = (char)(0x80 | ((c >> 12) & 63));
            buf[len++] = (char)(0x80 | ((c >> 6) & 63));
            buf[len++] = (char)(0x80 | (c & 63));
        }
    }
    s = ts_str_new(buf, len);
    ts_dealloc(buf);
    return s;
}

TsString *ts_str_next_code_point(TsString *s, uint32_t *byte_pos) {
    uint32_t p = *byte_pos, n = 1;
    unsigned char c;
    if (p >= s->len) return NULL;
    c = (unsigned char)s->data[p];
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    if (p + n > s->len) n = s->len - p;
    *byte_pos = p + n;
    return ts_str_new(s->data + p, n);
}

/* ToNumber of each value, into small (16 numbers) or a block that a throw
 * frees (a valueOf/toString of the app may throw, and so may the caller's
 * use of the numbers); the caller pops the guard and frees the block. */
static double *to_numbers(int n, const TsValue *xs, double *small, MemGuard *g) {
    double *d = small;
    int i;
    if (n > 16) {
        d = (double *)ts_alloc(sizeof(double) * (size_t)n);
        mem_guard(g, d);
    }
    for (i = 0; i < n; i++) d[i] = ts_to_number(xs[i]);
    return d;
}

TsString *ts_str_from_codes_values(bool code_points, int n, const TsValue *codes) {
    double small[16] = {0};
    MemGuard g;
    size_t rm = ts_roots_mark();
    double *d = to_numbers(n, codes, small, &g);
    TsString *s = code_points ? ts_str_from_code_point(n, d) : ts_str_from_char_code(n, d);
    ts_roots_pop(rm);
    if (d != small) ts_dealloc(d);
    return s;
}

TsValue ts_obj_without(TsValue o, int n, TsString *const *keys) {
    TsValue names = ts_obj_keys(o);
    TsValue out = ts_obj_new(NULL, 0);
    uint32_t i, count = (uint32_t)ts_arr_length(names);
    for (i = 0; i < count; i++) {
        TsString *k = ts_arr_get(names, i).u.str;
        int j, skip = 0;
        for (j = 0; j < n && !skip; j++) skip = ts_str_eq(k, keys[j]);
        if (!skip) ts_obj_set(out, k, ts_obj_get(o, k));
    }
    ts_release(names);
    return out;
}

TsValue ts_arr_entries(TsValue a) {
    uint32_t i, n = (uint32_t)ts_arr_length(a);
    TsValue out = ts_arr_v(arr_alloc(sizeof(TsArray), n));
    for (i = 0; i < n; i++) {
        TsValue pair[2];
        TsValue entry;
        pair[0] = ts_num(i);
        pair[1] = ts_arr_get(a, i);
        entry = ts_arr_of(2, pair);
        ts_arr_push(out, entry);
        ts_release(entry);
    }
    return out;
}

TsValue ts_arr_keys(TsValue a) {
    uint32_t i, n = (uint32_t)ts_arr_length(a);
    TsValue out = ts_arr_new(n);
    for (i = 0; i < n; i++) ts_arr_push(out, ts_num(i));
    return out;
}

void ts_arr_push_spread(TsValue a, TsValue iterable) {
    TsValue items = ts_arr_from(iterable);
    size_t rm = ts_roots_mark();
    uint32_t i;
    ts_root_val(&items);
    for (i = 0; i < items.u.arr->len; i++) ts_arr_push(a, arr_item(items.u.arr, i));
    ts_roots_pop(rm);
    ts_release(items);
}

/* What new Map(x) and new Set(x) accept: an iterable, undefined or null. */
static void check_iterable(TsValue v) {
    static TsString s_values = TS_STR_LIT("values", 6, 6);
    if (ts_is_nullish(v) || v.tag == TS_STRING || v.tag == TS_ARRAY || v.tag == TS_MAP || v.tag == TS_SET) return;
    if (v.tag == TS_OBJECT && v.u.obj->cls && class_find_method(v.u.obj->cls, &s_values)) return; /* typed arrays */
    throw_not_iterable(v);
}

TsValue ts_map_new_from(TsValue entries) {
    TsValue m, list;
    size_t rm = ts_roots_mark();
    uint32_t i, n;
    check_iterable(entries);
    m = ts_map_new();
    list = ts_arr_from(entries);
    ts_root_val(&m);
    ts_root_val(&list);
    n = (uint32_t)ts_arr_length(list);
    for (i = 0; i < n; i++) {
        TsValue e = ts_arr_get(list, i);
        if (e.tag < TS_ARRAY) {
            TsString *s = ts_tmp_str(ts_to_string(e));
            ts_throw_error(TS_ERR_TYPE, "Iterator value %s is not an entry object", s->data);
        }
        ts_map_set(m, ts_obj_get_v(e, ts_num(0)), ts_obj_get_v(e, ts_num(1)));
    }
    ts_roots_pop(rm);
    ts_release(list);
    return m;
}

TsValue ts_set_new_from(TsValue iterable) {
    TsValue s;
    check_iterable(iterable);
    s = ts_set_new();
    TsValue list = ts_arr_from(iterable);
    uint32_t i, n = (uint32_t)ts_arr_length(list);
    for (i = 0; i < n; i++) ts_set_add(s, ts_arr_get(list, i));
    ts_release(list);
    return s;
}

typedef double (*MathN)(int n, const double *xs);

static double over_values(MathN f, int n, const TsValue *xs) {
    double small[16] = {0};
    MemGuard g;
    size_t rm = ts_roots_mark();
    double *d = to_numbers(n, xs, small, &g);
    double r = f(n, d);
    ts_roots_pop(rm);
    if (d != small) ts_dealloc(d);
    return r;
}

double ts_math_max_values(int n, const TsValue *xs) { return over_values(ts_math_max, n, xs); }
double ts_math_min_values(int n, const TsValue *xs) { return over_values(ts_math_min, n, xs); }
double ts_math_hypot_values(int n, const TsValue *xs) { return over_values(ts_math_hypot, n, xs); }

/* it.next() on what keys(), values() and entries() return: a snapshot array
 * consumed from the front, so that for...of and spread after some next()
 * calls see the rest, as with an iterator. */
TsValue ts_iter_next(TsValue it) {
    static TsString s_value = TS_STR_LIT("value", 5, 5);
    static TsString s_done = TS_STR_LIT("done", 4, 4);
    bool done = it.tag != TS_ARRAY || it.u.arr->len == 0;
    TsValue v = done ? ts_undefined() : ts_arr_shift(it);
    TsValue r = ts_obj_new(NULL, 2);
    ts_obj_set(r, &s_value, v);
    ts_obj_set(r, &s_done, ts_bool(done));
    ts_release(v);
    return r;
}
