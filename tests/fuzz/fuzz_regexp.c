/* fuzz_regexp.c - libFuzzer target: new RegExp(untrusted) and its methods
 * on an untrusted string.
 *
 * Input: byte 0 picks the flags (bits d g i m s u y); the pattern runs to
 * the first zero byte, the subject is the rest. Each byte below 0x80 is
 * that code unit, 0x80..0xBF pick an interesting one (case pairs, line
 * terminators, surrogates), and 0xFF hi lo is any code unit; so the
 * dictionary (regexp.dict) is plain text.
 *
 * Every call runs in a try frame, as in an app that catches: a SyntaxError,
 * a limit's RangeError, or the replacer's own throw (at its third call)
 * unwinds to it. After each input every heap object and every byte of
 * PCRE2's memory must be freed, whether or not something threw, and the
 * temp and root stacks must be back where they were. A pattern that
 * rx_check refuses must make new RegExp throw that message. */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regexp_internal.h"

/* ------------------------------------------------------------ input */

static const uint16_t special[64] = {
    0xE9,   0xC9,   0x17F,  0x212A, 0xDF,   0x1E9E, 0x3C3,  0x3C2,  0x3A3,  0x2028, 0x2029, 0xA0,   0xFEFF,
    0xD83D, 0xDE00, 0xD800, 0xDC00, 0xDBFF, 0xDFFF, 0x130,  0x131,  0x1C5,  0x390,  0x1FD3, 0x345,  0x3B9,
    0x1F80, 0x1F88, 0xB5,   0x3BC,  0xFB06, 0x2126, 0x3C9,  0x212B, 0xE5,   0x3F4,  0x3B8,  0x1E60, 0x1E9B,
    0x10,   0x7F,   0x80,   0xFFFF, 0xFFFE, 0x4E2D, 0x1680, 0x3000, 0x200B, 0x200C, 0x200D, 0x660,  0xFF21,
    0xFF41, 0x10A0, 0x2D00, 0xAB70, 0x13A0, 0x1C80, 0x412,  0x432,  0xD801, 0xDC00, 0xDC28, 0xD83A};

/* Decodes bytes [from, to) into units; returns the count. */
static size_t decode(const uint8_t *d, size_t from, size_t to, uint16_t *u) {
    size_t i = from, n = 0;
    while (i < to) {
        uint8_t b = d[i++];
        if (b < 0x80) u[n++] = b;
        else if (b < 0xC0) u[n++] = special[b - 0x80];
        else if (b == 0xFF && i + 2 <= to) u[n++] = (uint16_t)(d[i] << 8 | d[i + 1]), i += 2;
        else u[n++] = b;
    }
    return n;
}

/* ------------------------------------------------------------ the calls */

static int replacer_calls;

static TsValue replacer(TsFunc *self, int argc, const TsValue *argv) {
    TsValue a = ts_tmp(ts_arr_of(argc, argv));
    (void)self;
    if (++replacer_calls == 3) ts_throw_error(TS_ERR_ERROR, "replacer stopped");
    return ts_str_v(ts_inspect(a));
}

/* Each step may throw; the harness then carries on with the next. */
static void step(int k, TsValue re, TsString *s) {
    static TsString rep = TS_STR_LIT("<$1|$<n>|$&|$`|$'|$$|$10|$<>", 29, 29);
    TsValue fn;
    switch (k) {
    case 0: {
        int i;
        for (i = 0; i < 8; i++) {
            TsValue m = ts_tmp(ts_regexp_exec(re, s));
            ts_tmp_str(ts_inspect(m));
            if (m.tag == TS_NULL || !(ts_regexp_global(re) || ts_regexp_sticky(re))) break;
        }
        break;
    }
    case 1: ts_regexp_test(re, s); break;
    case 2: ts_tmp_str(ts_inspect(ts_tmp(ts_str_match_re(s, re)))); break;
    case 3: ts_str_search_re(s, re); break;
    case 4: ts_tmp_str(ts_str_replace_re(s, re, &rep)); break;
    case 5:
        fn = ts_tmp(ts_fn_v(ts_func_new(replacer, "replacer", 0)));
        ts_tmp_str(ts_str_replace_re_fn(s, re, fn));
        break;
    case 6: ts_tmp_str(ts_inspect(ts_tmp(ts_str_split_re(s, re, 5)))); break;
    case 7: ts_tmp_str(ts_inspect(ts_tmp(ts_str_match_all_re(s, re)))); break;
    case 8: ts_tmp_str(ts_regexp_to_string(re)); break;
    default: break;
    }
}

