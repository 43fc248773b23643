/* error.c - Error objects: the runtime error classes, construction, the
 * properties node gives an error (name, message, stack, cause) and the
 * texts of an error (toString, its stack, the line logged for an uncaught
 * one).
 *
 * An error is an ordinary object whose class chain ends at ts_error_class.
 * Its native pointer holds the TsLoc where it was created (no allocation,
 * nothing to finalize). message, stack and cause are stored under the
 * hidden keys below, which enumeration skips: in node they are own
 * properties that are not enumerable. name is not stored: it is read from
 * the nearest runtime error class until the app assigns one, which then is
 * an ordinary (enumerable) property, as in node. */
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

#define HIDDEN_KEY(text, n) \
    { {TS_RC_IMMORTAL, TS_STRING, TS_KEY_HIDDEN, 0, 0}, (n), (n), 0, 0, (char *)(text) }

static TsString key_message = HIDDEN_KEY("message", 7);
static TsString key_stack = HIDDEN_KEY("stack", 5);
static TsString key_cause = HIDDEN_KEY("cause", 5);
static TsString s_name = TS_STR_LIT("name", 4, 4);
static TsString s_message = TS_STR_LIT("message", 7, 7);
static TsString s_stack = TS_STR_LIT("stack", 5, 5);
static TsString s_cause = TS_STR_LIT("cause", 5, 5);
static TsString s_tostring = TS_STR_LIT("toString", 8, 8);

static TsValue error_to_string_method(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_str_v(ts_error_to_string(self));
}

static const TsMethod error_methods[] = {{&s_tostring, error_to_string_method}};

const TsClass ts_error_class = {"Error", NULL, 1, error_methods, NULL, 0, NULL, NULL, 0, NULL};
const TsClass ts_type_error_class = {"TypeError", &ts_error_class, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};
const TsClass ts_range_error_class = {"RangeError", &ts_error_class, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};
const TsClass ts_syntax_error_class = {"SyntaxError", &ts_error_class, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};
const TsClass ts_eval_error_class = {"EvalError", &ts_error_class, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};
const TsClass ts_uri_error_class = {"URIError", &ts_error_class, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};
const TsClass ts_reference_error_class = {"ReferenceError", &ts_error_class, 0, NULL, NULL, 0, NULL, NULL, 0, NULL};

/* The runtime error classes in TsErrorKind order, with their names as strings. */
static struct {
    const TsClass *cls;
    TsString name;
} builtins[] = {
    {&ts_error_class, TS_STR_LIT("Error", 5, 5)},
    {&ts_type_error_class, TS_STR_LIT("TypeError", 9, 9)},
    {&ts_range_error_class, TS_STR_LIT("RangeError", 10, 10)},
    {&ts_syntax_error_class, TS_STR_LIT("SyntaxError", 11, 11)},
    {&ts_eval_error_class, TS_STR_LIT("EvalError", 9, 9)},
    {&ts_uri_error_class, TS_STR_LIT("URIError", 8, 8)},
    {&ts_reference_error_class, TS_STR_LIT("ReferenceError", 14, 14)},
};
#define NBUILTINS (sizeof builtins / sizeof builtins[0])

bool class_is_error(const TsClass *c) {
    if (!c) return false;
    while (c->parent) c = c->parent;
    return c == &ts_error_class;
}

bool ts_is_error(TsValue v) { return v.tag == TS_OBJECT && class_is_error(v.u.obj->cls); }

/* The name an error inherits: that of the nearest runtime error class. */
static TsString *inherited_name(const TsClass *c) {
    size_t i;
    for (; c; c = c->parent)
        for (i = 0; i < NBUILTINS; i++)
            if (builtins[i].cls == c) return &builtins[i].name;
    return &builtins[0].name;
}

/* ------------------------------------------------------------ creation */

/* Sets message (ToString'd, unless undefined) and cause (when options has
 * one) on a new error. The conversion may call the app (a toString that
 * throws), so it happens before anything is stored. */
static void init_fields(TsValue e, TsValue message, TsValue options) {
    if (message.tag != TS_UNDEFINED) {
        TsString *m = ts_to_string(message);
        ts_obj_set(e, &key_message, ts_str_v(m));
        ts_str_release(m);
    }
    if (options.tag == TS_OBJECT && ts_obj_has(options, &s_cause))
        ts_obj_set(e, &key_cause, ts_obj_get(options, &s_cause));
}

