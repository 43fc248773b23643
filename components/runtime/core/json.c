/* json.c - JSON.stringify(value, replacer, space).
 *
 * The open arrays and objects are frames on a heap stack, not C recursion,
 * so a deep value cannot overflow the device's small task stack; the
 * nesting is bounded by JSON.parse's depth limit (ts_json_set_limits).
 *
 * A replacer function and toJSON methods are app code that may throw. Before
 * the first such call the writer's state is handed to a guard object on the
 * temp stack, so that unwinding the temp stack frees it. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

/* An open array or object. An object's keys are, in order of preference:
 * the replacer array's list; a copy taken when it opened, when a replacer
 * function may change it meanwhile; or its live keys. */
typedef struct Frame {
    TsValue holder;      /* owned: the array or object being written */
    TsString **keys;     /* the keys to write, or NULL for arrays and live keys */
    bool owns_keys;      /* keys is this frame's copy */
    uint32_t count;      /* keys, or the array's length when it opened */
    uint32_t next;       /* the next key or index */
    TsString *current;   /* owned: the key of the member being written */
    size_t outer_indent; /* indentation length outside this container */
    bool any;            /* a member has been written (objects) */
} Frame;

typedef struct Json {
    TsBuf out;
    TsBuf indent; /* the current indentation */
    char gap[48]; /* space: up to 10 UTF-16 units */
    size_t gaplen;
    TsValue replacer; /* borrowed: the replacer function, or undefined */
    TsString **allow; /* owned: the replacer array's property list */
    uint32_t nallow;
    Frame *frames;
    uint32_t depth, cap;
    TsString *call_key; /* owned: the key passed to the last toJSON or replacer call */
    TsValue guard;      /* the temp-stack object that owns this state, once app code runs */
} Json;

static TsString s_tojson = TS_STR_LIT("toJSON", 6, 6);

static void quote(TsBuf *b, TsString *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0, run = 0;
    buf_putc(b, '"');
    while (i < s->len) {
        unsigned char c = p[i];
        char tmp[8];
        /* a lone surrogate is ED A0..BF xx in WTF-8 */
        bool surrogate = c == 0xED && i + 1 < s->len && p[i + 1] >= 0xA0;
        if (c >= 0x20 && c != '"' && c != '\\' && !surrogate) {
            i++;
            continue;
        }
        buf_put(b, s->data + run, i - run); /* the text before, in one piece */
        switch (c) {
        case '"': buf_puts(b, "\\\""); break;
        case '\\': buf_puts(b, "\\\\"); break;
        case '\b': buf_puts(b, "\\b"); break;
        case '\f': buf_puts(b, "\\f"); break;
        case '\n': buf_puts(b, "\\n"); break;
        case '\r': buf_puts(b, "\\r"); break;
        case '\t': buf_puts(b, "\\t"); break;
        default: {
            size_t k = i;
            sprintf(tmp, "\\u%04x", (unsigned)wtf8_decode(s->data, s->len, &k));
            buf_puts(b, tmp);
            i = k - 1;
        }
        }
        run = ++i;
    }
    buf_put(b, s->data + run, i - run);
    buf_putc(b, '"');
}

/* ---------------------------------------------------------------- state */

static void frame_free(Frame *f) {
    uint32_t i;
    if (f->owns_keys) {
        for (i = 0; i < f->count; i++) ts_str_release(f->keys[i]);
        ts_dealloc(f->keys);
    }
    ts_str_release(f->current);
    ts_release(f->holder);
}

static bool frame_has_next(const Frame *f) {
    if (f->holder.tag == TS_OBJECT && !f->keys) return f->next < obj_nprops(f->holder.u.obj);
    return f->next < f->count;
}

static void json_free(Json *j) {
    uint32_t i;
    while (j->depth) frame_free(&j->frames[--j->depth]);
    ts_dealloc(j->frames);
    for (i = 0; i < j->nallow; i++) ts_str_release(j->allow[i]);
    ts_dealloc(j->allow);
    ts_str_release(j->call_key);
    buf_free(&j->out);
    buf_free(&j->indent);
    ts_dealloc(j);
}