/* Runs step k in a try frame; true when it threw. */
static bool step_caught(int k, TsValue re, TsString *s) {
    TsTry t;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        step(k, re, s);
        ts_try_leave(&t);
        return false;
    }
    ts_release(ts_caught());
    return true;
}

/* new RegExp(pattern, flags) must throw rx_check's message. */
static void expect_syntax_error(TsString *pattern, TsString *flags, TsString *msg) {
    TsTry t;
    ts_try_enter(&t);
    if (setjmp(t.jb) == 0) {
        ts_regexp_new(ts_str_v(pattern), ts_str_v(flags));
        fprintf(stderr, "fuzz_regexp: rx_check refused, new RegExp accepted: %s\n", msg->data);
        abort();
    } else {
        TsValue e = ts_caught();
        TsString *text = ts_error_to_string(e);
        TsValue m = ts_obj_get(e, ts_tmp_str(ts_str_from_cstr("message")));
        if (!ts_instance_of(e, &ts_syntax_error_class) || m.tag != TS_STRING || !ts_str_eq(m.u.str, msg)) {
            fprintf(stderr, "fuzz_regexp: rx_check says\n  %s\nnew RegExp threw\n  %s\n", msg->data, text->data);
            abort();
        }
        ts_str_release(text);
        ts_release(e);
    }
}

/* The engine's contexts, created by the first compile, stay: create them
 * before the first input is measured. */
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static TsString a = TS_STR_LIT("a", 1, 1);
    (void)argc;
    (void)argv;
    return rx_check(&a, ts_str_empty()) != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static uint16_t units[8192];
    static const char letters[] = "dgimsuy";
    char flags_text[8];
    size_t sep, np, ns, i, k = 0, heap0, heap, peak;
    size_t tmp0 = ts_tmp_mark(), roots0 = ts_roots_mark();
    int st;
    TsString *pattern, *subject, *flags, *msg;
    TsValue re;
    if (size < 1 || size > 4000) return 0;
    ts_regexp_heap_stats(&heap0, &peak);
    for (i = 0; i < 7; i++)
        if (data[0] & (1u << i)) flags_text[k++] = letters[i];
    flags_text[k] = 0;
    for (sep = 1; sep < size && data[sep]; sep++) {}
    np = decode(data, 1, sep, units);
    pattern = ts_tmp_str(str_from_u16(units, np));
    ns = decode(data, sep < size ? sep + 1 : size, size, units);
    subject = ts_tmp_str(str_from_u16(units, ns));
    flags = ts_tmp_str(ts_str_from_cstr(flags_text));
    msg = rx_check(pattern, flags);
    if (!msg) {
        re = ts_tmp(ts_regexp_new(ts_str_v(pattern), ts_str_v(flags)));
        replacer_calls = 0;
        for (st = 0; st < 9; st++) step_caught(st, re, subject);
    } else {
        expect_syntax_error(pattern, flags, ts_tmp_str(msg));
    }
    ts_tmp_release(tmp0);
    ts_collect_cycles();
    ts_regexp_heap_stats(&heap, &peak);
    if (ts_live_objects() != 0 || heap != heap0 || ts_tmp_mark() != tmp0 || ts_roots_mark() != roots0 ||
        ts_try_top != NULL) {
        fprintf(stderr,
                "fuzz_regexp: left behind: %lu heap objects, %ld bytes of PCRE2 memory, %ld temporaries, %ld roots\n",
                (unsigned long)ts_live_objects(), (long)(heap - heap0), (long)(ts_tmp_mark() - tmp0),
                (long)(ts_roots_mark() - roots0));
        abort();
    }
    return 0;
}
