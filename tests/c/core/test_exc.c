/* test_exc.c - exceptions as compiled code uses them: try frames, roots
 * unwound by a throw, runtime errors thrown from inside callbacks, Error
 * objects, and node 20's messages and layouts (error_cases.inc, generated
 * by gen_errors.js from error_cases.txt). The functions below are written
 * as the compiler emits C (docs/exceptions.md). */
#include "helpers.h"

typedef struct InspectCase {
    const char *lit;
    const char *inspect;
    const char *json;
    const char *string; /* String(v) when v is an error */
} InspectCase;

typedef struct ThrownCase {
    const char *snippet;
    const char *message; /* String(e) of what it throws */
} ThrownCase;

static const InspectCase inspect_cases[] = {
#define ERROR_INSPECT_CASES
#include "error_cases.inc"
#undef ERROR_INSPECT_CASES
};

static const ThrownCase thrown_cases[] = {
#define ERROR_THROWN_CASES
#include "error_cases.inc"
#undef ERROR_THROWN_CASES
};

static const TsLoc loc_throw = {"app.ts", 7, 15};
static const TsLoc loc_other = {"app.ts", 20, 3};

/* ------------------------------------------------------------- helpers */

/* Runs fn() in a try frame; returns what it threw (owned), or a marker
 * string when it returned normally. */
static TsValue catching(void (*fn)(void)) {
    TsTry t;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        fn();
        ts_try_leave(&t);
        return ts_str_v(ts_str_from_cstr("(no throw)"));
    }
    return ts_caught();
}

/* String(e) of a caught value, checked and released. */
static void assert_caught(TsValue e, const char *want) {
    assert_str(ts_to_string(e), want);
    ts_release(e);
}

/* function boom(): throw new Error("boom") */
static void throw_boom(void) {
    ts_loc = &loc_throw;
    ts_throw(ts_tmp(ts_error_new(ts_str_v(S("boom")))));
}

static TsValue fn_identity(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    return ts_dup(ts_arg(argc, argv, 0));
}

/* A compiled function holding an owned local of every kind (string, array
 * with an object in it, closure over them, box) and a temporary, when its
 * callee throws: the throw must release all of them. */
static void (*held_callee)(void);
static int held_reached_end;
static void holds_locals(void) {
    size_t rm = ts_roots_mark();
    TsString *s = ts_str_from_cstr("an owned string");
    TsValue arr = ts_arr_new(0), obj = ts_obj_new(NULL, 0), fn;
    TsBox *box = ts_box_new(ts_str_v(S("boxed"))).u.box;
    ts_root_str(&s);
    ts_root_val(&arr);
    ts_root_val(&obj);
    ts_root_box(&box);
    ts_arr_push(arr, obj);
    {
        TsValue caps[2];
        caps[0] = arr;
        caps[1] = ts_box_v(box);
        fn = ts_closure(fn_identity, "f", 2, caps);
    }
    ts_root_val(&fn);
    ts_tmp(ts_str_v(ts_str_from_cstr("a temporary")));
    held_callee();
    held_reached_end = 1;
    ts_release(fn);
    ts_heap_release(&box->h);
    ts_release(obj);
    ts_release(arr);
    ts_str_release(s);
    ts_roots_pop(rm);
}

/* ------------------------------------------------------------- frames */

static void test_throw_and_catch(void **state) {
    size_t rm = ts_roots_mark(), tm = ts_tmp_mark();
    TsValue e;
    (void)state;
    held_callee = throw_boom;
    held_reached_end = 0;
    e = catching(holds_locals);
    assert_int_equal(held_reached_end, 0);
    assert_true(ts_instance_of(e, &ts_error_class));
    assert_caught(e, "Error: boom");
    assert_int_equal(ts_roots_mark(), rm);
    assert_int_equal(ts_tmp_mark(), tm);
    assert_null(ts_try_top);
    /* the frame's ts_loc is back */
    ts_loc = &loc_other;
    ts_release(catching(throw_boom));
    assert_ptr_equal(ts_loc, &loc_other);
    ts_loc = NULL;
}

