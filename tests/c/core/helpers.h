/* helpers.h - shared helpers for the runtime core's cmocka tests.
 *
 * lit("...") builds a value from a small JavaScript literal syntax so that
 * the same text can be evaluated by node to get the expected output:
 *   numbers (-0, NaN, Infinity, 1e21), 'strings' and "strings" with
 *   \n \t \\ \' \" \uXXXX escapes, true false null undefined,
 *   [arrays], {objects} with identifier, quoted or numeric keys,
 *   new Map([[k, v], ...]), new Set([...]), new Name({...}) for a class
 *   instance of class Name, function name(){} and (() => 0),
 *   range(n) for [0, 1, ..., n-1]. */
#ifndef CORE_TEST_HELPERS_H
#define CORE_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"
#include "tsfw.h"

/* Every test checks that it leaves no live heap objects behind. */
static size_t helpers_baseline;

static inline int setup_live(void **state) {
    (void)state;
    helpers_baseline = ts_live_objects();
    return 0;
}

static inline int teardown_live(void **state) {
    (void)state;
    ts_tmp_release(0);
    ts_collect_cycles();
    if (ts_live_objects() != helpers_baseline) {
        fprintf(stderr, "leak: %lu live objects (baseline %lu)\n", (unsigned long)ts_live_objects(),
                (unsigned long)helpers_baseline);
        return -1;
    }
    return 0;
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup_live, teardown_live)

/* A string that lives until the end of the test statement group. */
static inline TsString *S(const char *s) { return ts_tmp_str(ts_str_from_cstr(s)); }

/* Asserts that the owned string s equals want, then releases it. */
#define assert_str(s, want) assert_str_at((s), (want), __FILE__, __LINE__)
static inline void assert_str_at(TsString *s, const char *want, const char *file, int line) {
    if (!s) {
        if (want) {
            print_error("%s:%d: got undefined, want '%s'\n", file, line, want);
            _fail(file, line);
        }
        return;
    }
    if (!want || strlen(want) != s->len || memcmp(s->data, want, s->len) != 0) {
        print_error("%s:%d:\n  got  '%s'\n  want '%s'\n", file, line, s->data, want ? want : "(undefined)");
        ts_str_release(s);
        _fail(file, line);
    }
    ts_str_release(s);
}

/* ---------------------------------------------------------- thrown errors
 * THROWS() runs a statement in a try frame of the runtime's own (as compiled
 * code does) and gives the text of what it threw ("SyntaxError: ..."), or
 * NULL when the statement returned. What the runtime built before throwing
 * must already be released: teardown_live counts the live objects after
 * each test. */
static char helpers_error[600];

static inline void helpers_keep_error(void) {
    TsValue e = ts_caught();
    TsString *s = ts_is_error(e) ? ts_error_to_string(e) : ts_to_string(e);
    snprintf(helpers_error, sizeof helpers_error, "%s", s->data);
    ts_str_release(s);
    ts_release(e);
}

/* Runs stmt; sets err to the error text it threw, or NULL. */
#define THROWS(err, stmt)                  \
    do {                                   \
        TsTry helpers_try;                 \
        ts_try_enter(&helpers_try);        \
        if (setjmp(helpers_try.jb) == 0) { \
            stmt;                          \
            ts_try_leave(&helpers_try);    \
            (err) = NULL;                  \
        } else {                           \
            helpers_keep_error();          \
            (err) = helpers_error;         \
        }                                  \
    } while (0)

/* --------------------------------------------------------- class table */

#define HELPERS_MAX_CLASSES 16
static TsClass helpers_classes[HELPERS_MAX_CLASSES];
static char helpers_class_names[HELPERS_MAX_CLASSES][32];
static int helpers_nclasses;

static inline const TsClass *helpers_class(const char *name, size_t n) {
    int i;
    for (i = 0; i < helpers_nclasses; i++)
        if (strlen(helpers_class_names[i]) == n && memcmp(helpers_class_names[i], name, n) == 0)
            return &helpers_classes[i];
    memcpy(helpers_class_names[i], name, n);
    helpers_class_names[i][n] = 0;
    helpers_classes[i].name = helpers_class_names[i];
    helpers_nclasses++;
    return &helpers_classes[i];
}

static inline TsValue helpers_fn_zero(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    (void)argv;
    return ts_num(0);
}

