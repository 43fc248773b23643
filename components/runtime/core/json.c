/* json.c - JSON.stringify(value, null, indent). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

/* A container being serialised, and how its parent reached it. */
typedef struct JsonStep {
    TsHeap *h;
    TsString *key; /* the property name, or NULL for an array index */
    uint32_t index;
} JsonStep;

typedef struct Json {
    TsCleanup c; /* frees the buffers when a toJSON throws, or a cycle is found */
    TsBuf out;
    char gap[48];    /* up to 10 UTF-16 units */
    TsBuf indent;    /* current indentation */
    JsonStep *stack; /* containers being serialised (cycle check) */
    size_t depth, cap;
    TsString *key; /* where the value being serialised sits in its parent */
    uint32_t index;
} Json;

static void quote(TsBuf *b, TsString *s) {
    size_t i = 0;
    buf_putc(b, '"');
    while (i < s->len) {
        size_t start = i;
        uint32_t c = wtf8_decode(s->data, s->len, &i);
        char tmp[8];
        switch (c) {
        case '"': buf_puts(b, "\\\""); break;
        case '\\': buf_puts(b, "\\\\"); break;
        case '\b': buf_puts(b, "\\b"); break;
        case '\f': buf_puts(b, "\\f"); break;
        case '\n': buf_puts(b, "\\n"); break;
        case '\r': buf_puts(b, "\\r"); break;
        case '\t': buf_puts(b, "\\t"); break;
        default:
            if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
                sprintf(tmp, "\\u%04x", (unsigned)c);
                buf_puts(b, tmp);
            } else {
                buf_put(b, s->data + start, i - start);
            }
        }
    }
    buf_putc(b, '"');
}

static bool serialize(Json *j, TsValue v);

static void json_free(TsCleanup *c) {
    Json *j = (Json *)c;
    buf_free(&j->out);
    buf_free(&j->indent);
    ts_dealloc(j->stack);
    j->stack = NULL;
}

static void put_step_key(TsBuf *b, TsString *key, uint32_t index) {
    char tmp[32];
    if (key) {
        buf_puts(b, "property '");
        buf_put_str(b, key);
        buf_putc(b, '\'');
    } else {
        snprintf(tmp, sizeof tmp, "index %lu", (unsigned long)index);
        buf_puts(b, tmp);
    }
}

static void put_ctor(TsBuf *b, TsHeap *h) {
    const TsClass *cls = h->kind == TS_OBJECT ? ((TsObject *)h)->cls : NULL;
    buf_puts(b, "object with constructor '");
    buf_puts(b, h->kind == TS_ARRAY ? "Array" : cls ? cls->name : "Object");
    buf_putc(b, '\'');
}

/* V8's message: where the circle starts, the first two and the last step
 * around it (an ellipsis for the others), and the key that closes it. */
static void circular(Json *j, size_t start) TS_NORETURN;
static void circular(Json *j, size_t start) {
    TsBuf b;
    size_t i, prefix_end = j->depth < start + 3 ? j->depth : start + 3;
    size_t postfix_start = j->depth - 1 > prefix_end ? j->depth - 1 : prefix_end;
    TsString *msg;
    buf_init(&b);
    buf_puts(&b, "Converting circular structure to JSON\n    --> starting at ");
    put_ctor(&b, j->stack[start].h);
    for (i = start + 1; i < j->depth; i++) {
        if (i == prefix_end && i < postfix_start) {
            buf_puts(&b, "\n    |     ...");
            i = postfix_start;
        }
        buf_puts(&b, "\n    |     ");
        put_step_key(&b, j->stack[i].key, j->stack[i].index);
        buf_puts(&b, " -> ");
        put_ctor(&b, j->stack[i].h);
    }
    buf_puts(&b, "\n    --- ");
    put_step_key(&b, j->key, j->index);
    buf_puts(&b, " closes the circle");
    msg = ts_tmp_str(buf_to_str(&b));
    ts_throw_error(TS_ERR_TYPE, "%s", msg->data);
}

static void enter(Json *j, TsHeap *h) {
    size_t i;
    for (i = 0; i < j->depth; i++)
        if (j->stack[i].h == h) circular(j, i);
    if (j->depth == j->cap) {
        j->cap = j->cap ? j->cap * 2 : 8;
        j->stack = (JsonStep *)ts_realloc(j->stack, j->cap * sizeof(JsonStep));
    }
    j->stack[j->depth].h = h;
    j->stack[j->depth].key = j->key;
    j->stack[j->depth].index = j->index;
    j->depth++;
}