static void guard_finalize(TsObject *self) {
    if (ts_obj_native(self)) json_free((Json *)ts_obj_native(self));
    ts_obj_set_native(self, NULL);
}

static const TsClass guard_class = {"JSON.stringify", NULL, 0, NULL, guard_finalize, 0, NULL, NULL, 0, NULL};

/* Called before app code runs: from here the guard on the temp stack owns j. */
static void guard(Json *j) {
    if (j->guard.tag != TS_UNDEFINED) return;
    j->guard = ts_tmp(ts_obj_new(&guard_class, 0));
    ts_obj_set_native(j->guard.u.obj, j);
}

/* Frees j (through its guard, if it has one) and returns. */
static void json_done(Json *j) {
    if (j->guard.tag == TS_OBJECT) ts_obj_set_native(j->guard.u.obj, NULL);
    json_free(j);
}

/* ------------------------------------------------------------- errors */

static const char *constructor_name(TsValue v) {
    if (v.tag == TS_ARRAY) return "Array";
    return v.u.obj->cls ? v.u.obj->cls->name : "Object";
}

/* How V8 names the member by which the next container was reached. */
static void put_member(TsBuf *b, const Frame *f) {
    char tmp[24];
    if (f->current) {
        buf_puts(b, "property '");
        buf_put_str(b, f->current);
        buf_putc(b, '\'');
    } else {
        sprintf(tmp, "index %lu", (unsigned long)(f->next - 1));
        buf_puts(b, tmp);
    }
}

/* V8's message for a cycle that starts at frame s: each step from there,
 * the first two and the last one when there are more than three. The
 * message is a temporary, released with the temp stack. */
static void circular_error(Json *j, uint32_t s) {
    TsBuf b;
    TsString *msg;
    uint32_t t, steps = j->depth - 1 - s;
    buf_init(&b);
    buf_puts(&b, "Converting circular structure to JSON\n    --> starting at object with constructor '");
    buf_puts(&b, constructor_name(j->frames[s].holder));
    buf_putc(&b, '\'');
    for (t = s; t + 1 < j->depth; t++) {
        uint32_t k = t - s;
        if (steps > 3 && k == 2) buf_puts(&b, "\n    |     ...");
        if (steps > 3 && k >= 2 && k + 1 < steps) continue;
        buf_puts(&b, "\n    |     ");
        put_member(&b, &j->frames[t]);
        buf_puts(&b, " -> object with constructor '");
        buf_puts(&b, constructor_name(j->frames[t + 1].holder));
        buf_putc(&b, '\'');
    }
    buf_puts(&b, "\n    --- ");
    put_member(&b, &j->frames[j->depth - 1]);
    buf_puts(&b, " closes the circle");
    msg = ts_tmp_str(buf_to_str(&b));
    json_done(j);
    ts_throw_error(TS_ERR_TYPE, "%s", msg->data);
}

/* -------------------------------------------------------------- values */

/* The key as toJSON and the replacer get it: key, or for an array element
 * its index. */
static TsValue call_key(Json *j, TsString *key, uint32_t i) {
    ts_str_release(j->call_key);
    j->call_key = key ? ts_str_retain(key) : ts_num_to_str(i);
    return ts_str_v(j->call_key);
}

/* toJSON, then the replacer function: the value to write for holder[key]
 * (or holder[index] when key is NULL); owned. v is borrowed. */
static TsValue transform(Json *j, TsString *key, uint32_t index, TsValue borrowed) {
    /* v is owned from here; rooted, so that a toJSON or replacer that throws does not leak it */
    volatile TsValue v = ts_dup(borrowed);
    TsValue kv = ts_undefined(), out;
    size_t rm = ts_roots_mark();
    ts_root_val(&v);
    if (v.tag == TS_OBJECT) {
        TsValue own = obj_get_own(v.u.obj, &s_tojson);
        const TsMethod *m = own.tag == TS_UNDEFINED && v.u.obj->cls ? class_find_method(v.u.obj->cls, &s_tojson) : NULL;
        if (own.tag == TS_FUNCTION || m) {
            TsValue r;
            guard(j);
            kv = call_key(j, key, index);
            r = m ? m->fn(v, 1, &kv) : ts_call(own, 1, &kv);
            ts_release(v);
            v = r;
        }
    }
    if (j->replacer.tag == TS_FUNCTION) {
        TsValue args[2], r;
        guard(j);
        if (kv.tag == TS_UNDEFINED) kv = call_key(j, key, index);
        args[0] = kv;
        args[1] = v;
        r = ts_call(j->replacer, 2, args);
        ts_release(v);
        v = r;
    }
    ts_roots_pop(rm);
    out = v;
    while (out.tag == TS_BOX) {
        TsValue inner = ts_dup(out.u.box->v);
        ts_release(out);
        out = inner;
    }
    return out;
}

