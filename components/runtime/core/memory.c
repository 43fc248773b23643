/* memory.c - allocation, reference counting, the temp stack and the
 * cycle collector.
 *
 * Cycle collection follows Bacon & Rajan, "Concurrent Cycle Collection in
 * Reference Counted Systems" (2001), synchronous variant: an object whose
 * count drops to a non-zero value may be the last external reference into a
 * garbage cycle, so it is buffered as a candidate root. Collection then
 *   1. mark-gray: subtracts the counts contributed by references internal to
 *      the subgraphs reachable from the candidates;
 *   2. scan: whatever still has a positive count is reachable from outside
 *      and is restored (scan-black); the rest turns white;
 *   3. collect-white: white objects are garbage and are freed.
 * Strings cannot form cycles and are never traced; immortal objects neither.
 * All traversals use explicit stacks so that long lists do not overflow the
 * C stack (the runtime also targets small microcontrollers). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"
#include "../port/port.h"

enum {
    BLACK = 0,
    GRAY = 1,
    WHITE = 2,
    PURPLE = 3,
    COLOUR_MASK = 3,
    BUFFERED = 4,
    DEAD = 8 /* count reached 0 while buffered: memory freed by the collector */
};

/* Candidate roots that trigger a collection (each costs a pointer). */
#ifndef TS_GC_THRESHOLD
#if PORT_SMALL_RAM
#define TS_GC_THRESHOLD 1000 /* microcontrollers: little RAM */
#else
#define TS_GC_THRESHOLD 10000
#endif
#endif

/* A growable stack of heap pointers. */
typedef struct PtrStack {
    TsHeap **items;
    size_t len;
    size_t cap;
} PtrStack;

static void ps_grow(PtrStack *s) {
    s->cap = s->cap ? s->cap * 2 : 64;
    s->items = (TsHeap **)ts_realloc(s->items, s->cap * sizeof(TsHeap *));
}

static inline void ps_push(PtrStack *s, TsHeap *h) {
    if (s->len == s->cap) ps_grow(s);
    s->items[s->len++] = h;
}

static void ps_free(PtrStack *s) {
    ts_dealloc(s->items);
    s->items = NULL;
    s->len = s->cap = 0;
}

/* Candidates that trigger a collection: at least TS_GC_THRESHOLD, and at
 * least as many as the objects the last collection found alive, so that
 * large live structures are not re-traversed over and over (the cost per
 * candidate stays constant, and garbage stays proportional to live data). */
static size_t gc_threshold = TS_GC_THRESHOLD;
static size_t grayed;
static PtrStack roots;        /* candidate cycle roots */
static PtrStack pending_free; /* objects whose count reached 0 */
static bool freeing;
static PtrStack work, work2, garbage;

/* ------------------------------------------------------------ allocation */

void *ts_alloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("FATAL: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *ts_realloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("FATAL: out of memory\n", stderr);
        abort();
    }
    return q;
}

void ts_dealloc(void *p) { free(p); }

/* Small blocks: size classes POOL_GRAIN bytes apart up to TS_SMALL_MAX, each
 * with a free list of the blocks given back, taken again before a new block
 * is made. Where the new blocks come from depends on the machine:
 *   - On a device (PORT_SMALL_RAM), each is its own malloc block, and the
 *     lists together keep at most TS_POOL_BYTES: past that a block goes back
 *     to malloc, so that a burst of frees leaves the memory to the network
 *     stack and the other tasks.
 *   - Elsewhere (TS_POOL_SLABS), blocks are carved from 64 KB slabs: no
 *     malloc header per block (16 bytes on glibc, half a 32-byte object) and
 *     no malloc call. A block freed goes back to its list, never to malloc;
 *     the slabs are freed at exit.
 * Sanitizer builds define TS_ALLOC_DIRECT: no pools, every block goes to
 * malloc and free, so that ASan and valgrind still catch a use after free
 * and a leak of one block. */

#ifndef TS_POOL_SLABS
#define TS_POOL_SLABS (!PORT_SMALL_RAM)
#endif

