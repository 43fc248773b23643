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

typedef struct Check {
    const TsJsonType *t;
    Step *path; /* heap: as deep as the value */
    uint32_t depth, cap;
    /* the first mismatch, filled in on the way back */
    bool failed;
    uint32_t fail_depth;
    uint16_t fail_row;
    TsValue fail_value; /* borrowed */
    Step *fail_path;    /* a copy of path[0..fail_depth) */
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

static bool check(Check *c, TsValue v, uint16_t row);

static bool fail(Check *c, TsValue v, uint16_t row) {
    if (!c->failed) {
        c->failed = true;
        c->fail_depth = c->depth;
        c->fail_row = row;
        c->fail_value = v;
        c->fail_path = (Step *)ts_alloc((c->depth ? c->depth : 1) * sizeof(Step));
        if (c->depth) memcpy(c->fail_path, c->path, c->depth * sizeof(Step));
    }
    return false;
}

static void push(Check *c, TsString *key, uint32_t index) {
    if (c->depth == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 8;
        c->path = (Step *)ts_realloc(c->path, c->cap * sizeof(Step));
    }
    c->path[c->depth].key = key;
    c->path[c->depth].index = index;
    c->depth++;
}

/* A member of a union, tried without reporting: the union reports itself. */
static bool try_member(Check *c, TsValue v, uint16_t row) {
    bool was = c->failed, ok;
    Step *saved = c->fail_path;
    ok = check(c, v, row);
    if (!ok && !was) {
        ts_dealloc(c->fail_path);
        c->fail_path = saved;
        c->failed = false;
    }
    return ok;
}

static bool check_items(Check *c, TsValue v, const TsJsonType *t) {
    uint32_t i, n = v.u.arr->len;
    bool ok = true;
    for (i = 0; ok && i < n; i++) {
        uint16_t row = t->kind == TS_JSON_ARRAY ? t->first : c->t[t->first + i].first;
        push(c, NULL, i);
        ok = check(c, v.u.arr->items[i], row);
        c->depth--;
    }
    return ok;
}

static bool check(Check *c, TsValue v, uint16_t row) {
    const TsJsonType *t = &c->t[row];
    uint32_t i;
    switch ((TsJsonKind)t->kind) {
    case TS_JSON_UNKNOWN: return true;
    case TS_JSON_NUMBER: return v.tag == TS_NUMBER || fail(c, v, row);
    case TS_JSON_STRING: return v.tag == TS_STRING || fail(c, v, row);
    case TS_JSON_BOOLEAN: return v.tag == TS_BOOL || fail(c, v, row);
    case TS_JSON_NULL: return v.tag == TS_NULL || fail(c, v, row);
    case TS_JSON_UNDEFINED: return v.tag == TS_UNDEFINED || fail(c, v, row);
    case TS_JSON_TRUE: return (v.tag == TS_BOOL && v.u.b) || fail(c, v, row);
    case TS_JSON_FALSE: return (v.tag == TS_BOOL && !v.u.b) || fail(c, v, row);
    case TS_JSON_STRING_LIT: return (v.tag == TS_STRING && ts_str_eq(v.u.str, t->key)) || fail(c, v, row);
    case TS_JSON_NUMBER_LIT: return (v.tag == TS_NUMBER && v.u.num == t->num) || fail(c, v, row);
    case TS_JSON_ARRAY:
        if (v.tag != TS_ARRAY) return fail(c, v, row);
        return check_items(c, v, t);
    case TS_JSON_TUPLE:
        /* optional trailing elements are counted in n but not required */
        if (v.tag != TS_ARRAY || v.u.arr->len > t->n || v.u.arr->len < t->required) return fail(c, v, row);
        return check_items(c, v, t);
    case TS_JSON_OBJECT:
        if (v.tag != TS_OBJECT || v.u.obj->cls) return fail(c, v, row);
        for (i = 0; i < t->n; i++) {
            const TsJsonType *f = &c->t[t->first + i];
            TsValue fv = obj_get_own(v.u.obj, f->key);
            bool ok;
            if (fv.tag == TS_UNDEFINED && f->required == 0) continue;
            push(c, f->key, 0);
            ok = check(c, fv, f->first);
            c->depth--;
            if (!ok) return false;
        }
        return true;
    case TS_JSON_RECORD:
        if (v.tag != TS_OBJECT || v.u.obj->cls) return fail(c, v, row);
        for (i = 0; i < v.u.obj->count; i++) {
            bool ok;
            push(c, v.u.obj->keys[i], 0);
            ok = check(c, v.u.obj->vals[i], t->first);
            c->depth--;
            if (!ok) return false;
        }
        return true;
    case TS_JSON_UNION:
        for (i = 0; i < t->n; i++)
            if (try_member(c, v, c->t[t->first + i].first)) return true;
        return fail(c, v, row);
    case TS_JSON_ITEM: break;
    }
    return check(c, v, t->first);
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
    if (check(&c, v, 0)) {
        ts_dealloc(c.path);
        return NULL;
    }
    ts_dealloc(c.path);
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
