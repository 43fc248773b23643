/* binary.c - ArrayBuffer, the typed arrays, DataView, TextEncoder and
 * TextDecoder (tsfw_binary.h), with ECMA-262's conversions and node's
 * messages.
 *
 * Every one is a Bin: an object of a runtime class with its state after the
 * object header, so that it has no own properties and instanceof works
 * through the class. An ArrayBuffer owns its bytes; a view (typed array,
 * DataView) holds its ArrayBuffer and points into its bytes. Elements are
 * read and written with memcpy in the target's byte order. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

/* ArrayBuffers and views above this size are refused like node refuses 2^53: the chip has 80 KB to 512 KB of RAM. */
#define MAX_BYTES 0x7FFFFFFFu

typedef struct Bin {
    TsObject obj;
    TsObject *buf;   /* views: the ArrayBuffer (retained); NULL for an ArrayBuffer and the text coders */
    uint8_t *data;   /* ArrayBuffer: its bytes (owned); views: the buffer's bytes + offset */
    uint32_t offset; /* views: where they start in the buffer, in bytes */
    uint32_t length; /* typed arrays: elements; DataView and ArrayBuffer: bytes; TextDecoder: flags */
} Bin;

/* TextDecoder flags, in Bin.length */
#define DEC_FATAL      1u
#define DEC_IGNORE_BOM 2u

static void fin_buffer(TsObject *o) {
    ts_dealloc(((Bin *)o)->data);
    ((Bin *)o)->data = NULL;
}
static void fin_view(TsObject *o) {
    Bin *b = (Bin *)o;
    TsObject *buf = b->buf;
    b->buf = NULL;
    b->data = NULL;
    ts_heap_release((TsHeap *)buf);
}

static const TsClass abuf_class = {"ArrayBuffer", NULL, 0, NULL, fin_buffer, 0, NULL, NULL, 0, NULL};
static const TsClass dv_class = {"DataView", NULL, 0, NULL, fin_view, 0, NULL, NULL, 0, NULL};
static const TsClass encoder_class = {"TextEncoder", NULL, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};
static const TsClass decoder_class = {"TextDecoder", NULL, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};

/* What the runtime calls by name on a typed array: String(a) and `${a}`
 * (toString), Array.from(a), spread and new Set(a) (values). */
static TsValue m_to_string(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_str_v(ts_ta_join(self, NULL));
}
static TsValue m_values(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_ta_to_array(self);
}
static TsString s_to_string = TS_STR_LIT("toString", 8, 8);
static TsString s_values = TS_STR_LIT("values", 6, 6);
static const TsMethod ta_methods[] = {{&s_to_string, m_to_string}, {&s_values, m_values}};
#define TA_CLASS(name) \
    { name, NULL, 2, ta_methods, fin_view, 0, NULL, NULL, 0, NULL }

/* The typed array classes, by TsTypedKind. */
static const TsClass ta_classes[] = {
    TA_CLASS("Int8Array"),   TA_CLASS("Uint8Array"),   TA_CLASS("Uint8ClampedArray"),
    TA_CLASS("Int16Array"),  TA_CLASS("Uint16Array"),  TA_CLASS("Int32Array"),
    TA_CLASS("Uint32Array"), TA_CLASS("Float32Array"), TA_CLASS("Float64Array"),
};
static const uint8_t elem_size[] = {1, 1, 1, 2, 2, 4, 4, 4, 8};
#define NKINDS (sizeof ta_classes / sizeof ta_classes[0])

static int kind_of(const TsObject *o) {
    size_t k;
    for (k = 0; k < NKINDS; k++)
        if (o->cls == &ta_classes[k]) return (int)k;
    return -1;
}

static Bin *as_bin(TsValue v, const TsClass *cls) {
    return v.tag == TS_OBJECT && v.u.obj->cls == cls ? (Bin *)v.u.obj : NULL;
}
static Bin *as_typed(TsValue v) { return v.tag == TS_OBJECT && kind_of(v.u.obj) >= 0 ? (Bin *)v.u.obj : NULL; }

/* The typed array a method was called on: a TypeError for anything else (an unsound cast). */
static Bin *typed_of(TsValue v, int *kind) {
    Bin *b = as_typed(v);
    if (!b) ts_throw_error(TS_ERR_TYPE, "this is not a typed array.");
    *kind = kind_of(&b->obj);
    return b;
}

/* ------------------------------------------------------------ elements */

