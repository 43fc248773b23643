/* tsfw.h - the runtime's public API. Generated C includes only this header.
 *
 * Value model
 *   The compiler maps each TypeScript type onto one of four C types:
 *     number-like (number, numeric literals, numeric enums)  -> double
 *     boolean-like                                           -> bool
 *     string-like (string, string literals, string enums)    -> TsString *
 *     everything else (objects, arrays, functions, unions,
 *       optionals, generics, null, undefined)                -> TsValue
 *   A number local that only counts in steps of one is an int64_t in the
 *   generated C, read as a double. An array keeps numbers as doubles, strings
 *   as string pointers and booleans as bytes until it holds elements of two
 *   kinds, or anything else (struct TsArray).
 *   A TsString * is never NULL except where TypeScript is unsound about
 *   undefined (s[i] out of range); the runtime treats NULL as undefined.
 *
 * Ownership (reference counting)
 *   - Heap objects carry a count. Immortal objects (literals, static
 *     functions, classes) have rc == TS_RC_IMMORTAL and are never freed.
 *   - Arguments are BORROWED: a callee never releases its arguments and
 *     retains whatever it stores.
 *   - Return values of every runtime function and every compiled function
 *     that returns a heap value are OWNED (+1) by the caller, unless the
 *     function's comment says "borrowed".
 *   - Owned temporaries inside an expression are pushed on the temp stack
 *     (ts_tmp*) and released at the end of the statement (ts_tmp_release).
 *   - Reference cycles are collected by a synchronous trial-deletion cycle
 *     collector (see memory.c); it runs at statement boundaries when enough
 *     candidates have accumulated.
 *
 * Errors
 *   `throw` and the errors the runtime raises (reading a property of
 *   undefined, calling a non-function, RangeErrors, bad device-API options)
 *   are JavaScript exceptions that try/catch can catch: see "exceptions"
 *   below. Only running out of memory ends the program outright.
 */
#ifndef TSFW_H
#define TSFW_H

#include <math.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Functions that never return (they throw or exit): lets the C compiler
 * know, where it understands the attribute. */
#if defined(__GNUC__)
#define TS_NORETURN __attribute__((noreturn))
#else
#define TS_NORETURN
#endif

/* Hints for the inline fast paths, where the C compiler understands them.
 * TS_LIKELY/TS_UNLIKELY: the test of a fast path, so that a loop's values
 * stay in registers, saved only around the rare call of the out-of-line path
 * instead of kept in memory all along. TS_COLD: that out-of-line path (a
 * field read by key when the object is not an instance of its class, an
 * element out of range or of another type), whose calls are laid out of the
 * loop's way. TS_NOINLINE: a function kept apart from its caller, so that its
 * locals are not on the stack during the caller's deeper calls. */
#if defined(__GNUC__)
#define TS_LIKELY(c)   __builtin_expect(!!(c), 1)
#define TS_UNLIKELY(c) __builtin_expect(!!(c), 0)
#define TS_COLD        __attribute__((cold))
#define TS_NOINLINE    __attribute__((noinline))
#else
#define TS_LIKELY(c)   (c)
#define TS_UNLIKELY(c) (c)
#define TS_COLD
#define TS_NOINLINE
#endif

/* ---------------------------------------------------------------- values */

typedef enum TsTag {
    TS_UNDEFINED = 0,
    TS_NULL,
    TS_BOOL,
    TS_NUMBER,
    /* heap kinds: the payload is a TsHeap * */
    TS_STRING,
    TS_ARRAY,
    TS_OBJECT,
    TS_FUNCTION,
    TS_BOX, /* a captured variable's cell; never visible to programs */
    TS_MAP, /* Map<K, V> */
    TS_SET  /* Set<T> */
} TsTag;

#define TS_RC_IMMORTAL UINT32_MAX

typedef struct TsHeap {
    uint32_t rc;
    uint8_t kind;  /* a TsTag >= TS_STRING */
    uint8_t gc;    /* cycle collector colour and flags (memory.c) */
    uint8_t shape; /* a larger struct for this kind (TS_SHAPE_*), fixed at allocation */
    uint8_t pool;  /* the block's size class (memory.c), 0 for one from malloc */
} TsHeap;

/* TsHeap.gc: an instance of a leaf class (TS_CLASS_ACYCLIC) with no property
 * added at run time, which no decrement makes a cycle candidate. */
#define TS_GC_LEAF 0x40

/* TsHeap.shape */
#define TS_SHAPE_MATCH       1 /* an array with the properties of a RegExp match (rt_internal.h) */
#define TS_SHAPE_OWN_PROPS   2 /* an object whose first properties are in its own block (object.c) */
/* With TS_SHAPE_OWN_PROPS: an object literal that shares the compiler's array of its keys (object.c). */
#define TS_SHAPE_SHARED_KEYS 4

typedef struct TsString TsString;
typedef struct TsArray TsArray;
typedef struct TsObject TsObject;
typedef struct TsProps TsProps;
typedef struct TsFunc TsFunc;
typedef struct TsBox TsBox;
typedef struct TsMap TsMap;

typedef struct TsValue {
    uint8_t tag; /* TsTag */
    union {
        double num;
        bool b;
        TsHeap *h;
        TsString *str;
        TsArray *arr;
        TsObject *obj;
        TsFunc *fn;
        TsBox *box;
        TsMap *map;
    } u;
} TsValue;

/* Strings are immutable WTF-8 (UTF-8 that may hold lone surrogates), NUL
 * terminated. len counts bytes, len16 counts UTF-16 code units (JS length).
 * len == len16 exactly when the string is ASCII. */
struct TsString {
    TsHeap h;
    uint32_t len;
    uint32_t len16;
    uint32_t hash; /* 0 = not computed yet */
    uint32_t cap;  /* bytes allocated for data, 0 for literals */
    char *data;
};

/* A key string that enumeration skips (Object.keys, JSON, spread, console.log):
 * error properties and the app's #private fields. */
#define TS_KEY_HIDDEN 0x80
#define TS_STR_HIDDEN_KEY(bytes, len, len16) \
    { {TS_RC_IMMORTAL, TS_STRING, TS_KEY_HIDDEN, 0, 0}, (len), (len16), 0, 0, (char *)(bytes) }

/* A string literal: TS_STR_LIT("h\303\251", 3, 2). The compiler computes both lengths. */
#define TS_STR_LIT(bytes, len, len16) \
    { {TS_RC_IMMORTAL, TS_STRING, 0, 0, 0}, (len), (len16), 0, 0, (char *)(bytes) }

/* An array holds its elements one of four ways (array.c), TsArray.elems:
 *   TS_ELEMS_NUM  numbers only: e.nums, cap doubles (NULL while cap is 0).
 *                 undefined is ts_undef_num() and a hole TS_HOLE_NUM_BITS.
 *   TS_ELEMS_STR  strings only: e.strs, cap TsString * (NULL while cap is 0),
 *                 each retained; NULL is undefined and TS_HOLE_STR a hole.
 *   TS_ELEMS_BOOL booleans only: e.bools, cap bytes (NULL while cap is 0):
 *                 0 false, 1 true, TS_BOOL_UNDEF undefined, TS_BOOL_HOLE a hole.
 *   TS_ELEMS_VAL  any values: e.items, with a gap in front (array.c).
 * Arrays start as numbers only. A store of an element of another kind takes
 * the array to that kind while it holds only holes and undefined (an empty
 * array, new Array(n)), and to values, for good, otherwise. */
#define TS_ELEMS_NUM  0
#define TS_ELEMS_STR  1
#define TS_ELEMS_BOOL 2
#define TS_ELEMS_VAL  3
#define TS_HOLE_STR   ((TsString *)(void *)&ts_hole_mark)
#define TS_BOOL_UNDEF 2
#define TS_BOOL_HOLE  3
struct TsArray {
    TsHeap h;
    uint32_t len;
    uint32_t cap;
    uint8_t elems; /* TS_ELEMS_*: which member of e holds the elements */
    union {
        TsValue *items;  /* TS_ELEMS_VAL */
        double *nums;    /* TS_ELEMS_NUM */
        TsString **strs; /* TS_ELEMS_STR */
        uint8_t *bools;  /* TS_ELEMS_BOOL */
    } e;
};

typedef TsValue (*TsMethodFn)(TsValue self, int argc, const TsValue *argv);
typedef struct TsMethod {
    TsString *name;
    TsMethodFn fn;
} TsMethod;

/* A field of a class with a fixed layout: where its instances keep it and in
 * which C type. Every kind can hold undefined (a field not yet defined, or an
 * unsound read stored into it):
 *   TS_FIELD_NUM   double       undefined is ts_undef_num()
 *   TS_FIELD_BOOL  uint8_t      0 false, 1 true, TS_FIELD_BOOL_UNDEF
 *   TS_FIELD_STR   TsString *   NULL is undefined
 *   TS_FIELD_OBJ   TsObject *   NULL is null, TS_FIELD_OBJ_UNDEF undefined
 *   TS_FIELD_VAL   TsValue      anything (unions, any, functions, arrays) */
typedef enum TsFieldKind {
    TS_FIELD_NUM,
    TS_FIELD_BOOL,
    TS_FIELD_STR,
    TS_FIELD_OBJ,
    TS_FIELD_VAL
} TsFieldKind;
#define TS_FIELD_BOOL_UNDEF 2
extern char ts_hole_mark;
#define TS_FIELD_OBJ_UNDEF ((TsObject *)(void *)&ts_hole_mark)

typedef struct TsField {
    TsString *name;  /* the property's key (#private ones are hidden keys) */
    uint32_t kind;   /* TsFieldKind */
    uint32_t offset; /* from the start of the object */
} TsField;

/* TsLayout.flags */
#define TS_CLASS_ACYCLIC 1 /* no field can reference a traced object: never a cycle candidate */

/* The fixed layout of a class of the app: its instances are `size` bytes, a
 * TsObject and then the fields (a subclass's struct starts with its
 * parent's). Properties added at run time go to the object's own keys and
 * values, as for any object. */
typedef struct TsLayout {
    size_t size;                   /* bytes of an instance */
    uint32_t nfields;              /* the parents' fields first */
    uint32_t flags;                /* TS_CLASS_* */
    const TsField *fields;         /* in property order */
    const struct TsLayoutOps *ops; /* &ts_layout_ops: how the generic code reaches the fields */
} TsLayout;
/* The runtime's code for fields of layouts (layout.c), linked only with a
 * program whose layouts name it. */
