/* test_slabs.c - the small-block pools carved from slabs (memory.c, the
 * host's mode; TS_POOL_BYTES is 4096 in this build, which slabs ignore):
 * new blocks are carved one after the other with no header between them,
 * freed blocks are taken again by their class, and trimming frees the slabs
 * (the valgrind build of this test finds no leak). */
#include "helpers.h"

static int by_address(const void *a, const void *b) {
    uintptr_t x = (uintptr_t) * (void *const *)a, y = (uintptr_t) * (void *const *)b;
    return x < y ? -1 : x > y;
}

static void test_carved_in_order(void **state) {
    char *a, *b, *c;
    (void)state;
    ts_pool_trim();
    a = (char *)ts_alloc_small(40); /* a 48-byte block */
    b = (char *)ts_alloc_small(48);
    c = (char *)ts_alloc_small(20); /* a 32-byte block */
    assert_int_equal((uintptr_t)a % 16, 0);
    assert_ptr_equal(b, a + 48);
    assert_ptr_equal(c, b + 48);
    memset(a, 1, 48);
    memset(b, 2, 48);
    memset(c, 3, 32);
    assert_int_equal(a[47], 1);
    assert_int_equal(b[0], 2);
    ts_free_small(b, 48);
    assert_int_equal(ts_pool_kept(), 48);
    assert_ptr_equal(ts_alloc_small(33), b);      /* its class takes it again */
    assert_ptr_equal(ts_alloc_small(32), c + 32); /* the list is empty: carved */
    ts_pool_trim();
    assert_int_equal(ts_pool_kept(), 0);
}

/* Many blocks span many slabs; none overlaps another; every freed block is
 * kept for reuse (no bound: a slab's block cannot go back to malloc), and
 * the next burst takes them all again. */
static void test_many_blocks(void **state) {
    enum {
        N = 20000
    };
    static void *blocks[N];
    int i;
    (void)state;
    ts_pool_trim();
    for (i = 0; i < N; i++) {
        blocks[i] = ts_alloc_small(64);
        memset(blocks[i], i & 0xff, 64);
    }
    for (i = 0; i < N; i++) assert_int_equal(((unsigned char *)blocks[i])[63], i & 0xff);
    qsort(blocks, N, sizeof blocks[0], by_address);
    for (i = 1; i < N; i++) assert_true((char *)blocks[i] - (char *)blocks[i - 1] >= 64);
    for (i = 0; i < N; i++) ts_free_small(blocks[i], 64);
    assert_int_equal(ts_pool_kept(), (size_t)N * 64);
    for (i = 0; i < N; i++) blocks[i] = ts_alloc_small(64);
    assert_int_equal(ts_pool_kept(), 0);
    for (i = 0; i < N; i++) ts_free_small(blocks[i], 64);
    ts_pool_trim();
    assert_int_equal(ts_pool_kept(), 0);
}

/* Heap objects, instances and their property blocks come from the slabs
 * and go back to the lists. */
static void test_heap_objects(void **state) {
    TsValue o;
    size_t base = ts_live_objects();
    int i;
    (void)state;
    ts_pool_trim();
    o = ts_obj_new(NULL, 0);
    for (i = 0; i < 20; i++) {
        char name[16];
        snprintf(name, sizeof name, "k%d", i);
        ts_obj_set(o, ts_tmp_str(ts_str_from_cstr(name)), ts_num(i));
    }
    assert_int_equal(ts_obj_get(o, ts_tmp_str(ts_str_from_cstr("k19"))).u.num, 19);
    ts_tmp_release(0);
    ts_release(o);
    assert_int_equal(ts_live_objects(), base);
    assert_true(ts_pool_kept() > 20 * (sizeof(TsString) + sizeof(TsValue)));
    ts_pool_trim();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_carved_in_order),
        TEST(test_many_blocks),
        TEST(test_heap_objects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