static double load(int kind, const uint8_t *p) {
    switch (kind) {
    case TS_TA_INT8: return (double)(int8_t)(p[0] < 128 ? (int)p[0] : (int)p[0] - 256);
    case TS_TA_UINT8:
    case TS_TA_UINT8_CLAMPED: return p[0];
    case TS_TA_INT16: {
        uint16_t u;
        memcpy(&u, p, 2);
        return u < 0x8000u ? (double)u : (double)u - 65536.0;
    }
    case TS_TA_UINT16: {
        uint16_t u;
        memcpy(&u, p, 2);
        return u;
    }
    case TS_TA_INT32: {
        uint32_t u;
        memcpy(&u, p, 4);
        return u < 0x80000000u ? (double)u : (double)u - 4294967296.0;
    }
    case TS_TA_UINT32: {
        uint32_t u;
        memcpy(&u, p, 4);
        return u;
    }
    case TS_TA_FLOAT32: {
        float f;
        memcpy(&f, p, 4);
        return f;
    }
    default: {
        double d;
        memcpy(&d, p, 8);
        return d;
    }
    }
}

/* ToUint8Clamp: NaN -> 0, clamped, rounded half to even. */
static uint8_t clamp_u8(double n) {
    double f;
    if (!(n > 0)) return 0;
    if (n >= 255) return 255;
    f = floor(n);
    if (f + 0.5 < n) return (uint8_t)(f + 1);
    if (n < f + 0.5) return (uint8_t)f;
    return (uint8_t)((int)f % 2 ? f + 1 : f);
}

static void store(int kind, uint8_t *p, double v) {
    uint32_t u = ts_u32(v); /* ToInt8 ... ToUint32 all wrap modulo 2^bits */
    switch (kind) {
    case TS_TA_INT8:
    case TS_TA_UINT8: p[0] = (uint8_t)u; break;
    case TS_TA_UINT8_CLAMPED: p[0] = clamp_u8(v); break;
    case TS_TA_INT16:
    case TS_TA_UINT16: {
        uint16_t h = (uint16_t)u;
        memcpy(p, &h, 2);
        break;
    }
    case TS_TA_INT32:
    case TS_TA_UINT32: memcpy(p, &u, 4); break;
    case TS_TA_FLOAT32: {
        float f = (float)v;
        memcpy(p, &f, 4);
        break;
    }
    default: memcpy(p, &v, 8); break;
    }
}

static double elem(const Bin *b, int kind, uint32_t i) { return load(kind, b->data + (size_t)i * elem_size[kind]); }

/* ---------------------------------------------------------- allocation */

static bool bytes_of(TsValue v, const uint8_t **data, size_t *len);

static Bin *bin_new(const TsClass *cls) {
    Bin *b = (Bin *)ts_heap_new(sizeof(Bin), TS_OBJECT);
    b->obj.cls = cls;
    binary_format_hook = inspect_binary;
    ts_bin_bytes_hook = bytes_of;
    return b;
}

static Bin *abuf_alloc(uint32_t n) {
    Bin *b = bin_new(&abuf_class);
    b->data = (uint8_t *)ts_alloc(n ? n : 1);
    memset(b->data, 0, n ? n : 1);
    b->length = n;
    return b;
}

/* ToIndex for a length: an integer in [0, MAX_BYTES], else RangeError. */
static bool to_index(double d, uint32_t *out) {
    d = d != d ? 0 : trunc(d);
    if (d < 0 || d > MAX_BYTES) return false;
    *out = (uint32_t)d;
    return true;
}

TsValue ts_abuf_new(double len) {
    uint32_t n;
    if (!to_index(len, &n)) ts_throw_error(TS_ERR_RANGE, "Invalid array buffer length");
    return ts_obj_v(&abuf_alloc(n)->obj);
}

/* A view of kind on buf (borrowed), from byte `offset`, `length` elements. */
static TsValue view_new(const TsClass *cls, Bin *buf, uint32_t offset, uint32_t length) {
    Bin *b = bin_new(cls);
    ts_heap_retain(&buf->obj.h);
    b->buf = &buf->obj;
    b->data = buf->data + offset;
    b->offset = offset;
    b->length = length;
    return ts_obj_v(&b->obj);
}