/* -------------------------------------------------------------- parser */

typedef struct LitParser {
    const char *p;
} LitParser;

static inline TsValue lit_value(LitParser *lp);

static inline void lit_ws(LitParser *lp) {
    while (*lp->p == ' ' || *lp->p == '\n' || *lp->p == '\t') lp->p++;
}

static inline bool lit_eat(LitParser *lp, const char *tok) {
    size_t n = strlen(tok);
    lit_ws(lp);
    if (strncmp(lp->p, tok, n) == 0) {
        lp->p += n;
        return true;
    }
    return false;
}

static inline void lit_expect(LitParser *lp, const char *tok) {
    if (!lit_eat(lp, tok)) {
        fprintf(stderr, "lit: expected '%s' at '%s'\n", tok, lp->p);
        abort();
    }
}

static inline int lit_hex(char c) { return c <= '9' ? c - '0' : (c | 32) - 'a' + 10; }

static inline TsString *lit_string(LitParser *lp) {
    char q = *lp->p++;
    uint16_t u[512];
    size_t n = 0;
    while (*lp->p != q) {
        uint32_t c;
        if (*lp->p == '\\') {
            char e = lp->p[1];
            lp->p += 2;
            switch (e) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u':
                c = (uint32_t)(lit_hex(lp->p[0]) << 12 | lit_hex(lp->p[1]) << 8 | lit_hex(lp->p[2]) << 4 |
                               lit_hex(lp->p[3]));
                lp->p += 4;
                break;
            case 'x':
                c = (uint32_t)(lit_hex(lp->p[0]) << 4 | lit_hex(lp->p[1]));
                lp->p += 2;
                break;
            default: c = (unsigned char)e; break;
            }
        } else {
            size_t i = 0;
            c = wtf8_decode(lp->p, strlen(lp->p), &i);
            lp->p += i;
        }
        if (c >= 0x10000) {
            u[n++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
            u[n++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            u[n++] = (uint16_t)c;
        }
    }
    lp->p++;
    return str_from_u16(u, n);
}

static inline bool lit_ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

static inline TsValue lit_object(LitParser *lp, const TsClass *cls) {
    TsValue o = ts_obj_new(cls, 0);
    lit_expect(lp, "{");
    while (!lit_eat(lp, "}")) {
        TsString *key;
        TsValue v;
        lit_ws(lp);
        if (*lp->p == '\'' || *lp->p == '"') {
            key = lit_string(lp);
        } else {
            const char *s = lp->p;
            while (lit_ident_char(*lp->p) || *lp->p == '.' || *lp->p == '-') lp->p++;
            key = ts_str_new(s, (size_t)(lp->p - s));
        }
        lit_expect(lp, ":");
        v = lit_value(lp);
        ts_obj_set(o, key, v);
        ts_release(v);
        ts_str_release(key);
        lit_eat(lp, ",");
    }
    return o;
}

/* E(Class, message?, options?, props?): an error created at app.ts:1:1, of
 * a runtime error class or of a class of that name that extends Error, with
 * props assigned after construction. */
static inline TsValue lit_error(LitParser *lp) {
    static const TsClass *const runtime[] = {&ts_error_class,          &ts_type_error_class, &ts_range_error_class,
                                             &ts_syntax_error_class,   &ts_eval_error_class, &ts_uri_error_class,
                                             &ts_reference_error_class};
    static const TsLoc here = {"app.ts", 1, 1};
    const TsLoc *saved = ts_loc;
    const TsClass *cls = NULL;
    bool app_class = false;
    TsValue args[3], e;
    const char *s;
    size_t n, i;
    int k;
    lit_ws(lp);
    s = lp->p;
    while (lit_ident_char(*lp->p)) lp->p++;
    n = (size_t)(lp->p - s);
    for (i = 0; i < sizeof runtime / sizeof runtime[0]; i++)
        if (strlen(runtime[i]->name) == n && memcmp(runtime[i]->name, s, n) == 0) cls = runtime[i];
    if (!cls) {
        TsClass *c = (TsClass *)helpers_class(s, n);
        c->parent = &ts_error_class;
        cls = c;
        app_class = true;
    }
    for (k = 0; k < 3; k++) args[k] = lit_eat(lp, ",") ? lit_value(lp) : ts_undefined();
    lit_expect(lp, ")");
    ts_loc = &here;
    if (app_class) { /* as compiled code constructs it: new, then super(message, options) */
        e = ts_obj_new(cls, 0);
        ts_error_init(e, args[0], args[1]);
    } else {
        e = ts_error_create(cls, args[0], args[1]);
    }
    ts_loc = saved;
    if (args[2].tag == TS_OBJECT) ts_obj_assign(e, args[2]);
    for (k = 0; k < 3; k++) ts_release(args[k]);
    return e;
}

static inline TsValue lit_value(LitParser *lp) {
    lit_ws(lp);
    if (*lp->p == '\'' || *lp->p == '"') return ts_str_v(lit_string(lp));
    if (*lp->p == '[') {
        TsValue a = ts_arr_new(0);
        lp->p++;
        while (!lit_eat(lp, "]")) {
            TsValue v = lit_value(lp);
            ts_arr_push(a, v);
            ts_release(v);
            lit_eat(lp, ",");
        }
        return a;
    }
    if (*lp->p == '{') return lit_object(lp, NULL);
    if (lit_eat(lp, "true")) return ts_bool(true);
    if (lit_eat(lp, "false")) return ts_bool(false);
    if (lit_eat(lp, "null")) return ts_null();
    if (lit_eat(lp, "undefined")) return ts_undefined();
    if (lit_eat(lp, "NaN")) return ts_num(NAN);
    if (lit_eat(lp, "Infinity")) return ts_num(INFINITY);
    if (lit_eat(lp, "-Infinity")) return ts_num(-INFINITY);
    if (lit_eat(lp, "range(")) {
        int n = atoi(lp->p), i;
        TsValue a = ts_arr_new(0);
        for (i = 0; i < n; i++) ts_arr_push(a, ts_num(i));
        while (*lp->p != ')') lp->p++;
        lp->p++;
        return a;
    }
    if (lit_eat(lp, "new Map(")) {
        TsValue m = ts_map_new(), entries;
        uint32_t i;
        entries = lit_value(lp);
        for (i = 0; i < entries.u.arr->len; i++) {
            TsArray *e = arr_item(entries.u.arr, i).u.arr;
            ts_map_set(m, arr_item(e, 0), arr_item(e, 1));
        }
        ts_release(entries);
        lit_expect(lp, ")");
        return m;
    }
    if (lit_eat(lp, "new Set(")) {
        TsValue s = ts_set_new(), items;
        uint32_t i;
        items = lit_value(lp);
        for (i = 0; i < items.u.arr->len; i++) ts_set_add(s, arr_item(items.u.arr, i));
        ts_release(items);
        lit_expect(lp, ")");
        return s;
    }
    if (lit_eat(lp, "E(")) return lit_error(lp);
    if (lit_eat(lp, "new ")) {
        const char *s = lp->p;
        const TsClass *cls;
        TsValue o;
        while (lit_ident_char(*lp->p)) lp->p++;
        cls = helpers_class(s, (size_t)(lp->p - s));
        lit_expect(lp, "(");
        o = lit_object(lp, cls);
        lit_expect(lp, ")");
        return o;
    }
    if (lit_eat(lp, "function ")) {
        static char names[8][32];
        static int next;
        const char *s = lp->p;
        char *name = names[next++ % 8];
        size_t n;
        while (lit_ident_char(*lp->p)) lp->p++;
        n = (size_t)(lp->p - s);
        memcpy(name, s, n);
        name[n] = 0;
        lit_expect(lp, "(){}");
        return ts_fn_v(ts_func_new(helpers_fn_zero, name, 0));
    }
    if (lit_eat(lp, "(() => 0)")) return ts_fn_v(ts_func_new(helpers_fn_zero, "", 0));
    {
        char *end;
        double d = strtod(lp->p, &end);
        if (end == lp->p) {
            fprintf(stderr, "lit: cannot parse '%s'\n", lp->p);
            abort();
        }
        lp->p = end;
        return ts_num(d);
    }
}

/* Builds a value from literal text; owned. */
static inline TsValue lit(const char *text) {
    LitParser lp;
    lp.p = text;
    return lit_value(&lp);
}

/* lit() whose result lives until the next ts_tmp_release. */
static inline TsValue L(const char *text) { return ts_tmp(lit(text)); }

#endif
