/* value.c - conversions, operators, typeof and equality. */
#include <math.h>
#include <string.h>

#include "rt_internal.h"

static TsString s_undefined = TS_STR_LIT("undefined", 9, 9);
static TsString s_null = TS_STR_LIT("null", 4, 4);
static TsString s_true = TS_STR_LIT("true", 4, 4);
static TsString s_false = TS_STR_LIT("false", 5, 5);
static TsString s_number = TS_STR_LIT("number", 6, 6);
static TsString s_string = TS_STR_LIT("string", 6, 6);
static TsString s_boolean = TS_STR_LIT("boolean", 7, 7);
static TsString s_object = TS_STR_LIT("object", 6, 6);
static TsString s_function = TS_STR_LIT("function", 8, 8);
static TsString s_tostring = TS_STR_LIT("toString", 8, 8);

static const char *tag_name(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED: return "undefined";
    case TS_NULL: return "null";
    case TS_BOOL: return "boolean";
    case TS_NUMBER: return "number";
    case TS_STRING: return "string";
    case TS_FUNCTION: return "function";
    default: return "object";
    }
}

double ts_unbox_num(TsValue v) {
    if (v.tag == TS_UNDEFINED) return ts_undef_num();
    if (v.tag != TS_NUMBER) ts_throw_error(TS_ERR_TYPE, "expected a number, got %s", tag_name(v));
    return v.u.num;
}

bool ts_unbox_bool(TsValue v) {
    if (v.tag == TS_UNDEFINED) return false;
    if (v.tag != TS_BOOL) ts_throw_error(TS_ERR_TYPE, "expected a boolean, got %s", tag_name(v));
    return v.u.b;
}

TsString *ts_unbox_str(TsValue v) {
    if (v.tag == TS_UNDEFINED) return NULL;
    if (v.tag != TS_STRING) ts_throw_error(TS_ERR_TYPE, "expected a string, got %s", tag_name(v));
    return v.u.str;
}

bool ts_truthy(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED:
    case TS_NULL: return false;
    case TS_BOOL: return v.u.b;
    case TS_NUMBER: return ts_num_truthy(v.u.num);
    case TS_STRING: return v.u.str->len > 0;
    default: return true;
    }
}

TsString *ts_bool_to_str(bool b) { return b ? &s_true : &s_false; }

TsValue ts_to_primitive(TsValue v) {
    switch (v.tag) {
    case TS_ARRAY: return ts_str_v(ts_arr_join(v, NULL));
    case TS_OBJECT: {
        TsObject *o = v.u.obj;
        TsValue own = obj_get_own(o, &s_tostring);
        if (own.tag == TS_FUNCTION) return ts_call(own, 0, NULL);
        if (o->cls) {
            const TsMethod *m = class_find_method(o->cls, &s_tostring);
            if (m) return m->fn(v, 0, NULL);
        }
        return ts_str_v(ts_str_from_cstr("[object Object]"));
    }
    case TS_FUNCTION: {
        TsBuf b;
        buf_init(&b);
        buf_puts(&b, "function ");
        buf_puts(&b, v.u.fn->name);
        buf_puts(&b, "() { [native code] }");
        return ts_str_v(buf_to_str(&b));
    }
    case TS_MAP: return ts_str_v(ts_str_from_cstr("[object Map]"));
    case TS_SET: return ts_str_v(ts_str_from_cstr("[object Set]"));
    default: ts_retain(v); return v;
    }
}

double ts_to_number(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED: return NAN;
    case TS_NULL: return 0;
    case TS_BOOL: return v.u.b ? 1 : 0;
    case TS_NUMBER: return v.u.num;
    case TS_STRING: return ts_str_to_num(v.u.str);
    case TS_BOX: return ts_to_number(v.u.box->v);
    default: {
        TsValue p = ts_to_primitive(v);
        double d = p.tag >= TS_STRING && p.tag != TS_STRING ? NAN : ts_to_number(p);
        ts_release(p);
        return d;
    }
    }
}