extern const struct TsLayoutOps ts_layout_ops;

/* A get/set accessor of a class: get(self, 0, NULL) returns an owned value,
 * set(self, 1, &v) stores v; either may be NULL. */
typedef struct TsAccessor {
    TsString *name;
    TsMethodFn get;
    TsMethodFn set;
} TsAccessor;

/* A class: immortal, emitted by the compiler. Methods and accessors are
 * looked up by name, own class first, then parents (the prototype chain). */
typedef struct TsClass {
    const char *name;
    const struct TsClass *parent;
    int nmethods;
    const TsMethod *methods;
    /* Runtime classes that wrap C state (servers, requests, ...) free it
     * here when the object dies; NULL for classes of the app. */
    void (*finalize)(TsObject *self);
    int naccessors;
    const TsAccessor *accessors; /* read and written when the object has no own property of the name */
    const TsLayout *layout;      /* NULL for a class whose instances keep every property by key */
    /* Classes of the app are numbered so that a class and its subclasses
     * have consecutive ids (0: a runtime class); vtable is the class's method
     * table, a struct of function pointers that the compiler defines. */
    uint32_t id;
    const void *vtable;
} TsClass;

/* Objects keep their keys in JS order: integer-like keys ascending first,
 * then the others in insertion order. Class instances point at their class
 * and keep their declared fields in its layout, right after this header; the
 * properties kept by key (all of a plain object's, an instance's added at run
 * time) are in props, NULL until there is one. The header stays small
 * because a program may hold a million instances. */
struct TsObject {
    TsHeap h;
    uint32_t count; /* properties kept by key */
    uint32_t live;  /* fields of the class's layout defined so far (the constructor's progress) */
    TsProps *props;
    /* Last: next to the fields of a layout, so that a field access (the class
     * test and the load) usually touches one cache line. */
    const TsClass *cls; /* NULL for plain objects */
};

/* An object's properties kept by key: this header, then cap values, then cap
 * keys, in one block (object.c). An object literal's block holds, instead of
 * its keys, a pointer to the compiler's array of them (TS_SHAPE_SHARED_KEYS)
 * until a key is added or deleted. */
struct TsProps {
    uint32_t cap;
    uint32_t index_cap;
    uint32_t *index; /* open-addressing hash index, built past 8 keys */
    void *native;    /* C state of runtime classes, see TsClass.finalize */
};
static inline TsValue *ts_props_vals(TsProps *p) { return (TsValue *)(void *)(p + 1); }
/* Where p's own keys are (or, shared, the pointer to them). */
static inline TsString **ts_props_keys(TsProps *p) { return (TsString **)(void *)(ts_props_vals(p) + p->cap); }
/* The values and keys of an object that has properties by key (count > 0). */
static inline TsValue *ts_obj_valv(const TsObject *o) { return ts_props_vals(o->props); }
static inline TsString **ts_obj_keyv(const TsObject *o) {
    TsString **keys = ts_props_keys(o->props);
    return o->h.shape & TS_SHAPE_SHARED_KEYS ? *(TsString ***)(void *)keys : keys;
}
/* The C state of a runtime class's instance (or a plain object's, see
 * TsLazy), not owned. */
static inline void *ts_obj_native(const TsObject *o) { return o->props ? o->props->native : NULL; }
void ts_obj_set_native(TsObject *o, void *native);

/* An inline cache for one property access site: remembers the slot where
 * the key was last found. */
typedef struct TsPropCache {
    uint32_t slot;
} TsPropCache;

typedef TsValue (*TsFnCall)(TsFunc *self, int argc, const TsValue *argv);

/* A function value. caps holds the captured variables: a TsBox (tag TS_BOX)
 * for variables that are assigned after capture, else the value itself.
 * A method closure (this bound) keeps `this` in caps[0]. */
struct TsFunc {
    TsHeap h;
    TsFnCall call;
    const char *name; /* "" for anonymous */
    uint32_t ncaps;
    TsValue caps[];
};

/* An immortal function value for a top-level function: no captures. */
#define TS_FUNC_STATIC(callfn, name) \
    { {TS_RC_IMMORTAL, TS_FUNCTION, 0, 0, 0}, (callfn), (name), 0 }

struct TsBox {
    TsHeap h;
    TsValue v;
};

/* ------------------------------------------------------ value constructors */

static inline TsValue ts_undefined(void) {
    TsValue v;
    v.tag = TS_UNDEFINED;
    v.u.num = 0;
    return v;
}
static inline TsValue ts_null(void) {
    TsValue v;
    v.tag = TS_NULL;
    v.u.num = 0;
    return v;
}
static inline TsValue ts_bool(bool b) {
    TsValue v;
    v.tag = TS_BOOL;
    v.u.num = 0;
    v.u.b = b;
    return v;
}
/* undefined where TypeScript promised a number (a destructured array element
 * past the end, say): a NaN with its own payload, so that `x ?? d`,
 * `x === undefined` and `x == null` still see it. It is a signaling NaN:
 * arithmetic gives a quiet NaN (hardware and soft float alike), so `x + 1`
 * is NaN, not undefined, as in JS. */
#define TS_UNDEF_NUM_BITS UINT64_C(0x7FF4000000DEAD00)
static inline double ts_undef_num(void) {
    union {
        uint64_t u;
        double d;
    } c;
    c.u = TS_UNDEF_NUM_BITS;
    return c.d;
}
static inline bool ts_num_is_undef(double n) {
    union {
        uint64_t u;
        double d;
    } c;
    c.d = n;
    return c.u == TS_UNDEF_NUM_BITS;
}
static inline TsValue ts_num(double n) {
    TsValue v;
    v.tag = TS_NUMBER;
    v.u.num = n;
    return v;
}
/* A number as a value: ts_undef_num() becomes undefined. */
static inline TsValue ts_num_val(double n) { return ts_num_is_undef(n) ? ts_undefined() : ts_num(n); }
/* Wraps without retaining; NULL becomes undefined. */
static inline TsValue ts_str_v(TsString *s) {
    TsValue v;
    if (!s) return ts_undefined();
    v.tag = TS_STRING;
    v.u.str = s;
    return v;
}
static inline TsValue ts_arr_v(TsArray *a) {
    TsValue v;
    v.tag = TS_ARRAY;
    v.u.arr = a;
    return v;
}
static inline TsValue ts_obj_v(TsObject *o) {
    TsValue v;
    v.tag = TS_OBJECT;
    v.u.obj = o;
    return v;
}
static inline TsValue ts_fn_v(TsFunc *f) {
    TsValue v;
    v.tag = TS_FUNCTION;
    v.u.fn = f;
    return v;
}
static inline bool ts_is_nullish(TsValue v) { return v.tag == TS_UNDEFINED || v.tag == TS_NULL; }

/* An array hole (new Array(n), a.length = n, a[i] past the end): undefined
 * to every reader, shown by console.log as node shows it (<N empty items>)
 * and skipped by forEach, map, filter, reduce, some, every and indexOf. */
static inline TsValue ts_hole(void) {
    TsValue v;
    v.tag = TS_UNDEFINED;
    v.u.num = 0;
    v.u.h = (TsHeap *)(void *)&ts_hole_mark;
    return v;
}
static inline bool ts_is_hole(TsValue v) { return v.tag == TS_UNDEFINED && (void *)v.u.h == (void *)&ts_hole_mark; }

/* A hole in an array of numbers only: another NaN payload, never the result of arithmetic. */
#define TS_HOLE_NUM_BITS UINT64_C(0x7FF8000000DEAD01)

/* NaN as undefined: for library results typed number | undefined. */
static inline TsValue ts_nan_to_undef(double n) {
    TsValue v;
    if (n != n) {
        v.tag = TS_UNDEFINED;
        v.u.num = 0;
    } else {
        v.tag = TS_NUMBER;
        v.u.num = n;
    }
    return v;
}

/* Unboxing, with a TypeError when the tag does not match (unsound casts);
 * undefined unboxes to ts_undef_num(), NULL and false. */
double ts_unbox_num(TsValue v);
/* `v as number` where v may be an object or an array: its ToNumber (valueOf,
 * toString), as arithmetic on it gives in JS; otherwise ts_unbox_num. */
double ts_as_num(TsValue v);
/* String(v) as `"text" + v` takes it: ToPrimitive without a hint first (valueOf before toString). Owned. */
TsString *ts_to_string_for_add(TsValue v);
bool ts_unbox_bool(TsValue v);
TsString *ts_unbox_str(TsValue v); /* borrowed; undefined -> NULL */

/* ---------------------------------------------------------------- memory */

void ts_free_heap(TsHeap *h); /* rc reached 0: release children, free */

static inline void ts_heap_retain(TsHeap *h) {
    if (h && h->rc != TS_RC_IMMORTAL) h->rc++;
}
/* For ts_heap_release: h's count dropped to 0, or h may be a cycle's last
 * external reference. */
void ts_heap_released(TsHeap *h);
/* Decrement; frees or buffers a cycle candidate. Built for size (-Os, the
 * device builds), a release site calls the one out-of-line copy in memory.c
 * (ts_heap_release_out, always there, so that code built with other flags
 * links too) instead of holding the whole test. */
void ts_heap_release_out(TsHeap *h);
static inline void ts_heap_release(TsHeap *h) {
#if defined(__OPTIMIZE_SIZE__) && !defined(TS_RELEASE_INLINE)
    ts_heap_release_out(h);
#else
    if (h && h->rc != TS_RC_IMMORTAL && (--h->rc == 0 || (h->kind != TS_STRING && !(h->gc & TS_GC_LEAF))))
        ts_heap_released(h);
#endif
}
static inline void ts_release(TsValue v) {
    if (v.tag >= TS_STRING) ts_heap_release(v.u.h);
}

static inline void ts_retain(TsValue v) {
    if (v.tag >= TS_STRING) ts_heap_retain(v.u.h);
}
static inline TsString *ts_str_retain(TsString *s) {
    ts_heap_retain((TsHeap *)s);
    return s;
}
static inline void ts_str_release(TsString *s) {
    if (s) ts_heap_release((TsHeap *)s);
}
/* Replace *slot with v (retained), releasing the old value. */
void ts_assign(TsValue *slot, TsValue v);
void ts_assign_str(TsString **slot, TsString *s);

