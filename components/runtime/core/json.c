/* json.c - JSON.stringify(value, null, indent). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

typedef struct Json {
    TsBuf out;
    char gap[48];   /* up to 10 UTF-16 units */
    TsBuf indent;   /* current indentation */
    TsHeap **stack; /* containers being serialised (cycle check) */
    size_t depth, cap;
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

static void enter(Json *j, TsHeap *h) {
    size_t i;
    for (i = 0; i < j->depth; i++)
        if (j->stack[i] == h) {
            buf_free(&j->out);
            buf_free(&j->indent);
            ts_dealloc(j->stack);
            ts_panic("TypeError: Converting circular structure to JSON");
        }
    if (j->depth == j->cap) {
        j->cap = j->cap ? j->cap * 2 : 8;
        j->stack = (TsHeap **)ts_realloc(j->stack, j->cap * sizeof(TsHeap *));
    }
    j->stack[j->depth++] = h;
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
            TsValue r = class_find_method(o->cls, &s_tojson)->fn(v, 0, NULL);
            bool ok = serialize(j, r);
            ts_release(r);
            return ok;
        }
        enter(j, v.u.h);
        saved = j->indent.len;
        buf_put(&j->indent, j->gap, gaplen);
        buf_putc(&j->out, '{');
        for (i = 0; i < o->count; i++) {
            size_t mark = j->out.len;
            if (any) buf_putc(&j->out, ',');
            if (gaplen) newline(j);
            quote(&j->out, o->keys[i]);
            buf_putc(&j->out, ':');
            if (gaplen) buf_putc(&j->out, ' ');
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
    memset(&j, 0, sizeof j);
    buf_init(&j.out);
    buf_init(&j.indent);
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
    if (!serialize(&j, v)) {
        buf_free(&j.out);
        buf_free(&j.indent);
        ts_dealloc(j.stack);
        return NULL;
    }
    buf_free(&j.indent);
    ts_dealloc(j.stack);
    return buf_to_str(&j.out);
}
