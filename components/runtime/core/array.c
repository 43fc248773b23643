/* array.c - dense JS arrays: of numbers, strings or booleans only, or of any
 * values (tsfw.h). */
#include <math.h>
#include <string.h>

#include "rt_internal.h"

/* The array behind a, for the method or property `prop` of it: a TypeError
 * like node's when a is undefined or null. */
static TsArray *arr_of(TsValue a, const char *prop) {
    if (a.tag != TS_ARRAY) {
        if (ts_is_nullish(a))
            ts_throw_error(TS_ERR_TYPE, "Cannot read properties of %s (reading '%s')",
                           a.tag == TS_NULL ? "null" : "undefined", prop);
        ts_throw_error(TS_ERR_TYPE, "value is not an array");
    }
    return a.u.arr;
}

/* arr_of for an element access a[i], reading or setting. */
static TsArray *arr_of_index(TsValue a, double i, bool setting) {
    char key[40];
    if (a.tag == TS_ARRAY) return a.u.arr;
    num_format(i, key);
    if (ts_is_nullish(a))
        ts_throw_error(TS_ERR_TYPE, "Cannot %s properties of %s (%s '%s')", setting ? "set" : "read",
                       a.tag == TS_NULL ? "null" : "undefined", setting ? "setting" : "reading", key);
    return arr_of(a, key);
}

/* Storage layout of an array of values: [gap free slots][header
 * slot][items...]. items[-1] holds the gap size, so that shift() only moves the
 * start of the array forward (queues stay O(1) per operation) and unshift() can
 * reuse the gap. Growing compacts the gap away. An array of numbers, strings or
 * booleans only (tsfw.h) is a plain block of cap elements of its kind. */
static size_t gap_of(const TsValue *items) { return (size_t)items[-1].u.num; }

static void set_gap(TsValue *items, size_t gap) {
    items[-1].tag = TS_NUMBER;
    items[-1].u.num = (double)gap;
}

/* The size of an element of each unboxed kind (TS_ELEMS_NUM, _STR, _BOOL). */
static const uint8_t elem_size[3] = {sizeof(double), sizeof(TsString *), 1};

static bool is_vals(const TsArray *a) { return a->elems == TS_ELEMS_VAL; }

/* Element blocks of up to TS_SMALL_MAX bytes (a short array's) come from the
 * size-class pools; a block's size follows from the array's cap and gap. */
static void *items_base(const TsArray *a) {
    return is_vals(a) ? (void *)(a->e.items - 1 - gap_of(a->e.items)) : a->e.nums;
}

static size_t items_bytes(const TsArray *a) {
    if (!a->e.items) return 0;
    if (is_vals(a)) return ((size_t)a->cap + gap_of(a->e.items) + 1) * sizeof(TsValue);
    return (size_t)a->cap * elem_size[a->elems];
}

static void *items_resize(void *p, size_t old, size_t n) {
    void *q;
    if (old > TS_SMALL_MAX && n > TS_SMALL_MAX) return ts_realloc(p, n);
    q = ts_alloc_small(n);
    if (p) {
        memcpy(q, p, old < n ? old : n);
        ts_free_small(p, old);
    }
    return q;
}

void arr_free_items(TsArray *a) {
    if (a->e.items) ts_free_small(items_base(a), items_bytes(a));
    a->e.items = NULL;
}