static TsValue typed_alloc(int kind, uint32_t n) {
    Bin *buf;
    TsValue v;
    if ((uint64_t)n * elem_size[kind] > MAX_BYTES)
        ts_throw_error(TS_ERR_RANGE, "Invalid typed array length: %lu", (unsigned long)n);
    buf = abuf_alloc(n * elem_size[kind]);
    v = view_new(&ta_classes[kind], buf, 0, n);
    ts_heap_release(&buf->obj.h);
    return v;
}

TsValue ts_u8_from_bytes(const void *data, size_t len) {
    TsValue v;
    if (len > MAX_BYTES) ts_throw_error(TS_ERR_RANGE, "Invalid typed array length: %lu", (unsigned long)len);
    v = typed_alloc(TS_TA_UINT8, (uint32_t)len);
    if (len) memcpy(((Bin *)v.u.obj)->data, data, len);
    return v;
}

/* Relative start/end as slice() and subarray() take them, clamped to [0, len]. */
static uint32_t rel(double d, uint32_t len) {
    if (d != d) return 0;
    if (d < 0) return d + len < 0 ? 0 : (uint32_t)(d + len);
    return d > len ? len : (uint32_t)d;
}

/* --------------------------------------------------------- constructors */

/* The same from an array, one element at a time: a valueOf may change it. */
static TsValue from_array(int kind, TsArray *a) {
    TsValue r = typed_alloc(kind, a->len);
    Bin *b = (Bin *)r.u.obj;
    uint32_t i, n = a->len;
    size_t rm = ts_roots_mark();
    ts_root_val(&r);
    for (i = 0; i < n; i++)
        store(kind, b->data + (size_t)i * elem_size[kind], i < a->len ? ts_to_number(arr_item(a, i)) : NAN);
    ts_roots_pop(rm);
    return r;
}

static TsValue from_values(int kind, uint32_t n, const TsValue *items) {
    TsValue r = typed_alloc(kind, n);
    Bin *b = (Bin *)r.u.obj;
    uint32_t i;
    size_t rm = ts_roots_mark();
    ts_root_val(&r); /* ToNumber may throw (a Symbol has none here, but an object's valueOf can) */
    for (i = 0; i < n; i++) store(kind, b->data + (size_t)i * elem_size[kind], ts_to_number(items[i]));
    ts_roots_pop(rm);
    return r;
}

static TsValue copy_typed(int kind, Bin *src) {
    int sk = kind_of(&src->obj);
    TsValue r = typed_alloc(kind, src->length);
    Bin *b = (Bin *)r.u.obj;
    uint32_t i;
    if (sk == kind) memcpy(b->data, src->data, (size_t)src->length * elem_size[kind]);
    else
        for (i = 0; i < src->length; i++) store(kind, b->data + (size_t)i * elem_size[kind], elem(src, sk, i));
    return r;
}

static TsValue view_of_buffer(int kind, Bin *buf, int argc, const TsValue *argv) {
    unsigned size = elem_size[kind];
    const char *name = ta_classes[kind].name;
    double off_d = argc > 1 && argv[1].tag != TS_UNDEFINED ? ts_to_number(argv[1]) : 0;
    uint32_t off, len;
    if (!to_index(off_d, &off))
        ts_throw_error(TS_ERR_RANGE, "Start offset %g is outside the bounds of the buffer", off_d);
    if (off % size) ts_throw_error(TS_ERR_RANGE, "start offset of %s should be a multiple of %u", name, size);
    if (argc > 2 && argv[2].tag != TS_UNDEFINED) {
        double len_d = ts_to_number(argv[2]);
        if (!to_index(len_d, &len) || (uint64_t)off + (uint64_t)len * size > buf->length)
            ts_throw_error(TS_ERR_RANGE, "Invalid typed array length: %g", len_d);
    } else {
        if (buf->length % size)
            ts_throw_error(TS_ERR_RANGE, "byte length of %s should be a multiple of %u", name, size);
        if (off > buf->length)
            ts_throw_error(TS_ERR_RANGE, "Start offset %lu is outside the bounds of the buffer", (unsigned long)off);
        len = (buf->length - off) / size;
    }
    return view_new(&ta_classes[kind], buf, off, len);
}

