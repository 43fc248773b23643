/* test_array.c - array methods (expected values checked against node 20). */
#include "helpers.h"

static TsValue fn_double(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_num(argv[0].u.num * 2);
}

static TsValue fn_times_index(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_num(argv[0].u.num * argv[1].u.num);
}

static TsValue fn_square_index(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_num(argv[1].u.num * argv[1].u.num);
}

static TsValue fn_is_even(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_bool(fmod(argv[0].u.num, 2) == 0);
}

static TsValue fn_add(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_add(argv[0], argv[1]);
}

static TsValue fn_join_dash(TsFunc *self, int argc, const TsValue *argv) {
    TsValue t = ts_add(argv[0], ts_str_v(ts_tmp_str(ts_str_from_cstr("-"))));
    TsValue r = ts_add(t, argv[1]);
    (void)self;
    (void)argc;
    ts_release(t);
    return r;
}

static TsValue fn_desc(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_num(argv[1].u.num - argv[0].u.num);
}

static TsValue fn_by_k(TsFunc *self, int argc, const TsValue *argv) {
    static TsString k = TS_STR_LIT("k", 1, 1);
    (void)self;
    (void)argc;
    return ts_num(ts_obj_get(argv[0], &k).u.num - ts_obj_get(argv[1], &k).u.num);
}

static TsValue fn_get_v(TsFunc *self, int argc, const TsValue *argv) {
    static TsString v = TS_STR_LIT("v", 1, 1);
    (void)self;
    (void)argc;
    return ts_dup(ts_obj_get(argv[0], &v));
}

static TsValue fn_nan(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    (void)argv;
    return ts_num(NAN);
}

static TsValue fn_pair(TsFunc *self, int argc, const TsValue *argv) {
    TsValue items[2];
    (void)self;
    (void)argc;
    items[0] = argv[0];
    items[1] = ts_num(argv[0].u.num * 10);
    return ts_arr_of(2, items);
}

static TsFunc f_double = TS_FUNC_STATIC(fn_double, "double");
static TsFunc f_times_index = TS_FUNC_STATIC(fn_times_index, "timesIndex");
static TsFunc f_square_index = TS_FUNC_STATIC(fn_square_index, "sq");
static TsFunc f_is_even = TS_FUNC_STATIC(fn_is_even, "isEven");
static TsFunc f_add = TS_FUNC_STATIC(fn_add, "add");
static TsFunc f_join_dash = TS_FUNC_STATIC(fn_join_dash, "");
static TsFunc f_desc = TS_FUNC_STATIC(fn_desc, "desc");
static TsFunc f_by_k = TS_FUNC_STATIC(fn_by_k, "byK");
static TsFunc f_get_v = TS_FUNC_STATIC(fn_get_v, "getV");
static TsFunc f_nan = TS_FUNC_STATIC(fn_nan, "nan");
static TsFunc f_pair = TS_FUNC_STATIC(fn_pair, "pair");

#define INSPECT(v, want) assert_str(ts_inspect(ts_tmp(v)), want)

static void test_basic_ops(void **state) {
    TsValue a = L("[1, 2, 3]");
    TsValue items[3];
    (void)state;
    assert_true(ts_arr_length(a) == 3);
    assert_true(ts_arr_push(a, ts_num(4)) == 4);
    items[0] = ts_num(-1);
    items[1] = ts_num(0);
    assert_true(ts_arr_unshift(a, 2, items) == 6);
    INSPECT(ts_dup(a), "[ -1, 0, 1, 2, 3, 4 ]");
    INSPECT(ts_arr_pop(a), "4");
    INSPECT(ts_arr_shift(a), "-1");
    assert_true(ts_arr_get(a, 0).u.num == 0);
    assert_int_equal(ts_arr_get(a, 99).tag, TS_UNDEFINED);
    assert_int_equal(ts_arr_get(a, -1).tag, TS_UNDEFINED);
    ts_arr_set(a, 5, ts_str_v(S("x")));
    INSPECT(ts_dup(a), "[ 0, 1, 2, 3, <1 empty item>, 'x' ]"); /* a hole, read as undefined */
    assert_int_equal(ts_arr_get(a, 4).tag, TS_UNDEFINED);
    assert_false(ts_is_hole(ts_arr_get(a, 4)));
    ts_arr_set_length(a, 2);
    INSPECT(ts_dup(a), "[ 0, 1 ]");
    ts_arr_set_length(a, 3);
    INSPECT(ts_dup(a), "[ 0, 1, <1 empty item> ]");
    INSPECT(ts_arr_pop(L("[]")), "undefined");
    INSPECT(ts_arr_shift(L("[]")), "undefined");
    items[0] = ts_num(7);
    items[1] = ts_num(8);
    items[2] = ts_num(9);
    assert_true(ts_arr_push_n(a, 3, items) == 6);
    assert_true(ts_arr_at(a, -1).u.num == 9);
    assert_int_equal(ts_arr_at(a, 6).tag, TS_UNDEFINED);
    assert_true(ts_is_array(a));
    assert_false(ts_is_array(L("{}")));
}

