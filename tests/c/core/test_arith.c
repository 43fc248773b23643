/* test_arith.c - the inline integer fast paths (ts_rem, shifts, bit
 * operators) and the Math functions against node's results, bit for bit:
 * the sign of zero included (gen/gen_arith.js). */
#include "helpers.h"

typedef struct {
    double a, b;
    double want[10]; /* %, <<, >>, >>>, &, |, ^, Math.imul, Math.max, Math.min */
} BinaryCase;

static const BinaryCase binary_cases[] = {
#include "arith_cases.inc"
};

typedef struct {
    double a;
    double want[10]; /* ~, round, trunc, sign, floor, ceil, abs, clz32, fround, unary - */
} UnaryCase;

static const UnaryCase unary_cases[] = {
#include "arith_unary_cases.inc"
};

/* Object.is */
static bool same(double x, double y) {
    if (x != x) return y != y;
    return x == y && signbit(x) == signbit(y);
}

static void check(const char *op, double a, double b, double got, double want) {
    if (!same(got, want)) {
        print_error("%.17g %s %.17g: got %.17g, want %.17g\n", a, op, b, got, want);
        fail();
    }
}

/* The bit operators as the compiler emits them on doubles (emit/int32.ts):
 * ToInt32 of each operand, then int32 arithmetic. */
static double shl(double a, double b) { return (double)ts_shl_i(ts_i32(a), ts_i32(b)); }
static double sar(double a, double b) { return (double)ts_sar_i(ts_i32(a), ts_i32(b)); }
static double shr(double a, double b) { return (double)ts_shr_i(ts_i32(a), ts_i32(b)); }

static void test_binary_ops(void **state) {
    size_t i;
    (void)state;
    for (i = 0; i < sizeof binary_cases / sizeof binary_cases[0]; i++) {
        const BinaryCase *c = &binary_cases[i];
        double xs[2];
        xs[0] = c->a;
        xs[1] = c->b;
        check("%", c->a, c->b, ts_rem(c->a, c->b), c->want[0]);
        check("% (ts_mod)", c->a, c->b, ts_mod(c->a, c->b), c->want[0]);
        check("<<", c->a, c->b, shl(c->a, c->b), c->want[1]);
        check(">>", c->a, c->b, sar(c->a, c->b), c->want[2]);
        check(">>>", c->a, c->b, shr(c->a, c->b), c->want[3]);
        check("&", c->a, c->b, (double)(ts_i32(c->a) & ts_i32(c->b)), c->want[4]);
        check("|", c->a, c->b, (double)(ts_i32(c->a) | ts_i32(c->b)), c->want[5]);
        check("^", c->a, c->b, (double)(ts_i32(c->a) ^ ts_i32(c->b)), c->want[6]);
        check("imul", c->a, c->b, ts_imul(c->a, c->b), c->want[7]);
        check("Math.imul", c->a, c->b, ts_math_imul(c->a, c->b), c->want[7]);
        check("max", c->a, c->b, ts_math_max(2, xs), c->want[8]);
        check("min", c->a, c->b, ts_math_min(2, xs), c->want[9]);
    }
}

static void test_unary_ops(void **state) {
    size_t i;
    (void)state;
    for (i = 0; i < sizeof unary_cases / sizeof unary_cases[0]; i++) {
        const UnaryCase *c = &unary_cases[i];
        check("~", c->a, 0, (double)~ts_i32(c->a), c->want[0]);
        check("round", c->a, 0, ts_math_round(c->a), c->want[1]);
        check("trunc", c->a, 0, ts_math_trunc(c->a), c->want[2]);
        check("sign", c->a, 0, ts_math_sign(c->a), c->want[3]);
        check("floor", c->a, 0, ts_math_floor(c->a), c->want[4]);
        check("ceil", c->a, 0, ts_math_ceil(c->a), c->want[5]);
        check("abs", c->a, 0, ts_math_abs(c->a), c->want[6]);
        check("clz32", c->a, 0, ts_math_clz32(c->a), c->want[7]);
        check("fround", c->a, 0, ts_math_fround(c->a), c->want[8]);
        check("neg", c->a, 0, -c->a, c->want[9]);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_binary_ops),
        TEST(test_unary_ops),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
