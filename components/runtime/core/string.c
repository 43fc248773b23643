/* string.c - immutable WTF-8 strings with JS (UTF-16) indexing.
 *
 * ASCII strings (len == len16) take byte-level fast paths everywhere. For
 * other strings, single-unit access maps a UTF-16 index to a byte offset
 * with a one-entry cursor cache (so loops over s[i] stay linear), and the
 * heavier operations work on a temporary UTF-16 copy. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

#define MAX_STR_LEN 536870888u /* V8's limit, in UTF-16 units */

static TsString empty_str = TS_STR_LIT("", 0, 0);
TsString *ts_str_empty(void) { return &empty_str; }

/* Immortal one-character ASCII strings, so s[i] on ASCII never allocates. */
static char ascii_bytes[128][2];
static TsString ascii_strs[128];
static bool ascii_ready;

static TsString *ascii_char(unsigned c) {
    if (!ascii_ready) {
        unsigned i;
        for (i = 0; i < 128; i++) {
            TsString s = TS_STR_LIT(ascii_bytes[i], 1, 1);
            ascii_bytes[i][0] = (char)i;
            ascii_bytes[i][1] = 0;
            ascii_strs[i] = s;
        }
        ascii_ready = true;
    }
    return &ascii_strs[c];
}

/* ----------------------------------------------------------- allocation */

static inline TsString *str_alloc(size_t len, size_t len16) {
    TsString *s;
    if (len16 > MAX_STR_LEN) ts_throw_error(TS_ERR_RANGE, "Invalid string length");
    s = (TsString *)ts_heap_new(sizeof(TsString) + len + 1, TS_STRING);
    s->len = (uint32_t)len;
    s->len16 = (uint32_t)len16;
    /* all the room of a pool block: `w += c` fills it before moving out */
    s->cap = (uint32_t)(s->h.pool ? s->h.pool * TS_POOL_GRAIN - sizeof(TsString) : len + 1);
    s->data = (char *)(s + 1);
    s->data[len] = 0;
    return s;
}

/* JS .length (UTF-16 code units) of WTF-8 text. */
size_t str_count16(const char *p, size_t len) {
    size_t i = 0, n;
    /* ASCII runs eight bytes at a time: each byte is one unit */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & UINT64_C(0x8080808080808080)) break;
    }
    n = i;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c & 0xC0) != 0x80) n += c >= 0xF0 ? 2 : 1;
    }
    return n;
}

TsString *str_new_ascii(const char *bytes, size_t len) {
    TsString *s;
    if (len == 0) return &empty_str;
    if (len == 1 && (unsigned char)bytes[0] < 128) return ascii_char((unsigned char)bytes[0]);
    s = str_alloc(len, len);
    memcpy(s->data, bytes, len);
    return s;
}

TsString *ts_str_new(const char *bytes, size_t len) {
    TsString *s;
    size_t len16 = str_count16(bytes, len);
    if (len16 == len) return str_new_ascii(bytes, len);
    s = str_alloc(len, len16);
    memcpy(s->data, bytes, len);
    return s;
}

TsString *ts_str_from_cstr(const char *s) { return ts_str_new(s, strlen(s)); }

/* --------------------------------------------------------------- WTF-8 */

uint32_t wtf8_decode(const char *p, size_t len, size_t *i) {
    const unsigned char *u = (const unsigned char *)p;
    size_t k = *i;
    uint32_t c = u[k];
    if (c < 0x80) {
        *i = k + 1;
        return c;
    }
    if (c >= 0xF0 && k + 4 <= len) {
        *i = k + 4;
        return ((c & 0x07) << 18) | ((uint32_t)(u[k + 1] & 0x3F) << 12) | ((uint32_t)(u[k + 2] & 0x3F) << 6) |
               (u[k + 3] & 0x3F);
    }
    if (c >= 0xE0 && k + 3 <= len) {
        *i = k + 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(u[k + 1] & 0x3F) << 6) | (u[k + 2] & 0x3F);
    }
    if (c >= 0xC0 && k + 2 <= len) {
        *i = k + 2;
        return ((c & 0x1F) << 6) | (u[k + 1] & 0x3F);
    }
    *i = k + 1; /* malformed: never produced by the runtime */
    return 0xFFFD;
}

static size_t wtf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static bool is_lone_high_at_end(const char *p, size_t len) {
    return len >= 3 && (unsigned char)p[len - 3] == 0xED && ((unsigned char)p[len - 2] & 0xF0) == 0xA0;
}

static bool is_lone_low_at_start(const char *p, size_t len) {
    return len >= 3 && (unsigned char)p[0] == 0xED && ((unsigned char)p[1] & 0xF0) == 0xB0;
}

/* ------------------------------------------------------------ builders */

void buf_init(TsBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
}

void buf_free(TsBuf *b) {
    ts_dealloc(b->data);
    buf_init(b);
}