static void test_queue(void **state) {
    TsValue q = L("[]");
    TsValue items[2];
    int i;
    double sum = 0;
    (void)state;
    /* a queue: shift() is O(1) and the room it leaves is reused */
    for (i = 0; i < 100000; i++) {
        ts_arr_push(q, ts_num(i));
        ts_arr_push(q, ts_num(i));
        sum += ts_arr_shift(q).u.num;
    }
    assert_true(ts_arr_length(q) == 100000);
    assert_true(sum == 2499950000.0); /* 0, 0, 1, 1, ..., 49999, 49999 */
    items[0] = ts_str_v(S("a"));
    items[1] = ts_str_v(S("b"));
    ts_arr_unshift(q, 2, items); /* fits in the gap */
    INSPECT(ts_arr_slice(q, 0, 3), "[ 'a', 'b', 50000 ]");
    ts_arr_set_length(q, 3);
    while (ts_arr_length(q) > 0) ts_release(ts_arr_shift(q));
    ts_arr_unshift(q, 2, items);
    ts_arr_push(q, ts_num(1));
    INSPECT(ts_dup(q), "[ 'a', 'b', 1 ]");
    /* arguments taken from the array itself survive its growth */
    {
        TsValue a = L("[1, 2, 3, 4, 5]");
        ts_arr_push_n(a, 5, arr_values(a.u.arr));
        ts_arr_unshift(a, 3, arr_values(a.u.arr) + 1);
        INSPECT(ts_dup(a), "[\n  2, 3, 4, 1, 2, 3,\n  4, 5, 1, 2, 3, 4,\n  5\n]");
        ts_release(ts_arr_splice(a, 0, 10, 3, arr_values(a.u.arr) + 10));
        INSPECT(ts_dup(a), "[ 3, 4, 5, 3, 4, 5 ]");
    }
}

static void test_slice_splice(void **state) {
    TsValue a = L("[1, 2, 3, 4, 5]");
    TsValue items[3];
    (void)state;
    items[0] = ts_str_v(S("x"));
    items[1] = ts_str_v(S("y"));
    items[2] = ts_str_v(S("z"));
    INSPECT(ts_arr_splice(a, 1, 2, 3, items), "[ 2, 3 ]");
    INSPECT(ts_dup(a), "[ 1, 'x', 'y', 'z', 4, 5 ]");
    INSPECT(ts_arr_splice(a, -2, INFINITY, 0, NULL), "[ 4, 5 ]");
    INSPECT(ts_dup(a), "[ 1, 'x', 'y', 'z' ]");
    INSPECT(ts_arr_splice(a, 1, 0, 1, items + 2), "[]");
    INSPECT(ts_dup(a), "[ 1, 'z', 'x', 'y', 'z' ]");
    INSPECT(ts_arr_slice(L("[1, 2, 3]"), -2, INFINITY), "[ 2, 3 ]");
    INSPECT(ts_arr_slice(L("[1, 2, 3]"), 2, 1), "[]");
}

