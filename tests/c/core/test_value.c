/* test_value.c - conversions, operators, typeof, equality and Math
 * (checked against node 20). */
#include "helpers.h"

static bool same(double a, double b) {
    if (a != a) return b != b;
    return a == b && signbit(a) == signbit(b);
}

#define ADD(a, b, want) assert_str(ts_inspect(ts_tmp(ts_add(a, b))), want)

static void test_add(void **state) {
    (void)state;
    ADD(L("[1, '1']"), ts_str_v(S("")), "'1,1'");
    ADD(L("[]"), L("[]"), "''");
    ADD(L("[]"), L("{}"), "'[object Object]'");
    ADD(ts_num(1), ts_null(), "1");
    ADD(ts_bool(true), ts_num(1), "2");
    ADD(ts_num(1), ts_undefined(), "NaN");
    ADD(ts_str_v(S("a")), ts_num(-0.0), "'a0'");
    ADD(ts_str_v(S("x")), ts_undefined(), "'xundefined'");
    ADD(ts_num(0.1), ts_num(0.2), "0.30000000000000004");
}

static void test_conversions(void **state) {
    (void)state;
    assert_true(same(ts_to_number(L("[]")), 0));
    assert_true(same(ts_to_number(L("[5]")), 5));
    assert_true(same(ts_to_number(L("[1, 2]")), NAN));
    assert_true(same(ts_to_number(L("{}")), NAN));
    assert_true(same(ts_to_number(ts_null()), 0));
    assert_true(same(ts_to_number(ts_undefined()), NAN));
    assert_true(same(ts_to_number(ts_bool(true)), 1));
    assert_true(same(ts_to_number(ts_str_v(S(" 12 "))), 12));
    assert_str(ts_to_string(L("[1, [2, 3]]")), "1,2,3");
    assert_str(ts_to_string(L("{}")), "[object Object]");
    assert_str(ts_to_string(ts_null()), "null");
    assert_str(ts_to_string(ts_undefined()), "undefined");
    assert_str(ts_to_string(ts_num(-0.0)), "0");
    assert_str(ts_to_string(ts_num(1e21)), "1e+21");
    assert_str(ts_to_string(L("new Map([])")), "[object Map]");
    assert_str(ts_bool_to_str(false), "false");
    assert_true(ts_truthy(ts_str_v(S("0"))));
    assert_false(ts_truthy(ts_str_v(S(""))));
    assert_false(ts_truthy(ts_num(NAN)));
    assert_false(ts_truthy(ts_num(-0.0)));
    assert_true(ts_truthy(L("[]")));
    assert_false(ts_truthy(ts_null()));
    assert_true(ts_str_truthy(S("x")));
    assert_false(ts_str_truthy(NULL));
    assert_true(ts_unbox_num(ts_num(3)) == 3);
    assert_true(ts_unbox_bool(ts_bool(true)));
    assert_null(ts_unbox_str(ts_undefined()));
}

static void test_typeof(void **state) {
    (void)state;
    assert_str(ts_typeof(ts_undefined()), "undefined");
    assert_str(ts_typeof(ts_null()), "object");
    assert_str(ts_typeof(ts_num(1)), "number");
    assert_str(ts_typeof(ts_str_v(S("s"))), "string");
    assert_str(ts_typeof(ts_bool(false)), "boolean");
    assert_str(ts_typeof(L("[]")), "object");
    assert_str(ts_typeof(L("new Set([])")), "object");
    assert_str(ts_typeof(L("(() => 0)")), "function");
}

static void test_equality(void **state) {
    TsValue a = L("[1]");
    (void)state;
    assert_false(ts_loose_eq(ts_null(), ts_num(0)));
    assert_true(ts_loose_eq(ts_undefined(), ts_null()));
    assert_true(ts_loose_eq(ts_str_v(S("1")), ts_num(1)));
    assert_false(ts_loose_eq(ts_num(NAN), ts_num(NAN)));
    assert_true(ts_loose_eq(a, ts_num(1)));
    assert_true(ts_loose_eq(ts_str_v(S("")), ts_num(0)));
    assert_true(ts_loose_eq(ts_num(0), ts_str_v(S("0"))));
    assert_true(ts_loose_eq(ts_bool(true), ts_str_v(S("1"))));
    assert_true(ts_loose_eq(a, a));
    assert_false(ts_loose_eq(a, L("[1]")));
    assert_true(ts_strict_eq(ts_str_v(S("ab")), ts_str_v(S("ab"))));
    assert_false(ts_strict_eq(ts_str_v(S("1")), ts_num(1)));
    assert_true(ts_strict_eq(ts_num(0), ts_num(-0.0)));
    assert_false(ts_strict_eq(ts_num(NAN), ts_num(NAN)));
    assert_true(ts_strict_eq(ts_undefined(), ts_undefined()));
    assert_false(ts_strict_eq(ts_undefined(), ts_null()));
}