static void buf_reserve(TsBuf *b, size_t extra) {
    if (b->len + extra + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + extra + 1) cap *= 2;
        b->data = (char *)ts_realloc(b->data, cap);
        b->cap = cap;
    }
}

void buf_put(TsBuf *b, const char *bytes, size_t n) {
    if (n == 0) return;
    /* A lone high surrogate followed by a lone low one is one code point. */
    if (is_lone_high_at_end(b->data, b->len) && is_lone_low_at_start(bytes, n)) {
        size_t i = b->len - 3, j = 0;
        uint32_t hi = wtf8_decode(b->data, b->len, &i);
        uint32_t lo = wtf8_decode(bytes, n, &j);
        b->len -= 3;
        buf_reserve(b, 4);
        b->len += wtf8_encode(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00), b->data + b->len);
        bytes += 3;
        n -= 3;
        if (n == 0) return;
    }
    buf_reserve(b, n);
    memcpy(b->data + b->len, bytes, n);
    b->len += n;
}

void buf_puts(TsBuf *b, const char *s) { buf_put(b, s, strlen(s)); }

void buf_putc(TsBuf *b, char c) {
    buf_reserve(b, 1);
    b->data[b->len++] = c;
}

void buf_put_str(TsBuf *b, TsString *s) {
    if (!s) buf_put(b, "undefined", 9);
    else buf_put(b, s->data, s->len);
}

void buf_put_cp(TsBuf *b, uint32_t cp) {
    char tmp[4];
    buf_put(b, tmp, wtf8_encode(cp, tmp));
}

/* A text of at least this many bytes keeps the buffer it was built in as its
 * data, shrunk to fit, instead of a copy: a large JSON.stringify or join is
 * not held twice. A shorter one is copied next to its header (one block). */
#define BUF_ADOPT_MIN 1024

static TsString *buf_adopt(TsBuf *b) {
    size_t len16 = str_count16(b->data, b->len);
    TsString *s;
    if (len16 > MAX_STR_LEN) ts_throw_error(TS_ERR_RANGE, "Invalid string length");
    s = (TsString *)ts_heap_new(sizeof(TsString), TS_STRING);
    s->len = (uint32_t)b->len;
    s->len16 = (uint32_t)len16;
    s->cap = (uint32_t)(b->len + 1);
    s->data = (char *)ts_realloc(b->data, b->len + 1);
    s->data[b->len] = 0;
    buf_init(b);
    return s;
}

TsString *buf_to_str(TsBuf *b) {
    BufGuard g; /* text past the longest string throws a RangeError */
    size_t rm = ts_roots_mark();
    TsString *s;
    buf_guard(&g, b);
    s = b->len >= BUF_ADOPT_MIN ? buf_adopt(b) : ts_str_new(b->data ? b->data : "", b->len);
    ts_roots_pop(rm);
    buf_free(b);
    return s;
}

/* ---------------------------------------------------------- UTF-16 view */

uint16_t *str_to_u16(TsString *s, uint32_t *n) {
    uint16_t *u = (uint16_t *)ts_alloc(((size_t)s->len16 + 1) * sizeof(uint16_t));
    size_t i = 0, k = 0;
    while (i < s->len) {
        uint32_t cp = wtf8_decode(s->data, s->len, &i);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            u[k++] = (uint16_t)(0xD800 + (cp >> 10));
            u[k++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
        } else {
            u[k++] = (uint16_t)cp;
        }
    }
    *n = (uint32_t)k;
    return u;
}

TsString *str_from_u16(const uint16_t *u, size_t n) {
    TsBuf b;
    size_t i;
    buf_init(&b);
    for (i = 0; i < n; i++) {
        uint32_t c = u[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00u);
            i++;
        }
        buf_put_cp(&b, c);
    }
    return buf_to_str(&b);
}

/* A read-only UTF-16 view: ASCII strings are used in place. */
typedef struct View {
    const unsigned char *b;
    uint16_t *u;
    uint32_t n;
} View;

static void view_init(View *v, TsString *s) {
    if (s->len == s->len16) {
        v->b = (const unsigned char *)s->data;
        v->u = NULL;
        v->n = s->len;
    } else {
        v->b = NULL;
        v->u = str_to_u16(s, &v->n);
    }
}

static uint16_t vu(const View *v, uint32_t i) { return v->u ? v->u[i] : v->b[i]; }
static void view_free(View *v) { ts_dealloc(v->u); }

/* ------------------------------------------- unit index -> byte offset */

static TsString *cur_s;
static uint32_t cur_unit;
static size_t cur_byte;

void str_forget_cache(TsString *s) {
    if (cur_s == s) cur_s = NULL;
}

/* Byte offset of the code point holding unit u (< len16); *second is set
 * when u is the trailing half of a surrogate pair. */