#ifndef TS_POOL_BYTES
#if PORT_SMALL_RAM
#define TS_POOL_BYTES 1024
#else
#define TS_POOL_BYTES (32 * 1024 * 1024)
#endif
#endif

#define POOL_GRAIN   TS_POOL_GRAIN
#define POOL_CLASSES (TS_SMALL_MAX / POOL_GRAIN)

typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;

TsPools ts_pools;

/* The class of an n-byte block (1..POOL_CLASSES), 0 when too large. */
static unsigned pool_class(size_t n) {
#ifdef TS_ALLOC_DIRECT
    (void)n;
    return 0;
#else
    return n > TS_SMALL_MAX ? 0 : (unsigned)((n + POOL_GRAIN - 1) / POOL_GRAIN + (n == 0));
#endif
}

#if TS_POOL_SLABS
#define SLAB_BYTES (64 * 1024)

/* A slab: this header (one grain, so that blocks keep malloc's alignment),
 * then blocks carved in order. */
typedef union Slab {
    union Slab *next;
    char grain[POOL_GRAIN];
} Slab;

static struct {
    Slab *all;
    char *next, *end; /* the part of the newest slab not carved yet */
} slabs;

static void *new_block(size_t n) {
    char *p;
    if ((size_t)(slabs.end - slabs.next) < n) {
        Slab *s = (Slab *)ts_alloc(SLAB_BYTES);
        s->next = slabs.all;
        slabs.all = s;
        slabs.next = (char *)(s + 1);
        slabs.end = (char *)s + SLAB_BYTES;
    }
    p = slabs.next;
    slabs.next += n;
    return p;
}
#else
static void *new_block(size_t n) { return ts_alloc(n); }
#endif

static void *pool_take(unsigned c) {
    FreeBlock *b = (FreeBlock *)ts_pools.free[c];
    if (!b) return new_block((size_t)c * POOL_GRAIN);
    ts_pools.free[c] = b->next;
    ts_pools.kept -= (size_t)c * POOL_GRAIN;
    return b;
}

static void pool_give(void *p, unsigned c) {
    FreeBlock *b = (FreeBlock *)p;
    if (!TS_POOL_SLABS && ts_pools.kept + (size_t)c * POOL_GRAIN > TS_POOL_BYTES) {
        free(p);
        return;
    }
    b->next = ts_pools.free[c];
    ts_pools.free[c] = b;
    ts_pools.kept += (size_t)c * POOL_GRAIN;
}

void *ts_alloc_small(size_t n) {
    unsigned c = pool_class(n);
    return c ? pool_take(c) : ts_alloc(n);
}

void ts_free_small(void *p, size_t n) {
    unsigned c = pool_class(n);
    if (!p) return;
    if (c) pool_give(p, c);
    else free(p);
}

size_t ts_pool_kept(void) { return ts_pools.kept; }

void ts_pool_trim(void) {
    unsigned c;
    for (c = 1; c <= POOL_CLASSES; c++) {
        while (ts_pools.free[c]) {
            FreeBlock *b = (FreeBlock *)ts_pools.free[c];
            ts_pools.free[c] = b->next;
            if (!TS_POOL_SLABS) free(b);
        }
    }
    ts_pools.kept = 0;
#if TS_POOL_SLABS
    while (slabs.all) {
        Slab *s = slabs.all;
        slabs.all = s->next;
        free(s);
    }
    slabs.next = slabs.end = NULL;
#endif
}

void *ts_heap_new(size_t size, TsTag kind) {
    unsigned c = pool_class(size);
    TsHeap *h = (TsHeap *)(c ? pool_take(c) : ts_alloc(size));
    memset(h, 0, size);
    h->rc = 1;
    h->kind = (uint8_t)kind;
    h->gc = BLACK;
    h->pool = (uint8_t)c;
    ts_pools.live++;
    return h;
}