static void rethrow_in_catch(void) {
    TsTry t;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        throw_boom();
        ts_try_leave(&t);
    } else {
        TsValue e = ts_caught();
        ts_root_val(&e);
        ts_obj_set(e, S("seen"), ts_bool(true));
        ts_throw(e); /* catch (e) { e.seen = true; throw e; } */
    }
}

static void throw_other_in_catch(void) {
    TsTry t;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        throw_boom();
        ts_try_leave(&t);
    } else {
        ts_release(ts_caught());
        ts_throw_error(TS_ERR_RANGE, "second");
    }
}

static void test_nested_and_rethrow(void **state) {
    TsValue e;
    (void)state;
    e = catching(rethrow_in_catch);
    assert_true(ts_obj_get(e, S("seen")).u.b);
    assert_caught(e, "Error: boom");
    assert_caught(catching(throw_other_in_catch), "RangeError: second");
    /* an inner frame that completes leaves the outer one in place */
    {
        TsTry outer;
        volatile int inner_caught = 0;
        ts_try_enter(&outer);
        if (setjmp(outer.jb) == 0) {
            TsTry inner;
            ts_try_enter(&inner);
            if (setjmp(inner.jb) == 0) {
                ts_try_leave(&inner);
            } else {
                inner_caught = 1;
            }
            assert_ptr_equal(ts_try_top, &outer);
            throw_boom();
            ts_try_leave(&outer);
        } else {
            assert_caught(ts_caught(), "Error: boom");
        }
        assert_int_equal(inner_caught, 0);
    }
    assert_null(ts_try_top);
}

/* try { ... } finally { ... }: the finally runs, then the throw goes on. */
static int finally_ran;
static void try_finally(void) {
    TsTry t;
    volatile TsValue pending = ts_undefined();
    volatile bool threw = false;
    size_t rm = ts_roots_mark();
    ts_root_val(&pending);
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        throw_boom();
        ts_try_leave(&t);
    } else {
        pending = ts_caught();
        threw = true;
    }
    finally_ran++;
    if (threw) ts_throw(pending);
    ts_roots_pop(rm);
}

static void test_finally(void **state) {
    (void)state;
    finally_ran = 0;
    assert_caught(catching(try_finally), "Error: boom");
    assert_int_equal(finally_ran, 1);
}

static void throw_number(void) {
    ts_loc = &loc_throw;
    ts_throw(ts_num(42));
}
static void throw_string(void) { ts_throw(ts_str_v(S("a string"))); }
static void throw_object(void) {
    ts_loc = &loc_throw;
    ts_throw(L("{code: 7}"));
}
static void throw_undefined(void) { ts_throw(ts_undefined()); }

static void test_throw_any_value(void **state) {
    TsValue e;
    (void)state;
    e = catching(throw_number);
    assert_true(e.tag == TS_NUMBER && e.u.num == 42);
    assert_str(ts_exception_text(e), "42 at app.ts:7:15");
    e = catching(throw_string);
    assert_caught(e, "a string");
    e = catching(throw_object);
    assert_true(ts_obj_get(e, S("code")).u.num == 7);
    assert_str(ts_exception_text(e), "{ code: 7 } at app.ts:7:15");
    ts_release(e);
    assert_int_equal(catching(throw_undefined).tag, TS_UNDEFINED);
    ts_loc = NULL;
}

/* 100k throws through frames that hold owned locals: nothing grows. */
static void test_many_throws(void **state) {
    size_t live = ts_live_objects(), cap;
    int i;
    (void)state;
    held_callee = throw_boom;
    ts_release(catching(holds_locals));
    cap = ts_roots.cap;
    for (i = 0; i < 100000; i++) {
        TsValue e = catching(holds_locals);
        ts_release(e);
        if (ts_live_objects() != live) break;
    }
    assert_int_equal(i, 100000);
    assert_int_equal(ts_roots.cap, cap);
    assert_int_equal(ts_tmp_mark(), 0);
    ts_loc = NULL;
}