static void test_compare(void **state) {
    (void)state;
    assert_true(ts_less_than(ts_num(-1), ts_num(0)));
    assert_true(ts_less_than(ts_str_v(S("a")), ts_str_v(S("b"))));
    assert_true(ts_less_than(ts_str_v(S("10")), ts_str_v(S("9"))));
    assert_false(ts_less_than(ts_num(10), ts_str_v(S("9"))));
    assert_false(ts_less_than(ts_undefined(), ts_num(1)));
    assert_false(ts_less_than(ts_num(NAN), ts_num(1)));
    assert_true(ts_less_than(ts_null(), ts_num(1)));
}

static void test_arith(void **state) {
    (void)state;
    assert_true(same(ts_mod(-8, 3), -2));
    assert_true(same(ts_mod(8, -3), 2));
    assert_true(same(ts_mod(-0.0, 5), -0.0));
    assert_true(same(ts_mod(5, 0), NAN));
    assert_true(same(ts_mod(INFINITY, 2), NAN));
    assert_true(same(ts_mod(2, INFINITY), 2));
    assert_true(same(ts_pow(1, NAN), NAN));
    assert_true(same(ts_pow(NAN, 0), 1));
    assert_true(same(ts_pow(-2, 0.5), NAN));
    assert_true(same(ts_pow(1, INFINITY), NAN));
    assert_true(same(ts_pow(2, 10), 1024));
    assert_true(same(ts_pow(2, -1074), 5e-324));
    assert_true(same(ts_shl_i(1, 31), -2147483648.0));
    assert_true(same(ts_sar_i(-8, 1), -4));
    assert_true(same(ts_shr_i(-1, 0), 4294967295.0));
}

static void test_math(void **state) {
    double xs[3] = {-0.0, 0, 1};
    double ys[2] = {3, 4};
    double zs[2] = {NAN, INFINITY};
    (void)state;
    assert_true(same(ts_math_round(-0.5), -0.0));
    assert_true(same(ts_math_round(2.5), 3));
    assert_true(same(ts_math_round(-2.5), -2));
    assert_true(same(ts_math_round(0.49999999999999994), 0));
    assert_true(same(ts_math_round(-0.0), -0.0));
    assert_true(same(ts_math_round(4503599627370497.0), 4503599627370497.0));
    assert_true(same(ts_math_max(0, NULL), -INFINITY));
    assert_true(same(ts_math_min(2, xs), -0.0));
    assert_true(same(ts_math_max(2, xs), 0));
    assert_true(same(ts_math_max(3, xs), 1));
    assert_true(same(ts_math_max(2, zs), NAN));
    assert_true(same(ts_math_hypot(2, ys), 5));
    assert_true(same(ts_math_hypot(2, zs), INFINITY));
    assert_true(same(ts_math_hypot(0, NULL), 0));
    assert_true(same(ts_math_clz32(1), 31));
    assert_true(same(ts_math_clz32(0), 32));
    assert_true(same(ts_math_imul(4294967295.0, 5), -5));
    assert_true(same(ts_math_fround(5.05), 5.050000190734863));
    assert_true(same(ts_math_sign(-3), -1));
    assert_true(same(ts_math_sign(-0.0), -0.0));
    assert_true(same(ts_math_trunc(-4.7), -4));
    assert_true(same(ts_math_atan2(1, 1), atan2(1, 1)));
    {
        int i;
        for (i = 0; i < 1000; i++) {
            double r = ts_math_random();
            assert_true(r >= 0 && r < 1);
        }
    }
    assert_true(ts_date_now() > 1.6e12);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_add),     TEST(test_conversions), TEST(test_typeof), TEST(test_equality),
        TEST(test_compare), TEST(test_arith),       TEST(test_math),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