static inline void heap_free_mem(TsHeap *h) {
    if (h->kind == TS_STRING) str_forget_cache((TsString *)h);
    if (!(h->gc & DEAD)) ts_pools.live--;
    if (h->pool) pool_give(h, h->pool);
    else free(h);
}

void ts_heap_free_mem(TsHeap *h) { heap_free_mem(h); }

size_t ts_live_objects(void) { return ts_pools.live; }

/* ------------------------------------------------------------- children */

/* Is v a reference the collector traces? */
static bool traced(TsValue v) { return v.tag > TS_STRING && v.u.h->rc != TS_RC_IMMORTAL; }

/* set by map.c */
bool (*ts_map_entry)(const TsMap *m, uint32_t i, TsValue *k, TsValue *v);
void (*ts_map_drop)(TsMap *m, bool all, void (*drop)(TsValue v, bool all));

/* Calls fn on every traced child of h. */
static void for_each_traced(TsHeap *h, void (*fn)(TsHeap *)) {
    uint32_t i;
    switch (h->kind) {
    case TS_ARRAY: {
        TsArray *a = (TsArray *)h;
        for (i = 0; a->elems == TS_ELEMS_VAL && i < a->len; i++)
            if (traced(a->e.items[i])) fn(a->e.items[i].u.h);
        if (h->shape == TS_SHAPE_MATCH) {
            TsMatchArray *m = (TsMatchArray *)h;
            if (traced(m->groups)) fn(m->groups.u.h);
            if (traced(m->indices)) fn(m->indices.u.h);
        }
        break;
    }
    case TS_OBJECT: {
        TsObject *o = (TsObject *)h;
        for (i = 0; i < o->count; i++)
            if (traced(ts_obj_valv(o)[i])) fn(ts_obj_valv(o)[i].u.h);
        if (o->cls && o->cls->layout) LAYOUT_OPS(o->cls)->children(o, fn);
        break;
    }
    case TS_FUNCTION: {
        TsFunc *f = (TsFunc *)h;
        for (i = 0; i < f->ncaps; i++)
            if (traced(f->caps[i])) fn(f->caps[i].u.h);
        break;
    }
    case TS_BOX: {
        TsBox *b = (TsBox *)h;
        if (traced(b->v)) fn(b->v.u.h);
        break;
    }
    case TS_MAP:
    case TS_SET: {
        TsMap *m = (TsMap *)h;
        TsValue k, v;
        if (m->key_kind != TS_MAP_VAL && (!m->vals || m->val_kind != TS_MAP_VAL)) break; /* no object in it */
        for (i = 0; i < m->used; i++) {
            if (!ts_map_entry(m, i, &k, &v)) continue;
            if (traced(k)) fn(k.u.h);
            if (m->vals && traced(v)) fn(v.u.h);
        }
        break;
    }
    default: break;
    }
}

/* Releases h's children (all of them, or only the untraced ones when the
 * collector has already accounted for the traced ones) and frees h's
 * internal buffers. h's own struct stays. */
static void drop_value(TsValue v, bool all) {
    if (v.tag < TS_STRING) return;
    if (all || !traced(v)) ts_release(v);
}