/* Set when enough cycle candidates have piled up; loops poll it at each
 * iteration, a safe point where no borrowed value is in flight. */
extern bool ts_gc_wanted;

/* Temporaries: push an owned value, get it back (now borrowed by the
 * expression); released at the end of the statement. */
TsString *ts_tmp_str(TsString *owned);
/* h is on the temp stack (an argument evaluated into a fresh temporary) and
 * is being stored where it stays: the store takes the temporary's reference
 * over, and the entry is cleared so that the statement's end skips it. False
 * (nothing changed) when h is not on the temp stack: the caller retains. */
bool ts_tmp_move(TsHeap *h);
typedef struct TsTmps {
    TsValue *items;
    size_t len;
    size_t cap;
} TsTmps;
extern TsTmps ts_tmps;
/* The out-of-line parts of ts_tmp and ts_tmp_release, the whole of them when
 * built for size (as ts_heap_release; macros there: an inline wrapper took
 * stack in its callers' frames). */
void ts_tmps_grow(void);
TsValue ts_tmp_out(TsValue owned);
void ts_tmp_release_out(size_t mark);
static inline size_t ts_tmp_mark(void) { return ts_tmps.len; }
#ifdef __OPTIMIZE_SIZE__
#define ts_tmp(owned)        ts_tmp_out(owned)
#define ts_tmp_release(mark) ts_tmp_release_out(mark)
#else
static inline TsValue ts_tmp(TsValue owned) {
    if (ts_tmps.len == ts_tmps.cap) ts_tmps_grow();
    ts_tmps.items[ts_tmps.len++] = owned;
    return owned;
}
/* Also a safe point for the cycle collector. */
static inline void ts_tmp_release(size_t mark) {
    if (ts_tmps.len > mark || ts_gc_wanted) ts_tmp_release_out(mark);
}
#endif
/* ts_tmp_move, inline when h is the top entry (a fresh argument just
 * pushed; a constructor that stores its arguments itself takes them last
 * first). What every store that takes a temporary over calls. */
static inline bool ts_tmp_take(TsHeap *h) {
#ifndef __OPTIMIZE_SIZE__
    TsValue *top = ts_tmps.len ? &ts_tmps.items[ts_tmps.len - 1] : NULL;
    if (top && top->tag >= TS_STRING && top->u.h == h) {
        ts_tmps.len--;
        return true;
    }
#endif
    return ts_tmp_move(h);
}

/* Roots: the cleanup stack that a throw unwinds. A compiled function
 * registers the address of each local that owns a reference when the local
 * is declared, and pops back to its mark where the locals go out of scope,
 * after releasing them itself as usual:
 *     size_t rm = ts_roots_mark();
 *     TsValue st = ts_arr_new(0);
 *     ts_root_val(&st);
 *     ...
 *     ts_release(st);
 *     ts_roots_pop(rm);
 * A root is read only when a throw unwinds past it, so the local must hold
 * an owned value (or undefined / NULL) wherever a call may throw. A
 * registration is a store and a bounds check; the stack grows on the heap
 * when full. A TsCleanup runs C code instead: runtime functions use it to
 * free a buffer or restore state that a throw would otherwise leave behind. */
typedef struct TsCleanup {
    void (*run)(struct TsCleanup *self); /* must not throw */
} TsCleanup;
typedef struct TsRoots {
    uintptr_t *items; /* a registered address, its kind in the low two bits */
    size_t len;
    size_t cap;
} TsRoots;
extern TsRoots ts_roots;
void ts_roots_grow(void);
enum {
    TS_ROOT_VAL,    /* TsValue * */
    TS_ROOT_STR,    /* TsString ** */
    TS_ROOT_BOX,    /* TsBox ** */
    TS_ROOT_CLEANUP /* TsCleanup * */
};
static inline void ts_root_push(const volatile void *p, unsigned kind) {
    if (ts_roots.len == ts_roots.cap) ts_roots_grow();
    ts_roots.items[ts_roots.len++] = (uintptr_t)p | kind;
}
static inline void ts_root_val(volatile TsValue *p) { ts_root_push(p, TS_ROOT_VAL); }
static inline void ts_root_str(TsString *volatile *p) { ts_root_push(p, TS_ROOT_STR); }
static inline void ts_root_box(TsBox *volatile *p) { ts_root_push(p, TS_ROOT_BOX); }
static inline void ts_root_cleanup(TsCleanup *c) { ts_root_push(c, TS_ROOT_CLEANUP); }
static inline size_t ts_roots_mark(void) { return ts_roots.len; }
static inline void ts_roots_pop(size_t mark) { ts_roots.len = mark; }

void ts_collect_cycles(void);
static inline void ts_gc_poll(void) {
    if (TS_UNLIKELY(ts_gc_wanted)) ts_collect_cycles();
}
void ts_out_flush(void); /* writes buffered stdout (servers flush per loop turn) */

/* Counts for tests and benchmarks. */
size_t ts_live_objects(void);
void ts_collect_cycles(void);

void *ts_alloc(size_t n); /* never returns NULL: aborts with a message */
void *ts_realloc(void *p, size_t n);
void ts_dealloc(void *p);
/* Small blocks (up to TS_SMALL_MAX bytes) from size-class pools: cheaper
 * than malloc for the short-lived blocks that dominate. A block is freed
 * with the size it was allocated with. Larger sizes go to ts_alloc. */
#define TS_SMALL_MAX 256
void *ts_alloc_small(size_t n);
void ts_free_small(void *p, size_t n);
/* The pools' state (memory.c), public for ts_inst_new's inline allocation.
 * Size class c holds blocks of c * TS_POOL_GRAIN bytes. */
#define TS_POOL_GRAIN 16
typedef struct TsPools {
    void *free[TS_SMALL_MAX / TS_POOL_GRAIN + 1]; /* by class: a free block, its first word the next one */
    size_t kept;                                  /* bytes on the lists */
    size_t live;                                  /* heap objects allocated and not yet freed */
} TsPools;
extern TsPools ts_pools;

/* -------------------------------------------------------------- program */

void ts_rt_init(int argc, char **argv);
int ts_rt_exit(void); /* flushes output; returns the exit code */
/* Runs the event loop, if the app started one, until nothing is left to wait on. */
void ts_rt_run(void);
void ts_rt_set_loop(void (*run)(void)); /* called by the networking layer */
/* For conditions a program cannot survive (out of memory): prints
 * "FATAL: " + the formatted message to stderr (stdout flushed first) and
 * exits 1. Not catchable; JavaScript errors use ts_throw_error. */
void ts_panic(const char *fmt, ...) TS_NORETURN;

/* ------------------------------------------------------------ exceptions
 *
 * throw/try/catch/finally are setjmp/longjmp with unwinding. A throw
 *   1. releases every root registered above the catching try frame's mark
 *      (innermost first) and every temporary above its temp mark, so that
 *      the frames it jumps over leak nothing and are never read again;
 *   2. pops the frame and longjmps to it; the catch takes the value with
 *      ts_caught().
 * With no try frame the error is uncaught: "Uncaught " + the error as
 * console.log prints it (its stack names file.ts:line:col) goes to stderr,
 * stdout is flushed, and the program exits 1. The device API runs every
 * event callback inside a try frame of its own (see api/tsfw_api.h).
 * docs/exceptions.md shows the C the compiler emits for try/catch/finally.
 *
 * A try statement, in the function that holds it (C requires setjmp to be
 * called in the frame that catches):
 *
 *     TsTry t;
 *     ts_try_enter(&t);
 *     if (setjmp(t.jb) == 0) {
 *         ...try block...
 *         ts_try_leave(&t);              also before any return, break,
 *     } else {                           continue or goto out of the block
 *         TsValue e = ts_caught();       owned; ts_release(e) if unused
 *         ...catch block...
 *     }
 *
 * volatile: a local of that function that the try block assigns and that
 * is read after a throw lands there (in the catch, a finally or after the
 * statement) must be declared volatile (C99 7.13.2.1). The root functions
 * accept volatile pointers; read and write such locals by value.
 */
/* A source position, one static const per site, emitted by the compiler:
 *     static const TsLoc tsl_12 = {"app.ts", 12, 5};
 * col counts UTF-16 units from 1, as node's stack traces do. */
typedef struct TsLoc {
    const char *file;
    uint32_t line;
    uint32_t col;
} TsLoc;

/* The current position: the compiler stores &site before an operation that
 * may throw (`ts_at(&tsl_12);`). Errors record it when they are created
 * (new Error(), runtime errors); a throw of a value that is not an error
 * records it as the throw's position. NULL where nothing set it. */
extern const TsLoc *ts_loc;

/* What the compiler emits to store a position: a call, so that two of them in
 * one expression are sequenced (two assignments to ts_loc would not be). */
static inline void ts_at(const TsLoc *loc) { ts_loc = loc; }

/* The receiver of s.prop at `at`: node's TypeError when s is undefined (a
 * string[] read past its end, a string field never set). */
void ts_str_read_undefined(const char *prop, const TsLoc *at) TS_NORETURN;
static inline TsString *ts_str_recv(TsString *s, const char *prop, const TsLoc *at) {
    if (TS_UNLIKELY(!s)) ts_str_read_undefined(prop, at);
    return s;
}

typedef struct TsTry {
    struct TsTry *prev; /* the enclosing frame, NULL at the outermost */
    size_t tmp_mark;    /* temp stack height at entry */
    size_t root_mark;   /* root stack height at entry */
    const TsLoc *loc;   /* ts_loc at entry, restored when a throw lands */
    jmp_buf jb;
} TsTry;

extern TsTry *ts_try_top; /* the innermost try frame */

static inline void ts_try_enter(TsTry *t) {
    t->prev = ts_try_top;
    t->tmp_mark = ts_tmp_mark();
    t->root_mark = ts_roots.len;
    t->loc = ts_loc;
    ts_try_top = t;
}
/* Leaves the try block normally (the frame must be the innermost one). */
static inline void ts_try_leave(TsTry *t) { ts_try_top = t->prev; }
/* In a catch: the thrown value, owned by the caller. */
TsValue ts_caught(void);