TsValue ts_error_create(const TsClass *cls, TsValue message, TsValue options) {
    TsValue e = ts_obj_new(cls, 2);
    size_t rm = ts_roots_mark();
    ts_root_val(&e);
    init_fields(e, message, options);
    ts_roots_pop(rm);
    return e;
}

TsValue ts_error_new(TsValue message) { return ts_error_create(&ts_error_class, message, ts_undefined()); }

void ts_error_init(TsValue self, TsValue message, TsValue options) {
    if (ts_is_error(self)) init_fields(self, message, options);
}

/* A runtime-raised error whose message is given as bytes. Owned. */
TsValue error_of_kind(TsErrorKind kind, TsString *message) {
    TsValue e = ts_obj_new(builtins[kind].cls, 2);
    ts_obj_set(e, &key_message, ts_str_v(message));
    return e;
}

/* ---------------------------------------------------------- properties */

/* What an error has without storing it (node's prototype properties):
 * name and message; stack is formatted now and stored. Borrowed;
 * *found tells undefined-as-value from absent. */
TsValue error_inherited(TsObject *o, TsString *key, bool *found) {
    *found = true;
    if (ts_str_eq(key, &s_name)) return ts_str_v(inherited_name(o->cls));
    if (ts_str_eq(key, &s_message)) return ts_str_v(ts_str_empty());
    if (ts_str_eq(key, &s_stack)) {
        TsString *s = error_stack_text(o);
        ts_obj_set(ts_obj_v(o), &key_stack, ts_str_v(s));
        ts_str_release(s);
        return obj_get_own(o, &key_stack);
    }
    *found = false;
    return ts_undefined();
}

/* name or message as text: undefined gives dflt; strings and other
 * primitives convert; objects are inspected unless may_call_app (only
 * toString() itself runs the app's toString, as node's does). Owned. */
static TsString *field_text(TsObject *o, TsString *key, const char *dflt, bool may_call_app) {
    TsValue v = ts_obj_get(ts_obj_v(o), key);
    if (v.tag == TS_UNDEFINED) return ts_str_from_cstr(dflt);
    if (v.tag < TS_ARRAY || may_call_app) return ts_to_string(v);
    return ts_inspect(v);
}

/* "name: message", or whichever of the two is not empty. */
static TsString *header(TsObject *o, bool may_call_app) {
    TsString *name = field_text(o, &s_name, "Error", may_call_app);
    TsString *msg = field_text(o, &s_message, "", may_call_app), *r;
    if (name->len == 0) {
        r = ts_str_retain(msg);
    } else if (msg->len == 0) {
        r = ts_str_retain(name);
    } else {
        static TsString sep = TS_STR_LIT(": ", 2, 2);
        TsString *parts[3];
        parts[0] = name;
        parts[1] = &sep;
        parts[2] = msg;
        r = ts_str_concat_n(3, parts);
    }
    ts_str_release(name);
    ts_str_release(msg);
    return r;
}

TsString *ts_error_to_string(TsValue e) {
    if (e.tag != TS_OBJECT) return ts_to_string(e);
    return header(e.u.obj, true);
}

/* The header without running the app's code: for stacks and logs. */
TsString *error_header(TsObject *o) { return header(o, false); }

const TsLoc *error_loc(const TsObject *o) { return (const TsLoc *)ts_obj_native(o); }

void buf_put_loc(TsBuf *b, const TsLoc *loc) {
    char tmp[32];
    buf_puts(b, loc->file);
    snprintf(tmp, sizeof tmp, ":%lu:%lu", (unsigned long)loc->line, (unsigned long)loc->col);
    buf_puts(b, tmp);
}

/* node's stack: the header, then one frame line where the position is known. */
TsString *error_stack_text(TsObject *o) {
    TsBuf b;
    TsString *h = error_header(o);
    const TsLoc *loc = error_loc(o);
    if (!loc) return h;
    buf_init(&b);
    buf_put_str(&b, h);
    ts_str_release(h);
    buf_puts(&b, "\n    at ");
    buf_put_loc(&b, loc);
    return buf_to_str(&b);
}
