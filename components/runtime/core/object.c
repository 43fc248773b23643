/* object.c - objects with JS property order, a hash index past 8 keys,
 * inline caches, and method lookup through the class chain. */
#include <math.h>
#include <string.h>

#include "rt_internal.h"

#define INDEX_MIN_KEYS 8

static TsString s_length = TS_STR_LIT("length", 6, 6);
static TsString s_name = TS_STR_LIT("name", 4, 4);
static TsString s_size = TS_STR_LIT("size", 4, 4);
static TsString s_tostring = TS_STR_LIT("toString", 8, 8);
static TsString s_index = TS_STR_LIT("index", 5, 5);
static TsString s_input = TS_STR_LIT("input", 5, 5);
static TsString s_groups = TS_STR_LIT("groups", 6, 6);
static TsString s_indices = TS_STR_LIT("indices", 7, 7);

const TsClass ts_null_proto_class = {"Object", NULL, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};

/* ---------------------------------------------------------- hash index */

static void index_add(TsObject *o, uint32_t slot) {
    TsProps *p = o->props;
    uint32_t mask = p->index_cap - 1;
    uint32_t h = ts_str_hash(ts_obj_keyv(o)[slot]) & mask;
    while (p->index[h]) h = (h + 1) & mask;
    p->index[h] = slot + 1;
}

static void index_rebuild(TsObject *o) {
    TsProps *p = o->props;
    uint32_t i, cap = 16;
    if (o->count <= INDEX_MIN_KEYS) {
        ts_dealloc(p->index);
        p->index = NULL;
        p->index_cap = 0;
        return;
    }
    while (cap < o->count * 2) cap *= 2;
    if (cap != p->index_cap) {
        ts_dealloc(p->index);
        p->index = (uint32_t *)ts_alloc(cap * sizeof(uint32_t));
        p->index_cap = cap;
    }
    memset(p->index, 0, cap * sizeof(uint32_t));
    for (i = 0; i < o->count; i++) index_add(o, i);
}

long obj_find(TsObject *o, TsString *key) {
    TsProps *p = o->props;
    TsString **keys;
    uint32_t i;
    if (!o->count) return -1;
    keys = ts_obj_keyv(o);
    if (p->index) {
        uint32_t mask = p->index_cap - 1;
        uint32_t h = ts_str_hash(key) & mask;
        while (p->index[h]) {
            uint32_t slot = p->index[h] - 1;
            if (keys[slot] == key || ts_str_eq(keys[slot], key)) return (long)slot;
            h = (h + 1) & mask;
        }
        return -1;
    }
    for (i = 0; i < o->count; i++)
        if (keys[i] == key) return (long)i;
    for (i = 0; i < o->count; i++)
        if (ts_str_eq(keys[i], key)) return (long)i;
    return -1;
}

/* ------------------------------------------------ own accessor properties */

/* An object literal's `get x() {...}` / `set x(v) {...}`: the property's
 * slot holds a pair object of this class, with the functions (or
 * undefined) under "get" and "set". Every read and write of a slot goes
 * through slot_read/slot_write, so the pair never reaches the app. */
static const TsClass accessor_class = {"accessor", NULL, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};
static uint32_t obj_insert(TsObject *o, TsString *key, TsValue v);
static TsString s_get = TS_STR_LIT("get", 3, 3);
static TsString s_set = TS_STR_LIT("set", 3, 3);

bool obj_is_accessor(TsValue v) { return v.tag == TS_OBJECT && v.u.obj->cls == &accessor_class; }

/* The accessor's function of that kind, or undefined. */
TsValue obj_accessor_fn(TsValue pair, bool setter) {
    TsObject *p = pair.u.obj;
    long i = obj_find(p, setter ? &s_set : &s_get);
    return i < 0 ? ts_undefined() : ts_obj_valv(p)[i];
}

/* A property's value v as read from o: itself, a getter's result
 * (temporary, `this` is o), or undefined for a setter alone.  Always
 * inlined: slot_read would otherwise add a frame under every getter. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline TsValue
accessor_get(TsObject *o, TsValue v) {
    TsValue get;
    if (!obj_is_accessor(v)) return v;
    get = obj_accessor_fn(v, false);
    return get.tag == TS_FUNCTION ? ts_tmp(ts_call_on(get, ts_obj_v(o), 0, NULL)) : ts_undefined();
}

static TsValue accessor_read(TsObject *o, TsValue v) { return accessor_get(o, v); }

/* ------------------------------------------ properties computed on first read */