/* `throw v` (v borrowed: the runtime takes its own reference). */
void ts_throw(TsValue v) TS_NORETURN;
/* A caught value in one line for a log, without running app code: an
 * error's "Name: message", anything else as console.log shows it; then
 * " at file.ts:line:col" where known (where the error was created, or where
 * another value was thrown). Owned. */
TsString *ts_exception_text(TsValue v);

/* The error constructors a runtime or library function can throw, by name. */
typedef enum TsErrorKind {
    TS_ERR_ERROR,
    TS_ERR_TYPE,
    TS_ERR_RANGE,
    TS_ERR_SYNTAX,
    TS_ERR_EVAL,
    TS_ERR_URI,
    TS_ERR_REFERENCE
} TsErrorKind;
/* Throws a new error of that kind whose message is the formatted text
 * ("Unexpected token } in JSON at position 3"), without the name. Like
 * every throw it unwinds: a runtime function calls it before it allocates,
 * or after it has released (or rooted) what it owns. */
void ts_throw_error(TsErrorKind kind, const char *fmt, ...) TS_NORETURN;

/* ------------------------------------------------------------- conversions */

bool ts_truthy(TsValue v);
static inline bool ts_str_truthy(TsString *s) { return s && s->len > 0; }
static inline bool ts_num_truthy(double n) { return n == n && n != 0; }
double ts_to_number(TsValue v);    /* JS ToNumber */
TsString *ts_to_string(TsValue v); /* JS String(v) */
TsString *ts_num_to_str(double n); /* shortest round-trip, like JS */
TsString *ts_bool_to_str(bool b);  /* immortal "true"/"false" */
double ts_str_to_num(TsString *s); /* JS Number(s) */
int32_t ts_to_int32(double n);
uint32_t ts_to_uint32(double n);
TsString *ts_typeof(TsValue v); /* immortal */

/* ------------------------------------------------------------- operators */

TsValue ts_add(TsValue a, TsValue b);     /* JS + on any two values */
bool ts_strict_eq(TsValue a, TsValue b);  /* === */
bool ts_same_value(TsValue a, TsValue b); /* Object.is */
bool ts_loose_eq(TsValue a, TsValue b);   /* == */
double ts_mod(double a, double b);        /* JS % */
double ts_pow(double a, double b);        /* JS ** (NaN for 1 ** NaN etc.) */
bool ts_less_than(TsValue a, TsValue b);  /* a < b on any values */

/* --------------------------------------------------------------- strings */

TsString *ts_str_new(const char *bytes, size_t len); /* copies WTF-8 bytes */
TsString *ts_str_from_cstr(const char *s);
TsString *ts_str_concat(TsString *a, TsString *b);
/* s += t: appends in place when *s is uniquely owned and has room. */
void ts_str_append(TsString **s, TsString *t);
TsString *ts_str_concat_n(int n, TsString *const *parts); /* template literals */
bool ts_str_eq(TsString *a, TsString *b);
int ts_str_cmp(TsString *a, TsString *b); /* <0, 0, >0 in JS order */
uint32_t ts_str_hash(TsString *s);
static inline double ts_str_length(TsString *s) { return s->len16; }
TsString *ts_str_index(TsString *s, double i); /* s[i]: NULL (undefined) out of range */
/* The same for the app's s[i]: at is its position, which an error names (s undefined). */
TsString *ts_str_index_at(TsString *s, double i, const TsLoc *at);
TsString *ts_str_char_at(TsString *s, double i);   /* "" out of range */
double ts_str_char_code_at(TsString *s, double i); /* NaN out of range */
double ts_str_code_point_at_or_nan(TsString *s, double i);
TsString *ts_str_from_char_code(int n, const double *codes);
double ts_str_index_of(TsString *s, TsString *search, double from);
double ts_str_last_index_of(TsString *s, TsString *search, double from); /* from = +Inf when omitted */
bool ts_str_includes(TsString *s, TsString *search, double from);
bool ts_str_starts_with(TsString *s, TsString *search, double pos);
bool ts_str_ends_with(TsString *s, TsString *search, double end_pos); /* end_pos = +Inf when omitted */
TsString *ts_str_slice(TsString *s, double start, double end);        /* end = +Inf when omitted */
TsString *ts_str_substring(TsString *s, double start, double end);    /* end = +Inf when omitted */
TsString *ts_str_substr(TsString *s, double start, double len);       /* len = +Inf when omitted */
TsValue ts_str_split(TsString *s, TsValue sep, double limit); /* sep undefined -> [s]; limit = +Inf when omitted */
TsString *ts_str_trim(TsString *s);
TsString *ts_str_trim_start(TsString *s);
TsString *ts_str_trim_end(TsString *s);
TsString *ts_str_to_upper(TsString *s);
TsString *ts_str_to_lower(TsString *s);
TsString *ts_str_replace(TsString *s, TsString *pattern, TsString *replacement); /* first match, $-patterns honoured */
TsString *ts_str_replace_all(TsString *s, TsString *pattern, TsString *replacement);
TsString *ts_str_repeat(TsString *s, double count);                  /* RangeError on negative/Infinity */
TsString *ts_str_pad_start(TsString *s, double len, TsString *fill); /* fill NULL -> " " */
TsString *ts_str_pad_end(TsString *s, double len, TsString *fill);
TsString *ts_str_at(TsString *s, double i);                              /* NULL (undefined) out of range */
TsString *ts_str_concat_values(TsString *s, int n, const TsValue *args); /* s.concat(...) */

/* ---------------------------------------------------------------- arrays */

TsValue ts_arr_new(uint32_t cap);
TsValue ts_arr_of(int n, const TsValue *items); /* [a, b, c]: retains items */
/* The strings array of a tagged template's site (n cooked strings, NULL for
 * an invalid escape's undefined, and n raw ones): made on the first call and
 * kept in *site, so that each call gets the same array, as in JavaScript.
 * Borrowed. */
TsValue ts_template(TsValue *site, int n, TsString *const *cooked, TsString *const *raw);
/* strings.raw of a template's strings array (any other value: its "raw"
 * property). Borrowed. */
TsValue ts_template_raw(TsValue strings);
/* String.raw(strings, ...substitutions). */
TsString *ts_str_raw(int argc, const TsValue *argv);
double ts_arr_length_of(TsValue a); /* a.length on any value: TypeError when a is not an array */
static inline double ts_arr_length(TsValue a) { return a.tag == TS_ARRAY ? a.u.arr->len : ts_arr_length_of(a); }
void ts_arr_set_length(TsValue a, double len);
TsValue ts_arr_get(TsValue a, double i);         /* borrowed; undefined out of range */
void ts_arr_set(TsValue a, double i, TsValue v); /* grows with holes */
/* The same for the app's a[i]: at is its position, which an error names (a
 * not an array, an index that is not one). The inline reads and writes below
 * pass it to their out-of-line paths likewise. */
TsValue ts_arr_get_at(TsValue a, double i, const TsLoc *at);
void ts_arr_set_at(TsValue a, double i, TsValue v, const TsLoc *at);

/* a[i] on a number[]: inline while a holds numbers only and i is an index in
 * range; everything else (holes, undefined, a string written through a wider
 * type, growing) takes the out-of-line path, with the same results as
 * ts_unbox_num(ts_arr_get(a, i)) and ts_arr_set(a, i, ts_num(v)). */
double ts_arr_get_num_slow(TsValue a, double i, const TsLoc *at) TS_COLD;
void ts_arr_set_num_slow(TsValue a, double i, double v, const TsLoc *at) TS_COLD;
double ts_arr_push_num_slow(TsValue a, double v);
#define TS_ARR_IS(a, kind) ((a).tag == TS_ARRAY && (a).u.arr->elems == (kind))
/* A double index as an integer for the inline paths: i itself when it is an
 * integer in [0, 2^31) (-0 is 0), else negative (fractions, NaN, out of
 * range), which no array index test passes. */
static inline int64_t ts_index(double i) {
#if defined(__SSE2__)
    /* cvttsd2si gives INT32_MIN for NaN and out of range: no C undefined behaviour */
    int32_t t = _mm_cvttsd_si32(_mm_set_sd(i));
    return (double)t == i ? t : -1;
#else
    if (i >= 0 && i < 2147483648.0 && (int32_t)i == i) return (int32_t)i;
    return -1;
#endif
}
static inline double ts_arr_get_num(TsValue a, double i, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_NUM) && (uint64_t)k < a.u.arr->len)) {
        double d = a.u.arr->e.nums[k];
        if (TS_LIKELY(d == d)) return d; /* NaN may be a hole or undefined */
    }
    return ts_arr_get_num_slow(a, i, at);
}
static inline void ts_arr_set_num(TsValue a, double i, double v, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_NUM) && (uint64_t)k < a.u.arr->len)) {
        a.u.arr->e.nums[k] = v;
        return;
    }
    ts_arr_set_num_slow(a, i, v, at);
}
/* The same with an integer counter (int64_t) as the index. */
static inline double ts_arr_get_num_i(TsValue a, int64_t i, const TsLoc *at) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_NUM) && (uint64_t)i < a.u.arr->len)) {
        double d = a.u.arr->e.nums[i];
        if (TS_LIKELY(d == d)) return d;
    }
    return ts_arr_get_num_slow(a, (double)i, at);
}
static inline void ts_arr_set_num_i(TsValue a, int64_t i, double v, const TsLoc *at) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_NUM) && (uint64_t)i < a.u.arr->len)) a.u.arr->e.nums[i] = v;
    else ts_arr_set_num_slow(a, (double)i, v, at);
}
static inline double ts_arr_push_num(TsValue a, double v) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_NUM) && a.u.arr->len < a.u.arr->cap)) {
        a.u.arr->e.nums[a.u.arr->len++] = v;
        return a.u.arr->len;
    }
    return ts_arr_push_num_slow(a, v);
}

/* a[i] on an array of objects or unions: inline while a holds values and i is
 * an index in range that is not a hole; else ts_arr_get. Borrowed. */
