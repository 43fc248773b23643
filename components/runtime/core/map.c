/* map.c - Map and Set: insertion-ordered entries with SameValueZero keys.
 * Deleted entries stay as tombstones (so iteration order is stable while a
 * forEach runs) and are compacted away when they pile up. */
#include <math.h>
#include <string.h>

#include "rt_internal.h"

/* The map or set behind m, for its method or property `prop`. */
static TsMap *map_of(TsValue m, const char *prop) {
    if (m.tag != TS_MAP && m.tag != TS_SET) {
        if (ts_is_nullish(m))
            ts_throw_error(TS_ERR_TYPE, "Cannot read properties of %s (reading '%s')",
                           m.tag == TS_NULL ? "null" : "undefined", prop);
        ts_throw_error(TS_ERR_TYPE, "value is not a Map or Set");
    }
    return m.u.map;
}

static uint32_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

static uint32_t hash_value(TsValue v) {
    switch (v.tag) {
    case TS_NUMBER: {
        double d = v.u.num;
        uint64_t bits;
        if (d != d) return 0x7ff80000u;
        if (d == 0) d = 0; /* -0 and +0 are the same key */
        memcpy(&bits, &d, sizeof bits);
        return mix(bits);
    }
    case TS_STRING: return ts_str_hash(v.u.str);
    case TS_UNDEFINED: return 1;
    case TS_NULL: return 2;
    case TS_BOOL: return v.u.b ? 3 : 4;
    default: return mix((uint64_t)(size_t)v.u.h);
    }
}

/* ---------------------------------------------- entries stored by kind */

static const uint8_t kind_size[] = {sizeof(TsString *), sizeof(double), sizeof(TsValue)};

#define STR_KEYS(m) ((TsString **)(m)->keys)
#define NUM_KEYS(m) ((double *)(m)->keys)
#define VAL_KEYS(m) ((TsValue *)(m)->keys)
#define NUM_VALS(m) ((double *)(m)->vals)
#define VAL_VALS(m) ((TsValue *)(m)->vals)

