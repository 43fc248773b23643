/* test_object.c - objects (key order, hash index, inline caches), classes
 * and methods, Map and Set (checked against node 20). */
#include "helpers.h"

#define INSPECT(v, want) assert_str(ts_inspect(ts_tmp(v)), want)

static void test_key_order(void **state) {
    TsValue o = L("{b: 1, 2: 'two', a: 3, 1: 'one', '-1': 'neg', '01': 'lead', 4294967295: 'big', 4294967294: 'max'}");
    (void)state;
    INSPECT(ts_obj_keys(o), "[ '1', '2', '4294967294', 'b', 'a', '-1', '01', '4294967295' ]");
    INSPECT(ts_obj_entries(L("{x: 1}")), "[ [ 'x', 1 ] ]");
    INSPECT(ts_obj_values(L("{x: 1, 0: 'z'}")), "[ 'z', 1 ]");
    {
        TsValue t = L("{a: 1}");
        ts_obj_assign(t, L("{b: 2, a: 3}"));
        INSPECT(ts_dup(t), "{ a: 3, b: 2 }");
        ts_obj_assign(t, L("['x']"));
        INSPECT(ts_dup(t), "{ '0': 'x', a: 3, b: 2 }");
    }
    INSPECT(ts_obj_from_entries(L("[['a', 1], [2, 'b']]")), "{ '2': 'b', a: 1 }");
    INSPECT(ts_obj_from_entries(L("new Map([['k', true]])")), "{ k: true }");
}

/* An object literal shares the compiler's array of its keys until a key is
 * added or deleted; the array never changes. */
static TsString K_x = TS_STR_LIT("x", 1, 1);
static TsString K_y = TS_STR_LIT("y", 1, 1);
static TsString K_z = TS_STR_LIT("z", 1, 1);
static TsString *const KEYS_xyz[] = {&K_x, &K_y, &K_z};

static TsValue lit_xyz(void) {
    const TsValue vals[] = {ts_num(1), ts_str_v(S("two")), ts_num(3)};
    return ts_obj_lit_distinct(3, KEYS_xyz, vals);
}

static void test_shared_literal_keys(void **state) {
    TsValue a = ts_tmp(lit_xyz()), b = ts_tmp(lit_xyz()), c = ts_tmp(lit_xyz()), d = ts_tmp(lit_xyz());
    (void)state;
    assert_true(a.u.obj->h.shape & TS_SHAPE_SHARED_KEYS);
    assert_ptr_equal(ts_obj_keyv(a.u.obj), KEYS_xyz);
    assert_ptr_equal(ts_obj_keyv(b.u.obj), KEYS_xyz);
    assert_true(ts_obj_get(a, &K_y).tag == TS_STRING && ts_obj_has(a, S("z")));
    ts_obj_set(a, &K_y, ts_num(22)); /* a value changes in place, the keys stay shared */
    assert_ptr_equal(ts_obj_keyv(a.u.obj), KEYS_xyz);
    ts_obj_set(b, S("w"), ts_bool(true)); /* an added key: b's keys become its own */
    assert_false(b.u.obj->h.shape & TS_SHAPE_SHARED_KEYS);
    assert_true(ts_obj_delete(c, &K_x)); /* a deleted key likewise */
    assert_false(c.u.obj->h.shape & TS_SHAPE_SHARED_KEYS);
    INSPECT(ts_dup(a), "{ x: 1, y: 22, z: 3 }");
    INSPECT(ts_dup(b), "{ x: 1, y: 'two', z: 3, w: true }");
    INSPECT(ts_dup(c), "{ y: 'two', z: 3 }");
    INSPECT(ts_obj_keys(d), "[ 'x', 'y', 'z' ]");
    assert_ptr_equal(KEYS_xyz[0], &K_x); /* the shared array is as it was */
    assert_ptr_equal(KEYS_xyz[1], &K_y);
    assert_ptr_equal(KEYS_xyz[2], &K_z);
    assert_ptr_equal(ts_obj_keyv(d.u.obj), KEYS_xyz);
}