TsValue ts_ta_new(int kind, int argc, const TsValue *argv) {
    TsValue a = ts_arg(argc, argv, 0);
    Bin *b;
    uint32_t n;
    if (a.tag == TS_UNDEFINED || a.tag == TS_NULL || a.tag == TS_BOOL || a.tag == TS_NUMBER || a.tag == TS_STRING) {
        double d = a.tag == TS_UNDEFINED ? 0 : ts_to_number(a);
        if (a.tag == TS_NULL) d = 0;
        if (!to_index(d, &n))
            ts_throw_error(TS_ERR_RANGE, "Invalid typed array length: %s", ts_tmp_str(ts_num_to_str(d))->data);
        return typed_alloc(kind, n);
    }
    if ((b = as_bin(a, &abuf_class)) != NULL) return view_of_buffer(kind, b, argc, argv);
    if ((b = as_typed(a)) != NULL) return copy_typed(kind, b);
    return ts_ta_from(kind, a, ts_undefined());
}

TsValue ts_ta_from(int kind, TsValue src, TsValue fn) {
    TsValue arr, r;
    size_t rm;
    Bin *b = as_typed(src);
    if (fn.tag == TS_UNDEFINED) {
        if (b) return copy_typed(kind, b);
        if (src.tag == TS_ARRAY) return from_array(kind, src.u.arr);
    }
    if (fn.tag != TS_UNDEFINED && fn.tag != TS_FUNCTION)
        ts_throw_error(TS_ERR_TYPE, "%s is not a function", ts_tmp_str(ts_inspect(fn))->data);
    /* anything else through an array: Sets, strings, {length: n}, and a map function */
    if (b) arr = ts_ta_to_array(src);
    else if (src.tag == TS_OBJECT && !src.u.obj->cls) {
        double len = ts_to_number(ts_obj_get(src, ts_tmp_str(ts_str_from_cstr("length"))));
        arr = ts_arr_from_length(len != len ? 0 : len, ts_undefined());
        if (fn.tag == TS_UNDEFINED) { /* {length: n} holds no elements: zeros */
            r = typed_alloc(kind, (uint32_t)ts_arr_length(arr));
            ts_release(arr);
            return r;
        }
    } else arr = ts_arr_from(src);
    rm = ts_roots_mark();
    ts_root_val(&arr);
    if (fn.tag != TS_UNDEFINED) {
        TsValue mapped = ts_arr_map(arr, fn);
        ts_move(&arr, mapped);
    }
    r = from_array(kind, arr.u.arr);
    ts_release(arr);
    ts_roots_pop(rm);
    return r;
}

TsValue ts_ta_of(int kind, int n, const TsValue *items) { return from_values(kind, (uint32_t)n, items); }

TsValue ts_ta_like(TsValue a, TsValue src) {
    int kind;
    typed_of(a, &kind);
    return ts_ta_from(kind, src, ts_undefined());
}

/* ------------------------------------------------------------- access */

TsValue ts_ta_get(TsValue a, double i) {
    int kind;
    Bin *b = typed_of(a, &kind);
    if (!(i >= 0 && i < b->length) || i != floor(i)) return ts_undefined();
    return ts_num(elem(b, kind, (uint32_t)i));
}

void ts_ta_set(TsValue a, double i, double v) {
    int kind;
    Bin *b = typed_of(a, &kind);
    if (!(i >= 0 && i < b->length) || i != floor(i)) return;
    store(kind, b->data + (size_t)i * elem_size[kind], v);
}

TsValue ts_ta_at(TsValue a, double i) {
    int kind;
    Bin *b = typed_of(a, &kind);
    i = i != i ? 0 : trunc(i);
    if (i < 0) i += b->length;
    return ts_ta_get(a, i);
}

double ts_ta_length(TsValue a) {
    int kind;
    return typed_of(a, &kind)->length;
}

double ts_ta_bytes_per_element(TsValue a) {
    int kind;
    typed_of(a, &kind);
    return elem_size[kind];
}

static Bin *bin_any(TsValue v) {
    Bin *b = as_typed(v);
    if (!b) b = as_bin(v, &dv_class);
    if (!b) b = as_bin(v, &abuf_class);
    return b;
}

/* A view's or an ArrayBuffer's bytes. */
static bool bytes_of(TsValue v, const uint8_t **data, size_t *len) {
    Bin *b = bin_any(v);
    int kind;
    if (!b) return false;
    kind = kind_of(&b->obj);
    *data = b->data;
    *len = kind >= 0 ? (size_t)b->length * elem_size[kind] : b->length;
    return true;
}

double ts_bin_byte_length(TsValue v) {
    const uint8_t *p;
    size_t n;
    if (!bytes_of(v, &p, &n)) ts_throw_error(TS_ERR_TYPE, "byteLength is read from a value that holds no bytes.");
    return (double)n;
}