static inline TsValue ts_arr_get_val(TsValue a, double i, const TsLoc *at) {
    if (TS_ARR_IS(a, TS_ELEMS_VAL) && i >= 0 && i < a.u.arr->len) {
        uint32_t k = (uint32_t)i;
        TsValue v = a.u.arr->e.items[k];
        if (k == i && !ts_is_hole(v)) return v;
    }
    return ts_arr_get_at(a, i, at);
}
static inline TsValue ts_arr_get_val_i(TsValue a, int64_t i, const TsLoc *at) {
    if (TS_ARR_IS(a, TS_ELEMS_VAL) && (uint64_t)i < a.u.arr->len) {
        TsValue v = a.u.arr->e.items[i];
        if (!ts_is_hole(v)) return v;
    }
    return ts_arr_get_at(a, (double)i, at);
}
/* A loop's view of a number[] (emit/numviews.ts): its block and length,
 * read once before a loop that calls nothing that could change them but the
 * out-of-line path of its writes, which reads the view again. An array of
 * another kind (or any other value) has an empty view: every access takes
 * the general path. */
typedef struct TsNumView {
    double *nums;
    uint32_t len;
} TsNumView;
static inline TsNumView ts_num_view(TsValue a) {
    TsNumView v = {NULL, 0};
    if (TS_ARR_IS(a, TS_ELEMS_NUM)) {
        v.nums = a.u.arr->e.nums;
        v.len = a.u.arr->len;
    }
    return v;
}
static inline double ts_view_get_num(const TsNumView *v, TsValue a, double i, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY((uint64_t)k < v->len)) {
        double d = v->nums[k];
        if (TS_LIKELY(d == d)) return d;
    }
    return ts_arr_get_num_slow(a, i, at);
}
static inline double ts_view_get_num_i(const TsNumView *v, TsValue a, int64_t i, const TsLoc *at) {
    if (TS_LIKELY((uint64_t)i < v->len)) {
        double d = v->nums[i];
        if (TS_LIKELY(d == d)) return d;
    }
    return ts_arr_get_num_slow(a, (double)i, at);
}
/* false when the write took the out-of-line path (and read *v again) */
static inline bool ts_view_set_num(TsNumView *v, TsValue a, double i, double x, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY((uint64_t)k < v->len)) {
        v->nums[k] = x;
        return true;
    }
    ts_arr_set_num_slow(a, i, x, at);
    *v = ts_num_view(a);
    return false;
}
static inline bool ts_view_set_num_i(TsNumView *v, TsValue a, int64_t i, double x, const TsLoc *at) {
    if (TS_LIKELY((uint64_t)i < v->len)) {
        v->nums[i] = x;
        return true;
    }
    ts_arr_set_num_slow(a, (double)i, x, at);
    *v = ts_num_view(a);
    return false;
}

/* a[i] on a string[], the same way: inline while a holds strings only. The
 * string read is borrowed (NULL for undefined), as ts_unbox_str(ts_arr_get(a, i));
 * the string stored is borrowed and retained by the array. */
TsString *ts_arr_get_str_slow(TsValue a, double i, const TsLoc *at) TS_COLD;
void ts_arr_set_str_slow(TsValue a, double i, TsString *s, const TsLoc *at) TS_COLD;
double ts_arr_push_str_slow(TsValue a, TsString *s);
static inline TsString *ts_arr_get_str(TsValue a, double i, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_STR) && (uint64_t)k < a.u.arr->len)) {
        TsString *s = a.u.arr->e.strs[k];
        if (TS_LIKELY(s != TS_HOLE_STR)) return s;
    }
    return ts_arr_get_str_slow(a, i, at);
}
static inline TsString *ts_arr_get_str_i(TsValue a, int64_t i, const TsLoc *at) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_STR) && (uint64_t)i < a.u.arr->len)) {
        TsString *s = a.u.arr->e.strs[i];
        if (TS_LIKELY(s != TS_HOLE_STR)) return s;
    }
    return ts_arr_get_str_slow(a, (double)i, at);
}
/* Replaces an element of an array of strings with s (not NULL). */
static inline void ts_arr_put_str(TsString **slot, TsString *s) {
    TsString *old = *slot;
    *slot = ts_str_retain(s);
    if (old != TS_HOLE_STR) ts_str_release(old);
}
static inline void ts_arr_set_str(TsValue a, double i, TsString *s, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_STR) && s && (uint64_t)k < a.u.arr->len))
        ts_arr_put_str(&a.u.arr->e.strs[k], s);
    else ts_arr_set_str_slow(a, i, s, at);
}
static inline void ts_arr_set_str_i(TsValue a, int64_t i, TsString *s, const TsLoc *at) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_STR) && s && (uint64_t)i < a.u.arr->len))
        ts_arr_put_str(&a.u.arr->e.strs[i], s);
    else ts_arr_set_str_slow(a, (double)i, s, at);
}
static inline double ts_arr_push_str(TsValue a, TsString *s) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_STR) && s && a.u.arr->len < a.u.arr->cap)) {
        a.u.arr->e.strs[a.u.arr->len++] = ts_str_retain(s);
        return a.u.arr->len;
    }
    return ts_arr_push_str_slow(a, s);
}

/* a[i] on a boolean[]: inline while a holds booleans only. */
bool ts_arr_get_bool_slow(TsValue a, double i, const TsLoc *at) TS_COLD;
void ts_arr_set_bool_slow(TsValue a, double i, bool b, const TsLoc *at) TS_COLD;
double ts_arr_push_bool_slow(TsValue a, bool b);
static inline bool ts_arr_get_bool(TsValue a, double i, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_BOOL) && (uint64_t)k < a.u.arr->len)) {
        uint8_t b = a.u.arr->e.bools[k];
        if (TS_LIKELY(b < TS_BOOL_UNDEF)) return b;
    }
    return ts_arr_get_bool_slow(a, i, at);
}
static inline bool ts_arr_get_bool_i(TsValue a, int64_t i, const TsLoc *at) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_BOOL) && (uint64_t)i < a.u.arr->len)) {
        uint8_t b = a.u.arr->e.bools[i];
        if (TS_LIKELY(b < TS_BOOL_UNDEF)) return b;
    }
    return ts_arr_get_bool_slow(a, (double)i, at);
}
/* a[i] as a condition on a boolean[]: whatever the element is, its truthiness. */
static inline bool ts_arr_test(TsValue a, double i, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_BOOL) && (uint64_t)k < a.u.arr->len)) {
        uint8_t b = a.u.arr->e.bools[k];
        if (TS_LIKELY(b < TS_BOOL_UNDEF)) return b;
    }
    return ts_truthy(ts_arr_get_at(a, i, at));
}
static inline bool ts_arr_test_i(TsValue a, int64_t i, const TsLoc *at) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_BOOL) && (uint64_t)i < a.u.arr->len && a.u.arr->e.bools[i] < TS_BOOL_UNDEF))
        return a.u.arr->e.bools[i];
    return ts_truthy(ts_arr_get_at(a, (double)i, at));
}
static inline void ts_arr_set_bool(TsValue a, double i, bool b, const TsLoc *at) {
    int64_t k = ts_index(i);
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_BOOL) && (uint64_t)k < a.u.arr->len)) a.u.arr->e.bools[k] = b;
    else ts_arr_set_bool_slow(a, i, b, at);
}
static inline void ts_arr_set_bool_i(TsValue a, int64_t i, bool b, const TsLoc *at) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_BOOL) && (uint64_t)i < a.u.arr->len)) a.u.arr->e.bools[i] = b;
    else ts_arr_set_bool_slow(a, (double)i, b, at);
}
static inline double ts_arr_push_bool(TsValue a, bool b) {
    if (TS_LIKELY(TS_ARR_IS(a, TS_ELEMS_BOOL) && a.u.arr->len < a.u.arr->cap)) {
        a.u.arr->e.bools[a.u.arr->len++] = b;
        return a.u.arr->len;
    }
    return ts_arr_push_bool_slow(a, b);
}
double ts_arr_push(TsValue a, TsValue v); /* returns new length */
/* a.push(v) where v is a fresh temporary (ts_tmp): the array takes the
 * temporary's reference over (ts_tmp_take) instead of adding its own. */
double ts_arr_push_moved(TsValue a, TsValue v);
double ts_arr_push_n(TsValue a, int n, const TsValue *vs);
TsValue ts_arr_pop(TsValue a);   /* owned */
TsValue ts_arr_shift(TsValue a); /* owned */
double ts_arr_unshift(TsValue a, int n, const TsValue *vs);
TsValue ts_arr_slice(TsValue a, double start, double end);                               /* end = +Inf when omitted */
TsValue ts_arr_splice(TsValue a, double start, double del, int n, const TsValue *items); /* del = +Inf when omitted */
double ts_arr_index_of(TsValue a, TsValue v, double from);
double ts_arr_last_index_of(TsValue a, TsValue v, double from); /* from = +Inf when omitted */
bool ts_arr_includes(TsValue a, TsValue v);                     /* SameValueZero */
TsString *ts_arr_join(TsValue a, TsString *sep);                /* sep NULL -> "," */
TsValue ts_arr_concat(TsValue a, int n, const TsValue *others); /* arrays spread, others appended */
TsValue ts_arr_reverse(TsValue a);                              /* in place; returns a (owned +1) */
TsValue ts_arr_fill(TsValue a, TsValue v, double start, double end);
TsValue ts_arr_map(TsValue a, TsValue fn);
TsValue ts_arr_filter(TsValue a, TsValue fn);
TsValue ts_arr_reduce(TsValue a, TsValue fn, int has_init, TsValue init);
TsValue ts_arr_reduce_right(TsValue a, TsValue fn, int has_init, TsValue init);
void ts_arr_for_each(TsValue a, TsValue fn);
TsValue ts_arr_sort(TsValue a, TsValue cmp); /* stable; cmp undefined -> string order; returns a (+1) */
TsValue ts_arr_find(TsValue a, TsValue fn);  /* owned */
double ts_arr_find_index(TsValue a, TsValue fn);
TsValue ts_arr_find_last(TsValue a, TsValue fn);
double ts_arr_find_last_index(TsValue a, TsValue fn);
bool ts_arr_some(TsValue a, TsValue fn);
bool ts_arr_every(TsValue a, TsValue fn);
TsValue ts_arr_flat(TsValue a, double depth);
TsValue ts_arr_flat_map(TsValue a, TsValue fn);
TsValue ts_arr_at(TsValue a, double i); /* borrowed */
bool ts_is_array(TsValue v);
TsValue ts_arr_from_length(double n, TsValue fn); /* Array.from({length: n}, fn); fn undefined -> undefineds */
TsValue ts_arr_from(TsValue iterable);            /* Array.from(arr | set | map | string) */
TsValue ts_arr_new_holes(double len);             /* new Array(len): holes; RangeError for a bad length */
TsValue ts_arr_new_filled(double len, TsValue v); /* new Array(len).fill(v), in v's representation */
/* a's items as values, for argc/argv calls: an array of numbers only is converted */
TsValue *ts_arr_values(TsValue a);

