/* hello.c - the emulated targets' smoke test.
 *
 *   hello INPUT OUTPUT [STATUS]
 *
 * Built three ways (host, lx106, rv32) from this one source; the three
 * stdout streams and OUTPUT files must be byte-identical (mk/emu.mk,
 * target emu-hello).  It exercises what the runtime needs from the
 * toolchain: double arithmetic and printing (%.17g), strtod, 64-bit integer
 * division, malloc/free/realloc, and host file I/O through semihosting.
 * It returns STATUS (default 0) so the runner can check that exit codes
 * travel through semihosting.
 */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned failures;

static void check(int ok, const char *what) {
    if (!ok) {
        failures++;
        printf("FAIL %s\n", what);
    }
}

/* Shortest "%.*g" that reads back to the same double: what a JS-style
 * number printer does.  Round-tripping is monotone in the precision, so a
 * binary search over 1..17 finds it. */
static int shortest(char *buf, size_t size, double d) {
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(buf, size, "%.*g", mid, d);
        if (strtod(buf, NULL) == d) hi = mid;
        else lo = mid + 1;
    }
    return snprintf(buf, size, "%.*g", lo, d);
}

static void print_double(const char *label, double d) {
    char buf[40];
    if (isnan(d)) {
        printf("%s = NaN\n", label);
        return;
    }
    shortest(buf, sizeof buf, d);
    printf("%s = %s\n", label, buf);
}

/* "%.17g" itself is printed only for values whose shortest round-trip form
 * has 17 digits: for the others picolibc prints the shortest form where
 * glibc prints the exact 17-digit expansion (tests/emu/README.md). */
static void print_17g(const char *label, double d) { printf("%s = %.17g\n", label, d); }

static void test_doubles(void) {
    volatile double a = 0.1, b = 0.2, three = 3.0, big = 1e308;
    double h = 0.0, prod = 1.0;
    int k;

    print_17g("%.17g 0.1+0.2", a + b);
    print_17g("%.17g 0.1*3", a * three);
    print_17g("%.17g DBL_MAX", 1.7976931348623157e308 + a - a);
    print_17g("%.17g DBL_MIN", 2.2250738585072014e-308 * (three - 2.0));
    print_double("0.1+0.2", a + b);
    print_double("1/3", 1.0 / three);
    print_double("0.1*3", a * three);
    print_double("0.2-0.1", b - a);
    print_double("1e308*10", big * 10.0);
    print_double("-1e308*10", -big * 10.0);
    print_double("0/0", (big * 10.0) - (big * 10.0));
    print_double("-0", -(a - a));
    print_double("2^53+3-2", 9007199254740992.0 + (double)(int)three - 2.0);
    print_double("denormal", 4.9406564584124654e-324 * three);
    for (k = 1; k <= 1000; k++) h += 1.0 / k;
    print_double("H(1000)", h);
    for (k = 1; k <= 20; k++) prod *= k;
    print_double("20!", prod);
    print_double("sqrt(2)", sqrt(2.0 * (double)(int)a + 2.0));
    print_double("floor(-2.5)", floor(-2.5 + a - a));
    print_double("fmod(10,3)", fmod(10.0 + a - a, three));
    print_double("int->double", (double)(int32_t)-2147483647);
    print_double("double->int", (double)(int32_t)(-1e9 - 0.75 + a - a));
    printf("1.5 < 2.5: %d, NaN == NaN: %d\n", a + 1.4 < b + 2.3, (big * 10 - big * 10) == (big * 10 - big * 10));
    printf("%%g %g %%e %e %%f %f\n", 1234567.0 * a, 1e-7 + a - a, 2.5 + a - a);
}

static void test_strtod(void) {
    static const char *const inputs[] = {
        "3.14159",
        "1e-300",
        "2.2250738585072014e-308",
        "4.9e-324",
        "1.7976931348623157e308",
        "123456789012345678901234567890",
        ".5",
        "-0",
        "  42abc",
        "0.1",
        "9007199254740993",
        "1e400",
        "-1e-400",
        "0.30000000000000004",
        "2.5e+3x",
    };
    size_t i;
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        char *end;
        double d = strtod(inputs[i], &end);
        char label[64];
        snprintf(label, sizeof label, "strtod(\"%s\") [end %d]", inputs[i], (int)(end - inputs[i]));
        print_double(label, d);
    }
    /* Round trips: print with 17 digits, parse back, compare bits. */
    {
        volatile double x = 1.0;
        unsigned ok = 0, n = 0;
        for (i = 0; i < 200; i++) {
            char buf[40];
            double y;
            x = x * 1.37 + 1.0 / (double)(i + 3);
            snprintf(buf, sizeof buf, "%.17g", x);
            y = strtod(buf, NULL);
            ok += (y == x);
            n++;
        }
        printf("round trips: %u/%u\n", ok, n);
        check(ok == n, "round trips");
    }
}

static uint64_t rng_state = UINT64_C(0x9e3779b97f4a7c15);