double ts_bin_byte_offset(TsValue v) {
    Bin *b = bin_any(v);
    return b ? b->offset : 0;
}

TsValue ts_bin_buffer(TsValue v) {
    Bin *b = bin_any(v);
    if (!b || !b->buf) ts_throw_error(TS_ERR_TYPE, "buffer is read from a value that is not a view.");
    ts_heap_retain(&b->buf->h);
    return ts_obj_v(b->buf);
}

/* ------------------------------------------------------------- methods */

TsValue ts_abuf_slice(TsValue v, double start, double end) {
    Bin *b = as_bin(v, &abuf_class), *r;
    uint32_t s, e;
    if (!b) ts_throw_error(TS_ERR_TYPE, "this is not an ArrayBuffer.");
    s = rel(start, b->length);
    e = rel(end, b->length);
    r = abuf_alloc(e > s ? e - s : 0);
    if (e > s) memcpy(r->data, b->data + s, e - s);
    return ts_obj_v(&r->obj);
}

TsValue ts_ta_subarray(TsValue a, double start, double end) {
    int kind;
    Bin *b = typed_of(a, &kind);
    uint32_t s = rel(start, b->length), e = rel(end, b->length);
    return view_new(&ta_classes[kind], (Bin *)b->buf, b->offset + s * elem_size[kind], e > s ? e - s : 0);
}

TsValue ts_ta_slice(TsValue a, double start, double end) {
    int kind;
    Bin *b = typed_of(a, &kind);
    uint32_t s = rel(start, b->length), e = rel(end, b->length);
    TsValue r = typed_alloc(kind, e > s ? e - s : 0);
    if (e > s) memcpy(((Bin *)r.u.obj)->data, b->data + (size_t)s * elem_size[kind], (size_t)(e - s) * elem_size[kind]);
    return r;
}

void ts_ta_set_from(TsValue a, TsValue src, double offset) {
    int kind;
    Bin *b = typed_of(a, &kind), *s = as_typed(src);
    uint32_t n, i, off;
    offset = offset != offset ? 0 : trunc(offset);
    if (src.tag == TS_ARRAY) n = src.u.arr->len;
    else if (s) n = s->length;
    else ts_throw_error(TS_ERR_TYPE, "set() takes an array or a typed array.");
    if (offset < 0 || offset + n > b->length) ts_throw_error(TS_ERR_RANGE, "offset is out of bounds");
    off = (uint32_t)offset;
    if (s) {
        int sk = kind_of(&s->obj);
        if (sk == kind) {
            memmove(b->data + (size_t)off * elem_size[kind], s->data, (size_t)n * elem_size[kind]);
            return;
        }
        /* different types over the same bytes: read all before writing */
        {
            double *tmp = (double *)ts_alloc((n ? n : 1) * sizeof(double));
            for (i = 0; i < n; i++) tmp[i] = elem(s, sk, i);
            for (i = 0; i < n; i++) store(kind, b->data + (size_t)(off + i) * elem_size[kind], tmp[i]);
            ts_dealloc(tmp);
        }
        return;
    }
    for (i = 0; i < n && i < src.u.arr->len; i++)
        store(kind, b->data + (size_t)(off + i) * elem_size[kind], ts_to_number(arr_item(src.u.arr, i)));
}

TsValue ts_ta_fill(TsValue a, double v, double start, double end) {
    int kind;
    Bin *b = typed_of(a, &kind);
    uint32_t s = rel(start, b->length), e = rel(end, b->length), i;
    for (i = s; i < e; i++) store(kind, b->data + (size_t)i * elem_size[kind], v);
    ts_retain(a);
    return a;
}

TsValue ts_ta_copy_within(TsValue a, double target, double start, double end) {
    int kind;
    Bin *b = typed_of(a, &kind);
    uint32_t t = rel(target, b->length), s = rel(start, b->length), e = rel(end, b->length), n;
    n = e > s ? e - s : 0;
    if (n > b->length - t) n = b->length - t;
    memmove(b->data + (size_t)t * elem_size[kind], b->data + (size_t)s * elem_size[kind], (size_t)n * elem_size[kind]);
    ts_retain(a);
    return a;
}

/* Where to start searching: from, relative to the end when negative. */
static double search_from(double from, uint32_t len) {
    from = from != from ? 0 : trunc(from);
    return from < 0 ? (from + len < 0 ? 0 : from + len) : from;
}

