/* rt_internal.h - declarations shared by the runtime's own .c files.
 * Generated code never includes this header. */
#ifndef TSFW_RT_INTERNAL_H
#define TSFW_RT_INTERNAL_H

#include "tsfw.h"

/* ------------------------------------------------------------- memory.c */

/* Allocates a heap object of `size` bytes with rc 1 and counts it live. */
void *ts_heap_new(size_t size, TsTag kind);
/* Frees the memory of a heap object whose children are already released. */
void ts_heap_free_mem(TsHeap *h);
void ts_memory_shutdown(void); /* frees the collector's buffers and the pools */
size_t ts_pool_kept(void);     /* bytes the small-block pools keep for reuse */
void ts_pool_trim(void); /* gives them all back to malloc; with slabs, the slabs too: only once no block is in use */

/* ------------------------------------------------------------- layout.c */

/* The fields of a class's fixed layout, seen as properties (tsfw.h, TsField).
 * The generic code reaches them through the layout's table of these
 * functions (TsLayout.ops, &ts_layout_ops), which only the tables of an
 * app's classes name: an app without classes links none of them. */
struct TsLayoutOps {
    long (*find)(const TsClass *c, TsString *key);
    TsValue (*get)(TsObject *o, const TsField *f);
    void (*set)(TsObject *o, uint32_t i, TsValue v);
    void (*children)(TsObject *o, void (*fn)(TsHeap *));
    void (*release)(TsObject *o, bool all);
    void (*init)(TsObject *o);
    bool (*may_cycle)(TsObject *o);
};
#define LAYOUT_OPS(cls) ((cls)->layout->ops)
long layout_find(const TsClass *c, TsString *key);   /* field index, or -1 */
TsValue layout_get(TsObject *o, const TsField *f);   /* borrowed; boxed, allocates nothing */
void layout_set(TsObject *o, uint32_t i, TsValue v); /* TypeError when v does not fit the field */
/* The collector's view: calls fn on each field's object that it traces;
 * releases the fields' references (only the untraced ones unless all). */
void layout_children(TsObject *o, void (*fn)(TsHeap *));
void layout_release(TsObject *o, bool all);
void layout_init(TsObject *o);      /* every field undefined */
bool layout_may_cycle(TsObject *o); /* can o be part of a reference cycle now? */
/* Own properties in JS order: integer-like keys added at run time, the
 * defined fields, then the other keys added at run time. */
uint32_t obj_nprops(TsObject *o);
void obj_prop(TsObject *o, uint32_t i, TsString **key, TsValue *val); /* both borrowed */

/* -------------------------------------------------------------- string.c */

/* A growable byte buffer used to build strings. */
typedef struct TsBuf {
    char *data;
    size_t len;
    size_t cap;
} TsBuf;

void buf_init(TsBuf *b);
void buf_free(TsBuf *b);
void buf_put(TsBuf *b, const char *bytes, size_t n);
void buf_puts(TsBuf *b, const char *s);
void buf_putc(TsBuf *b, char c);
void buf_put_str(TsBuf *b, TsString *s);
void buf_put_cp(TsBuf *b, uint32_t cp); /* a code point (or lone surrogate) as WTF-8 */
TsString *buf_to_str(TsBuf *b);         /* builds a string and frees the buffer */

/* Decodes the WTF-8 code point at p[*i], advancing *i. */
uint32_t wtf8_decode(const char *p, size_t len, size_t *i);
/* UTF-16 view of a string: caller frees the returned array (n units). */
uint16_t *str_to_u16(TsString *s, uint32_t *n);
TsString *str_from_u16(const uint16_t *u, size_t n);
uint16_t str_unit_at(TsString *s, uint32_t i); /* i < len16 */
void str_forget_cache(TsString *s);            /* called when s is freed */
bool str_is_index(TsString *s, uint32_t *out); /* canonical array index? */
bool ts_is_space_cp(uint32_t cp);              /* JS WhiteSpace or LineTerminator */
TsString *ts_str_empty(void);                  /* immortal "" */

/* -------------------------------------------------------- unicode_case.c */

void case_put_upper(TsBuf *b, uint32_t c); /* appends c's full upper case */
void case_put_lower(TsBuf *b, uint32_t c); /* appends c's full lower case (Σ: see string.c) */
bool case_ignorable(uint32_t c);           /* Case_Ignorable */
bool case_cased(uint32_t c);               /* Cased and not Case_Ignorable */

/* ------------------------------------------------------------- number.c */

/* Formats n like Number.prototype.toString into buf (>= 32 bytes). */
size_t num_format(double n, char *buf);
/* The correctly rounded value of the decimal literal p[0..n) (strtod's syntax). */
double num_parse_decimal(const char *p, size_t n);