static size_t unit_to_byte(TsString *s, uint32_t u, bool *second) {
    uint32_t cu = 0;
    size_t cb = 0;
    const unsigned char *p = (const unsigned char *)s->data;
    if (cur_s == s && cur_unit <= u) {
        cu = cur_unit;
        cb = cur_byte;
    } else if (cur_s == s && u < cur_unit && cur_unit - u < u) {
        /* walk back from the cursor */
        cu = cur_unit;
        cb = cur_byte;
        while (cu > u) {
            do cb--;
            while ((p[cb] & 0xC0) == 0x80);
            cu -= p[cb] >= 0xF0 ? 2 : 1;
        }
    }
    for (;;) {
        uint32_t w = p[cb] >= 0xF0 ? 2 : 1;
        if (u < cu + w) break;
        cu += w;
        if (p[cb] < 0x80) cb += 1;
        else if (p[cb] >= 0xF0) cb += 4;
        else if (p[cb] >= 0xE0) cb += 3;
        else cb += 2;
    }
    cur_s = s;
    cur_unit = cu;
    cur_byte = cb;
    *second = u != cu;
    return cb;
}

uint16_t str_unit_at(TsString *s, uint32_t i) {
    bool second;
    size_t b, k;
    uint32_t cp;
    if (s->len == s->len16) return (unsigned char)s->data[i];
    b = unit_to_byte(s, i, &second);
    k = b;
    cp = wtf8_decode(s->data, s->len, &k);
    if (cp >= 0x10000) {
        cp -= 0x10000;
        return (uint16_t)(second ? 0xDC00 + (cp & 0x3FF) : 0xD800 + (cp >> 10));
    }
    return (uint16_t)cp;
}

/* The string of one UTF-16 unit at i (< len16). */
static TsString *unit_str(TsString *s, uint32_t i) {
    bool second;
    size_t b, k;
    uint32_t cp;
    if (s->len == s->len16) return ascii_char((unsigned char)s->data[i]);
    b = unit_to_byte(s, i, &second);
    k = b;
    cp = wtf8_decode(s->data, s->len, &k);
    if (cp >= 0x10000) {
        char tmp[3];
        cp -= 0x10000;
        cp = second ? 0xDC00 + (cp & 0x3FF) : 0xD800 + (cp >> 10);
        wtf8_encode(cp, tmp);
        return ts_str_new(tmp, 3);
    }
    return ts_str_new(s->data + b, k - b);
}

/* Units [from, to) as a new string. */
static TsString *slice_units(TsString *s, uint32_t from, uint32_t to) {
    bool second;
    size_t b0, b1;
    TsBuf b;
    if (from >= to) return &empty_str;
    if (from == 0 && to == s->len16) return ts_str_retain(s);
    if (s->len == s->len16) return str_new_ascii(s->data + from, to - from);
    if (to - from == 1) return unit_str(s, from);
    buf_init(&b);
    b0 = unit_to_byte(s, from, &second);
    if (second) { /* starts with the trailing half of a pair */
        TsString *lo = unit_str(s, from);
        buf_put_str(&b, lo);
        ts_str_release(lo);
        b0 += 4;
        from++;
    }
    if (to < s->len16) {
        b1 = unit_to_byte(s, to, &second);
        buf_put(&b, s->data + b0, b1 - b0);
        if (second) { /* ends with the leading half of a pair */
            TsString *hi = unit_str(s, to - 1);
            buf_put_str(&b, hi);
            ts_str_release(hi);
        }
    } else {
        buf_put(&b, s->data + b0, s->len - b0);
    }
    return buf_to_str(&b);
}

/* ----------------------------------------------------- index arithmetic */

/* ToIntegerOrInfinity */
static double to_int(double d) {
    if (d != d) return 0;
    d = d < 0 ? ceil(d) : floor(d);
    return d == 0 ? 0 : d;
}

static uint32_t clamp_len(double d, uint32_t len) {
    if (d <= 0) return 0;
    if (d >= len) return len;
    return (uint32_t)d;
}

/* Relative index (negative counts from the end), clamped to [0, len]. */
static uint32_t rel_index(double d, uint32_t len) {
    d = to_int(d);
    if (d < 0) d += len;
    return clamp_len(d, len);
}

/* ------------------------------------------------------------ basics */

TsString *ts_str_concat(TsString *a, TsString *b) {
    TsString *s;
    if (!a) a = ts_tmp_str(ts_str_from_cstr("undefined"));
    if (!b) b = ts_tmp_str(ts_str_from_cstr("undefined"));
    if (a->len == 0) return ts_str_retain(b);
    if (b->len == 0) return ts_str_retain(a);
    if (is_lone_high_at_end(a->data, a->len) && is_lone_low_at_start(b->data, b->len)) {
        TsBuf buf;
        buf_init(&buf);
        buf_put_str(&buf, a);
        buf_put_str(&buf, b);
        return buf_to_str(&buf);
    }
    s = str_alloc((size_t)a->len + b->len, (size_t)a->len16 + b->len16);
    memcpy(s->data, a->data, a->len);
    memcpy(s->data + a->len, b->data, b->len);
    return s;
}

