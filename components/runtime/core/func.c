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

TsValue ts_call(TsValue fn, int argc, const TsValue *argv) {
    TsValue r;
    if (fn.tag != TS_FUNCTION) {
        TsString *s = ts_tmp_str(ts_inspect(fn));
        ts_panic("TypeError: %s is not a function", s->data);
    }
    /* Keep a closure alive while it runs, even if the call drops the last
     * other reference to it. */
    ts_heap_retain(fn.u.h);
    r = fn.u.fn->call(fn.u.fn, argc, argv);
    ts_heap_release(fn.u.h);
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
