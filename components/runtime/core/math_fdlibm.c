/* math_fdlibm.c - Math.sin, exp, log, pow, cbrt and the other transcendental
 * functions, computed the way node computes them.
 *
 * V8 does not call the C library for these: it carries its own port of Sun's
 * fdlibm (FreeBSD's newer variants for cbrt and log2), and its Math.pow is
 * fdlibm's pow behind JavaScript's special cases.  C libraries round some
 * results differently in the last bit, and console.log prints every digit it
 * takes to tell a double from its neighbours, so this file follows the same
 * published algorithms operation by operation: the same argument reductions,
 * the same polynomial coefficients, evaluated in the same order.  Every
 * arithmetic step must stay as written (reassociating a sum, or fusing a
 * multiply-add, changes results): the runtime builds with -std=c99, under
 * which gcc does not contract expressions into FMAs.
 *
 * Built with -ffunction-sections (devices), an app links only the functions
 * it calls. */
#include <math.h>
#include <string.h>

#include "tsfw.h"

/* ------------------------------------------------------------ bit access */

/* fdlibm works on the two 32-bit halves of a double. */
static uint64_t to_bits(double x) {
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static double from_bits(uint64_t u) {
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

/* the sign and exponent word, signed as fdlibm compares it */
static int32_t high_word(double x) { return (int32_t)(uint32_t)(to_bits(x) >> 32); }
static uint32_t low_word(double x) { return (uint32_t)to_bits(x); }
static double from_words(uint32_t hi, uint32_t lo) { return from_bits((uint64_t)hi << 32 | lo); }
static double with_high(double x, uint32_t hi) { return from_words(hi, low_word(x)); }
/* x with its low 32 bits cleared: a head whose products with short numbers are exact */
static double head(double x) { return from_bits(to_bits(x) & 0xFFFFFFFF00000000ULL); }

/* ------------------------------------------- reduction modulo pi/2 */

/* 2/pi in 24-bit pieces: enough for any double's reduction */
static const int32_t two_over_pi[66] = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7,
    0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C,
    0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
    0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7,
    0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E,
    0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
};

/* pi/2 in 24-bit pieces */
static const double pio2_pieces[8] = {
    1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
    1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51,
};

#define TWO24  16777216.0
#define TWON24 5.96046447753906250000e-08
/* terms of 2/pi beyond the input's to start with, minus one: V8 asks for
 * fdlibm's 64-bit precision (5 terms), so this does */
#define JK     4

/* The end of reduce_large: the fraction's 24-bit pieces iq[0..jz] (the last
 * scaled by 2^q0) and its rest z, times pi/2, as y[0] + y[1]; negated when
 * neg.  q and fq are the caller's work arrays. */
static void fraction_times_pio2(int32_t *iq, int jz, int q0, double z, bool neg, double *q, double *fq, double *y) {
    double fw;
    int i, k;
    if (z == 0.0) { /* drop zero pieces */
        jz -= 1;
        q0 -= 24;
        while (iq[jz] == 0) {
            jz--;
            q0 -= 24;
        }
    } else { /* the fraction as one or two more pieces */
        z = scalbn(z, -q0);
        if (z >= TWO24) {
            fw = (double)(int32_t)(TWON24 * z);
            iq[jz] = (int32_t)(z - TWO24 * fw);
            jz += 1;
            q0 += 24;
            iq[jz] = (int32_t)fw;
        } else {
            iq[jz] = (int32_t)z;
        }
    }
    fw = scalbn(1.0, q0);
    for (i = jz; i >= 0; i--) {
        q[i] = fw * iq[i];
        fw *= TWON24;
    }
    /* times pi/2 */
    for (i = jz; i >= 0; i--) {
        for (fw = 0.0, k = 0; k <= JK && k <= jz - i; k++) fw += pio2_pieces[k] * q[i + k];
        fq[jz - i] = fw;
    }
    for (fw = 0.0, i = jz; i >= 0; i--) fw += fq[i];
    y[0] = neg ? -fw : fw;
    fw = fq[0] - fw;
    for (i = 1; i <= jz; i++) fw += fq[i];
    y[1] = neg ? -fw : fw;
}

/* Payne-Hanek reduction of a large x (given as nx 24-bit pieces xs, the first
 * scaled by 2^e0): y[0] + y[1] = x - n*pi/2, returns n mod 8. */
static int reduce_large(const double *xs, int nx, int e0, double *y) {
    int32_t iq[20];
    double f[20], q[20], z, fw;
    int jx = nx - 1, jv = (e0 - 3) / 24, jz, q0, n, ih, i, j, k;

    if (jv < 0) jv = 0;
    q0 = e0 - 24 * (jv + 1);
    for (i = 0, j = jv - jx; i <= jx + JK; i++, j++) f[i] = j < 0 ? 0.0 : (double)two_over_pi[j];
    for (i = 0; i <= JK; i++) {
        for (j = 0, fw = 0.0; j <= jx; j++) fw += xs[j] * f[jx + i - j];
        q[i] = fw;
    }
    jz = JK;
    for (;;) {
        /* split q[] into 24-bit integers iq[], lowest piece first */
        for (i = 0, j = jz, z = q[jz]; j > 0; i++, j--) {
            fw = (double)(int32_t)(TWON24 * z);
            iq[i] = (int32_t)(z - TWO24 * fw);
            z = q[j - 1] + fw;
        }
        /* the integer part n (mod 8) and the fraction z */
        z = scalbn(z, q0);
        z -= 8.0 * floor(z * 0.125);
        n = (int32_t)z;
        z -= (double)n;
        ih = 0;
        if (q0 > 0) {
            i = iq[jz - 1] >> (24 - q0);
            n += i;
            iq[jz - 1] -= i << (24 - q0);
            ih = iq[jz - 1] >> (23 - q0);
        } else if (q0 == 0) {
            ih = iq[jz - 1] >> 23;
        } else if (z >= 0.5) {
            ih = 2;
        }
        if (ih > 0) { /* fraction >= 0.5: take 1 - fraction, round n up */
            int carry = 0;
            n += 1;
            for (i = 0; i < jz; i++) {
                j = iq[i];
                if (carry == 0) {
                    if (j != 0) {
                        carry = 1;
                        iq[i] = 0x1000000 - j;
                    }
                } else {
                    iq[i] = 0xFFFFFF - j;
                }
            }
            if (q0 == 1) iq[jz - 1] &= 0x7FFFFF;
            if (q0 == 2) iq[jz - 1] &= 0x3FFFFF;
            if (ih == 2) {
                z = 1.0 - z;
                if (carry != 0) z -= scalbn(1.0, q0);
            }
        }
        if (z != 0.0) break;
        /* a zero fraction so far may only mean too few terms: add more */
        for (j = 0, i = jz - 1; i >= JK; i--) j |= iq[i];
        if (j != 0) break;
        for (k = 1; k <= JK && iq[JK - k] == 0; k++) continue;
        for (i = jz + 1; i <= jz + k; i++) {
            f[jx + i] = (double)two_over_pi[jv + i];
            for (j = 0, fw = 0.0; j <= jx; j++) fw += xs[j] * f[jx + i - j];
            q[i] = fw;
        }
        jz += k;
    }
    /* f is no longer needed: it takes the products with pi/2 */
    fraction_times_pio2(iq, jz, q0, z, ih != 0, q, f, y);
    return n & 7;
}

/* high words of n*pi/2 for n = 1..32: where the quick reduction may cancel */
static const int32_t npio2_high[32] = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
};

