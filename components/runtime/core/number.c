/* number.c - number <-> string conversions with JavaScript's rules.
 *
 * Shortest round-trip formatting: Grisu3 (Loitsch, "Printing Floating-Point
 * Numbers Quickly and Accurately with Integers", PLDI 2010) finds the
 * shortest, closest digits with 64-bit integers for all but about 0.5 % of
 * doubles; for those it cannot vouch for, print with "%.*e" until strtod
 * gives the same double back. The digits are then laid out as ECMAScript's
 * Number::toString does (plain up to 21 integer digits, plain decimals down
 * to 1e-6, exponential otherwise). */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* Builds for size (-Os: the devices) leave Grisu3 and its 1.4 KB table out, about 3 KB of code: the search
 * alone gives the same digits, with at most three sprintf/strtod rounds per number. */
#if defined(__OPTIMIZE_SIZE__) && !defined(TS_NUM_GRISU)
#define TS_NUM_SEARCH_ONLY
#endif

#ifndef TS_NUM_SEARCH_ONLY
/* ------------------------------------------------------------- Grisu3 */

/* f * 2^e */
typedef struct {
    uint64_t f;
    int e;
} DiyFp;

typedef struct {
    uint64_t f;
    int16_t e, k; /* 10^k = f * 2^e */
} CachedPow10;

static const CachedPow10 pow10_table[] = {
#include "pow10_table.inc"
};

#define POW10_FIRST_K (-348)
#define POW10_STEP_K  8

/* The 64 high bits of the 128-bit product, rounded. */
static DiyFp diy_mul(DiyFp x, DiyFp y) {
    const uint64_t m32 = 0xFFFFFFFFu;
    uint64_t a = x.f >> 32, b = x.f & m32, c = y.f >> 32, d = y.f & m32;
    uint64_t ac = a * c, bc = b * c, ad = a * d, bd = b * d;
    uint64_t mid = (bd >> 32) + (ad & m32) + (bc & m32) + (1u << 31);
    DiyFp r;
    r.f = ac + (ad >> 32) + (bc >> 32) + (mid >> 32);
    r.e = x.e + y.e + 64;
    return r;
}

static DiyFp diy_normalize(DiyFp x) {
    while (!(x.f & ((uint64_t)1 << 63))) {
        x.f <<= 1;
        x.e--;
    }
    return x;
}

/* Moves the last digit down while that brings it closer to w (whose distance
 * from too_high is distance_high_w); false when the result cannot be
 * proven shortest and closest within the error of the scaled values. */
static bool round_weed(char *d, int n, uint64_t distance_high_w, uint64_t unsafe, uint64_t rest, uint64_t ten_kappa,
                       uint64_t unit) {
    uint64_t small = distance_high_w - unit, big = distance_high_w + unit;
    while (rest < small && unsafe - rest >= ten_kappa &&
           (rest + ten_kappa < small || small - rest >= rest + ten_kappa - small)) {
        d[n - 1]--;
        rest += ten_kappa;
    }
    if (rest < big && unsafe - rest >= ten_kappa && (rest + ten_kappa < big || big - rest > rest + ten_kappa - big))
        return false;
    return 2 * unit <= rest && rest <= unsafe - 4 * unit;
}

/* Shortest digits of x (finite, positive) by Grisu3, or 0 when it cannot vouch
 * for them. Not static, like num_shortest_search: each keeps its own frame, so
 * that a path that prints a number holds one of them at a time. */