static void newline(Json *j) {
    buf_putc(&j->out, '\n');
    buf_put(&j->out, j->indent.data, j->indent.len);
}

/* Serialises v into j->out; false (nothing written) for undefined and
 * functions. */
static bool serialize(Json *j, TsValue v) {
    static TsString s_tojson = TS_STR_LIT("toJSON", 6, 6);
    size_t gaplen = strlen(j->gap), saved;
    uint32_t i;
    switch (v.tag) {
    case TS_UNDEFINED:
    case TS_FUNCTION: return false;
    case TS_NULL: buf_puts(&j->out, "null"); return true;
    case TS_BOOL: buf_puts(&j->out, v.u.b ? "true" : "false"); return true;
    case TS_NUMBER: {
        char tmp[40];
        if (!isfinite(v.u.num)) buf_puts(&j->out, "null");
        else buf_put(&j->out, tmp, num_format(v.u.num, tmp));
        return true;
    }
    case TS_STRING: quote(&j->out, v.u.str); return true;
    case TS_BOX: return serialize(j, v.u.box->v);
    case TS_ARRAY: {
        TsArray *a = v.u.arr;
        if (a->len == 0) {
            buf_puts(&j->out, "[]");
            return true;
        }
        enter(j, v.u.h);
        saved = j->indent.len;
        buf_put(&j->indent, j->gap, gaplen);
        buf_putc(&j->out, '[');
        for (i = 0; i < a->len; i++) {
            if (i) buf_putc(&j->out, ',');
            if (gaplen) newline(j);
            j->key = NULL;
            j->index = i;
            if (!serialize(j, a->items[i])) buf_puts(&j->out, "null");
        }
        j->indent.len = saved;
        if (gaplen) newline(j);
        buf_putc(&j->out, ']');
        j->depth--;
        return true;
    }
    case TS_OBJECT: {
        TsObject *o = v.u.obj;
        bool any = false;
        if (o->cls && class_find_method(o->cls, &s_tojson)) {
            size_t rm = ts_roots_mark();
            TsValue r = class_find_method(o->cls, &s_tojson)->fn(v, 0, NULL);
            bool ok;
            ts_root_val(&r);
            ok = serialize(j, r);
            ts_roots_pop(rm);
            ts_release(r);
            return ok;
        }
        enter(j, v.u.h);
        saved = j->indent.len;
        buf_put(&j->indent, j->gap, gaplen);
        buf_putc(&j->out, '{');
        for (i = 0; i < o->count; i++) {
            size_t mark = j->out.len;
            if (!key_enumerable(o->keys[i])) continue;
            if (any) buf_putc(&j->out, ',');
            if (gaplen) newline(j);
            quote(&j->out, o->keys[i]);
            buf_putc(&j->out, ':');
            if (gaplen) buf_putc(&j->out, ' ');
            j->key = o->keys[i];
            if (serialize(j, o->vals[i])) any = true;
            else j->out.len = mark; /* skipped member */
        }
        j->indent.len = saved;
        if (any && gaplen) newline(j);
        buf_putc(&j->out, '}');
        j->depth--;
        return true;
    }
    default: /* Map and Set have no enumerable properties */ buf_puts(&j->out, "{}"); return true;
    }
}

TsString *ts_json_stringify(TsValue v, TsValue indent) {
    Json j;
    size_t rm = ts_roots_mark();
    TsString *r = NULL;
    memset(&j, 0, sizeof j);
    j.c.run = json_free;
    buf_init(&j.out);
    buf_init(&j.indent);
    j.key = ts_str_empty();
    if (indent.tag == TS_NUMBER) {
        double n = indent.u.num;
        int k, count = n >= 10 ? 10 : n >= 1 ? (int)n : 0;
        for (k = 0; k < count; k++) j.gap[k] = ' ';
        j.gap[count] = 0;
    } else if (indent.tag == TS_STRING) {
        TsString *g = ts_str_slice(indent.u.str, 0, 10);
        size_t n = g->len < 40 ? g->len : 40;
        memcpy(j.gap, g->data, n);
        j.gap[n] = 0;
        ts_str_release(g);
    }
    ts_root_cleanup(&j.c);
    if (serialize(&j, v)) r = buf_to_str(&j.out);
    ts_roots_pop(rm);
    json_free(&j.c);
    return r;
}