/* --------------------------------------------------------------- objects */

TsValue ts_obj_new(const TsClass *cls, uint32_t cap);
/* { k1: v1, ... }: keys immortal or borrowed, values retained. */
TsValue ts_obj_lit(int n, TsString *const *keys, const TsValue *vals);
/* The same with n distinct keys, none an array index (an object literal's
 * names): stored in that order, without looking each up first. keys is a
 * static array of immortal strings, which the object shares. */
TsValue ts_obj_lit_distinct(int n, TsString *const *keys, const TsValue *vals);
TsValue ts_obj_get(TsValue o, TsString *key); /* borrowed; undefined when absent; TypeError on nullish o */
/* The app's o.key through an inline cache; at is its position, which an
 * error names (o undefined or null). */
TsValue ts_obj_get_ic(TsValue o, TsString *key, TsPropCache *ic, const TsLoc *at);
void ts_obj_set(TsValue o, TsString *key, TsValue v);
/* ts_obj_set of a key that o (a plain object) does not have: the caller
 * knows, so no search (building an object of distinct, non-index keys). */
void ts_obj_add_new(TsValue o, TsString *key, TsValue v);
void ts_obj_set_ic(TsValue o, TsString *key, TsValue v, TsPropCache *ic, const TsLoc *at);
bool ts_obj_has(TsValue o, TsString *key); /* `key in o` */
bool ts_obj_delete(TsValue o, TsString *key);
TsValue ts_obj_keys(TsValue o); /* Object.keys */
TsValue ts_obj_values(TsValue o);
TsValue ts_obj_entries(TsValue o);
void ts_obj_assign(TsValue target, TsValue src); /* Object.assign / spread */
/* An object literal's `get key() {...}` (set undefined) or `set key(v) {...}`
 * (get undefined): an own, enumerable accessor property of o. Reads call
 * get with no arguments, writes call set with the value; the other half of
 * a pair joins the first. */
void ts_obj_define_accessor(TsValue o, TsString *key, TsValue get, TsValue set);
TsValue ts_obj_from_entries(TsValue entries);
/* A property computed on first read.  A slot of a plain object may hold a
 * placeholder (ts_lazy_v) until something reads it: a property read (with or
 * without an inline cache), Object.keys/values/entries, spread and
 * Object.assign, JSON.stringify, console.log.  The read calls
 * compute(owner, key), stores its owned result in the slot and goes on with
 * it, so each placeholder is computed at most once; a write or a delete
 * replaces it as it would any value.  A placeholder is a static, immortal
 * TsLazy (TS_LAZY_INIT): defining one costs no allocation.  compute finds
 * what it needs through owner->native (not owned: a plain object has no
 * finalizer) and must not add or delete the owner's properties.  Before
 * that context goes away, ts_obj_resolve_lazy(o) computes what is left and
 * clears o->native (of a plain object). */
typedef struct TsLazy {
    TsObject obj;                                       /* the placeholder the slot points at */
    TsValue (*compute)(TsObject *owner, TsString *key); /* the property's value, owned */
} TsLazy;
extern const TsClass ts_lazy_class;
#define TS_LAZY_INIT(fn) \
    { {{TS_RC_IMMORTAL, TS_OBJECT, 0, 0, 0}, 0, 0, NULL, &ts_lazy_class}, (fn) }
static inline TsValue ts_lazy_v(TsLazy *l) { return ts_obj_v(&l->obj); }
void ts_obj_resolve_lazy(TsValue o);
/* Computed key access o[k] on index-signature objects, k any value. */
TsValue ts_obj_get_v(TsValue o, TsValue key); /* borrowed; arrays and strings too */
void ts_obj_set_v(TsValue o, TsValue key, TsValue v);
/* The app's o[key], o[key] = v: at is its position, which an error names. */
TsValue ts_obj_get_at(TsValue o, TsString *key, const TsLoc *at);
TsValue ts_obj_get_v_at(TsValue o, TsValue key, const TsLoc *at);
void ts_obj_set_at(TsValue o, TsString *key, TsValue v, const TsLoc *at);
void ts_obj_set_v_at(TsValue o, TsValue key, TsValue v, const TsLoc *at);

/* Method call by name on any receiver: own property holding a function
 * first, then the class chain. TypeError when missing. Result owned. */
TsValue ts_call_method(TsValue recv, TsString *name, int argc, const TsValue *argv);
/* recv.name(...) as the app writes it: text names the callee in node's
 * "<text> is not a function" (`cfg.handlers[0].run`). */
TsValue ts_call_method_as(TsValue recv, TsString *name, const char *text, int argc, const TsValue *argv);
/* recv[key](...) (computed key): `this` is recv. */
TsValue ts_call_method_v(TsValue recv, TsValue key, const char *text, int argc, const TsValue *argv);
bool ts_instance_of(TsValue v, const TsClass *cls);
/* The name console.log shows for an instance of cls: the first non-empty name
 * up its chain (a mixin's class is anonymous), NULL when there is none. */
const char *ts_class_shown_name(const TsClass *cls);
/* v.constructor.name: an object's class's name ("" for an anonymous class),
 * "Object" for a plain object, "Array", "Map", "Number"... for the others;
 * a TypeError for null and undefined, as node's. Owned. */
TsString *ts_ctor_name(TsValue v);
/* The class of o, an object; NULL for any other value. */
static inline const TsClass *ts_class_of(TsValue o) { return o.tag == TS_OBJECT ? o.u.obj->cls : NULL; }
/* The method table of o's class when o is an instance of the class numbered
 * first or of one of its subclasses (ids first .. first + n - 1), else NULL:
 * then the caller looks the method up by name. */
static inline const void *ts_vtable(TsValue o, uint32_t first, uint32_t n) {
    const TsClass *c = ts_class_of(o);
    return c && c->id - first < n ? c->vtable : NULL;
}

/* ------------------------------------------------- fields of fixed layouts
 *
 * The compiler reads and writes a field of a class with a layout in place:
 *     ts_fld_num(self, &Body_class, offsetof(Body_obj, x), &tsg_s_x, &tsl_12_5)
 * is a tag test, a class test and a load when self is a Body; a subclass's
 * instance takes one more call, and any other value (an object literal typed
 * as the class) the generic property access by key, at position `at`. */
char *ts_layout_slow(TsValue o, const TsClass *cls); /* o when an instance of cls, else NULL */
static inline char *ts_layout(TsValue o, const TsClass *cls) {
    return o.tag == TS_OBJECT && o.u.obj->cls == cls ? (char *)o.u.obj : ts_layout_slow(o, cls);
}
TsValue ts_fld_get_key(TsValue o, TsString *key, const TsLoc *at) TS_COLD;         /* borrowed */
void ts_fld_set_key(TsValue o, TsString *key, TsValue v, const TsLoc *at) TS_COLD; /* v borrowed */

/* The same with p = ts_layout(o, cls) given: NULL when o is not an instance
 * of cls (then the access by key). A borrowed local (an element of an array
 * that holds no reference) takes p once, where it is declared. */
/* A field where p is known to be set (emit/fieldruns.ts): a load or a store. */
static inline double ts_fld_at_num(char *p, size_t off) { return *(double *)(void *)(p + off); }
static inline bool ts_fld_at_bool(char *p, size_t off) { return *(uint8_t *)(p + off) == 1; }
static inline void ts_fld_at_set_num(char *p, size_t off, double v) { *(double *)(void *)(p + off) = v; }
static inline void ts_fld_at_set_bool(char *p, size_t off, bool v) { *(uint8_t *)(p + off) = (uint8_t)v; }
static inline double ts_fldp_num(char *p, TsValue o, size_t off, TsString *key, const TsLoc *at) {
    return TS_LIKELY(p) ? ts_fld_at_num(p, off) : ts_unbox_num(ts_fld_get_key(o, key, at));
}
static inline bool ts_fldp_bool(char *p, TsValue o, size_t off, TsString *key, const TsLoc *at) {
    return TS_LIKELY(p) ? ts_fld_at_bool(p, off) : ts_unbox_bool(ts_fld_get_key(o, key, at));
}
static inline TsString *ts_fldp_str(char *p, TsValue o, size_t off, TsString *key, const TsLoc *at) {
    return TS_LIKELY(p) ? *(TsString **)(void *)(p + off) : ts_unbox_str(ts_fld_get_key(o, key, at));
}
static inline void ts_fldp_set_num(char *p, TsValue o, size_t off, double v, TsString *key, const TsLoc *at) {
    if (TS_LIKELY(p)) ts_fld_at_set_num(p, off, v);
    else ts_fld_set_key(o, key, ts_num(v), at);
}
static inline void ts_fldp_set_bool(char *p, TsValue o, size_t off, bool v, TsString *key, const TsLoc *at) {
    if (TS_LIKELY(p)) ts_fld_at_set_bool(p, off, v);
    else ts_fld_set_key(o, key, ts_bool(v), at);
}
static inline void ts_fldp_set_str(char *p, TsValue o, size_t off, TsString *v, TsString *key, const TsLoc *at) {
    if (TS_LIKELY(p)) ts_assign_str((TsString **)(void *)(p + off), v);
    else ts_fld_set_key(o, key, ts_str_v(v), at);
}

