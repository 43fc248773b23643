/* panic.c - uncaught errors: print like node and exit with code 1. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* Does msg start with an error name such as "TypeError: "? */
static bool has_error_name(const char *msg) {
    const char *p = msg;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_') p++;
    return p - msg >= 5 && strncmp(p - 5, "Error", 5) == 0 && (p[0] == ':' || p[0] == 0);
}

static void die(const char *msg, size_t len) {
    ts_err_write("Uncaught ", 9);
    if (!has_error_name(msg)) ts_err_write("TypeError: ", 11);
    ts_err_write(msg, len);
    ts_err_write("\n", 1);
    fflush(stderr);
    exit(1);
}

void ts_panic(const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof buf) n = (int)sizeof buf - 1;
    die(buf, (size_t)n);
}

void ts_throw_error(TsErrorKind kind, const char *fmt, ...) {
    static const char *const names[] = {"Error",     "TypeError", "RangeError",    "SyntaxError",
                                        "EvalError", "URIError",  "ReferenceError"};
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ts_panic("%s: %s", names[kind], buf);
}

void ts_range_error(const char *msg) { ts_panic("RangeError: %s", msg); }

void ts_type_error_read(TsValue o, TsString *key) {
    ts_panic("TypeError: Cannot read properties of %s (reading '%s')", o.tag == TS_NULL ? "null" : "undefined",
             key ? key->data : "undefined");
}

static bool is_error_class(const TsClass *c) {
    for (; c; c = c->parent)
        if (strcmp(c->name, "Error") == 0 || strstr(c->name, "Error")) return true;
    return false;
}

void ts_throw(TsValue err) {
    TsBuf b;
    static TsString s_message = TS_STR_LIT("message", 7, 7);
    static TsString s_name = TS_STR_LIT("name", 4, 4);
    buf_init(&b);
    if (err.tag == TS_OBJECT) {
        TsObject *o = err.u.obj;
        TsValue msg = obj_get_own(o, &s_message), name = obj_get_own(o, &s_name);
        if (is_error_class(o->cls) || msg.tag == TS_STRING) {
            if (name.tag == TS_STRING) buf_put_str(&b, name.u.str);
            else buf_puts(&b, o->cls ? o->cls->name : "Error");
            if (msg.tag == TS_STRING && msg.u.str->len) {
                buf_puts(&b, ": ");
                buf_put_str(&b, msg.u.str);
            }
            /* keep has_error_name() from adding a prefix */
            ts_err_write("Uncaught ", 9);
            ts_err_write(b.data, b.len);
            ts_err_write("\n", 1);
            buf_free(&b);
            fflush(stderr);
            exit(1);
        }
    }
    {
        TsString *s = ts_inspect(err);
        ts_err_write("Uncaught ", 9);
        ts_err_write(s->data, s->len);
        ts_err_write("\n", 1);
        fflush(stderr);
        exit(1);
    }
}