static inline uint64_t num_bits(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

static inline bool deleted(const TsMap *m, uint32_t i) {
    switch (m->key_kind) {
    case TS_MAP_STR: return !STR_KEYS(m)[i];
    case TS_MAP_NUM: return num_bits(NUM_KEYS(m)[i]) == TS_HOLE_NUM_BITS;
    default: return VAL_KEYS(m)[i].tag == TS_MAP_DELETED;
    }
}

static inline TsValue key_at(const TsMap *m, uint32_t i) {
    switch (m->key_kind) {
    case TS_MAP_STR: return ts_str_v(STR_KEYS(m)[i]);
    case TS_MAP_NUM: return ts_num(NUM_KEYS(m)[i]);
    default: return VAL_KEYS(m)[i];
    }
}

static inline TsValue val_at(const TsMap *m, uint32_t i) {
    if (!m->vals) return key_at(m, i);
    return m->val_kind == TS_MAP_NUM ? ts_num_val(NUM_VALS(m)[i]) : VAL_VALS(m)[i];
}

static bool map_entry(const TsMap *m, uint32_t i, TsValue *k, TsValue *v) {
    if (deleted(m, i)) return false;
    *k = key_at(m, i);
    *v = val_at(m, i);
    return true;
}

/* Whether k or v can be stored as m stores its keys or values. */
static bool key_fits(const TsMap *m, TsValue k) {
    return m->key_kind == TS_MAP_VAL || k.tag == (m->key_kind == TS_MAP_STR ? TS_STRING : TS_NUMBER);
}
static bool val_fits(const TsMap *m, TsValue v) {
    return m->val_kind == TS_MAP_VAL || v.tag == TS_NUMBER || v.tag == TS_UNDEFINED;
}

/* Rewrites m's keys as TsValues; entries keep their places, so the index
 * stays right. Strings move over with their references. */
static void widen_keys(TsMap *m) {
    TsValue *keys = (TsValue *)ts_alloc(m->cap * sizeof(TsValue));
    uint32_t i;
    for (i = 0; i < m->used; i++) {
        keys[i] = key_at(m, i);
        if (deleted(m, i)) keys[i].tag = TS_MAP_DELETED;
    }
    ts_dealloc(m->keys);
    m->keys = keys;
    m->key_kind = TS_MAP_VAL;
}

static void widen_vals(TsMap *m) {
    TsValue *vals = (TsValue *)ts_alloc(m->cap * sizeof(TsValue));
    uint32_t i;
    for (i = 0; i < m->used; i++) vals[i] = ts_num_val(NUM_VALS(m)[i]);
    ts_dealloc(m->vals);
    m->vals = vals;
    m->val_kind = TS_MAP_VAL;
}

/* Stores k (retained) and v (retained) at entry i, whose old contents are
 * not released: they were moved out or are not there. */
static void put_key(TsMap *m, uint32_t i, TsValue k) {
    ts_retain(k);
    switch (m->key_kind) {
    case TS_MAP_STR: STR_KEYS(m)[i] = k.u.str; break;
    case TS_MAP_NUM: NUM_KEYS(m)[i] = k.u.num; break;
    default: VAL_KEYS(m)[i] = k; break;
    }
}
static void put_val(TsMap *m, uint32_t i, TsValue v) {
    if (m->val_kind == TS_MAP_NUM) {
        NUM_VALS(m)[i] = v.tag == TS_NUMBER ? v.u.num : ts_undef_num();
    } else {
        ts_retain(v);
        VAL_VALS(m)[i] = v;
    }
}

/* Marks entry i deleted and gives its key and value to the caller to release
 * (after the entry is gone: a release may run code that reads m). */
static void take_entry(TsMap *m, uint32_t i, TsValue *k, TsValue *v) {
    *k = key_at(m, i);
    *v = m->vals && m->val_kind == TS_MAP_VAL ? VAL_VALS(m)[i] : ts_undefined();
    switch (m->key_kind) {
    case TS_MAP_STR: STR_KEYS(m)[i] = NULL; break;
    case TS_MAP_NUM: {
        uint64_t hole = TS_HOLE_NUM_BITS;
        memcpy(&NUM_KEYS(m)[i], &hole, sizeof hole);
        break;
    }
    default: VAL_KEYS(m)[i].tag = TS_MAP_DELETED; break;
    }
    if (m->vals && m->val_kind == TS_MAP_VAL) VAL_VALS(m)[i] = ts_undefined();
    m->size--;
}

static bool key_matches(const TsMap *m, uint32_t i, TsValue k) {
    switch (m->key_kind) {
    case TS_MAP_STR: { /* both hashes are known (find computed k's): they decide most probes */
        TsString *s = STR_KEYS(m)[i];
        return s && (s == k.u.str || (s->hash == k.u.str->hash && ts_str_eq(s, k.u.str)));
    }
    case TS_MAP_NUM: {
        double d = NUM_KEYS(m)[i];
        return d == k.u.num || (d != d && k.u.num != k.u.num && num_bits(d) != TS_HOLE_NUM_BITS);
    }
    default: return VAL_KEYS(m)[i].tag != TS_MAP_DELETED && ts_same_value_zero(VAL_KEYS(m)[i], k);
    }
}

/* ------------------------------------------------------- the hash index */

static void index_rebuild(TsMap *m) {
    uint32_t cap = 16, i;
    while (cap < m->cap * 2) cap *= 2;
    if (cap != m->index_cap) {
        ts_dealloc(m->index);
        m->index = (uint32_t *)ts_alloc(cap * sizeof(uint32_t));
        m->index_cap = cap;
    }
    memset(m->index, 0, cap * sizeof(uint32_t));
    for (i = 0; i < m->used; i++) {
        uint32_t h;
        if (m->key_kind == TS_MAP_STR) { /* most maps: the hash is the string's */
            if (!STR_KEYS(m)[i]) continue;
            h = ts_str_hash(STR_KEYS(m)[i]) & (cap - 1);
        } else {
            if (deleted(m, i)) continue;
            h = hash_value(key_at(m, i)) & (cap - 1);
        }
        while (m->index[h]) h = (h + 1) & (cap - 1);
        m->index[h] = i + 1;
    }
}

static long find(TsMap *m, TsValue k) {
    uint32_t mask, h, e;
    if (!m->index || !key_fits(m, k)) return -1; /* no key of another type is stored */
    mask = m->index_cap - 1;
    h = hash_value(k) & mask;
    for (; (e = m->index[h]) != 0; h = (h + 1) & mask)
        if (key_matches(m, e - 1, k)) return (long)e - 1;
    return -1;
}

static void compact(TsMap *m) {
    size_t ks = kind_size[m->key_kind], vs = kind_size[m->val_kind];
    uint32_t i, n = 0;
    for (i = 0; i < m->used; i++) {
        if (deleted(m, i)) continue;
        memmove((char *)m->keys + n * ks, (char *)m->keys + i * ks, ks);
        if (m->vals) memmove((char *)m->vals + n * vs, (char *)m->vals + i * vs, vs);
        n++;
    }
    m->used = n;
}

static void add_entry(TsMap *m, TsValue k, TsValue v) {
    uint32_t h, mask;
    if (k.tag == TS_NUMBER) {
        if (k.u.num == 0) k.u.num = 0;              /* store -0 as +0 */
        else if (k.u.num != k.u.num) k.u.num = NAN; /* one NaN, never the deleted mark */
    }
    if (!m->cap) {
        m->key_kind = k.tag == TS_STRING ? TS_MAP_STR : k.tag == TS_NUMBER ? TS_MAP_NUM : TS_MAP_VAL;
        m->val_kind = v.tag == TS_NUMBER ? TS_MAP_NUM : TS_MAP_VAL;
    }
    if (!key_fits(m, k)) widen_keys(m);
    if (m->h.kind == TS_MAP && !val_fits(m, v)) widen_vals(m);
    if (m->used == m->cap) {
        if (m->used - m->size >= m->used / 2 && m->used && !m->iterating) {
            compact(m);
        } else {
            m->cap = m->cap ? m->cap * 2 : 8;
            m->keys = ts_realloc(m->keys, m->cap * kind_size[m->key_kind]);
            if (m->h.kind == TS_MAP) m->vals = ts_realloc(m->vals, m->cap * kind_size[m->val_kind]);
        }
        index_rebuild(m);
    }
    put_key(m, m->used, k);
    if (m->vals) put_val(m, m->used, v);
    mask = m->index_cap - 1;
    h = hash_value(k) & mask;
    while (m->index[h]) h = (h + 1) & mask;
    m->index[h] = m->used + 1;
    m->used++;
    m->size++;
}

/* The collector's release of m's entries (TsMapDrop): the entries leave m
 * first, since a release may run code. Strings and numbers need no drop. */
static void map_drop(TsMap *m, bool all, void (*drop)(TsValue v, bool all)) {
    TsMap old = *m;
    uint32_t i;
    m->keys = m->vals = NULL;
    m->used = m->cap = m->size = 0;
    ts_dealloc(m->index);
    m->index = NULL;
    m->index_cap = 0;
    for (i = 0; i < old.used; i++) {
        if (deleted(&old, i)) continue;
        if (old.key_kind == TS_MAP_STR) ts_str_release(STR_KEYS(&old)[i]);
        else drop(key_at(&old, i), all);
        if (old.vals && old.val_kind == TS_MAP_VAL) drop(VAL_VALS(&old)[i], all);
    }
    ts_dealloc(old.keys);
    ts_dealloc(old.vals);
}

static TsValue new_map(TsTag kind) {
    TsMap *m = (TsMap *)ts_heap_new(sizeof(TsMap), kind);
    TsValue v;
    ts_map_entry = map_entry;
    ts_map_drop = map_drop;
    v.tag = (uint8_t)kind;
    v.u.map = m;
    return v;
}

TsValue ts_map_new(void) { return new_map(TS_MAP); }
TsValue ts_set_new(void) { return new_map(TS_SET); }

TsValue ts_map_get(TsValue mv, TsValue k) {
    TsMap *m = map_of(mv, "get");
    long i = find(m, k);
    if (i < 0 || !m->vals) return ts_undefined();
    return val_at(m, (uint32_t)i);
}

void ts_map_set(TsValue mv, TsValue k, TsValue v) {
    TsMap *m = map_of(mv, "set");
    long i = find(m, k);
    if (i < 0) {
        add_entry(m, k, v);
    } else if (m->val_kind == TS_MAP_VAL) {
        ts_assign(&VAL_VALS(m)[i], v);
    } else {
        if (!val_fits(m, v)) widen_vals(m);
        put_val(m, (uint32_t)i, v); /* a number replaced by any value: nothing to release */
    }
}

void ts_set_add(TsValue sv, TsValue v) {
    TsMap *m = map_of(sv, "add");
    if (find(m, v) < 0) add_entry(m, v, ts_undefined());
}

bool ts_map_has(TsValue mv, TsValue k) { return find(map_of(mv, "has"), k) >= 0; }

/* No entries left and no loop over them: the next entry goes first. */
static void reset_if_empty(TsMap *m) {
    if (m->size == 0 && !m->iterating) {
        m->used = 0;
        if (m->index) memset(m->index, 0, m->index_cap * sizeof(uint32_t));
    }
}

bool ts_map_delete(TsValue mv, TsValue k) {
    TsMap *m = map_of(mv, "delete");
    long i = find(m, k);
    TsValue oldk, oldv;
    if (i < 0) return false;
    take_entry(m, (uint32_t)i, &oldk, &oldv);
    reset_if_empty(m);
    ts_release(oldk);
    ts_release(oldv);
    return true;
}

void ts_map_clear(TsValue mv) {
    TsMap *m = map_of(mv, "clear");
    uint32_t i, n = m->used;
    /* Entries become tombstones first: a release may run code that reads m.
     * A forEach in progress keeps its position and goes on with the entries
     * added after the clear, as node's does. */
    for (i = 0; i < n; i++) {
        TsValue k, v;
        if (deleted(m, i)) continue;
        take_entry(m, i, &k, &v);
        ts_release(k);
        ts_release(v);
    }
    reset_if_empty(m);
}

double ts_map_size(TsValue mv) { return map_of(mv, "size")->size; }

enum {
    KEYS,
    VALUES,
    ENTRIES
};

static TsValue list(TsValue mv, int what) {
    TsMap *m = map_of(mv, what == KEYS ? "keys" : what == VALUES ? "values" : "entries");
    TsValue r = ts_arr_new(m->size);
    uint32_t i;
    for (i = 0; i < m->used; i++) {
        TsValue k, v;
        if (!map_entry(m, i, &k, &v)) continue;
        if (what == KEYS) {
            ts_arr_push(r, k);
        } else if (what == VALUES) {
            ts_arr_push(r, v);
        } else {
            TsValue kv[2], p;
            kv[0] = k;
            kv[1] = v;
            p = ts_arr_of(2, kv);
            ts_arr_push(r, p);
            ts_release(p);
        }
    }
    return r;
}

TsValue ts_map_keys(TsValue m) { return list(m, KEYS); }
TsValue ts_map_values(TsValue m) { return list(m, VALUES); }
TsValue ts_map_entries(TsValue m) { return list(m, ENTRIES); }
TsValue ts_set_values(TsValue s) { return list(s, VALUES); }

/* A for...of over a Map or Set, live as node's: an entry deleted before the
 * loop reaches it is skipped, an entry added during the loop is visited. The
 * iterator holds the map and its `iterating` count, so that tombstones stay
 * in place (no compaction) until the iterator dies: when the loop ends,
 * breaks, returns or throws. */
typedef struct MapIter {
    TsValue map;  /* retained */
    uint32_t pos; /* the next entry to look at */
    uint32_t cur; /* the entry the loop is on */
} MapIter;

static MapIter *iter_of(TsValue it) { return (MapIter *)ts_obj_native(it.u.obj); }

static void iter_finalize(TsObject *self) {
    MapIter *it = (MapIter *)ts_obj_native(self);
    TsMap *m;
    if (!it) return;
    ts_obj_set_native(self, NULL);
    m = it->map.u.map;
    m->iterating--;
    reset_if_empty(m);
    ts_release(it->map);
    ts_dealloc(it);
}

static const TsClass iter_class = {"Map Iterator", NULL, 0, NULL, iter_finalize, 0, NULL, NULL, 0, NULL};

TsValue ts_map_iter(TsValue mv) {
    TsMap *m = map_of(mv, mv.tag == TS_SET ? "values" : "entries");
    MapIter *it = (MapIter *)ts_alloc(sizeof *it);
    TsValue v = ts_obj_new(&iter_class, 0);
    it->map = ts_dup(mv);
    it->pos = it->cur = 0;
    m->iterating++;
    ts_obj_set_native(v.u.obj, it);
    return v;
}

bool ts_map_iter_next(TsValue itv) {
    MapIter *it = iter_of(itv);
    TsMap *m = it->map.u.map;
    while (it->pos < m->used && deleted(m, it->pos)) it->pos++;
    if (it->pos >= m->used) return false;
    it->cur = it->pos++;
    return true;
}

TsValue ts_map_iter_key(TsValue itv) {
    MapIter *it = iter_of(itv);
    return key_at(it->map.u.map, it->cur);
}

TsValue ts_map_iter_value(TsValue itv) {
    MapIter *it = iter_of(itv);
    return val_at(it->map.u.map, it->cur);
}

TsValue ts_map_iter_entry(TsValue itv) {
    TsValue kv[2];
    kv[0] = ts_map_iter_key(itv);
    kv[1] = ts_map_iter_value(itv);
    return ts_arr_of(2, kv);
}

/* A forEach in progress: what it holds while the callback runs, given back
 * when it ends or when the callback throws. */
typedef struct ForEachGuard {
    TsCleanup c;
    TsValue map;      /* retained */
    TsValue key, val; /* the current entry, retained (the callback may delete it) */
} ForEachGuard;

static void for_each_end(TsCleanup *c) {
    ForEachGuard *g = (ForEachGuard *)c;
    g->map.u.map->iterating--;
    ts_release(g->key);
    ts_release(g->val);
    ts_release(g->map);
}

void ts_map_for_each(TsValue mv, TsValue fn) {
    TsMap *m = map_of(mv, "forEach");
    ForEachGuard g;
    size_t rm = ts_roots_mark();
    uint32_t i;
    g.c.run = for_each_end;
    g.map = ts_dup(mv);
    g.key = g.val = ts_undefined();
    m->iterating++;
    ts_root_cleanup(&g.c);
    for (i = 0; i < m->used; i++) {
        TsValue args[3], k, v;
        if (!map_entry(m, i, &k, &v)) continue;
        ts_move(&g.key, ts_dup(k));
        ts_move(&g.val, ts_dup(v));
        args[0] = g.val;
        args[1] = g.key;
        args[2] = mv;
        ts_release(ts_call(fn, 3, args));
    }
    ts_roots_pop(rm);
    for_each_end(&g.c);
}