static inline double ts_fld_num(TsValue o, const TsClass *cls, size_t off, TsString *key, const TsLoc *at) {
    return ts_fldp_num(ts_layout(o, cls), o, off, key, at);
}
static inline bool ts_fld_bool(TsValue o, const TsClass *cls, size_t off, TsString *key, const TsLoc *at) {
    return ts_fldp_bool(ts_layout(o, cls), o, off, key, at);
}
static inline TsString *ts_fld_str(TsValue o, const TsClass *cls, size_t off, TsString *key, const TsLoc *at) {
    return ts_fldp_str(ts_layout(o, cls), o, off, key, at);
}
static inline TsValue ts_fld_obj(TsValue o, const TsClass *cls, size_t off, TsString *key, const TsLoc *at) {
    char *p = ts_layout(o, cls);
    TsObject *x;
    if (TS_UNLIKELY(!p)) return ts_fld_get_key(o, key, at);
    x = *(TsObject **)(void *)(p + off);
    return x == NULL ? ts_null() : x == TS_FIELD_OBJ_UNDEF ? ts_undefined() : ts_obj_v(x);
}
static inline TsValue ts_fld_val(TsValue o, const TsClass *cls, size_t off, TsString *key, const TsLoc *at) {
    char *p = ts_layout(o, cls);
    return TS_LIKELY(p) ? *(TsValue *)(void *)(p + off) : ts_fld_get_key(o, key, at);
}

static inline void ts_fld_set_num(TsValue o, const TsClass *cls, size_t off, double v, TsString *key, const TsLoc *at) {
    ts_fldp_set_num(ts_layout(o, cls), o, off, v, key, at);
}
static inline void ts_fld_set_bool(TsValue o, const TsClass *cls, size_t off, bool v, TsString *key, const TsLoc *at) {
    ts_fldp_set_bool(ts_layout(o, cls), o, off, v, key, at);
}
static inline void ts_fld_set_str(TsValue o, const TsClass *cls, size_t off, TsString *v, TsString *key,
                                  const TsLoc *at) {
    ts_fldp_set_str(ts_layout(o, cls), o, off, v, key, at);
}
/* v is an object or null (the field's type); anything else takes the generic path. */
static inline void ts_fld_set_obj(TsValue o, const TsClass *cls, size_t off, TsValue v, TsString *key,
                                  const TsLoc *at) {
    char *p = ts_layout(o, cls);
    if (p && (v.tag == TS_OBJECT || v.tag == TS_NULL)) {
        TsObject **slot = (TsObject **)(void *)(p + off), *old = *slot;
        *slot = v.tag == TS_OBJECT ? v.u.obj : NULL;
        if (*slot) ts_heap_retain(&(*slot)->h);
        if (old && old != TS_FIELD_OBJ_UNDEF) ts_heap_release(&old->h);
    } else {
        ts_fld_set_key(o, key, v, at);
    }
}
/* A constructor's store of a parameter that the caller may have handed over
 * (moved != 0: the argument was a fresh temporary): the field takes the
 * temporary's reference instead of a new one, so the value's count never
 * drops back at the statement's end (which would make it a cycle candidate). */
static inline void ts_fld_move_obj(TsValue o, const TsClass *cls, size_t off, TsValue v, TsString *key, const TsLoc *at,
                                   unsigned moved) {
    char *p = ts_layout(o, cls);
    if (moved && p && v.tag == TS_OBJECT) {
        TsObject **slot = (TsObject **)(void *)(p + off), *old = *slot;
        *slot = v.u.obj;
        if (!ts_tmp_take(&v.u.obj->h)) ts_heap_retain(&v.u.obj->h);
        if (old && old != TS_FIELD_OBJ_UNDEF) ts_heap_release(&old->h);
    } else {
        ts_fld_set_obj(o, cls, off, v, key, at);
    }
}
static inline void ts_fld_set_val(TsValue o, const TsClass *cls, size_t off, TsValue v, TsString *key,
                                  const TsLoc *at) {
    char *p = ts_layout(o, cls);
    if (p) ts_assign((TsValue *)(void *)(p + off), v);
    else ts_fld_set_key(o, key, v, at);
}
static inline void ts_fld_move_val(TsValue o, const TsClass *cls, size_t off, TsValue v, TsString *key, const TsLoc *at,
                                   unsigned moved) {
    char *p = ts_layout(o, cls);
    if (moved && p && v.tag >= TS_STRING) {
        TsValue *slot = (TsValue *)(void *)(p + off), old = *slot;
        *slot = v;
        if (!ts_tmp_take(v.u.h)) ts_heap_retain(v.u.h);
        ts_release(old);
    } else {
        ts_fld_set_val(o, cls, off, v, key, at);
    }
}
/* The constructor has defined the first n fields of self's layout (they now
 * show in console.log, Object.keys, `in`...). */
static inline void ts_fld_defined(TsValue self, uint32_t n) {
    if (self.u.obj->live < n) self.u.obj->live = n;
}

/* A new instance of cls, a class with a fixed layout, for its <C>_new: the
 * caller sets every field undefined (ts_fld_undef) before anything can read
 * it. Inline where it counts: the block comes off its size class's free list
 * (ts_obj_new when the list is empty), and with cls a constant the C
 * compiler sees the class the field stores test for. */
static inline TsValue ts_inst_new(const TsClass *cls) {
#if defined(TS_ALLOC_DIRECT) || defined(__OPTIMIZE_SIZE__)
    return ts_obj_new(cls, 0);
#else
    size_t size = cls->layout->size;
    unsigned c = (unsigned)((size + TS_POOL_GRAIN - 1) / TS_POOL_GRAIN);
    TsObject *o = size <= TS_SMALL_MAX ? (TsObject *)ts_pools.free[c] : NULL;
    if (o) {
        ts_pools.free[c] = *(void **)(void *)o;
        ts_pools.kept -= (size_t)c * TS_POOL_GRAIN;
        ts_pools.live++;
        *o = (TsObject){
            {1, TS_OBJECT, (cls->layout->flags & TS_CLASS_ACYCLIC) ? TS_GC_LEAF : 0, 0, (uint8_t)c}, 0, 0, NULL, cls};
    } else {
        o = ts_obj_new(cls, 0).u.obj;
        o->cls = cls; /* it is already: the store tells the C compiler */
    }
    return ts_obj_v(o);
#endif
}
/* A constructor that only stores its parameters in fields (emit/layout.ts,
 * directStores) is run by <C>_new itself: each store goes in place, with no
 * class test, into a fresh instance whose fields are all undefined. An
 * object-or-null field takes over a moved argument's reference (moved != 0);
 * a value of another type (an unsound cast) takes the generic store, which
 * throws the TypeError with the instance rooted. */
void ts_inst_set_key(TsValue self, TsString *key, TsValue v);
static inline void ts_inst_set_obj(TsValue self, size_t off, TsValue v, TsString *key, unsigned moved) {
    TsObject **slot = (TsObject **)(void *)((char *)self.u.obj + off);
    if (v.tag == TS_OBJECT) {
        *slot = v.u.obj;
        if (!moved || !ts_tmp_take(&v.u.obj->h)) ts_heap_retain(&v.u.obj->h);
    } else if (v.tag == TS_NULL) {
        *slot = NULL;
    } else {
        ts_inst_set_key(self, key, v);
    }
}
static inline void ts_inst_set_val(TsValue self, size_t off, TsValue v, unsigned moved) {
    *(TsValue *)(void *)((char *)self.u.obj + off) = v;
    if (v.tag >= TS_STRING && (!moved || !ts_tmp_take(v.u.h))) ts_heap_retain(v.u.h);
}
static inline void ts_inst_set_num(TsValue self, size_t off, double v) {
    *(double *)(void *)((char *)self.u.obj + off) = v;
}
static inline void ts_inst_set_bool(TsValue self, size_t off, bool v) {
    *(uint8_t *)((char *)self.u.obj + off) = (uint8_t)v;
}
static inline void ts_inst_set_str(TsValue self, size_t off, TsString *v) {
    *(TsString **)(void *)((char *)self.u.obj + off) = ts_str_retain(v);
}
/* A fresh instance's field at offset off, of kind `kind`, made undefined. */
static inline void ts_fld_undef(TsValue o, size_t off, TsFieldKind kind) {
    void *p = (char *)o.u.obj + off;
    switch (kind) {
    case TS_FIELD_NUM: *(double *)p = ts_undef_num(); break;
    case TS_FIELD_BOOL: *(uint8_t *)p = TS_FIELD_BOOL_UNDEF; break;
    case TS_FIELD_STR: *(TsString **)p = NULL; break;
    case TS_FIELD_OBJ: *(TsObject **)p = TS_FIELD_OBJ_UNDEF; break;
    default: *(TsValue *)p = ts_undefined(); break;
    }
}

/* -------------------------------------------------------------- functions */

TsFunc *ts_func_new(TsFnCall call, const char *name, uint32_t ncaps); /* caps undefined */
TsValue ts_call(TsValue fn, int argc, const TsValue *argv);           /* owned result */
/* fn called as a method of recv (recv.m(...), an accessor of recv): `this` is recv. */
TsValue ts_call_on(TsValue fn, TsValue recv, int argc, const TsValue *argv);
/* The receiver of the call being entered (undefined for a plain call): set by
 * ts_call/ts_call_on, read first thing by a function that uses `this`. */
extern TsValue ts_recv;
/* fn when it is a function; otherwise throws "<text> is not a function" (text:
 * the callee as written, for node's message). Borrowed. */
TsValue ts_callee(TsValue fn, const char *text);
static inline TsValue ts_arg(int argc, const TsValue *argv, int i) { return i < argc ? argv[i] : ts_undefined(); }
TsValue ts_box_new(TsValue init); /* retains init */

/* ------------------------------------------------------------ Map and Set */

TsValue ts_map_new(void);
TsValue ts_map_get(TsValue m, TsValue k); /* borrowed */
void ts_map_set(TsValue m, TsValue k, TsValue v);
bool ts_map_has(TsValue m, TsValue k);
bool ts_map_delete(TsValue m, TsValue k);
void ts_map_clear(TsValue m);
double ts_map_size(TsValue m);
TsValue ts_map_keys(TsValue m); /* as an array */
TsValue ts_map_values(TsValue m);
TsValue ts_map_entries(TsValue m);
void ts_map_for_each(TsValue m, TsValue fn); /* fn(value, key, map) */
/* for...of over a map or set, live: it = ts_map_iter(m) (owned); while
 * (ts_map_iter_next(it)) read the current entry's key and value (borrowed)
 * or a new [key, value] array (owned). */