/* --------------------------------------------------------------- array.c */

void arr_free_items(TsArray *a); /* frees an array's storage (not its items' references) */
/* Element i < a->len, borrowed; a hole is ts_hole(). */
TsValue arr_item(const TsArray *a, uint32_t i);
/* a->e.items, first converting an array of numbers, strings or booleans only to values. */
TsValue *arr_values(TsArray *a);
/* A new array of values whose struct has `size` bytes (a TsArray first),
 * with room for cap items. */
TsArray *arr_alloc(size_t size, uint32_t cap);

/* The result of RegExp exec, match and matchAll: an array (shape
 * TS_SHAPE_MATCH) with the extra properties node shows after the items. The
 * `indices` array of the d flag has the same shape, with input NULL. */
typedef struct TsMatchArray {
    TsArray a;
    double index;    /* where the match starts */
    TsString *input; /* the string searched (owned); NULL for `indices` */
    TsValue groups;  /* an object of ts_null_proto_class, or undefined */
    TsValue indices; /* with the d flag, the [start, end] pairs; else undefined */
} TsMatchArray;

static inline TsMatchArray *as_match(TsValue v) {
    return v.tag == TS_ARRAY && v.u.h->shape == TS_SHAPE_MATCH ? (TsMatchArray *)v.u.arr : NULL;
}

/* -------------------------------------------------------------- object.c */

/* Frees o's properties p (o->props, or what it was) and their index. */
void obj_free_props(TsObject *o, TsProps *p);


/* Objects with a null prototype (RegExp match groups): node shows them as
 * "[Object: null prototype] {...}". */
extern const TsClass ts_null_proto_class;

/* Index of key in o, or -1. */
long obj_find(TsObject *o, TsString *key);
TsValue obj_get_own(TsObject *o, TsString *key); /* borrowed */
const TsMethod *class_find_method(const TsClass *cls, TsString *name);
/* An own accessor property's slot value (ts_obj_define_accessor), and its get or set function. */
bool obj_is_accessor(TsValue v);
TsValue obj_accessor_fn(TsValue pair, bool setter);
/* The value in o's slot i (a key added at run time), a placeholder of a
 * property computed on first read computed first (ts_obj_resolve_lazy).  Borrowed. */
TsValue obj_slot_value(TsObject *o, uint32_t i);
/* TypeError "... is not iterable", as V8 words it for v. */
void throw_not_iterable(TsValue v) TS_NORETURN;

/* ---------------------------------------------------------- json_parse.c */

uint32_t json_max_depth(void); /* the nesting limit, also JSON.stringify's */

/* ---------------------------------------------------------------- date.c */

/* console.log's form of a Date (ISO, or "Invalid Date"); NULL for other
 * values. A hook that date.c sets when it makes its first Date, so that
 * console.log does not link Date into apps that never make one. */
extern TsString *(*date_inspect_hook)(TsValue v);

/* -------------------------------------------------------------- binary.c */

/* What console.log shows of a binary object (tsfw_binary.h). */
typedef enum BinKind {
    BIN_TYPED,
    BIN_BUFFER,
    BIN_DATAVIEW,
    BIN_ENCODER,
    BIN_DECODER
} BinKind;
typedef struct BinView {
    const char *name; /* the class: "Uint8Array", "ArrayBuffer", "DataView"... */
    BinKind kind;
    uint32_t length;                      /* elements; bytes of a buffer or a DataView; a decoder's flags */
    uint32_t offset;                      /* a DataView's byteOffset */
    const uint8_t *bytes;                 /* an ArrayBuffer's bytes */
    TsValue buffer;                       /* a DataView's ArrayBuffer (borrowed) */
    double (*get)(TsValue v, uint32_t i); /* element i of a typed array */
} BinView;
bool bin_view(TsValue v, BinView *out); /* false for values that are not binary.c's */

/* ------------------------------------------------------------- inspect.c */

/* A piece of inspect's output: owned, NUL-terminated. */
typedef struct InspectStr {
    char *p;
    size_t len;
} InspectStr;
struct InspectCtx; /* inspect.c's state while it formats a value */
/* console.log's form of binary data (inspect.c, linked only with binary.c):
 * binary.c points the hook at inspect_binary when it makes its first
 * object, so that apps without binary data link neither. */
extern bool (*binary_format_hook)(struct InspectCtx *c, TsValue v, int recurse, InspectStr *out);
bool inspect_binary(struct InspectCtx *c, TsValue v, int recurse, InspectStr *out);