double ts_ta_index_of(TsValue a, TsValue v, double from) {
    int kind;
    Bin *b = typed_of(a, &kind);
    double i;
    if (v.tag != TS_NUMBER) return -1;
    for (i = search_from(from, b->length); i < b->length; i++)
        if (elem(b, kind, (uint32_t)i) == v.u.num) return i;
    return -1;
}

double ts_ta_last_index_of(TsValue a, TsValue v, double from) {
    int kind;
    Bin *b = typed_of(a, &kind);
    double i;
    if (v.tag != TS_NUMBER || b->length == 0) return -1;
    from = from != from ? 0 : trunc(from);
    i = from < 0 ? from + b->length : (from > b->length - 1.0 ? b->length - 1.0 : from);
    for (; i >= 0; i--)
        if (elem(b, kind, (uint32_t)i) == v.u.num) return i;
    return -1;
}

bool ts_ta_includes(TsValue a, TsValue v, double from) {
    int kind;
    Bin *b = typed_of(a, &kind);
    double i;
    if (v.tag != TS_NUMBER) return false;
    for (i = search_from(from, b->length); i < b->length; i++) {
        double x = elem(b, kind, (uint32_t)i);
        if (x == v.u.num || (x != x && v.u.num != v.u.num)) return true;
    }
    return false;
}

TsString *ts_ta_join(TsValue a, TsString *sep) {
    int kind;
    Bin *b = typed_of(a, &kind);
    TsBuf out;
    uint32_t i;
    char num[32];
    buf_init(&out);
    for (i = 0; i < b->length; i++) {
        if (i) {
            if (sep) buf_put_str(&out, sep);
            else buf_putc(&out, ',');
        }
        buf_put(&out, num, num_format(elem(b, kind, i), num));
    }
    return buf_to_str(&out);
}

TsValue ts_ta_reverse(TsValue a) {
    int kind;
    Bin *b = typed_of(a, &kind);
    unsigned size = elem_size[kind];
    uint8_t tmp[8];
    uint32_t i;
    for (i = 0; i < b->length / 2; i++) {
        uint8_t *p = b->data + (size_t)i * size, *q = b->data + (size_t)(b->length - 1 - i) * size;
        memcpy(tmp, p, size);
        memcpy(p, q, size);
        memcpy(q, tmp, size);
    }
    ts_retain(a);
    return a;
}

/* Numeric order for the default sort: -0 before +0, NaN last. */
static bool num_before(double x, double y) {
    if (y != y) return x == x;
    if (x != x) return false;
    if (x == 0 && y == 0) return signbit(x) && !signbit(y);
    return x < y;
}

TsValue ts_ta_sort(TsValue a, TsValue cmp) {
    int kind;
    Bin *b = typed_of(a, &kind);
    uint32_t n = b->length, i, width;
    double *x, *t;
    MemGuard gx, gt;
    size_t rm = ts_roots_mark();
    if (cmp.tag != TS_UNDEFINED) {
        /* a comparator: sort the numbers as an array with it, then store them back */
        TsValue arr = ts_ta_to_array(a), sorted;
        ts_root_val(&arr);
        sorted = ts_arr_sort(arr, cmp);
        ts_release(sorted);
        for (i = 0; i < n && i < arr.u.arr->len; i++)
            store(kind, b->data + (size_t)i * elem_size[kind], ts_to_number(arr_item(arr.u.arr, i)));
        ts_release(arr);
        ts_roots_pop(rm);
        ts_retain(a);
        return a;
    }
    x = (double *)ts_alloc((n ? n : 1) * sizeof(double));
    t = (double *)ts_alloc((n ? n : 1) * sizeof(double));
    mem_guard(&gx, x);
    mem_guard(&gt, t);
    for (i = 0; i < n; i++) x[i] = elem(b, kind, i);
    for (width = 1; width < n; width *= 2) {
        uint32_t lo;
        for (lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t p = lo, q = mid, k = lo;
            while (p < mid && q < hi) t[k++] = num_before(x[q], x[p]) ? x[q++] : x[p++];
            while (p < mid) t[k++] = x[p++];
            while (q < hi) t[k++] = x[q++];
        }
        memcpy(x, t, (size_t)n * sizeof(double));
    }
    for (i = 0; i < n; i++) store(kind, b->data + (size_t)i * elem_size[kind], x[i]);
    ts_roots_pop(rm);
    ts_dealloc(x);
    ts_dealloc(t);
    ts_retain(a);
    return a;
}

