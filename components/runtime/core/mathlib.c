/* mathlib.c - Math.* with JavaScript's edge cases, and Date.now(). */
#include <math.h>
#include <time.h>

#include "rt_internal.h"
#include "../port/port.h"

double ts_math_round(double x) {
    double r;
    if (!isfinite(x) || x == 0) return x;
    r = floor(x);
    if (x - r >= 0.5) r += 1; /* halves round toward +Infinity */
    if (r == 0 && x < 0) return -0.0;
    return r;
}

double ts_math_sign(double x) {
    if (x != x || x == 0) return x;
    return x > 0 ? 1 : -1;
}

double ts_math_max(int n, const double *xs) {
    double m = -INFINITY;
    int i;
    for (i = 0; i < n; i++) {
        double x = xs[i];
        if (x != x) return NAN;
        if (x > m || (x == 0 && m == 0 && !signbit(x))) m = x;
    }
    return m;
}

double ts_math_min(int n, const double *xs) {
    double m = INFINITY;
    int i;
    for (i = 0; i < n; i++) {
        double x = xs[i];
        if (x != x) return NAN;
        if (x < m || (x == 0 && m == 0 && signbit(x))) m = x;
    }
    return m;
}

/* xorshift128+, seeded at startup (ts_math_seed) */
static uint64_t rs0 = 0x9E3779B97F4A7C15ULL, rs1 = 0xBF58476D1CE4E5B9ULL;

void ts_math_seed(uint64_t seed) {
    int i;
    rs0 ^= seed;
    rs1 ^= seed * 0x94D049BB133111EBULL;
    if (!rs0 && !rs1) rs0 = 1;
    for (i = 0; i < 16; i++) ts_math_random();
}

double ts_math_random(void) {
    uint64_t x = rs0, y = rs1;
    rs0 = y;
    x ^= x << 23;
    rs1 = x ^ y ^ (x >> 17) ^ (y >> 26);
    return (double)((rs1 + y) >> 11) / 9007199254740992.0;
}

double ts_math_trunc(double x) { return trunc(x); }

/* V8's: the squares of the values scaled by the largest, summed with Kahan's
 * compensation */
double ts_math_hypot(int n, const double *xs) {
    double m = 0, sum = 0, lost = 0;
    bool nan = false;
    int i;
    for (i = 0; i < n; i++) {
        double a = fabs(xs[i]);
        if (isinf(a)) return INFINITY;
        if (a != a) nan = true;
        else if (a > m) m = a;
    }
    if (nan) return NAN;
    if (m == 0) return 0;
    for (i = 0; i < n; i++) {
        double r = xs[i] / m, term = r * r - lost, next = sum + term;
        lost = (next - sum) - term;
        sum = next;
    }
    return sqrt(sum) * m;
}

double ts_math_clz32(double x) {
    uint32_t u = ts_to_uint32(x);
    int n = 0;
    if (u == 0) return 32;
    while (!(u & 0x80000000u)) {
        u <<= 1;
        n++;
    }
    return n;
}

double ts_math_imul(double a, double b) {
    uint32_t p = ts_to_uint32(a) * ts_to_uint32(b);
    return (double)ts_to_int32((double)p);
}

double ts_math_fround(double x) { return (double)(float)x; }

#ifdef TS_HAVE_PORT_CLOCK
double ts_date_now(void) { return ts_port_now_ms(); }
#else
double ts_date_now(void) { return floor((double)time(NULL) * 1000.0); }
#endif