static void release_children(TsHeap *h, bool all) {
    uint32_t i;
    switch (h->kind) {
    case TS_ARRAY: {
        TsArray *a = (TsArray *)h;
        TsArray storage = *a; /* a is emptied before its items are dropped */
        uint32_t n = a->elems == TS_ELEMS_VAL || a->elems == TS_ELEMS_STR ? a->len : 0;
        a->e.items = NULL;
        a->len = a->cap = 0;
        for (i = 0; i < n; i++) drop_value(arr_item(&storage, i), all);
        arr_free_items(&storage);
        if (h->shape == TS_SHAPE_MATCH) {
            TsMatchArray *m = (TsMatchArray *)h;
            ts_str_release(m->input);
            m->input = NULL;
            drop_value(m->groups, all);
            drop_value(m->indices, all);
            m->groups = m->indices = ts_undefined();
        }
        break;
    }
    case TS_OBJECT: {
        TsObject *o = (TsObject *)h;
        uint32_t n = o->count;
        TsProps *p = o->props;
        const TsClass *c;
        for (c = o->cls; c; c = c->parent) {
            if (c->finalize) {
                c->finalize(o);
                break;
            }
        }
        if (p) { /* properties by key: all of a plain object's, an instance's added ones */
            TsString **keys = ts_obj_keyv(o);
            TsValue *vals = ts_props_vals(p);
            bool own_keys = !(o->h.shape & TS_SHAPE_SHARED_KEYS); /* shared ones are immortal */
            o->props = NULL;
            o->count = 0;
            for (i = 0; i < n; i++) {
                if (own_keys) ts_str_release(keys[i]);
                drop_value(vals[i], all);
            }
            obj_free_props(o, p);
        }
        if (o->cls && o->cls->layout) LAYOUT_OPS(o->cls)->release(o, all);
        break;
    }
    case TS_FUNCTION: {
        TsFunc *f = (TsFunc *)h;
        uint32_t n = f->ncaps;
        f->ncaps = 0;
        for (i = 0; i < n; i++) drop_value(f->caps[i], all);
        break;
    }
    case TS_BOX: {
        TsBox *b = (TsBox *)h;
        TsValue v = b->v;
        b->v = ts_undefined();
        drop_value(v, all);
        break;
    }
    case TS_MAP:
    case TS_SET: {
        ts_map_drop((TsMap *)h, all, drop_value);
        break;
    }
    default: break;
    }
}

/* -------------------------------------------------------- reference counts */

static void possible_root(TsHeap *h);

/* release_children(h, true) for an instance of a layout with no properties
 * by key, of a class without a finalizer (a class of the app: a dead tree's
 * nodes), false for any other h: the fields' references are dropped here,
 * the children that die queued on pending_free, without a call per field.
 * The fields are not cleared: nothing reads a dead instance (its memory is
 * freed next, or by the collector, without a traversal, when it is still
 * listed as a candidate). */
static bool release_instance(TsHeap *h) {
    TsObject *o = (TsObject *)h;
    const TsField *f, *end;
    if (h->kind != TS_OBJECT || !o->cls || !o->cls->layout || o->props || o->cls->finalize) return false;
    for (f = o->cls->layout->fields, end = f + o->cls->layout->nfields; f < end; f++) {
        void *p = (char *)o + f->offset;
        TsHeap *x;
        switch (f->kind) {
        case TS_FIELD_OBJ: {
            TsObject *c = *(TsObject **)p;
            x = c && c != TS_FIELD_OBJ_UNDEF ? &c->h : NULL;
            break;
        }
        case TS_FIELD_STR: x = (TsHeap *)*(TsString **)p; break;
        case TS_FIELD_VAL: x = ((TsValue *)p)->tag >= TS_STRING ? ((TsValue *)p)->u.h : NULL; break;
        default: continue; /* numbers and booleans */
        }
        if (!x || x->rc == TS_RC_IMMORTAL) continue;
        if (--x->rc == 0) ps_push(&pending_free, x);
        else if (x->kind != TS_STRING && !(x->gc & TS_GC_LEAF)) possible_root(x);
    }
    return true;
}

void ts_free_heap(TsHeap *h) {
    if (h->kind == TS_STRING) {
        /* no children, and never a cycle candidate: freed at once */
        TsString *s = (TsString *)h;
        if (s->data != (char *)(s + 1)) ts_dealloc(s->data);
        heap_free_mem(h);
        return;
    }
    /* Iterative: children that die are queued instead of recursing. */
    ps_push(&pending_free, h);
    if (freeing) return;
    freeing = true;
    while (pending_free.len) {
        TsHeap *x = pending_free.items[--pending_free.len];
        if (!release_instance(x)) release_children(x, true);
        x->gc = (uint8_t)((x->gc & BUFFERED) | BLACK);
        /* A buffered object is still listed in the roots: the collector
         * frees its memory when it drops it from the list. It no longer
         * counts as live. */
        if (!(x->gc & BUFFERED)) {
            heap_free_mem(x);
        } else {
            x->gc |= DEAD;
            ts_pools.live--;
        }
    }
    freeing = false;
}