TsValue ts_ta_to_array(TsValue a) {
    int kind;
    Bin *b = typed_of(a, &kind);
    TsValue r = ts_arr_new(b->length);
    uint32_t i;
    for (i = 0; i < b->length; i++) ts_arr_push(r, ts_num(elem(b, kind, i)));
    return r;
}

/* ------------------------------------------------------------- DataView */

TsValue ts_dv_new(TsValue bufv, TsValue offset, TsValue length) {
    Bin *buf = as_bin(bufv, &abuf_class);
    double off_d = offset.tag == TS_UNDEFINED ? 0 : ts_to_number(offset);
    uint32_t off, len;
    if (!buf) ts_throw_error(TS_ERR_TYPE, "First argument to DataView constructor must be an ArrayBuffer");
    if (!to_index(off_d, &off) || off > buf->length)
        ts_throw_error(TS_ERR_RANGE, "Start offset %s is outside the bounds of the buffer",
                       ts_tmp_str(ts_num_to_str(off_d))->data);
    if (length.tag == TS_UNDEFINED) len = buf->length - off;
    else {
        double len_d = ts_to_number(length);
        if (!to_index(len_d, &len) || (uint64_t)off + len > buf->length)
            ts_throw_error(TS_ERR_RANGE, "Invalid DataView length %s", ts_tmp_str(ts_num_to_str(len_d))->data);
    }
    return view_new(&dv_class, buf, off, len);
}

/* The bytes of element `kind` at offset in dv, or a RangeError. */
static uint8_t *dv_at(TsValue v, int kind, double offset) {
    Bin *b = as_bin(v, &dv_class);
    if (!b) ts_throw_error(TS_ERR_TYPE, "this is not a DataView.");
    offset = offset != offset ? 0 : trunc(offset);
    if (offset < 0 || offset + elem_size[kind] > b->length)
        ts_throw_error(TS_ERR_RANGE, "Offset is outside the bounds of the DataView");
    return b->data + (size_t)offset;
}

/* Copies n bytes, reversed when the requested order is not the target's. */
static void order_copy(uint8_t *dst, const uint8_t *src, unsigned n, bool little) {
    const uint16_t probe = 1;
    bool host_little = *(const uint8_t *)&probe == 1;
    unsigned i;
    if (little == host_little) memcpy(dst, src, n);
    else
        for (i = 0; i < n; i++) dst[i] = src[n - 1 - i];
}

double ts_dv_get(TsValue dv, double offset, bool little, int kind) {
    uint8_t tmp[8];
    order_copy(tmp, dv_at(dv, kind, offset), elem_size[kind], little);
    return load(kind, tmp);
}

void ts_dv_set(TsValue dv, double offset, double v, bool little, int kind) {
    uint8_t tmp[8], *p = dv_at(dv, kind, offset);
    store(kind, tmp, v);
    order_copy(p, tmp, elem_size[kind], little);
}

/* ------------------------------------------------------ text encoding */

TsValue ts_text_encoder_new(void) { return ts_obj_v(&bin_new(&encoder_class)->obj); }