int num_grisu3(double x, char *d, int *e10) {
    const int alpha = -60, gamma = -32;
    union {
        double d;
        uint64_t u;
    } bits;
    DiyFp v, w, plus, minus, c, too_low, too_high, scaled_w, one;
    uint64_t unit = 1, unsafe, fractionals, rest;
    uint32_t integrals, divisor = 1;
    int kappa = 0, n = 0, i, lower_closer;
    bits.d = x;
    v.f = bits.u & (((uint64_t)1 << 52) - 1);
    v.e = (int)((bits.u >> 52) & 0x7FF);
    lower_closer = v.f == 0 && v.e > 1; /* a power of two: the gap below is half the gap above */
    if (v.e) v.f |= (uint64_t)1 << 52, v.e -= 1075;
    else v.e = -1074;
    plus.f = (v.f << 1) + 1, plus.e = v.e - 1;
    plus = diy_normalize(plus);
    if (lower_closer) minus.f = (v.f << 2) - 1, minus.e = v.e - 2;
    else minus.f = (v.f << 1) - 1, minus.e = v.e - 1;
    minus.f <<= minus.e - plus.e;
    minus.e = plus.e;
    w = diy_normalize(v);
    /* a cached power that brings w's exponent into [alpha, gamma] */
    i = (int)((ceil((alpha - (w.e + 64) + 63) * 0.30102999566398114) - POW10_FIRST_K) / POW10_STEP_K);
    if (i < 0) i = 0;
    while (i < (int)(sizeof pow10_table / sizeof pow10_table[0]) - 1 && pow10_table[i].e + w.e + 64 < alpha) i++;
    while (i > 0 && pow10_table[i].e + w.e + 64 > gamma) i--;
    c.f = pow10_table[i].f, c.e = pow10_table[i].e;
    scaled_w = diy_mul(w, c);
    too_low = diy_mul(minus, c);
    too_high = diy_mul(plus, c);
    /* each product is off by less than one unit: widen to the unsafe interval */
    too_low.f -= unit;
    too_high.f += unit;
    unsafe = too_high.f - too_low.f;
    one.e = scaled_w.e;
    one.f = (uint64_t)1 << -one.e;
    integrals = (uint32_t)(too_high.f >> -one.e);
    fractionals = too_high.f & (one.f - 1);
    while (divisor <= integrals / 10) divisor *= 10, kappa++;
    if (integrals) kappa++;
    else divisor = 0;
    for (; kappa > 0 && divisor; divisor /= 10) {
        d[n++] = (char)('0' + integrals / divisor);
        integrals %= divisor;
        kappa--;
        rest = ((uint64_t)integrals << -one.e) + fractionals;
        if (rest < unsafe) {
            *e10 = kappa - pow10_table[i].k;
            return round_weed(d, n, too_high.f - scaled_w.f, unsafe, rest, (uint64_t)divisor << -one.e, unit) ? n : 0;
        }
    }
    for (;;) {
        fractionals *= 10;
        unit *= 10;
        unsafe *= 10;
        d[n++] = (char)('0' + (fractionals >> -one.e));
        fractionals &= one.f - 1;
        kappa--;
        if (fractionals < unsafe) {
            *e10 = kappa - pow10_table[i].k;
            return round_weed(d, n, (too_high.f - scaled_w.f) * unit, unsafe, fractionals, one.f, unit) ? n : 0;
        }
        if (n >= 18) return 0;
    }
}

#endif /* TS_NUM_SEARCH_ONLY */

/* Shortest decimal digits of |x| (finite, non-zero): writes the digits
 * (no dot) to d and returns the count; *e is the decimal exponent of the
 * first digit (x = d1.d2d3... * 10^(*e)). Grisu3 first, then the search. */
static int shortest_digits(double x, char *d, int *e) {
#ifdef TS_NUM_SEARCH_ONLY
    return num_shortest_search(fabs(x), d, e);
#else
    int n, e10;
    x = fabs(x);
    n = num_grisu3(x, d, &e10);
    if (!n) return num_shortest_search(x, d, e);
    while (n > 1 && d[n - 1] == '0') n--, e10++;
    d[n] = 0;
    *e = e10 + n - 1;
    return n;
#endif
}

/* The search with the C library for the doubles Grisu3 leaves (x positive).
 *
 * Any decimal of at most 15 digits survives decimal -> double -> 15-digit
 * decimal unchanged (DBL_DIG), so when the 15-digit rendering round-trips,
 * the shortest form is that rendering without its trailing zeros. Otherwise
 * 16 digits may do, and 17 always do. */