static void test_search(void **state) {
    (void)state;
    assert_true(ts_arr_index_of(L("[1, 2, 3]"), ts_num(2), -1) == -1);
    assert_true(ts_arr_index_of(L("[1, 2, 3]"), ts_num(2), 0) == 1);
    assert_true(ts_arr_last_index_of(L("[1, 2, 3, 2]"), ts_num(2), INFINITY) == 3);
    assert_true(ts_arr_last_index_of(L("[1, 2, 3, 2]"), ts_num(2), -3) == 1);
    assert_true(ts_arr_includes(L("[NaN]"), ts_num(NAN)));
    assert_true(ts_arr_index_of(L("[NaN]"), ts_num(NAN), 0) == -1);
    assert_true(ts_arr_includes(L("['a', 'b']"), ts_str_v(S("b"))));
    assert_true(ts_arr_includes(L("[-0]"), ts_num(0)));
}

static void test_join_concat(void **state) {
    TsValue others[2];
    TsValue cyc = L("[1]");
    (void)state;
    assert_str(ts_arr_join(L("[1, null, undefined, [2, [3]], 'x']"), S("-")), "1---2,3-x");
    assert_str(ts_arr_join(L("[]"), NULL), "");
    assert_str(ts_arr_join(L("[1.5, true, {}]"), NULL), "1.5,true,[object Object]");
    ts_arr_push(cyc, cyc);
    assert_str(ts_arr_join(cyc, NULL), "1,");
    ts_arr_pop(cyc);
    ts_release(cyc); /* pop returned the owned reference */
    others[0] = ts_num(3);
    others[1] = L("[4, [5]]");
    INSPECT(ts_arr_concat(L("[1, 2]"), 2, others), "[ 1, 2, 3, 4, [ 5 ] ]");
    INSPECT(ts_arr_fill(L("[1, 2, 3, 4]"), ts_num(0), 1, -1), "[ 1, 0, 0, 4 ]");
    INSPECT(ts_arr_reverse(L("[1, 2, 3]")), "[ 3, 2, 1 ]");
    INSPECT(ts_arr_flat(L("[1, [2, [3, [4]]]]"), INFINITY), "[ 1, 2, 3, 4 ]");
    INSPECT(ts_arr_flat(L("[1, [2, [3]]]"), 1), "[ 1, 2, [ 3 ] ]");
}

static void test_callbacks(void **state) {
    TsValue a = L("[1, 2, 3, 4]");
    (void)state;
    INSPECT(ts_arr_map(a, ts_fn_v(&f_double)), "[ 2, 4, 6, 8 ]");
    INSPECT(ts_arr_map(L("[5, 6]"), ts_fn_v(&f_times_index)), "[ 0, 6 ]");
    INSPECT(ts_arr_filter(a, ts_fn_v(&f_is_even)), "[ 2, 4 ]");
    INSPECT(ts_arr_reduce(a, ts_fn_v(&f_add), 0, ts_undefined()), "10");
    INSPECT(ts_arr_reduce(L("[1, 2, 3]"), ts_fn_v(&f_add), 1, ts_str_v(S(">"))), "'>123'");
    INSPECT(ts_arr_reduce_right(L("[1, 2, 3]"), ts_fn_v(&f_join_dash), 1, ts_str_v(S("s"))), "'s-3-2-1'");
    INSPECT(ts_arr_find(a, ts_fn_v(&f_is_even)), "2");
    INSPECT(ts_arr_find_last(a, ts_fn_v(&f_is_even)), "4");
    INSPECT(ts_arr_find(L("[1, 3]"), ts_fn_v(&f_is_even)), "undefined");
    assert_true(ts_arr_find_index(a, ts_fn_v(&f_is_even)) == 1);
    assert_true(ts_arr_find_last_index(a, ts_fn_v(&f_is_even)) == 3);
    assert_true(ts_arr_find_index(L("[1]"), ts_fn_v(&f_is_even)) == -1);
    assert_true(ts_arr_some(a, ts_fn_v(&f_is_even)));
    assert_false(ts_arr_every(a, ts_fn_v(&f_is_even)));
    assert_true(ts_arr_every(L("[]"), ts_fn_v(&f_is_even)));
    ts_arr_for_each(a, ts_fn_v(&f_double));
    INSPECT(ts_arr_flat_map(L("[1, 2]"), ts_fn_v(&f_pair)), "[ 1, 10, 2, 20 ]");
    INSPECT(ts_arr_from_length(3, ts_fn_v(&f_square_index)), "[ 0, 1, 4 ]");
    INSPECT(ts_arr_from_length(2, ts_undefined()), "[ undefined, undefined ]");
}