bool ts_gc_wanted;

/* Does one of n values (a few: more count as yes) hold a traced reference? */
static bool any_traced(const TsValue *v, uint32_t n) {
    uint32_t i;
    if (n > 16) return true;
    for (i = 0; i < n; i++)
        if (traced(v[i])) return true;
    return false;
}

/* A cycle runs only through objects with a traced child: one without is no
 * candidate. Should it gain one later, the decrement that leaves a cycle
 * unreachable falls on an object of the cycle, which has one. */
static void possible_root(TsHeap *h) {
    if (h->kind == TS_OBJECT) {
        TsObject *o = (TsObject *)h;
        if (o->cls && o->cls->layout) {
            if (!LAYOUT_OPS(o->cls)->may_cycle(o)) return;
        } else if (!any_traced(o->count ? ts_obj_valv(o) : NULL, o->count)) {
            return;
        }
    }
    /* An array of numbers, strings or booleans has no traced child. */
    if (h->kind == TS_ARRAY) {
        TsArray *a = (TsArray *)h;
        if (a->elems != TS_ELEMS_VAL || (h->shape != TS_SHAPE_MATCH && !any_traced(a->e.items, a->len))) return;
    }
    if ((h->gc & COLOUR_MASK) != PURPLE) {
        h->gc = (uint8_t)((h->gc & (BUFFERED | TS_GC_LEAF)) | PURPLE);
        if (!(h->gc & BUFFERED)) {
            h->gc |= BUFFERED;
            ps_push(&roots, h);
            if (roots.len >= gc_threshold) ts_gc_wanted = true;
        }
    }
}

void ts_heap_released(TsHeap *h) {
    if (h->rc == 0) ts_free_heap(h);
    else possible_root(h);
}

void ts_heap_release_out(TsHeap *h) {
    if (h && h->rc != TS_RC_IMMORTAL && (--h->rc == 0 || (h->kind != TS_STRING && !(h->gc & TS_GC_LEAF))))
        ts_heap_released(h);
}

void ts_assign(TsValue *slot, TsValue v) {
    TsValue old = *slot;
    ts_retain(v);
    *slot = v;
    ts_release(old);
}

void ts_assign_str(TsString **slot, TsString *s) {
    TsString *old = *slot;
    if (s) ts_str_retain(s);
    *slot = s;
    ts_str_release(old);
}

/* ------------------------------------------------------- cycle collector */

static int colour(TsHeap *h) { return h->gc & COLOUR_MASK; }
static void set_colour(TsHeap *h, int c) { h->gc = (uint8_t)((h->gc & (BUFFERED | TS_GC_LEAF)) | c); }

static void gray_child(TsHeap *t) {
    t->rc--;
    if (colour(t) != GRAY) {
        grayed++;
        set_colour(t, GRAY);
        ps_push(&work, t);
    }
}

static void mark_gray(TsHeap *s) {
    if (colour(s) == GRAY) return;
    grayed++;
    set_colour(s, GRAY);
    ps_push(&work, s);
    while (work.len) for_each_traced(work.items[--work.len], gray_child);
}

static void black_child(TsHeap *t) {
    t->rc++;
    if (colour(t) != BLACK) {
        set_colour(t, BLACK);
        ps_push(&work2, t);
    }
}

static void scan_black(TsHeap *s) {
    set_colour(s, BLACK);
    ps_push(&work2, s);
    while (work2.len) for_each_traced(work2.items[--work2.len], black_child);
}

static void push_work(TsHeap *t) { ps_push(&work, t); }

static void scan(TsHeap *s) {
    ps_push(&work, s);
    while (work.len) {
        TsHeap *x = work.items[--work.len];
        if (colour(x) != GRAY) continue;
        if (x->rc > 0) {
            scan_black(x);
        } else {
            set_colour(x, WHITE);
            for_each_traced(x, push_work);
        }
    }
}