const TsClass ts_lazy_class = {"lazy", NULL, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};

static bool obj_is_lazy(TsValue v) { return v.tag == TS_OBJECT && v.u.obj->cls == &ts_lazy_class; }

TsValue obj_slot_value(TsObject *o, uint32_t i) {
    TsValue v = ts_obj_valv(o)[i];
    if (!obj_is_lazy(v)) return v;
    /* compute does not touch o's properties: the slot is still i; the
     * placeholder is immortal, nothing to release */
    return ts_obj_valv(o)[i] = ((TsLazy *)v.u.obj)->compute(o, ts_obj_keyv(o)[i]);
}

void ts_obj_resolve_lazy(TsValue o) {
    uint32_t i;
    if (o.tag != TS_OBJECT) return;
    for (i = 0; i < o.u.obj->count; i++) obj_slot_value(o.u.obj, i);
    if (!o.u.obj->cls) ts_obj_set_native(o.u.obj, NULL); /* a runtime class's native is its own */
}

/* o's slot i as read: computed on first read, or through its getter. */
static TsValue slot_read(TsObject *o, uint32_t i) {
    TsValue v = ts_obj_valv(o)[i];
    if (v.tag != TS_OBJECT) return v; /* neither computed on first read nor an accessor */
    if (obj_is_lazy(v)) v = obj_slot_value(o, i);
    return accessor_get(o, v);
}

/* Stores v in a slot of o's, or passes it to the slot's setter (a getter alone ignores it). */
static void slot_write(TsObject *o, TsValue *slot, TsValue v) {
    TsValue set;
    if (!obj_is_accessor(*slot)) {
        ts_assign(slot, v);
        return;
    }
    set = obj_accessor_fn(*slot, true);
    if (set.tag == TS_FUNCTION) ts_release(ts_call_on(set, ts_obj_v(o), 1, &v));
}

void ts_obj_define_accessor(TsValue o, TsString *key, TsValue get, TsValue set) {
    TsObject *ob = o.u.obj;
    long i = obj_find(ob, key);
    TsValue pair;
    if (i >= 0 && obj_is_accessor(ts_obj_valv(ob)[i])) {
        /* the other half of a get/set pair */
        if (get.tag != TS_UNDEFINED) ts_obj_set(ts_obj_valv(ob)[i], &s_get, get);
        if (set.tag != TS_UNDEFINED) ts_obj_set(ts_obj_valv(ob)[i], &s_set, set);
        return;
    }
    pair = ts_obj_new(&accessor_class, 2);
    ts_obj_set(pair, &s_get, get);
    ts_obj_set(pair, &s_set, set);
    if (i >= 0) ts_assign(&ts_obj_valv(ob)[i], pair);
    else obj_insert(ob, key, pair);
    ts_release(pair);
}

/* The index of key among the defined fields of o's layout, or -1. */
static long field_of(TsObject *o, TsString *key) {
    long i;
    if (!o->cls || !o->cls->layout) return -1;
    i = LAYOUT_OPS(o->cls)->find(o->cls, key);
    return i >= 0 && (uint32_t)i < o->live ? i : -1;
}

/* An own property: a field of the layout or a key added at run time. */
static bool own_get(TsObject *o, TsString *key, TsValue *out) {
    long i = field_of(o, key);
    if (i >= 0) {
        *out = LAYOUT_OPS(o->cls)->get(o, &o->cls->layout->fields[i]);
        return true;
    }
    i = obj_find(o, key);
    if (i < 0) return false;
    *out = slot_read(o, (uint32_t)i);
    return true;
}

TsValue obj_get_own(TsObject *o, TsString *key) {
    TsValue v;
    return own_get(o, key, &v) ? v : ts_undefined();
}