/* The only reference to an array, which a callback drops, as `st.list = []`
 * inside `st.list.forEach(...)` does: the method must hold the array. */
static TsValue dropped;

static TsValue fn_drop_then_even(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    ts_move(&dropped, ts_undefined());
    return ts_bool((long)argv[0].u.num % 2 == 0);
}

static TsValue fn_drop_then_desc(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    ts_move(&dropped, ts_undefined());
    return ts_num(argv[1].u.num - argv[0].u.num);
}

static TsValue fn_drop_then_add(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    ts_move(&dropped, ts_undefined());
    return ts_num(argv[0].u.num + argv[1].u.num);
}

static TsFunc f_drop_then_even = TS_FUNC_STATIC(fn_drop_then_even, "dropThenEven");
static TsFunc f_drop_then_add = TS_FUNC_STATIC(fn_drop_then_add, "dropThenAdd");
static TsFunc f_drop_then_desc = TS_FUNC_STATIC(fn_drop_then_desc, "dropThenDesc");

static void test_callback_drops_array(void **state) {
    TsValue fn = ts_fn_v(&f_drop_then_even);
    (void)state;
    dropped = lit("[1, 2, 3, 4]");
    ts_arr_for_each(dropped, fn);
    dropped = lit("[1, 2, 3, 4]");
    INSPECT(ts_arr_map(dropped, fn), "[ false, true, false, true ]");
    dropped = lit("[1, 2, 3, 4]");
    INSPECT(ts_arr_filter(dropped, fn), "[ 2, 4 ]");
    dropped = lit("[1, 3, 4]");
    INSPECT(ts_arr_find(dropped, fn), "4");
    dropped = lit("[1, 3, 4]");
    INSPECT(ts_arr_find_last(dropped, fn), "4");
    dropped = lit("[1, 3, 4]");
    assert_true(ts_arr_find_index(dropped, fn) == 2);
    dropped = lit("[1, 3, 5]");
    assert_true(ts_arr_find_last_index(dropped, fn) == -1);
    dropped = lit("[1, 3, 4]");
    assert_true(ts_arr_some(dropped, fn));
    dropped = lit("[2, 4, 5]");
    assert_false(ts_arr_every(dropped, fn));
    dropped = lit("[1, 2, 3]");
    INSPECT(ts_arr_reduce(dropped, ts_fn_v(&f_drop_then_add), 1, ts_num(0)), "6");
    dropped = lit("[1, 3, 2]");
    INSPECT(ts_arr_sort(dropped, ts_fn_v(&f_drop_then_desc)), "[ 3, 2, 1 ]");
}