void ts_str_append(TsString **sp, TsString *t) {
    TsString *s = *sp;
    uint32_t tlen;
    if (!t) {
        TsString *u = ts_str_from_cstr("undefined");
        ts_str_append(sp, u);
        ts_str_release(u);
        return;
    }
    if (t->len == 0 && s) return;
    if (!s || s->h.rc != 1 || s->cap == 0 ||
        (is_lone_high_at_end(s->data, s->len) && is_lone_low_at_start(t->data, t->len))) {
        *sp = ts_str_concat(s, t);
        ts_str_release(s);
        return;
    }
    /* Uniquely owned: grow in place, doubling the capacity. */
    tlen = t->len;
    if ((size_t)s->len16 + t->len16 > MAX_STR_LEN) ts_throw_error(TS_ERR_RANGE, "Invalid string length");
    if ((size_t)s->len + tlen + 1 > s->cap) {
        size_t cap = (size_t)s->cap * 2;
        if (cap < (size_t)s->len + tlen + 1) cap = (size_t)s->len + tlen + 1;
        if (s->data == (char *)(s + 1)) {
            char *d = (char *)ts_alloc(cap);
            memcpy(d, s->data, s->len + 1);
            s->data = d;
        } else {
            s->data = (char *)ts_realloc(s->data, cap);
        }
        s->cap = (uint32_t)cap;
    }
    memmove(s->data + s->len, t->data, tlen); /* t may be s itself */
    s->len += tlen;
    s->len16 += t->len16;
    s->data[s->len] = 0;
    s->hash = 0;
    str_forget_cache(s);
}

TsString *ts_str_concat_n(int n, TsString *const *parts) {
    TsBuf b;
    int i;
    buf_init(&b);
    for (i = 0; i < n; i++) buf_put_str(&b, parts[i]);
    return buf_to_str(&b);
}

bool ts_str_eq(TsString *a, TsString *b) {
    if (a == b) return true;
    if (!a || !b) return false;
    if (a->len != b->len) return false;
    if (a->hash && b->hash && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, a->len) == 0;
}

int ts_str_cmp(TsString *a, TsString *b) {
    size_t n, i;
    unsigned char ca, cb;
    if (a == b) return 0;
    if (!a) a = ts_tmp_str(ts_str_from_cstr("undefined"));
    if (!b) b = ts_tmp_str(ts_str_from_cstr("undefined"));
    n = a->len < b->len ? a->len : b->len;
    for (i = 0; i < n && a->data[i] == b->data[i]; i++) {}
    if (i == n) return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
    /* Byte order is code point order, which is UTF-16 order unless a
     * supplementary character is involved. */
    {
        size_t k = i;
        while (k > 0 && ((unsigned char)a->data[k] & 0xC0) == 0x80) k--;
        ca = (unsigned char)a->data[k];
        cb = (unsigned char)b->data[k];
    }
    if (ca >= 0xF0 || cb >= 0xF0) {
        View va, vb;
        uint32_t j, m;
        int r = 0;
        view_init(&va, a);
        view_init(&vb, b);
        m = va.n < vb.n ? va.n : vb.n;
        for (j = 0; j < m && r == 0; j++) r = (int)vu(&va, j) - (int)vu(&vb, j);
        if (r == 0) r = va.n < vb.n ? -1 : va.n > vb.n ? 1 : 0;
        view_free(&va);
        view_free(&vb);
        return r < 0 ? -1 : r > 0;
    }
    return (unsigned char)a->data[i] < (unsigned char)b->data[i] ? -1 : 1;
}

uint32_t ts_str_hash(TsString *s) {
    uint32_t h = 2166136261u;
    uint32_t i;
    if (s->hash) return s->hash;
    for (i = 0; i < s->len; i++) {
        h ^= (unsigned char)s->data[i];
        h *= 16777619u;
    }
    if (h == 0) h = 1;
    s->hash = h;
    return h;
}


/* ------------------------------------------------------- unit access */

void ts_str_read_undefined(const char *prop, const TsLoc *at) {
    ts_at(at);
    ts_throw_error(TS_ERR_TYPE, "Cannot read properties of undefined (reading '%s')", prop);
}

TsString *ts_str_index(TsString *s, double i) {
    if (!s)
        ts_throw_error(TS_ERR_TYPE, "Cannot read properties of undefined (reading '%s')",
                       ts_tmp_str(ts_num_to_str(i))->data);
    if (!(i >= 0) || i >= s->len16 || i != floor(i)) return NULL;
    return unit_str(s, (uint32_t)i);
}

TsString *ts_str_index_at(TsString *s, double i, const TsLoc *at) {
    if (!s) ts_at(at);
    return ts_str_index(s, i);
}

TsString *ts_str_char_at(TsString *s, double i) {
    i = to_int(i);
    if (i < 0 || i >= s->len16) return &empty_str;
    return unit_str(s, (uint32_t)i);
}