/* Where a new key goes: integer-like keys ascending before all others. */
static uint32_t insert_pos(TsObject *o, TsString *key) {
    uint32_t k, lo = 0, hi = o->count, mid, v;
    if (!str_is_index(key, &k)) return o->count;
    /* the index keys form a prefix: find its end, then the position */
    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        if (str_is_index(ts_obj_keyv(o)[mid], &v)) lo = mid + 1;
        else hi = mid;
    }
    hi = lo;
    lo = 0;
    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        str_is_index(ts_obj_keyv(o)[mid], &v);
        if (v < k) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The properties (a TsProps header, the values, the keys) are one block: a
 * small one while the object has few. An object literal's are in the
 * object's own block, right after its header (plain_new, marked
 * TS_SHAPE_OWN_PROPS): one allocation per object; growing moves them to a
 * block of their own. memory.c frees them with obj_free_props. */
#define PROPS_BYTES(cap) (sizeof(TsProps) + (size_t)(cap) * (sizeof(TsValue) + sizeof(TsString *)))

void obj_free_props(TsObject *o, TsProps *p) {
    if (!p) return;
    ts_dealloc(p->index);
    if (p != (TsProps *)(void *)(o + 1) || !(o->h.shape & TS_SHAPE_OWN_PROPS)) ts_free_small(p, PROPS_BYTES(p->cap));
}

/* An object without a layout, with room for n properties by key in its own
 * block: with their keys, or (shape TS_SHAPE_SHARED_KEYS) a pointer to them. */
static TsObject *own_props_new(uint32_t n, uint8_t shape) {
    size_t keys = shape & TS_SHAPE_SHARED_KEYS ? sizeof(TsString **) : n * sizeof(TsString *);
    TsObject *o = (TsObject *)ts_heap_new(sizeof(TsObject) + sizeof(TsProps) + n * sizeof(TsValue) + keys, TS_OBJECT);
    o->h.shape = shape;
    o->props = (TsProps *)(void *)(o + 1);
    o->props->cap = n;
    return o;
}

static TsObject *plain_new(uint32_t n) { return own_props_new(n, TS_SHAPE_OWN_PROPS); }

/* Room for cap properties by key. */
static TsProps *obj_reserve(TsObject *o, uint32_t cap) {
    TsProps *old = o->props, *p = (TsProps *)ts_alloc_small(PROPS_BYTES(cap));
    p->cap = cap;
    p->index_cap = 0;
    p->index = NULL;
    p->native = NULL;
    if (old) {
        p->index_cap = old->index_cap;
        p->index = old->index;
        p->native = old->native;
        old->index = NULL;
        memcpy(ts_props_vals(p), ts_props_vals(old), o->count * sizeof(TsValue));
        memcpy(ts_props_keys(p), ts_obj_keyv(o), o->count * sizeof(TsString *));
        obj_free_props(o, old);
    }
    o->h.shape &= (uint8_t)~TS_SHAPE_SHARED_KEYS; /* its keys are its own now */
    return o->props = p;
}

void ts_obj_set_native(TsObject *o, void *native) {
    if (o->props) o->props->native = native;
    else if (native) obj_reserve(o, 0)->native = native;
}

static uint32_t obj_insert(TsObject *o, TsString *key, TsValue v) {
    uint32_t pos = insert_pos(o, key);
    TsProps *p = o->props;
    TsString **keys;
    TsValue *vals;
    o->h.gc &= (uint8_t)~TS_GC_LEAF; /* the new property may close a cycle */
    if (!p || o->count == p->cap || (o->h.shape & TS_SHAPE_SHARED_KEYS))
        p = obj_reserve(o, p && p->cap ? p->cap * 2 : 4);
    keys = ts_props_keys(p);
    vals = ts_props_vals(p);
    if (pos < o->count) {
        memmove(keys + pos + 1, keys + pos, (o->count - pos) * sizeof(TsString *));
        memmove(vals + pos + 1, vals + pos, (o->count - pos) * sizeof(TsValue));
    }
    keys[pos] = ts_str_retain(key);
    ts_retain(v);
    vals[pos] = v;
    o->count++;
    if (o->count > INDEX_MIN_KEYS) {
        if (!p->index || pos + 1 != o->count || o->count * 2 > p->index_cap) index_rebuild(o);
        else index_add(o, pos);
    }
    return pos;
}

/* --------------------------------------------------------------- create */

/* Does an instance of cls keep C state (TsProps.native)? A runtime class's
 * does, and an error its position. */