static void test_sort(void **state) {
    (void)state;
    INSPECT(ts_arr_sort(L("[10, 9, 1, undefined, 'b', 2, 'a', null, -1]"), ts_undefined()),
            "[ -1, 1, 10, 2, 9, 'a', 'b', null, undefined ]");
    INSPECT(ts_arr_sort(L("[3, 1, 2]"), ts_fn_v(&f_desc)), "[ 3, 2, 1 ]");
    {
        TsValue sorted = ts_tmp(
            ts_arr_sort(L("[{k: 1, v: 'a'}, {k: 0, v: 'b'}, {k: 1, v: 'c'}, {k: 0, v: 'd'}]"), ts_fn_v(&f_by_k)));
        INSPECT(ts_arr_map(sorted, ts_fn_v(&f_get_v)), "[ 'b', 'd', 'a', 'c' ]");
    }
    INSPECT(ts_arr_sort(L("['\xC3\xA9', 'z', 'a', '\xF0\x9F\x98\x80', '\\uffff']"), ts_undefined()),
            "[ 'a', 'z', '\xC3\xA9', '\xF0\x9F\x98\x80', '\xEF\xBF\xBF' ]");
    INSPECT(ts_arr_sort(L("[3, 1, 2]"), ts_fn_v(&f_nan)), "[ 3, 1, 2 ]"); /* NaN counts as 0: stable */
    {
        /* a larger stable sort */
        TsValue a = L("[]");
        int i;
        for (i = 0; i < 1000; i++) {
            TsValue o = ts_tmp(ts_obj_new(NULL, 0));
            static TsString k = TS_STR_LIT("k", 1, 1), v = TS_STR_LIT("v", 1, 1);
            ts_obj_set(o, &k, ts_num((i * 7919) % 10));
            ts_obj_set(o, &v, ts_num(i));
            ts_arr_push(a, o);
        }
        ts_release(ts_arr_sort(a, ts_fn_v(&f_by_k)));
        for (i = 1; i < 1000; i++) {
            static TsString k = TS_STR_LIT("k", 1, 1), v = TS_STR_LIT("v", 1, 1);
            TsValue p = ts_arr_get(a, i - 1), q = ts_arr_get(a, i);
            double pk = ts_obj_get(p, &k).u.num, qk = ts_obj_get(q, &k).u.num;
            assert_true(pk < qk || (pk == qk && ts_obj_get(p, &v).u.num < ts_obj_get(q, &v).u.num));
        }
    }
}

static void test_from(void **state) {
    (void)state;
    INSPECT(ts_arr_from(ts_str_v(S("a\xF0\x9F\x98\x80"))), "[ 'a', '\xF0\x9F\x98\x80' ]");
    INSPECT(ts_arr_from(L("new Map([[1, 2]])")), "[ [ 1, 2 ] ]");
    INSPECT(ts_arr_from(L("new Set([1, 1, 2])")), "[ 1, 2 ]");
    INSPECT(ts_arr_from(L("[1, [2]]")), "[ 1, [ 2 ] ]");
}

/* Arrays of numbers only keep doubles; the first other store converts them
 * to values, and both show the same elements and holes. */
static void test_number_arrays(void **state) {
    TsValue a = ts_arr_new(0);
    (void)state;
    ts_arr_push_num(a, 1.5);
    ts_arr_set_num(a, 3, -0.0, NULL);
    assert_int_equal(a.u.arr->elems, TS_ELEMS_NUM);
    assert_true(ts_arr_get_num(a, 0, NULL) == 1.5);
    assert_true(ts_num_is_undef(ts_arr_get_num(a, 1, NULL))); /* a hole reads as undefined */
    assert_true(ts_num_is_undef(ts_arr_get_num(a, 0.5, NULL)));
    assert_true(ts_num_is_undef(ts_arr_get_num_i(a, -1, NULL)));
    INSPECT(ts_dup(a), "[ 1.5, <2 empty items>, -0 ]");
    ts_arr_set(a, 1, ts_undefined());
    assert_int_equal(a.u.arr->elems, TS_ELEMS_NUM); /* undefined is still a number array's element */
    INSPECT(ts_dup(a), "[ 1.5, undefined, <1 empty item>, -0 ]");
    ts_arr_set(a, 4, ts_str_v(S("s")));
    assert_int_equal(a.u.arr->elems, TS_ELEMS_VAL);
    INSPECT(ts_dup(a), "[ 1.5, undefined, <1 empty item>, -0, 's' ]");
    assert_true(ts_arr_get_num(a, 0, NULL) == 1.5); /* the out-of-line path reads values too */
    ts_arr_set_num(a, 5, 2, NULL);
    INSPECT(a, "[ 1.5, undefined, <1 empty item>, -0, 's', 2 ]");
}

/* A double index is an integer in [0, 2^31) or negative: fractions, NaN,
 * infinities and larger values take the out-of-line path; -0 is 0. */