static void newline(Json *j) {
    buf_putc(&j->out, '\n');
    buf_put(&j->out, j->indent.data, j->indent.len);
}

/* Opens a frame for the array or object x (owned). */
static void open_frame(Json *j, TsValue x) {
    Frame *f;
    uint32_t i;
    for (i = 0; i < j->depth; i++)
        if (j->frames[i].holder.u.h == x.u.h) {
            ts_release(x);
            circular_error(j, i);
        }
    if (j->depth >= json_max_depth()) {
        uint32_t limit = json_max_depth();
        ts_release(x);
        json_done(j);
        ts_throw_error(TS_ERR_RANGE, "JSON nesting depth exceeds the limit of %lu (JSON.setLimits)",
                       (unsigned long)limit);
    }
    if (j->depth == j->cap) {
        j->cap = j->cap ? j->cap * 2 : 8;
        j->frames = (Frame *)ts_realloc(j->frames, j->cap * sizeof(Frame));
    }
    f = &j->frames[j->depth++];
    memset(f, 0, sizeof *f);
    f->holder = x;
    f->outer_indent = j->indent.len;
    buf_put(&j->indent, j->gap, j->gaplen);
    if (x.tag == TS_ARRAY) {
        f->count = x.u.arr->len;
        buf_putc(&j->out, '[');
    } else {
        TsObject *o = x.u.obj;
        /* an accessor's getter is app code, which may throw */
        for (i = 0; i < o->count; i++)
            if (obj_is_accessor(ts_obj_valv(o)[i])) {
                guard(j);
                break;
            }
        if (j->allow) {
            f->keys = j->allow;
            f->count = j->nallow;
        } else if (j->replacer.tag == TS_FUNCTION) {
            f->count = obj_nprops(o);
            f->keys = (TsString **)ts_alloc((f->count ? f->count : 1) * sizeof(TsString *));
            f->owns_keys = true;
            for (i = 0; i < f->count; i++) {
                TsValue v;
                obj_prop(o, i, &f->keys[i], &v);
                ts_str_retain(f->keys[i]);
            }
        }
        buf_putc(&j->out, '{');
    }
}

static void close_frame(Json *j) {
    Frame *f = &j->frames[j->depth - 1];
    bool is_array = f->holder.tag == TS_ARRAY;
    j->indent.len = f->outer_indent;
    if (j->gaplen && (is_array ? f->count > 0 : f->any)) newline(j);
    buf_putc(&j->out, is_array ? ']' : '}');
    frame_free(f);
    j->depth--;
}

/* Writes x (owned) or opens its frame; false, with nothing written, for
 * what JSON leaves out (undefined, functions). */
static bool write_value(Json *j, TsValue x) {
    char tmp[40];
    switch (x.tag) {
    case TS_NULL: buf_puts(&j->out, "null"); return true;
    case TS_BOOL: buf_puts(&j->out, x.u.b ? "true" : "false"); return true;
    case TS_NUMBER:
        if (!isfinite(x.u.num)) buf_puts(&j->out, "null");
        else buf_put(&j->out, tmp, num_format(x.u.num, tmp));
        return true;
    case TS_STRING:
        quote(&j->out, x.u.str);
        ts_release(x);
        return true;
    case TS_ARRAY:
    case TS_OBJECT: open_frame(j, x); return true;
    case TS_MAP:
    case TS_SET: /* no enumerable own properties */
        buf_puts(&j->out, "{}");
        ts_release(x);
        return true;
    default: /* undefined, functions */ ts_release(x); return false;
    }
}

