/* layout.c - the fields of classes with a fixed layout (tsfw.h, TsField),
 * seen by the generic runtime as the object's own properties: get and set by
 * key, enumeration in JS order, boxing without allocation. */
#include <string.h>

#include "rt_internal.h"

static void *slot(TsObject *o, const TsField *f) { return (char *)o + f->offset; }

long layout_find(const TsClass *c, TsString *key) {
    uint32_t i;
    for (i = 0; i < c->layout->nfields; i++)
        if (c->layout->fields[i].name == key) return (long)i;
    for (i = 0; i < c->layout->nfields; i++)
        if (ts_str_eq(c->layout->fields[i].name, key)) return (long)i;
    return -1;
}

TsValue layout_get(TsObject *o, const TsField *f) {
    switch (f->kind) {
    case TS_FIELD_NUM: {
        double d = *(double *)slot(o, f);
        return ts_num_is_undef(d) ? ts_undefined() : ts_num(d);
    }
    case TS_FIELD_BOOL: {
        uint8_t b = *(uint8_t *)slot(o, f);
        return b == TS_FIELD_BOOL_UNDEF ? ts_undefined() : ts_bool(b == 1);
    }
    case TS_FIELD_STR: return ts_str_v(*(TsString **)slot(o, f));
    case TS_FIELD_OBJ: {
        TsObject *x = *(TsObject **)slot(o, f);
        return x == NULL ? ts_null() : x == TS_FIELD_OBJ_UNDEF ? ts_undefined() : ts_obj_v(x);
    }
    default: return *(TsValue *)slot(o, f);
    }
}

static const char *kind_noun(uint32_t kind) {
    switch (kind) {
    case TS_FIELD_NUM: return "number";
    case TS_FIELD_BOOL: return "boolean";
    case TS_FIELD_STR: return "string";
    default: return "object or null";
    }
}

void layout_set(TsObject *o, uint32_t i, TsValue v) {
    const TsField *f = &o->cls->layout->fields[i];
    bool undef = v.tag == TS_UNDEFINED;
    switch (f->kind) {
    case TS_FIELD_NUM:
        if (v.tag != TS_NUMBER && !undef) break;
        *(double *)slot(o, f) = undef ? ts_undef_num() : v.u.num;
        goto defined;
    case TS_FIELD_BOOL:
        if (v.tag != TS_BOOL && !undef) break;
        *(uint8_t *)slot(o, f) = undef ? TS_FIELD_BOOL_UNDEF : (uint8_t)v.u.b;
        goto defined;
    case TS_FIELD_STR:
        if (v.tag != TS_STRING && !undef) break;
        ts_assign_str((TsString **)slot(o, f), undef ? NULL : v.u.str);
        goto defined;
    case TS_FIELD_OBJ: {
        TsObject **p = (TsObject **)slot(o, f), *old = *p;
        if (v.tag != TS_OBJECT && v.tag != TS_NULL && !undef) break;
        *p = v.tag == TS_OBJECT ? v.u.obj : undef ? TS_FIELD_OBJ_UNDEF : NULL;
        if (v.tag == TS_OBJECT) ts_heap_retain(&v.u.obj->h);
        if (old && old != TS_FIELD_OBJ_UNDEF) ts_heap_release(&old->h);
        goto defined;
    }
    default: ts_assign((TsValue *)slot(o, f), v); goto defined;
    }
    ts_throw_error(TS_ERR_TYPE, "Cannot store %s in '%s' of %s: the class declares it %s", ts_typeof(v)->data,
                   f->name->data, o->cls->name, kind_noun(f->kind));
defined:
    if (o->live <= i) o->live = i + 1;
}

/* The traced object a field references, or NULL. */
static TsHeap *traced_field(TsObject *o, const TsField *f) {
    TsHeap *h = NULL;
    if (f->kind == TS_FIELD_OBJ) {
        TsObject *x = *(TsObject **)slot(o, f);
        h = x && x != TS_FIELD_OBJ_UNDEF ? &x->h : NULL;
    } else if (f->kind == TS_FIELD_VAL) {
        TsValue *v = (TsValue *)slot(o, f);
        h = v->tag > TS_STRING ? v->u.h : NULL;
    }
    return h && h->rc != TS_RC_IMMORTAL ? h : NULL;
}

void layout_children(TsObject *o, void (*fn)(TsHeap *)) {
    const TsLayout *l = o->cls->layout;
    uint32_t i;
    for (i = 0; i < l->nfields; i++) {
        TsHeap *h = traced_field(o, &l->fields[i]);
        if (h) fn(h);
    }
}

/* Dispatches on each field's kind directly: a dead tree releases every
 * inner node's fields here. A field is cleared before its value is released,
 * so that a finalizer run by the release never sees a freed reference. */