static bool keeps_native(const TsClass *cls) {
    const TsClass *c;
    for (c = cls; c; c = c->parent)
        if (c->finalize) return true;
    return class_is_error(cls);
}

TsValue ts_obj_new(const TsClass *cls, uint32_t cap) {
    TsObject *o;
    if (cls && cls->layout) { /* an Error class has no layout */
        o = (TsObject *)ts_heap_new(cls->layout->size, TS_OBJECT);
        o->cls = cls;
        LAYOUT_OPS(cls)->init(o);
        if (cls->layout->flags & TS_CLASS_ACYCLIC) o->h.gc |= TS_GC_LEAF;
        if (cap) obj_reserve(o, cap);
        return ts_obj_v(o);
    }
    /* the properties in the object's own block when there will be some */
    if (class_is_error(cls) && !cap) cap = 4; /* message, stack... */
    o = cap || keeps_native(cls) ? plain_new(cap) : (TsObject *)ts_heap_new(sizeof(TsObject), TS_OBJECT);
    o->cls = cls;
    if (class_is_error(cls)) o->props->native = (void *)ts_loc; /* where the error was created */
    return ts_obj_v(o);
}

TsValue ts_obj_lit(int n, TsString *const *keys, const TsValue *vals) {
    TsValue o = ts_obj_v(plain_new((uint32_t)n));
    int i;
    for (i = 0; i < n; i++) ts_obj_set(o, keys[i], vals[i]);
    return o;
}

TsValue ts_obj_lit_distinct(int n, TsString *const *keys, const TsValue *vals) {
    TsObject *ob = own_props_new((uint32_t)n, TS_SHAPE_OWN_PROPS | TS_SHAPE_SHARED_KEYS);
    TsValue o = ts_obj_v(ob);
    TsValue *vv;
    int i;
    *(TsString ***)(void *)ts_props_keys(ob->props) = (TsString **)keys; /* read only while shared */
    vv = ts_obj_valv(ob);
    for (i = 0; i < n; i++) vv[i] = ts_dup(vals[i]);
    ob->count = (uint32_t)n;
    if (ob->count > INDEX_MIN_KEYS) index_rebuild(ob);
    return o;
}

/* ------------------------------------------------------------- get, set */

static void read_error(TsValue o, TsString *key) TS_NORETURN;
static void read_error(TsValue o, TsString *key) {
    ts_throw_error(TS_ERR_TYPE, "Cannot read properties of %s (reading '%s')", o.tag == TS_NULL ? "null" : "undefined",
                   key ? key->data : "undefined");
}

/* The accessor of that name along a class chain, or NULL. */
static const TsAccessor *class_find_accessor(const TsClass *cls, TsString *name) {
    for (; cls; cls = cls->parent) {
        int i;
        for (i = 0; i < cls->naccessors; i++)
            if (cls->accessors[i].name == name || ts_str_eq(cls->accessors[i].name, name)) return &cls->accessors[i];
    }
    return NULL;
}

/* A property o does not have: its class's getter (a setter alone reads
 * undefined); errors inherit name, message and stack. */
static TsValue get_missing(TsObject *o, TsString *key) {
    bool found;
    const TsAccessor *a;
    if (!o->cls) return ts_undefined();
    a = class_find_accessor(o->cls, key);
    if (a) return a->get ? ts_tmp(a->get(ts_obj_v(o), 0, NULL)) : ts_undefined();
    if (!class_is_error(o->cls)) return ts_undefined();
    return error_inherited(o, key, &found);
}