int num_shortest_search(double x, char *d, int *e) {
    char tmp[40];
    int n = 0;
    const char *q;
    if (x < DBL_MIN) {
        /* subnormals carry fewer digits: search upwards */
        int p;
        for (p = 1; p < 17; p++) {
            sprintf(tmp, "%.*e", p - 1, x);
            if (strtod(tmp, NULL) == x) break;
        }
        if (p == 17) sprintf(tmp, "%.16e", x);
    } else if (sprintf(tmp, "%.14e", x), strtod(tmp, NULL) != x) {
        double back;
        sprintf(tmp, "%.15e", x);
        back = strtod(tmp, NULL);
        if (back != x) {
            /* Just above a power of two the rounding interval is wider
             * above x than below: the next 16-digit value up may identify x
             * although the nearest (below) does not. It is built in place,
             * since tmp is rewritten when it does not. */
            int i, k = (int)(strchr(tmp, 'e') - tmp), ex = atoi(tmp + k + 1);
            bool found = false;
            if (back < x) {
                for (i = k - 1; i >= 0; i--) {
                    if (tmp[i] == '.') continue;
                    if (tmp[i] < '9') {
                        tmp[i]++;
                        break;
                    }
                    tmp[i] = '0';
                }
                if (i < 0) { /* 9.99... -> 1.00...e+1 */
                    tmp[0] = '1';
                    ex++;
                }
                sprintf(tmp + k, "e%d", ex);
                found = strtod(tmp, NULL) == x;
            }
            if (!found) sprintf(tmp, "%.16e", x);
        }
    }
    for (q = tmp; *q != 'e'; q++)
        if (*q >= '0' && *q <= '9') d[n++] = *q;
    *e = atoi(q + 1);
    while (n > 1 && d[n - 1] == '0') n--;
    d[n] = 0;
    return n;
}

