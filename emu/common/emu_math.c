/* emu_math.c - floor() and ceil() for the emulated targets.
 *
 * picolibc 1.8's double floor/ceil (Debian's riscv64-unknown-elf and
 * xtensa-lx106-elf builds) lose the carry when the result's magnitude
 * reaches the next power of two: floor(-999999999.9999998) gives
 * -999999488 and ceil(4503599627370495.5) 4503597479886848.  Their trunc()
 * is right, so these definitions, linked before libm, build on it.  Real
 * firmware links newlib (ESP-IDF), not picolibc.
 */
#include <math.h>

double floor(double x) {
    double t = trunc(x);
    return t > x ? t - 1.0 : t;   /* NaN, infinities and -0 pass through */
}

double ceil(double x) {
    double t = trunc(x);
    return t < x ? t + 1.0 : t;
}