static uint64_t rng(void) {
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static uint32_t fnv1a(const unsigned char *p, size_t n, uint32_t h) {
    while (n--) h = (h ^ *p++) * 16777619u;
    return h;
}

/* Many doubles from random bit patterns: hash their shortest forms, and
 * hash the bits strtod gives back for random decimal strings.  The host
 * and both targets must print the same hashes. */
static void test_bulk(void) {
    uint32_t h_print = 2166136261u, h_parse = 2166136261u;
    unsigned i, n = 0;
    for (i = 0; i < 400; i++) {
        uint64_t bits = rng();
        double d;
        char buf[40];
        int len;
        memcpy(&d, &bits, sizeof d);
        if (isnan(d) || isinf(d)) continue;
        len = shortest(buf, sizeof buf, d);
        h_print = fnv1a((const unsigned char *)buf, (size_t)len, h_print);
        n++;
    }
    for (i = 0; i < 400; i++) {
        char buf[48];
        double d;
        uint64_t bits;
        /* One call per statement: argument evaluation order differs
         * between compilers. */
        unsigned lead = (unsigned)(rng() % 10);
        unsigned mid = (unsigned)(rng() % 100000000u);
        unsigned low = (unsigned)(rng() % 100000000u);
        int exp10 = (int)(rng() % 617) - 308;
        snprintf(buf, sizeof buf, "%u.%08u%08ue%d", lead, mid, low, exp10);
        d = strtod(buf, NULL);
        memcpy(&bits, &d, sizeof bits);
        h_parse = fnv1a((const unsigned char *)&bits, sizeof bits, h_parse);
    }
    printf("bulk: %u shortest forms hash %08" PRIx32 ", 400 strtod results hash %08" PRIx32 "\n", n, h_print, h_parse);
}

static void test_int64(void) {
    volatile int64_t a = INT64_C(9007199254740993), b = INT64_C(-1234567);
    volatile uint64_t ua = UINT64_C(18446744073709551557), ub = UINT64_C(4294967311);
    volatile int32_t c = -7, d = 3;
    volatile uint32_t e = 4000000000u, f = 7;
    int64_t fact = 1;
    int k;

    printf("i64 div %" PRId64 " mod %" PRId64 "\n", a / b, a % b);
    printf("i64 mul %" PRId64 "\n", (a >> 20) * b);
    printf("u64 div %" PRIu64 " mod %" PRIu64 "\n", ua / ub, ua % ub);
    printf("u64 hex %" PRIx64 "\n", ua >> 3);
    printf("i32 div %d mod %d  u32 div %u mod %u\n", (int)(c / d), (int)(c % d), (unsigned)(e / f), (unsigned)(e % f));
    for (k = 1; k <= 20; k++) fact *= k;
    printf("20! = %" PRId64 " /13 = %" PRId64 "\n", fact, fact / 13);
    printf("i64->double %.17g double->i64 %" PRId64 "\n", (double)a, (int64_t)(1e18 + (double)(int)d));
    printf("INT64_MIN/-1 avoided, INT64_MIN/2 = %" PRId64 "\n", INT64_MIN / (int64_t)(d - 1));
}

static void test_heap(void) {
    enum {
        N = 64
    };
    unsigned char *blocks[N];
    unsigned long sum = 0;
    int i, j;
    char *grow = NULL;
    size_t cap = 0;

    for (i = 0; i < N; i++) {
        size_t size = (size_t)(i * 37 % 200 + 1);
        blocks[i] = malloc(size);
        check(blocks[i] != NULL, "malloc");
        if (!blocks[i]) return;
        for (j = 0; j < (int)size; j++) blocks[i][j] = (unsigned char)(i + j);
    }
    for (i = 0; i < N; i += 2) {
        free(blocks[i]);
        blocks[i] = NULL;
    }
    for (i = 1; i < N; i += 2) {
        size_t size = (size_t)(i * 37 % 200 + 1);
        for (j = 0; j < (int)size; j++) sum += blocks[i][j];
        free(blocks[i]);
    }
    for (i = 0; i < 12; i++) {
        cap = cap ? cap * 2 : 16;
        grow = realloc(grow, cap);
        check(grow != NULL, "realloc");
        if (!grow) return;
        memset(grow + cap / 2, 'a' + i, cap - cap / 2);
    }
    printf("heap: checksum %lu, grown to %u, last byte %c\n", sum, (unsigned)cap, grow[cap - 1]);
    free(grow);
}

static void test_files(const char *in_path, const char *out_path) {
    FILE *in = fopen(in_path, "r");
    FILE *out;
    char line[128];
    unsigned lines = 0;
    size_t bytes = 0;
    uint32_t hash = 2166136261u;

    if (!in) {
        printf("cannot open %s\n", in_path);
        failures++;
        return;
    }
    while (fgets(line, sizeof line, in)) {
        size_t n = strlen(line);
        if (lines == 0) printf("first line: %s", line);
        lines++;
        bytes += n;
        hash = fnv1a((const unsigned char *)line, n, hash);
    }
    fclose(in);
    printf("input: %u lines, %u bytes, fnv1a %08" PRIx32 "\n", lines, (unsigned)bytes, hash);

    out = fopen(out_path, "w");
    if (!out) {
        printf("cannot create output file\n");
        failures++;
        return;
    }
    fprintf(out, "lines=%u bytes=%u hash=%08" PRIx32 "\n", lines, (unsigned)bytes, hash);
    {
        char pi[40];
        shortest(pi, sizeof pi, 4.0 * atan(1.0));
        fprintf(out, "pi=%s\n", pi);
    }
    fclose(out);

    /* Read it back through the low-level path. */
    out = fopen(out_path, "r");
    if (!out) {
        failures++;
        return;
    }
    bytes = fread(line, 1, sizeof line - 1, out);
    line[bytes] = 0;
    fclose(out);
    printf("output file read back: %u bytes\n", (unsigned)bytes);
}

int main(int argc, char **argv) {
    int status = argc > 3 ? atoi(argv[3]) : 0;

    printf("hello from the emulated targets' test\n");
    test_doubles();
    test_strtod();
    test_bulk();
    test_int64();
    test_heap();
    if (argc > 2) test_files(argv[1], argv[2]);
    else {
        printf("usage: hello INPUT OUTPUT [STATUS]\n");
        failures++;
    }
    printf("failures: %u\n", failures);
    fflush(stdout);
    return failures ? 99 : status;
}