static void test_get_set_delete(void **state) {
    TsValue o = L("{}");
    TsString *keys[40];
    int i;
    char name[16];
    (void)state;
    /* past 8 keys the hash index takes over */
    for (i = 0; i < 40; i++) {
        sprintf(name, "k%d", i);
        keys[i] = S(name);
        ts_obj_set(o, keys[i], ts_num(i));
    }
    for (i = 0; i < 40; i++) {
        sprintf(name, "k%d", i);
        assert_true(ts_obj_get(o, S(name)).u.num == i); /* equal content, other pointer */
    }
    assert_true(ts_obj_has(o, S("k39")));
    assert_false(ts_obj_has(o, S("k40")));
    assert_true(ts_obj_delete(o, S("k5")));
    assert_true(ts_obj_delete(o, S("nope")));
    assert_false(ts_obj_has(o, keys[5]));
    assert_true(ts_obj_get(o, S("k6")).u.num == 6);
    assert_int_equal(ts_obj_get(o, S("k5")).tag, TS_UNDEFINED);
    assert_true(ts_arr_length(ts_tmp(ts_obj_keys(o))) == 39);
    ts_obj_set(o, S("k6"), ts_str_v(S("six")));
    INSPECT(ts_dup(ts_obj_get(o, S("k6"))), "'six'");
    /* computed access */
    ts_obj_set_v(o, ts_num(7), ts_bool(true));
    assert_true(ts_obj_get(o, S("7")).u.b);
    assert_true(ts_obj_get_v(o, ts_str_v(S("7"))).u.b);
    assert_true(ts_obj_get_v(L("[5, 6]"), ts_num(1)).u.num == 6);
    INSPECT(ts_dup(ts_obj_get_v(ts_str_v(S("abc")), ts_num(1))), "'b'");
    assert_true(ts_obj_get(L("[1, 2]"), S("length")).u.num == 2);
    assert_true(ts_obj_get(ts_str_v(S("\xC3\xA9t\xC3\xA9")), S("length")).u.num == 3);
    {
        TsValue a = L("[1]");
        ts_obj_set_v(a, ts_num(2), ts_num(3));
        INSPECT(ts_dup(a), "[ 1, <1 empty item>, 3 ]");
        assert_true(ts_obj_has(a, S("2")));
        assert_false(ts_obj_has(a, S("1"))); /* a hole: `1 in a` is false */
        assert_false(ts_obj_has(a, S("3")));
    }
}

static void test_inline_cache(void **state) {
    static TsString kx = TS_STR_LIT("x", 1, 1), ky = TS_STR_LIT("y", 1, 1), kz = TS_STR_LIT("z", 1, 1);
    TsPropCache ic = {0}, ic2 = {0};
    TsValue p = L("{x: 1, y: 2}"), q = L("{y: 20, x: 10}");
    (void)state;
    assert_true(ts_obj_get_ic(p, &ky, &ic, NULL).u.num == 2);
    assert_int_equal(ic.slot, 1);
    assert_true(ts_obj_get_ic(p, &ky, &ic, NULL).u.num == 2);
    assert_true(ts_obj_get_ic(q, &ky, &ic, NULL).u.num == 20); /* other shape: cache updated */
    assert_int_equal(ic.slot, 0);
    assert_int_equal(ts_obj_get_ic(q, &kz, &ic, NULL).tag, TS_UNDEFINED);
    ts_obj_set_ic(p, &kx, ts_num(5), &ic2, NULL);
    ts_obj_set_ic(p, &kx, ts_num(6), &ic2, NULL);
    ts_obj_set_ic(p, &kz, ts_num(7), &ic2, NULL); /* adds a key */
    INSPECT(ts_dup(p), "{ x: 6, y: 2, z: 7 }");
    assert_true(ts_obj_get_ic(L("[1, 2, 3]"), S("length"), &ic, NULL).u.num == 3);
}

/* class Animal { speak() } class Dog extends Animal { name() } */
static TsValue m_speak(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_dup(ts_obj_get(self, ts_tmp_str(ts_str_from_cstr("sound"))));
}
static TsValue m_name(TsValue self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_add(ts_str_v(ts_tmp_str(ts_str_from_cstr("dog:"))), ts_arg(argc, argv, 0));
}
static TsValue m_to_string(TsValue self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    (void)argv;
    return ts_str_v(ts_str_from_cstr("<Dog>"));
}
static TsString n_speak = TS_STR_LIT("speak", 5, 5);
static TsString n_name = TS_STR_LIT("name", 4, 4);
static TsString n_to_string = TS_STR_LIT("toString", 8, 8);
static const TsMethod animal_methods[] = {{&n_speak, m_speak}};
static const TsMethod dog_methods[] = {{&n_name, m_name}, {&n_to_string, m_to_string}};
static const TsClass animal_class = {"Animal", NULL, 1, animal_methods, NULL, 0, NULL, NULL, 0, NULL};
static const TsClass dog_class = {"Dog", &animal_class, 2, dog_methods, NULL, 0, NULL, NULL, 0, NULL};