/* ------------------------------------------- throws inside runtime callbacks */

/* A callback that throws when it sees 2 (a runtime error: reading a
 * property of undefined), and returns its argument otherwise. */
static TsValue throws_on_two(TsFunc *self, int argc, const TsValue *argv) {
    TsValue x = ts_arg(argc, argv, 0);
    (void)self;
    if (x.tag == TS_NUMBER && x.u.num == 2) return ts_dup(ts_obj_get(ts_undefined(), S("field")));
    return ts_dup(x);
}

static TsValue cb_array;
static TsValue cb_fn;
static void map_throws(void) { ts_release(ts_arr_map(cb_array, cb_fn)); }
static void filter_throws(void) { ts_release(ts_arr_filter(cb_array, cb_fn)); }
static void for_each_throws(void) { ts_arr_for_each(cb_array, cb_fn); }
static void find_throws(void) { ts_release(ts_arr_find(cb_array, cb_fn)); }
static void some_throws(void) { ts_arr_some(cb_array, cb_fn); }
static void every_throws(void) { ts_arr_every(cb_array, cb_fn); }
static void flat_map_throws(void) { ts_release(ts_arr_flat_map(cb_array, cb_fn)); }
static void reduce_throws(void) { ts_release(ts_arr_reduce(cb_array, cb_fn, 1, ts_str_v(S("initial value")))); }
static void sort_throws(void) { ts_release(ts_arr_sort(cb_array, cb_fn)); }
static void from_length_throws(void) { ts_release(ts_arr_from_length(4, cb_fn)); }
static void map_for_each_throws(void) { ts_map_for_each(cb_array, cb_fn); }

/* For find and some, which stop at the first truthy result. */
static TsValue falsy_until_two(TsFunc *self, int argc, const TsValue *argv) {
    ts_release(throws_on_two(self, argc, argv));
    return ts_bool(false);
}

/* reduce's callback gets (acc, x): throw on x; sort's gets (a, b). */
static TsValue throws_on_second_arg(TsFunc *self, int argc, const TsValue *argv) {
    TsValue args[1];
    args[0] = ts_arg(argc, argv, 1);
    return throws_on_two(self, 1, args);
}
/* Array.from({length}, fn) gets (undefined, i). */
static TsValue from_cb(TsFunc *self, int argc, const TsValue *argv) {
    TsValue r = throws_on_second_arg(self, argc, argv);
    ts_release(r);
    return ts_str_v(ts_str_from_cstr("an element"));
}

static void check_callback_throw(void (*run)(void), TsFnCall cb) {
    cb_fn = ts_closure(cb, "cb", 0, NULL);
    assert_caught(catching(run), "TypeError: Cannot read properties of undefined (reading 'field')");
    ts_release(cb_fn);
}

static void test_callbacks_that_throw(void **state) {
    (void)state;
    /* elements that are heap values, so that leaks would show */
    cb_array = lit("[{a: 1}, 'one', 2, [3], 'four']");
    check_callback_throw(map_throws, throws_on_two);
    check_callback_throw(filter_throws, throws_on_two);
    check_callback_throw(for_each_throws, throws_on_two);
    check_callback_throw(find_throws, falsy_until_two);
    check_callback_throw(some_throws, falsy_until_two);
    check_callback_throw(every_throws, throws_on_two);
    check_callback_throw(flat_map_throws, throws_on_two);
    check_callback_throw(reduce_throws, throws_on_second_arg);
    check_callback_throw(sort_throws, throws_on_second_arg);
    check_callback_throw(from_length_throws, from_cb);
    assert_str(ts_inspect(cb_array), "[ { a: 1 }, 'one', 2, [ 3 ], 'four' ]");
    ts_release(cb_array);
    /* Map.forEach: the map compacts again afterwards (its iteration ended) */
    cb_array = lit("new Map([['k1', 1], ['k2', 2], ['k3', 'three']])");
    check_callback_throw(map_for_each_throws, throws_on_two);
    assert_int_equal(cb_array.u.map->iterating, 0);
    ts_release(cb_array);
}

