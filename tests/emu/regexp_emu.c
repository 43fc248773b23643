/* regexp_emu.c - RegExp on the emulated targets (mk/regexp.mk, make
 * test-regexp-emu): every case of tests/c/regexp/expect.h (node's answers),
 * thrown errors caught in a try frame, run by the runtime linked with PCRE2
 * cross-built from Debian's source. stdout (the count of cases that agree
 * with node, and each that does not) must be byte-identical for host,
 * lx106 and rv32; stderr carries the target's own measurements:
 *   - the heap of typical device matches (counting allocator, sim_heap.c);
 *   - the stack a pattern's compilation and a match use (a painted region);
 *   - the cycles until a catastrophic pattern trips the backtracking limit
 *     (`regexp_emu limit`). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "run_case.h"
#include "sim_heap.h"

#define PAINT      0xA5
#define PAINT_SIZE 12288

static uintptr_t painted; /* the lowest painted address (the stack grows down on every target) */

/* Fills the stack below the caller's frame with PAINT: what a call made
 * next writes there shows how deep it went. */
static void __attribute__((noinline)) paint_stack(void) {
    volatile unsigned char area[PAINT_SIZE];
    size_t i;
    for (i = 0; i < sizeof area; i++) area[i] = PAINT;
    painted = (uintptr_t)area;
}

/* Bytes of the painted area written since paint_stack. */
static size_t stack_used(void) {
    const volatile unsigned char *p = (const volatile unsigned char *)painted;
    size_t i = 0;
    while (i < PAINT_SIZE && p[i] == PAINT) i++;
    return PAINT_SIZE - i;
}

/* CCOUNT on lx106, the cycle CSR on rv32, clock() (microseconds) on the host. */
static unsigned long cycles(void) {
#if defined(__XTENSA__)
    unsigned long c;
    __asm__ volatile("rsr %0, ccount" : "=r"(c));
    return c;
#elif defined(__riscv)
    unsigned long c;
    __asm__ volatile("rdcycle %0" : "=r"(c));
    return c;
#else
    return (unsigned long)clock();
#endif
}

static TsValue regexp(const char *src, const char *flags) {
    return ts_tmp(
        ts_regexp_new(ts_str_v(ts_tmp_str(ts_str_from_cstr(src))), ts_str_v(ts_tmp_str(ts_str_from_cstr(flags)))));
}

static bool is_runtime_error(const RxCase *c) {
    return strncmp(c->expect, "TypeError: ", 11) == 0 || strncmp(c->expect, "RangeError: ", 12) == 0;
}

/* The cases, as test_regexp.c runs them; returns the failures. */
static unsigned run_all(unsigned *count, unsigned *refused) {
    unsigned i, failures = 0;
    for (i = 0; i < sizeof rx_cases / sizeof rx_cases[0]; i++) {
        const RxCase *c = &rx_cases[i];
        TsString *pattern = ts_tmp_str(ts_str_new(c->pattern, c->pattern_len));
        TsString *flags = ts_tmp_str(ts_str_from_cstr(c->flags));
        bool syntax_error = strncmp(c->expect, "SyntaxError: ", 13) == 0;
        (*count)++;
        TsString *error = rx_check(pattern, flags);
        if (error) {
            const char *msg = ts_tmp_str(error)->data;
            size_t n = error->len;
            if (c->random && !syntax_error && n > 17 && strcmp(msg + n - 17, " is not supported") == 0) {
                (*refused)++;
            } else if (!syntax_error || n != c->expect_len - 13 || memcmp(msg, c->expect + 13, n) != 0) {
                printf("case %u /%s/%s: expected %s\n  got SyntaxError: %s\n", i, c->pattern, c->flags, c->expect, msg);
                failures++;
            }
        } else if (syntax_error) {
            printf("case %u /%s/%s: compiles, node says %s\n", i, c->pattern, c->flags, c->expect);
            failures++;
        } else {
            bool threw;
            TsString *got = call_caught(run_case, c, &threw);
            if (threw != is_runtime_error(c) || got->len != c->expect_len ||
                memcmp(got->data, c->expect, got->len) != 0) {
                printf("case %u (%s /%s/%s):\nexpected\n%s\ngot%s\n%s\n", i, c->op, c->pattern, c->flags, c->expect,
                       threw ? " (thrown)" : "", got->data);
                failures++;
            }
            ts_str_release(got);
        }
        ts_tmp_release(0);
    }
    return failures;
}

/* Starts a heap measurement; heap_peak() is then the most allocated on top. */
static size_t heap_base;
static void heap_start(void) {
    sim_heap_stats st;
    sim_heap_reset_peak();
    sim_heap_get(&st);
    heap_base = st.live_bytes;
}
static unsigned long heap_peak(void) {
    sim_heap_stats st;
    sim_heap_get(&st);
    return (unsigned long)(st.peak_bytes - heap_base);
}
static unsigned long heap_kept(void) {
    sim_heap_stats st;
    sim_heap_get(&st);
    return (unsigned long)(st.live_bytes - heap_base);
}

