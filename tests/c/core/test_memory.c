/* test_memory.c - reference counting, the temp stack and the cycle
 * collector. */
#include "helpers.h"

static TsValue obj(void) { return ts_obj_new(NULL, 0); }

/* Immortal keys, so that exact live-object counts are easy to state. */
static TsString K_a = TS_STR_LIT("a", 1, 1);
static TsString K_b = TS_STR_LIT("b", 1, 1);
static TsString K_f = TS_STR_LIT("f", 1, 1);
static TsString K_other = TS_STR_LIT("other", 5, 5);
static TsString K_live = TS_STR_LIT("live", 4, 4);
static TsString K_next = TS_STR_LIT("next", 4, 4);
static TsString K_peer = TS_STR_LIT("peer", 4, 4);

static void test_refcount_basics(void **state) {
    size_t base = ts_live_objects();
    TsValue a = ts_arr_new(0), o = obj();
    (void)state;
    ts_arr_push(a, o);
    assert_int_equal(o.u.h->rc, 2);
    ts_release(o);
    assert_int_equal(ts_live_objects(), base + 2);
    ts_release(a); /* frees the object too */
    assert_int_equal(ts_live_objects(), base);
    /* immortal values are never counted */
    {
        static TsString lit = TS_STR_LIT("lit", 3, 3);
        ts_str_retain(&lit);
        ts_str_release(&lit);
        assert_int_equal(lit.h.rc, TS_RC_IMMORTAL);
    }
}

static void test_tmp_stack(void **state) {
    size_t base = ts_live_objects();
    size_t mark = ts_tmp_mark();
    TsString *s = ts_tmp_str(ts_num_to_str(3.5));
    (void)state;
    ts_tmp(ts_arr_new(0));
    assert_str(ts_str_retain(s), "3.5");
    assert_int_equal(ts_live_objects(), base + 2);
    ts_tmp_release(mark);
    assert_int_equal(ts_live_objects(), base);
    assert_int_equal(ts_tmp_mark(), mark);
}

static void test_assign(void **state) {
    TsValue slot = ts_undefined();
    TsString *sslot = NULL;
    TsValue a = ts_arr_new(0);
    (void)state;
    ts_assign(&slot, a);
    assert_int_equal(a.u.h->rc, 2);
    ts_assign(&slot, a); /* self-assignment is safe */
    assert_int_equal(a.u.h->rc, 2);
    ts_release(a);
    ts_assign(&slot, ts_num(1));
    ts_assign_str(&sslot, S("x"));
    ts_assign_str(&sslot, NULL);
}

static void test_simple_cycle_collected(void **state) {
    size_t base = ts_live_objects();
    TsValue a = obj(), b = obj();
    (void)state;
    ts_obj_set(a, &K_other, b);
    ts_obj_set(b, &K_other, a);
    ts_obj_set(a, &K_a, ts_str_v(ts_tmp_str(ts_str_from_cstr("strings inside garbage are released"))));
    ts_tmp_release(0);
    ts_release(a);
    ts_release(b);
    assert_int_equal(ts_live_objects(), base + 3); /* the cycle keeps itself (and its string) alive */
    ts_collect_cycles();
    assert_int_equal(ts_live_objects(), base);
}

static void test_live_cycle_kept(void **state) {
    size_t base = ts_live_objects();
    TsValue a = obj(), b = obj(), live = ts_arr_new(0);
    (void)state;
    ts_obj_set(a, &K_b, b);
    ts_obj_set(b, &K_a, a);
    ts_obj_set(b, &K_live, live); /* garbage pointing at a live object */
    ts_release(b);
    ts_collect_cycles();
    /* a is still referenced: nothing may be freed */
    assert_int_equal(ts_live_objects(), base + 3);
    assert_true(ts_obj_get(ts_obj_get(a, &K_b), &K_a).u.h == a.u.h);
    assert_int_equal(a.u.h->rc, 2);
    ts_release(a);
    ts_collect_cycles();
    assert_int_equal(ts_live_objects(), base + 1);
    assert_int_equal(live.u.h->rc, 1);
    ts_arr_push(live, ts_num(1));
    ts_release(live);
    assert_int_equal(ts_live_objects(), base);
}

static TsValue capture_call(TsFunc *self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_dup(self->caps[0]);
}

