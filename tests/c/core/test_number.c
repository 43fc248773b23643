/* test_number.c - number <-> string conversions against node 20
 * (number_cases.inc and parse_cases.inc come from gen_numbers.js). */
#include "helpers.h"

typedef struct NumCase {
    double x;
    const char *str;
    const char *fixed[4];     /* toFixed(0, 2, 5, 20) */
    const char *precision[4]; /* toPrecision(1, 3, 7, 21) */
    const char *radix[4];     /* toString(2, 16, 36, 7) */
} NumCase;

static const NumCase num_cases[] = {
#include "number_cases.inc"
};

typedef struct ParseCase {
    const char *s;
    double number, parse_float, parse_int, parse_int16, parse_int2, parse_int36;
} ParseCase;

static const ParseCase parse_cases[] = {
#include "parse_cases.inc"
};

static bool same(double a, double b) {
    if (a != a) return b != b;
    return a == b && signbit(a) == signbit(b);
}

static int check(const char *what, double x, TsString *got, const char *want) {
    int bad = got->len != strlen(want) || memcmp(got->data, want, got->len) != 0;
    if (bad) print_error("%s(%.17g): got '%s', want '%s'\n", what, x, got->data, want);
    ts_str_release(got);
    return bad;
}

static void test_to_string(void **state) {
    size_t i;
    int bad = 0;
    static const double digits[4] = {0, 2, 5, 20}, prec[4] = {1, 3, 7, 21}, radix[4] = {2, 16, 36, 7};
    (void)state;
    for (i = 0; i < sizeof num_cases / sizeof num_cases[0]; i++) {
        const NumCase *c = &num_cases[i];
        int k;
        bad += check("String", c->x, ts_num_to_str(c->x), c->str);
        for (k = 0; k < 4; k++) {
            bad += check("toFixed", c->x, ts_num_to_fixed(c->x, digits[k]), c->fixed[k]);
            bad += check("toPrecision", c->x, ts_num_to_precision(c->x, prec[k]), c->precision[k]);
            bad += check("toString(radix)", c->x, ts_num_to_string_radix(c->x, radix[k]), c->radix[k]);
        }
    }
    assert_int_equal(bad, 0);
}

static void test_parse(void **state) {
    size_t i;
    int bad = 0;
    (void)state;
    for (i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
        const ParseCase *c = &parse_cases[i];
        TsString *s = ts_str_from_cstr(c->s);
        double got[6], want[6];
        int k;
        got[0] = ts_str_to_num(s);
        got[1] = ts_parse_float(s);
        got[2] = ts_parse_int(s, NAN);
        got[3] = ts_parse_int(s, 16);
        got[4] = ts_parse_int(s, 2);
        got[5] = ts_parse_int(s, 36);
        want[0] = c->number;
        want[1] = c->parse_float;
        want[2] = c->parse_int;
        want[3] = c->parse_int16;
        want[4] = c->parse_int2;
        want[5] = c->parse_int36;
        for (k = 0; k < 6; k++) {
            if (!same(got[k], want[k])) {
                print_error("parse #%d of '%s': got %.17g want %.17g\n", k, c->s, got[k], want[k]);
                bad++;
            }
        }
        ts_str_release(s);
    }
    assert_int_equal(bad, 0);
}

static void test_int_conversions(void **state) {
    (void)state;
    assert_int_equal(ts_to_int32(4294967296.0 + 5), 5);
    assert_int_equal(ts_to_int32(2147483648.0), INT32_MIN);
    assert_int_equal(ts_to_int32(-1.9), -1);
    assert_int_equal(ts_to_int32(NAN), 0);
    assert_int_equal(ts_to_int32(INFINITY), 0);
    assert_int_equal(ts_to_int32(-4294967297.0), -1);
    assert_int_equal(ts_to_uint32(-1), 4294967295u);
    assert_int_equal(ts_to_uint32(1e20), 1661992960u);
    assert_true(ts_num_is_integer(5));
    assert_false(ts_num_is_integer(5.5));
    assert_false(ts_num_is_integer(INFINITY));
    assert_true(ts_num_is_safe_integer(9007199254740991.0));
    assert_false(ts_num_is_safe_integer(9007199254740992.0));
    assert_true(same(ts_parse_int(S("0x10"), 0), 16));
    assert_true(same(ts_parse_int(S("10"), 37), NAN));
    assert_true(same(ts_parse_int(S("-0"), NAN), -0.0));
    assert_true(same(ts_parse_int(NULL, NAN), NAN));
    assert_true(same(ts_str_to_num(S("0b111111111111111111111111111111111111111111111111111111111111")),
                     1152921504606846976.0));
    assert_true(same(ts_str_to_num(S("0o777777777777777777777")), 9223372036854775808.0));
}

static void test_ranges(void **state) {
    (void)state;
    assert_str(ts_num_to_fixed(1e21, 2), "1e+21");
    assert_str(ts_num_to_fixed(-1.5e-10, 3), "-0.000");
    assert_str(
        ts_num_to_fixed(123.456, 100),
        "123.4560000000000030695446184836328029632568359375000000000000000000000000000000000000000000000000000000");
    assert_str(ts_num_to_precision(123456, 2), "1.2e+5");
    assert_str(ts_num_to_precision(0.00001234, 2), "0.000012");
    assert_str(ts_num_to_precision(1e-7, 2), "1.0e-7");
    assert_str(ts_num_to_string_radix(255, 16), "ff");
    assert_str(ts_num_to_string_radix(-255.5, 16), "-ff.8");
    assert_str(ts_num_to_string_radix(1e21, 36), "5v1j4f4ds7c000");
    assert_str(ts_num_to_string_radix(2e-7, 2),
               "0.000000000000000000000011010110101111111001010011010101111001010111101001");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_to_string),
        TEST(test_parse),
        TEST(test_int_conversions),
        TEST(test_ranges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