static void measure(void) {
    static const char qs_pattern[] = "^(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})+=(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})*"
                                     "(?:&(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})+=(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})*)*$";
    static const char query[] = "ssid=home%20wifi&pass=s3cr3t%21&mode=sta&channel=6&hostname=esp-node_01&ntp=pool.ntp."
                                "org&tz=CET-1CEST&led=on&interval=30&debug=0&name=Caf%C3%A9%20Kitchen&x=1234567890&y="
                                "abcdefghij&z=0123456789";
    char bad[64];
    TsValue re, m;
    TsString *s = ts_tmp_str(ts_str_from_cstr(query));
    size_t stack;
    unsigned long t0, t1, peak;

    paint_stack();
    heap_start();
    re = regexp(qs_pattern, "");
    stack = stack_used();
    fprintf(stderr, "regexp-emu: compile the query-string check: heap %lu bytes kept (peak %lu), stack %lu bytes\n",
            heap_kept(), heap_peak(), (unsigned long)stack);

    paint_stack();
    heap_start();
    if (!ts_regexp_test(re, s)) printf("query-string check failed\n");
    stack = stack_used();
    fprintf(stderr, "regexp-emu: test() of it on %lu bytes: heap peak %lu bytes, stack %lu bytes\n",
            (unsigned long)strlen(query), heap_peak(), (unsigned long)stack);

    re = regexp("([^&=]+)=([^&]*)", "g");
    paint_stack();
    heap_start();
    m = ts_str_match_all_re(s, re);
    stack = stack_used();
    peak = heap_peak();
    fprintf(stderr,
            "regexp-emu: matchAll /([^&=]+)=([^&]*)/g on it: heap peak %lu bytes (%lu results, %lu bytes kept), "
            "stack %lu bytes\n",
            peak, (unsigned long)ts_arr_length(m), heap_kept(), (unsigned long)stack);
    ts_release(m);

    re = regexp("^(?:[A-Za-z0-9_.~-]|%[0-9A-Fa-f]{2})+$", "");
    paint_stack();
    heap_start();
    m = ts_regexp_exec(re, ts_tmp_str(ts_str_from_cstr("abcdefghijklmnopqrstuvwxyz%20ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
    stack = stack_used();
    fprintf(stderr, "regexp-emu: exec of a repeated alternation on 56 bytes: heap peak %lu bytes, stack %lu bytes\n",
            heap_peak(), (unsigned long)stack);
    ts_release(m);

    /* nested quantified groups: the deepest the translation accepts, and less */
    {
        static const int depths[] = {2, 4, RX_MAX_NESTING};
        int d, k;
        for (d = 0; d < 3; d++) {
            char deep[4 * RX_MAX_NESTING + 8];
            size_t n = 0;
            for (k = 0; k < depths[d]; k++) deep[n++] = '(';
            deep[n++] = 'a';
            for (k = 0; k < depths[d]; k++) deep[n++] = ')', deep[n++] = '+';
            deep[n] = 0;
            paint_stack();
            regexp(deep, "i");
            fprintf(stderr, "regexp-emu: compile %d nested quantified groups: stack %lu bytes\n", depths[d],
                    (unsigned long)stack_used());
        }
    }

    memset(bad, 'a', 40);
    strcpy(bad + 40, "!");
    re = regexp("^(a+)+$", "");
    t0 = cycles();
    if (!ts_regexp_test(re, ts_tmp_str(ts_str_from_cstr(bad)))) t1 = cycles();
    else t1 = t0;
    fprintf(stderr, "regexp-emu: test() of ^(a+)+$ on 40 a's and '!' (DFA): %lu cycles\n", t1 - t0);
}

/* `regexp_emu limit`: exec of a catastrophic pattern, caught as an app
 * catches it, with the cycles until the RangeError landed. */
static TsString *exec_catastrophic(const void *arg) {
    char bad[64];
    TsValue re = regexp("^(a+)+$", "");
    (void)arg;
    memset(bad, 'a', 40);
    strcpy(bad + 40, "!");
    return ts_inspect(ts_tmp(ts_regexp_exec(re, ts_tmp_str(ts_str_from_cstr(bad)))));
}

static void run_limit(void) {
    bool threw;
    unsigned long start = cycles(), took;
    TsString *got = call_caught(exec_catastrophic, NULL, &threw);
    took = cycles() - start;
    fprintf(stderr, "regexp-emu: exec of ^(a+)+$ on 40 a's and '!' %s after %lu cycles: %s\n",
            threw ? "threw" : "returned", took, got->data);
    ts_str_release(got);
}

int main(int argc, char **argv) {
    unsigned count = 0, refused = 0, failures;
    ts_rt_init(argc, argv);
    if (argc > 1 && strcmp(argv[1], "limit") == 0) {
        run_limit();
        return 0;
    }
    failures = run_all(&count, &refused);
    printf("%u cases against node (%u refused): %u failed\n", count, refused, failures);
    measure();
    ts_tmp_release(0);
    return failures ? 1 : ts_rt_exit();
}