static TsValue fn_own(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    (void)argv;
    return ts_str_v(ts_str_from_cstr("own"));
}

static void test_classes(void **state) {
    TsValue d = ts_tmp(ts_obj_new(&dog_class, 2));
    TsValue arg = ts_num(7);
    (void)state;
    ts_obj_set(d, S("sound"), ts_str_v(S("woof")));
    INSPECT(ts_call_method(d, S("speak"), 0, NULL), "'woof'"); /* parent's method, name by content */
    INSPECT(ts_call_method(d, &n_name, 1, &arg), "'dog:7'");
    assert_true(ts_instance_of(d, &animal_class));
    assert_true(ts_instance_of(d, &dog_class));
    assert_false(ts_instance_of(L("{}"), &animal_class));
    assert_false(ts_instance_of(ts_num(1), &animal_class));
    INSPECT(ts_dup(d), "Dog { sound: 'woof' }");
    assert_str(ts_to_string(d), "<Dog>");
    {
        TsValue s = ts_tmp(ts_add(d, ts_str_v(S("!"))));
        INSPECT(ts_dup(s), "'<Dog>!'");
    }
    /* an own property holding a function wins over the class */
    {
        TsValue f = ts_tmp(ts_fn_v(ts_func_new(fn_own, "speak", 0)));
        ts_obj_set(d, S("speak"), f);
        INSPECT(ts_call_method(d, S("speak"), 0, NULL), "'own'");
    }
    INSPECT(ts_dup(d), "Dog { sound: 'woof', speak: [Function: speak] }");
    INSPECT(ts_obj_new(&animal_class, 0), "Animal {}");
}

/* A mixin's class is anonymous: console.log shows the nearest name up the chain, and an anonymous
 * class with no named parent prints as a plain object; constructor.name is the class's own. */
static const TsClass anon_dog_class = {"", &dog_class, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};
static const TsClass anon_root_class = {"", NULL, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};

static void test_anonymous_classes(void **state) {
    TsValue a = ts_tmp(ts_obj_new(&anon_dog_class, 1));
    TsValue r = ts_tmp(ts_obj_new(&anon_root_class, 1));
    (void)state;
    ts_obj_set(a, S("sound"), ts_str_v(S("yip")));
    ts_obj_set(r, S("x"), ts_num(1));
    assert_string_equal(ts_class_shown_name(&anon_dog_class), "Dog");
    assert_null(ts_class_shown_name(&anon_root_class));
    INSPECT(ts_dup(a), "Dog { sound: 'yip' }");
    INSPECT(ts_dup(r), "{ x: 1 }");
    INSPECT(ts_obj_new(&anon_root_class, 0), "{}");
    assert_str(ts_ctor_name(a), "");
    assert_str(ts_ctor_name(ts_tmp(ts_obj_new(&dog_class, 0))), "Dog");
    assert_str(ts_ctor_name(L("{}")), "Object");
    assert_str(ts_ctor_name(L("[1]")), "Array");
    assert_str(ts_ctor_name(ts_num(2)), "Number");
    assert_true(ts_instance_of(a, &animal_class));
}

/* class Cell { n = 1; on = true; s = "a"; next: Cell | null = null; v: unknown; #h = 2 } as the
 * compiler lays it out, and a leaf class (numbers only). */