TsValue ts_obj_get(TsValue o, TsString *key) {
    uint32_t k;
    if (!key) key = ts_tmp_str(ts_str_from_cstr("undefined"));
    switch (o.tag) {
    case TS_OBJECT: {
        TsValue v;
        return own_get(o.u.obj, key, &v) ? v : get_missing(o.u.obj, key);
    }
    case TS_UNDEFINED:
    case TS_NULL: read_error(o, key);
    case TS_ARRAY:
        if (ts_str_eq(key, &s_length)) return ts_num(o.u.arr->len);
        if (str_is_index(key, &k)) return ts_arr_get(o, k);
        if (as_match(o)) {
            TsMatchArray *m = as_match(o);
            if (ts_str_eq(key, &s_groups)) return m->groups;
            if (ts_str_eq(key, &s_indices)) return m->indices;
            if (m->input && ts_str_eq(key, &s_index)) return ts_num(m->index);
            if (m->input && ts_str_eq(key, &s_input)) return ts_str_v(m->input);
        }
        break;
    case TS_STRING:
        if (ts_str_eq(key, &s_length)) return ts_num(o.u.str->len16);
        if (str_is_index(key, &k)) return ts_str_v(ts_tmp_str(ts_str_index(o.u.str, k)));
        break;
    case TS_FUNCTION:
        if (ts_str_eq(key, &s_name)) return ts_str_v(ts_tmp_str(ts_str_from_cstr(o.u.fn->name)));
        break;
    case TS_MAP:
    case TS_SET:
        if (ts_str_eq(key, &s_size)) return ts_num(ts_map_size(o));
        break;
    default: break;
    }
    return ts_undefined();
}

TsValue ts_obj_get_ic(TsValue o, TsString *key, TsPropCache *ic, const TsLoc *at) {
    if (o.tag == TS_OBJECT) {
        TsObject *ob = o.u.obj;
        long i;
        if (ic->slot < ob->count && ts_obj_keyv(ob)[ic->slot] == key) return slot_read(ob, ic->slot);
        if (ob->cls && ob->cls->layout) return ts_obj_get(o, key);
        i = obj_find(ob, key);
        if (i < 0) return get_missing(ob, key);
        ic->slot = (uint32_t)i;
        return slot_read(ob, (uint32_t)i);
    }
    ts_at(at);
    return ts_obj_get(o, key);
}

static long obj_set_slot(TsValue o, TsString *key, TsValue v) {
    uint32_t k;
    if (!key) key = ts_tmp_str(ts_str_from_cstr("undefined"));
    switch (o.tag) {
    case TS_OBJECT: {
        TsObject *ob = o.u.obj;
        long i = ob->cls && ob->cls->layout ? LAYOUT_OPS(ob->cls)->find(ob->cls, key) : -1;
        const TsAccessor *a;
        if (i >= 0) {
            LAYOUT_OPS(ob->cls)->set(ob, (uint32_t)i, v);
            return -1;
        }
        i = obj_find(ob, key);
        if (i >= 0) {
            slot_write(ob, &ts_obj_valv(ob)[i], v);
            return i;
        }
        a = ob->cls ? class_find_accessor(ob->cls, key) : NULL;
        if (a) {
            /* a getter alone ignores the write, as in sloppy JavaScript (tsc refuses it) */
            if (a->set) a->set(o, 1, &v);
            return -1;
        }
        return (long)obj_insert(ob, key, v);
    }
    case TS_UNDEFINED:
    case TS_NULL:
        ts_throw_error(TS_ERR_TYPE, "Cannot set properties of %s (setting '%s')",
                       o.tag == TS_NULL ? "null" : "undefined", key->data);
    case TS_ARRAY:
        if (ts_str_eq(key, &s_length)) ts_arr_set_length(o, ts_to_number(v));
        else if (str_is_index(key, &k)) ts_arr_set(o, k, v);
        break;
    default: break; /* primitives ignore writes */
    }
    return -1;
}

void ts_obj_set(TsValue o, TsString *key, TsValue v) { obj_set_slot(o, key, v); }

void ts_obj_add_new(TsValue o, TsString *key, TsValue v) { obj_insert(o.u.obj, key, v); }

void ts_obj_set_ic(TsValue o, TsString *key, TsValue v, TsPropCache *ic, const TsLoc *at) {
    long i;
    if (o.tag == TS_OBJECT) {
        TsObject *ob = o.u.obj;
        if (ic->slot < ob->count && ts_obj_keyv(ob)[ic->slot] == key) {
            slot_write(ob, &ts_obj_valv(ob)[ic->slot], v);
            return;
        }
    } else {
        ts_at(at);
    }
    i = obj_set_slot(o, key, v);
    if (i >= 0) ic->slot = (uint32_t)i;
}

TsValue ts_obj_get_at(TsValue o, TsString *key, const TsLoc *at) {
    if (o.tag != TS_OBJECT) ts_at(at);
    return ts_obj_get(o, key);
}