static void test_index(void **state) {
    (void)state;
    assert_int_equal(ts_index(0), 0);
    assert_int_equal(ts_index(-0.0), 0);
    assert_int_equal(ts_index(7), 7);
    assert_int_equal(ts_index(2147483647.0), 2147483647);
    assert_true(ts_index(-1) < 0);
    assert_true(ts_index(0.5) < 0);
    assert_true(ts_index(-0.5) < 0);
    assert_true(ts_index(NAN) < 0);
    assert_true(ts_index(INFINITY) < 0);
    assert_true(ts_index(-INFINITY) < 0);
    assert_true(ts_index(2147483648.0) < 0);
    assert_true(ts_index(-2147483648.0) < 0);
    assert_true(ts_index(4294967296.0) < 0);
    assert_true(ts_index(1e300) < 0);
}

/* A loop's view of a number array: reads and writes in range on the block;
 * anything else through the array, after which the view is read again. */
static void test_number_views(void **state) {
    TsValue a = ts_arr_new(0), s = ts_tmp(ts_arr_new(0));
    TsNumView v, e;
    (void)state;
    ts_arr_push_num(a, 1);
    ts_arr_push_num(a, 2);
    v = ts_num_view(a);
    assert_int_equal(v.len, 2);
    assert_true(ts_view_get_num(&v, a, 1, NULL) == 2);
    assert_true(ts_view_get_num_i(&v, a, 0, NULL) == 1);
    assert_true(ts_num_is_undef(ts_view_get_num(&v, a, 2, NULL)));
    assert_true(ts_num_is_undef(ts_view_get_num(&v, a, 0.5, NULL)));
    assert_true(ts_num_is_undef(ts_view_get_num_i(&v, a, -1, NULL)));
    assert_true(ts_view_set_num(&v, a, -0.0, 5, NULL));
    assert_true(ts_view_set_num_i(&v, a, 1, 6, NULL));
    INSPECT(ts_dup(a), "[ 5, 6 ]");
    /* growing: the write goes through the array, and the view follows it */
    assert_false(ts_view_set_num_i(&v, a, 5, 7, NULL));
    assert_int_equal(v.len, 6);
    assert_true(v.nums == a.u.arr->e.nums);
    assert_true(ts_num_is_undef(ts_view_get_num_i(&v, a, 3, NULL))); /* a hole */
    INSPECT(ts_dup(a), "[ 5, 6, <3 empty items>, 7 ]");
    /* an array of values, and a value that is not an array, have empty views */
    ts_arr_set(s, 0, ts_str_v(S("s")));
    ts_arr_set(s, 1, ts_num(3));
    e = ts_num_view(s);
    assert_int_equal(e.len, 0);
    assert_true(ts_view_get_num_i(&e, s, 1, NULL) == 3);
    e = ts_num_view(ts_num(1));
    assert_int_equal(e.len, 0);
    ts_release(a);
}

static TsValue fn_long(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_bool(argv[0].tag == TS_STRING && argv[0].u.str->len > 1);
}

static TsValue fn_upper(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_str_v(ts_str_to_upper(argv[0].u.str));
}

static TsFunc f_long = TS_FUNC_STATIC(fn_long, "long");
static TsFunc f_upper = TS_FUNC_STATIC(fn_upper, "upper");

/* Arrays of strings only keep retained string pointers: reads, stores over
 * an element (the old string released), holes, undefined, the methods that
 * keep the kind and the conversion to values on a store of another type. */