double ts_str_char_code_at(TsString *s, double i) {
    i = to_int(i);
    if (i < 0 || i >= s->len16) return NAN;
    return str_unit_at(s, (uint32_t)i);
}

double ts_str_code_point_at_or_nan(TsString *s, double i) {
    uint16_t hi, lo;
    i = to_int(i);
    if (i < 0 || i >= s->len16) return NAN;
    hi = str_unit_at(s, (uint32_t)i);
    if (hi < 0xD800 || hi > 0xDBFF || i + 1 >= s->len16) return hi;
    lo = str_unit_at(s, (uint32_t)i + 1);
    if (lo < 0xDC00 || lo > 0xDFFF) return hi;
    return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
}

TsString *ts_str_at(TsString *s, double i) {
    i = to_int(i);
    if (i < 0) i += s->len16;
    if (i < 0 || i >= s->len16) return NULL;
    return unit_str(s, (uint32_t)i);
}

TsString *ts_str_from_char_code(int n, const double *codes) {
    uint16_t *u = (uint16_t *)ts_alloc((size_t)(n > 0 ? n : 1) * sizeof(uint16_t));
    TsString *s;
    int i;
    for (i = 0; i < n; i++) u[i] = (uint16_t)(ts_to_uint32(codes[i]) & 0xFFFF);
    s = str_from_u16(u, (size_t)n);
    ts_dealloc(u);
    return s;
}

/* ------------------------------------------------------------ search */

static bool match_at(const View *s, const View *p, uint32_t k) {
    uint32_t j;
    if (s->b && p->b) return memcmp(s->b + k, p->b, p->n) == 0;
    for (j = 0; j < p->n; j++)
        if (vu(s, k + j) != vu(p, j)) return false;
    return true;
}

/* First occurrence of p in s at or after from, or -1. */
static long find_from(const View *s, const View *p, uint32_t from) {
    uint32_t k;
    if (p->n > s->n) return -1;
    if (p->n == 0) return from <= s->n ? (long)from : (long)s->n;
    if (s->b && p->b) {
        const unsigned char *q = s->b + from, *end = s->b + (s->n - p->n) + 1;
        while (q < end) {
            q = (const unsigned char *)memchr(q, p->b[0], (size_t)(end - q));
            if (!q) return -1;
            if (memcmp(q, p->b, p->n) == 0) return (long)(q - s->b);
            q++;
        }
        return -1;
    }
    for (k = from; k + p->n <= s->n; k++)
        if (match_at(s, p, k)) return (long)k;
    return -1;
}

double ts_str_index_of(TsString *s, TsString *search, double from) {
    View vs, vp;
    long r;
    if (!search) search = ts_tmp_str(ts_str_from_cstr("undefined"));
    view_init(&vs, s);
    view_init(&vp, search);
    r = find_from(&vs, &vp, clamp_len(to_int(from), vs.n));
    view_free(&vs);
    view_free(&vp);
    return (double)r;
}

double ts_str_last_index_of(TsString *s, TsString *search, double from) {
    View vs, vp;
    long r = -1;
    uint32_t start;
    double pos = from != from ? INFINITY : to_int(from);
    if (!search) search = ts_tmp_str(ts_str_from_cstr("undefined"));
    view_init(&vs, s);
    view_init(&vp, search);
    start = clamp_len(pos, vs.n);
    if (vp.n <= vs.n) {
        uint32_t k = start + vp.n <= vs.n ? start : vs.n - vp.n;
        for (;;) {
            if (match_at(&vs, &vp, k)) {
                r = (long)k;
                break;
            }
            if (k == 0) break;
            k--;
        }
    }
    view_free(&vs);
    view_free(&vp);
    return (double)r;
}

bool ts_str_includes(TsString *s, TsString *search, double from) { return ts_str_index_of(s, search, from) >= 0; }

bool ts_str_starts_with(TsString *s, TsString *search, double pos) {
    View vs, vp;
    bool r;
    uint32_t start;
    if (!search) search = ts_tmp_str(ts_str_from_cstr("undefined"));
    view_init(&vs, s);
    view_init(&vp, search);
    start = clamp_len(to_int(pos), vs.n);
    r = start + vp.n <= vs.n && match_at(&vs, &vp, start);
    view_free(&vs);
    view_free(&vp);
    return r;
}

bool ts_str_ends_with(TsString *s, TsString *search, double end_pos) {
    View vs, vp;
    bool r;
    uint32_t end;
    if (!search) search = ts_tmp_str(ts_str_from_cstr("undefined"));
    view_init(&vs, s);
    view_init(&vp, search);
    end = clamp_len(to_int(end_pos), vs.n);
    r = vp.n <= end && match_at(&vs, &vp, end - vp.n);
    view_free(&vs);
    view_free(&vp);
    return r;
}

/* ---------------------------------------------------------- substrings */

