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
static TsString s_valueof = TS_STR_LIT("valueOf", 7, 7);

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

double ts_as_num(TsValue v) {
    if (v.tag == TS_OBJECT || v.tag == TS_ARRAY) return ts_to_number(v);
    return ts_unbox_num(v);
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

/* ToPrimitive's hint: which of valueOf and toString an object tries first. */
typedef enum Hint {
    HINT_DEFAULT,
    HINT_NUMBER,
    HINT_STRING
} Hint;

/* o.name() when o has such a method (own or of its class); *found says whether it had one. */
static TsValue call_own_or_class(TsValue v, TsString *name, bool *found) {
    TsObject *o = v.u.obj;
    TsValue own = obj_get_own(o, name);
    *found = true;
    if (own.tag == TS_FUNCTION) return ts_call(own, 0, NULL);
    if (o->cls) {
        const TsMethod *m = class_find_method(o->cls, name);
        if (m) return m->fn(v, 0, NULL);
    }
    *found = false;
    return ts_undefined();
}

static TsValue object_to_primitive(TsValue v, Hint hint) {
    TsString *order[2];
    int i;
    /* Date's Symbol.toPrimitive: the default hint is string */
    if (hint == HINT_DEFAULT) hint = v.u.obj->cls == &ts_date_class ? HINT_STRING : HINT_NUMBER;
    order[0] = hint == HINT_STRING ? &s_tostring : &s_valueof;
    order[1] = hint == HINT_STRING ? &s_valueof : &s_tostring;
    for (i = 0; i < 2; i++) {
        bool found;
        TsValue r = call_own_or_class(v, order[i], &found);
        if (!found) {
            /* Object.prototype's: valueOf gives the object back, toString its tag */
            if (order[i] == &s_tostring) return ts_str_v(ts_str_from_cstr("[object Object]"));
            continue;
        }
        if (r.tag <= TS_STRING) return r;
        ts_release(r);
    }
    ts_throw_error(TS_ERR_TYPE, "Cannot convert object to primitive value");
}

static TsValue to_primitive(TsValue v, Hint hint) {
    switch (v.tag) {
    case TS_ARRAY: return ts_str_v(ts_arr_join(v, NULL));
    case TS_OBJECT: return object_to_primitive(v, hint);
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

TsValue ts_to_primitive(TsValue v) { return to_primitive(v, HINT_DEFAULT); }

double ts_to_number(TsValue v) {
    switch (v.tag) {
    case TS_UNDEFINED: return NAN;
    case TS_NULL: return 0;
    case TS_BOOL: return v.u.b ? 1 : 0;
    case TS_NUMBER: return v.u.num;
    case TS_STRING: return ts_str_to_num(v.u.str);
    case TS_BOX: return ts_to_number(v.u.box->v);
    default: {
        TsValue p = to_primitive(v, HINT_NUMBER);
        double d = p.tag > TS_STRING ? NAN : ts_to_number(p);
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
        TsValue p = to_primitive(v, HINT_STRING);
        TsString *s = p.tag > TS_STRING ? ts_str_from_cstr("[object Object]") : ts_to_string(p);
        ts_release(p);
        return s;
    }
    }
}

TsString *ts_to_string_for_add(TsValue v) {
    TsValue p;
    TsString *s;
    if (v.tag != TS_OBJECT) return ts_to_string(v);
    p = to_primitive(v, HINT_DEFAULT);
    s = p.tag > TS_STRING ? ts_str_from_cstr("[object Object]") : ts_to_string(p);
    ts_release(p);
    return s;
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
static void to_primitives(TsValue a, TsValue b, TsValue *pa, TsValue *pb, Hint hint) {
    size_t rm = ts_roots_mark();
    *pa = to_primitive(a, hint);
    ts_root_val(pa);
    *pb = to_primitive(b, hint);
    ts_roots_pop(rm);
}

TsValue ts_add(TsValue a, TsValue b) {
    TsValue pa, pb, r;
    to_primitives(a, b, &pa, &pb, HINT_DEFAULT);
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

bool ts_same_value(TsValue a, TsValue b) {
    if (a.tag == TS_NUMBER && b.tag == TS_NUMBER && a.u.num == 0 && b.u.num == 0)
        return signbit(a.u.num) == signbit(b.u.num);
    return ts_same_value_zero(a, b);
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

double ts_mod(double a, double b) {
#ifndef __OPTIMIZE_SIZE__
    /* Integers past int32 (a uint32 from >>> 0, a product): an integer
     * remainder is exact, like fmod, and several times faster. Builds for
     * size (the device) keep fmod alone. */
    if (a >= -9007199254740991.0 && a <= 9007199254740991.0 && b >= 1.0 && b <= 9007199254740991.0) {
        int64_t x = (int64_t)a, y = (int64_t)b;
        if ((double)x == a && (double)y == b) {
            int64_t r = x % y;
            return r == 0 ? copysign(0.0, a) : (double)r;
        }
    }
#endif
    return fmod(a, b);
}

/* a < b and a <= b: on the primitives (hint number: a Date compares by its time), strings by code units. */
static bool compare(TsValue a, TsValue b, bool or_equal) {
    TsValue pa, pb;
    bool r;
    to_primitives(a, b, &pa, &pb, HINT_NUMBER);
    if (pa.tag == TS_STRING && pb.tag == TS_STRING) {
        int c = ts_str_cmp(pa.u.str, pb.u.str);
        r = or_equal ? c <= 0 : c < 0;
    } else {
        double x = ts_to_number(pa), y = ts_to_number(pb);
        r = or_equal ? x <= y : x < y;
    }
    ts_release(pa);
    ts_release(pb);
    return r;
}

bool ts_less_than(TsValue a, TsValue b) { return compare(a, b, false); }
bool ts_less_equal(TsValue a, TsValue b) { return compare(a, b, true); }