typedef struct Cell_obj {
    TsObject base;
    double n;
    uint8_t on;
    TsString *s;
    TsObject *next;
    TsValue v;
    double h;
} Cell_obj;
static TsString k_n = TS_STR_LIT("n", 1, 1), k_on = TS_STR_LIT("on", 2, 2), k_s = TS_STR_LIT("s", 1, 1);
static TsString k_next = TS_STR_LIT("next", 4, 4), k_v = TS_STR_LIT("v", 1, 1);
static TsString k_h = TS_STR_HIDDEN_KEY("Cell#h", 6, 6);
static const TsField cell_fields[] = {
    {&k_n, TS_FIELD_NUM, offsetof(Cell_obj, n)}, {&k_on, TS_FIELD_BOOL, offsetof(Cell_obj, on)},
    {&k_s, TS_FIELD_STR, offsetof(Cell_obj, s)}, {&k_next, TS_FIELD_OBJ, offsetof(Cell_obj, next)},
    {&k_v, TS_FIELD_VAL, offsetof(Cell_obj, v)}, {&k_h, TS_FIELD_NUM, offsetof(Cell_obj, h)},
};
static const TsLayout cell_layout = {sizeof(Cell_obj), 6, 0, cell_fields, &ts_layout_ops};
static const TsClass cell_class = {"Cell", NULL, 0, NULL, NULL, 0, NULL, &cell_layout, 0, NULL};
static const TsLayout leaf_layout = {sizeof(Cell_obj), 1, TS_CLASS_ACYCLIC, cell_fields, &ts_layout_ops};
static const TsClass leaf_class = {"Leaf", NULL, 0, NULL, NULL, 0, NULL, &leaf_layout, 0, NULL};

static TsValue new_cell(void) {
    TsValue c = ts_obj_new(&cell_class, 0);
    ts_fld_set_num(c, &cell_class, offsetof(Cell_obj, n), 1, &k_n, NULL);
    ts_fld_set_bool(c, &cell_class, offsetof(Cell_obj, on), true, &k_on, NULL);
    ts_fld_set_str(c, &cell_class, offsetof(Cell_obj, s), S("a"), &k_s, NULL);
    ts_fld_set_obj(c, &cell_class, offsetof(Cell_obj, next), ts_null(), &k_next, NULL);
    ts_fld_defined(c, 4); /* v and #h not yet */
    return c;
}

static void test_layouts(void **state) {
    TsValue c = ts_tmp(new_cell());
    const char *err;
    (void)state;
    /* fields not yet defined are no properties; integer-like keys added later come first */
    INSPECT(ts_dup(c), "Cell { n: 1, on: true, s: 'a', next: null }");
    assert_false(ts_obj_has(c, &k_v));
    ts_fld_defined(c, 6);
    ts_obj_set(c, S("extra"), ts_num(5));
    ts_obj_set(c, S("7"), ts_bool(false));
    INSPECT(ts_dup(c),
            "Cell {\n  '7': false,\n  n: 1,\n  on: true,\n  s: 'a',\n  next: null,\n  v: undefined,\n  extra: 5\n}");
    INSPECT(ts_obj_keys(c), "[ '7', 'n', 'on', 's', 'next', 'v', 'extra' ]");
    assert_str(ts_json_stringify(c, ts_undefined()),
               "{\"7\":false,\"n\":1,\"on\":true,\"s\":\"a\",\"next\":null,\"extra\":5}");
    /* by key, the fields are the struct's members */
    ts_obj_set(c, S("n"), ts_num(2.5));
    ts_obj_set(c, S("next"), c); /* a cycle through a field */
    ts_obj_set(c, S("v"), L("[1]"));
    ts_obj_set(c, S("on"), ts_undefined());
    assert_true(((Cell_obj *)c.u.obj)->n == 2.5);
    assert_true(ts_fld_obj(c, &cell_class, offsetof(Cell_obj, next), &k_next, NULL).u.obj == c.u.obj);
    INSPECT(ts_obj_get(c, S("on")), "undefined");
    assert_false(ts_fld_bool(c, &cell_class, offsetof(Cell_obj, on), &k_on, NULL));
    assert_true(ts_fld_num(c, &cell_class, offsetof(Cell_obj, h), &k_h, NULL) !=
                ts_fld_num(c, &cell_class, offsetof(Cell_obj, h), &k_h, NULL)); /* undefined */
    /* a value the field's type does not allow, and deleting a field, are TypeErrors */
    THROWS(err, ts_obj_set(c, S("n"), ts_str_v(S("x"))));
    assert_string_equal(err, "TypeError: Cannot store string in 'n' of Cell: the class declares it number");
    THROWS(err, ts_obj_set(c, S("next"), ts_num(1)));
    assert_string_equal(err, "TypeError: Cannot store number in 'next' of Cell: the class declares it object or null");
    THROWS(err, ts_obj_delete(c, S("s")));
    assert_string_equal(err, "TypeError: Cannot delete property 's' of #<Cell>");
    assert_true(ts_obj_delete(c, S("extra")));
    /* an object that is not a Cell takes the access by key */
    {
        TsValue lit = L("{n: 9}");
        assert_true(ts_fld_num(lit, &cell_class, offsetof(Cell_obj, n), &k_n, NULL) == 9);
        ts_fld_set_num(lit, &cell_class, offsetof(Cell_obj, n), 10, &k_n, NULL);
        INSPECT(ts_dup(lit), "{ n: 10 }");
        THROWS(err, ts_fld_num(ts_null(), &cell_class, offsetof(Cell_obj, n), &k_n, NULL));
        assert_string_equal(err, "TypeError: Cannot read properties of null (reading 'n')");
    }
}