TsString *ts_str_slice(TsString *s, double start, double end) {
    uint32_t from = rel_index(start, s->len16);
    uint32_t to = rel_index(end, s->len16);
    return slice_units(s, from, to);
}

TsString *ts_str_substring(TsString *s, double start, double end) {
    uint32_t a = clamp_len(to_int(start), s->len16);
    uint32_t b = clamp_len(to_int(end), s->len16);
    return a < b ? slice_units(s, a, b) : slice_units(s, b, a);
}

TsString *ts_str_substr(TsString *s, double start, double len) {
    uint32_t from = rel_index(start, s->len16);
    double n = to_int(len);
    uint32_t to = clamp_len(from + (n < 0 ? 0 : n), s->len16);
    return slice_units(s, from, to);
}

TsValue ts_str_split(TsString *s, TsValue sepv, double limit) {
    TsValue arr = ts_arr_new(0);
    uint32_t lim = limit == INFINITY ? 0xFFFFFFFFu : ts_to_uint32(limit);
    TsString *sep;
    View vs, vp;
    uint32_t p = 0;
    if (lim == 0) return arr;
    if (sepv.tag == TS_UNDEFINED) {
        ts_arr_push(arr, ts_str_v(s));
        return arr;
    }
    sep = ts_to_string(sepv);
    if (sep->len == 0) {
        uint32_t i;
        for (i = 0; i < s->len16 && i < lim; i++) {
            TsString *c = unit_str(s, i);
            ts_arr_push(arr, ts_str_v(c));
            ts_str_release(c);
        }
        ts_str_release(sep);
        return arr;
    }
    if (s->len == 0) {
        ts_arr_push(arr, ts_str_v(s));
        ts_str_release(sep);
        return arr;
    }
    view_init(&vs, s);
    view_init(&vp, sep);
    for (;;) {
        long q = find_from(&vs, &vp, p);
        TsString *part = slice_units(s, p, q < 0 ? vs.n : (uint32_t)q);
        ts_arr_push(arr, ts_str_v(part));
        ts_str_release(part);
        if (q < 0 || ts_arr_length(arr) >= lim) break;
        p = (uint32_t)q + vp.n;
    }
    view_free(&vs);
    view_free(&vp);
    ts_str_release(sep);
    return arr;
}

/* ---------------------------------------------------------- whitespace */

bool ts_is_space_cp(uint32_t c) {
    return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF;
}

static TsString *trim(TsString *s, bool start, bool end) {
    size_t a = 0, b = s->len;
    if (start) {
        while (a < b) {
            size_t k = a;
            if (!ts_is_space_cp(wtf8_decode(s->data, s->len, &k))) break;
            a = k;
        }
    }
    if (end) {
        while (b > a) {
            size_t k = b - 1;
            while (k > a && ((unsigned char)s->data[k] & 0xC0) == 0x80) k--;
            {
                size_t j = k;
                if (!ts_is_space_cp(wtf8_decode(s->data, s->len, &j))) break;
            }
            b = k;
        }
    }
    if (a == 0 && b == s->len) return ts_str_retain(s);
    return s->len == s->len16 ? str_new_ascii(s->data + a, b - a) : ts_str_new(s->data + a, b - a);
}

TsString *ts_str_trim(TsString *s) { return trim(s, true, true); }
TsString *ts_str_trim_start(TsString *s) { return trim(s, true, false); }
TsString *ts_str_trim_end(TsString *s) { return trim(s, false, true); }

/* ------------------------------------------------------------- casing */

/* Final sigma (Unicode's Final_Sigma condition): after a cased letter and
 * not before one, case-ignorable characters skipped both ways. sigma is the
 * byte offset of the Σ, after the offset just past it. */
static bool final_sigma(TsString *s, size_t sigma, size_t after) {
    size_t i = sigma, k;
    uint32_t c = 0;
    bool cased_before = false;
    while (i > 0) {
        do i--;
        while (i > 0 && ((unsigned char)s->data[i] & 0xC0) == 0x80);
        k = i;
        c = wtf8_decode(s->data, s->len, &k);
        if (!case_ignorable(c)) {
            cased_before = case_cased(c);
            break;
        }
    }
    if (!cased_before) return false;
    for (k = after; k < s->len;) {
        c = wtf8_decode(s->data, s->len, &k);
        if (!case_ignorable(c)) return !case_cased(c);
    }
    return true;
}

/* Appends the upper or lower case of the code point c at s->data[start..end). */
typedef void (*PutCase)(TsBuf *b, TsString *s, size_t start, size_t end, uint32_t c);

static void put_upper(TsBuf *b, TsString *s, size_t start, size_t end, uint32_t c) {
    (void)s;
    (void)start;
    (void)end;
    case_put_upper(b, c);
}

static void put_lower(TsBuf *b, TsString *s, size_t start, size_t end, uint32_t c) {
    if (c == 0x3A3 && final_sigma(s, start, end)) buf_put_cp(b, 0x3C2);
    else case_put_lower(b, c);
}

