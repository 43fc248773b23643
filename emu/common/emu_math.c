/* emu_math.c - trunc(), floor(), ceil() and exp() for the emulated targets.
 *
 * picolibc 1.8's double versions (Debian's riscv64-unknown-elf and
 * xtensa-lx106-elf builds) are wrong for large magnitudes: trunc(1e21)
 * clears mantissa bits of a value that is already an integer, and
 * floor(-999999999.9999998) gives -999999488.  These definitions, linked
 * before libm, replace them.  Real firmware links newlib (ESP-IDF), not
 * picolibc.
 */
#include <math.h>

double trunc(double x) {
    double t;
    if (!(fabs(x) < 4503599627370496.0)) return x; /* 2^52: integral already, or NaN/inf */
    t = (double)(long long)x;                      /* exact below 2^52 */
    return t == 0 && x < 0 ? -0.0 : t;
}

double floor(double x) {
    double t = trunc(x);
    return t > x ? t - 1.0 : t;
}

double ceil(double x) {
    double t = trunc(x);
    return t < x ? t + 1.0 : t;
}

/* exp(): picolibc's result for exp(1) is one ulp above Math.E, which node
 * (fdlibm) and newlib give.  This one reduces x to r = x - k ln2 and sums
 * the Taylor series of exp(r) in double-double arithmetic (about 100 bits),
 * so the result is the correctly rounded value but in cases too rare to
 * meet.  Subnormal results are rounded twice. */
typedef struct {
    double hi, lo;
} dd;

static dd dd_norm(double hi, double lo) {
    dd r;
    r.hi = hi + lo;
    r.lo = lo - (r.hi - hi);
    return r;
}

static dd dd_add(dd a, dd b) { /* Knuth's two-sum of the high parts */
    double s = a.hi + b.hi, v = s - a.hi;
    double e = (a.hi - (s - v)) + (b.hi - v);
    return dd_norm(s, e + a.lo + b.lo);
}

static dd two_prod(double a, double b) { /* Dekker: a * b exactly */
    const double split = 134217729.0;    /* 2^27 + 1 */
    double ca = split * a, cb = split * b;
    double ah = ca - (ca - a), al = a - ah, bh = cb - (cb - b), bl = b - bh;
    dd r;
    r.hi = a * b;
    r.lo = ((ah * bh - r.hi) + ah * bl + al * bh) + al * bl;
    return r;
}

static dd dd_mul(dd a, dd b) {
    dd p = two_prod(a.hi, b.hi);
    return dd_norm(p.hi, p.lo + a.hi * b.lo + a.lo * b.hi);
}

static dd dd_div_int(dd a, double n) {
    double q = a.hi / n;
    dd p = two_prod(q, n);
    return dd_norm(q, ((a.hi - p.hi) - p.lo + a.lo) / n);
}

double exp(double x) {
    static const dd ln2 = {0.6931471805599453, 2.3190468138462996e-17};
    dd r, sum, term;
    double k;
    int n;
    if (x != x) return x;
    if (x > 709.8) return HUGE_VAL;
    if (x < -745.2) return 0.0;
    k = floor(x * 1.4426950408889634 + 0.5); /* x / ln2, nearest */
    r.hi = x;
    r.lo = 0;
    term = two_prod(k, ln2.hi);
    term.hi = -term.hi;
    term.lo = -term.lo - k * ln2.lo;
    r = dd_add(r, term); /* |r| <= ln2 / 2 (about) */
    sum.hi = term.hi = 1.0;
    sum.lo = term.lo = 0.0;
    for (n = 1; n <= 27; n++) { /* 0.35^27 / 27! < 2^-120 */
        term = dd_div_int(dd_mul(term, r), n);
        sum = dd_add(sum, term);
    }
    return ldexp(sum.hi, (int)k);
}
