/* exc.c - exceptions: the root stack, try frames, throwing with unwinding,
 * and what becomes of an error that nothing catches. tsfw.h describes the
 * model; docs/exceptions.md the C that compiled code emits for it. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "rt_internal.h"

const TsLoc *ts_loc;
TsTry *ts_try_top;
TsRoots ts_roots;

/* The value on its way from a throw to the ts_caught() of the catch where
 * it lands (owned in between). */
static TsValue in_flight;
/* Where the last value that is not an error was thrown (an error carries
 * the position where it was created). */
static const TsLoc *thrown_at;

/* A root entry keeps its kind in the two low bits of the address: every
 * registered object is at least 4-byte aligned. */
struct root_align_probe {
    char c;
    TsString *p;
};
typedef char root_entries_need_4_byte_alignment[offsetof(struct root_align_probe, p) >= 4 ? 1 : -1];

void ts_roots_grow(void) {
    size_t cap = ts_roots.cap ? ts_roots.cap * 2 : 64;
    ts_roots.items = (uintptr_t *)ts_realloc(ts_roots.items, cap * sizeof *ts_roots.items);
    ts_roots.cap = cap;
}

static void release_root(uintptr_t entry) {
    uintptr_t addr = entry & ~(uintptr_t)3;
    switch (entry & 3) {
    case TS_ROOT_VAL: ts_release(*(volatile TsValue *)addr); break;
    case TS_ROOT_STR: ts_str_release(*(TsString *volatile *)addr); break;
    case TS_ROOT_BOX: {
        TsBox *b = *(TsBox *volatile *)addr;
        if (b) ts_heap_release(&b->h);
        break;
    }
    default: {
        TsCleanup *c = (TsCleanup *)addr;
        c->run(c);
        break;
    }
    }
}

/* Releases what the frames between the throw and t own: their roots,
 * innermost first, then the temporaries of their statements. */
static void unwind(const TsTry *t) {
    while (ts_roots.len > t->root_mark) release_root(ts_roots.items[--ts_roots.len]);
    ts_tmp_release(t->tmp_mark);
}

/* Prints the error as node reports an uncaught one and ends the program.
 * Nothing is unwound: what the program held stays reachable for leak
 * checkers. */
static void uncaught(TsValue v) {
    TsBuf b;
    TsString *s = ts_is_error(v) ? inspect_uncaught(v) : ts_inspect(v);
    buf_init(&b);
    buf_puts(&b, "Uncaught ");
    buf_put_str(&b, s);
    ts_str_release(s);
    if (!ts_is_error(v) && thrown_at) {
        buf_puts(&b, "\n    at ");
        buf_put_loc(&b, thrown_at);
    }
    buf_putc(&b, '\n');
    ts_err_write(b.data, b.len);
    buf_free(&b);
    fflush(stderr);
    exit(1);
}

/* Throws v, which the caller gives up (owned). */
static void throw_owned(TsValue v) TS_NORETURN;
static void throw_owned(TsValue v) {
    TsTry *t = ts_try_top;
    if (!t) uncaught(v);
    unwind(t);
    ts_try_top = t->prev;
    ts_loc = t->loc;
    in_flight = v;
    longjmp(t->jb, 1);
}

void ts_throw(TsValue v) {
    if (!ts_is_error(v)) thrown_at = ts_loc;
    ts_retain(v);
    throw_owned(v);
}

TsValue ts_caught(void) {
    TsValue v = in_flight;
    in_flight = ts_undefined();
    return v;
}

void ts_throw_error(TsErrorKind kind, const char *fmt, ...) {
    va_list ap, again;
    int n;
    char *text;
    TsString *msg;
    TsValue e;
    va_start(ap, fmt);
    va_copy(again, ap);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    text = (char *)ts_alloc((size_t)n + 1);
    vsnprintf(text, (size_t)n + 1, fmt, again);
    va_end(again);
    msg = ts_str_new(text, (size_t)n);
    ts_dealloc(text);
    e = error_of_kind(kind, msg);
    ts_str_release(msg);
    throw_owned(e);
}

TsString *ts_exception_text(TsValue v) {
    TsBuf b;
    TsString *s = ts_is_error(v) ? error_header(v.u.obj) : ts_inspect(v);
    const TsLoc *loc = ts_is_error(v) ? error_loc(v.u.obj) : thrown_at;
    buf_init(&b);
    buf_put_str(&b, s);
    ts_str_release(s);
    if (loc) {
        buf_puts(&b, " at ");
        buf_put_loc(&b, loc);
    }
    return buf_to_str(&b);
}

void ts_panic(const char *fmt, ...) {
    va_list ap;
    ts_out_flush();
    fputs("FATAL: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    exit(1);
}

void exc_shutdown(void) {
    ts_dealloc(ts_roots.items);
    ts_roots.items = NULL;
    ts_roots.len = ts_roots.cap = 0;
}

static void free_buf(TsCleanup *c) { buf_free(((BufGuard *)c)->buf); }

void buf_guard(BufGuard *g, TsBuf *b) {
    g->c.run = free_buf;
    g->buf = b;
    ts_root_cleanup(&g->c);
}

static void free_mem(TsCleanup *c) { ts_dealloc(((MemGuard *)c)->p); }

void mem_guard(MemGuard *g, void *p) {
    g->c.run = free_mem;
    g->p = p;
    ts_root_cleanup(&g->c);
}