static size_t put_exp(char *out, int e) { return (size_t)sprintf(out, "e%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e); }

size_t num_format(double x, char *buf) {
    char d[24];
    int k, e, n, i;
    char *o = buf;
    if (x != x) return (size_t)sprintf(buf, "NaN");
    if (x == 0) return (size_t)sprintf(buf, "0");
    if (isinf(x)) return (size_t)sprintf(buf, x < 0 ? "-Infinity" : "Infinity");
    if (x < 0) *o++ = '-';
    if (fabs(x) < 9007199254740992.0 && x == (double)(int64_t)x) {
        /* integers: exact digits without any searching, reversed in d */
        uint64_t u = (uint64_t)fabs(x);
        int len = 0;
        while (u) {
            d[len++] = (char)('0' + u % 10);
            u /= 10;
        }
        while (len) *o++ = d[--len];
        *o = 0;
        return (size_t)(o - buf);
    }
    k = shortest_digits(x, d, &e);
    n = e + 1; /* position of the decimal point */
    if (k <= n && n <= 21) {
        memcpy(o, d, (size_t)k);
        o += k;
        for (i = k; i < n; i++) *o++ = '0';
    } else if (0 < n && n <= 21) {
        memcpy(o, d, (size_t)n);
        o += n;
        *o++ = '.';
        memcpy(o, d + n, (size_t)(k - n));
        o += k - n;
    } else if (-6 < n && n <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (i = 0; i < -n; i++) *o++ = '0';
        memcpy(o, d, (size_t)k);
        o += k;
    } else {
        *o++ = d[0];
        if (k > 1) {
            *o++ = '.';
            memcpy(o, d + 1, (size_t)(k - 1));
            o += k - 1;
        }
        o += put_exp(o, n - 1);
    }
    *o = 0;
    return (size_t)(o - buf);
}

TsString *ts_num_to_str(double n) {
    char buf[40];
    size_t len;
    if (ts_num_is_undef(n)) return ts_str_from_cstr("undefined");
    len = num_format(n, buf);
    return str_new_ascii(buf, len);
}

/* ---------------------------------------------------------- int casts */

uint32_t ts_to_uint32(double n) {
    double m;
    if (!isfinite(n)) return 0;
    n = n < 0 ? ceil(n) : floor(n);
    if (n >= 0 && n < 4294967296.0) return (uint32_t)n;
    m = fmod(n, 4294967296.0);
    if (m < 0) m += 4294967296.0;
    return (uint32_t)m;
}

int32_t ts_to_int32(double n) {
    uint32_t u = ts_to_uint32(n);
    return u >= 0x80000000u ? (int32_t)(u - 0x80000000u) - (int32_t)0x7FFFFFFF - 1 : (int32_t)u;
}

bool ts_num_is_integer(double n) { return isfinite(n) && floor(n) == n; }

bool ts_num_is_safe_integer(double n) { return ts_num_is_integer(n) && fabs(n) <= 9007199254740991.0; }

/* ------------------------------------------------------------- parsing */

/* Length of the longest StrDecimalLiteral prefix of p (sign included,
 * Infinity excluded), 0 when there is none. */
static size_t decimal_prefix(const char *p, size_t len) {
    size_t i = 0, digits = 0, best;
    if (i < len && (p[i] == '+' || p[i] == '-')) i++;
    while (i < len && p[i] >= '0' && p[i] <= '9') i++, digits++;
    if (i < len && p[i] == '.') {
        i++;
        while (i < len && p[i] >= '0' && p[i] <= '9') i++, digits++;
    }
    if (digits == 0) return 0;
    best = i;
    if (i < len && (p[i] == 'e' || p[i] == 'E')) {
        size_t j = i + 1, ed = 0;
        if (j < len && (p[j] == '+' || p[j] == '-')) j++;
        while (j < len && p[j] >= '0' && p[j] <= '9') j++, ed++;
        if (ed) best = j;
    }
    return best;
}

double num_parse_decimal(const char *p, size_t n) {
    char small[64];
    char *tmp = n < sizeof small ? small : (char *)ts_alloc(n + 1);
    double r;
    memcpy(tmp, p, n);
    tmp[n] = 0;
    r = strtod(tmp, NULL);
    if (tmp != small) ts_dealloc(tmp);
    return r;
}

static int digit_val(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Skips JS whitespace at the start of [p, p + len). */
static size_t skip_space(const char *p, size_t len) {
    size_t i = 0;
    while (i < len) {
        size_t k = i;
        if (!ts_is_space_cp(wtf8_decode(p, len, &k))) break;
        i = k;
    }
    return i;
}

static size_t trim_end_len(const char *p, size_t start, size_t len) {
    while (len > start) {
        size_t k = len - 1;
        while (k > start && ((unsigned char)p[k] & 0xC0) == 0x80) k--;
        {
            size_t j = k;
            if (!ts_is_space_cp(wtf8_decode(p, len, &j))) break;
        }
        len = k;
    }
    return len;
}

static double parse_pow2(const char *p, size_t n, int radix);

static bool has_prefix(const char *p, size_t len, const char *pre) {
    size_t n = strlen(pre);
    return len >= n && memcmp(p, pre, n) == 0;
}

double ts_str_to_num(TsString *s) {
    const char *p;
    size_t a, b, n;
    if (!s) return NAN;
    p = s->data;
    a = skip_space(p, s->len);
    b = trim_end_len(p, a, s->len);
    p += a;
    n = b - a;
    if (n == 0) return 0;
    if (n > 2 && p[0] == '0' && (p[1] | 32) != 'e' && !(p[1] >= '0' && p[1] <= '9') && p[1] != '.') {
        int radix = (p[1] | 32) == 'x' ? 16 : (p[1] | 32) == 'o' ? 8 : (p[1] | 32) == 'b' ? 2 : 0;
        size_t i;
        if (!radix) return NAN;
        for (i = 2; i < n; i++)
            if (digit_val(p[i]) >= radix) return NAN;
        return parse_pow2(p + 2, n - 2, radix);
    }
    if (n == 8 && has_prefix(p, n, "Infinity")) return INFINITY;
    if (n == 9 && has_prefix(p, n, "+Infinity")) return INFINITY;
    if (n == 9 && has_prefix(p, n, "-Infinity")) return -INFINITY;
    if (decimal_prefix(p, n) != n) return NAN;
    return num_parse_decimal(p, n);
}

double ts_parse_float(TsString *s) {
    const char *p;
    size_t a, n, k;
    if (!s) return NAN;
    a = skip_space(s->data, s->len);
    p = s->data + a;
    n = s->len - a;
    if (has_prefix(p, n, "Infinity") || has_prefix(p, n, "+Infinity")) return INFINITY;
    if (has_prefix(p, n, "-Infinity")) return -INFINITY;
    k = decimal_prefix(p, n);
    if (k == 0) return NAN;
    return num_parse_decimal(p, k);
}

/* Digits in a power-of-two radix, correctly rounded (as V8 does). */
static double parse_pow2(const char *p, size_t n, int radix) {
    int bits = radix == 2 ? 1 : radix == 4 ? 2 : radix == 8 ? 3 : radix == 16 ? 4 : 5;
    uint64_t m = 0;
    int exp = 0, top = 0, shift;
    bool sticky = false;
    size_t i;
    for (i = 0; i < n; i++) {
        int d = digit_val(p[i]);
        if (m >> 58) { /* no room: the digit only matters for rounding */
            exp += bits;
            sticky |= d != 0;
        } else {
            m = (m << bits) | (uint64_t)d;
        }
    }
    while (top < 64 && (m >> top)) top++;
    shift = top - 53;
    if (shift > 0) {
        uint64_t rest = m & ((UINT64_C(1) << shift) - 1), half = UINT64_C(1) << (shift - 1);
        m >>= shift;
        if (rest > half || (rest == half && (sticky || (m & 1)))) m++;
        exp += shift;
    }
    return ldexp((double)m, exp);
}

/* Other radices: V8 accumulates 32-bit chunks, so its rounding (allowed to
 * be approximate by the spec) is reproduced exactly this way. */
static double parse_generic(const char *p, size_t n, int radix) {
    double r = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t part = 0, mult = 1;
        while (i < n) {
            uint32_t m = mult * (uint32_t)radix;
            if (m > 0xFFFFFFFFu / 36) break;
            part = part * (uint32_t)radix + (uint32_t)digit_val(p[i]);
            mult = m;
            i++;
        }
        r = r * mult + part;
    }
    return r;
}

double ts_parse_int(TsString *s, double radix_d) {
    const char *p;
    size_t a, n, i = 0, start;
    int sign = 1, radix = ts_to_int32(radix_d);
    bool strip = true;
    double r = 0;
    if (!s) s = ts_tmp_str(ts_str_from_cstr("undefined"));
    a = skip_space(s->data, s->len);
    p = s->data + a;
    n = s->len - a;
    if (i < n && (p[i] == '+' || p[i] == '-')) {
        if (p[i] == '-') sign = -1;
        i++;
    }
    if (radix != 0) {
        if (radix < 2 || radix > 36) return NAN;
        if (radix != 16) strip = false;
    } else {
        radix = 10;
    }
    if (strip && i + 1 < n && p[i] == '0' && (p[i + 1] | 32) == 'x') {
        i += 2;
        radix = 16;
    }
    start = i;
    while (i < n && digit_val(p[i]) < radix) i++;
    if (i == start) return NAN;
    if (radix == 10) r = num_parse_decimal(p + start, i - start); /* correctly rounded */
    else if ((radix & (radix - 1)) == 0) r = parse_pow2(p + start, i - start, radix);
    else r = parse_generic(p + start, i - start, radix);
    return sign * r;
}

/* ------------------------------------------------- toFixed, toPrecision */

/* ToIntegerOrInfinity */
static double to_int(double d) {
    if (d != d) return 0;
    d = d < 0 ? ceil(d) : floor(d);
    return d == 0 ? 0 : d;
}

/* Rounds the digit string d (length n) half up to keep digits; returns 1
 * when the carry ran out of the front (d then holds "1000..."). */
static int round_digits(char *d, int n, int keep) {
    int i;
    if (keep >= n) return 0;
    if (keep < 0) return 0;
    if (d[keep] < '5') return 0;
    for (i = keep - 1; i >= 0; i--) {
        if (d[i] < '9') {
            d[i]++;
            return 0;
        }
        d[i] = '0';
    }
    /* all nines */
    memmove(d + 1, d, (size_t)keep);
    d[0] = '1';
    return 1;
}

/* Exact decimal expansion for toFixed, independent of the C library's
 * printf (picolibc's is not exact past 17 digits): |x| = m * 2^e held as a
 * big integer N = |x| * 2^k with k fraction bits. */
#define BIG_LIMBS 40 /* 1280 bits: 1074 + 53 fraction bits and 70 integer bits */

typedef struct {
    uint32_t w[BIG_LIMBS];
} Big;

/* b = b * mul + add; returns the carry out of the top limb. */
static uint32_t big_muladd(Big *b, uint32_t mul, uint32_t add) {
    uint64_t carry = add;
    int i;
    for (i = 0; i < BIG_LIMBS; i++) {
        uint64_t t = (uint64_t)b->w[i] * mul + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    return (uint32_t)carry;
}

/* b = b / 10; returns the remainder. */
static uint32_t big_div10(Big *b) {
    uint64_t rem = 0;
    int i;
    for (i = BIG_LIMBS - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | b->w[i];
        b->w[i] = (uint32_t)(cur / 10);
        rem = cur % 10;
    }
    return (uint32_t)rem;
}

static bool big_is_zero(const Big *b) {
    int i;
    for (i = 0; i < BIG_LIMBS; i++)
        if (b->w[i]) return false;
    return true;
}

/* Splits b into the bits at and above k (returned in hi) and keeps the low k bits in b. */
static void big_split(Big *b, int k, Big *hi) {
    int i;
    memset(hi, 0, sizeof *hi);
    for (i = 0; i < BIG_LIMBS * 32; i++) {
        uint32_t bit = (b->w[i / 32] >> (i % 32)) & 1u;
        if (i >= k && bit) {
            hi->w[(i - k) / 32] |= 1u << ((i - k) % 32);
            b->w[i / 32] &= ~(1u << (i % 32));
        }
    }
}

/* Digits of |x| rounded to fd fraction digits, half away from zero, into d;
 * returns the number of integer digits (at least 1). */
static int exact_fixed(double ax, int fd, char *d) {
    int e, k, n = 0, i, intlen;
    double frac = frexp(ax, &e); /* ax = frac * 2^e, 0.5 <= frac < 1 */
    uint64_t m = (uint64_t)ldexp(frac, 53);
    Big num, ip, half;
    char tmp[320]; /* integer digits: 309 at most */
    e -= 53;
    k = e < 0 ? -e : 0;
    memset(&num, 0, sizeof num);
    num.w[0] = (uint32_t)m;
    num.w[1] = (uint32_t)(m >> 32);
    for (i = 0; i < (e > 0 ? e : 0); i++) big_muladd(&num, 2, 0);
    big_split(&num, k, &ip);
    /* integer digits, most significant first */
    do tmp[n++] = (char)('0' + big_div10(&ip));
    while (!big_is_zero(&ip));
    for (i = 0; i < n; i++) d[i] = tmp[n - 1 - i];
    intlen = n;
    /* fraction digits: multiply the k-bit fraction by 10, take the carry out of bit k */
    for (i = 0; i < fd; i++) {
        Big digit;
        big_muladd(&num, 10, 0);
        big_split(&num, k, &digit);
        d[n++] = (char)('0' + digit.w[0]);
    }
    /* round: the remaining fraction compared with one half (ties go up) */
    memset(&half, 0, sizeof half);
    big_muladd(&num, 2, 0);
    big_split(&num, k, &half);
    if (half.w[0]) {
        for (i = n - 1; i >= 0 && d[i] == '9'; i--) d[i] = '0';
        if (i >= 0) d[i]++;
        else {
            memmove(d + 1, d, (size_t)n);
            d[0] = '1';
            n++;
            intlen++;
        }
    }
    d[n] = 0;
    return intlen;
}

TsString *ts_num_to_fixed(double x, double digits) {
    double f = to_int(digits);
    char d[256];
    int fd, intlen;
    TsBuf out;
    if (!(f >= 0 && f <= 100)) ts_throw_error(TS_ERR_RANGE, "toFixed() digits argument must be between 0 and 100");
    if (!isfinite(x) || fabs(x) >= 1e21) return ts_num_to_str(x);
    fd = (int)f;
    intlen = x == 0 ? (memset(d, '0', (size_t)fd + 1), 1) : exact_fixed(fabs(x), fd, d);
    buf_init(&out);
    if (x < 0) buf_putc(&out, '-'); /* "-0.00" for tiny negatives, as JS does */
    buf_put(&out, d, (size_t)intlen);
    if (fd > 0) {
        buf_putc(&out, '.');
        buf_put(&out, d + intlen, (size_t)fd);
    }
    return buf_to_str(&out);
}

/* The exact decimal expansion of a finite ax > 0: a double has at most
 * 53 - exponent fraction bits, and as many fraction digits then end it, so
 * nothing is rounded.  Writes the significant digits (no leading zeros) to
 * d, which must hold EXACT_DIGITS_MAX, sets *e10 to the power of ten of the
 * first one and returns their count. */
#define EXACT_DIGITS_MAX 1200
static int exact_digits(double ax, char *d, int *e10) {
    int e2, k, intlen, n, lead = 0;
    (void)frexp(ax, &e2);
    k = e2 < 53 ? 53 - e2 : 0;
    intlen = exact_fixed(ax, k, d);
    n = intlen + k;
    while (lead < n - 1 && d[lead] == '0') lead++;
    *e10 = intlen - 1 - lead;
    memmove(d, d + lead, (size_t)(n - lead));
    return n - lead;
}

TsString *ts_num_to_precision(double x, double digits) {
    double pd = to_int(digits);
    char d[200];
    int p, e, n = 0, i;
    TsBuf out;
    if (!isfinite(x)) return ts_num_to_str(x);
    if (!(pd >= 1 && pd <= 100)) ts_throw_error(TS_ERR_RANGE, "toPrecision() argument must be between 1 and 100");
    p = (int)pd;
    if (x == 0) {
        memset(d, '0', (size_t)p);
        e = 0;
    } else {
        /* exact digits: C libraries' printf is not exact this far (picolibc) */
        char *all = (char *)ts_alloc(EXACT_DIGITS_MAX);
        n = exact_digits(fabs(x), all, &e);
        if (n > p + 1) n = p + 1;
        memcpy(d, all, (size_t)n);
        ts_dealloc(all);
        for (; n < p; n++) d[n] = '0';
        e += round_digits(d, n, p);
    }
    buf_init(&out);
    if (x < 0) buf_putc(&out, '-');
    if (e < -6 || e >= p) {
        char ex[16];
        buf_putc(&out, d[0]);
        if (p > 1) {
            buf_putc(&out, '.');
            buf_put(&out, d + 1, (size_t)(p - 1));
        }
        buf_put(&out, ex, put_exp(ex, e));
    } else if (e >= 0) {
        buf_put(&out, d, (size_t)e + 1);
        if (p > e + 1) {
            buf_putc(&out, '.');
            buf_put(&out, d + e + 1, (size_t)(p - e - 1));
        }
    } else {
        buf_put(&out, "0.", 2);
        for (i = 0; i < -e - 1; i++) buf_putc(&out, '0');
        buf_put(&out, d, (size_t)p);
    }
    return buf_to_str(&out);
}

/* ------------------------------------------------------- toString(radix) */

static const char radix_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Digits of a non-negative finite x in the given radix: as few fraction
 * digits as needed to identify the double (within half an ulp), the way
 * V8 does it. */
TsString *ts_num_to_string_radix(double x, double radix_d) {
    double r = to_int(radix_d);
    int radix;
    char *ibuf, *fbuf;
    size_t ilen = 0, flen = 0, i;
    double integer, fraction, delta;
    TsBuf out;
    if (!(r >= 2 && r <= 36)) ts_throw_error(TS_ERR_RANGE, "toString() radix argument must be between 2 and 36");
    radix = (int)r;
    if (radix == 10 || !isfinite(x)) return ts_num_to_str(x);
    if (x == 0) return ts_str_from_cstr("0");
    ibuf = (char *)ts_alloc(1100);
    fbuf = (char *)ts_alloc(1100);
    integer = floor(fabs(x));
    fraction = fabs(x) - integer;
    delta = 0.5 * (nextafter(fabs(x), INFINITY) - fabs(x));
    if (delta < DBL_MIN * DBL_EPSILON) delta = DBL_MIN * DBL_EPSILON;
    if (fraction >= delta) {
        do {
            int digit;
            fraction *= radix;
            delta *= radix;
            digit = (int)fraction;
            fbuf[flen++] = radix_chars[digit];
            fraction -= digit;
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
                if (fraction + delta > 1) {
                    /* round up, dropping digits that carry over */
                    for (;;) {
                        if (flen == 0) {
                            integer += 1;
                            break;
                        }
                        digit = digit_val(fbuf[--flen]);
                        if (digit + 1 < radix) {
                            fbuf[flen++] = radix_chars[digit + 1];
                            break;
                        }
                    }
                    break;
                }
            }
        } while (fraction >= delta && flen < 1099);
    }
    /* Integer digits, least significant first. Past 2^53 the low digits
     * are not representable and print as zeros. */
    while (integer / radix >= 9007199254740992.0) {
        integer /= radix;
        ibuf[ilen++] = '0';
    }
    do {
        double rem = fmod(integer, radix);
        ibuf[ilen++] = radix_chars[(int)rem];
        integer = (integer - rem) / radix;
    } while (integer > 0 && ilen < 1099);
    buf_init(&out);
    if (x < 0) buf_putc(&out, '-');
    for (i = ilen; i > 0; i--) buf_putc(&out, ibuf[i - 1]);
    if (flen) {
        buf_putc(&out, '.');
        buf_put(&out, fbuf, flen);
    }
    ts_dealloc(ibuf);
    ts_dealloc(fbuf);
    return buf_to_str(&out);
}
