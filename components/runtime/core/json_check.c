/* json_check.c - `JSON.parse(text) as T`: checks a parsed value against the
 * table the compiler generates for T (tsfw_lib.h, TsJsonType), and throws a
 * TypeError naming the first path that does not match. */
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

/* One step of the path from the root to the value being checked. */
typedef struct Step {
    TsString *key; /* a property; NULL for an index */
    uint32_t index;
} Step;

/* An array or object being walked: the step that led to it, and its next child. The walk keeps
 * these on the heap, so the C stack does not grow with the value's depth (devices have 8 KB). */
typedef struct Frame {
    TsValue v; /* borrowed */
    Step step;
    uint32_t next;
    uint16_t row;
} Frame;

typedef struct Check {
    const TsJsonType *t;
    Frame *stack;
    uint32_t depth, cap;
    /* the first mismatch */
    bool failed;
    uint16_t fail_row;
    TsValue fail_value; /* borrowed */
    Step *fail_path;    /* heap */
    uint32_t fail_depth;
} Check;

static const char *kind_of(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED: return "undefined";
    case TS_NULL: return "null";
    case TS_BOOL: return "boolean";
    case TS_NUMBER: return "number";
    case TS_STRING: return "string";
    case TS_ARRAY: return "array";
    default: return "object";
    }
}

/* Records the mismatch of v (reached by *step, NULL for the root) with row: the path is the
 * steps of the open frames, then *step. */
static bool fail(Check *c, TsValue v, uint16_t row, const Step *step) {
    uint32_t i, n = 0;
    if (c->failed) return false;
    c->failed = true;
    c->fail_row = row;
    c->fail_value = v;
    c->fail_path = (Step *)ts_alloc((c->depth + 1) * sizeof(Step));
    for (i = 1; i < c->depth; i++) c->fail_path[n++] = c->stack[i].step;
    /* the root frame has no step; a value at the root has no step either */
    if (c->depth > 0 && step) c->fail_path[n++] = *step;
    c->fail_depth = n;
    return false;
}

static void push(Check *c, TsValue v, uint16_t row, const Step *step) {
    Frame *f;
    if (c->depth == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 8;
        c->stack = (Frame *)ts_realloc(c->stack, c->cap * sizeof(Frame));
    }
    f = &c->stack[c->depth++];
    f->v = v;
    f->row = row;
    f->next = 0;
    f->step.key = step ? step->key : NULL;
    f->step.index = step ? step->index : 0;
}

static bool is_plain_object(TsValue v) { return v.tag == TS_OBJECT && !v.u.obj->cls; }

/* Whether v can be of the member row without looking inside (primitives are decided here). */
static bool may_be(const Check *c, TsValue v, uint16_t row) {
    const TsJsonType *t = &c->t[row];
    switch ((TsJsonKind)t->kind) {
    case TS_JSON_UNKNOWN: return true;
    case TS_JSON_NUMBER: return v.tag == TS_NUMBER;
    case TS_JSON_STRING: return v.tag == TS_STRING;
    case TS_JSON_BOOLEAN: return v.tag == TS_BOOL;
    case TS_JSON_NULL: return v.tag == TS_NULL;
    case TS_JSON_UNDEFINED: return v.tag == TS_UNDEFINED;
    case TS_JSON_TRUE: return v.tag == TS_BOOL && v.u.b;
    case TS_JSON_FALSE: return v.tag == TS_BOOL && !v.u.b;
    case TS_JSON_STRING_LIT: return v.tag == TS_STRING && ts_str_eq(v.u.str, t->key);
    case TS_JSON_NUMBER_LIT: return v.tag == TS_NUMBER && v.u.num == t->num;
    case TS_JSON_ARRAY: return v.tag == TS_ARRAY;
    case TS_JSON_TUPLE: return v.tag == TS_ARRAY && v.u.arr->len <= t->n && v.u.arr->len >= t->required;
    case TS_JSON_OBJECT: {
        /* literal-typed fields (the tag of a discriminated union) must already match */
        uint16_t i;
        if (!is_plain_object(v)) return false;
        for (i = 0; i < t->n; i++) {
            const TsJsonType *f = &c->t[t->first + i];
            uint8_t k = c->t[f->first].kind;
            if (k == TS_JSON_STRING_LIT || k == TS_JSON_NUMBER_LIT || k == TS_JSON_TRUE || k == TS_JSON_FALSE) {
                TsValue fv = obj_get_own(v.u.obj, f->key);
                if (!(fv.tag == TS_UNDEFINED && !f->required) && !may_be(c, fv, f->first)) return false;
            }
        }
        return true;
    }
    case TS_JSON_RECORD: return is_plain_object(v);
    case TS_JSON_UNION:
    case TS_JSON_ITEM: return true; /* decided by a trial */
    }
    return false;
}

static bool walk(Check *c, TsValue v, uint16_t row, const Step *step);

/* Starts checking v against row: decides primitives, opens a frame for an array or an object.
 * A union becomes the one member that v may be; when several may, each is tried in turn. */