static void test_closure_cycle(void **state) {
    size_t base = ts_live_objects();
    TsValue o = obj(), f;
    (void)state;
    f = ts_closure(capture_call, "f", 1, &o); /* f captures o ... */
    ts_obj_set(o, &K_f, f);                   /* ... and o holds f */
    {
        TsValue r = ts_call_method(o, &K_f, 0, NULL);
        assert_true(r.u.h == o.u.h);
        ts_release(r);
    }
    ts_release(f);
    ts_release(o);
    ts_tmp_release(0);
    ts_collect_cycles();
    assert_int_equal(ts_live_objects(), base);
}

static void test_all_kinds_in_cycles(void **state) {
    size_t base = ts_live_objects();
    TsValue arr = ts_arr_new(0), map = ts_map_new(), set = ts_set_new(), box = ts_box_new(ts_undefined());
    (void)state;
    ts_arr_push(arr, arr);                /* array containing itself */
    ts_map_set(map, ts_str_v(&K_a), map); /* map value */
    ts_map_set(map, map, ts_num(1));      /* map key */
    ts_set_add(set, set);
    ts_assign(&box.u.box->v, box); /* box holding itself */
    ts_release(arr);
    ts_release(map);
    ts_release(set);
    ts_release(box);
    ts_tmp_release(0);
    assert_int_equal(ts_live_objects(), base + 4);
    ts_collect_cycles();
    assert_int_equal(ts_live_objects(), base);
}

/* A map stores its keys and values by kind until an entry of another type
 * comes: each entry keeps its place, its value and its references. */
static void test_map_storage_kinds(void **state) {
    size_t base = ts_live_objects();
    TsValue map = ts_map_new(), set = ts_set_new(), got;
    TsMap *m = map.u.map;
    TsString *keys[100];
    int i;
    (void)state;
    for (i = 0; i < 100; i++) {
        char name[16];
        sprintf(name, "key%d", i);
        keys[i] = ts_str_from_cstr(name);
        ts_map_set(map, ts_str_v(keys[i]), ts_num(i * 0.5));
        assert_int_equal(keys[i]->h.rc, 2); /* the map holds each key */
    }
    assert_int_equal(m->key_kind, TS_MAP_STR);
    assert_int_equal(m->val_kind, TS_MAP_NUM);
    assert_true(ts_map_delete(map, ts_str_v(keys[10])));
    assert_int_equal(keys[10]->h.rc, 1);
    ts_map_set(map, ts_str_v(keys[11]), ts_undefined()); /* stays numbers: undefined has a NaN of its own */
    assert_int_equal(m->val_kind, TS_MAP_NUM);
    assert_int_equal(ts_map_get(map, ts_str_v(keys[11])).tag, TS_UNDEFINED);
    assert_true(ts_map_has(map, ts_str_v(keys[11])));
    assert_false(ts_map_has(map, ts_num(12))); /* a number never matches a string key */

    ts_map_set(map, ts_num(-0.0), ts_num(7)); /* a number key: keys become values */
    assert_int_equal(m->key_kind, TS_MAP_VAL);
    ts_map_set(map, map, map); /* an object value, and a cycle through key and value */
    assert_int_equal(m->val_kind, TS_MAP_VAL);
    for (i = 0; i < 100; i++) {
        got = ts_map_get(map, ts_str_v(keys[i]));
        if (i == 10 || i == 11) {
            assert_int_equal(got.tag, TS_UNDEFINED);
        } else {
            assert_int_equal(got.tag, TS_NUMBER);
            assert_true(got.u.num == i * 0.5);
        }
        assert_int_equal(keys[i]->h.rc, i == 10 ? 1 : 2);
    }
    assert_true(ts_map_get(map, ts_num(0)).u.num == 7);
    assert_int_equal(ts_map_size(map), 101);
    {
        TsValue k, v;
        uint32_t n = 0, j;
        for (j = 0; j < m->used; j++) n += ts_map_entry(m, j, &k, &v);
        assert_int_equal(n, 101); /* the deleted entry stayed deleted */
    }

    /* number keys: one NaN, -0 as 0, a deleted key gone for good */
    ts_set_add(set, ts_num(NAN));
    ts_set_add(set, ts_num(-NAN));
    ts_set_add(set, ts_num(-0.0));
    ts_set_add(set, ts_num(0));
    assert_int_equal(set.u.map->key_kind, TS_MAP_NUM);
    assert_int_equal(ts_map_size(set), 2);
    assert_true(ts_map_delete(set, ts_num(NAN)));
    assert_false(ts_map_has(set, ts_num(NAN)));
    ts_set_add(set, ts_str_v(keys[0])); /* a string into the numbers */
    assert_int_equal(set.u.map->key_kind, TS_MAP_VAL);
    assert_true(ts_map_has(set, ts_num(0)) && ts_map_has(set, ts_str_v(keys[0])));
    assert_false(ts_map_has(set, ts_num(NAN)));
    assert_int_equal(keys[0]->h.rc, 3);

    ts_release(set);
    for (i = 0; i < 100; i++) ts_str_release(keys[i]);
    ts_release(map);
    ts_tmp_release(0);
    assert_int_equal(ts_live_objects(), base + 100); /* the map, in a cycle with itself, and 99 keys */
    ts_collect_cycles();
    assert_int_equal(ts_live_objects(), base);
}