/* A class whose toString and toJSON throw, for join, String() and JSON. */
static TsValue m_throw(TsValue self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    (void)argv;
    ts_throw_error(TS_ERR_ERROR, "from a method");
}
static TsString n_to_string = TS_STR_LIT("toString", 8, 8);
static TsString n_to_json = TS_STR_LIT("toJSON", 6, 6);
static const TsMethod bad_methods[] = {{&n_to_string, m_throw}, {&n_to_json, m_throw}};
static const TsClass bad_class = {"Bad", NULL, 2, bad_methods, NULL, 0, NULL, NULL, 0, NULL};

static TsValue bad_holder;
static void join_throws(void) { ts_str_release(ts_arr_join(bad_holder, NULL)); }
static void stringify_throws(void) { ts_str_release(ts_json_stringify(bad_holder, ts_num(2))); }
static void add_throws(void) { ts_release(ts_add(ts_str_v(S("prefix ")), ts_arr_get(bad_holder, 1))); }
static void sort_keys_throw(void) { ts_release(ts_arr_sort(bad_holder, ts_undefined())); }

static void test_app_methods_that_throw(void **state) {
    int i;
    (void)state;
    bad_holder = lit("['text', 0, {deep: ['x']}]");
    {
        TsValue bad = ts_obj_new(&bad_class, 0);
        ts_arr_set(bad_holder, 1, bad);
        ts_release(bad);
    }
    /* joins in progress are unwound: the cycle check keeps working */
    for (i = 0; i < 100; i++) assert_caught(catching(join_throws), "Error: from a method");
    {
        TsValue cyc = lit("[1, 2]");
        ts_arr_push(cyc, cyc);
        assert_str(ts_arr_join(cyc, NULL), "1,2,");
        ts_arr_set_length(cyc, 0);
        ts_release(cyc);
    }
    assert_caught(catching(stringify_throws), "Error: from a method");
    assert_caught(catching(add_throws), "Error: from a method");
    assert_caught(catching(sort_keys_throw), "Error: from a method");
    ts_release(bad_holder);
}

/* ------------------------------------------------------ errors, messages */

static void test_error_objects(void **state) {
    static const TsLoc here = {"main.ts", 12, 5};
    TsValue e, opts;
    (void)state;
    ts_loc = &here;
    opts = L("{cause: 'why'}");
    e = ts_tmp(ts_error_create(&ts_range_error_class, ts_num(5), opts));
    ts_loc = NULL;
    assert_true(ts_is_error(e));
    assert_true(ts_instance_of(e, &ts_error_class));
    assert_true(ts_instance_of(e, &ts_range_error_class));
    assert_false(ts_instance_of(e, &ts_type_error_class));
    assert_str(ts_str_retain(ts_obj_get(e, S("name")).u.str), "RangeError");
    assert_str(ts_str_retain(ts_obj_get(e, S("message")).u.str), "5");
    assert_str(ts_str_retain(ts_obj_get(e, S("cause")).u.str), "why");
    assert_str(ts_str_retain(ts_obj_get(e, S("stack")).u.str), "RangeError: 5\n    at main.ts:12:5");
    assert_str(ts_error_to_string(e), "RangeError: 5");
    assert_str(ts_exception_text(e), "RangeError: 5 at main.ts:12:5");
    assert_true(ts_obj_has(e, S("message")) && ts_obj_has(e, S("name")) && ts_obj_has(e, S("cause")));
    /* not enumerable */
    assert_str(ts_inspect(ts_tmp(ts_obj_keys(e))), "[]");
    assert_str(ts_json_stringify(e, ts_undefined()), "{}");
    {
        TsValue copy = ts_tmp(ts_obj_new(NULL, 0));
        ts_obj_assign(copy, e);
        assert_str(ts_inspect(copy), "{}");
    }
    /* an error created with no ts_loc has a stack of one line */
    e = ts_tmp(ts_error_new(ts_str_v(S("plain"))));
    assert_str(ts_str_retain(ts_obj_get(e, S("stack")).u.str), "Error: plain");
    assert_str(ts_inspect(e), "[Error: plain]");
    assert_false(ts_is_error(L("{message: 'x'}")));
}

