/* run_case.h - runs one case of expect.h and prints what gen-expect.js's
 * run() prints in node, for the host tests (test_regexp.c) and the
 * emulated targets (tests/emu/regexp_emu.c). */
#ifndef RX_RUN_CASE_H
#define RX_RUN_CASE_H

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expect.h"
#include "regexp_internal.h"

static TsValue current_re; /* for the lastIndex replacer */
static int counter;        /* for the count replacer */

/* ------------------------------------------------------------ replacers (gen-expect.js) */

static TsValue r_upper(TsFunc *self, int argc, const TsValue *argv) {
    (void)self;
    (void)argc;
    return ts_str_v(ts_str_to_upper(argv[0].u.str));
}

static TsValue r_args(TsFunc *self, int argc, const TsValue *argv) {
    TsValue a = ts_tmp(ts_arr_of(argc, argv));
    (void)self;
    return ts_str_v(ts_inspect(a));
}

static TsValue r_template(TsFunc *self, int argc, const TsValue *argv) {
    static const char *const vars[][2] = {{"name", "tsfw"}, {"version", "1.2"}, {"host", "esp8266"}};
    size_t i;
    (void)self;
    (void)argc;
    for (i = 0; i < sizeof vars / sizeof vars[0]; i++)
        if (strcmp(argv[1].u.str->data, vars[i][0]) == 0) return ts_str_v(ts_str_from_cstr(vars[i][1]));
    return ts_dup(argv[0]);
}

static TsValue r_count(TsFunc *self, int argc, const TsValue *argv) {
    char tmp[16];
    (void)self;
    (void)argc;
    (void)argv;
    snprintf(tmp, sizeof tmp, "#%d", ++counter);
    return ts_str_v(ts_str_from_cstr(tmp));
}

static TsValue r_last_index(TsFunc *self, int argc, const TsValue *argv) {
    char tmp[32];
    (void)self;
    (void)argc;
    (void)argv;
    snprintf(tmp, sizeof tmp, "<%g>", ts_regexp_last_index(current_re));
    return ts_str_v(ts_str_from_cstr(tmp));
}

/* [match], and a throw at the second call */
static TsValue r_throws(TsFunc *self, int argc, const TsValue *argv) {
    static TsString open = TS_STR_LIT("[", 1, 1), close = TS_STR_LIT("]", 1, 1);
    TsString *parts[3];
    (void)self;
    (void)argc;
    if (++counter == 2) ts_throw_error(TS_ERR_ERROR, "replacer stopped at '%s'", argv[0].u.str->data);
    parts[0] = &open;
    parts[1] = argv[0].u.str;
    parts[2] = &close;
    return ts_str_v(ts_str_concat_n(3, parts));
}

static TsValue replacer(const char *name) {
    static const struct {
        const char *name;
        TsFnCall call;
    } all[] = {{"upper", r_upper},          {"args", r_args},    {"template", r_template}, {"count", r_count},
               {"lastIndex", r_last_index}, {"throws", r_throws}};
    size_t i;
    counter = 0;
    for (i = 0; i < sizeof all / sizeof all[0]; i++)
        if (strcmp(all[i].name, name) == 0) return ts_tmp(ts_fn_v(ts_func_new(all[i].call, all[i].name, 0)));
    fprintf(stderr, "unknown replacer %s\n", name);
    abort();
}

/* ------------------------------------------------------------ running a case */

typedef TsString *(*CaughtFn)(const void *arg);

/* Calls fn(arg) as a try statement of the app would: its result (owned),
 * or, with *threw set, what it threw as "Name: message". */
static TsString *call_caught(CaughtFn fn, const void *arg, bool *threw) {
    TsTry t;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        TsString *r = fn(arg);
        ts_try_leave(&t);
        *threw = false;
        return r;
    } else {
        TsValue e = ts_caught();
        TsString *text = ts_is_error(e) ? ts_error_to_string(e) : ts_inspect(e);
        ts_release(e);
        *threw = true;
        return text;
    }
}

typedef struct ReplaceCall {
    TsString *subject;
    TsValue re, fn;
} ReplaceCall;

static TsString *replace_call(const void *arg) {
    const ReplaceCall *rc = (const ReplaceCall *)arg;
    return ts_str_replace_re_fn(rc->subject, rc->re, rc->fn);
}

static void put_inspect(TsBuf *b, TsValue v) {
    TsString *s = ts_inspect(v);
    buf_put_str(b, s);
    ts_str_release(s);
}

static void put_last_index(TsBuf *b, TsValue re) {
    TsString *n = ts_num_to_str(ts_regexp_last_index(re));
    buf_puts(b, " lastIndex=");
    buf_put_str(b, n);
    ts_str_release(n);
}

static void put_owned(TsBuf *b, TsValue v) {
    put_inspect(b, v);
    ts_release(v);
}

static void put_owned_str(TsBuf *b, TsString *s) { put_owned(b, ts_str_v(s)); }

