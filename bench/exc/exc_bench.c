/* exc_bench.c - what exceptions cost compiled code on the path that does
 * not throw: entering and leaving a try frame, registering a root; and, for
 * scale, a throw caught one frame up and a throw through a frame that holds
 * owned locals. Each figure is ns per iteration above the same loop without
 * the construct (best of RUNS). Run by bench/exc/run.sh. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime: a host benchmark */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "tsfw.h"

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); /* CPU time: the machine may be shared */
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* The loop body, called through a pointer so that it is not inlined. */
static double body_impl(double x) { return x * 1.0000001 + 1; }
static double (*volatile body)(double) = body_impl;
/* The state the loops carry: a global in every variant, so that none pays
 * for the volatile a local assigned in a try block needs. */
static double acc;

static double plain(long n) {
    double t0 = now_ns();
    long i;
    for (i = 0; i < n; i++) acc = body(acc);
    return (now_ns() - t0) / (double)n;
}

/* for (...) { try { acc = body(acc); } catch { } } */
static double with_try(long n) {
    double t0 = now_ns();
    long i;
    for (i = 0; i < n; i++) {
        TsTry t;
        ts_try_enter(&t);
        if (setjmp(t.jb) == 0) {
            acc = body(acc);
            ts_try_leave(&t);
        } else {
            ts_release(ts_caught());
        }
    }
    return (now_ns() - t0) / (double)n;
}

/* for (...) { const v = ...; (an owned local, registered and popped) x = body(x); } */
static double with_root(long n) {
    double t0 = now_ns();
    long i;
    for (i = 0; i < n; i++) {
        size_t rm = ts_roots_mark();
        TsValue v = ts_num(acc);
        ts_root_val(&v);
        acc = body(v.u.num);
        ts_roots_pop(rm);
    }
    return (now_ns() - t0) / (double)n;
}

static void thrower(double x) {
    size_t rm = ts_roots_mark();
    TsValue owned = ts_arr_new(0);
    ts_root_val(&owned);
    ts_arr_push(owned, ts_num(x));
    ts_throw(owned);
    ts_roots_pop(rm); /* not reached */
}

/* for (...) { try { throw through a frame holding an array } catch (e) { } } */
static double with_throw(long n) {
    double t0 = now_ns();
    long i;
    for (i = 0; i < n; i++) {
        TsTry t;
        ts_try_enter(&t);
        if (setjmp(t.jb) == 0) {
            thrower((double)i);
            ts_try_leave(&t);
        } else {
            ts_release(ts_caught());
        }
    }
    return (now_ns() - t0) / (double)n;
}

static double best(double (*f)(long), long n, int runs) {
    double b = 1e30;
    int r;
    for (r = 0; r < runs; r++) {
        double v = f(n);
        if (v < b) b = v;
    }
    return b;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 20000000;
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    double base, t, r, th;
    ts_rt_init(argc, argv);
    base = best(plain, n, runs);
    t = best(with_try, n, runs);
    r = best(with_root, n, runs);
    th = best(with_throw, n / 20, runs);
    printf("loop body alone:            %6.2f ns/iteration\n", base);
    printf("try frame enter + leave:    %6.2f ns (+%.2f)\n", t, t - base);
    printf("root register + pop:        %6.2f ns (+%.2f)\n", r, r - base);
    printf("throw + catch, 1 frame with an owned array: %6.1f ns\n", th);
    return ts_rt_exit();
}
