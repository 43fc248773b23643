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
        if (m->keys[i].tag == TS_MAP_DELETED) continue;
        h = hash_value(m->keys[i]) & (cap - 1);
        while (m->index[h]) h = (h + 1) & (cap - 1);
        m->index[h] = i + 1;
    }
}

static long find(TsMap *m, TsValue k) {
    uint32_t mask, h;
    if (!m->index) return -1;
    mask = m->index_cap - 1;
    h = hash_value(k) & mask;
    while (m->index[h]) {
        uint32_t e = m->index[h] - 1;
        if (m->keys[e].tag != TS_MAP_DELETED && ts_same_value_zero(m->keys[e], k)) return (long)e;
        h = (h + 1) & mask;
    }
    return -1;
}

static void compact(TsMap *m) {
    uint32_t i, n = 0;
    for (i = 0; i < m->used; i++) {
        if (m->keys[i].tag == TS_MAP_DELETED) continue;
        m->keys[n] = m->keys[i];
        if (m->vals) m->vals[n] = m->vals[i];
        n++;
    }
    m->used = n;
}

static void add_entry(TsMap *m, TsValue k, TsValue v) {
    uint32_t h, mask;
    if (k.tag == TS_NUMBER && k.u.num == 0) k.u.num = 0; /* store -0 as +0 */
    if (m->used == m->cap) {
        if (m->used - m->size >= m->used / 2 && m->used && !m->iterating) {
            compact(m);
        } else {
            m->cap = m->cap ? m->cap * 2 : 8;
            m->keys = (TsValue *)ts_realloc(m->keys, m->cap * sizeof(TsValue));
            if (m->h.kind == TS_MAP) m->vals = (TsValue *)ts_realloc(m->vals, m->cap * sizeof(TsValue));
        }
        index_rebuild(m);
    }
    ts_retain(k);
    m->keys[m->used] = k;
    if (m->vals) {
        ts_retain(v);
        m->vals[m->used] = v;
    }
    mask = m->index_cap - 1;
    h = hash_value(k) & mask;
    while (m->index[h]) h = (h + 1) & mask;
    m->index[h] = m->used + 1;
    m->used++;
    m->size++;
}

static TsValue new_map(TsTag kind) {
    TsMap *m = (TsMap *)ts_heap_new(sizeof(TsMap), kind);
    TsValue v;
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
    return m->vals[i];
}

void ts_map_set(TsValue mv, TsValue k, TsValue v) {
    TsMap *m = map_of(mv, "set");
    long i = find(m, k);
    if (i >= 0) {
        if (m->vals) ts_assign(&m->vals[i], v);
        return;
    }
    add_entry(m, k, v);
}

void ts_set_add(TsValue sv, TsValue v) {
    TsMap *m = map_of(sv, "add");
    if (find(m, v) < 0) add_entry(m, v, ts_undefined());
}

bool ts_map_has(TsValue mv, TsValue k) { return find(map_of(mv, "has"), k) >= 0; }

bool ts_map_delete(TsValue mv, TsValue k) {
    TsMap *m = map_of(mv, "delete");
    long i = find(m, k);
    TsValue oldk, oldv = ts_undefined();
    if (i < 0) return false;
    oldk = m->keys[i];
    if (m->vals) {
        oldv = m->vals[i];
        m->vals[i] = ts_undefined();
    }
    m->keys[i].tag = TS_MAP_DELETED;
    m->size--;
    if (m->size == 0 && !m->iterating) {
        m->used = 0;
        memset(m->index, 0, m->index_cap * sizeof(uint32_t));
    }
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
        TsValue k = m->keys[i], v = m->vals ? m->vals[i] : ts_undefined();
        if (k.tag == TS_MAP_DELETED) continue;
        m->keys[i].tag = TS_MAP_DELETED;
        if (m->vals) m->vals[i] = ts_undefined();
        m->size--;
        ts_release(k);
        ts_release(v);
    }
    if (!m->iterating && m->size == 0) {
        m->used = 0;
        if (m->index) memset(m->index, 0, m->index_cap * sizeof(uint32_t));
    }
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
        TsValue k = m->keys[i], v;
        if (k.tag == TS_MAP_DELETED) continue;
        v = m->vals ? m->vals[i] : k;
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
    if (--m->iterating == 0 && m->size == 0) {
        m->used = 0;
        if (m->index) memset(m->index, 0, m->index_cap * sizeof(uint32_t));
    }
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
    while (it->pos < m->used && m->keys[it->pos].tag == TS_MAP_DELETED) it->pos++;
    if (it->pos >= m->used) return false;
    it->cur = it->pos++;
    return true;
}

TsValue ts_map_iter_key(TsValue itv) {
    MapIter *it = iter_of(itv);
    return it->map.u.map->keys[it->cur];
}

TsValue ts_map_iter_value(TsValue itv) {
    MapIter *it = iter_of(itv);
    TsMap *m = it->map.u.map;
    return m->vals ? m->vals[it->cur] : m->keys[it->cur];
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
        TsValue args[3];
        if (m->keys[i].tag == TS_MAP_DELETED) continue;
        ts_move(&g.key, ts_dup(m->keys[i]));
        ts_move(&g.val, ts_dup(m->vals ? m->vals[i] : g.key));
        args[0] = g.val;
        args[1] = g.key;
        args[2] = mv;
        ts_release(ts_call(fn, 3, args));
    }
    ts_roots_pop(rm);
    for_each_end(&g.c);
}