/* A borrowed local's fields through the pointer its layout test gave once: the
 * struct's members for an instance, the access by key for any other object. */
static void test_layout_pointer(void **state) {
    TsValue c = ts_tmp(new_cell()), lit = L("{n: 9, on: true, s: 'x'}"), pin = ts_undefined();
    char *p = ts_layout(c, &cell_class);
    uint32_t rc;
    (void)state;
    ts_fldp_set_num(p, c, offsetof(Cell_obj, n), 4, &k_n, NULL);
    ts_fldp_set_bool(p, c, offsetof(Cell_obj, on), false, &k_on, NULL);
    ts_fldp_set_str(p, c, offsetof(Cell_obj, s), S("b"), &k_s, NULL);
    assert_true(ts_fldp_num(p, c, offsetof(Cell_obj, n), &k_n, NULL) == 4);
    assert_false(ts_fldp_bool(p, c, offsetof(Cell_obj, on), &k_on, NULL));
    assert_string_equal(ts_fldp_str(p, c, offsetof(Cell_obj, s), &k_s, NULL)->data, "b");
    p = ts_layout(lit, &cell_class);
    assert_null(p);
    assert_true(ts_fldp_num(p, lit, offsetof(Cell_obj, n), &k_n, NULL) == 9);
    assert_true(ts_fldp_bool(p, lit, offsetof(Cell_obj, on), &k_on, NULL));
    ts_fldp_set_num(p, lit, offsetof(Cell_obj, n), 10, &k_n, NULL);
    ts_fldp_set_bool(p, lit, offsetof(Cell_obj, on), false, &k_on, NULL);
    ts_fldp_set_str(p, lit, offsetof(Cell_obj, s), S("y"), &k_s, NULL);
    INSPECT(ts_dup(lit), "{ n: 10, on: false, s: 'y' }");
    /* a pin takes one reference, once */
    rc = lit.u.h->rc;
    ts_pin(&pin, lit);
    ts_pin(&pin, lit);
    assert_int_equal(lit.u.h->rc, rc + 1);
    ts_release(pin);
    /* undefined is pinned as null: a pin taken is never undefined */
    pin = ts_undefined();
    ts_pin(&pin, ts_undefined());
    assert_int_equal(pin.tag, TS_NULL);
}

/* The cycle through c.next is collected; a leaf instance is never a candidate. */
static void test_layout_cycles(void **state) {
    size_t before = ts_live_objects();
    TsValue c = new_cell(), leaf = ts_obj_new(&leaf_class, 0);
    (void)state;
    ts_fld_set_obj(c, &cell_class, offsetof(Cell_obj, next), c, &k_next, NULL);
    ts_retain(leaf);
    ts_release(leaf);
    assert_int_equal(leaf.u.h->gc & 7, 0); /* black, not buffered */
    ts_release(leaf);
    ts_release(c);
    ts_collect_cycles();
    assert_int_equal(ts_live_objects(), before);
}

/* accessors: a class's, found along its chain when the object has no own property of the name, and
 * an object literal's own (ts_obj_define_accessor) */