static void test_inspect_cases(void **state) {
    size_t i;
    int failures = 0;
    (void)state;
    for (i = 0; i < sizeof inspect_cases / sizeof inspect_cases[0]; i++) {
        const InspectCase *c = &inspect_cases[i];
        TsValue v = lit(c->lit);
        TsString *got[3];
        const char *want[3];
        int k;
        got[0] = ts_inspect(v);
        got[1] = ts_json_stringify(v, ts_num(2));
        got[2] = ts_is_error(v) ? ts_to_string(v) : NULL;
        want[0] = c->inspect;
        want[1] = c->json;
        want[2] = c->string;
        for (k = 0; k < 3; k++) {
            bool same =
                got[k] ? want[k] && strlen(want[k]) == got[k]->len && memcmp(got[k]->data, want[k], got[k]->len) == 0
                       : !want[k];
            if (!same) {
                print_error("%s of %s\n--- got:\n%s\n--- want:\n%s\n",
                            k == 0   ? "inspect"
                            : k == 1 ? "JSON"
                                     : "String",
                            c->lit, got[k] ? got[k]->data : "(none)", want[k] ? want[k] : "(none)");
                failures++;
            }
            ts_str_release(got[k]);
        }
        ts_release(v);
    }
    assert_int_equal(failures, 0);
}

/* ----------------------------------------- thrown cases: node's messages */

static TsValue cb_zero(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    (void)argv;
    return ts_num(0);
}
static TsFunc f_zero = TS_FUNC_STATIC(cb_zero, "f");

static void circular_self(void) {
    TsValue a = L("{}");
    ts_obj_set(a, S("self"), a);
    ts_json_stringify(a, ts_undefined());
}
static void circular_long(void) {
    TsValue a = L("{x: {y: {z: {w: {v: {}}}}}}"), v = a;
    const char *path[] = {"x", "y", "z", "w", "v"};
    int i;
    for (i = 0; i < 5; i++) v = ts_obj_get(v, S(path[i]));
    ts_obj_set(v, S("back"), a);
    ts_json_stringify(a, ts_undefined());
}
static void circular_inner(void) {
    TsValue a = L("{x: {y: {z: {w: {v: {}}}}}}"), v = a, top;
    const char *path[] = {"x", "y", "z", "w", "v"};
    int i;
    for (i = 0; i < 5; i++) v = ts_obj_get(v, S(path[i]));
    ts_obj_set(v, S("back"), ts_obj_get(ts_obj_get(a, S("x")), S("y")));
    top = ts_tmp(ts_obj_new(NULL, 0));
    ts_obj_set(top, S("top"), a);
    ts_json_stringify(top, ts_undefined());
}
static void circular_array(void) {
    TsValue a = L("[1, 2, {}]");
    ts_obj_set(ts_arr_get(a, 2), S("q"), a);
    ts_json_stringify(a, ts_undefined());
}
static void circular_class(void) {
    TsValue foo = L("new Foo({})"), arr = ts_tmp(ts_arr_new(0));
    ts_arr_push(arr, foo);
    ts_obj_set(foo, S("self"), arr);
    ts_json_stringify(foo, ts_undefined());
}

/* Each snippet of gen_errors.js, done with the runtime function the
 * compiler maps it onto. Results that are not thrown are released by the
 * temp stack. */
#define T(snippet, body) \
    static void snippet##_(void) { body; }
