/* test_unicode_case.c - toUpperCase and toLowerCase on every code point of
 * planes 0-3 and 14, and the final sigma rule, against node
 * (gen/gen_unicode_case.js). */
#include "helpers.h"

typedef struct {
    uint32_t cp;
    const char *upper, *lower;
} CaseCase;

#include "case_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool newer(uint32_t c) {
    size_t i;
    for (i = 0; i < COUNT(newer_than_table); i++)
        if (newer_than_table[i] == c) return true;
    return false;
}

/* Is c in node's ranges (start << 11 | length - 1)? */
static bool in(const uint32_t *ranges, size_t n, uint32_t c) {
    size_t i;
    for (i = 0; i < n; i++)
        if (c >= (ranges[i] >> 11) && c - (ranges[i] >> 11) <= (ranges[i] & 2047)) return true;
    return false;
}

static int check(uint32_t c, const char *want_upper, const char *want_lower) {
    char own[5];
    TsBuf b;
    TsString *s, *u, *l;
    int failures = 0;
    buf_init(&b);
    buf_put_cp(&b, c);
    memcpy(own, b.data, b.len);
    own[b.len] = 0;
    s = buf_to_str(&b);
    u = ts_str_to_upper(s);
    l = ts_str_to_lower(s);
    if (strcmp(u->data, want_upper ? want_upper : own) || strcmp(l->data, want_lower ? want_lower : own)) {
        print_error("U+%04lX: upper '%s' lower '%s', want '%s' '%s'\n", (unsigned long)c, u->data, l->data,
                    want_upper ? want_upper : own, want_lower ? want_lower : own);
        failures = 1;
    }
    ts_str_release(s);
    ts_str_release(u);
    ts_str_release(l);
    return failures;
}

static void test_every_code_point(void **state) {
    size_t next = 0;
    uint32_t c;
    int failures = 0;
    (void)state;
    for (c = 0; c <= 0xE01EF; c++) {
        if (c == 0x323B0) c = 0xE0000; /* nothing is assigned between */
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        while (next < COUNT(case_cases) && case_cases[next].cp < c) next++;
        if (newer(c)) continue;
        if (next < COUNT(case_cases) && case_cases[next].cp == c)
            failures += check(c, case_cases[next].upper, case_cases[next].lower);
        else failures += check(c, NULL, NULL);
        if (failures > 20) break;
    }
    assert_int_equal(failures, 0);
}

static void test_lone_surrogates(void **state) {
    (void)state;
    assert_str(ts_str_to_upper(S("a\355\240\200b\355\277\277c")), "A\355\240\200B\355\277\277C");
    assert_str(ts_str_to_lower(S("A\355\240\200B")), "a\355\240\200b");
}

static void test_final_sigma_properties(void **state) {
    uint32_t c;
    int failures = 0;
    (void)state;
    for (c = 0; c <= 0xE01EF && failures < 20; c++) {
        bool skip, cased;
        if (newer(c)) continue;
        skip = in(node_skips, COUNT(node_skips), c);
        cased = in(node_cased, COUNT(node_cased), c);
        if (case_ignorable(c) != skip || case_cased(c) != cased) {
            print_error("U+%04lX: ignorable %d cased %d, node %d %d\n", (unsigned long)c, case_ignorable(c),
                        case_cased(c), skip, cased);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

static void test_final_sigma_strings(void **state) {
    size_t i;
    (void)state;
    for (i = 0; i < COUNT(sigma_cases); i++) assert_str(ts_str_to_lower(S(sigma_cases[i][0])), sigma_cases[i][1]);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_every_code_point),
        TEST(test_lone_surrogates),
        TEST(test_final_sigma_properties),
        TEST(test_final_sigma_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
