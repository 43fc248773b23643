/* emu_math.c - trunc(), floor() and ceil() for the emulated targets.
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
