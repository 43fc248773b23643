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
    enum {
        N = 3 * BOUND / 64
    };
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

/* Takes every block the lists hold, each as its class's size, and writes all
 * of it: a block given back with a larger size than it was made with sits in
 * a larger class, and the write runs past its end (ASan; this build makes
 * each block with malloc). */
static void drain_and_write(void) {
    enum {
        N = BOUND / 16 + 1
    };
    static void *blocks[N];
    size_t size;
    int i;
    for (size = 16; size <= TS_SMALL_MAX; size += 16) {
        for (i = 0; i < N; i++) {
            blocks[i] = ts_alloc_small(size);
            memset(blocks[i], 0xA5, size);
        }
        for (i = 0; i < N; i++) ts_free_small(blocks[i], size);
        ts_pool_trim();
    }
}

/* An array's element block comes from the pools while it is small and is
 * given back with the size it was made with, through every change of its
 * size, start or kind. */
/* A string takes all the room of its pool block: `s += c` fills the block
 * in place before its text moves to a block of its own. Each pool block is
 * its own malloc here, so ASan sees a write past the block. */
static void test_string_room(void **state) {
    TsString *s = ts_str_from_cstr("ab"), *c = ts_str_from_cstr("x");
    size_t room = ((sizeof(TsString) + 3 + TS_POOL_GRAIN - 1) / TS_POOL_GRAIN) * TS_POOL_GRAIN - sizeof(TsString);
    char want[64] = "ab";
    int i;
    (void)state;
    assert_int_equal(s->cap, room);
    for (i = 0; i < 40; i++) {
        ts_str_append(&s, c);
        strcat(want, "x");
        assert_string_equal(s->data, want);
        assert_int_equal(s->len, strlen(want));
        if (s->len + 1 <= room) assert_ptr_equal(s->data, (char *)(s + 1)); /* still in its block */
    }
    assert_ptr_not_equal(s->data, (char *)(s + 1));
    ts_str_release(s);
    ts_str_release(c);
}

static void test_array_blocks(void **state) {
    TsString *word;
    TsValue nums, vals, strs, two[2], r;
    size_t base = ts_live_objects(), tm = ts_tmp_mark();
    int i;
    (void)state;
    ts_pool_trim();
    word = ts_str_from_cstr("word");
    nums = ts_arr_new(0);
    for (i = 0; i < 40; i++) ts_arr_push(nums, ts_num(40 - i)); /* 32, then 64 doubles: past the pools */
    r = ts_arr_sort(nums, ts_undefined());                      /* a new block, the permuted elements */
    ts_release(r);
    assert_true(ts_arr_get_num(nums, 0, NULL) == 1 && ts_arr_get_num(nums, 1, NULL) == 10);
    ts_arr_set_length(nums, 3);
    vals = ts_arr_new(0);
    for (i = 0; i < 6; i++) ts_arr_push(vals, ts_num(i));
    ts_arr_push(vals, ts_str_v(word)); /* numbers to values: a block of another size */
    for (i = 0; i < 3; i++) ts_release(ts_arr_shift(vals));
    two[0] = ts_num(-1);
    two[1] = ts_num(-2);
    ts_arr_unshift(vals, 2, two);                          /* into the gap the shifts left */
    for (i = 0; i < 20; i++) ts_arr_push(vals, ts_num(i)); /* grows: the gap is compacted away */
    ts_release(ts_arr_shift(vals));
    assert_int_equal((int)ts_arr_length_of(vals), 25);
    strs = ts_arr_new(0);
    for (i = 0; i < 9; i++) {
        char digit[2] = {(char)('0' + i), 0};
        ts_arr_push(strs, ts_str_v(i % 2 ? word : ts_tmp_str(ts_str_from_cstr(digit))));
    }
    r = ts_arr_sort(strs, ts_undefined());
    ts_release(r);
    assert_string_equal(ts_arr_get_val(strs, 8, NULL).u.str->data, "word");
    ts_arr_push(strs, ts_bool(true)); /* strings to values */
    drain_and_write();
    ts_release(nums);
    ts_release(vals);
    ts_release(strs);
    ts_str_release(word);
    ts_tmp_release(tm);
    assert_int_equal(ts_live_objects(), base);
    drain_and_write();
}

typedef struct Cell_obj {
    TsObject base;
    TsObject *next;
    double n;
} Cell_obj;
static TsString K_next = TS_STR_LIT("next", 4, 4);
static TsString K_n = TS_STR_LIT("n", 1, 1);
static const TsField cell_fields[] = {
    {&K_next, TS_FIELD_OBJ, offsetof(Cell_obj, next)},
    {&K_n, TS_FIELD_NUM, offsetof(Cell_obj, n)},
};
static const TsLayout cell_layout = {sizeof(Cell_obj), 2, 0, cell_fields, &ts_layout_ops};
static const TsClass cell_class = {"Cell", NULL, 0, NULL, NULL, 0, NULL, &cell_layout, 0, NULL};

/* ts_inst_new takes a block off its class's list inline, and the header it
 * writes there is a fresh object's. */
static void test_instances(void **state) {
    TsValue a, b;
    void *block;
    size_t base = ts_live_objects(), size = (sizeof(Cell_obj) + 15) / 16 * 16;
    (void)state;
    ts_pool_trim();
    a = ts_inst_new(&cell_class); /* the list is empty: from malloc */
    ts_fld_undef(a, offsetof(Cell_obj, next), TS_FIELD_OBJ);
    ts_fld_undef(a, offsetof(Cell_obj, n), TS_FIELD_NUM);
    block = a.u.obj;
    ts_release(a);
    assert_int_equal(ts_pool_kept(), size);
    b = ts_inst_new(&cell_class);
    assert_ptr_equal(b.u.obj, block);
    assert_int_equal(ts_pool_kept(), 0);
    assert_int_equal(ts_live_objects(), base + 1);
    assert_int_equal(b.u.h->rc, 1);
    assert_int_equal(b.u.h->kind, TS_OBJECT);
    assert_int_equal(b.u.h->gc, 0);
    assert_int_equal(b.u.h->pool, size / 16);
    assert_ptr_equal(b.u.obj->cls, &cell_class);
    assert_int_equal(b.u.obj->count + b.u.obj->live, 0);
    assert_null(b.u.obj->props);
    ts_fld_undef(b, offsetof(Cell_obj, next), TS_FIELD_OBJ);
    ts_fld_undef(b, offsetof(Cell_obj, n), TS_FIELD_NUM);
    ts_inst_set_num(b, offsetof(Cell_obj, n), 4);
    ts_fld_defined(b, 2);
    assert_true(ts_fld_num(b, &cell_class, offsetof(Cell_obj, n), &K_n, NULL) == 4);
    assert_int_equal(ts_fld_obj(b, &cell_class, offsetof(Cell_obj, next), &K_next, NULL).tag, TS_UNDEFINED);
    ts_release(b);
    assert_int_equal(ts_live_objects(), base);
    ts_pool_trim();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_reuse_by_class), TEST(test_large_blocks_bypass), TEST(test_bound),       TEST(test_heap_objects),
        TEST(test_instances),      TEST(test_array_blocks),        TEST(test_string_room),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