/* y[0] + y[1] = x - n*pi/2 with |y| <= pi/4 (about); returns n.  x is finite
 * and |x| > pi/4.  pi/2 is split in 33-bit heads and tails: n times a head is
 * exact, and more pieces are used only when the subtraction cancels. */
static int32_t reduce_pio2(double x, double *y) {
    static const double invpio2 = 6.36619772367581382433e-01, /* 2/pi */
        pio2_1 = 1.57079632673412561417e+00,                  /* first 33 bits of pi/2 */
        pio2_1t = 6.07710050650619224932e-11,                 /* pi/2 - pio2_1 */
        pio2_2 = 6.07710050630396597660e-11,                  /* second 33 bits */
        pio2_2t = 2.02226624879595063154e-21,                 /* pi/2 - (pio2_1 + pio2_2) */
        pio2_3 = 2.02226624871116645580e-21,                  /* third 33 bits */
        pio2_3t = 8.47842766036889956997e-32;                 /* pi/2 - (pio2_1 + pio2_2 + pio2_3) */
    int32_t hx = high_word(x), ix = hx & 0x7FFFFFFF, n;
    double xs[3], z, w, t, r, fn;
    int e0, nx, i;

    if (ix < 0x4002D97C) { /* |x| < 3pi/4: n is +-1 */
        double s = hx > 0 ? 1.0 : -1.0;
        z = x - s * pio2_1;
        if (ix != 0x3FF921FB) {
            y[0] = z - s * pio2_1t;
            y[1] = (z - y[0]) - s * pio2_1t;
        } else { /* near pi/2: one more piece */
            z -= s * pio2_2;
            y[0] = z - s * pio2_2t;
            y[1] = (z - y[0]) - s * pio2_2t;
        }
        return hx > 0 ? 1 : -1;
    }
    if (ix <= 0x413921FB) { /* |x| <= 2^19 pi/2 */
        t = fabs(x);
        n = (int32_t)(t * invpio2 + 0.5);
        fn = (double)n;
        r = t - fn * pio2_1;
        w = fn * pio2_1t;
        y[0] = r - w;
        if (n >= 32 || ix == npio2_high[n - 1]) {
            int32_t e = ix >> 20;
            if (e - ((high_word(y[0]) >> 20) & 0x7FF) > 16) { /* cancelled more than 16 bits */
                t = r;
                w = fn * pio2_2;
                r = t - w;
                w = fn * pio2_2t - ((t - r) - w);
                y[0] = r - w;
                if (e - ((high_word(y[0]) >> 20) & 0x7FF) > 49) {
                    t = r;
                    w = fn * pio2_3;
                    r = t - w;
                    w = fn * pio2_3t - ((t - r) - w);
                    y[0] = r - w;
                }
            }
        }
        y[1] = (r - y[0]) - w;
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }
    /* |x| as three 24-bit pieces scaled by 2^e0 */
    e0 = (ix >> 20) - 1046;
    z = from_words((uint32_t)ix - ((uint32_t)e0 << 20), low_word(x));
    for (i = 0; i < 2; i++) {
        xs[i] = (double)(int32_t)z;
        z = (z - xs[i]) * TWO24;
    }
    xs[2] = z;
    for (nx = 3; xs[nx - 1] == 0.0; nx--) continue;
    n = reduce_large(xs, nx, e0, y);
    if (hx < 0) {
        y[0] = -y[0];
        y[1] = -y[1];
        return -n;
    }
    return n;
}

/* ------------------------------------------- kernels on [-pi/4, pi/4] */

/* sin(x + y), y the tail of x (ignored when has_tail is 0) */
static double kernel_sin(double x, double y, int has_tail) {
    static const double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
                        S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06,
                        S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
    double z, r, v;
    if ((high_word(x) & 0x7FFFFFFF) < 0x3E400000) return x; /* |x| < 2^-27 */
    z = x * x;
    v = z * x;
    r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if (!has_tail) return x + v * (S1 + z * r);
    return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

/* cos(x + y), y the tail of x */
static double kernel_cos(double x, double y) {
    static const double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
                        C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07,
                        C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
    int32_t ix = high_word(x) & 0x7FFFFFFF;
    double z, r, qx;
    if (ix < 0x3E400000) return 1.0; /* |x| < 2^-27 */
    z = x * x;
    r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y)); /* |x| < 0.3 */
    /* 1 - x*x/2 as (1 - qx) - (x*x/2 - qx), both exact, qx about |x|/4 */
    qx = ix > 0x3FE90000 ? 0.28125 : from_words((uint32_t)(ix - 0x00200000), 0);
    return (1.0 - qx) - ((0.5 * z - qx) - (z * r - x * y));
}

/* -1 / w, with the division's error corrected: w = x + r, r the tail */
static double minus_reciprocal(double x, double r, double w) {
    double z = head(w), v = r - (z - x), a = -1.0 / w, t = head(a), s = 1.0 + t * z;
    return t + a * (s + t * v);
}