static TsString *map_case(TsString *s, bool upper, PutCase put) {
    TsBuf b;
    size_t i = 0;
    if (s->len == s->len16) {
        TsString *r;
        uint32_t k;
        bool change = false;
        for (k = 0; k < s->len && !change; k++) {
            char c = s->data[k];
            change = upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z');
        }
        if (!change) return ts_str_retain(s);
        r = str_alloc(s->len, s->len);
        for (k = 0; k < s->len; k++) {
            char c = s->data[k];
            if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
            else if (!upper && c >= 'A' && c <= 'Z') c = (char)(c + 32);
            r->data[k] = c;
        }
        return r;
    }
    buf_init(&b);
    while (i < s->len) {
        size_t start = i;
        uint32_t c = wtf8_decode(s->data, s->len, &i);
        put(&b, s, start, i, c);
    }
    return buf_to_str(&b);
}

TsString *ts_str_to_upper(TsString *s) { return map_case(s, true, put_upper); }
TsString *ts_str_to_lower(TsString *s) { return map_case(s, false, put_lower); }

/* ------------------------------------------------------------ replace */

/* Appends the replacement for a match at [pos, pos + mlen), honouring
 * $$, $&, $` and $'. A string pattern has no capture groups, so $1 etc.
 * stay literal. */
static void put_replacement(TsBuf *b, TsString *s, uint32_t pos, uint32_t mlen, TsString *rep) {
    size_t i = 0;
    const char *r = rep->data;
    while (i < rep->len) {
        const char *d = (const char *)memchr(r + i, '$', rep->len - i);
        size_t k;
        TsString *part = NULL;
        if (!d) {
            buf_put(b, r + i, rep->len - i);
            break;
        }
        k = (size_t)(d - r);
        buf_put(b, r + i, k - i);
        if (k + 1 >= rep->len) {
            buf_putc(b, '$');
            i = k + 1;
            continue;
        }
        switch (r[k + 1]) {
        case '$': buf_putc(b, '$'); break;
        case '&': part = slice_units(s, pos, pos + mlen); break;
        case '`': part = slice_units(s, 0, pos); break;
        case '\'': part = slice_units(s, pos + mlen, s->len16); break;
        default:
            buf_putc(b, '$');
            i = k + 1;
            continue;
        }
        if (part) {
            buf_put_str(b, part);
            ts_str_release(part);
        }
        i = k + 2;
    }
}

static TsString *replace(TsString *s, TsString *pat, TsString *rep, bool all) {
    View vs, vp;
    TsBuf b;
    uint32_t last = 0;
    long q;
    if (!pat) pat = ts_tmp_str(ts_str_from_cstr("undefined"));
    if (!rep) rep = ts_tmp_str(ts_str_from_cstr("undefined"));
    view_init(&vs, s);
    view_init(&vp, pat);
    q = find_from(&vs, &vp, 0);
    if (q < 0) {
        view_free(&vs);
        view_free(&vp);
        return ts_str_retain(s);
    }
    buf_init(&b);
    while (q >= 0) {
        TsString *before = slice_units(s, last, (uint32_t)q);
        buf_put_str(&b, before);
        ts_str_release(before);
        put_replacement(&b, s, (uint32_t)q, vp.n, rep);
        last = (uint32_t)q + vp.n;
        if (!all) break;
        if (vp.n == 0) {
            if ((uint32_t)q >= vs.n) break;
            q = find_from(&vs, &vp, (uint32_t)q + 1);
        } else {
            q = find_from(&vs, &vp, last);
        }
    }
    {
        TsString *rest = slice_units(s, last, vs.n);
        buf_put_str(&b, rest);
        ts_str_release(rest);
    }
    view_free(&vs);
    view_free(&vp);
    return buf_to_str(&b);
}

TsString *ts_str_replace(TsString *s, TsString *pattern, TsString *replacement) {
    return replace(s, pattern, replacement, false);
}

TsString *ts_str_replace_all(TsString *s, TsString *pattern, TsString *replacement) {
    return replace(s, pattern, replacement, true);
}

/* ------------------------------------------------------ repeat and pad */

TsString *ts_str_repeat(TsString *s, double count) {
    double n = to_int(count);
    TsString *r;
    uint32_t i;
    if (n < 0 || n == INFINITY) {
        char num[32];
        num_format(count, num);
        ts_throw_error(TS_ERR_RANGE, "Invalid count value: %s", num);
    }
    if (n == 0 || s->len == 0) return &empty_str;
    if (n * s->len16 > MAX_STR_LEN) ts_throw_error(TS_ERR_RANGE, "Invalid string length");
    if (n == 1) return ts_str_retain(s);
    r = str_alloc((size_t)n * s->len, (size_t)n * s->len16);
    for (i = 0; i < (uint32_t)n; i++) memcpy(r->data + (size_t)i * s->len, s->data, s->len);
    return r;
}