/* What gen-expect.js's run() prints for the case (c: an RxCase). */
static TsString *run_case(const void *rx_case) {
    const RxCase *c = (const RxCase *)rx_case;
    TsString *pattern = ts_tmp_str(ts_str_new(c->pattern, c->pattern_len));
    TsString *subject = ts_tmp_str(ts_str_new(c->subject, c->subject_len));
    TsString *arg = ts_tmp_str(ts_str_from_cstr(c->arg));
    TsValue re = ts_tmp(ts_regexp_new(ts_str_v(pattern), ts_str_v(ts_tmp_str(ts_str_from_cstr(c->flags)))));
    const char *op = c->op;
    size_t rm = ts_roots_mark();
    BufGuard guard; /* frees b when an operation throws */
    TsBuf b;
    buf_init(&b);
    buf_guard(&guard, &b);
    current_re = re;
    ts_regexp_set_last_index(re, c->last_index);
    if (strcmp(op, "compile") == 0) {
        buf_puts(&b, "ok");
    } else if (strcmp(op, "props") == 0) {
        TsValue parts[10];
        int i;
        parts[0] = ts_str_v(ts_regexp_source(re));
        parts[1] = ts_str_v(ts_regexp_flags(re));
        parts[2] = ts_str_v(ts_regexp_to_string(re));
        parts[3] = ts_bool(ts_regexp_global(re));
        parts[4] = ts_bool(ts_regexp_ignore_case(re));
        parts[5] = ts_bool(ts_regexp_multiline(re));
        parts[6] = ts_bool(ts_regexp_dot_all(re));
        parts[7] = ts_bool(ts_regexp_unicode(re));
        parts[8] = ts_bool(ts_regexp_sticky(re));
        parts[9] = ts_bool(ts_regexp_has_indices(re));
        for (i = 0; i < 10; i++) {
            TsString *s = ts_to_string(parts[i]);
            if (i) buf_putc(&b, ' ');
            buf_put_str(&b, s);
            ts_str_release(s);
            ts_release(parts[i]);
        }
    } else if (strcmp(op, "inspect") == 0) {
        put_inspect(&b, re);
    } else if (strcmp(op, "exec") == 0) {
        put_owned(&b, ts_regexp_exec(re, subject));
        put_last_index(&b, re);
    } else if (strcmp(op, "execAll") == 0) {
        int i;
        for (i = 0; i < 12; i++) {
            TsValue m = ts_regexp_exec(re, subject);
            bool done = m.tag == TS_NULL;
            if (i) buf_putc(&b, '\n');
            put_owned(&b, m);
            put_last_index(&b, re);
            if (done) break;
        }
    } else if (strcmp(op, "test") == 0) {
        buf_puts(&b, ts_regexp_test(re, subject) ? "true" : "false");
        put_last_index(&b, re);
    } else if (strcmp(op, "match") == 0) {
        put_owned(&b, ts_str_match_re(subject, re));
        put_last_index(&b, re);
    } else if (strcmp(op, "matchAll") == 0) {
        put_owned(&b, ts_str_match_all_re(subject, re));
        put_last_index(&b, re);
    } else if (strcmp(op, "search") == 0) {
        TsString *n = ts_num_to_str(ts_str_search_re(subject, re));
        buf_put_str(&b, n);
        ts_str_release(n);
        put_last_index(&b, re);
    } else if (strcmp(op, "replace") == 0) {
        put_owned_str(&b, ts_str_replace_re(subject, re, arg));
        put_last_index(&b, re);
    } else if (strcmp(op, "replaceAll") == 0) {
        put_owned_str(&b, ts_str_replace_all_re(subject, re, arg));
        put_last_index(&b, re);
    } else if (strcmp(op, "replaceFn") == 0) {
        put_owned_str(&b, ts_str_replace_re_fn(subject, re, replacer(c->arg)));
        put_last_index(&b, re);
    } else if (strcmp(op, "replaceAllFn") == 0) {
        put_owned_str(&b, ts_str_replace_all_re_fn(subject, re, replacer(c->arg)));
        put_last_index(&b, re);
    } else if (strcmp(op, "replaceFnCaught") == 0) {
        ReplaceCall call;
        bool threw;
        TsString *r;
        call.subject = subject;
        call.re = re;
        call.fn = replacer(c->arg);
        r = call_caught(replace_call, &call, &threw);
        if (threw) {
            buf_puts(&b, "caught ");
            buf_put_str(&b, r);
            ts_str_release(r);
        } else {
            put_owned_str(&b, r);
        }
        put_last_index(&b, re);
    } else if (strcmp(op, "split") == 0) {
        put_owned(&b, ts_str_split_re(subject, re, c->arg[0] ? atof(c->arg) : INFINITY));
    } else if (strcmp(op, "clone") == 0) {
        TsValue copy = ts_tmp(ts_regexp_new(re, strcmp(c->arg, "-") == 0 ? ts_undefined() : ts_str_v(arg)));
        TsString *parts[3];
        int k;
        parts[0] = ts_regexp_source(copy);
        parts[1] = ts_regexp_flags(copy);
        parts[2] = ts_num_to_str(ts_regexp_last_index(copy));
        for (k = 0; k < 3; k++) {
            buf_put_str(&b, parts[k]);
            buf_putc(&b, ' ');
            ts_str_release(parts[k]);
        }
        put_owned(&b, ts_regexp_exec(copy, subject));
    } else if (strcmp(op, "groups") == 0) {
        TsValue m = ts_regexp_exec(re, subject);
        put_inspect(&b, m.tag == TS_NULL ? ts_undefined() : ts_match_groups(m));
        buf_putc(&b, ' ');
        put_inspect(&b, m.tag == TS_NULL ? ts_undefined() : ts_num(ts_match_index(m)));
        ts_release(m);
    } else {
        fprintf(stderr, "unknown op %s\n", op);
        abort();
    }
    ts_roots_pop(rm);
    return buf_to_str(&b);
}

#endif
