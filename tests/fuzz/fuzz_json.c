/* fuzz_json.c - libFuzzer target: JSON.parse on arbitrary text, and the
 * round trip parse -> stringify -> parse -> stringify on what parses.
 *
 * The first byte picks how the rest becomes a JS string: each byte one
 * UTF-16 unit (ASCII and Latin-1, so the dictionary's tokens stay intact),
 * or pairs of bytes as UTF-16LE units (any string, lone surrogates too).
 * Every input must leave no live heap objects behind: a parse that throws
 * releases what it built. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

static jmp_buf *catcher;
static char error_text[600];

/* Linked with -Wl,--wrap=ts_throw_error: a thrown error returns to parse(). */
void __wrap_ts_throw_error(TsErrorKind kind, const char *fmt, ...);
void __wrap_ts_throw_error(TsErrorKind kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error_text, sizeof error_text, fmt, ap);
    va_end(ap);
    if (!catcher || (kind != TS_ERR_SYNTAX && kind != TS_ERR_RANGE)) {
        fprintf(stderr, "unexpected error (kind %d): %s\n", (int)kind, error_text);
        abort();
    }
    longjmp(*catcher, 1);
}

static TsValue parsed;

/* JSON.parse(text) into parsed; false when it threw. */
static bool parse(TsString *text) {
    jmp_buf jb;
    catcher = &jb;
    if (setjmp(jb) != 0) {
        catcher = NULL;
        return false;
    }
    parsed = ts_json_parse(text);
    catcher = NULL;
    return true;
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