static double gauge_raw;
static TsValue acc_get(TsValue self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    (void)argv;
    return ts_num(gauge_raw * 2);
}
static TsValue acc_set(TsValue self, int argc, const TsValue *argv) {
    (void)self;
    gauge_raw = ts_to_number(ts_arg(argc, argv, 0));
    return ts_undefined();
}
static TsString n_level = TS_STR_LIT("level", 5, 5);
static TsString n_max = TS_STR_LIT("max", 3, 3);
static const TsAccessor gauge_accessors[] = {{&n_level, acc_get, acc_set}, {&n_max, acc_get, NULL}};
static const TsClass gauge_class = {"Gauge", NULL, 0, NULL, NULL, 2, gauge_accessors, NULL, 0, NULL};
static const TsClass dial_class = {"Dial", &gauge_class, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};

static TsValue fn_get(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    (void)argv;
    return ts_num(gauge_raw + 1);
}
static TsValue fn_set(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    gauge_raw = ts_to_number(ts_arg(argc, argv, 0)) * 10;
    return ts_undefined();
}

static void test_accessors(void **state) {
    TsValue d = ts_tmp(ts_obj_new(&dial_class, 0));
    TsValue o = L("{a: 1}");
    TsValue get = ts_tmp(ts_fn_v(ts_func_new(fn_get, "get level", 0)));
    TsValue set = ts_tmp(ts_fn_v(ts_func_new(fn_set, "set level", 0)));
    (void)state;
    ts_obj_set(d, &n_level, ts_num(4)); /* the parent's setter */
    assert_true(gauge_raw == 4);
    INSPECT(ts_dup(ts_obj_get(d, S("level"))), "8");
    ts_obj_set(d, &n_max, ts_num(100)); /* a getter alone ignores the write */
    INSPECT(ts_dup(ts_obj_get(d, &n_max)), "8");
    assert_true(ts_obj_has(d, &n_level));
    INSPECT(ts_dup(d), "Dial {}"); /* on the class, not own */
    INSPECT(ts_obj_keys(d), "[]");

    ts_obj_define_accessor(o, &n_level, get, ts_undefined());
    INSPECT(ts_dup(o), "{ a: 1, level: [Getter] }");
    ts_obj_set(o, &n_level, ts_num(7)); /* no setter yet: ignored */
    assert_true(gauge_raw == 4);
    ts_obj_define_accessor(o, &n_level, ts_undefined(), set); /* joins the getter */
    INSPECT(ts_dup(o), "{ a: 1, level: [Getter/Setter] }");
    ts_obj_set(o, &n_level, ts_num(9));
    assert_true(gauge_raw == 90);
    INSPECT(ts_dup(ts_obj_get(o, &n_level)), "91");
    INSPECT(ts_obj_values(o), "[ 1, 91 ]");
    INSPECT(ts_obj_entries(o), "[ [ 'a', 1 ], [ 'level', 91 ] ]");
    assert_str(ts_json_stringify(o, ts_undefined()), "{\"a\":1,\"level\":91}");
    {
        TsValue copy = L("{}");
        ts_obj_assign(copy, o);
        INSPECT(ts_dup(copy), "{ a: 1, level: 91 }");
    }
    assert_true(ts_same_value(ts_num(NAN), ts_num(NAN)));
    assert_false(ts_same_value(ts_num(0.0), ts_num(-0.0)));
    assert_true(ts_same_value(ts_num(-0.0), ts_num(-0.0)));
    assert_false(ts_same_value(L("{}"), L("{}")));
    assert_true(ts_same_value(o, o));
}

/* properties computed on first read (TsLazy): each placeholder once, at its first read of any kind */
typedef struct lazy_ctx {
    int calls; /* compute calls */
} lazy_ctx;
static TsString n_cheap = TS_STR_LIT("cheap", 5, 5);
static TsString n_dear = TS_STR_LIT("dear", 4, 4);
static TsString n_list = TS_STR_LIT("list", 4, 4);
static TsValue lazy_compute(TsObject *owner, TsString *key) {
    lazy_ctx *c = (lazy_ctx *)ts_obj_native(owner);
    if (!c) return ts_undefined();
    c->calls++;
    if (key == &n_list) return lit("[1, 'two', { three: 3 }]"); /* a heap value, owned by the slot */
    return ts_str_v(ts_str_concat(key, &n_cheap));
}
static TsLazy lazy_ph = TS_LAZY_INIT(lazy_compute);

