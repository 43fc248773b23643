/* func.c - function values, calls and boxes. */
#include "rt_internal.h"

TsFunc *ts_func_new(TsFnCall call, const char *name, uint32_t ncaps) {
    TsFunc *f = (TsFunc *)ts_heap_new(sizeof(TsFunc) + ncaps * sizeof(TsValue), TS_FUNCTION);
    uint32_t i;
    f->call = call;
    f->name = name ? name : "";
    f->ncaps = ncaps;
    for (i = 0; i < ncaps; i++) f->caps[i] = ts_undefined();
    return f;
}

/* A value as V8 names it in "... is not a function" when a runtime function
 * was given it as a callback: primitives as their string, objects as
 * #<Class>, arrays as [object Array], errors as "Name: message". */
static TsString *callee_text(TsValue v) {
    switch (v.tag) {
    case TS_ARRAY: return ts_str_from_cstr("[object Array]");
    case TS_MAP: return ts_str_from_cstr("#<Map>");
    case TS_SET: return ts_str_from_cstr("#<Set>");
    case TS_OBJECT: {
        TsBuf b;
        if (class_is_error(v.u.obj->cls)) return error_header(v.u.obj);
        buf_init(&b);
        buf_puts(&b, "#<");
        buf_puts(&b, v.u.obj->cls && ts_class_shown_name(v.u.obj->cls) ? ts_class_shown_name(v.u.obj->cls) : "Object");
        buf_putc(&b, '>');
        return buf_to_str(&b);
    }
    default: return ts_to_string(v);
    }
}

TsValue ts_callee(TsValue fn, const char *text) {
    if (fn.tag != TS_FUNCTION) ts_throw_error(TS_ERR_TYPE, "%s is not a function", text);
    return fn;
}

TsValue ts_recv;

TsValue ts_call(TsValue fn, int argc, const TsValue *argv) { return ts_call_on(fn, ts_undefined(), argc, argv); }

TsValue ts_call_on(TsValue fn, TsValue recv, int argc, const TsValue *argv) {
    TsValue r;
    size_t rm;
    if (fn.tag != TS_FUNCTION) {
        TsString *s = ts_tmp_str(callee_text(fn));
        ts_throw_error(TS_ERR_TYPE, "%s is not a function", s->data);
    }
    ts_recv = recv;
    if (fn.u.h->rc == TS_RC_IMMORTAL && recv.tag == TS_UNDEFINED) return fn.u.fn->call(fn.u.fn, argc, argv);
    /* Keep a closure and its receiver alive while it runs, even if the call
     * drops the last other reference to them; the roots give the references
     * back if it throws. */
    rm = ts_roots_mark();
    ts_retain(fn);
    ts_root_val(&fn);
    ts_retain(recv);
    ts_root_val(&recv);
    r = fn.u.fn->call(fn.u.fn, argc, argv);
    ts_roots_pop(rm);
    ts_release(recv);
    ts_release(fn);
    return r;
}

TsValue ts_box_new(TsValue init) {
    TsBox *b = (TsBox *)ts_heap_new(sizeof(TsBox), TS_BOX);
    TsValue v;
    ts_retain(init);
    b->v = init;
    v.tag = TS_BOX;
    v.u.box = b;
    return v;
}
