/* core_smoke.c - the runtime core (components/runtime/core) on the emulated
 * targets.  Built for the host, lx106 and rv32 by mk/emu.mk (emu-core);
 * the three stdout streams must be byte-identical.  Uses only tsfw.h, the
 * way generated code does.
 */
#include "tsfw.h"

static void log1(TsValue v) { ts_console_log(1, &v); }

static void log_num(double d) { log1(ts_num(d)); }

int main(int argc, char **argv) {
    volatile double zero = 0.0, one = 1.0, three = 3.0, tenth = 0.1;
    TsString *hello, *device, *greeting, *sep, *joined, *json;
    TsValue arr, obj, args[4];
    int i;

    ts_rt_init(argc, argv);

    hello = ts_str_from_cstr("Hello, ");
    device = ts_str_from_cstr("device");
    greeting = ts_str_concat(hello, device);
    args[0] = ts_str_v(greeting);
    args[1] = ts_num(tenth + 0.2);
    args[2] = ts_bool(true);
    args[3] = ts_undefined();
    ts_console_log(4, args);

    /* Number printing: shortest round trip, JS spellings. */
    log_num(one / three);
    log_num(-zero);
    log_num(zero / zero);
    log_num(one / zero);
    log_num(-one / zero);
    log_num(1e21 * one);
    log_num(1e-7 * one);
    log_num(123456789012.0 * one);
    log_num(9007199254740993.0 * one);
    log_num(5e-324 * one);
    log_num(1.7976931348623157e308 * one);
    log_num(ts_str_to_num(device));
    log_num(ts_parse_float(ts_str_from_cstr("  3.25e2xyz")));

    /* Arrays, join, JSON. */
    arr = ts_arr_new(4);
    for (i = 0; i < 5; i++) ts_arr_push(arr, ts_num(i * 1.5));
    ts_arr_push(arr, ts_str_v(device));
    log1(arr);
    sep = ts_str_from_cstr(" | ");
    joined = ts_arr_join(arr, sep);
    log1(ts_str_v(joined));

    obj = ts_obj_new(NULL, 4);
    ts_obj_set(obj, ts_str_from_cstr("name"), ts_str_v(greeting));
    ts_obj_set(obj, ts_str_from_cstr("pi"), ts_num(3.141592653589793 * one));
    ts_obj_set(obj, ts_str_from_cstr("list"), arr);
    log1(obj);
    json = ts_json_stringify(obj, ts_undefined());
    log1(ts_str_v(json));

    log1(ts_str_v(ts_num_to_fixed(one / three, 5)));

    ts_str_release(json);
    ts_str_release(joined);
    ts_str_release(sep);
    ts_release(obj);
    ts_release(arr);
    ts_str_release(greeting);
    ts_str_release(device);
    ts_str_release(hello);
    {
        TsValue live[2];
        live[0] = ts_str_v(ts_str_from_cstr("live objects before exit:"));
        live[1] = ts_num((double)ts_live_objects());
        ts_console_log(2, live);
        ts_release(live[0]);
    }
    return ts_rt_exit();
}