void layout_release(TsObject *o, bool all) {
    const TsLayout *l = o->cls->layout;
    const TsField *f = l->fields, *end = f + l->nfields;
    for (; f < end; f++) {
        void *p = slot(o, f);
        switch (f->kind) {
        case TS_FIELD_STR: { /* never traced: always released here */
            TsString *s = *(TsString **)p;
            *(TsString **)p = NULL;
            ts_str_release(s);
            break;
        }
        case TS_FIELD_OBJ: {
            TsObject *x = *(TsObject **)p;
            if (!x || x == TS_FIELD_OBJ_UNDEF) break;
            if (!all && x->h.rc != TS_RC_IMMORTAL) break; /* traced: the collector accounted for it */
            *(TsObject **)p = TS_FIELD_OBJ_UNDEF;
            if (x->h.rc == TS_RC_IMMORTAL) break;
            if (--x->h.rc == 0) ts_free_heap(&x->h); /* a dead tree's child: queued, freed by the caller's loop */
            else if (!(x->h.gc & TS_GC_LEAF)) ts_heap_released(&x->h);
            break;
        }
        case TS_FIELD_VAL: {
            TsValue v = *(TsValue *)p;
            if (v.tag < TS_STRING) break;
            if (!all && v.tag > TS_STRING && v.u.h->rc != TS_RC_IMMORTAL) break;
            *(TsValue *)p = ts_undefined();
            ts_release(v);
            break;
        }
        default: break; /* numbers and booleans */
        }
    }
}

/* o comes zeroed from ts_heap_new: a string field is already NULL and a value
 * field undefined (TS_UNDEFINED is 0); the other kinds get their marker. */
void layout_init(TsObject *o) {
    const TsField *f = o->cls->layout->fields, *end = f + o->cls->layout->nfields;
    for (; f < end; f++) {
        switch (f->kind) {
        case TS_FIELD_NUM: *(double *)slot(o, f) = ts_undef_num(); break;
        case TS_FIELD_BOOL: *(uint8_t *)slot(o, f) = TS_FIELD_BOOL_UNDEF; break;
        case TS_FIELD_OBJ: *(TsObject **)slot(o, f) = TS_FIELD_OBJ_UNDEF; break;
        default: break;
        }
    }
}

/* Can o be part of a reference cycle now? Not when it references no object
 * that the collector traces: a cycle becomes garbage when the last reference
 * from outside it goes, and that decrement reaches a member of the cycle,
 * which references the next member. A leaf class (TS_CLASS_ACYCLIC) never
 * does through its fields; the leaves of a tree have null children. */
bool layout_may_cycle(TsObject *o) {
    const TsLayout *l = o->cls ? o->cls->layout : NULL;
    uint32_t i;
    if (!l || o->count > 0) return true;
    if (l->flags & TS_CLASS_ACYCLIC) return false;
    for (i = 0; i < l->nfields; i++) {
        TsValue v = l->fields[i].kind >= TS_FIELD_OBJ ? layout_get(o, &l->fields[i]) : ts_undefined();
        if (v.tag > TS_STRING && v.u.h->rc != TS_RC_IMMORTAL) return true;
    }
    return false;
}

char *ts_layout_slow(TsValue o, const TsClass *cls) {
    const TsClass *c;
    if (o.tag != TS_OBJECT) return NULL;
    for (c = o.u.obj->cls; c; c = c->parent)
        if (c == cls) return (char *)o.u.obj;
    return NULL;
}

void ts_inst_set_key(TsValue self, TsString *key, TsValue v) {
    volatile TsValue rooted = self;
    size_t rm = ts_roots_mark();
    ts_root_val(&rooted);
    ts_fld_set_key(self, key, v, NULL);
    ts_roots_pop(rm);
}

TsValue ts_fld_get_key(TsValue o, TsString *key, const TsLoc *at) {
    ts_at(at);
    return ts_obj_get(o, key);
}

void ts_fld_set_key(TsValue o, TsString *key, TsValue v, const TsLoc *at) {
    ts_at(at);
    ts_obj_set(o, key, v);
}

/* ----------------------------------------------------------- enumeration */

static uint32_t live_fields(TsObject *o) { return o->cls && o->cls->layout ? o->live : 0; }

uint32_t obj_nprops(TsObject *o) { return o->count + live_fields(o); }

/* How many of o's own keys are integer-like (they come first). */
static uint32_t index_keys(TsObject *o) {
    uint32_t lo = 0, hi = o->count, mid, k;
    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        if (str_is_index(ts_obj_keyv(o)[mid], &k)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

void obj_prop(TsObject *o, uint32_t i, TsString **key, TsValue *val) {
    uint32_t nf = live_fields(o), before = nf ? index_keys(o) : o->count;
    if (i >= before && i < before + nf) {
        const TsField *f = &o->cls->layout->fields[i - before];
        *key = f->name;
        *val = LAYOUT_OPS(o->cls)->get(o, f);
        return;
    }
    if (i >= before) i -= nf;
    *key = ts_obj_keyv(o)[i];
    *val = obj_slot_value(o, i);
}

const struct TsLayoutOps ts_layout_ops = {layout_find,    layout_get,  layout_set,      layout_children,
                                          layout_release, layout_init, layout_may_cycle};