TsString *ts_to_string(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED: return &s_undefined;
    case TS_NULL: return &s_null;
    case TS_BOOL: return ts_bool_to_str(v.u.b);
    case TS_NUMBER: return ts_num_to_str(v.u.num);
    case TS_STRING: return ts_str_retain(v.u.str);
    case TS_BOX: return ts_to_string(v.u.box->v);
    default: {
        TsValue p = ts_to_primitive(v);
        TsString *s = p.tag >= TS_STRING && p.tag != TS_STRING ? ts_str_from_cstr("[object Object]") : ts_to_string(p);
        ts_release(p);
        return s;
    }
    }
}

TsString *ts_typeof(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED: return &s_undefined;
    case TS_BOOL: return &s_boolean;
    case TS_NUMBER: return &s_number;
    case TS_STRING: return &s_string;
    case TS_FUNCTION: return &s_function;
    default: return &s_object;
    }
}

/* ------------------------------------------------------------ operators */

/* The primitives of a and b, for binary operators: the second conversion
 * may run the app's toString and throw, so the first result is rooted. */
static void to_primitives(TsValue a, TsValue b, TsValue *pa, TsValue *pb) {
    size_t rm = ts_roots_mark();
    *pa = ts_to_primitive(a);
    ts_root_val(pa);
    *pb = ts_to_primitive(b);
    ts_roots_pop(rm);
}

TsValue ts_add(TsValue a, TsValue b) {
    TsValue pa, pb, r;
    to_primitives(a, b, &pa, &pb);
    if (pa.tag == TS_STRING || pb.tag == TS_STRING) {
        TsString *sa = ts_to_string(pa), *sb = ts_to_string(pb);
        r = ts_str_v(ts_str_concat(sa, sb));
        ts_str_release(sa);
        ts_str_release(sb);
    } else {
        r = ts_num(ts_to_number(pa) + ts_to_number(pb));
    }
    ts_release(pa);
    ts_release(pb);
    return r;
}

bool ts_strict_eq(TsValue a, TsValue b) {
    if (a.tag != b.tag) return false;
    switch (a.tag) {
    case TS_UNDEFINED:
    case TS_NULL: return true;
    case TS_BOOL: return a.u.b == b.u.b;
    case TS_NUMBER: return a.u.num == b.u.num;
    case TS_STRING: return ts_str_eq(a.u.str, b.u.str);
    default: return a.u.h == b.u.h;
    }
}

bool ts_same_value_zero(TsValue a, TsValue b) {
    if (a.tag == TS_NUMBER && b.tag == TS_NUMBER && a.u.num != a.u.num) return b.u.num != b.u.num;
    return ts_strict_eq(a, b);
}

static bool is_object(TsValue v) { return v.tag > TS_STRING; }

bool ts_loose_eq(TsValue a, TsValue b) {
    if (a.tag == b.tag) return ts_strict_eq(a, b);
    if (ts_is_nullish(a) || ts_is_nullish(b)) return ts_is_nullish(a) && ts_is_nullish(b);
    if (a.tag == TS_BOOL) return ts_loose_eq(ts_num(a.u.b ? 1 : 0), b);
    if (b.tag == TS_BOOL) return ts_loose_eq(a, ts_num(b.u.b ? 1 : 0));
    if (a.tag == TS_NUMBER && b.tag == TS_STRING) return a.u.num == ts_str_to_num(b.u.str);
    if (a.tag == TS_STRING && b.tag == TS_NUMBER) return ts_str_to_num(a.u.str) == b.u.num;
    if (is_object(a) && !is_object(b)) {
        TsValue p = ts_to_primitive(a);
        bool r = ts_loose_eq(p, b);
        ts_release(p);
        return r;
    }
    if (is_object(b) && !is_object(a)) return ts_loose_eq(b, a);
    return false;
}

double ts_mod(double a, double b) { return fmod(a, b); }

double ts_pow(double a, double b) {
    if (b != b) return NAN;
    if (b == 0) return 1;
    if ((a == 1 || a == -1) && isinf(b)) return NAN;
    return pow(a, b);
}

bool ts_less_than(TsValue a, TsValue b) {
    TsValue pa, pb;
    bool r;
    to_primitives(a, b, &pa, &pb);
    if (pa.tag == TS_STRING && pb.tag == TS_STRING) r = ts_str_cmp(pa.u.str, pb.u.str) < 0;
    else r = ts_to_number(pa) < ts_to_number(pb);
    ts_release(pa);
    ts_release(pb);
    return r;
}