static void test_bounded_memory_in_loop(void **state) {
    size_t base = ts_live_objects(), peak = 0;
    int i;
    (void)state;
    for (i = 0; i < 60000; i++) {
        size_t mark = ts_tmp_mark();
        TsValue a = ts_tmp(obj()), b = ts_tmp(obj());
        TsValue f = ts_tmp(ts_closure(capture_call, "g", 1, &a));
        ts_obj_set(a, &K_peer, b);
        ts_obj_set(b, &K_peer, a);
        ts_obj_set(a, &K_f, f);
        ts_tmp_release(mark); /* statement boundary: may collect */
        if (ts_live_objects() - base > peak) peak = ts_live_objects() - base;
    }
    assert_true(peak < 60000); /* bounded by the collection threshold, not the loop count */
    ts_collect_cycles();
    assert_int_equal(ts_live_objects(), base);
}

static void test_long_list_freed_iteratively(void **state) {
    size_t base = ts_live_objects();
    TsValue head = ts_null();
    int i;
    (void)state;
    for (i = 0; i < 300000; i++) {
        TsValue node = obj();
        ts_obj_set(node, &K_next, head);
        ts_release(head);
        head = node;
        if (i % 1000 == 0) ts_tmp_release(0);
    }
    ts_tmp_release(0);
    ts_release(head); /* a recursive free would overflow the C stack here */
    assert_int_equal(ts_live_objects(), base);
}

static void test_long_cycle_collected(void **state) {
    size_t base = ts_live_objects();
    TsValue first = ts_arr_new(0), prev;
    int i;
    (void)state;
    prev = ts_dup(first);
    for (i = 0; i < 200000; i++) {
        TsValue node = ts_arr_new(0);
        ts_arr_push(prev, node);
        ts_release(prev);
        prev = node;
    }
    ts_arr_push(prev, first); /* close the ring */
    ts_release(prev);
    ts_release(first);
    ts_collect_cycles();
    assert_int_equal(ts_live_objects(), base);
}

/* ts_tmp_move: a temporary's reference handed over to where it is stored. */
static void test_tmp_move(void **state) {
    size_t base = ts_live_objects(), mark = ts_tmp_mark();
    TsValue a = ts_tmp(obj()), b = ts_tmp(obj()), c = obj();
    (void)state;
    /* an entry below the top is cleared: the statement's end skips it */
    assert_true(ts_tmp_move(a.u.h));
    assert_int_equal(ts_tmp_mark(), mark + 2);
    /* the top entry is popped */
    assert_true(ts_tmp_move(b.u.h));
    assert_int_equal(ts_tmp_mark(), mark + 1);
    /* not on the stack: nothing changes, the caller retains */
    assert_false(ts_tmp_move(c.u.h));
    assert_false(ts_tmp_move(a.u.h));
    ts_tmp_release(mark);
    assert_int_equal(a.u.h->rc, 1);
    assert_int_equal(b.u.h->rc, 1);
    assert_int_equal(ts_live_objects(), base + 3);
    /* the same object twice on the stack: each move takes one reference */
    ts_tmp(ts_dup(c));
    ts_tmp(ts_dup(c));
    assert_int_equal(c.u.h->rc, 3);
    assert_true(ts_tmp_move(c.u.h));
    assert_true(ts_tmp_move(c.u.h));
    assert_false(ts_tmp_move(c.u.h));
    ts_tmp_release(mark);
    assert_int_equal(c.u.h->rc, 3);
    ts_release(c);
    ts_release(c);
    ts_release(c);
    ts_release(a);
    ts_release(b);
    assert_int_equal(ts_live_objects(), base);
}

typedef struct Pair_obj {
    TsObject base;
    TsObject *left;
    TsValue any;
} Pair_obj;
static const TsField pair_fields[] = {
    {&K_a, TS_FIELD_OBJ, offsetof(Pair_obj, left)},
    {&K_b, TS_FIELD_VAL, offsetof(Pair_obj, any)},
};
static const TsLayout pair_layout = {sizeof(Pair_obj), 2, 0, pair_fields, &ts_layout_ops};
static const TsClass pair_class = {"Pair", NULL, 0, NULL, NULL, 0, NULL, &pair_layout, 0, NULL};