static void test_string_arrays(void **state) {
    TsValue a = ts_tmp(ts_arr_new(0)), b, items[2];
    TsString *x = S("x");
    (void)state;
    ts_arr_push_str(a, S("bb"));
    assert_int_equal(a.u.arr->elems, TS_ELEMS_STR); /* an empty array takes the kind of its first element */
    ts_arr_push_str(a, x);
    ts_arr_set_str(a, 3, S("d"), NULL);
    assert_int_equal(a.u.arr->elems, TS_ELEMS_STR);
    assert_str(ts_str_retain(ts_arr_get_str(a, 0, NULL)), "bb");
    assert_null(ts_arr_get_str(a, 2, NULL)); /* a hole reads as undefined */
    assert_null(ts_arr_get_str_i(a, 9, NULL));
    INSPECT(ts_dup(a), "[ 'bb', 'x', <1 empty item>, 'd' ]");
    ts_arr_set_str_i(a, 1, S("yy"), NULL); /* releases x's reference */
    ts_arr_set(a, 2, ts_undefined());
    assert_int_equal(a.u.arr->elems, TS_ELEMS_STR);
    INSPECT(ts_dup(a), "[ 'bb', 'yy', undefined, 'd' ]");
    assert_str(ts_arr_join(a, NULL), "bb,yy,,d");
    assert_true(ts_arr_index_of(a, ts_str_v(S("d")), 0) == 3);
    assert_true(ts_arr_includes(a, ts_undefined()));
    b = ts_tmp(ts_arr_slice(a, 1, INFINITY));
    assert_int_equal(b.u.arr->elems, TS_ELEMS_STR);
    INSPECT(ts_arr_sort(b, ts_undefined()), "[ 'd', 'yy', undefined ]");
    INSPECT(ts_arr_reverse(b), "[ undefined, 'yy', 'd' ]");
    INSPECT(ts_arr_filter(a, ts_fn_v(&f_long)), "[ 'bb', 'yy' ]");
    b = ts_tmp(ts_arr_map(ts_tmp(ts_arr_slice(b, 1, INFINITY)), ts_fn_v(&f_upper)));
    assert_int_equal(b.u.arr->elems, TS_ELEMS_STR);
    INSPECT(ts_dup(b), "[ 'YY', 'D' ]");
    INSPECT(ts_arr_pop(b), "'D'");
    ts_arr_set_length(b, 1);
    INSPECT(ts_dup(b), "[ 'YY' ]");
    items[0] = ts_str_v(S("p"));
    items[1] = ts_str_v(S("q"));
    INSPECT(ts_arr_of(2, items), "[ 'p', 'q' ]");
    b = ts_tmp(ts_arr_slice(a, 0, INFINITY));
    INSPECT(ts_arr_splice(b, 1, 2, 2, items), "[ 'yy', undefined ]"); /* strings in, strings out */
    assert_int_equal(b.u.arr->elems, TS_ELEMS_STR);
    INSPECT(ts_arr_splice(b, 0, 1, 0, NULL), "[ 'bb' ]");
    INSPECT(ts_dup(b), "[ 'p', 'q', 'd' ]");
    items[1] = ts_num(1);
    INSPECT(ts_arr_splice(b, -1, 1, 2, items), "[ 'd' ]"); /* a number in: values */
    assert_int_equal(b.u.arr->elems, TS_ELEMS_VAL);
    INSPECT(ts_dup(b), "[ 'p', 'q', 'p', 1 ]");
    ts_arr_set_num(a, 0, 7, NULL); /* another type: values for good */
    assert_int_equal(a.u.arr->elems, TS_ELEMS_VAL);
    INSPECT(ts_dup(a), "[ 7, 'yy', undefined, 'd' ]");
    assert_null(ts_arr_get_str(a, 2, NULL));
    assert_str(ts_str_retain(ts_arr_get_str(a, 1, NULL)), "yy");
}

/* Arrays of booleans only keep a byte an element; new Array(n).fill(false)
 * is one, and a string stored into it makes it an array of values. */
static void test_bool_arrays(void **state) {
    TsValue a = ts_tmp(ts_arr_new_holes(4)), b;
    (void)state;
    assert_int_equal(a.u.arr->elems, TS_ELEMS_NUM);
    ts_release(ts_arr_fill(a, ts_bool(false), 0, INFINITY));
    assert_int_equal(a.u.arr->elems, TS_ELEMS_BOOL); /* holes only: takes the kind */
    ts_arr_set_bool(a, 1, true, NULL);
    ts_arr_set_bool_i(a, 6, true, NULL);
    assert_int_equal(a.u.arr->elems, TS_ELEMS_BOOL);
    assert_true(ts_arr_get_bool(a, 1, NULL));
    assert_false(ts_arr_get_bool_i(a, 5, NULL)); /* a hole reads as undefined, false as a boolean */
    INSPECT(ts_dup(a), "[ false, true, false, false, <2 empty items>, true ]");
    assert_true(ts_arr_push_bool(a, false) == 8);
    assert_true(ts_arr_index_of(a, ts_bool(true), 2) == 6);
    assert_str(ts_arr_join(a, NULL), "false,true,false,false,,,true,false");
    b = ts_tmp(ts_arr_from(a));
    assert_int_equal(b.u.arr->elems, TS_ELEMS_BOOL);
    INSPECT(ts_dup(b), "[\n  false,     true,\n  false,     false,\n  undefined, undefined,\n  true,      false\n]");
    ts_arr_set(a, 0, ts_str_v(S("s")));
    assert_int_equal(a.u.arr->elems, TS_ELEMS_VAL);
    assert_false(ts_arr_get_bool(a, 2, NULL));
    INSPECT(ts_dup(a), "[ 's', true, false, false, <2 empty items>, true, false ]");
}