T(t_null_x, ts_obj_get(ts_null(), S("x")))
T(t_undef_foo, ts_obj_get_ic(ts_undefined(), S("foo"), &(TsPropCache){0}, NULL))
T(t_undef_index, ts_arr_get(ts_undefined(), 0))
T(t_undef_length, ts_arr_length(ts_undefined()))
T(t_undef_map, ts_tmp(ts_arr_map(ts_undefined(), ts_fn_v(&f_zero))))
T(t_null_push, ts_arr_push(ts_null(), ts_num(1)))
T(t_undef_get, ts_map_get(ts_undefined(), ts_num(1)))
T(t_null_add, ts_set_add(ts_null(), ts_num(1)))
T(t_null_set, ts_obj_set(ts_null(), S("x"), ts_num(1)))
T(t_undef_index_set, ts_arr_set(ts_undefined(), 3, ts_num(1)))
T(t_in_null, ts_obj_has(ts_null(), S("a")))
T(t_keys_null, ts_tmp(ts_obj_keys(ts_null())))
T(t_assign_undef, ts_obj_assign(ts_undefined(), L("{}")))
T(t_map_5, ts_tmp(ts_arr_map(L("[1]"), ts_num(5))))
T(t_map_abc, ts_tmp(ts_arr_map(L("[1]"), L("'abc'"))))
T(t_map_obj, ts_tmp(ts_arr_map(L("[1]"), L("{}"))))
T(t_map_arr, ts_tmp(ts_arr_map(L("[1]"), L("[]"))))
T(t_map_map, ts_tmp(ts_arr_map(L("[1]"), L("new Map([])"))))
T(t_map_error, ts_tmp(ts_arr_map(L("[1]"), ts_tmp(ts_error_new(ts_str_v(S("x")))))))
T(t_for_each_undef, ts_arr_for_each(L("[1]"), ts_undefined()))
T(t_reduce_empty, ts_tmp(ts_arr_reduce(L("[]"), ts_fn_v(&f_zero), 0, ts_undefined())))
T(t_reduce_right_empty, ts_tmp(ts_arr_reduce_right(L("[]"), ts_fn_v(&f_zero), 0, ts_undefined())))
T(t_sort_5, ts_tmp(ts_arr_sort(L("[1, 2]"), ts_num(5))))
T(t_to_fixed_200, ts_tmp_str(ts_num_to_fixed(1, 200)))
T(t_to_fixed_neg, ts_tmp_str(ts_num_to_fixed(1, -1)))
T(t_to_precision_0, ts_tmp_str(ts_num_to_precision(1, 0)))
T(t_to_string_37, ts_tmp_str(ts_num_to_string_radix(1, 37)))
T(t_repeat_neg, ts_tmp_str(ts_str_repeat(S("ab"), -1)))
T(t_repeat_inf, ts_tmp_str(ts_str_repeat(S("ab"), INFINITY)))
T(t_repeat_huge, ts_tmp_str(ts_str_repeat(S("ab"), 536870912.0)))
T(t_pad_huge, ts_tmp_str(ts_str_pad_start(S("ab"), 1073741824.0, NULL)))
T(t_length_neg, ts_arr_set_length(L("[]"), -1))
T(t_from_huge, ts_tmp(ts_arr_from_length(4294967296.0, ts_undefined())))
T(t_cp_neg, ts_tmp_str(ts_str_from_code_point(1, (const double[]){-1})))
T(t_cp_big, ts_tmp_str(ts_str_from_code_point(1, (const double[]){1114112})))
T(t_cp_frac, ts_tmp_str(ts_str_from_code_point(1, (const double[]){1.5})))
T(t_cp_nan, ts_tmp_str(ts_str_from_code_point(1, (const double[]){NAN})))
T(t_from_entries_5, ts_tmp(ts_obj_from_entries(ts_num(5))))
T(t_from_entries_arr5, ts_tmp(ts_obj_from_entries(L("[5]"))))
T(t_set_5, ts_tmp(ts_set_new_from(ts_num(5))))
T(t_map_entry_1, ts_tmp(ts_map_new_from(L("[1]"))))
T(t_map_obj_iter, ts_tmp(ts_map_new_from(L("{}"))))
#undef T