static TsValue lazy_object(lazy_ctx *c) {
    TsValue o = lit("{ a: 1 }");
    ts_obj_set_native(o.u.obj, c);
    ts_obj_set(o, &n_cheap, ts_lazy_v(&lazy_ph));
    ts_obj_set(o, &n_dear, ts_lazy_v(&lazy_ph));
    ts_obj_add_new(o, &n_list, ts_lazy_v(&lazy_ph)); /* a key it does not have: no search */
    return o;
}

static void test_lazy(void **state) {
    lazy_ctx c = {0};
    TsPropCache ic = {0};
    TsValue o = lazy_object(&c);
    (void)state;
    assert_int_equal(c.calls, 0); /* defining costs nothing */
    INSPECT(ts_dup(ts_obj_get(o, &n_dear)), "'dearcheap'");
    assert_int_equal(c.calls, 1);
    INSPECT(ts_dup(ts_obj_get(o, &n_dear)), "'dearcheap'");
    INSPECT(ts_dup(ts_obj_get_ic(o, &n_dear, &ic, NULL)), "'dearcheap'");
    INSPECT(ts_dup(ts_obj_get_ic(o, &n_dear, &ic, NULL)), "'dearcheap'"); /* through the cache's slot */
    assert_int_equal(c.calls, 1);
    assert_true(ts_obj_has(o, &n_cheap)); /* `in` needs no value */
    assert_int_equal(c.calls, 1);
    /* a write replaces the placeholder, uncomputed; the value is the app's */
    ts_obj_set(o, &n_cheap, ts_num(5));
    assert_int_equal(c.calls, 1);
    INSPECT(ts_dup(ts_obj_get(o, &n_cheap)), "5");
    /* every other kind of read computes what is left, once */
    INSPECT(ts_dup(o), "{ a: 1, cheap: 5, dear: 'dearcheap', list: [ 1, 'two', { three: 3 } ] }");
    assert_int_equal(c.calls, 2);
    assert_str(ts_json_stringify(o, ts_undefined()),
               "{\"a\":1,\"cheap\":5,\"dear\":\"dearcheap\",\"list\":[1,\"two\",{\"three\":3}]}");
    assert_int_equal(c.calls, 2);
    ts_release(o);

    /* Object.values, entries, assign (spread) and JSON each see computed values */
    c.calls = 0;
    o = lazy_object(&c);
    INSPECT(ts_obj_values(o), "[ 1, 'cheapcheap', 'dearcheap', [ 1, 'two', { three: 3 } ] ]");
    assert_int_equal(c.calls, 3);
    ts_release(o);
    o = lazy_object(&c);
    INSPECT(ts_obj_entries(o), "[\n  [ 'a', 1 ],\n  [ 'cheap', 'cheapcheap' ],\n  [ 'dear', 'dearcheap' ],\n"
                               "  [ 'list', [ 1, 'two', [Object] ] ]\n]");
    ts_release(o);
    o = lazy_object(&c);
    {
        TsValue copy = lit("{}");
        ts_obj_assign(copy, o);
        INSPECT(ts_dup(copy),
                "{\n  a: 1,\n  cheap: 'cheapcheap',\n  dear: 'dearcheap',\n  list: [ 1, 'two', { three: 3 } ]\n}");
        ts_release(copy);
    }
    ts_release(o);
    o = lazy_object(&c);
    assert_str(ts_json_stringify(o, ts_undefined()),
               "{\"a\":1,\"cheap\":\"cheapcheap\",\"dear\":\"dearcheap\",\"list\":[1,\"two\",{\"three\":3}]}");
    ts_release(o);

    /* a delete drops a placeholder uncomputed; resolving computes the rest and ends the context */
    c.calls = 0;
    o = lazy_object(&c);
    assert_true(ts_obj_delete(o, &n_dear));
    ts_obj_resolve_lazy(o);
    assert_int_equal(c.calls, 2);
    assert_null(ts_obj_native(o.u.obj));
    INSPECT(ts_dup(o), "{ a: 1, cheap: 'cheapcheap', list: [ 1, 'two', { three: 3 } ] }");
    assert_int_equal(c.calls, 2);
    ts_release(o);
    /* an object freed with placeholders left frees nothing of them (they are static) */
    o = lazy_object(&c);
    ts_release(o);
}