TsValue ts_obj_get_v_at(TsValue o, TsValue key, const TsLoc *at) {
    if (o.tag != TS_OBJECT) ts_at(at);
    return ts_obj_get_v(o, key);
}

void ts_obj_set_at(TsValue o, TsString *key, TsValue v, const TsLoc *at) {
    if (o.tag != TS_OBJECT) ts_at(at);
    ts_obj_set(o, key, v);
}

void ts_obj_set_v_at(TsValue o, TsValue key, TsValue v, const TsLoc *at) {
    if (o.tag != TS_OBJECT) ts_at(at);
    ts_obj_set_v(o, key, v);
}

bool ts_obj_has(TsValue o, TsString *key) {
    uint32_t k;
    switch (o.tag) {
    case TS_OBJECT: {
        bool inherited = false;
        if (field_of(o.u.obj, key) >= 0 || obj_find(o.u.obj, key) >= 0) return true;
        if (o.u.obj->cls && class_find_accessor(o.u.obj->cls, key)) return true;
        if (class_is_error(o.u.obj->cls)) error_inherited(o.u.obj, key, &inherited);
        return inherited;
    }
    case TS_ARRAY:
        if (ts_str_eq(key, &s_length)) return true;
        return str_is_index(key, &k) && k < o.u.arr->len && !ts_is_hole(arr_item(o.u.arr, k));
    case TS_FUNCTION: return ts_str_eq(key, &s_name) || ts_str_eq(key, &s_length);
    case TS_MAP:
    case TS_SET: return ts_str_eq(key, &s_size);
    default: {
        TsString *s = ts_tmp_str(ts_inspect(o));
        ts_throw_error(TS_ERR_TYPE, "Cannot use 'in' operator to search for '%s' in %s", key ? key->data : "undefined",
                       s->data);
    }
    }
}

bool ts_obj_delete(TsValue o, TsString *key) {
    TsObject *ob;
    long i;
    uint32_t k;
    if (o.tag == TS_ARRAY) {
        if (str_is_index(key, &k) && k < o.u.arr->len) ts_arr_set(o, k, ts_undefined());
        return true;
    }
    if (ts_is_nullish(o)) ts_throw_error(TS_ERR_TYPE, "Cannot convert undefined or null to object");
    if (o.tag != TS_OBJECT) return true;
    ob = o.u.obj;
    if (field_of(ob, key) >= 0) /* a field of a fixed layout stays, as a non-configurable property would */
        ts_throw_error(TS_ERR_TYPE, "Cannot delete property '%s' of #<%s>", key->data, ob->cls->name);
    i = obj_find(ob, key);
    if (i >= 0) {
        TsString **keys, *oldk;
        TsValue *vals, oldv;
        if (ob->h.shape & TS_SHAPE_SHARED_KEYS) obj_reserve(ob, ob->props->cap); /* its keys change */
        keys = ts_obj_keyv(ob);
        vals = ts_obj_valv(ob);
        oldk = keys[i];
        oldv = vals[i];
        ob->count--;
        memmove(keys + i, keys + i + 1, (ob->count - (uint32_t)i) * sizeof(TsString *));
        memmove(vals + i, vals + i + 1, (ob->count - (uint32_t)i) * sizeof(TsValue));
        if (ob->props->index) index_rebuild(ob);
        ts_str_release(oldk);
        ts_release(oldv);
    }
    return true;
}

/* ------------------------------------------------------ keys and values */

enum {
    KEYS,
    VALUES,
    ENTRIES
};

static TsValue pair(TsValue a, TsValue b) {
    TsValue items[2];
    items[0] = a;
    items[1] = b;
    return ts_arr_of(2, items);
}