TsValue ts_map_iter(TsValue m);
bool ts_map_iter_next(TsValue it);
TsValue ts_map_iter_key(TsValue it);
TsValue ts_map_iter_value(TsValue it);
TsValue ts_map_iter_entry(TsValue it);
TsValue ts_set_new(void);
void ts_set_add(TsValue s, TsValue v); /* set.has/delete/clear/size use ts_map_* */
TsValue ts_set_values(TsValue s);      /* as an array */

/* ---------------------------------------------------------------- output */

TsString *ts_inspect(TsValue v);                        /* util.inspect defaults */
void ts_console_log(int argc, const TsValue *argv);     /* console.log and print */
void ts_console_error(int argc, const TsValue *argv);   /* to stderr */
TsString *ts_json_stringify(TsValue v, TsValue indent); /* NULL (undefined) for undefined/functions */

/* ------------------------------------------------------------ numbers, Math */

double ts_parse_int(TsString *s, double radix); /* radix NaN when omitted */
double ts_parse_float(TsString *s);
TsString *ts_num_to_fixed(double n, double digits);
TsString *ts_num_to_precision(double n, double digits);
TsString *ts_num_to_string_radix(double n, double radix);
bool ts_num_is_integer(double n);
bool ts_num_is_safe_integer(double n);
double ts_math_round(double x);
double ts_math_sign(double x);
double ts_math_max(int n, const double *xs); /* -Infinity for none; NaN wins */
double ts_math_min(int n, const double *xs);
double ts_math_random(void);
double ts_math_trunc(double x);
double ts_math_hypot(int n, const double *xs);
double ts_math_clz32(double x);
double ts_math_imul(double a, double b);
double ts_math_fround(double x);
double ts_math_atan2(double y, double x);
double ts_date_now(void); /* Date.now() */

/* ----------------------------------------- inline helpers for generated code */

static inline TsValue ts_box_v(TsBox *b) {
    TsValue v;
    v.tag = TS_BOX;
    v.u.box = b;
    return v;
}
/* Returns v after retaining it: turns a borrowed value into an owned one. */
static inline TsValue ts_dup(TsValue v) {
    ts_retain(v);
    return v;
}
/* Takes a reference to a borrowed value into its pin, a rooted local that is
 * undefined until then, so that the app's code (an accessor of a value that
 * is not an instance) cannot free it. A pin taken is never undefined (null for
 * an undefined value): the values borrowed inside test it to know that they
 * must be pinned too. */
static inline void ts_pin(TsValue *pin, TsValue v) {
    if (pin->tag == TS_UNDEFINED) *pin = v.tag == TS_UNDEFINED ? ts_null() : ts_dup(v);
}
/* Stores an owned value into *slot, releasing the old one afterwards. */
static inline void ts_move(TsValue *slot, TsValue owned) {
    TsValue old = *slot;
    *slot = owned;
    ts_release(old);
}
static inline void ts_move_str(TsString **slot, TsString *owned) {
    TsString *old = *slot;
    *slot = owned;
    ts_str_release(old);
}
/* The same for a volatile local (one a try statement assigns and reads
 * after a throw lands). */
static inline void ts_move_volatile(volatile TsValue *slot, TsValue owned) {
    TsValue old = *slot;
    *slot = owned;
    ts_release(old);
}
static inline void ts_move_str_volatile(TsString *volatile *slot, TsString *owned) {
    TsString *old = *slot;
    *slot = owned;
    ts_str_release(old);
}
/* A closure: captured values are retained. */
static inline TsValue ts_closure(TsFnCall call, const char *name, int n, const TsValue *caps) {
    TsFunc *f = ts_func_new(call, name, (uint32_t)n);
    int i;
    for (i = 0; i < n; i++) {
        f->caps[i] = caps[i];
        ts_retain(caps[i]);
    }
    return ts_fn_v(f);
}
/* ToInt32/ToUint32 with the in-range case inline; NaN fails both tests. */
static inline int32_t ts_i32(double n) {
    return (n >= -2147483648.0 && n <= 2147483647.0) ? (int32_t)n : ts_to_int32(n);
}
static inline uint32_t ts_u32(double n) { return (n >= 0.0 && n <= 4294967295.0) ? (uint32_t)n : ts_to_uint32(n); }
/* Shifts with JS semantics on int32 operands (ToInt32 done by the caller: see
 * the compiler's emit/int32.ts), free of C's undefined and implementation-
 * defined cases: the count is taken mod 32, >> keeps the sign, >>> gives a
 * uint32. &, |, ^ and ~ are C's operators on int32_t. */
static inline int32_t ts_shl_i(int32_t a, int32_t b) { return (int32_t)((uint32_t)a << ((uint32_t)b & 31)); }
static inline int32_t ts_sar_i(int32_t x, int32_t b) {
    uint32_t n = (uint32_t)b & 31;
    return x >= 0 ? x >> n : -1 - (int32_t)((uint32_t)(-1 - x) >> n);
}
static inline uint32_t ts_shr_i(int32_t a, int32_t b) { return (uint32_t)a >> ((uint32_t)b & 31); }
static inline double ts_imul(double a, double b) {
    return (double)(int32_t)((uint32_t)ts_i32(a) * (uint32_t)ts_i32(b));
}
/* JS % with a fast path for small integers (C's % truncates like JS). A zero
 * result takes the dividend's sign: -4 % 2 and -0 % 5 are -0. */
static inline double ts_rem(double a, double b) {
    if (a >= -2147483647.0 && a <= 2147483647.0 && b >= 1.0 && b <= 2147483647.0 && a == (double)(int32_t)a &&
        b == (double)(int32_t)b) {
        int32_t r = (int32_t)a % (int32_t)b;
        return r == 0 ? copysign(0.0, a) : (double)r;
    }
    return ts_mod(a, b);
}
/* i % b for an integer counter i (int64_t) and an integer b > 0: C's % on
 * integers, with the dividend's sign on a zero result as in ts_rem. */
static inline double ts_rem_i(int64_t a, int64_t b) {
    int64_t r = a % b;
    return r == 0 && a < 0 ? -0.0 : (double)r;
}
/* for...of over a string: the next code point as a string, or NULL at the end. */
TsString *ts_str_next_code_point(TsString *s, uint32_t *byte_pos);

/* ------------------------------------ library calls the compiler maps onto */

/* Error and its subclasses, with node's parent chain (TypeError's parent is
 * Error, so `e instanceof Error` holds). A class of the app that extends
 * Error names &ts_error_class (or another of these) as its parent. */
extern const TsClass ts_error_class;
extern const TsClass ts_type_error_class;
extern const TsClass ts_range_error_class;
extern const TsClass ts_syntax_error_class;
extern const TsClass ts_eval_error_class;
extern const TsClass ts_uri_error_class;
extern const TsClass ts_reference_error_class;
/* Error objects are ordinary objects whose class chain reaches
 * ts_error_class. They record ts_loc when they are created. message, stack
 * and cause are own properties that enumeration skips (Object.keys,
 * JSON.stringify, spread), as in node; name is inherited from the nearest
 * runtime error class ("TypeError") until the app assigns one; stack is
 * "Name: message\n    at file.ts:line:col", formatted when first read.
 * String(e), `${e}` and e.toString() give "Name: message". */
TsValue ts_error_new(TsValue message); /* new Error(message) */
/* new X(message, options) for a runtime error class X: message undefined
 * -> none; options { cause } -> e.cause. Owned. */
TsValue ts_error_create(const TsClass *cls, TsValue message, TsValue options);
/* super(message, options) in the constructor of a class that extends
 * Error: sets message and cause on self like ts_error_create. */
void ts_error_init(TsValue self, TsValue message, TsValue options);
bool ts_is_error(TsValue v);              /* created by an error class: node's isError */
TsString *ts_error_to_string(TsValue e);  /* Error.prototype.toString, owned */
bool ts_less_equal(TsValue a, TsValue b); /* a <= b on any values */
static inline bool ts_is_nan(double n) { return n != n; }
static inline bool ts_is_finite(double n) { return n == n && n - n == 0; }
double ts_str_locale_compare(TsString *a, TsString *b); /* root-collation approximation */
TsString *ts_str_from_code_point(int n, const double *codes);
TsValue ts_arr_entries(TsValue a);                    /* [[0, a0], [1, a1], ...] */
TsValue ts_arr_keys(TsValue a);                       /* [0, 1, ...] */
void ts_arr_push_spread(TsValue a, TsValue iterable); /* a.push(...iterable) */
TsValue ts_map_new_from(TsValue entries);             /* new Map(entries) */
TsValue ts_iter_next(TsValue it);          /* it.next() on keys(), values(), entries(): { value, done }; owned */
TsValue ts_set_new_from(TsValue iterable); /* new Set(iterable) */
TsString *ts_str_from_codes_values(bool code_points, int n, const TsValue *codes); /* fromCharCode(...xs) */
TsValue ts_obj_without(TsValue o, int n, TsString *const *keys);                   /* const { a, ...rest } = o */
/* Math functions that map straight onto C99 <math.h>: exact in every C library. */
/* fabs keeps a NaN's payload: undefined (ts_undef_num) gives NaN, as in JS */
static inline double ts_math_abs(double x) { return ts_num_is_undef(x) ? NAN : fabs(x); }
static inline double ts_math_floor(double x) { return floor(x); }
static inline double ts_math_ceil(double x) { return ceil(x); }
static inline double ts_math_sqrt(double x) { return sqrt(x); }
/* The transcendental ones, bit for bit what node computes (math_fdlibm.c). */
double ts_math_exp(double x);
double ts_math_expm1(double x);
double ts_math_log(double x);
double ts_math_log2(double x);
double ts_math_log10(double x);
double ts_math_log1p(double x);
double ts_math_sin(double x);
double ts_math_cos(double x);
double ts_math_tan(double x);
double ts_math_asin(double x);
double ts_math_acos(double x);
double ts_math_atan(double x);
double ts_math_sinh(double x);
double ts_math_cosh(double x);
double ts_math_tanh(double x);
double ts_math_asinh(double x);
double ts_math_acosh(double x);
double ts_math_atanh(double x);
double ts_math_cbrt(double x);
double ts_math_max_values(int n, const TsValue *xs);
double ts_math_min_values(int n, const TsValue *xs);
double ts_math_hypot_values(int n, const TsValue *xs);

#include "tsfw_lib.h"
#include "tsfw_binary.h"

#endif