/* A store at a key that is no index (node would add a property) throws, and leaves the array as it was. */
/* a[i] on an array of values: inline for an element, the general read for a
 * hole, an index out of range or not an index, and an array of another kind. */
static bool undef(TsValue v) { return v.tag == TS_UNDEFINED && !ts_is_hole(v); }

static void test_value_arrays(void **state) {
    TsValue a = ts_arr_new(0), o = L("{k: 1}"), nums = L("[7]");
    (void)state;
    ts_arr_push(a, o);
    ts_arr_set(a, 2, ts_str_v(S("s")));
    assert_int_equal(a.u.arr->elems, TS_ELEMS_VAL);
    assert_true(ts_arr_get_val(a, 0, NULL).u.obj == o.u.obj);
    assert_true(ts_arr_get_val_i(a, 0, NULL).u.obj == o.u.obj);
    assert_true(undef(ts_arr_get_val(a, 1, NULL))); /* a hole reads as undefined */
    assert_true(undef(ts_arr_get_val_i(a, 1, NULL)));
    assert_int_equal(ts_arr_get_val_i(a, 2, NULL).tag, TS_STRING);
    assert_true(undef(ts_arr_get_val(a, 0.5, NULL)));
    assert_true(undef(ts_arr_get_val(a, -1, NULL)));
    assert_true(undef(ts_arr_get_val_i(a, -1, NULL)));
    assert_true(undef(ts_arr_get_val_i(a, 3, NULL)));
    assert_true(ts_arr_get_val(nums, 0, NULL).u.num == 7); /* numbers only: the out-of-line path */
    assert_true(ts_arr_get_val_i(nums, 0, NULL).u.num == 7);
    ts_release(a);
}

static void test_store_not_index(void **state) {
    const char *err;
    TsValue a = ts_arr_new(0);
    (void)state;
    ts_arr_push_num(a, 1);
    THROWS(err, ts_arr_set_num(a, -1, 2, NULL));
    assert_string_equal(err, "TypeError: Cannot set a[-1]: an array index is an integer from 0 to 4294967294");
    THROWS(err, ts_arr_set(a, 1.5, ts_str_v(S("x"))));
    assert_string_equal(err, "TypeError: Cannot set a[1.5]: an array index is an integer from 0 to 4294967294");
    THROWS(err, ts_obj_set_v(a, ts_num(4294967295.0), ts_num(1)));
    assert_non_null(err);
    THROWS(err, ts_arr_set_num(a, ts_to_number(ts_str_v(S("x"))), 2, NULL));
    assert_string_equal(err, "TypeError: Cannot set a[NaN]: an array index is an integer from 0 to 4294967294");
    INSPECT(a, "[ 1 ]");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_basic_ops),
        TEST(test_queue),
        TEST(test_slice_splice),
        TEST(test_search),
        TEST(test_join_concat),
        TEST(test_callbacks),
        TEST(test_sort),
        TEST(test_from),
        TEST(test_number_arrays),
        TEST(test_index),
        TEST(test_number_views),
        TEST(test_string_arrays),
        TEST(test_bool_arrays),
        TEST(test_value_arrays),
        TEST(test_store_not_index),
        TEST(test_callback_drops_array),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