static TsString *pad(TsString *s, double maxlen, TsString *fill, bool at_start) {
    double target = to_int(maxlen);
    uint32_t need, whole, i;
    TsBuf b;
    TsString *part;
    if (!fill) fill = ascii_char(' ');
    if (target <= s->len16 || fill->len == 0) return ts_str_retain(s);
    if (target > MAX_STR_LEN) ts_throw_error(TS_ERR_RANGE, "Invalid string length");
    need = (uint32_t)target - s->len16;
    whole = need / fill->len16;
    buf_init(&b);
    if (!at_start) buf_put_str(&b, s);
    for (i = 0; i < whole; i++) buf_put_str(&b, fill);
    part = slice_units(fill, 0, need % fill->len16);
    buf_put_str(&b, part);
    ts_str_release(part);
    if (at_start) buf_put_str(&b, s);
    return buf_to_str(&b);
}

TsString *ts_str_pad_start(TsString *s, double len, TsString *fill) { return pad(s, len, fill, true); }
TsString *ts_str_pad_end(TsString *s, double len, TsString *fill) { return pad(s, len, fill, false); }

TsString *ts_str_concat_values(TsString *s, int n, const TsValue *args) {
    TsBuf b;
    int i;
    buf_init(&b);
    buf_put_str(&b, s);
    for (i = 0; i < n; i++) {
        TsString *t = ts_to_string(args[i]);
        buf_put_str(&b, t);
        ts_str_release(t);
    }
    return buf_to_str(&b);
}

/* ---------------------------------------------------------- array keys */

bool str_is_index(TsString *s, uint32_t *out) {
    uint32_t i;
    uint64_t v = 0;
    if (s->len == 0 || s->len > 10) return false;
    if (s->data[0] == '0') {
        if (s->len != 1) return false;
        *out = 0;
        return true;
    }
    for (i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (uint64_t)(c - '0');
    }
    if (v >= 0xFFFFFFFFu) return false;
    *out = (uint32_t)v;
    return true;
}

/* ---------------------------------------------------- tagged templates */

/* Every template site's strings array made so far, with its raw strings:
 * `strings.raw` finds the raw array by the strings array it belongs to. */
static struct {
    TsArray **strings; /* borrowed: each site's global holds it for the program's life */
    TsValue *raw;      /* owned */
    uint32_t n, cap;
} templates;
static TsString s_raw = TS_STR_LIT("raw", 3, 3);

TsValue ts_template(TsValue *site, int n, TsString *const *cooked, TsString *const *raw) {
    TsValue strings, raws;
    int i;
    if (site->tag != TS_UNDEFINED) return *site;
    strings = ts_arr_new(0);
    raws = ts_arr_new(0);
    for (i = 0; i < n; i++) {
        ts_arr_push(strings, cooked[i] ? ts_str_v(cooked[i]) : ts_undefined());
        ts_arr_push(raws, ts_str_v(raw[i]));
    }
    if (templates.n == templates.cap) {
        templates.cap = templates.cap ? templates.cap * 2 : 4;
        templates.strings = (TsArray **)ts_realloc(templates.strings, templates.cap * sizeof(TsArray *));
        templates.raw = (TsValue *)ts_realloc(templates.raw, templates.cap * sizeof(TsValue));
    }
    templates.strings[templates.n] = strings.u.arr;
    templates.raw[templates.n++] = raws;
    *site = strings;
    return strings;
}

TsValue ts_template_raw(TsValue strings) {
    uint32_t i;
    if (strings.tag == TS_ARRAY)
        for (i = 0; i < templates.n; i++)
            if (templates.strings[i] == strings.u.arr) return templates.raw[i];
    return ts_obj_get(strings, &s_raw);
}

TsString *ts_str_raw(int argc, const TsValue *argv) {
    TsValue raw;
    TsBuf b;
    BufGuard g;
    size_t rm;
    uint32_t i, n;
    if (argc < 1 || ts_is_nullish(argv[0])) ts_throw_error(TS_ERR_TYPE, "Cannot convert undefined or null to object");
    raw = ts_template_raw(argv[0]);
    if (ts_is_nullish(raw)) ts_throw_error(TS_ERR_TYPE, "Cannot convert undefined or null to object");
    n = raw.tag == TS_ARRAY ? raw.u.arr->len : 0;
    buf_init(&b);
    rm = ts_roots_mark();
    buf_guard(&g, &b);
    for (i = 0; i < n; i++) {
        TsString *t = ts_tmp_str(ts_to_string(ts_arr_get(raw, i)));
        buf_put_str(&b, t);
        if (i + 1 < n && (int)i + 1 < argc) {
            t = ts_tmp_str(ts_to_string(argv[i + 1]));
            buf_put_str(&b, t);
        }
    }
    ts_roots_pop(rm);
    return buf_to_str(&b);
}