static TsValue enumerate(TsValue o, int what) {
    TsValue r;
    uint32_t i;
    if (ts_is_nullish(o)) ts_throw_error(TS_ERR_TYPE, "Cannot convert undefined or null to object");
    r = ts_arr_new(0);
    if (o.tag == TS_OBJECT) {
        TsObject *ob = o.u.obj;
        uint32_t n = obj_nprops(ob);
        for (i = 0; i < n; i++) {
            TsString *ks;
            TsValue k, v;
            obj_prop(ob, i, &ks, &v);
            if (!key_enumerable(ks)) continue;
            k = ts_str_v(ks);
            if (what == KEYS) {
                ts_arr_push(r, k);
            } else if (what == VALUES) {
                ts_arr_push(r, accessor_read(ob, v));
            } else {
                TsValue p = pair(k, accessor_read(ob, v));
                ts_arr_push(r, p);
                ts_release(p);
            }
        }
    } else if (o.tag == TS_ARRAY || o.tag == TS_STRING) {
        uint32_t n = o.tag == TS_ARRAY ? o.u.arr->len : o.u.str->len16;
        for (i = 0; i < n; i++) {
            TsString *ks = what == VALUES ? NULL : ts_num_to_str(i);
            TsValue v = o.tag == TS_ARRAY ? arr_item(o.u.arr, i) : ts_str_v(ts_str_index(o.u.str, i));
            if (ts_is_hole(v)) { /* a hole is no property */
                ts_str_release(ks);
                continue;
            }
            if (what == KEYS) {
                ts_arr_push(r, ts_str_v(ks));
            } else if (what == VALUES) {
                ts_arr_push(r, v);
            } else {
                TsValue p = pair(ts_str_v(ks), v);
                ts_arr_push(r, p);
                ts_release(p);
            }
            if (o.tag == TS_STRING) ts_release(v);
            ts_str_release(ks);
        }
    }
    return r;
}

TsValue ts_obj_keys(TsValue o) { return enumerate(o, KEYS); }
TsValue ts_obj_values(TsValue o) { return enumerate(o, VALUES); }
TsValue ts_obj_entries(TsValue o) { return enumerate(o, ENTRIES); }

void ts_obj_assign(TsValue target, TsValue src) {
    uint32_t i;
    if (ts_is_nullish(target)) ts_throw_error(TS_ERR_TYPE, "Cannot convert undefined or null to object");
    if (src.tag == TS_OBJECT) {
        TsObject *s = src.u.obj;
        uint32_t n = obj_nprops(s);
        for (i = 0; i < n; i++) {
            TsString *k;
            TsValue v;
            obj_prop(s, i, &k, &v);
            if (key_enumerable(k)) ts_obj_set(target, k, accessor_read(s, v));
        }
    } else if (src.tag == TS_ARRAY || src.tag == TS_STRING) {
        TsValue entries = enumerate(src, ENTRIES);
        TsArray *e = entries.u.arr;
        for (i = 0; i < e->len; i++) {
            TsArray *p = arr_item(e, i).u.arr;
            ts_obj_set(target, arr_item(p, 0).u.str, arr_item(p, 1));
        }
        ts_release(entries);
    }
}

void throw_not_iterable(TsValue v) {
    TsString *s;
    if (ts_is_nullish(v)) ts_throw_error(TS_ERR_TYPE, "%s is not iterable", v.tag == TS_NULL ? "null" : "undefined");
    if (v.tag >= TS_ARRAY)
        ts_throw_error(TS_ERR_TYPE, "object is not iterable (cannot read property Symbol(Symbol.iterator))");
    s = ts_tmp_str(ts_to_string(v));
    ts_throw_error(TS_ERR_TYPE, "%s %s is not iterable (cannot read property Symbol(Symbol.iterator))",
                   ts_typeof(v)->data, s->data);
}

TsValue ts_obj_from_entries(TsValue entries) {
    TsValue r, list;
    size_t rm = ts_roots_mark();
    uint32_t i;
    if (entries.tag != TS_ARRAY && entries.tag != TS_MAP) throw_not_iterable(entries);
    r = ts_obj_new(NULL, 0);
    list = entries.tag == TS_MAP ? ts_map_entries(entries) : ts_dup(entries);
    ts_root_val(&r);
    ts_root_val(&list);
    for (i = 0; i < list.u.arr->len; i++) {
        TsValue e = arr_item(list.u.arr, i);
        TsValue k, v;
        if (e.tag < TS_ARRAY) {
            TsString *s = ts_tmp_str(ts_to_string(e));
            ts_throw_error(TS_ERR_TYPE, "Iterator value %s is not an entry object", s->data);
        }
        k = ts_obj_get_v(e, ts_num(0));
        v = ts_obj_get_v(e, ts_num(1));
        ts_obj_set_v(r, k, v);
    }
    ts_release(list);
    ts_roots_pop(rm);
    return r;
}