/* tan(x + y) when odd is 0, -1/tan(x + y) when odd is 1 */
static double kernel_tan(double x, double y, int odd) {
    static const double T[13] = {
        3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02, 2.18694882948595424599e-02,
        8.86323982359930005737e-03, 3.59207910759131235356e-03, 1.45620945432529025516e-03, 5.88041240820264096874e-04,
        2.46463134818469906812e-04, 7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    };
    static const double pio4 = 7.85398163397448278999e-01, pio4lo = 3.06161699786838301793e-17;
    int32_t hx = high_word(x), ix = hx & 0x7FFFFFFF;
    double z, r, v, w, s;
    bool big = ix >= 0x3FE59428; /* |x| >= 0.6744: use tan(pi/4 - x) */

    if (ix < 0x3E300000) { /* |x| < 2^-28 */
        if (!odd) return x;
        if ((ix | low_word(x)) == 0) return 1.0 / fabs(x);
        return minus_reciprocal(x, y, x + y);
    }
    if (big) {
        if (hx < 0) {
            x = -x;
            y = -y;
        }
        x = (pio4 - x) + (pio4lo - y);
        y = 0.0;
    }
    z = x * x;
    w = z * z;
    /* odd and even halves of the polynomial, in w = x^4 */
    r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
    v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
    s = z * x;
    r = y + z * (s * (r + v) + y);
    r += T[0] * s;
    w = x + r;
    if (big) {
        v = odd ? -1.0 : 1.0;
        return (hx < 0 ? -1.0 : 1.0) * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if (!odd) return w;
    return minus_reciprocal(x, r, w);
}

/* ------------------------------------------------------------ sin cos tan */

double ts_math_sin(double x) {
    double y[2];
    int32_t ix = high_word(x) & 0x7FFFFFFF;
    if (ix <= 0x3FE921FB) return kernel_sin(x, 0.0, 0);
    if (ix >= 0x7FF00000) return x - x;
    switch (reduce_pio2(x, y) & 3) {
    case 0: return kernel_sin(y[0], y[1], 1);
    case 1: return kernel_cos(y[0], y[1]);
    case 2: return -kernel_sin(y[0], y[1], 1);
    default: return -kernel_cos(y[0], y[1]);
    }
}

double ts_math_cos(double x) {
    double y[2];
    int32_t ix = high_word(x) & 0x7FFFFFFF;
    if (ix <= 0x3FE921FB) return kernel_cos(x, 0.0);
    if (ix >= 0x7FF00000) return x - x;
    switch (reduce_pio2(x, y) & 3) {
    case 0: return kernel_cos(y[0], y[1]);
    case 1: return -kernel_sin(y[0], y[1], 1);
    case 2: return -kernel_cos(y[0], y[1]);
    default: return kernel_sin(y[0], y[1], 1);
    }
}

double ts_math_tan(double x) {
    double y[2];
    int32_t ix = high_word(x) & 0x7FFFFFFF;
    int32_t n;
    if (ix <= 0x3FE921FB) return kernel_tan(x, 0.0, 0);
    if (ix >= 0x7FF00000) return x - x;
    n = reduce_pio2(x, y);
    return kernel_tan(y[0], y[1], n & 1);
}

/* ------------------------------------------------------ asin acos atan */

static const double pio2_hi = 1.57079632679489655800e+00, /* pi/2, rounded */
    pio2_lo = 6.12323399573676603587e-17,                 /* pi/2 - pio2_hi */
    pio4_hi = 7.85398163397448278999e-01;

/* (asin(s) - s) / s^3 as a rational function of z = s*s, for z <= 1/4 */
static double asin_ratio(double z) {
    static const double pS0 = 1.66666666666666657415e-01, pS1 = -3.25565818622400915405e-01,
                        pS2 = 2.01212532134862925881e-01, pS3 = -4.00555345006794114027e-02,
                        pS4 = 7.91534994289814532176e-04, pS5 = 3.47933107596021167570e-05,
                        qS1 = -2.40339491173441421878e+00, qS2 = 2.02094576023350569471e+00,
                        qS3 = -6.88283971605453293030e-01, qS4 = 7.70381505559019352791e-02;
    double p = z * (pS0 + z * (pS1 + z * (pS2 + z * (pS3 + z * (pS4 + z * pS5)))));
    double q = 1.0 + z * (qS1 + z * (qS2 + z * (qS3 + z * qS4)));
    return p / q;
}

/* |x| >= 1/2 goes through asin(x) = pi/2 - 2 asin(sqrt((1 - x)/2)) */
double ts_math_asin(double x) {
    int32_t hx = high_word(x), ix = hx & 0x7FFFFFFF;
    double t, w, p, q, c, r, s;
    if (ix >= 0x3FF00000) {
        if (fabs(x) == 1.0) return x * pio2_hi + x * pio2_lo;
        return NAN;
    }
    if (ix < 0x3FE00000) {
        if (ix < 0x3E400000) return x; /* |x| < 2^-27 */
        return x + x * asin_ratio(x * x);
    }
    t = (1.0 - fabs(x)) * 0.5;
    r = asin_ratio(t);
    s = sqrt(t);
    if (ix >= 0x3FEF3333) { /* |x| > 0.975 */
        t = pio2_hi - (2.0 * (s + s * r) - pio2_lo);
    } else { /* s as head w plus correction c */
        w = head(s);
        c = (t - w * w) / (s + w);
        p = 2.0 * s * r - (pio2_lo - 2.0 * c);
        q = pio4_hi - 2.0 * w;
        t = pio4_hi - (p - q);
    }
    return hx > 0 ? t : -t;
}

double ts_math_acos(double x) {
    static const double pi = 3.14159265358979311600e+00;
    int32_t hx = high_word(x), ix = hx & 0x7FFFFFFF;
    double z, r, s, c, df;
    if (ix >= 0x3FF00000) {
        if (x == 1.0) return 0.0;
        if (x == -1.0) return pi + 2.0 * pio2_lo;
        return NAN;
    }
    if (ix < 0x3FE00000) { /* |x| < 1/2 */
        if (ix <= 0x3C600000) return pio2_hi + pio2_lo;
        r = asin_ratio(x * x);
        return pio2_hi - (x - (pio2_lo - x * r));
    }
    if (hx < 0) { /* acos(x) = pi - 2 asin(sqrt((1 + x)/2)) */
        z = (1.0 + x) * 0.5;
        s = sqrt(z);
        r = asin_ratio(z);
        return pi - 2.0 * (s + (r * s - pio2_lo));
    }
    /* acos(x) = 2 asin(sqrt((1 - x)/2)), the root as head df plus correction c */
    z = (1.0 - x) * 0.5;
    s = sqrt(z);
    df = head(s);
    c = (z - df * df) / (s + df);
    r = asin_ratio(z);
    return 2.0 * (df + (r * s + c));
}

/* atan(x): reduced to |t| <= 7/16 around atan(0), atan(1/2), atan(1),
 * atan(3/2) or atan(infinity), then an odd polynomial */
double ts_math_atan(double x) {
    static const double atanhi[4] = {4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01,
                                     1.57079632679489655800e+00};
    static const double atanlo[4] = {2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17,
                                     6.12323399573676603587e-17};
    static const double aT[11] = {
        3.33333333333329318027e-01,  -1.99999999998764832476e-01, 1.42857142725034663711e-01,
        -1.11111104054623557880e-01, 9.09088713343650656196e-02,  -7.69187620504482999495e-02,
        6.66107313738753120669e-02,  -5.83357013379057348645e-02, 4.97687799461593236017e-02,
        -3.65315727442169155270e-02, 1.62858201153657823623e-02,
    };
    int32_t hx = high_word(x), ix = hx & 0x7FFFFFFF;
    double w, s1, s2, z;
    int id;
    if (ix >= 0x44100000) { /* |x| >= 2^66 */
        if (x != x) return x + x;
        return hx > 0 ? atanhi[3] + atanlo[3] : -atanhi[3] - atanlo[3];
    }
    if (ix < 0x3FDC0000) { /* |x| < 7/16 */
        if (ix < 0x3E400000) return x;
        id = -1;
    } else {
        x = fabs(x);
        if (ix < 0x3FE60000) { /* < 11/16 */
            id = 0;
            x = (2.0 * x - 1.0) / (2.0 + x);
        } else if (ix < 0x3FF30000) { /* < 19/16 */
            id = 1;
            x = (x - 1.0) / (x + 1.0);
        } else if (ix < 0x40038000) { /* < 39/16 */
            id = 2;
            x = (x - 1.5) / (1.0 + 1.5 * x);
        } else {
            id = 3;
            x = -1.0 / x;
        }
    }
    z = x * x;
    w = z * z;
    s1 = z * (aT[0] + w * (aT[2] + w * (aT[4] + w * (aT[6] + w * (aT[8] + w * aT[10])))));
    s2 = w * (aT[1] + w * (aT[3] + w * (aT[5] + w * (aT[7] + w * aT[9]))));
    if (id < 0) return x - x * (s1 + s2);
    z = atanhi[id] - ((x * (s1 + s2) - atanlo[id]) - x);
    return hx < 0 ? -z : z;
}

double ts_math_atan2(double y, double x) {
#define PI_O_4 7.8539816339744827900E-01
#define PI     3.1415926535897931160E+00
    /* by m, when x is infinite and y too, or y finite */
    static const double both_inf[4] = {PI_O_4, -PI_O_4, 3.0 * PI_O_4, -3.0 * PI_O_4}, x_inf[4] = {0.0, -0.0, PI, -PI};
    static const double pi_o_2 = 1.5707963267948965580E+00, pi = PI, pi_lo = 1.2246467991473531772E-16;
#undef PI
#undef PI_O_4
    int32_t hx = high_word(x), hy = high_word(y), ix = hx & 0x7FFFFFFF, iy = hy & 0x7FFFFFFF, k;
    int m = (hy < 0 ? 1 : 0) | (hx < 0 ? 2 : 0); /* 2*sign(x) + sign(y) */
    double z;
    if (x != x || y != y) return x + y;
    if (x == 1.0) return ts_math_atan(y);
    if (y == 0) return m == 0 || m == 1 ? y : m == 2 ? pi : -pi;
    if (x == 0) return hy < 0 ? -pi_o_2 : pi_o_2;
    if (ix == 0x7FF00000) return iy == 0x7FF00000 ? both_inf[m] : x_inf[m];
    if (iy == 0x7FF00000) return hy < 0 ? -pi_o_2 : pi_o_2;
    k = (iy - ix) >> 20;
    if (k > 60) { /* |y/x| > 2^60 */
        z = pi_o_2 + 0.5 * pi_lo;
        m &= 1;
    } else if (hx < 0 && k < -60) {
        z = 0.0;
    } else {
        z = ts_math_atan(fabs(y / x));
    }
    switch (m) {
    case 0: return z;
    case 1: return -z;
    case 2: return pi - (z - pi_lo);
    default: return (z - pi_lo) - pi;
    }
}

/* ------------------------------------------------------------ exp expm1 */

static const double ln2_hi = 6.93147180369123816490e-01, /* ln 2, 32 bits: k * ln2_hi is exact */
    ln2_lo = 1.90821492927058770002e-10,                 /* ln 2 - ln2_hi */
    invln2 = 1.44269504088896338700e+00;

/* 2^k for -1022 <= k <= 1023 */
static double two_to(int32_t k) { return from_words(0x3FF00000u + ((uint32_t)k << 20), 0); }

/* exp(x) = 2^k exp(r), x = k ln2 + r, |r| <= ln2/2, exp(r) from a rational
 * approximation */
double ts_math_exp(double x) {
    static const double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
                        P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                        P5 = 4.13813679705723846039e-08;
    static const double twom1000 = 9.33263618503218878990e-302; /* 2^-1000 */
    int32_t hx = high_word(x), ax = hx & 0x7FFFFFFF, k = 0;
    double y, hi = 0.0, lo = 0.0, c, t;

    if (ax >= 0x40862E42) { /* |x| >= 709.78 */
        if (x != x) return x + x;
        if (x == INFINITY) return x;
        if (x == -INFINITY) return 0.0;
        if (x > 7.09782712893383973096e+02) return INFINITY;
        if (x < -7.45133219101941108420e+02) return 0.0;
    }
    if (ax > 0x3FD62E42) {     /* |x| > ln2/2 */
        if (ax < 0x3FF0A2B2) { /* and < 3ln2/2 */
            if (x == 1.0) return 2.718281828459045;
            k = hx < 0 ? -1 : 1;
            hi = x - k * ln2_hi;
            lo = k * ln2_lo;
        } else {
            k = (int32_t)(invln2 * x + (hx < 0 ? -0.5 : 0.5));
            t = k;
            hi = x - t * ln2_hi;
            lo = t * ln2_lo;
        }
        x = hi - lo;
    } else if (ax < 0x3E300000) { /* |x| < 2^-28 */
        return 1.0 + x;
    }
    t = x * x;
    c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    if (k >= -1021) {
        if (k == 1024) return y * 2.0 * 8.98846567431157953865e+307; /* 2^1023 */
        return y * two_to(k);
    }
    return y * two_to(k + 1000) * twom1000;
}

/* expm1(x) = exp(x) - 1 without the cancellation near 0: the same reduction,
 * with the reduction's rounding error c carried into the result */
double ts_math_expm1(double x) {
    static const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                        Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                        Q5 = -2.01099218183624371326e-07;
    int32_t hx = high_word(x), ax = hx & 0x7FFFFFFF, k;
    bool neg = hx < 0;
    double y, hi, lo, c = 0.0, t, e, hxs, hfx, r1;

    if (ax >= 0x4043687A) { /* |x| >= 56 ln2 */
        if (ax >= 0x40862E42) {
            if (x != x) return x + x;
            if (x == INFINITY) return x;
            if (x > 7.09782712893383973096e+02) return INFINITY;
        }
        if (neg) return -1.0;
    }
    if (ax > 0x3FD62E42) {     /* |x| > ln2/2 */
        if (ax < 0x3FF0A2B2) { /* and < 3ln2/2 */
            if (!neg) {
                hi = x - ln2_hi;
                lo = ln2_lo;
                k = 1;
            } else {
                hi = x + ln2_hi;
                lo = -ln2_lo;
                k = -1;
            }
        } else {
            k = (int32_t)(invln2 * x + (neg ? -0.5 : 0.5));
            t = k;
            hi = x - t * ln2_hi;
            lo = t * ln2_lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (ax < 0x3C900000) { /* |x| < 2^-54 */
        return x;
    } else {
        k = 0;
    }
    hfx = 0.5 * x;
    hxs = x * hfx;
    r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    t = 3.0 - r1 * hfx;
    e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
    if (k <= -2 || k > 56) {
        y = 1.0 - (e - x);
        y = k == 1024 ? y * 2.0 * 8.98846567431158e+307 : y * two_to(k);
        return y - 1.0;
    }
    if (k < 20) {
        t = from_words(0x3FF00000u - (0x200000u >> k), 0); /* 1 - 2^-k */
        y = t - (e - x);
    } else {
        t = from_words((uint32_t)(0x3FF - k) << 20, 0); /* 2^-k */
        y = x - (e + t);
        y += 1.0;
    }
    return y * two_to(k);
}

/* ------------------------------------------------------------------ logs */

static const double two54 = 1.80143985094819840000e+16;

/* log(1 + f) = f - hfsq + s*(hfsq + R), s = f/(2 + f), R(s*s) a polynomial;
 * the Lg coefficients, split into odd and even halves in w = z*z */
static const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
                    Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
                    Lg7 = 1.479819860511658591e-01;

static double log_poly(double z) {
    double w = z * z;
    double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
    double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
    return t2 + t1;
}

/* x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2); x positive, finite and
 * normal; *hx gets the high word of 1 + f's significand bits */
static double log_reduce(double x, int32_t *k, int32_t *hx) {
    int32_t h = high_word(x), i;
    *k += (h >> 20) - 1023;
    h &= 0x000FFFFF;
    i = (h + 0x95F64) & 0x100000; /* significand >= sqrt(2): halve it */
    *k += i >> 20;
    *hx = h;
    return with_high(x, (uint32_t)(h | (i ^ 0x3FF00000))) - 1.0;
}

/* What every logarithm does first: 0, negatives, infinities and NaN give
 * their result in *r (1 returned); a subnormal x is scaled by 2^54 (k = -54). */
static int log_edge(double *x, int32_t *hx, int32_t *k, double *r) {
    if (*hx < 0x00100000) {
        if (*x == 0) return *r = -INFINITY, 1;
        if (*hx < 0) return *r = NAN, 1;
        *k -= 54;
        *x *= two54;
        *hx = high_word(*x);
    }
    if (*hx >= 0x7FF00000) return *r = *x + *x, 1;
    return 0;
}

double ts_math_log(double x) {
    int32_t hx = high_word(x), k = 0, i, j;
    double hfsq, f, s, z, R, dk, edge;
    if (log_edge(&x, &hx, &k, &edge)) return edge;
    f = log_reduce(x, &k, &hx);
    dk = (double)k;
    if ((0x000FFFFF & (2 + hx)) < 3) { /* |f| < 2^-20 */
        if (f == 0.0) return k == 0 ? 0.0 : dk * ln2_hi + dk * ln2_lo;
        R = f * f * (0.5 - 0.33333333333333333 * f);
        if (k == 0) return f - R;
        return dk * ln2_hi - ((R - dk * ln2_lo) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    i = hx - 0x6147A;
    j = 0x6B851 - hx;
    R = log_poly(z);
    if ((i | j) > 0) { /* f far from 0: keep hfsq = f*f/2 apart */
        hfsq = 0.5 * f * f;
        if (k == 0) return f - (hfsq - s * (hfsq + R));
        return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
    }
    if (k == 0) return f - s * (f - R);
    return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
}

double ts_math_log2(double x) {
    static const double ivln2hi = 1.44269504072144627571e+00, ivln2lo = 1.67517131648865118353e-10;
    int32_t hx = high_word(x), k = 0;
    double f, hfsq, hi, lo, s, r, val_hi, val_lo, w, y, edge;
    if (log_edge(&x, &hx, &k, &edge)) return edge;
    if (x == 1.0) return 0.0;
    f = log_reduce(x, &k, &hx);
    y = (double)k;
    hfsq = 0.5 * f * f;
    s = f / (2.0 + f);
    r = s * (hfsq + log_poly(s * s));
    /* f - hfsq as hi + lo, then (hi + lo)/ln2 + k in extra precision */
    hi = head(f - hfsq);
    lo = (f - hi) - hfsq + r;
    val_hi = hi * ivln2hi;
    val_lo = (lo + hi) * ivln2lo + lo * ivln2hi;
    w = y + val_hi;
    val_lo += (y - w) + val_hi;
    return val_lo + w;
}

/* log10(x) = k log10(2) + log(x / 2^k)/ln(10), 2^k the power of two below x
 * (above, for x < 1), so that log10 of a power of ten is exact */
double ts_math_log10(double x) {
    static const double ivln10 = 4.34294481903251816668e-01, log10_2hi = 3.01029995663611771306e-01,
                        log10_2lo = 3.69423907715893078616e-13;
    int32_t hx = high_word(x), k = 0, i;
    double y, z, edge;
    if (log_edge(&x, &hx, &k, &edge)) return edge;
    if (x == 1.0) return 0.0;
    k += (hx >> 20) - 1023;
    i = k < 0 ? 1 : 0;
    y = (double)(k + i);
    x = with_high(x, (uint32_t)((hx & 0x000FFFFF) | ((0x3FF - i) << 20)));
    z = y * log10_2lo + ivln10 * ts_math_log(x);
    return z + y * log10_2hi;
}

/* log1p(x): 1 + x = 2^k (1 + f); when k != 0, 1 + x is rounded, and c is
 * the rounding error's share, c/u, of the result */
double ts_math_log1p(double x) {
    static const double Lp[8] = {0.0,
                                 6.666666666666735130e-01,
                                 3.999999999940941908e-01,
                                 2.857142874366239149e-01,
                                 2.222219843214978396e-01,
                                 1.818357216161805012e-01,
                                 1.531383769920937332e-01,
                                 1.479819860511658591e-01};
    int32_t hx = high_word(x), ax = hx & 0x7FFFFFFF, k = 1, hu = 0;
    double hfsq, f = 0.0, c = 0.0, s, z, R, u;

    if (hx < 0x3FDA827A) {      /* 1 + x < sqrt(2) */
        if (ax >= 0x3FF00000) { /* x <= -1 */
            return x == -1.0 ? -INFINITY : NAN;
        }
        if (ax < 0x3E200000) return ax < 0x3C900000 ? x : x - x * x * 0.5; /* |x| < 2^-29 */
        if (hx > 0 || hx <= (int32_t)0xBFD2BEC4) {                         /* sqrt(2)/2 <= 1 + x: f = x exactly */
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if (hx >= 0x7FF00000) return x + x;
    if (k != 0) {
        if (hx < 0x43400000) {
            u = 1.0 + x;
            hu = high_word(u);
            k = (hu >> 20) - 1023;
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else { /* 1 + x is x */
            u = x;
            hu = high_word(u);
            k = (hu >> 20) - 1023;
            c = 0;
        }
        hu &= 0x000FFFFF;
        if (hu < 0x6A09E) { /* significand < sqrt(2) */
            u = with_high(u, (uint32_t)(hu | 0x3FF00000));
        } else {
            k += 1;
            u = with_high(u, (uint32_t)(hu | 0x3FE00000));
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    hfsq = 0.5 * f * f;
    if (hu == 0) { /* |f| < 2^-20 */
        if (f == 0.0) {
            if (k == 0) return 0.0;
            c += k * ln2_lo;
            return k * ln2_hi + c;
        }
        R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) return f - R;
        return k * ln2_hi - ((R - (k * ln2_lo + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    R = z * (Lp[1] + z * (Lp[2] + z * (Lp[3] + z * (Lp[4] + z * (Lp[5] + z * (Lp[6] + z * Lp[7]))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return k * ln2_hi - ((hfsq - (s * (hfsq + R) + (k * ln2_lo + c))) - f);
}

/* ------------------------------------------------------------ hyperbolic */

double ts_math_sinh(double x) {
    double h = x < 0 ? -0.5 : 0.5, ax = fabs(x), t, w;
    if (ax < 22) {
        if (ax < 3.725290298461914e-9) return x; /* |x| < 2^-28 */
        t = ts_math_expm1(ax);
        if (ax < 1) return h * (2 * t - t * t / (t + 1));
        return h * (t + t / (t + 1));
    }
    if (ax < 709.7822265625) return h * ts_math_exp(ax);
    if (ax <= 710.4758600739439) { /* exp(|x|)/2 overflows, its square root does not */
        w = ts_math_exp(0.5 * ax);
        t = h * w;
        return t * w;
    }
    return x * 1.0e307; /* +-Infinity, or NaN */
}

double ts_math_cosh(double x) {
    int32_t ix = high_word(x) & 0x7FFFFFFF;
    double t, w;
    if (ix < 0x3FD62E43) { /* |x| < ln2/2: 1 + expm1(|x|)^2 / (2 exp(|x|)) */
        t = ts_math_expm1(fabs(x));
        w = 1.0 + t;
        if (ix < 0x3C800000) return w;
        return 1.0 + (t * t) / (w + w);
    }
    if (ix < 0x40360000) { /* |x| < 22 */
        t = ts_math_exp(fabs(x));
        return 0.5 * t + 0.5 / t;
    }
    if (ix < 0x40862E42) return 0.5 * ts_math_exp(fabs(x));
    if (fabs(x) <= 710.4758600739439) {
        w = ts_math_exp(0.5 * fabs(x));
        t = 0.5 * w;
        return t * w;
    }
    if (ix >= 0x7FF00000) return x * x;
    return INFINITY;
}

double ts_math_tanh(double x) {
    int32_t jx = high_word(x), ix = jx & 0x7FFFFFFF;
    double t, z;
    if (ix >= 0x7FF00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; /* +-1, or NaN */
    if (ix < 0x40360000) {                                                /* |x| < 22 */
        if (ix < 0x3E300000) return x;                                    /* |x| < 2^-28 */
        if (ix >= 0x3FF00000) {                                           /* |x| >= 1 */
            t = ts_math_expm1(2.0 * fabs(x));
            z = 1.0 - 2.0 / (t + 2.0);
        } else {
            t = ts_math_expm1(-2.0 * fabs(x));
            z = -t / (t + 2.0);
        }
    } else {
        z = 1.0;
    }
    return jx >= 0 ? z : -z;
}

static const double ln2 = 6.93147180559945286227e-01;

double ts_math_asinh(double x) {
    int32_t hx = high_word(x), ix = hx & 0x7FFFFFFF;
    double t, w;
    if (ix >= 0x7FF00000) return x + x;
    if (ix < 0x3E300000) return x; /* |x| < 2^-28 */
    if (ix > 0x41B00000) {         /* |x| > 2^28 */
        w = ts_math_log(fabs(x)) + ln2;
    } else if (ix > 0x40000000) { /* |x| > 2 */
        t = fabs(x);
        w = ts_math_log(2.0 * t + 1.0 / (sqrt(x * x + 1.0) + t));
    } else {
        t = x * x;
        w = ts_math_log1p(fabs(x) + t / (1.0 + sqrt(1.0 + t)));
    }
    return hx > 0 ? w : -w;
}

double ts_math_acosh(double x) {
    int32_t hx = high_word(x);
    double t;
    if (hx < 0x3FF00000) return NAN; /* x < 1 */
    if (hx >= 0x41B00000) {          /* x > 2^28 */
        if (hx >= 0x7FF00000) return x + x;
        return ts_math_log(x) + ln2;
    }
    if (x == 1.0) return 0.0;
    if (hx > 0x40000000) { /* x > 2 */
        t = x * x;
        return ts_math_log(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
    }
    t = x - 1.0;
    return ts_math_log1p(t + sqrt(2.0 * t + t * t));
}

double ts_math_atanh(double x) {
    int32_t hx = high_word(x);
    double ax = fabs(x), t;
    if (ax > 1.0 || x != x) return NAN;
    if (ax == 1.0) return x > 0 ? INFINITY : -INFINITY;
    if (ax < 3.725290298461914e-9) return x; /* |x| < 2^-28 */
    if (ax < 0.5) {
        t = ax + ax;
        t = 0.5 * ts_math_log1p(t + t * ax / (1.0 - ax));
    } else {
        t = 0.5 * ts_math_log1p((ax + ax) / (1.0 - ax));
    }
    return hx >= 0 ? t : -t;
}

/* ------------------------------------------------------------------ cbrt */

/* cbrt(x): a 5-bit guess from the exponent, a polynomial to 23 bits, then
 * one Newton step in double precision */
double ts_math_cbrt(double x) {
    static const uint32_t B1 = 715094163, /* (1023 - 1023/3 - 0.03306235651) * 2^20 */
        B2 = 696219795;                   /* (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20 */
    static const double P0 = 1.87595182427177009643, P1 = -1.88497979543377169875, P2 = 1.621429720105354466140,
                        P3 = -0.758397934778766047437, P4 = 0.145996192886612446982;
    uint32_t hx = (uint32_t)high_word(x), sign = hx & 0x80000000u;
    double r, s, t, w;
    hx ^= sign;
    if (hx >= 0x7FF00000) return x + x;
    if (hx < 0x00100000) { /* zero or subnormal */
        if (x == 0) return x;
        t = x * 18014398509481984.0; /* 2^54 */
        t = from_words(sign | (((uint32_t)high_word(t) & 0x7FFFFFFF) / 3 + B2), 0);
    } else {
        t = from_words(sign | (hx / 3 + B1), 0);
    }
    r = (t * t) * (t / x);
    t = t * ((P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4));
    /* round t away from zero to 23 bits: then t*t is exact */
    t = from_bits((to_bits(t) + 0x80000000u) & 0xFFFFFFFFC0000000ULL);
    s = t * t;
    r = x / s;
    w = t + t;
    r = (r - t) / (w + r);
    return t + t * r;
}

/* ------------------------------------------------------------------- pow */

/* 0 if y is not an integer, 1 if it is odd, 2 if even; y finite, nonzero */
static int integer_kind(double y) {
    uint32_t iy = (uint32_t)high_word(y) & 0x7FFFFFFF, ly = low_word(y), j;
    int e;
    if (iy >= 0x43400000) return 2; /* |y| >= 2^53 */
    if (iy < 0x3FF00000) return 0;
    e = (int)(iy >> 20) - 0x3FF;
    if (e > 20) {
        j = ly >> (52 - e);
        return (j << (52 - e)) == ly ? 2 - (int)(j & 1) : 0;
    }
    if (ly != 0) return 0;
    j = iy >> (20 - e);
    return (j << (20 - e)) == iy ? 2 - (int)(j & 1) : 0;
}

/* log2(|x|) as t1 + t2, t1 with 21 significant bits; ax = |x| finite,
 * nonzero and not 1 */
static void log2_parts(double ax, int32_t ix, double *t1, double *t2) {
    static const double bp[2] = {1.0, 1.5}, dp_h[2] = {0.0, 5.84962487220764160156e-01}, /* log2(1.5) head */
        dp_l[2] = {0.0, 1.35003920212974897128e-08},                                     /* and tail */
        L1 = 5.99999999999994648725e-01, L2 = 4.28571428578550184252e-01, L3 = 3.33333329818377432918e-01,
                        L4 = 2.72728123808534006489e-01, L5 = 2.30660745775561754067e-01,
                        L6 = 2.06975017800338417784e-01, cp = 9.61796693925975554329e-01, /* 2/(3 ln2) */
        cp_h = 9.61796700954437255859e-01, cp_l = -7.02846165095275826516e-09;            /* its head and tail */
    double ss, s2, s_h, s_l, t_h, t_l, u, v, r, p_h, p_l, z_h, z_l, t;
    int32_t n = 0, j, k;
    if (ix < 0x00100000) { /* subnormal */
        ax *= 9007199254740992.0;
        n -= 53;
        ix = high_word(ax);
    }
    n += (ix >> 20) - 0x3FF;
    j = ix & 0x000FFFFF;
    ix = j | 0x3FF00000; /* the significand, in [1, 2) */
    if (j <= 0x3988E) {  /* < sqrt(3/2) */
        k = 0;
    } else if (j < 0xBB67A) { /* < sqrt(3): around 1.5 */
        k = 1;
    } else { /* around 2: halve it */
        k = 0;
        n += 1;
        ix -= 0x00100000;
    }
    ax = with_high(ax, (uint32_t)ix);
    /* ss = s_h + s_l = (ax - bp)/(ax + bp) */
    u = ax - bp[k];
    v = 1.0 / (ax + bp[k]);
    ss = u * v;
    s_h = head(ss);
    t_h = from_words((uint32_t)(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)), 0); /* ax + bp, head */
    t_l = ax - (t_h - bp[k]);
    s_l = v * ((u - s_h * t_h) - s_h * t_l);
    /* log(ax/bp) = 2 ss + (2/3) ss^3 + ..., the tail a polynomial */
    s2 = ss * ss;
    r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = head(3.0 + s2 + r);
    t_l = r - ((t_h - 3.0) - s2);
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    p_h = head(u + v);
    p_l = v - (p_h - u);
    z_h = cp_h * p_h;
    z_l = cp_l * p_h + p_l * cp + dp_l[k];
    t = (double)n;
    *t1 = head(((z_h + z_l) + dp_h[k]) + t);
    *t2 = z_l - (((*t1 - t) - dp_h[k]) - z_h);
}

/* x ** y for finite nonzero x, finite y and x != +-1 or y integral: 2 to the
 * power y log2(|x|), that product carried in extra precision; s the sign */
static double pow_finite(double x, double y, double s) {
    static const double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
                        P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                        P5 = 4.13813679705723846039e-08, lg2_h = 6.93147182464599609375e-01,
                        lg2_l = -1.90465429995776804525e-09, ovt = 8.0085662595372944372e-17,
                        ivln2 = 1.44269504088896338700e+00, ivln2_h = 1.44269502162933349609e+00,
                        ivln2_l = 1.92596299112661746887e-08;
    int32_t hy = high_word(y), iy = hy & 0x7FFFFFFF, ix = high_word(x) & 0x7FFFFFFF, i, j, k, n;
    double ax = fabs(x), t1, t2, y1, p_h, p_l, z, t, u, v, w, r;
    uint32_t nb;

    if (iy > 0x41E00000) {     /* |y| > 2^31 */
        if (iy > 0x43F00000) { /* |y| > 2^64 */
            if (ix <= 0x3FEFFFFF) return hy < 0 ? INFINITY : 0.0;
            return hy > 0 ? INFINITY : 0.0;
        }
        if (ix < 0x3FEFFFFF) return hy < 0 ? s * INFINITY : s * 0.0;
        if (ix > 0x3FF00000) return hy > 0 ? s * INFINITY : s * 0.0;
        /* |x - 1| <= 2^-20: log(x) by its series */
        t = ax - 1.0;
        w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
        u = ivln2_h * t;
        v = t * ivln2_l - w * ivln2;
        t1 = head(u + v);
        t2 = v - (t1 - u);
    } else {
        log2_parts(ax, ix, &t1, &t2);
    }
    /* y * (t1 + t2) = p_h + p_l */
    y1 = head(y);
    p_l = (y - y1) * t1 + y * t2;
    p_h = y1 * t1;
    z = p_l + p_h;
    j = high_word(z);
    i = (int32_t)low_word(z);
    if (j >= 0x40900000) { /* z >= 1024 */
        if (j != 0x40900000 || i != 0 || p_l + ovt > z - p_h) return s * INFINITY;
    } else if ((j & 0x7FFFFFFF) >= 0x4090CC00) { /* z <= -1075 */
        if ((uint32_t)j != 0xC090CC00u || i != 0 || p_l <= z - p_h) return s * 0.0;
    }
    /* z = n + (p_h + p_l), |p_h + p_l| <= 1/2 */
    i = j & 0x7FFFFFFF;
    k = (i >> 20) - 0x3FF;
    n = 0;
    if (i > 0x3FE00000) {
        nb = (uint32_t)j + (0x00100000u >> (k + 1));
        k = (int32_t)((nb & 0x7FFFFFFF) >> 20) - 0x3FF;
        t = from_words(nb & ~(0x000FFFFFu >> k), 0);
        n = (int32_t)(((nb & 0x000FFFFF) | 0x00100000) >> (20 - k));
        if (j < 0) n = -n;
        p_h -= t;
    }
    /* 2^(p_h + p_l) = exp((p_h + p_l) ln2), as in exp */
    t = head(p_l + p_h);
    u = t * lg2_h;
    v = (p_l - (t - p_h)) * ln2 + t * lg2_l;
    z = u + v;
    w = v - (z - u);
    t = z * z;
    t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    z = 1.0 - (r - z);
    j = (int32_t)((uint32_t)high_word(z) + ((uint32_t)n << 20));
    if ((j >> 20) <= 0) {
        z = scalbn(z, n); /* subnormal result */
    } else {
        z = with_high(z, (uint32_t)j);
    }
    return s * z;
}

/* JavaScript's x ** y and Math.pow (V8's: fdlibm's pow, with NaN for
 * 1 ** NaN and (+-1) ** (+-Infinity)) */
double ts_pow(double x, double y) {
    int32_t hx = high_word(x), hy = high_word(y), ix = hx & 0x7FFFFFFF;
    int yint;
    double z;
    if (y != y) return NAN;
    if (y == 0) return 1.0;
    if (x != x) return NAN;
    if (isinf(y)) {
        if (fabs(x) == 1.0) return NAN;
        if (fabs(x) > 1.0) return hy >= 0 ? y : 0.0;
        return hy < 0 ? -y : 0.0;
    }
    if (y == 1.0) return x;
    if (y == -1.0) return 1.0 / x;
    if (y == 2.0) return x * x;
    if (y == 0.5 && hx >= 0) return sqrt(x);
    yint = hx < 0 ? integer_kind(y) : 0;
    if (x == 0 || isinf(x) || fabs(x) == 1.0) {
        z = fabs(x);
        if (hy < 0) z = 1.0 / z;
        if (hx < 0) {
            if (ix == 0x3FF00000 && yint == 0) return NAN; /* (-1) ** non-integer */
            if (yint == 1) z = -z;
        }
        return z;
    }
    if (hx < 0 && yint == 0) return NAN; /* negative ** non-integer */
    return pow_finite(x, y, hx < 0 && yint == 1 ? -1.0 : 1.0);
}
