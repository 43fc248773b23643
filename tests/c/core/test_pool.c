/* test_pool.c - the small-block pools (memory.c): blocks are reused by size
 * class, the lists keep at most TS_POOL_BYTES (4096 in this build), and
 * trimming gives everything back. */
#include "helpers.h"

#define BOUND 4096

static void test_reuse_by_class(void **state) {
    void *a, *b, *c;
    (void)state;
    ts_pool_trim();
    a = ts_alloc_small(40);
    ts_free_small(a, 40);
    assert_int_equal(ts_pool_kept(), 48);
    b = ts_alloc_small(33); /* the same 48-byte class */
    assert_ptr_equal(a, b);
    assert_int_equal(ts_pool_kept(), 0);
    c = ts_alloc_small(40); /* the list is empty again: a new block */
    assert_ptr_not_equal(b, c);
    ts_free_small(b, 33);
    ts_free_small(c, 48);
    assert_int_equal(ts_pool_kept(), 96);
    /* another class does not take them */
    a = ts_alloc_small(16);
    assert_ptr_not_equal(a, b);
    assert_ptr_not_equal(a, c);
    ts_free_small(a, 16);
    assert_int_equal(ts_pool_kept(), 112);
    ts_pool_trim();
    assert_int_equal(ts_pool_kept(), 0);
}

static void test_large_blocks_bypass(void **state) {
    void *p;
    (void)state;
    ts_pool_trim();
    p = ts_alloc_small(TS_SMALL_MAX + 1);
    memset(p, 1, TS_SMALL_MAX + 1);
    ts_free_small(p, TS_SMALL_MAX + 1);
    assert_int_equal(ts_pool_kept(), 0);
    ts_free_small(NULL, 24); /* like free(NULL) */
    assert_int_equal(ts_pool_kept(), 0);
}

/* Freeing more than the bound keeps exactly the bound: the rest goes back
 * to malloc (valgrind and ASan see no leak of it). */
static void test_bound(void **state) {
    enum { N = 3 * BOUND / 64 };
    void *blocks[N];
    int i;
    (void)state;
    ts_pool_trim();
    for (i = 0; i < N; i++) blocks[i] = ts_alloc_small(64);
    for (i = 0; i < N; i++) {
        ts_free_small(blocks[i], 64);
        assert_true(ts_pool_kept() <= BOUND);
    }
    assert_int_equal(ts_pool_kept(), BOUND);
    /* a mixed burst stays bounded too */
    for (i = 0; i < N; i++) blocks[i] = ts_alloc_small((size_t)(i % 8 + 1) * 16);
    for (i = 0; i < N; i++) ts_free_small(blocks[i], (size_t)(i % 8 + 1) * 16);
    assert_true(ts_pool_kept() <= BOUND);
    ts_pool_trim();
    assert_int_equal(ts_pool_kept(), 0);
}

/* Heap objects come from the pools and go back to them when freed. */
static void test_heap_objects(void **state) {
    TsValue caps[20];
    TsValue o, a, big;
    size_t base = ts_live_objects();
    int i;
    (void)state;
    ts_pool_trim();
    for (i = 0; i < 20; i++) caps[i] = ts_num(i);
    o = ts_obj_new(NULL, 2);
    a = ts_arr_new(0);
    big = ts_closure(NULL, "big", 20, caps); /* 20 captures: larger than any class */
    assert_int_not_equal(o.u.h->pool, 0);
    assert_int_not_equal(a.u.h->pool, 0);
    assert_int_equal(big.u.h->pool, 0);
    assert_int_equal(ts_live_objects(), base + 3);
    ts_release(o); /* its header and its property storage */
    ts_release(a);
    ts_release(big);
    assert_int_equal(ts_live_objects(), base);
    assert_true(ts_pool_kept() >= sizeof(TsObject) + sizeof(TsArray) + 2 * (sizeof(TsValue) + sizeof(TsString *)));
    /* the next object takes a freed header */
    o = ts_obj_new(NULL, 0);
    assert_int_equal(o.u.obj->count, 0);
    assert_int_equal(o.u.h->rc, 1);
    ts_release(o);
    ts_pool_trim();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_reuse_by_class),
        TEST(test_large_blocks_bypass),
        TEST(test_bound),
        TEST(test_heap_objects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