static const struct {
    const char *snippet;
    void (*run)(void);
} thunks[] = {
    {"null.x", t_null_x_},
    {"undefined.foo", t_undef_foo_},
    {"undefined[0]", t_undef_index_},
    {"undefined.length", t_undef_length_},
    {"undefined.map(f)", t_undef_map_},
    {"null.push(1)", t_null_push_},
    {"undefined.get(1)", t_undef_get_},
    {"null.add(1)", t_null_add_},
    {"null.x = 1", t_null_set_},
    {"undefined[3] = 1", t_undef_index_set_},
    {"'a' in null", t_in_null_},
    {"Object.keys(null)", t_keys_null_},
    {"Object.assign(undefined, {})", t_assign_undef_},
    {"[1].map(5)", t_map_5_},
    {"[1].map('abc')", t_map_abc_},
    {"[1].map({})", t_map_obj_},
    {"[1].map([])", t_map_arr_},
    {"[1].map(new Map())", t_map_map_},
    {"[1].map(new Error('x'))", t_map_error_},
    {"[1].forEach(undefined)", t_for_each_undef_},
    {"[].reduce((a, b) => a)", t_reduce_empty_},
    {"[].reduceRight((a, b) => a)", t_reduce_right_empty_},
    {"[1, 2].sort(5)", t_sort_5_},
    {"(1).toFixed(200)", t_to_fixed_200_},
    {"(1).toFixed(-1)", t_to_fixed_neg_},
    {"(1).toPrecision(0)", t_to_precision_0_},
    {"(1).toString(37)", t_to_string_37_},
    {"'ab'.repeat(-1)", t_repeat_neg_},
    {"'ab'.repeat(Infinity)", t_repeat_inf_},
    {"'ab'.repeat(2 ** 29)", t_repeat_huge_},
    {"'ab'.padStart(2 ** 30)", t_pad_huge_},
    {"[].length = -1", t_length_neg_},
    {"Array.from({ length: 2 ** 32 })", t_from_huge_},
    {"String.fromCodePoint(-1)", t_cp_neg_},
    {"String.fromCodePoint(1114112)", t_cp_big_},
    {"String.fromCodePoint(1.5)", t_cp_frac_},
    {"String.fromCodePoint(NaN)", t_cp_nan_},
    {"Object.fromEntries(5)", t_from_entries_5_},
    {"Object.fromEntries([5])", t_from_entries_arr5_},
    {"new Set(5)", t_set_5_},
    {"new Map([1])", t_map_entry_1_},
    {"new Map({})", t_map_obj_iter_},
    {"(() => { const a = {}; a.self = a; JSON.stringify(a); })()", circular_self},
    {"(() => { const a = {x: {y: {z: {w: {v: {}}}}}}; a.x.y.z.w.v.back = a; JSON.stringify(a); })()", circular_long},
    {"(() => { const a = {x: {y: {z: {w: {v: {}}}}}}; a.x.y.z.w.v.back = a.x.y; JSON.stringify({top: a}); })()",
     circular_inner},
    {"(() => { const a = [1, 2, {}]; a[2].q = a; JSON.stringify(a); })()", circular_array},
    {"(() => { class Foo { constructor() { this.self = [this]; } } JSON.stringify(new Foo()); })()", circular_class},
};

/* Breaks the cycles the circular cases built (kept alive by the temp stack). */
static void drop_temps(void) {
    ts_tmp_release(0);
    ts_collect_cycles();
}

static void test_thrown_messages(void **state) {
    size_t i, k;
    int failures = 0;
    (void)state;
    assert_int_equal(sizeof thunks / sizeof thunks[0], sizeof thrown_cases / sizeof thrown_cases[0]);
    for (i = 0; i < sizeof thrown_cases / sizeof thrown_cases[0]; i++) {
        const ThrownCase *c = &thrown_cases[i];
        TsValue e;
        TsString *s;
        for (k = 0; k < sizeof thunks / sizeof thunks[0] && strcmp(thunks[k].snippet, c->snippet) != 0; k++) {}
        if (k == sizeof thunks / sizeof thunks[0]) {
            print_error("no C for %s\n", c->snippet);
            failures++;
            continue;
        }
        e = catching(thunks[k].run);
        s = ts_to_string(e);
        if (!ts_is_error(e) || strlen(c->message) != s->len || memcmp(c->message, s->data, s->len) != 0) {
            print_error("%s\n--- got:\n%s\n--- want:\n%s\n", c->snippet, s->data, c->message);
            failures++;
        }
        ts_str_release(s);
        ts_release(e);
        drop_temps();
    }
    assert_int_equal(failures, 0);
}