static bool enter(Check *c, TsValue v, uint16_t row, const Step *step) {
    for (;;) {
        const TsJsonType *t = &c->t[row];
        switch ((TsJsonKind)t->kind) {
        case TS_JSON_ARRAY:
        case TS_JSON_TUPLE:
        case TS_JSON_OBJECT:
        case TS_JSON_RECORD:
            if (!may_be(c, v, row)) return fail(c, v, row, step);
            push(c, v, row, step);
            return true;
        case TS_JSON_ITEM: row = t->first; continue;
        case TS_JSON_UNION: {
            uint16_t i, found = 0, only = 0;
            for (i = 0; i < t->n; i++) {
                uint16_t m = c->t[t->first + i].first;
                if (may_be(c, v, m)) {
                    found++;
                    only = m;
                }
            }
            if (found == 0) return fail(c, v, row, step);
            if (found == 1) {
                row = only;
                continue;
            }
            /* several members fit the outside: try each (C recursion, only for such unions) */
            for (i = 0; i < t->n; i++) {
                uint16_t m = c->t[t->first + i].first;
                uint32_t depth = c->depth;
                bool was = c->failed;
                if (!may_be(c, v, m)) continue;
                if (walk(c, v, m, step)) return true;
                c->depth = depth;
                if (!was && c->failed) {
                    ts_dealloc(c->fail_path);
                    c->fail_path = NULL;
                    c->failed = false;
                }
            }
            return fail(c, v, row, step);
        }
        default: return may_be(c, v, row) || fail(c, v, row, step);
        }
    }
}

/* Checks v against row to the bottom, with the frames from the current depth up. */
static bool walk(Check *c, TsValue v, uint16_t row, const Step *step) {
    uint32_t base = c->depth;
    if (!enter(c, v, row, step)) return false;
    while (c->depth > base) {
        Frame *f = &c->stack[c->depth - 1];
        const TsJsonType *t = &c->t[f->row];
        TsValue child = ts_undefined();
        uint16_t crow = 0;
        Step s = {NULL, 0};
        bool have = false;
        switch ((TsJsonKind)t->kind) {
        case TS_JSON_ARRAY:
        case TS_JSON_TUPLE:
            if (f->next < f->v.u.arr->len) {
                s.index = f->next;
                child = arr_item(f->v.u.arr, s.index);
                crow = t->kind == TS_JSON_ARRAY ? t->first : c->t[t->first + s.index].first;
                have = true;
            }
            break;
        case TS_JSON_OBJECT:
            while (!have && f->next < t->n) {
                const TsJsonType *field = &c->t[t->first + f->next];
                child = obj_get_own(f->v.u.obj, field->key);
                if (child.tag == TS_UNDEFINED && !field->required) {
                    f->next++;
                    continue;
                }
                s.key = field->key;
                crow = field->first;
                have = true;
            }
            break;
        case TS_JSON_RECORD:
            if (f->next < f->v.u.obj->count) {
                s.key = ts_obj_keyv(f->v.u.obj)[f->next];
                child = obj_slot_value(f->v.u.obj, f->next);
                crow = t->first;
                have = true;
            }
            break;
        default: break;
        }
        if (!have) {
            c->depth--;
            continue;
        }
        f->next++;
        /* f may move when the stack grows: not used past here */
        if (!enter(c, child, crow, &s)) return false;
    }
    return true;
}

/* path.to[2].value */
static void put_path(TsBuf *b, const char *root, const Step *path, uint32_t n) {
    uint32_t i;
    buf_puts(b, root);
    for (i = 0; i < n; i++) {
        const TsString *k = path[i].key;
        char tmp[16];
        bool ident = k && k->len > 0 && !(k->data[0] >= '0' && k->data[0] <= '9');
        size_t j;
        for (j = 0; ident && j < k->len; j++) {
            char ch = k->data[j];
            ident = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
                    ch == '$';
        }
        if (!k) {
            sprintf(tmp, "[%lu]", (unsigned long)path[i].index);
            buf_puts(b, tmp);
        } else if (ident) {
            buf_putc(b, '.');
            buf_put_str(b, (TsString *)k);
        } else {
            TsString *q = ts_json_stringify(ts_str_v((TsString *)k), ts_undefined());
            buf_putc(b, '[');
            buf_put_str(b, q);
            buf_putc(b, ']');
            ts_str_release(q);
        }
    }
}

/* A literal expected: say which value came, not only its kind. */
static bool expects_literal(const Check *c, const TsJsonType *t) {
    uint16_t i;
    if (t->kind == TS_JSON_STRING_LIT || t->kind == TS_JSON_NUMBER_LIT) return true;
    if (t->kind != TS_JSON_UNION) return false;
    for (i = 0; i < t->n; i++)
        if (expects_literal(c, &c->t[c->t[t->first + i].first])) return true;
    return false;
}

/* NULL when v matches, else the message (owned). */
static TsString *mismatch(TsValue v, const TsJsonType *table, const char *root) {
    Check c;
    TsBuf b;
    const TsJsonType *t;
    TsValue got;
    memset(&c, 0, sizeof c);
    c.t = table;
    /* nothing here runs app code or throws */
    if (walk(&c, v, 0, NULL)) {
        ts_dealloc(c.stack);
        return NULL;
    }
    ts_dealloc(c.stack);
    t = &table[c.fail_row];
    got = c.fail_value;
    buf_init(&b);
    put_path(&b, root, c.fail_path, c.fail_depth);
    ts_dealloc(c.fail_path);
    buf_puts(&b, ": expected ");
    buf_puts(&b, t->text);
    buf_puts(&b, ", got ");
    if (expects_literal(&c, t) && (got.tag == TS_STRING || got.tag == TS_NUMBER || got.tag == TS_BOOL)) {
        TsString *s = ts_json_stringify(got, ts_undefined());
        buf_put_str(&b, s);
        ts_str_release(s);
    } else {
        buf_puts(&b, kind_of(got));
    }
    return buf_to_str(&b);
}

TsValue ts_json_parse_as(TsString *text, const TsJsonType *table, const char *root) {
    TsValue v = ts_json_parse(text);
    volatile TsValue held;
    TsString *msg = mismatch(v, table, root);
    if (!msg) return v;
    ts_release(v);
    /* the message is released when the throw unwinds this frame */
    held = ts_str_v(msg);
    ts_root_val(&held);
    ts_throw_error(TS_ERR_TYPE, "%s", msg->data);
}