/* A constructor's store of a fresh argument: the field takes the temporary's
 * reference, and the child's count never drops (no cycle candidate). */
static void test_fld_move(void **state) {
    size_t base = ts_live_objects(), mark = ts_tmp_mark();
    TsValue p = ts_tmp(ts_obj_new(&pair_class, 0));
    TsValue child = ts_tmp(ts_obj_new(&pair_class, 0)), arr = ts_tmp(ts_arr_new(0));
    TsValue kept = ts_obj_new(&pair_class, 0), other;
    (void)state;
    ts_fld_move_obj(p, &pair_class, offsetof(Pair_obj, left), child, &K_a, NULL, 1);
    ts_fld_move_val(p, &pair_class, offsetof(Pair_obj, any), arr, &K_b, NULL, 2);
    assert_int_equal(child.u.h->rc, 1);
    assert_int_equal(arr.u.h->rc, 1);
    assert_int_equal(ts_tmp_mark(), mark + 2); /* p, and child's cleared entry */
    ts_tmp_release(mark);                      /* frees p, and with it child and arr */
    assert_int_equal(ts_live_objects(), base + 1);

    /* not handed over (moved == 0): the field retains as ts_fld_set_obj does */
    p = ts_tmp(ts_obj_new(&pair_class, 0));
    child = ts_tmp(ts_obj_new(&pair_class, 0));
    ts_fld_move_obj(p, &pair_class, offsetof(Pair_obj, left), child, &K_a, NULL, 0);
    assert_int_equal(child.u.h->rc, 2);
    /* handed over but not on the temp stack (a borrowed value): retained too */
    ts_fld_move_obj(child, &pair_class, offsetof(Pair_obj, left), kept, &K_a, NULL, 1);
    assert_int_equal(kept.u.h->rc, 2);
    /* replacing a field releases the old value */
    other = ts_tmp(ts_obj_new(&pair_class, 0));
    ts_fld_move_obj(child, &pair_class, offsetof(Pair_obj, left), other, &K_a, NULL, 1);
    assert_int_equal(kept.u.h->rc, 1);
    assert_int_equal(other.u.h->rc, 1);
    /* null and a number take the ordinary stores */
    ts_fld_move_obj(child, &pair_class, offsetof(Pair_obj, left), ts_null(), &K_a, NULL, 1);
    ts_fld_move_val(child, &pair_class, offsetof(Pair_obj, any), ts_num(2), &K_b, NULL, 2);
    assert_true(ts_fld_obj(child, &pair_class, offsetof(Pair_obj, left), &K_a, NULL).tag == TS_NULL);
    ts_tmp_release(mark);
    ts_release(kept);
    assert_int_equal(ts_live_objects(), base);
}

/* <C>_new of a constructor that only stores its parameters (ts_inst_new and
 * ts_inst_set_*): a moved temporary is taken off the top of the temp stack,
 * a borrowed value is retained, null and undefined are stored as they are. */