static void test_map_set(void **state) {
    TsValue m = L("new Map([])"), s = L("new Set([])");
    TsValue o = L("{}");
    (void)state;
    ts_map_set(m, ts_num(NAN), ts_num(1));
    ts_map_set(m, ts_num(-0.0), ts_str_v(S("z")));
    ts_map_set(m, ts_str_v(S("k")), ts_num(2));
    ts_map_set(m, o, ts_num(3));
    assert_true(ts_map_get(m, ts_num(NAN)).u.num == 1);
    INSPECT(ts_dup(ts_map_get(m, ts_num(0))), "'z'");
    assert_true(ts_map_get(m, ts_str_v(S("k"))).u.num == 2); /* strings by content */
    assert_true(ts_map_get(m, o).u.num == 3);
    assert_int_equal(ts_map_get(m, L("{}")).tag, TS_UNDEFINED); /* objects by identity */
    INSPECT(ts_map_keys(m), "[ NaN, 0, 'k', {} ]");
    INSPECT(ts_dup(m), "Map(4) { NaN => 1, 0 => 'z', 'k' => 2, {} => 3 }");
    assert_true(ts_map_delete(m, ts_num(0)));
    assert_false(ts_map_delete(m, ts_num(0)));
    assert_true(ts_map_size(m) == 3);
    ts_map_set(m, ts_num(0), ts_str_v(S("again"))); /* re-added at the end */
    INSPECT(ts_map_entries(m), "[ [ NaN, 1 ], [ 'k', 2 ], [ {}, 3 ], [ 0, 'again' ] ]");
    INSPECT(ts_map_values(m), "[ 1, 2, 3, 'again' ]");
    ts_map_clear(m);
    assert_true(ts_map_size(m) == 0);
    INSPECT(ts_dup(m), "Map(0) {}");
    ts_set_add(s, ts_num(1));
    ts_set_add(s, ts_num(1));
    ts_set_add(s, ts_str_v(S("a")));
    assert_true(ts_map_has(s, ts_str_v(S("a"))));
    assert_true(ts_map_size(s) == 2);
    INSPECT(ts_set_values(s), "[ 1, 'a' ]");
    INSPECT(ts_dup(s), "Set(2) { 1, 'a' }");
    {
        /* many entries, deletes and re-adds keep insertion order */
        TsValue big = L("new Map([])");
        int i;
        for (i = 0; i < 1000; i++) ts_map_set(big, ts_num(i), ts_num(i * 2));
        for (i = 0; i < 1000; i += 2) ts_map_delete(big, ts_num(i));
        for (i = 0; i < 10; i++) ts_map_set(big, ts_num(i), ts_num(-1));
        assert_true(ts_map_size(big) == 505);
        assert_true(ts_map_get(big, ts_num(999)).u.num == 1998);
        assert_true(ts_map_get(big, ts_num(4)).u.num == -1);
        assert_true(ts_arr_get(ts_tmp(ts_map_keys(big)), 0).u.num == 1);
        assert_true(ts_arr_get(ts_tmp(ts_map_keys(big)), 500).u.num == 0);
    }
}

static int seen_count;
static TsValue fn_visit(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    assert_int_equal(argc, 3);
    seen_count++;
    if (argv[1].tag == TS_NUMBER && argv[1].u.num == 1) {
        ts_map_delete(argv[2], ts_num(2));          /* deleting ahead: skipped */
        ts_map_set(argv[2], ts_num(9), ts_num(90)); /* adding: visited */
    }
    return ts_undefined();
}

static void test_map_for_each(void **state) {
    TsValue m = L("new Map([[1, 10], [2, 20], [3, 30]])");
    TsFunc *f = ts_func_new(fn_visit, "visit", 0);
    (void)state;
    seen_count = 0;
    ts_map_for_each(m, ts_fn_v(f));
    assert_int_equal(seen_count, 3); /* 1, 3, 9 */
    INSPECT(ts_dup(m), "Map(3) { 1 => 10, 3 => 30, 9 => 90 }");
    ts_release(ts_fn_v(f));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_key_order), TEST(test_shared_literal_keys), TEST(test_get_set_delete), TEST(test_inline_cache),
        TEST(test_classes),   TEST(test_accessors),           TEST(test_map_set),        TEST(test_map_for_each),
        TEST(test_layouts),   TEST(test_layout_pointer),      TEST(test_layout_cycles),  TEST(test_anonymous_classes),
        TEST(test_lazy),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