/* ------------------------------------------------------ computed access */

TsValue ts_obj_get_v(TsValue o, TsValue key) {
    TsString *k;
    TsValue r;
    if (key.tag == TS_NUMBER) {
        if (o.tag == TS_ARRAY) return ts_arr_get(o, key.u.num);
        if (o.tag == TS_STRING) return ts_str_v(ts_tmp_str(ts_str_index(o.u.str, key.u.num)));
    }
    if (ts_is_nullish(o)) {
        k = ts_tmp_str(ts_to_string(key));
        read_error(o, k);
    }
    k = ts_to_string(key);
    r = ts_obj_get(o, k);
    ts_str_release(k);
    return r;
}

void ts_obj_set_v(TsValue o, TsValue key, TsValue v) {
    TsString *k;
    if (key.tag == TS_NUMBER && o.tag == TS_ARRAY) {
        ts_arr_set(o, key.u.num, v);
        return;
    }
    k = ts_to_string(key);
    ts_tmp_str(k);
    ts_obj_set(o, k, v);
}

/* -------------------------------------------------------------- methods */

const TsMethod *class_find_method(const TsClass *cls, TsString *name) {
    for (; cls; cls = cls->parent) {
        int i;
        for (i = 0; i < cls->nmethods; i++)
            if (cls->methods[i].name == name || ts_str_eq(cls->methods[i].name, name)) return &cls->methods[i];
    }
    return NULL;
}

TsValue ts_call_method(TsValue recv, TsString *name, int argc, const TsValue *argv) {
    return ts_call_method_as(recv, name, name->data, argc, argv);
}

TsValue ts_call_method_as(TsValue recv, TsString *name, const char *text, int argc, const TsValue *argv) {
    if (recv.tag == TS_OBJECT) {
        TsObject *o = recv.u.obj;
        TsValue own = obj_get_own(o, name);
        if (own.tag == TS_FUNCTION) return ts_call_on(own, recv, argc, argv);
        if (own.tag == TS_UNDEFINED && o->cls) {
            const TsMethod *m = class_find_method(o->cls, name);
            if (m) return m->fn(recv, argc, argv);
        }
    } else if (ts_is_nullish(recv)) {
        read_error(recv, name);
    } else if (ts_str_eq(name, &s_tostring)) {
        return ts_str_v(ts_to_string(recv));
    }
    ts_throw_error(TS_ERR_TYPE, "%s is not a function", text);
}

TsValue ts_call_method_v(TsValue recv, TsValue key, const char *text, int argc, const TsValue *argv) {
    TsValue fn = ts_obj_get_v(recv, key);
    if (fn.tag != TS_FUNCTION) ts_throw_error(TS_ERR_TYPE, "%s is not a function", text);
    return ts_call_on(fn, recv, argc, argv);
}

const char *ts_class_shown_name(const TsClass *cls) {
    for (; cls; cls = cls->parent)
        if (cls->name[0]) return cls->name;
    return NULL;
}

TsString *ts_ctor_name(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED:
    case TS_NULL:
        ts_throw_error(TS_ERR_TYPE, "Cannot read properties of %s (reading 'constructor')",
                       v.tag == TS_NULL ? "null" : "undefined");
        return NULL; /* not reached */
    case TS_BOOL: return ts_str_from_cstr("Boolean");
    case TS_NUMBER: return ts_str_from_cstr("Number");
    case TS_STRING: return ts_str_from_cstr("String");
    case TS_ARRAY: return ts_str_from_cstr("Array");
    case TS_FUNCTION: return ts_str_from_cstr("Function");
    case TS_MAP: return ts_str_from_cstr("Map");
    case TS_SET: return ts_str_from_cstr("Set");
    default: return ts_str_from_cstr(v.u.obj->cls ? v.u.obj->cls->name : "Object");
    }
}

bool ts_instance_of(TsValue v, const TsClass *cls) {
    const TsClass *c;
    if (v.tag != TS_OBJECT) return false;
    for (c = v.u.obj->cls; c; c = c->parent)
        if (c == cls) return true;
    return false;
}