/* ------------------------------------- docs/exceptions.md's compiled C */

static TsString tsg_comma = TS_STR_LIT(",", 1, 1);
static TsString tsg_bad_number = TS_STR_LIT("bad number ", 11, 11);
static TsString tsg_failed = TS_STR_LIT("failed:", 7, 7);
static TsString tsg_parts = TS_STR_LIT("parts:", 6, 6);

/* The example's C, as the page shows it. */
static const TsLoc tsl_6_33 = {"app.ts", 6, 33};

static double load(TsString *p0) {
    size_t tm = ts_tmp_mark();
    size_t rm = ts_roots_mark();
    TsString *text = p0; /* borrowed: no root */
    TsValue parts = ts_str_split(text, ts_str_v(&tsg_comma), 1.0 / 0.0);
    ts_root_val(&parts);
    volatile double total = 0; /* assigned in try, read after */
    {
        TsTry tf; /* finally */
        volatile TsValue pending = ts_undefined();
        volatile bool threw = false;
        size_t rm_f = ts_roots_mark();
        ts_root_val(&pending);
        ts_try_enter(&tf);
        if (setjmp(tf.jb) == 0) {
            TsTry tc; /* catch */
            ts_try_enter(&tc);
            if (setjmp(tc.jb) == 0) {
                TsValue _iter = ts_dup(parts);
                size_t rm_for = ts_roots_mark();
                ts_root_val(&_iter);
                for (double _i = 0; _i < ts_arr_length(_iter); _i++) {
                    size_t rm_body = ts_roots_mark();
                    TsString *p = ts_str_retain(ts_unbox_str(ts_arr_get(_iter, _i)));
                    ts_root_str(&p);
                    double n = ts_str_to_num(p);
                    if (ts_is_nan(n)) {
                        ts_loc = &tsl_6_33;
                        ts_throw(ts_tmp(ts_error_new(ts_tmp(ts_str_v(ts_str_concat(&tsg_bad_number, p))))));
                    }
                    total = total + n;
                    ts_str_release(p);
                    ts_roots_pop(rm_body);
                }
                ts_release(_iter);
                ts_roots_pop(rm_for);
                ts_try_leave(&tc);
            } else {
                TsValue e = ts_caught();
                size_t rm_c = ts_roots_mark();
                ts_root_val(&e);
                ts_console_log(2, (const TsValue[]){ts_str_v(&tsg_failed), ts_tmp(ts_str_v(ts_to_string(e)))});
                ts_tmp_release(tm);
                total = -1;
                ts_release(e);
                ts_roots_pop(rm_c);
            }
            ts_try_leave(&tf);
        } else {
            pending = ts_caught(); /* the catch block threw */
            threw = true;
        }
        ts_console_log(2, (const TsValue[]){ts_str_v(&tsg_parts), ts_num(ts_arr_length(parts))});
        ts_tmp_release(tm);
        if (threw) ts_throw(pending); /* its root gives back this reference */
        ts_roots_pop(rm_f);
    }
    ts_release(parts);
    ts_roots_pop(rm);
    return total;
}

static void test_docs_example(void **state) {
    (void)state;
    assert_true(load(S("1,2,3")) == 6);
    assert_true(load(S("1,x,3")) == -1);
    ts_out_flush();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_throw_and_catch),        TEST(test_nested_and_rethrow), TEST(test_finally),
        TEST(test_throw_any_value),        TEST(test_many_throws),        TEST(test_callbacks_that_throw),
        TEST(test_app_methods_that_throw), TEST(test_error_objects),      TEST(test_inspect_cases),
        TEST(test_thrown_messages),        TEST(test_docs_example),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