TsValue ts_text_encode(TsValue enc, TsString *s) {
    TsBuf out;
    size_t i = 0;
    TsValue r;
    (void)enc;
    buf_init(&out);
    while (s && i < s->len) {
        uint32_t cp = wtf8_decode(s->data, s->len, &i);
        buf_put_cp(&out, cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
    }
    r = typed_alloc(TS_TA_UINT8, (uint32_t)out.len);
    if (out.len) memcpy(((Bin *)r.u.obj)->data, out.data, out.len);
    buf_free(&out);
    return r;
}

static bool label_is_utf8(TsString *l) {
    static const char *const names[] = {"utf-8",         "utf8",          "unicode-1-1-utf-8",
                                        "unicode11utf8", "unicode20utf8", "x-unicode20utf8"};
    char low[24];
    size_t a = 0, e = l->len, i;
    while (a < e && ts_is_space_cp((unsigned char)l->data[a])) a++;
    while (e > a && ts_is_space_cp((unsigned char)l->data[e - 1])) e--;
    if (e - a >= sizeof low) return false;
    for (i = a; i < e; i++) {
        char c = l->data[i];
        low[i - a] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    low[e - a] = 0;
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(low, names[i]) == 0) return true;
    return false;
}

TsValue ts_text_decoder_new(TsString *label, TsValue options) {
    Bin *b;
    if (label && !label_is_utf8(label))
        ts_throw_error(TS_ERR_RANGE, "The \"%s\" encoding is not supported", label->data);
    b = bin_new(&decoder_class);
    if (options.tag == TS_OBJECT) {
        TsValue r = ts_obj_v(&b->obj);
        size_t rm = ts_roots_mark();
        ts_root_val(&r);
        if (ts_truthy(ts_obj_get(options, ts_tmp_str(ts_str_from_cstr("fatal"))))) b->length |= DEC_FATAL;
        if (ts_truthy(ts_obj_get(options, ts_tmp_str(ts_str_from_cstr("ignoreBOM"))))) b->length |= DEC_IGNORE_BOM;
        ts_roots_pop(rm);
    }
    return ts_obj_v(&b->obj);
}

/* The length of the UTF-8 sequence at p[0..n), or 0 when it is invalid;
 * *bad is then the length of its maximal subpart (WHATWG: one U+FFFD each). */
static size_t utf8_seq(const uint8_t *p, size_t n, size_t *bad) {
    uint8_t c = p[0], lo = 0x80, hi = 0xBF;
    size_t need, i;
    *bad = 1;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else return 0;
    for (i = 1; i <= need; i++) {
        if (i >= n || p[i] < lo || p[i] > hi) {
            *bad = i;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

TsString *ts_text_decode(TsValue dec, TsValue bytes) {
    Bin *d = as_bin(dec, &decoder_class);
    const uint8_t *p;
    size_t n, i = 0;
    TsBuf out;
    if (!d) ts_throw_error(TS_ERR_TYPE, "this is not a TextDecoder.");
    if (bytes.tag == TS_UNDEFINED) return ts_str_new("", 0);
    if (!bytes_of(bytes, &p, &n))
        ts_throw_error(TS_ERR_TYPE, "The \"input\" argument must be an instance of ArrayBuffer or ArrayBufferView.");
    if (!(d->length & DEC_IGNORE_BOM) && n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) i = 3;
    buf_init(&out);
    while (i < n) {
        size_t bad, len = utf8_seq(p + i, n - i, &bad);
        if (len) {
            buf_put(&out, (const char *)p + i, len);
            i += len;
            continue;
        }
        if (d->length & DEC_FATAL) {
            buf_free(&out);
            ts_throw_error(TS_ERR_TYPE, "The encoded data was not valid for encoding utf-8");
        }
        buf_put(&out, "\xEF\xBF\xBD", 3);
        i += bad;
    }
    return buf_to_str(&out);
}

TsString *ts_text_encoding(TsValue coder) {
    static TsString utf8 = TS_STR_LIT("utf-8", 5, 5);
    (void)coder;
    return &utf8;
}
bool ts_text_fatal(TsValue dec) {
    Bin *d = as_bin(dec, &decoder_class);
    return d && (d->length & DEC_FATAL);
}
bool ts_text_ignore_bom(TsValue dec) {
    Bin *d = as_bin(dec, &decoder_class);
    return d && (d->length & DEC_IGNORE_BOM);
}

/* -------------------------------------------------------------- inspect */

static double view_elem(TsValue v, uint32_t i) {
    Bin *b = (Bin *)v.u.obj;
    return elem(b, kind_of(&b->obj), i);
}

bool bin_view(TsValue v, BinView *out) {
    Bin *b;
    int kind;
    if (v.tag != TS_OBJECT || !v.u.obj->cls) return false;
    b = (Bin *)v.u.obj;
    kind = kind_of(&b->obj);
    memset(out, 0, sizeof *out);
    out->name = b->obj.cls->name;
    if (kind >= 0) {
        out->kind = BIN_TYPED;
        out->length = b->length;
        out->get = view_elem;
    } else if (b->obj.cls == &abuf_class) {
        out->kind = BIN_BUFFER;
        out->length = b->length;
        out->bytes = b->data;
    } else if (b->obj.cls == &dv_class) {
        out->kind = BIN_DATAVIEW;
        out->length = b->length;
        out->offset = b->offset;
        out->buffer = ts_obj_v(b->buf);
    } else if (b->obj.cls == &encoder_class) {
        out->kind = BIN_ENCODER;
    } else if (b->obj.cls == &decoder_class) {
        out->kind = BIN_DECODER;
        out->length = b->length;
    } else {
        return false;
    }
    return true;
}
