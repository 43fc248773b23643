/* fidelity.c - the runtime's Math functions against node's answers, bit for bit.
 *
 *   fidelity DIR
 *
 * Reads DIR/<name>.bin, written by tests/runners/math_fidelity.ts: records of
 * a call's arguments and node's result, as doubles.  Prints, per function, how
 * many results differ from node's (two NaNs are equal; +0 and -0 are not), and
 * the same count for the C library's function, which the runtime used before.
 * Exits 1 when any result of the runtime differs.  make test-math-fidelity. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tsfw.h"

static double ts_hypot2(double a, double b) {
    double xs[2];
    xs[0] = a;
    xs[1] = b;
    return ts_math_hypot(2, xs);
}

static double ts_hypot3(const double *xs) { return ts_math_hypot(3, xs); }

/* what the runtime did before: the C library's pow behind JavaScript's NaN cases */
static double libc_pow(double x, double y) {
    if (y != y) return NAN;
    if (y == 0) return 1;
    if ((x == 1 || x == -1) && isinf(y)) return NAN;
    return pow(x, y);
}

typedef struct {
    const char *name;
    double (*ours)(double);
    double (*libc)(double);
} Unary;

typedef struct {
    const char *name;
    double (*ours)(double, double);
    double (*libc)(double, double);
} Binary;

static const Unary unary[] = {
    {"sin", ts_math_sin, sin},       {"cos", ts_math_cos, cos},       {"tan", ts_math_tan, tan},
    {"log", ts_math_log, log},       {"log2", ts_math_log2, log2},    {"log10", ts_math_log10, log10},
    {"log1p", ts_math_log1p, log1p}, {"exp", ts_math_exp, exp},       {"expm1", ts_math_expm1, expm1},
    {"sinh", ts_math_sinh, sinh},    {"cosh", ts_math_cosh, cosh},    {"tanh", ts_math_tanh, tanh},
    {"asin", ts_math_asin, asin},    {"acos", ts_math_acos, acos},    {"atanh", ts_math_atanh, atanh},
    {"acosh", ts_math_acosh, acosh}, {"asinh", ts_math_asinh, asinh}, {"atan", ts_math_atan, atan},
    {"cbrt", ts_math_cbrt, cbrt},
};

static const Binary binary[] = {
    {"pow", ts_pow, libc_pow},
    {"atan2", ts_math_atan2, atan2},
    {"hypot2", ts_hypot2, hypot},
};

static int same(double a, double b) { return (a != a && b != b) || memcmp(&a, &b, sizeof a) == 0; }

/* the records of DIR/name.bin; NULL (and a message) when it cannot be read */
static double *load(const char *dir, const char *name, size_t width, size_t *rows) {
    char path[512];
    FILE *f;
    long size;
    double *d;
    snprintf(path, sizeof path, "%s/%s.bin", dir, name);
    f = fopen(path, "rb");
    if (!f || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET) != 0) {
        fprintf(stderr, "fidelity: cannot read %s\n", path);
        if (f) fclose(f);
        return NULL;
    }
    *rows = (size_t)size / (width * sizeof(double));
    d = malloc(*rows * width * sizeof(double));
    if (!d || fread(d, width * sizeof(double), *rows, f) != *rows) {
        fprintf(stderr, "fidelity: cannot read %s\n", path);
        free(d);
        d = NULL;
    }
    fclose(f);
    return d;
}

static void example(const char *name, const double *args, int arity, double ours, double node) {
    int i;
    printf("      %s(", name);
    for (i = 0; i < arity; i++) printf("%s%a", i ? ", " : "", args[i]);
    printf("): runtime %a (%.17g), node %a (%.17g)\n", ours, ours, node, node);
}

/* prints one function's line; returns the runtime's count of differences */
static size_t report(const char *name, size_t rows, size_t ours, long libc) {
    if (libc < 0) printf("  %-7s %8zu inputs %8zu differ\n", name, rows, ours);
    else printf("  %-7s %8zu inputs %8zu differ   (C library: %ld)\n", name, rows, ours, libc);
    return ours;
}

int main(int argc, char **argv) {
    size_t i, k, rows, bad, total = 0;
    long libc;
    double *d, r;
    int failed = 0;
    if (argc != 2) {
        fprintf(stderr, "usage: fidelity DIR\n");
        return 2;
    }
    for (k = 0; k < sizeof unary / sizeof unary[0]; k++) {
        if (!(d = load(argv[1], unary[k].name, 2, &rows))) return 2;
        for (i = 0, bad = 0, libc = 0; i < rows; i++) {
            const double *rec = d + 2 * i;
            r = unary[k].ours(rec[0]);
            if (!same(r, rec[1]) && bad++ < 3) example(unary[k].name, rec, 1, r, rec[1]);
            libc += !same(unary[k].libc(rec[0]), rec[1]);
        }
        total += report(unary[k].name, rows, bad, libc);
        free(d);
    }
    for (k = 0; k < sizeof binary / sizeof binary[0]; k++) {
        if (!(d = load(argv[1], binary[k].name, 3, &rows))) return 2;
        for (i = 0, bad = 0, libc = 0; i < rows; i++) {
            const double *rec = d + 3 * i;
            r = binary[k].ours(rec[0], rec[1]);
            if (!same(r, rec[2]) && bad++ < 3) example(binary[k].name, rec, 2, r, rec[2]);
            libc += !same(binary[k].libc(rec[0], rec[1]), rec[2]);
        }
        total += report(binary[k].name, rows, bad, libc);
        free(d);
    }
    if (!(d = load(argv[1], "hypot3", 4, &rows))) return 2;
    for (i = 0, bad = 0; i < rows; i++) {
        const double *rec = d + 4 * i;
        r = ts_hypot3(rec);
        if (!same(r, rec[3]) && bad++ < 3) example("hypot", rec, 3, r, rec[3]);
    }
    total += report("hypot3", rows, bad, -1);
    free(d);
    failed = total != 0;
    printf("math fidelity: %zu result(s) differ from node's%s\n", total, failed ? "" : ": every function matches");
    return failed;
}