static void white_child(TsHeap *t) {
    if (colour(t) == WHITE && !(t->gc & BUFFERED)) {
        set_colour(t, BLACK);
        ps_push(&work, t);
    }
}

/* Gathers the white subgraph at s into `garbage` (freed afterwards, so that
 * no traversal ever reads a freed object). */
static void collect_white(TsHeap *s) {
    if (colour(s) != WHITE || (s->gc & BUFFERED)) return;
    set_colour(s, BLACK);
    ps_push(&work, s);
    while (work.len) {
        TsHeap *x = work.items[--work.len];
        ps_push(&garbage, x);
        for_each_traced(x, white_child);
    }
}

void ts_collect_cycles(void) {
    ts_gc_wanted = false;
    size_t i, n = 0;
    grayed = 0;
    /* mark roots */
    for (i = 0; i < roots.len; i++) {
        TsHeap *s = roots.items[i];
        if (colour(s) == PURPLE && s->rc > 0) {
            mark_gray(s);
            roots.items[n++] = s;
        } else {
            s->gc &= (uint8_t)~BUFFERED;
            if (colour(s) == BLACK && s->rc == 0) ts_heap_free_mem(s);
        }
    }
    roots.len = n;
    /* scan roots */
    for (i = 0; i < roots.len; i++) scan(roots.items[i]);
    /* collect roots */
    for (i = 0; i < roots.len; i++) {
        TsHeap *s = roots.items[i];
        s->gc &= (uint8_t)~BUFFERED;
        collect_white(s);
    }
    roots.len = 0;
    /* The garbage's traced references were subtracted by mark-gray: only
     * untraced children (strings) are released. */
    for (i = 0; i < garbage.len; i++) release_children(garbage.items[i], false);
    for (i = 0; i < garbage.len; i++) ts_heap_free_mem(garbage.items[i]);
    gc_threshold = grayed - garbage.len > TS_GC_THRESHOLD ? grayed - garbage.len : TS_GC_THRESHOLD;
    garbage.len = 0;
    if (roots.cap > 4 * TS_GC_THRESHOLD) ps_free(&roots);
}

/* ------------------------------------------------------------ temp stack */

TsTmps ts_tmps;

void ts_tmps_grow(void) {
    ts_tmps.cap = ts_tmps.cap ? ts_tmps.cap * 2 : 64;
    ts_tmps.items = (TsValue *)ts_realloc(ts_tmps.items, ts_tmps.cap * sizeof(TsValue));
}

TsValue ts_tmp_out(TsValue owned) {
    if (ts_tmps.len == ts_tmps.cap) ts_tmps_grow();
    ts_tmps.items[ts_tmps.len++] = owned;
    return owned;
}

bool ts_tmp_move(TsHeap *h) {
    size_t i = ts_tmps.len;
    while (i > 0) {
        TsValue *t = &ts_tmps.items[--i];
        if (t->tag < TS_STRING || t->u.h != h) continue;
        /* the moved marker: an entry that the statement's end skips */
        if (i + 1 == ts_tmps.len) ts_tmps.len--;
        else *t = ts_undefined();
        return true;
    }
    return false;
}

TsString *ts_tmp_str(TsString *owned) {
    if (owned) ts_tmp(ts_str_v(owned));
    return owned;
}

void ts_tmp_release_out(size_t mark) {
    while (ts_tmps.len > mark) ts_release(ts_tmps.items[--ts_tmps.len]);
    if (ts_gc_wanted) ts_collect_cycles();
}

/* Frees the runtime's own bookkeeping (at exit, for leak checkers). */
void ts_memory_shutdown(void) {
    ts_tmp_release(0);
    ts_collect_cycles();
    ts_dealloc(ts_tmps.items);
    ts_tmps.items = NULL;
    ts_tmps.cap = 0;
    ps_free(&roots);
    ps_free(&pending_free);
    ps_free(&work);
    ps_free(&work2);
    ps_free(&garbage);
    ts_pool_trim();
}