static void test_inst_direct_stores(void **state) {
    size_t base = ts_live_objects(), mark = ts_tmp_mark();
    TsValue child = ts_tmp(ts_obj_new(&pair_class, 0)), arr = ts_tmp(ts_arr_new(0));
    TsValue kept = ts_obj_new(&pair_class, 0), p, q;
    (void)state;
    p = ts_inst_new(&pair_class);
    ts_fld_undef(p, offsetof(Pair_obj, left), TS_FIELD_OBJ);
    ts_fld_undef(p, offsetof(Pair_obj, any), TS_FIELD_VAL);
    assert_true(ts_fld_obj(p, &pair_class, offsetof(Pair_obj, left), &K_a, NULL).tag == TS_UNDEFINED);
    /* the last argument first: each is the top entry when its store takes it */
    ts_inst_set_val(p, offsetof(Pair_obj, any), arr, 2);
    ts_inst_set_obj(p, offsetof(Pair_obj, left), child, &K_a, 1);
    ts_fld_defined(p, 2);
    assert_int_equal(ts_tmp_mark(), mark);
    assert_int_equal(child.u.h->rc, 1);
    assert_int_equal(arr.u.h->rc, 1);

    /* moved but not on the temp stack (a borrowed value): retained */
    q = ts_inst_new(&pair_class);
    ts_fld_undef(q, offsetof(Pair_obj, left), TS_FIELD_OBJ);
    ts_fld_undef(q, offsetof(Pair_obj, any), TS_FIELD_VAL);
    ts_inst_set_obj(q, offsetof(Pair_obj, left), kept, &K_a, 1);
    ts_inst_set_val(q, offsetof(Pair_obj, any), kept, 0);
    assert_int_equal(kept.u.h->rc, 3);
    ts_release(q);
    assert_int_equal(kept.u.h->rc, 1);
    ts_release(kept);

    /* null, and undefined (the generic store) */
    q = ts_inst_new(&pair_class);
    ts_fld_undef(q, offsetof(Pair_obj, left), TS_FIELD_OBJ);
    ts_fld_undef(q, offsetof(Pair_obj, any), TS_FIELD_VAL);
    ts_inst_set_obj(q, offsetof(Pair_obj, left), ts_null(), &K_a, 0);
    assert_int_equal(ts_fld_obj(q, &pair_class, offsetof(Pair_obj, left), &K_a, NULL).tag, TS_NULL);
    ts_release(q);
    q = ts_inst_new(&pair_class);
    ts_fld_undef(q, offsetof(Pair_obj, left), TS_FIELD_OBJ);
    ts_fld_undef(q, offsetof(Pair_obj, any), TS_FIELD_VAL);
    ts_inst_set_obj(q, offsetof(Pair_obj, left), ts_undefined(), &K_a, 0);
    assert_int_equal(ts_fld_obj(q, &pair_class, offsetof(Pair_obj, left), &K_a, NULL).tag, TS_UNDEFINED);
    ts_release(q);
    assert_int_equal(ts_live_objects(), base + 3);
    ts_release(p); /* frees child and arr with it */
    assert_int_equal(ts_live_objects(), base);
}

/* An object field given a number (an unsound cast): the generic store throws
 * node's TypeError with the instance rooted, and the moved argument before it
 * is released with the instance. */
static void store_wrong_kind(void) {
    TsValue p = ts_inst_new(&pair_class), arr = ts_tmp(ts_arr_new(0));
    ts_fld_undef(p, offsetof(Pair_obj, left), TS_FIELD_OBJ);
    ts_fld_undef(p, offsetof(Pair_obj, any), TS_FIELD_VAL);
    ts_inst_set_val(p, offsetof(Pair_obj, any), arr, 2);
    ts_inst_set_obj(p, offsetof(Pair_obj, left), ts_num(1), &K_a, 1);
    ts_release(p); /* not reached */
}

static void test_inst_store_throws(void **state) {
    size_t base = ts_live_objects(), mark = ts_tmp_mark();
    TsTry t;
    TsValue e = ts_undefined();
    (void)state;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        store_wrong_kind();
        ts_try_leave(&t);
    } else {
        e = ts_caught();
    }
    assert_int_equal(ts_tmp_mark(), mark);
    assert_str(ts_to_string(e), "TypeError: Cannot store number in 'a' of Pair: the class declares it object or null");
    ts_release(e);
    assert_int_equal(ts_live_objects(), base);
}

/* A dead chain of instances is freed without recursion, an instance's value
 * fields released with it. */
static void test_inst_chain_freed(void **state) {
    size_t base = ts_live_objects();
    TsValue head = ts_null();
    int i;
    (void)state;
    for (i = 0; i < 300000; i++) {
        TsValue node = ts_inst_new(&pair_class);
        ts_fld_undef(node, offsetof(Pair_obj, left), TS_FIELD_OBJ);
        ts_fld_undef(node, offsetof(Pair_obj, any), TS_FIELD_VAL);
        ts_inst_set_obj(node, offsetof(Pair_obj, left), ts_tmp(head), &K_a, 1);
        ts_inst_set_val(node, offsetof(Pair_obj, any), ts_tmp(ts_arr_new(0)), 1);
        head = node;
    }
    assert_int_equal(ts_live_objects(), base + 600000);
    ts_release(head);
    assert_int_equal(ts_live_objects(), base);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_refcount_basics),
        TEST(test_tmp_stack),
        TEST(test_assign),
        TEST(test_simple_cycle_collected),
        TEST(test_live_cycle_kept),
        TEST(test_closure_cycle),
        TEST(test_all_kinds_in_cycles),
        TEST(test_map_storage_kinds),
        TEST(test_bounded_memory_in_loop),
        TEST(test_long_list_freed_iteratively),
        TEST(test_long_cycle_collected),
        TEST(test_tmp_move),
        TEST(test_fld_move),
        TEST(test_inst_direct_stores),
        TEST(test_inst_store_throws),
        TEST(test_inst_chain_freed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