/* Writes the next member of the innermost container. */
static void write_member(Json *j) {
    uint32_t depth = j->depth;
    Frame *f = &j->frames[depth - 1];
    uint32_t i = f->next++;
    if (f->holder.tag == TS_ARRAY) {
        TsArray *a = f->holder.u.arr;
        TsValue x;
        if (i) buf_putc(&j->out, ',');
        if (j->gaplen) newline(j);
        x = transform(j, NULL, i, i < a->len ? arr_item(a, i) : ts_undefined());
        if (!write_value(j, x)) buf_puts(&j->out, "null");
    } else {
        TsString *key;
        size_t mark = j->out.len;
        TsValue x;
        if (f->keys) key = f->keys[i];
        else obj_prop(f->holder.u.obj, i, &key, &x);
        /* hidden keys (an error's message, stack and cause) are written only when a replacer lists them */
        if (!(j->allow && f->keys == j->allow) && !key_enumerable(key)) return;
        ts_str_release(f->current);
        f->current = ts_str_retain(key);
        if (f->any) buf_putc(&j->out, ',');
        if (j->gaplen) newline(j);
        quote(&j->out, key);
        buf_putc(&j->out, ':');
        if (j->gaplen) buf_putc(&j->out, ' ');
        x = transform(j, key, 0, obj_get_own(f->holder.u.obj, key));
        /* write_value may open a frame and so move the frames: index, not f */
        if (write_value(j, x)) j->frames[depth - 1].any = true;
        else j->out.len = mark; /* left out */
    }
}

/* ------------------------------------------------------------ options */

static void set_gap(Json *j, TsValue space) {
    if (space.tag == TS_NUMBER) {
        double n = space.u.num;
        size_t count = n >= 10 ? 10 : n >= 1 ? (size_t)n : 0;
        memset(j->gap, ' ', count);
        j->gaplen = count;
    } else if (space.tag == TS_STRING) {
        TsString *g = ts_str_slice(space.u.str, 0, 10);
        j->gaplen = g->len < sizeof j->gap ? g->len : sizeof j->gap;
        memcpy(j->gap, g->data, j->gaplen);
        ts_str_release(g);
    }
}

/* The property list of an array replacer: its strings and numbers, in
 * order, each once. */
static void set_allow_list(Json *j, TsArray *a) {
    uint32_t i, k;
    j->allow = (TsString **)ts_alloc((a->len ? a->len : 1) * sizeof(TsString *));
    for (i = 0; i < a->len; i++) {
        TsValue item = arr_item(a, i);
        TsString *name;
        if (item.tag == TS_STRING) name = ts_str_retain(item.u.str);
        else if (item.tag == TS_NUMBER) name = ts_num_to_str(item.u.num);
        else continue;
        for (k = 0; k < j->nallow && !ts_str_eq(j->allow[k], name); k++) {}
        if (k < j->nallow) ts_str_release(name);
        else j->allow[j->nallow++] = name;
    }
}

TsString *ts_json_stringify_full(TsValue v, TsValue replacer, TsValue space) {
    Json *j = (Json *)ts_alloc(sizeof(Json));
    TsString *r = NULL;
    TsValue x;
    memset(j, 0, sizeof *j);
    buf_init(&j->out);
    buf_init(&j->indent);
    j->replacer = replacer.tag == TS_FUNCTION ? replacer : ts_undefined();
    j->guard = ts_undefined();
    if (replacer.tag == TS_ARRAY) set_allow_list(j, replacer.u.arr);
    set_gap(j, space);
    x = transform(j, ts_str_empty(), 0, v);
    if (write_value(j, x)) {
        while (j->depth) {
            Frame *f = &j->frames[j->depth - 1];
            if (frame_has_next(f)) write_member(j);
            else close_frame(j);
        }
        r = buf_to_str(&j->out);
    }
    json_done(j);
    return r;
}

TsString *ts_json_stringify(TsValue v, TsValue indent) { return ts_json_stringify_full(v, ts_undefined(), indent); }
