/* fuzz_json.c - libFuzzer target: JSON.parse on arbitrary text, and the
 * round trip parse -> stringify -> parse -> stringify on what parses.
 *
 * The first byte picks how the rest becomes a JS string: each byte one
 * UTF-16 unit (ASCII and Latin-1, so the dictionary's tokens stay intact),
 * or pairs of bytes as UTF-16LE units (any string, lone surrogates too).
 * Every input must leave no live heap objects behind: a parse that throws
 * releases what it built. Each text is also checked against a recursive
 * type (`JSON.parse(text) as Node`), which must give the value or a
 * TypeError, never anything else. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

static TsValue parsed;

/* JSON.parse(text) into parsed, in a try frame as compiled code makes one;
 * false when it threw. Only SyntaxError and RangeError (a limit) may come out. */
static bool parse(TsString *text) {
    TsTry t;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        parsed = ts_json_parse(text);
        ts_try_leave(&t);
        return true;
    }
    {
        TsValue e = ts_caught();
        if (!ts_instance_of(e, &ts_syntax_error_class) && !ts_instance_of(e, &ts_range_error_class)) {
            TsString *msg = ts_exception_text(e);
            fprintf(stderr, "unexpected error: %s\n", msg->data);
            abort();
        }
        ts_release(e);
    }
    return false;
}

/* type Node = { a: number; b?: Node; c?: Record<string, boolean> } | Node[] | 1 | "a" | [number, null?] */
static TsString key_a = TS_STR_LIT("a", 1, 1), key_b = TS_STR_LIT("b", 1, 1), key_c = TS_STR_LIT("c", 1, 1);
static const TsJsonType node_type[] = {
    {TS_JSON_UNION, 0, 1, 5, NULL, 0, "Node"},
    {TS_JSON_ITEM, 1, 6, 0, NULL, 0, ""},
    {TS_JSON_ITEM, 1, 10, 0, NULL, 0, ""},
    {TS_JSON_ITEM, 1, 11, 0, NULL, 0, ""},
    {TS_JSON_ITEM, 1, 12, 0, NULL, 0, ""},
    {TS_JSON_ITEM, 1, 16, 0, NULL, 0, ""},
    {TS_JSON_OBJECT, 0, 7, 3, NULL, 0, "{ a: number; b?: Node; c?: Record<string, boolean> }"},
    {TS_JSON_ITEM, 1, 13, 0, &key_a, 0, ""},
    {TS_JSON_ITEM, 0, 0, 0, &key_b, 0, ""},
    {TS_JSON_ITEM, 0, 14, 0, &key_c, 0, ""},
    {TS_JSON_ARRAY, 0, 0, 0, NULL, 0, "Node[]"},
    {TS_JSON_NUMBER_LIT, 0, 0, 0, NULL, 1, "1"},
    {TS_JSON_STRING_LIT, 0, 0, 0, &key_a, 0, "\"a\""},
    {TS_JSON_NUMBER, 0, 0, 0, NULL, 0, "number"},
    {TS_JSON_RECORD, 0, 15, 0, NULL, 0, "Record<string, boolean>"},
    {TS_JSON_BOOLEAN, 0, 0, 0, NULL, 0, "boolean"},
    {TS_JSON_TUPLE, 1, 17, 2, NULL, 0, "[number, null?]"},
    {TS_JSON_ITEM, 1, 13, 0, NULL, 0, ""},
    {TS_JSON_ITEM, 1, 19, 0, NULL, 0, ""},
    {TS_JSON_NULL, 0, 0, 0, NULL, 0, "null"},
};

/* JSON.parse(text) as Node: the value, or a TypeError whose message names the path from "v". */
static void parse_as_node(TsString *text) {
    TsTry t;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        TsValue v = ts_json_parse_as(text, node_type, "v");
        ts_try_leave(&t);
        ts_release(v);
        return;
    }
    {
        TsValue e = ts_caught();
        TsString *msg = ts_exception_text(e);
        bool known = ts_instance_of(e, &ts_syntax_error_class) || ts_instance_of(e, &ts_range_error_class) ||
                     (ts_instance_of(e, &ts_type_error_class) && strncmp(msg->data, "TypeError: v", 12) == 0 &&
                      strstr(msg->data, ": expected ") && strstr(msg->data, ", got "));
        if (!known) {
            fprintf(stderr, "unexpected error: %s\n", msg->data);
            abort();
        }
        ts_str_release(msg);
        ts_release(e);
    }
}

static TsString *to_string(const uint8_t *data, size_t size) {
    TsBuf b;
    size_t i;
    if (size > 0 && (data[0] & 1)) {
        size_t n = (size - 1) / 2;
        uint16_t *u = (uint16_t *)ts_alloc((n ? n : 1) * sizeof(uint16_t));
        TsString *s;
        for (i = 0; i < n; i++) u[i] = (uint16_t)(data[1 + 2 * i] | data[2 + 2 * i] << 8);
        s = str_from_u16(u, n);
        ts_dealloc(u);
        return s;
    }
    buf_init(&b);
    for (i = 1; i < size; i++) buf_put_cp(&b, data[i]);
    return buf_to_str(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static size_t baseline = (size_t)-1;
    TsString *text;
    if (baseline == (size_t)-1) baseline = ts_live_objects();
    text = to_string(data, size);
    parse_as_node(text);
    if (parse(text)) {
        TsValue first = parsed;
        TsString *s1 = ts_json_stringify(first, ts_undefined());
        TsString *s2, *pretty;
        if (!s1 || !parse(s1)) {
            fprintf(stderr, "stringify of a parsed value does not parse again: %s\n", s1 ? s1->data : "undefined");
            abort();
        }
        s2 = ts_json_stringify(parsed, ts_undefined());
        pretty = ts_json_stringify(parsed, ts_num(2));
        if (!ts_str_eq(s1, s2)) {
            fprintf(stderr, "round trip changed the value:\n  %s\n  %s\n", s1->data, s2->data);
            abort();
        }
        ts_release(parsed);
        if (!parse(pretty)) abort();
        s2 = (ts_str_release(s2), ts_json_stringify(parsed, ts_undefined()));
        if (!ts_str_eq(s1, s2)) {
            fprintf(stderr, "indented round trip changed the value:\n  %s\n  %s\n", s1->data, s2->data);
            abort();
        }
        ts_release(parsed);
        ts_release(first);
        ts_str_release(s1);
        ts_str_release(s2);
        ts_str_release(pretty);
    }
    ts_str_release(text);
    ts_tmp_release(0);
    ts_collect_cycles();
    if (ts_live_objects() != baseline) {
        fprintf(stderr, "leak: %lu live objects, %lu before\n", (unsigned long)ts_live_objects(),
                (unsigned long)baseline);
        abort();
    }
    return 0;
}