static uint64_t num_bits(double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static double hole_num(void) {
    uint64_t u = TS_HOLE_NUM_BITS;
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* The unboxed kind v fits in (TS_ELEMS_NUM, _STR, _BOOL), TS_ELEMS_VAL for
 * any other value, and -1 for a hole or undefined, which every kind holds. */
static int kind_of(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED: return -1;
    case TS_NUMBER: return TS_ELEMS_NUM;
    case TS_STRING: return TS_ELEMS_STR;
    case TS_BOOL: return TS_ELEMS_BOOL;
    default: return TS_ELEMS_VAL;
    }
}

/* Element i as a value; bit tests only, no floating point (the lx106 has none).
 */
TsValue arr_item(const TsArray *a, uint32_t i) {
    TsValue v = ts_undefined();
    uint64_t u;
    switch (a->elems) {
    case TS_ELEMS_VAL: return a->e.items[i];
    case TS_ELEMS_NUM:
        u = num_bits(a->e.nums[i]);
        if (u == TS_HOLE_NUM_BITS) {
            v.u.str = TS_HOLE_STR; /* ts_hole() */
        } else if (u != TS_UNDEF_NUM_BITS) {
            v.tag = TS_NUMBER;
            v.u.num = a->e.nums[i];
        }
        break;
    case TS_ELEMS_STR:
        v.u.str = a->e.strs[i]; /* TS_HOLE_STR is ts_hole()'s payload, NULL undefined's */
        if (v.u.str && v.u.str != TS_HOLE_STR) v.tag = TS_STRING;
        break;
    default:
        if (a->e.bools[i] < TS_BOOL_UNDEF) {
            v.tag = TS_BOOL;
            v.u.b = a->e.bools[i];
        } else if (a->e.bools[i] == TS_BOOL_HOLE) {
            v.u.str = TS_HOLE_STR;
        }
    }
    return v;
}

/* Stores v, which fits a's unboxed kind, at k; the slot held an element when
 * `old` (a string is released), else it was past the end. */
static void put_unboxed(TsArray *a, uint32_t k, TsValue v, bool old) {
    bool hole = ts_is_hole(v);
    switch (a->elems) {
    case TS_ELEMS_NUM: a->e.nums[k] = v.tag == TS_NUMBER ? v.u.num : hole ? hole_num() : ts_undef_num(); break;
    case TS_ELEMS_STR: {
        TsString *s = old ? a->e.strs[k] : TS_HOLE_STR;
        a->e.strs[k] = v.tag == TS_STRING ? ts_str_retain(v.u.str) : hole ? TS_HOLE_STR : NULL;
        if (s != TS_HOLE_STR) ts_str_release(s);
        break;
    }
    default: a->e.bools[k] = v.tag == TS_BOOL ? v.u.b : hole ? TS_BOOL_HOLE : TS_BOOL_UNDEF; break;
    }
}

/* Room for at least cap items in an array of values (items NULL: none yet). */
static void grow_items(TsArray *a, uint32_t cap) {
    TsValue *base;
    if (!a->e.items) {
        base = (TsValue *)ts_alloc_small(((size_t)cap + 1) * sizeof(TsValue));
    } else {
        size_t gap = gap_of(a->e.items), old = items_bytes(a);
        base = a->e.items - 1 - gap;
        if (gap) memmove(base + 1, a->e.items, (size_t)a->len * sizeof(TsValue));
        base = (TsValue *)items_resize(base, old, ((size_t)cap + 1) * sizeof(TsValue));
    }
    a->e.items = base + 1;
    set_gap(a->e.items, 0);
    a->cap = cap;
}

static void reserve(TsArray *a, uint32_t n) {
    uint32_t cap;
    if (n <= a->cap) return;
    cap = a->cap ? a->cap * 2 : 4;
    if (cap < n) cap = n;
    if (is_vals(a)) {
        grow_items(a, cap);
    } else {
        a->e.nums = (double *)items_resize(a->e.nums, items_bytes(a), (size_t)cap * elem_size[a->elems]);
        a->cap = cap;
    }
}

TsValue *arr_values(TsArray *a) {
    TsArray old = *a;
    uint32_t i;
    if (is_vals(a)) return a->e.items;
    a->elems = TS_ELEMS_VAL;
    a->e.items = NULL;
    grow_items(a, a->cap ? a->cap : 4);
    /* a string's reference moves from the old block to the value */
    for (i = 0; i < a->len; i++) a->e.items[i] = arr_item(&old, i);
    arr_free_items(&old);
    return a->e.items;
}

TsValue *ts_arr_values(TsValue a) { return arr_values(a.u.arr); }

/* Makes a able to hold an element of kind k (kind_of): a keeps its kind when
 * k fits it, takes kind k while it holds only holes and undefined, and
 * becomes an array of values otherwise. */
static void make_fit(TsArray *a, int k) {
    uint32_t i;
    TsArray old = *a;
    if (k < 0 || k == a->elems || is_vals(a)) return;
    for (i = 0; k != TS_ELEMS_VAL && i < a->len; i++)
        if (kind_of(arr_item(a, i)) >= 0) break;
    if (k == TS_ELEMS_VAL || i < a->len) {
        arr_values(a);
        return;
    }
    a->elems = (uint8_t)k;
    a->e.nums = old.cap ? (double *)ts_alloc_small((size_t)old.cap * elem_size[k]) : NULL;
    for (i = 0; i < a->len; i++) put_unboxed(a, i, arr_item(&old, i), false);
    arr_free_items(&old);
}

/* a[k] = v for k < a->len, changing a's representation when v does not fit it.
 */
static void arr_store(TsArray *a, uint32_t k, TsValue v) {
    make_fit(a, kind_of(v));
    if (is_vals(a)) ts_assign(&a->e.items[k], v);
    else put_unboxed(a, k, v, true);
}

/* Arguments that point into a's own storage (a.push(...a)) are copied
 * first, since growing a may move them. */
static const TsValue *stable_args(TsArray *a, int n, const TsValue *vs, TsValue **copy) {
    *copy = NULL;
    uintptr_t p = (uintptr_t)vs;
    if (n > 0 && is_vals(a) && p >= (uintptr_t)(a->e.items - 1 - gap_of(a->e.items)) &&
        p < (uintptr_t)(a->e.items + a->cap)) {
        *copy = (TsValue *)ts_alloc((size_t)n * sizeof(TsValue));
        memcpy(*copy, vs, (size_t)n * sizeof(TsValue));
        return *copy;
    }
    return vs;
}

/* ToIntegerOrInfinity */
static double to_int(double d) {
    if (d != d) return 0;
    d = d < 0 ? ceil(d) : floor(d);
    return d == 0 ? 0 : d;
}

static uint32_t rel_index(double d, uint32_t len) {
    d = to_int(d);
    if (d < 0) d += len;
    if (d <= 0) return 0;
    if (d >= len) return len;
    return (uint32_t)d;
}

/* Calls fn(item, index, array) and returns the owned result. The item is
 * held (and rooted, in case fn throws) while fn runs: fn may shrink the
 * array. */
static TsValue call3(TsValue fn, TsValue item, uint32_t i, TsValue a) {
    TsValue args[3], r;
    size_t rm = ts_roots_mark();
    if (ts_is_hole(item)) item = ts_undefined(); /* find and findIndex visit holes as undefined */
    ts_retain(item);
    ts_root_val(&item);
    args[0] = item;
    args[1] = ts_num(i);
    args[2] = a;
    r = ts_call(fn, 3, args);
    ts_roots_pop(rm);
    ts_release(item);
    return r;
}

/* A builtin that runs app code (a callback, a toString) holds its array for
 * the call: that code may drop the array's last other reference, as
 * `st.list = []` inside `st.list.forEach(...)` does. The root gives the
 * reference back if the code throws. */
static size_t hold(TsValue *av) {
    size_t rm = ts_roots_mark();
    ts_retain(*av);
    ts_root_val(av);
    return rm;
}

static void unhold(size_t rm, TsValue av) {
    ts_roots_pop(rm);
    ts_release(av);
}

static bool call_truthy(TsValue fn, TsValue item, uint32_t i, TsValue a) {
    TsValue r = call3(fn, item, i, a);
    bool t = ts_truthy(r);
    ts_release(r);
    return t;
}

TsArray *arr_alloc(size_t size, uint32_t cap) {
    TsArray *a = (TsArray *)ts_heap_new(size, TS_ARRAY);
    a->elems = TS_ELEMS_VAL;
    if (cap) grow_items(a, cap);
    return a;
}

TsValue ts_arr_new(uint32_t cap) {
    TsArray *a = (TsArray *)ts_heap_new(sizeof(TsArray), TS_ARRAY);
    reserve(a, cap);
    return ts_arr_v(a);
}

TsValue ts_arr_of(int n, const TsValue *items) {
    int i, k = -1;
    TsArray *a;
    for (i = 0; i < n && k != TS_ELEMS_VAL; i++) {
        int ki = kind_of(items[i]);
        if (ki >= 0) k = k < 0 || k == ki ? ki : TS_ELEMS_VAL;
    }
    /* the items are known to fit: they go straight into the block */
    if (k == TS_ELEMS_VAL) {
        a = arr_alloc(sizeof(TsArray), (uint32_t)n);
        for (i = 0; i < n; i++) a->e.items[i] = ts_dup(items[i]);
    } else {
        a = ts_arr_new(0).u.arr;
        a->elems = k < 0 ? TS_ELEMS_NUM : (uint8_t)k;
        if (n > 0) { /* as many slots as items: a literal is mostly read */
            a->e.nums = (double *)ts_alloc_small((size_t)n * elem_size[a->elems]);
            a->cap = (uint32_t)n;
        }
        for (i = 0; i < n; i++) put_unboxed(a, (uint32_t)i, items[i], false);
    }
    a->len = (uint32_t)n;
    return ts_arr_v(a);
}

double ts_arr_length_of(TsValue a) { return arr_of(a, "length")->len; }

void ts_arr_set_length(TsValue av, double len) {
    TsArray *a = arr_of(av, "length");
    uint32_t n;
    if (!(len >= 0 && len <= 4294967295.0 && len == floor(len))) ts_throw_error(TS_ERR_RANGE, "Invalid array length");
    n = (uint32_t)len;
    while (a->len > n) {
        TsValue v = arr_item(a, --a->len); /* the array's reference to a string or object */
        ts_release(v);
    }
    if (n > a->len) {
        reserve(a, n);
        if (is_vals(a))
            while (a->len < n) a->e.items[a->len++] = ts_hole();
        else
            while (a->len < n) put_unboxed(a, a->len++, ts_hole(), false);
    }
}

char ts_hole_mark;

static uint32_t new_length(double len) {
    if (!(len >= 0 && len <= 4294967295.0 && len == floor(len))) ts_throw_error(TS_ERR_RANGE, "Invalid array length");
    return (uint32_t)len;
}

TsValue ts_arr_new_holes(double len) {
    uint32_t n = new_length(len); /* before the array, which a throw would leak */
    TsValue r = ts_arr_new(0);
    ts_arr_set_length(r, n);
    return r;
}

TsValue ts_arr_new_filled(double len, TsValue v) {
    uint32_t i, n = new_length(len);
    TsArray *a = (TsArray *)ts_heap_new(sizeof(TsArray), TS_ARRAY);
    int k = kind_of(v);
    a->elems = (uint8_t)(k < 0 ? TS_ELEMS_NUM : k); /* undefined: a number array holds it */
    reserve(a, n);
    if (is_vals(a))
        for (i = 0; i < n; i++) a->e.items[i] = ts_dup(v);
    else
        for (i = 0; i < n; i++) put_unboxed(a, i, v, false);
    a->len = n;
    return ts_arr_v(a);
}

TsValue ts_arr_get(TsValue av, double i) {
    TsArray *a = arr_of_index(av, i, false);
    TsValue v;
    if (!(i >= 0) || i >= a->len || (uint32_t)i != i) return ts_undefined(); /* 1.5 is no index */
    v = arr_item(a, (uint32_t)i);
    return ts_is_hole(v) ? ts_undefined() : v;
}

void ts_arr_set(TsValue av, double i, TsValue v) {
    TsArray *a = arr_of_index(av, i, true);
    uint32_t k;
    if (!(i >= 0 && i < 4294967295.0) || i != floor(i)) {
        /* JavaScript would add a property by that name; arrays here hold only
     * elements */
        TsString *key = ts_tmp_str(ts_num_to_str(i));
        ts_throw_error(TS_ERR_TYPE, "Cannot set a[%s]: an array index is an integer from 0 to 4294967294", key->data);
    }
    k = (uint32_t)i;
    if (k >= a->len) ts_arr_set_length(av, (double)k + 1);
    arr_store(a, k, v);
}

TsValue ts_arr_get_at(TsValue a, double i, const TsLoc *at) {
    ts_at(at);
    return ts_arr_get(a, i);
}

void ts_arr_set_at(TsValue a, double i, TsValue v, const TsLoc *at) {
    ts_at(at);
    ts_arr_set(a, i, v);
}

double ts_arr_get_num_slow(TsValue a, double i, const TsLoc *at) { return ts_unbox_num(ts_arr_get_at(a, i, at)); }

void ts_arr_set_num_slow(TsValue a, double i, double v, const TsLoc *at) { ts_arr_set_at(a, i, ts_num(v), at); }

double ts_arr_push_num_slow(TsValue a, double v) { return ts_arr_push(a, ts_num(v)); }

TsString *ts_arr_get_str_slow(TsValue a, double i, const TsLoc *at) { return ts_unbox_str(ts_arr_get_at(a, i, at)); }

void ts_arr_set_str_slow(TsValue a, double i, TsString *s, const TsLoc *at) { ts_arr_set_at(a, i, ts_str_v(s), at); }

double ts_arr_push_str_slow(TsValue a, TsString *s) { return ts_arr_push(a, ts_str_v(s)); }

bool ts_arr_get_bool_slow(TsValue a, double i, const TsLoc *at) { return ts_unbox_bool(ts_arr_get_at(a, i, at)); }

void ts_arr_set_bool_slow(TsValue a, double i, bool b, const TsLoc *at) { ts_arr_set_at(a, i, ts_bool(b), at); }

double ts_arr_push_bool_slow(TsValue a, bool b) { return ts_arr_push(a, ts_bool(b)); }

double ts_arr_push(TsValue av, TsValue v) {
    TsArray *a = arr_of(av, "push");
    make_fit(a, kind_of(v));
    reserve(a, a->len + 1);
    if (is_vals(a)) {
        ts_retain(v);
        a->e.items[a->len++] = v;
    } else {
        put_unboxed(a, a->len++, v, false);
    }
    return a->len;
}

double ts_arr_push_moved(TsValue av, TsValue v) {
    double n = ts_arr_push(av, v);
    /* the temporary's reference is the array's now: push's own retain is
     * undone, so that no release at the statement's end makes v a cycle
     * candidate */
    if (v.tag >= TS_STRING && v.u.h->rc != TS_RC_IMMORTAL && ts_tmp_take(v.u.h)) v.u.h->rc--;
    return n;
}

double ts_arr_push_n(TsValue av, int n, const TsValue *vs) {
    TsArray *a = arr_of(av, "push");
    TsValue *copy;
    int i;
    vs = stable_args(a, n, vs, &copy);
    for (i = 0; i < n; i++) ts_arr_push(av, vs[i]);
    ts_dealloc(copy);
    return a->len;
}

TsValue ts_arr_pop(TsValue av) {
    TsArray *a = arr_of(av, "pop");
    TsValue v;
    if (a->len == 0) return ts_undefined();
    v = arr_item(a, --a->len); /* the array's reference moves to the result */
    return ts_is_hole(v) ? ts_undefined() : v;
}

TsValue ts_arr_shift(TsValue av) {
    TsArray *a = arr_of(av, "shift");
    TsValue v;
    if (a->len == 0) return ts_undefined();
    arr_values(a);
    v = a->e.items[0];
    /* move the start forward: the old first slot becomes the header */
    set_gap(a->e.items + 1, gap_of(a->e.items) + 1);
    a->e.items++;
    a->cap--;
    a->len--;
    if (a->len == 0) {
        /* empty again: give the gap back, so items never points past the block */
        size_t gap = gap_of(a->e.items);
        a->e.items -= gap;
        a->cap += (uint32_t)gap;
        set_gap(a->e.items, 0);
    }
    return v;
}

double ts_arr_unshift(TsValue av, int n, const TsValue *vs) {
    TsArray *a = arr_of(av, "unshift");
    TsValue *copy;
    int i;
    if (n <= 0) return a->len;
    vs = stable_args(a, n, vs, &copy);
    arr_values(a);
    if (gap_of(a->e.items) >= (size_t)n) {
        /* reuse the room left by earlier shifts */
        size_t gap = gap_of(a->e.items);
        a->e.items -= n;
        a->cap += (uint32_t)n;
        set_gap(a->e.items, gap - (size_t)n);
    } else {
        reserve(a, a->len + (uint32_t)n);
        memmove(a->e.items + n, a->e.items, (size_t)a->len * sizeof(TsValue));
    }
    for (i = 0; i < n; i++) {
        ts_retain(vs[i]);
        a->e.items[i] = vs[i];
    }
    a->len += (uint32_t)n;
    ts_dealloc(copy);
    return a->len;
}

TsValue ts_arr_slice(TsValue av, double start, double end) {
    TsArray *a = arr_of(av, "slice");
    uint32_t from = rel_index(start, a->len), to = rel_index(end, a->len);
    TsValue r;
    uint32_t i;
    if (to <= from) return ts_arr_new(0);
    if (is_vals(a)) return ts_arr_of((int)(to - from), a->e.items + from);
    r = ts_arr_new(0);
    r.u.arr->elems = a->elems;
    reserve(r.u.arr, to - from);
    memcpy(r.u.arr->e.bools, a->e.bools + (size_t)from * elem_size[a->elems],
           (size_t)(to - from) * elem_size[a->elems]);
    r.u.arr->len = to - from;
    for (i = 0; a->elems == TS_ELEMS_STR && i < r.u.arr->len; i++)
        if (r.u.arr->e.strs[i] != TS_HOLE_STR) ts_str_retain(r.u.arr->e.strs[i]);
    return r;
}

/* The block of a's elements, of any representation. */
static unsigned char *block_of(TsArray *a) { return is_vals(a) ? (unsigned char *)a->e.items : a->e.bools; }

/* An array of numbers, strings or booleans only keeps its kind when the items
 * inserted fit it; otherwise it becomes an array of values first. */
TsValue ts_arr_splice(TsValue av, double start, double del, int n, const TsValue *items) {
    TsArray *a = arr_of(av, "splice");
    uint32_t from = rel_index(start, a->len);
    double dc = to_int(del);
    uint32_t count = dc <= 0 ? 0 : dc >= a->len - from ? a->len - from : (uint32_t)dc;
    TsValue removed, *copy;
    size_t w;
    uint32_t i;
    items = stable_args(a, n, items, &copy);
    for (i = 0; i < (uint32_t)n && !is_vals(a); i++)
        if (kind_of(items[i]) >= 0 && kind_of(items[i]) != a->elems) arr_values(a);
    if (is_vals(a)) {
        removed = ts_arr_v(arr_alloc(sizeof(TsArray), count));
        w = sizeof(TsValue);
    } else {
        removed = ts_arr_new(0);
        removed.u.arr->elems = a->elems;
        reserve(removed.u.arr, count);
        w = elem_size[a->elems];
    }
    /* move the removed elements (their references) into the result */
    if (count) memcpy(block_of(removed.u.arr), block_of(a) + from * w, count * w);
    removed.u.arr->len = count;
    if ((uint32_t)n != count) {
        reserve(a, a->len - count + (uint32_t)n);
        memmove(block_of(a) + (from + n) * w, block_of(a) + (from + count) * w, (a->len - from - count) * w);
        a->len = a->len - count + (uint32_t)n;
    }
    for (i = 0; i < (uint32_t)n; i++) {
        if (is_vals(a)) {
            ts_retain(items[i]);
            a->e.items[from + i] = items[i];
        } else {
            put_unboxed(a, from + i, items[i], false);
        }
    }
    ts_dealloc(copy);
    return removed;
}

/* The first index from `from` of string s in an array of strings, or -1:
 * no value is made per element (a hole or undefined is no string). */
static long str_index(const TsArray *a, TsString *s, uint32_t from) {
    uint32_t i;
    for (i = from; i < a->len; i++) {
        TsString *x = a->e.strs[i];
        if (!x || x == TS_HOLE_STR || x->len != s->len) continue;
        /* compare the first byte before paying for a call */
        if (s->len == 0 || (x->data[0] == s->data[0] && ts_str_eq(x, s))) return (long)i;
    }
    return -1;
}

double ts_arr_index_of(TsValue av, TsValue v, double from) {
    TsArray *a = arr_of(av, "indexOf");
    uint32_t i;
    if (a->elems == TS_ELEMS_NUM && v.tag == TS_NUMBER) {
        for (i = rel_index(from, a->len); i < a->len; i++)
            if (a->e.nums[i] == v.u.num) return i;
        return -1;
    }
    if (a->elems == TS_ELEMS_STR && v.tag == TS_STRING) return (double)str_index(a, v.u.str, rel_index(from, a->len));
    for (i = rel_index(from, a->len); i < a->len; i++) {
        TsValue x = arr_item(a, i);
        if (ts_strict_eq(x, v) && !ts_is_hole(x)) return i;
    }
    return -1;
}

double ts_arr_last_index_of(TsValue av, TsValue v, double from) {
    TsArray *a = arr_of(av, "lastIndexOf");
    double k = to_int(from);
    long i;
    if (a->len == 0) return -1;
    if (k < 0) k += a->len;
    if (k >= a->len) k = a->len - 1.0;
    for (i = (long)k; i >= 0; i--) {
        TsValue x = arr_item(a, (uint32_t)i);
        if (ts_strict_eq(x, v) && !ts_is_hole(x)) return (double)i;
    }
    return -1;
}

bool ts_arr_includes(TsValue av, TsValue v) {
    TsArray *a = arr_of(av, "includes");
    uint32_t i;
    if (a->elems == TS_ELEMS_STR && v.tag == TS_STRING) return str_index(a, v.u.str, 0) >= 0;
    for (i = 0; i < a->len; i++) {
        TsValue x = arr_item(a, i);
        if (ts_same_value_zero(ts_is_hole(x) ? ts_undefined() : x, v)) return true; /* a hole is undefined here */
    }
    return false;
}

/* Arrays being joined, so that cyclic arrays print "" like V8 does. */
static TsArray *join_stack[64];
static int join_depth;

/* An element's toString may throw: the guard frees the text so far and
 * leaves the join. */
typedef struct JoinGuard {
    TsCleanup c;
    TsBuf b;
} JoinGuard;

static void join_unwind(TsCleanup *c) {
    buf_free(&((JoinGuard *)c)->b);
    join_depth--;
}

TsString *ts_arr_join(TsValue av, TsString *sep) {
    TsArray *a = arr_of(av, "join");
    JoinGuard g;
    size_t rm;
    uint32_t i;
    int d;
    static TsString comma = TS_STR_LIT(",", 1, 1);
    if (!sep) sep = &comma;
    for (d = 0; d < join_depth; d++)
        if (join_stack[d] == a) return ts_str_empty();
    if (join_depth == 64) ts_throw_error(TS_ERR_RANGE, "Maximum call stack size exceeded");
    rm = hold(&av);
    join_stack[join_depth++] = a;
    buf_init(&g.b);
    g.c.run = join_unwind;
    ts_root_cleanup(&g.c);
    for (i = 0; i < a->len; i++) {
        TsValue v = arr_item(a, i);
        if (i) buf_put_str(&g.b, sep);
        if (!ts_is_nullish(v)) {
            TsString *s = ts_to_string(v);
            buf_put_str(&g.b, s);
            ts_str_release(s);
        }
    }
    unhold(rm, av);
    join_depth--;
    return buf_to_str(&g.b);
}

TsValue ts_arr_concat(TsValue av, int n, const TsValue *others) {
    TsValue r = ts_arr_slice(av, 0, INFINITY);
    int i;
    for (i = 0; i < n; i++) {
        if (others[i].tag == TS_ARRAY) {
            TsArray *o = others[i].u.arr;
            uint32_t k, len = o->len;
            for (k = 0; k < len; k++) ts_arr_push(r, arr_item(o, k));
        } else {
            ts_arr_push(r, others[i]);
        }
    }
    return r;
}

TsValue ts_arr_reverse(TsValue av) {
    TsArray *a = arr_of(av, "reverse");
    uint32_t i, j;
    size_t w = is_vals(a) ? sizeof(TsValue) : elem_size[a->elems];
    unsigned char *p = block_of(a);
    unsigned char t[sizeof(TsValue)];
    for (i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(t, p + i * w, w);
        memcpy(p + i * w, p + (j - 1) * w, w);
        memcpy(p + (j - 1) * w, t, w);
    }
    ts_retain(av);
    return av;
}

TsValue ts_arr_fill(TsValue av, TsValue v, double start, double end) {
    TsArray *a = arr_of(av, "fill");
    uint32_t i, to = rel_index(end, a->len);
    for (i = rel_index(start, a->len); i < to; i++) arr_store(a, i, v);
    ts_retain(av);
    return av;
}

/* The callbacks of map, filter, reduce and Array.from may throw: their
 * results so far are rooted, so that a throw releases them. */
TsValue ts_arr_map(TsValue av, TsValue fn) {
    TsArray *a = arr_of(av, "map");
    uint32_t i, len = a->len;
    size_t rm = hold(&av);
    TsValue r = ts_arr_new(len);
    ts_root_val(&r);
    for (i = 0; i < len && i < a->len; i++) {
        TsValue item = arr_item(a, i);
        TsValue out = ts_is_hole(item) ? ts_hole() : call3(fn, item, i, av);
        ts_arr_push(r, out);
        ts_release(out);
    }
    unhold(rm, av);
    return r;
}

TsValue ts_arr_filter(TsValue av, TsValue fn) {
    TsArray *a = arr_of(av, "filter");
    uint32_t i, len = a->len;
    size_t rm = hold(&av);
    TsValue r = ts_arr_new(0);
    ts_root_val(&r);
    for (i = 0; i < len && i < a->len; i++) {
        TsValue item = arr_item(a, i); /* a kept reference: the callback may remove it from a */
        if (ts_is_hole(item)) continue;
        ts_retain(item);
        ts_root_val(&item);
        if (call_truthy(fn, item, i, av)) ts_arr_push(r, item);
        ts_roots_pop(rm + 2);
        ts_release(item);
    }
    unhold(rm, av);
    return r;
}

static TsValue reduce(TsValue av, TsValue fn, int has_init, TsValue init, bool right) {
    TsArray *a = arr_of(av, right ? "reduceRight" : "reduce");
    uint32_t len = a->len, k = 0;
    TsValue acc, item;
    size_t rm = hold(&av);
    if (!has_init) {
        if (len == 0) ts_throw_error(TS_ERR_TYPE, "Reduce of empty array with no initial value");
        acc = arr_item(a, right ? len - 1 : 0);
        k = 1;
    } else {
        acc = init;
    }
    ts_retain(acc);
    ts_root_val(&acc);
    item = ts_undefined();
    ts_root_val(&item);
    for (; k < len; k++) {
        uint32_t i = right ? len - 1 - k : k;
        TsValue args[4], next;
        if (i >= a->len || ts_is_hole(arr_item(a, i))) continue;
        item = arr_item(a, i);
        ts_retain(item);
        args[0] = acc;
        args[1] = item;
        args[2] = ts_num(i);
        args[3] = av;
        next = ts_call(fn, 4, args);
        ts_move(&item, ts_undefined());
        ts_move(&acc, next);
    }
    unhold(rm, av);
    return acc;
}

TsValue ts_arr_reduce(TsValue a, TsValue fn, int has_init, TsValue init) {
    return reduce(a, fn, has_init, init, false);
}
TsValue ts_arr_reduce_right(TsValue a, TsValue fn, int has_init, TsValue init) {
    return reduce(a, fn, has_init, init, true);
}

void ts_arr_for_each(TsValue av, TsValue fn) {
    TsArray *a = arr_of(av, "forEach");
    uint32_t i, len = a->len;
    size_t rm = hold(&av);
    for (i = 0; i < len && i < a->len; i++) {
        TsValue item = arr_item(a, i);
        if (!ts_is_hole(item)) ts_release(call3(fn, item, i, av));
    }
    unhold(rm, av);
}

/* ---------------------------------------------------------------- sort */

/* A sort in progress: a retained snapshot of the items sorted by index
 * (merge sort: stable), written back at the end, so that a comparator that
 * touches the array cannot break memory. A comparator that throws unwinds
 * through the cleanup, which the normal path runs too. An array of numbers,
 * strings or booleans sorted without a comparator runs no app code: it has
 * no snapshot, its block is permuted at the end. */
typedef struct SortCtx {
    TsCleanup c;
    TsValue cmp;
    uint32_t n;
    TsValue *items;  /* retained; NULL when the block is permuted */
    TsString **keys; /* String() of each item when there is no comparator */
    bool own_keys;   /* false: keys is the block of an array of strings */
    uint64_t *pre;   /* each key's sort_prefix, SORT_UNDEF for undefined */
    uint32_t *idx, *tmp;
} SortCtx;

/* Two ASCII prefixes that differ order their strings as their code units
 * do (a shorter string's prefix is padded with zeros, below any character
 * it is a prefix of), so most comparisons read neither a string nor an
 * item. */
static uint64_t sort_prefix(const TsString *s) {
    uint64_t p = 0;
    unsigned i;
    for (i = 0; i < 7; i++) {
        unsigned char ch = i < s->len ? (unsigned char)s->data[i] : 0;
        if (ch >= 0x80) return 1;
        p = (p << 8) | ch;
    }
    return p << 8;
}

/* undefined's prefix: its low bit is set, as a prefix that does not decide
 * (not ASCII) has it, so sort_compare looks further. */
#define SORT_UNDEF UINT64_MAX

static void sort_free(TsCleanup *cl) {
    SortCtx *c = (SortCtx *)cl;
    uint32_t i;
    for (i = 0; i < c->n; i++) {
        if (c->items) ts_release(c->items[i]);
        if (c->own_keys) ts_str_release(c->keys[i]);
    }
    if (c->own_keys) ts_dealloc(c->keys);
    ts_dealloc(c->items);
    ts_dealloc(c->pre);
    ts_dealloc(c->idx);
    ts_dealloc(c->tmp);
}

/* <= 0 when x may stay before y. */
static double sort_compare(SortCtx *c, uint32_t x, uint32_t y) {
    TsValue a, b;
    if (c->keys) {
        uint64_t p = c->pre[x], q = c->pre[y];
        if (p != q && ((p | q) & 1) == 0) return p < q ? -1 : 1;
        if (p == SORT_UNDEF || q == SORT_UNDEF) return (p == SORT_UNDEF) - (q == SORT_UNDEF);
        return ts_str_cmp(c->keys[x], c->keys[y]);
    }
    a = c->items[x];
    b = c->items[y];
    if (a.tag == TS_UNDEFINED) return b.tag == TS_UNDEFINED ? 0 : 1;
    if (b.tag == TS_UNDEFINED) return -1;
    {
        TsValue args[2], r;
        double d;
        args[0] = a;
        args[1] = b;
        r = ts_call(c->cmp, 2, args);
        d = ts_to_number(r);
        ts_release(r);
        return d != d ? 0 : d;
    }
}

TsValue ts_arr_sort(TsValue av, TsValue cmp) {
    TsArray *a = arr_of(av, "sort");
    uint32_t n = a->len, i, width;
    size_t rm;
    SortCtx c;
    if (cmp.tag != TS_UNDEFINED && cmp.tag != TS_FUNCTION)
        ts_throw_error(TS_ERR_TYPE, "The comparison function must be either a function or undefined");
    if (n < 2) {
        ts_retain(av);
        return av;
    }
    rm = hold(&av);
    c.c.run = sort_free;
    c.cmp = cmp;
    c.n = n;
    c.items = cmp.tag == TS_UNDEFINED && !is_vals(a) ? NULL : (TsValue *)ts_alloc((size_t)n * sizeof(TsValue));
    c.idx = (uint32_t *)ts_alloc((size_t)n * sizeof(uint32_t));
    c.tmp = (uint32_t *)ts_alloc((size_t)n * sizeof(uint32_t));
    c.keys = NULL;
    c.pre = NULL;
    c.own_keys = false;
    for (i = 0; i < n; i++) {
        if (c.items) c.items[i] = ts_dup(arr_item(a, i));
        c.idx[i] = i;
    }
    if (cmp.tag == TS_UNDEFINED && a->elems == TS_ELEMS_STR) {
        c.keys = a->e.strs;
    } else if (cmp.tag == TS_UNDEFINED) {
        c.keys = (TsString **)ts_alloc((size_t)n * sizeof(TsString *));
        for (i = 0; i < n; i++) c.keys[i] = NULL;
        c.own_keys = true;
    }
    if (c.keys) c.pre = (uint64_t *)ts_alloc((size_t)n * sizeof(uint64_t));
    ts_root_cleanup(&c.c);
    for (i = 0; c.keys && i < n; i++) {
        TsValue v = c.items ? c.items[i] : arr_item(a, i);
        if (c.own_keys && v.tag != TS_UNDEFINED) c.keys[i] = ts_to_string(v);
        c.pre[i] = v.tag != TS_UNDEFINED ? sort_prefix(c.keys[i]) : SORT_UNDEF;
    }
    for (width = 1; width < n; width *= 2) {
        uint32_t lo;
        for (lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t p = lo, q = mid, k = lo;
            /* two runs already in order (a sorted or partly sorted array) are copied */
            if (q < hi && sort_compare(&c, c.idx[q], c.idx[q - 1]) >= 0) {
                memcpy(c.tmp + lo, c.idx + lo, (size_t)(hi - lo) * sizeof(uint32_t));
                continue;
            }
            while (p < mid && q < hi) {
                if (sort_compare(&c, c.idx[q], c.idx[p]) < 0) c.tmp[k++] = c.idx[q++];
                else c.tmp[k++] = c.idx[p++];
            }
            while (p < mid) c.tmp[k++] = c.idx[p++];
            while (q < hi) c.tmp[k++] = c.idx[q++];
        }
        {
            uint32_t *t = c.idx;
            c.idx = c.tmp;
            c.tmp = t;
        }
    }
    if (c.items) {
        for (i = 0; i < n && i < a->len; i++) arr_store(a, i, c.items[c.idx[i]]);
    } else {
        size_t size = elem_size[a->elems];
        char *from = (char *)a->e.nums, *to;
        ts_dealloc(c.tmp); /* before the new block: the peak is lower */
        c.tmp = NULL;
        to = (char *)ts_alloc_small(items_bytes(a));
        for (i = 0; i < n; i++) memcpy(to + i * size, from + c.idx[i] * size, size);
        ts_free_small(from, items_bytes(a));
        a->e.nums = (double *)to;
    }
    ts_roots_pop(rm);
    sort_free(&c.c);
    return av; /* the held reference is the result's */
}

/* ---------------------------------------------------------------- find */

/* The index of the first item (from the end when last) fn accepts, or -1;
 * *found gets that item, as fn saw it, owned. */
static long find_index(TsValue av, TsValue fn, bool last, TsValue *found) {
    TsArray *a = arr_of(av, last ? "findLast" : "find");
    uint32_t len = a->len, k;
    size_t rm = hold(&av);
    long at = -1;
    *found = ts_undefined();
    for (k = 0; k < len && at < 0; k++) {
        uint32_t i = last ? len - 1 - k : k;
        TsValue item = i < a->len && !ts_is_hole(arr_item(a, i)) ? arr_item(a, i) : ts_undefined();
        ts_retain(item); /* fn may remove it from the array */
        ts_root_val(&item);
        if (call_truthy(fn, item, i, av)) {
            at = (long)i;
            *found = ts_dup(item);
        }
        ts_roots_pop(rm + 1);
        ts_release(item);
    }
    unhold(rm, av);
    return at;
}

TsValue ts_arr_find(TsValue av, TsValue fn) {
    TsValue v;
    find_index(av, fn, false, &v);
    return v;
}

double ts_arr_find_index(TsValue av, TsValue fn) {
    TsValue v;
    double i = (double)find_index(av, fn, false, &v);
    ts_release(v);
    return i;
}

TsValue ts_arr_find_last(TsValue av, TsValue fn) {
    TsValue v;
    find_index(av, fn, true, &v);
    return v;
}

double ts_arr_find_last_index(TsValue av, TsValue fn) {
    TsValue v;
    double i = (double)find_index(av, fn, true, &v);
    ts_release(v);
    return i;
}

bool ts_arr_some(TsValue av, TsValue fn) {
    TsArray *a = arr_of(av, "some");
    uint32_t i, len = a->len;
    size_t rm = hold(&av);
    bool found = false;
    for (i = 0; i < len && i < a->len && !found; i++) {
        TsValue item = arr_item(a, i);
        found = !ts_is_hole(item) && call_truthy(fn, item, i, av);
    }
    unhold(rm, av);
    return found;
}

bool ts_arr_every(TsValue av, TsValue fn) {
    TsArray *a = arr_of(av, "every");
    uint32_t i, len = a->len;
    size_t rm = hold(&av);
    bool all = true;
    for (i = 0; i < len && i < a->len && all; i++) {
        TsValue item = arr_item(a, i);
        all = ts_is_hole(item) || call_truthy(fn, item, i, av);
    }
    unhold(rm, av);
    return all;
}

static void flatten_into(TsValue out, TsArray *a, double depth) {
    uint32_t i;
    for (i = 0; i < a->len; i++) {
        TsValue v = arr_item(a, i);
        if (v.tag == TS_ARRAY && depth >= 1) flatten_into(out, v.u.arr, depth - 1);
        else ts_arr_push(out, v);
    }
}

TsValue ts_arr_flat(TsValue av, double depth) {
    TsArray *a = arr_of(av, "flat");
    TsValue r = ts_arr_new(0);
    flatten_into(r, a, to_int(depth));
    return r;
}

TsValue ts_arr_flat_map(TsValue av, TsValue fn) {
    TsValue mapped = ts_arr_map(ts_arr_v(arr_of(av, "flatMap")), fn);
    TsValue r = ts_arr_flat(mapped, 1);
    ts_release(mapped);
    return r;
}

TsValue ts_arr_at(TsValue av, double i) {
    TsArray *a = arr_of(av, "at");
    double k = to_int(i);
    TsValue v;
    if (k < 0) k += a->len;
    if (k < 0 || k >= a->len) return ts_undefined();
    v = arr_item(a, (uint32_t)k);
    return ts_is_hole(v) ? ts_undefined() : v;
}

bool ts_is_array(TsValue v) { return v.tag == TS_ARRAY; }

TsValue ts_arr_from_length(double n, TsValue fn) {
    double len = to_int(n);
    TsValue r;
    size_t rm;
    uint32_t i;
    if (len < 0) len = 0;
    if (len > 4294967295.0) ts_throw_error(TS_ERR_RANGE, "Invalid array length");
    r = ts_arr_new((uint32_t)len);
    rm = ts_roots_mark();
    ts_root_val(&r);
    for (i = 0; i < (uint32_t)len; i++) {
        TsValue v = ts_undefined();
        if (fn.tag != TS_UNDEFINED) {
            TsValue args[2];
            args[0] = ts_undefined();
            args[1] = ts_num(i);
            v = ts_call(fn, 2, args);
        }
        ts_arr_push(r, v);
        ts_release(v);
    }
    ts_roots_pop(rm);
    return r;
}

TsValue ts_arr_from(TsValue it) {
    switch (it.tag) {
    case TS_ARRAY: { /* spread and Array.from see holes as undefined */
        TsValue r = ts_arr_slice(it, 0, INFINITY);
        uint32_t i;
        for (i = 0; i < r.u.arr->len; i++)
            if (ts_is_hole(arr_item(r.u.arr, i))) arr_store(r.u.arr, i, ts_undefined());
        return r;
    }
    case TS_SET: return ts_set_values(it);
    case TS_MAP: return ts_map_entries(it);
    case TS_STRING: {
        TsString *s = it.u.str;
        TsValue r = ts_arr_new(s->len16);
        size_t i = 0;
        while (i < s->len) {
            size_t k = i;
            TsString *c;
            wtf8_decode(s->data, s->len, &k);
            c = ts_str_new(s->data + i, k - i);
            ts_arr_push(r, ts_str_v(c));
            ts_str_release(c);
            i = k;
        }
        return r;
    }
    default: {
        /* runtime classes that iterate (typed arrays) list their items with
     * values() */
        static TsString s_values = TS_STR_LIT("values", 6, 6);
        const TsMethod *m = it.tag == TS_OBJECT && it.u.obj->cls ? class_find_method(it.u.obj->cls, &s_values) : NULL;
        return m ? m->fn(it, 0, NULL) : ts_arr_new(0);
    }
    }
}