/* The text console.log prints for these arguments (without the newline). */
TsString *ts_format_args(int argc, const TsValue *argv);
TsString *inspect_uncaught(TsValue v); /* ts_inspect, as node reports an uncaught error */

/* ----------------------------------------------------------------- map.c */

/* A map's keys and values are stored by kind, as an array's elements are:
 * the first entry picks the kind, and an entry of another type later widens
 * the storage to TsValues for good (map.c). */
enum {
    TS_MAP_STR, /* keys only: TsString *, NULL a deleted entry */
    TS_MAP_NUM, /* doubles; a deleted key is TS_HOLE_NUM_BITS, an undefined value ts_undef_num() */
    TS_MAP_VAL  /* TsValues; a deleted key has tag TS_MAP_DELETED */
};
struct TsMap {
    TsHeap h;
    uint32_t used; /* entries used, including deleted ones */
    uint32_t cap;
    uint32_t size;      /* live entries */
    uint32_t iterating; /* forEach depth: no compaction while > 0 */
    void *keys;         /* cap keys of key_kind */
    void *vals;         /* cap values of val_kind; NULL for sets */
    uint32_t *index;    /* open addressing: entry + 1, 0 empty */
    uint32_t index_cap;
    uint8_t key_kind, val_kind;
};
#define TS_MAP_DELETED 0xFF
/* Entry i of m as values (borrowed; a set's value is its key): false when it
 * is deleted. The collector and console.log call it through this pointer,
 * which map.c sets when it makes its first map or set, so that an app
 * without either links none of map.c's storage code. */
extern bool (*ts_map_entry)(const TsMap *m, uint32_t i, TsValue *k, TsValue *v);
/* Empties m and frees its arrays, for the collector: each key and value
 * that is a TsValue goes to drop (memory.c's), strings are released. */
extern void (*ts_map_drop)(TsMap *m, bool all, void (*drop)(TsValue v, bool all));

/* --------------------------------------------------------------- value.c */

bool ts_same_value_zero(TsValue a, TsValue b);
/* ToPrimitive for the runtime's objects: arrays join, objects use a
 * toString method when their class has one. Owned. */
TsValue ts_to_primitive(TsValue v);

/* ------------------------------------------------------------ mathlib.c */

void ts_math_seed(uint64_t seed);
/* number.c: shortest round-trip digits, by Grisu3 (0 when it cannot tell) or by
 * searching with sprintf/strtod */
int num_grisu3(double x, char *d, int *e10);
int num_shortest_search(double x, char *d, int *e);

/* ---------------------------------------------------------------- rt.c */

void ts_out_write(const char *p, size_t n); /* buffered stdout */
void ts_out_flush(void);
void ts_err_write(const char *p, size_t n); /* flushes stdout first */

/* -------------------------------------------------------------- exc.c */

/* Guards that a throw runs while it unwinds (registered with
 * ts_root_cleanup, dropped with ts_roots_pop): free a buffer or a block
 * that a runtime function holds while it calls back into the app. */
typedef struct BufGuard {
    TsCleanup c;
    TsBuf *buf;
} BufGuard;
void buf_guard(BufGuard *g, TsBuf *b);
typedef struct MemGuard {
    TsCleanup c;
    void *p; /* ts_dealloc'd; may be updated after a realloc */
} MemGuard;
void mem_guard(MemGuard *g, void *p);
void exc_shutdown(void); /* frees the root stack (at exit) */

/* ------------------------------------------------------------ error.c */

/* An immortal key string flagged so that enumeration (keys, JSON, inspect,
 * assign) skips the property: error objects' message, stack and cause. The
 * flag lives in the gc byte, which immortal strings never use. */
static inline bool key_enumerable(const TsString *k) { return !(k->h.gc & TS_KEY_HIDDEN); }

bool class_is_error(const TsClass *c);                      /* does the chain reach ts_error_class? */
TsValue error_of_kind(TsErrorKind kind, TsString *message); /* owned; message borrowed */
/* name, message and stack that an error has without an own property
 * (stack is formatted and stored on first read). Borrowed. */
TsValue error_inherited(TsObject *o, TsString *key, bool *found);
TsString *error_header(TsObject *o);     /* "Name: message", without running app code; owned */
TsString *error_stack_text(TsObject *o); /* header + "\n    at file:line:col"; owned */
const TsLoc *error_loc(const TsObject *o);
void buf_put_loc(TsBuf *b, const TsLoc *loc); /* "file.ts:line:col" */

size_t str_count16(const char *p, size_t len); /* JS .length of WTF-8 text */
/* A copy of len bytes of text of len units (ASCII: a number's text, a slice of ASCII) */
TsString *str_new_ascii(const char *bytes, size_t len);

#endif
