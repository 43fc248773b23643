/* regexp.c - RegExp objects and their methods on PCRE2's 16-bit library.
 *
 * A pattern is translated once (regexp_syntax.c) and compiled by PCRE2 into
 * an RxCode, which the RegExp objects made from it share. Strings are
 * matched as UTF-16 (a copy of the WTF-8 string), so PCRE2's offsets are
 * JavaScript's indices. The algorithms are the specification's
 * (RegExpBuiltinExec, @@match, @@replace, @@split, GetSubstitution); user
 * code (a replacer function) runs only after all matching is done, with
 * the working values on the temp stack, so an exception it throws leaks
 * nothing. */
#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regexp_internal.h"

#define MAX_LENGTH 9007199254740991.0 /* 2^53 - 1, ToLength's bound */

/* A compiled pattern. */
typedef struct RxCode {
    uint32_t refs; /* RegExp objects and literal sites using it */
    pcre2_code *re;
    TsString *source; /* as RegExp.prototype.source shows it */
    unsigned flags;   /* RX_* */
    uint32_t ncaps;
    RxName *names; /* named groups, in pattern order */
    uint32_t nnames;
    bool surrogates;   /* (u) could match a lone surrogate */
    bool no_dfa;       /* PCRE2's DFA matcher cannot run it (backreferences) */
    bool astral_text;  /* one astral code point, u, not i or y: see matcher_find */
    uint32_t heap_kib; /* PCRE2 heap limit: enough for depth_limit frames */
} RxCode;

/* TsObject.native of a RegExp. */
typedef struct RxObj {
    RxCode *code;
    double last_index;
} RxObj;

static uint32_t match_limit = TS_REGEXP_MATCH_LIMIT;
static uint32_t depth_limit = TS_REGEXP_DEPTH_LIMIT;

/* ------------------------------------------------------------ PCRE2 memory */

/* Blocks carry their size, so that PCRE2's memory can be counted. */
typedef union BlockHead {
    size_t size;
    double align_d;
    void *align_p;
} BlockHead;

static size_t heap_in_use, heap_peak;

static void *rx_malloc(PCRE2_SIZE n, void *data) {
    BlockHead *h = (BlockHead *)malloc(sizeof(BlockHead) + n);
    (void)data;
    if (!h) return NULL; /* PCRE2 reports it: a RangeError, not an abort */
    h->size = n;
    heap_in_use += n;
    if (heap_in_use > heap_peak) heap_peak = heap_in_use;
    return h + 1;
}

static void rx_free(void *p, void *data) {
    BlockHead *h;
    (void)data;
    if (!p) return;
    h = (BlockHead *)p - 1;
    heap_in_use -= h->size;
    free(h);
}

void ts_regexp_heap_stats(size_t *in_use, size_t *peak) {
    *in_use = heap_in_use;
    *peak = heap_peak;
}

void ts_regexp_heap_reset_peak(void) { heap_peak = heap_in_use; }

static pcre2_general_context *gen_ctx;
static pcre2_compile_context *compile_ctx;
static pcre2_match_context *match_ctx;
static uint32_t engine_unicode; /* PCRE2 built with Unicode support (scripts/pcre2-src.sh nounicode: not) */

static void contexts_init(void) {
    if (gen_ctx) return;
    gen_ctx = pcre2_general_context_create(rx_malloc, rx_free, NULL);
    compile_ctx = pcre2_compile_context_create(gen_ctx);
    match_ctx = pcre2_match_context_create(gen_ctx);
    if (!gen_ctx || !compile_ctx || !match_ctx) ts_panic("out of memory creating the RegExp engine");
    pcre2_config(PCRE2_CONFIG_UNICODE, &engine_unicode);
    /* the translation nests PCRE2 groups at most two deeper than the pattern (\b) */
    pcre2_set_parens_nest_limit(compile_ctx, RX_MAX_NESTING + 4);
}

void ts_regexp_set_limits(uint32_t match, uint32_t depth) {
    match_limit = match;
    depth_limit = depth;
}

/* ------------------------------------------------------------ property probe */

/* Answers the translation's questions about Unicode properties with a
 * compiled \p{...}; the last one is kept. */
typedef struct Probe {
    char property[48];
    pcre2_code *re;
    pcre2_match_data *md;
    bool unknown;
} Probe;

static int probe_has(void *ctx, const char *property, uint32_t cp) {
    Probe *pb = (Probe *)ctx;
    PCRE2_UCHAR16 subject[2];
    size_t n = 1;
    if (strcmp(pb->property, property) != 0) {
        char text[64];
        PCRE2_UCHAR16 pat[64];
        size_t i, len;
        int err;
        PCRE2_SIZE off;
        pcre2_code_free(pb->re);
        snprintf(pb->property, sizeof pb->property, "%s", property);
        len = (size_t)snprintf(text, sizeof text, "\\p{%s}", property);
        for (i = 0; i < len && i < sizeof text - 1; i++) pat[i] = (unsigned char)text[i];
        pb->re = pcre2_compile(pat, i, PCRE2_UTF, &err, &off, compile_ctx);
        pb->unknown = pb->re == NULL;
        if (!pb->md) pb->md = pcre2_match_data_create(1, gen_ctx);
    }
    if (pb->unknown || !pb->md) return -1;
    if (cp >= 0x10000) {
        subject[0] = (PCRE2_UCHAR16)(0xD800 + ((cp - 0x10000) >> 10));
        subject[1] = (PCRE2_UCHAR16)(0xDC00 + (cp & 0x3FF));
        n = 2;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
        return 0; /* no property PCRE2 can test holds a surrogate */
    } else {
        subject[0] = (PCRE2_UCHAR16)cp;
    }
    return pcre2_match(pb->re, subject, n, 0, PCRE2_ANCHORED, pb->md, NULL) > 0;
}

/* ------------------------------------------------------------ compiling */

static void flags_text(unsigned flags, char out[8]) {
    int i, k = 0;
    for (i = 0; RX_FLAG_CHARS[i]; i++)
        if (flags & (1u << i)) out[k++] = RX_FLAG_CHARS[i];
    out[k] = 0;
}

/* RegExp.prototype.source: "/" outside classes and line terminators escaped. */
static TsString *escape_source(TsString *raw) {
    TsBuf b;
    size_t i;
    bool in_class = false;
    const char *s = raw->data;
    if (raw->len == 0) return ts_str_from_cstr("(?:)");
    buf_init(&b);
    for (i = 0; i < raw->len; i++) {
        unsigned char c = (unsigned char)s[i];
        bool lt_next =
            i + 1 < raw->len && (s[i + 1] == '\n' || s[i + 1] == '\r' ||
                                 (i + 3 < raw->len && (unsigned char)s[i + 1] == 0xE2 &&
                                  (unsigned char)s[i + 2] == 0x80 && ((unsigned char)s[i + 3] & 0xFE) == 0xA8));
        if (c == '\\' && lt_next) continue; /* the terminator is escaped below */
        if (c == '\\') {
            buf_put(&b, s + i, 1);
            if (i + 1 < raw->len) {
                size_t k = i + 1;
                wtf8_decode(s, raw->len, &k);
                buf_put(&b, s + i + 1, k - i - 1);
                i = k - 1;
            }
            continue;
        }
        if (c == '/' && !in_class) buf_puts(&b, "\\/");
        else if (c == '\n') buf_puts(&b, "\\n");
        else if (c == '\r') buf_puts(&b, "\\r");
        else if (c == 0xE2 && i + 2 < raw->len && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] & 0xFE) == 0xA8) {
            buf_puts(&b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
            i += 2;
        } else {
            if (c == '[') in_class = true;
            else if (c == ']') in_class = false;
            buf_putc(&b, (char)c);
        }
    }
    return buf_to_str(&b);
}

static void code_release(RxCode *c) {
    uint32_t i;
    if (!c || --c->refs) return;
    pcre2_code_free(c->re);
    ts_str_release(c->source);
    for (i = 0; i < c->nnames; i++) ts_str_release(c->names[i].name);
    ts_dealloc(c->names);
    ts_dealloc(c);
}

/* Why PCRE2 refused a translated pattern (`pcre`, at offset `off`): a
 * \p{...} that JavaScript knows and PCRE2 10.42 does not, or a limit of
 * its compiler. (PCRE2's own messages stay out of the link: 7 KB.) */
static const char *pcre2_refusal(int err, const TsBuf *pcre, size_t off) {
    static char why[96];
    if (err == PCRE2_ERROR_UNKNOWN_UNICODE_PROPERTY) {
        size_t k = off < pcre->len ? off : pcre->len, end;
        while (k > 0 && !(pcre->data[k - 1] == '{' && k >= 3 && pcre->data[k - 3] == '\\')) k--;
        for (end = k; end < pcre->len && pcre->data[end] != '}'; end++) {}
        snprintf(why, sizeof why, "The property \\p{%.*s} is not supported", (int)(end - k), pcre->data + k);
    } else {
        snprintf(why, sizeof why, "The pattern is not supported (PCRE2 compile error %d)", err);
    }
    return why;
}

/* Throws an error of that kind whose message (owned) may hold any code
 * unit, NUL included, as node's messages quote the pattern whole. */
static void throw_message(TsErrorKind kind, TsString *msg) TS_NORETURN;
static void throw_message(TsErrorKind kind, TsString *msg) {
    TsValue e = error_of_kind(kind, msg);
    ts_str_release(msg);
    ts_throw(ts_tmp(e));
}

/* "Invalid regular expression: /source/flags: <reason><tail>", as node words it. */
static TsString *syntax_message(TsString *source, unsigned flags, const char *reason, const char *tail) {
    char f[8];
    TsBuf b;
    flags_text(flags, f);
    buf_init(&b);
    buf_puts(&b, "Invalid regular expression: /");
    buf_put_str(&b, source);
    buf_putc(&b, '/');
    buf_puts(&b, f);
    buf_puts(&b, ": ");
    buf_puts(&b, reason);
    buf_puts(&b, tail);
    return buf_to_str(&b);
}

/* Compiles source with flags (RX_*), or returns NULL with the SyntaxError's
 * message in *msg (owned): "Invalid regular expression: /(/: Unterminated group". */
static int hex_digit(uint16_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}
static int hex4(const uint16_t *s) {
    int v = 0, i;
    for (i = 0; i < 4; i++) {
        if (hex_digit(s[i]) < 0) return -1;
        v = v * 16 + hex_digit(s[i]);
    }
    return v;
}

/* Is the source one astral code point: the pair itself, \u{1F600} or
 * \uD83D\uDE00? node searches such a pattern as text. */
static bool is_astral_text(const uint16_t *s, uint32_t n) {
    uint32_t cp = 0, i;
    if (n == 2) return s[0] >= 0xD800 && s[0] <= 0xDBFF && s[1] >= 0xDC00 && s[1] <= 0xDFFF;
    if (n == 12 && s[0] == '\\' && s[1] == 'u' && s[6] == '\\' && s[7] == 'u') {
        int hi = hex4(s + 2), lo = hex4(s + 8);
        return hi >= 0xD800 && hi <= 0xDBFF && lo >= 0xDC00 && lo <= 0xDFFF;
    }
    if (n < 5 || n > 12 || s[0] != '\\' || s[1] != 'u' || s[2] != '{' || s[n - 1] != '}') return false;
    for (i = 3; i < n - 1; i++) {
        int d = hex_digit(s[i]);
        if (d < 0) return false;
        cp = cp * 16 + (uint32_t)d;
        if (cp > 0x10FFFF) return false;
    }
    return cp >= 0x10000;
}

static RxCode *code_try_compile(TsString *source, unsigned flags, TsString **msg) {
    RxTranslation t;
    Probe probe;
    RxProbe rx_probe;
    uint16_t *src, *pat;
    uint32_t n, i;
    uint32_t options = PCRE2_MATCH_UNSET_BACKREF | PCRE2_DOLLAR_ENDONLY;
    int err = 0;
    PCRE2_SIZE off, frame = 0;
    pcre2_code *re;
    RxCode *c;
    bool ok, astral;
    contexts_init();
    if ((flags & RX_U) && !engine_unicode) {
        *msg = syntax_message(source, flags, "The u flag is not supported by this engine (PCRE2 built without Unicode)",
                              "");
        return NULL;
    }
    memset(&probe, 0, sizeof probe);
    rx_probe.has = probe_has;
    rx_probe.ctx = &probe;
    src = str_to_u16(source, &n);
    ok = rx_translate(src, n, flags, &rx_probe, &t);
    astral = (flags & RX_U) && !(flags & (RX_I | RX_Y)) && is_astral_text(src, n);
    ts_dealloc(src);
    pcre2_code_free(probe.re);
    pcre2_match_data_free(probe.md);
    if (!ok) {
        *msg = syntax_message(source, flags, t.message, t.refused ? " is not supported" : "");
        return NULL;
    }
    if (t.icase_backrefs && !engine_unicode) {
        *msg = syntax_message(source, flags,
                              "A backreference with the i flag is not supported by this engine (PCRE2 built "
                              "without Unicode)",
                              "");
        rx_translation_free(&t);
        return NULL;
    }
    if (flags & RX_U) options |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (t.icase_backrefs) options |= PCRE2_UCP; /* for (?i:\g{n}): Unicode case folding */
    pat = (uint16_t *)ts_alloc((t.pcre.len + 1) * sizeof(uint16_t));
    for (i = 0; i < t.pcre.len; i++) pat[i] = (unsigned char)t.pcre.data[i];
    re = pcre2_compile(pat, t.pcre.len, options, &err, &off, compile_ctx);
    ts_dealloc(pat);
    if (!re) {
        *msg = syntax_message(source, flags, pcre2_refusal(err, &t.pcre, off), "");
        rx_translation_free(&t);
        return NULL;
    }
    pcre2_pattern_info(re, PCRE2_INFO_FRAMESIZE, &frame);
    c = (RxCode *)ts_alloc(sizeof(RxCode));
    c->refs = 1;
    c->re = re;
    c->source = escape_source(source);
    c->flags = flags;
    c->ncaps = t.ncaps;
    c->names = t.names;
    c->nnames = t.nnames;
    c->surrogates = t.surrogates;
    c->no_dfa = false;
    c->astral_text = astral;
    c->heap_kib = (uint32_t)(((size_t)depth_limit * frame + 1023) / 1024) + 1;
    t.names = NULL;
    t.nnames = 0;
    rx_translation_free(&t);
    return c;
}

/* Parses flags into RX_* bits, or returns false with the message in *msg (owned). */
static bool try_flags(TsString *flags, unsigned *bits, TsString **msg) {
    int r = rx_parse_flags(flags, bits);
    TsBuf b;
    if (r > 0) return true;
    buf_init(&b);
    buf_puts(&b, r == 0 ? "Invalid flags supplied to RegExp constructor '" : "Invalid regular expression flags '");
    buf_put_str(&b, flags);
    buf_puts(&b, r == 0 ? "'" : "': the v flag is not supported");
    *msg = buf_to_str(&b);
    return false;
}

static RxCode *code_compile(TsString *source, unsigned flags) {
    TsString *msg;
    RxCode *c = code_try_compile(source, flags, &msg);
    if (!c) throw_message(TS_ERR_SYNTAX, msg);
    return c;
}

static unsigned parse_flags(TsString *flags) {
    TsString *msg;
    unsigned bits;
    if (!try_flags(flags, &bits, &msg)) throw_message(TS_ERR_SYNTAX, msg);
    return bits;
}

TsString *rx_check(TsString *source, TsString *flags) {
    TsString *msg = NULL;
    unsigned bits;
    if (try_flags(flags, &bits, &msg)) code_release(code_try_compile(source, bits, &msg));
    return msg;
}

/* ------------------------------------------------------------ objects */

static TsValue m_exec(TsValue self, int argc, const TsValue *argv);
static TsValue m_test(TsValue self, int argc, const TsValue *argv);
static TsValue m_to_string(TsValue self, int argc, const TsValue *argv);

static void regexp_finalize(TsObject *o) {
    RxObj *r = (RxObj *)ts_obj_native(o);
    if (!r) return;
    code_release(r->code);
    ts_dealloc(r);
}

static TsString s_exec = TS_STR_LIT("exec", 4, 4);
static TsString s_test = TS_STR_LIT("test", 4, 4);
static TsString s_to_string = TS_STR_LIT("toString", 8, 8);
static const TsMethod regexp_methods[] = {{&s_exec, m_exec}, {&s_test, m_test}, {&s_to_string, m_to_string}};
/* inspect.c recognises RegExp objects by this name */
static const TsClass regexp_class = {"RegExp", NULL, 3, regexp_methods, regexp_finalize, 0, NULL, NULL, 0, NULL};

static TsValue object_new(RxCode *code) {
    TsValue v = ts_obj_new(&regexp_class, 0);
    RxObj *r = (RxObj *)ts_alloc(sizeof(RxObj));
    r->code = code;
    r->last_index = 0;
    ts_obj_set_native(v.u.obj, r);
    return v;
}

bool ts_is_regexp(TsValue v) { return v.tag == TS_OBJECT && v.u.obj->cls == &regexp_class; }

static RxObj *rx(TsValue re) {
    if (!ts_is_regexp(re)) {
        TsString *s = ts_tmp_str(ts_inspect(re));
        ts_throw_error(TS_ERR_TYPE, "%s is not a RegExp", s->data);
    }
    return (RxObj *)ts_obj_native(re.u.obj);
}

void ts_regexp_init_sites(TsRegExpSite *const *sites, int n) {
    int i;
    for (i = 0; i < n; i++)
        if (!sites[i]->code) {
            TsString *f = ts_tmp_str(ts_str_from_cstr(sites[i]->flags));
            sites[i]->code = code_compile(sites[i]->source, parse_flags(f));
        }
}

TsValue ts_regexp_lit(TsRegExpSite *site) {
    ts_regexp_init_sites(&site, 1);
    site->code->refs++;
    return object_new(site->code);
}

TsValue ts_regexp_new(TsValue pattern, TsValue flags) {
    TsString *src;
    unsigned bits;
    if (ts_is_regexp(pattern)) {
        RxCode *c = rx(pattern)->code;
        if (flags.tag == TS_UNDEFINED) {
            c->refs++;
            return object_new(c);
        }
        /* the same pattern with other flags: its source reads the same (the
         * escapes `source` adds do not change the meaning) */
        src = c->source->len == 4 && memcmp(c->source->data, "(?:)", 4) == 0 ? ts_str_empty() : c->source;
    } else {
        src = pattern.tag == TS_UNDEFINED ? ts_str_empty() : ts_tmp_str(ts_to_string(pattern));
    }
    bits = parse_flags(flags.tag == TS_UNDEFINED ? ts_str_empty() : ts_tmp_str(ts_to_string(flags)));
    return object_new(code_compile(src, bits));
}

TsString *ts_regexp_source(TsValue re) { return ts_str_retain(rx(re)->code->source); }

TsString *ts_regexp_flags(TsValue re) {
    char f[8];
    flags_text(rx(re)->code->flags, f);
    return ts_str_from_cstr(f);
}

bool ts_regexp_has_indices(TsValue re) { return (rx(re)->code->flags & RX_D) != 0; }
bool ts_regexp_global(TsValue re) { return (rx(re)->code->flags & RX_G) != 0; }
bool ts_regexp_ignore_case(TsValue re) { return (rx(re)->code->flags & RX_I) != 0; }
bool ts_regexp_multiline(TsValue re) { return (rx(re)->code->flags & RX_M) != 0; }
bool ts_regexp_dot_all(TsValue re) { return (rx(re)->code->flags & RX_S) != 0; }
bool ts_regexp_unicode(TsValue re) { return (rx(re)->code->flags & RX_U) != 0; }
bool ts_regexp_sticky(TsValue re) { return (rx(re)->code->flags & RX_Y) != 0; }
double ts_regexp_last_index(TsValue re) { return rx(re)->last_index; }
void ts_regexp_set_last_index(TsValue re, double value) { rx(re)->last_index = value; }

TsString *ts_regexp_to_string(TsValue re) {
    RxCode *c = rx(re)->code;
    char f[8];
    TsBuf b;
    flags_text(c->flags, f);
    buf_init(&b);
    buf_putc(&b, '/');
    buf_put_str(&b, c->source);
    buf_putc(&b, '/');
    buf_puts(&b, f);
    return buf_to_str(&b);
}

/* ------------------------------------------------------------ matching */

/* A string being matched: its UTF-16 units and PCRE2's match data. */
typedef struct Matcher {
    RxCode *code;
    TsString *s; /* borrowed */
    uint16_t *u;
    uint32_t n;
    pcre2_match_data *md;
    PCRE2_SIZE *ov;
    int rc;    /* of the last match */
    int error; /* a PCRE2 error (a limit) that ended the matching; thrown by matcher_end */
} Matcher;

static bool has_lone_surrogate(const uint16_t *u, uint32_t n) {
    uint32_t i;
    for (i = 0; i < n; i++) {
        if (u[i] >= 0xD800 && u[i] <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) i++;
        else if (u[i] >= 0xD800 && u[i] <= 0xDFFF) return true;
    }
    return false;
}

static void matcher_close(Matcher *m) {
    pcre2_match_data_free(m->md);
    ts_dealloc(m->u);
    m->md = NULL;
    m->u = NULL;
}

/* Throws "Regular expression /source/flags <what>". */
static void throw_about(const RxCode *c, TsErrorKind kind, const char *what) TS_NORETURN;
static void throw_about(const RxCode *c, TsErrorKind kind, const char *what) {
    char f[8];
    TsBuf b;
    flags_text(c->flags, f);
    buf_init(&b);
    buf_puts(&b, "Regular expression /");
    buf_put_str(&b, c->source);
    buf_putc(&b, '/');
    buf_puts(&b, f);
    buf_putc(&b, ' ');
    buf_puts(&b, what);
    throw_message(kind, buf_to_str(&b));
}

/* Opens a matcher on s; throws (holding nothing) when s cannot be matched. */
static void matcher_open(Matcher *m, RxCode *code, TsString *s) {
    m->code = code;
    m->s = s;
    m->u = str_to_u16(s, &m->n);
    m->md = NULL;
    m->rc = 0;
    m->error = 0;
    if (code->surrogates && has_lone_surrogate(m->u, m->n)) {
        matcher_close(m);
        throw_about(code, TS_ERR_TYPE, "cannot match a string that holds a lone surrogate");
    }
    m->md = pcre2_match_data_create(code->ncaps + 1, gen_ctx);
    if (!m->md) {
        matcher_close(m);
        throw_about(code, TS_ERR_RANGE, "ran out of memory");
    }
    m->ov = pcre2_get_ovector_pointer(m->md);
}

/* AdvanceStringIndex: one code unit, or one code point with the u flag. */
static uint32_t advance_index(const Matcher *m, uint32_t i) {
    if ((m->code->flags & RX_U) && i + 1 < m->n && m->u[i] >= 0xD800 && m->u[i] <= 0xDBFF && m->u[i + 1] >= 0xDC00 &&
        m->u[i + 1] <= 0xDFFF)
        return i + 2;
    return i + 1;
}

/* Matches at `from` or later (only at `from` when sticky). A limit ends
 * the matching: false, with m->error set (matcher_end throws it). */
static bool matcher_find(Matcher *m, uint32_t from, bool sticky) {
    if (from > m->n || m->error) return false;
    /* with the u flag an index inside a surrogate pair means the pair, as
     * in node, except for a pattern of one astral code point, which node
     * searches as text from that index */
    if ((m->code->flags & RX_U) && !m->code->astral_text && from > 0 && from < m->n && m->u[from] >= 0xDC00 &&
        m->u[from] <= 0xDFFF && m->u[from - 1] >= 0xD800 && m->u[from - 1] <= 0xDBFF)
        from--;
    pcre2_set_match_limit(match_ctx, match_limit);
    pcre2_set_depth_limit(match_ctx, depth_limit);
    pcre2_set_heap_limit(match_ctx, m->code->heap_kib);
    m->rc = pcre2_match(m->code->re, m->u, m->n, from, sticky ? PCRE2_ANCHORED : 0, m->md, match_ctx);
    if (m->rc > 0) return true;
    if (m->rc != PCRE2_ERROR_NOMATCH) m->error = m->rc;
    return false;
}

/* Is there a match at `from` or later (only at `from` when sticky)? Asked
 * of PCRE2's DFA matcher, which explores every path at once: no
 * backtracking, so its memory does not grow with the string and no input
 * makes it slow. Sets ov[0] to where the leftmost match starts. Falls back
 * to matcher_find for what the DFA matcher does not run. */
static bool matcher_exists(Matcher *m, uint32_t from, bool sticky) {
    size_t size = 0;
    uint32_t wscount;
    int rc = PCRE2_ERROR_DFA_WSSIZE, tries;
    if (m->code->no_dfa || from > m->n) return matcher_find(m, from, sticky);
    pcre2_pattern_info(m->code->re, PCRE2_INFO_SIZE, &size);
    pcre2_set_match_limit(match_ctx, match_limit);
    pcre2_set_depth_limit(match_ctx, depth_limit);
    pcre2_set_heap_limit(match_ctx, m->code->heap_kib);
    /* the workspace holds the active states: usually few; grown when short */
    wscount = (uint32_t)size / 4 + 64;
    for (tries = 0; tries < 4 && rc == PCRE2_ERROR_DFA_WSSIZE; tries++, wscount *= 4) {
        int *ws = (int *)rx_malloc(wscount * sizeof(int), NULL);
        if (!ws) break;
        rc = pcre2_dfa_match(m->code->re, m->u, m->n, from, PCRE2_DFA_SHORTEST | (sticky ? PCRE2_ANCHORED : 0), m->md,
                             match_ctx, ws, wscount);
        rx_free(ws, NULL);
    }
    if (rc >= 0) return true; /* 0: more matches than the ovector holds */
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    if (rc == PCRE2_ERROR_DFA_UITEM || rc == PCRE2_ERROR_DFA_UCOND || rc == PCRE2_ERROR_DFA_UINVALID_UTF)
        m->code->no_dfa = true;
    return matcher_find(m, from, sticky);
}

/* Closes the matcher; when a limit ended the matching, throws the
 * RangeError (the caller has released what it held). */
static void matcher_end(Matcher *m) {
    char what[80];
    int error = m->error;
    matcher_close(m);
    switch (error) {
    case 0: return;
    case PCRE2_ERROR_MATCHLIMIT:
        snprintf(what, sizeof what, "exceeded its backtracking limit (%lu steps)", (unsigned long)match_limit);
        break;
    case PCRE2_ERROR_DEPTHLIMIT:
    case PCRE2_ERROR_HEAPLIMIT:
        snprintf(what, sizeof what, "exceeded its backtracking depth limit (%lu levels)", (unsigned long)depth_limit);
        break;
    case PCRE2_ERROR_NOMEMORY: snprintf(what, sizeof what, "ran out of memory"); break;
    default: snprintf(what, sizeof what, "failed (PCRE2 error %d)", error); break;
    }
    throw_about(m->code, TS_ERR_RANGE, what);
}

/* Releases v and throws if the matching ended on a limit, else closes. */
static void matcher_end_dropping(Matcher *m, TsValue v) {
    if (m->error) ts_release(v);
    matcher_end(m);
}

static bool group_matched(const Matcher *m, uint32_t g) { return (int)g < m->rc && m->ov[2 * g] != PCRE2_UNSET; }

/* Units [a, b) of the subject as a string. */
static TsString *slice(const Matcher *m, size_t a, size_t b) {
    if (a == 0 && b == m->n) return ts_str_retain(m->s);
    if (m->s->len == m->s->len16) return ts_str_new(m->s->data + a, b - a);
    return str_from_u16(m->u + a, b - a);
}

static TsValue capture(const Matcher *m, uint32_t g) {
    if (!group_matched(m, g)) return ts_undefined();
    return ts_str_v(slice(m, m->ov[2 * g], m->ov[2 * g + 1]));
}

static TsMatchArray *match_array_new(uint32_t n) {
    TsMatchArray *r = (TsMatchArray *)arr_alloc(sizeof(TsMatchArray), n);
    r->a.h.shape = TS_SHAPE_MATCH;
    r->a.len = n;
    r->groups = ts_undefined();
    r->indices = ts_undefined();
    return r;
}

/* The groups object: name -> items[group]. */
static TsValue groups_of(const RxCode *c, const TsValue *items) {
    TsValue g;
    uint32_t i;
    if (c->nnames == 0) return ts_undefined();
    g = ts_obj_new(&ts_null_proto_class, c->nnames);
    for (i = 0; i < c->nnames; i++) ts_obj_set(g, c->names[i].name, items[c->names[i].group]);
    return g;
}

/* The d flag's indices: [start, end] per group, with their own groups. */
static TsValue indices_of(const Matcher *m) {
    TsMatchArray *r = match_array_new(m->code->ncaps + 1);
    uint32_t g;
    for (g = 0; g <= m->code->ncaps; g++) {
        if (group_matched(m, g)) {
            TsValue pair[2];
            pair[0] = ts_num((double)m->ov[2 * g]);
            pair[1] = ts_num((double)m->ov[2 * g + 1]);
            r->a.e.items[g] = ts_arr_of(2, pair);
        } else {
            r->a.e.items[g] = ts_undefined();
        }
    }
    r->index = 0;
    r->groups = groups_of(m->code, r->a.e.items);
    return ts_arr_v(&r->a);
}

/* The exec result of the last match. */
static TsValue match_result(const Matcher *m) {
    TsMatchArray *r = match_array_new(m->code->ncaps + 1);
    uint32_t g;
    for (g = 0; g <= m->code->ncaps; g++) r->a.e.items[g] = capture(m, g);
    r->index = (double)m->ov[0];
    r->input = ts_str_retain(m->s);
    r->groups = groups_of(m->code, r->a.e.items);
    if (m->code->flags & RX_D) r->indices = indices_of(m);
    return ts_arr_v(&r->a);
}

/* ToLength */
static double to_length(double d) {
    if (d != d || d <= 0) return 0;
    d = floor(d);
    return d > MAX_LENGTH ? MAX_LENGTH : d;
}

/* RegExpBuiltinExec: a match from lastIndex (0 unless g or y), updating
 * lastIndex for g and y. The matcher is open on the object's string. */
static bool builtin_exec(RxObj *o, Matcher *m) {
    bool gy = (o->code->flags & (RX_G | RX_Y)) != 0;
    double last = gy ? to_length(o->last_index) : 0;
    if (last > m->n || !matcher_find(m, (uint32_t)last, (o->code->flags & RX_Y) != 0)) {
        if (gy) o->last_index = 0;
        return false;
    }
    if (gy) o->last_index = (double)m->ov[1];
    return true;
}

TsValue ts_regexp_exec(TsValue re, TsString *s) {
    RxObj *o = rx(re);
    Matcher m;
    TsValue r = ts_null();
    if (!s) s = ts_tmp_str(ts_str_from_cstr("undefined"));
    matcher_open(&m, o->code, s);
    if (builtin_exec(o, &m)) r = match_result(&m);
    matcher_end(&m);
    return r;
}

/* Without g and y nothing but the answer is observable: the DFA matcher gives it. */
bool ts_regexp_test(TsValue re, TsString *s) {
    RxObj *o = rx(re);
    Matcher m;
    bool found;
    if (!s) s = ts_tmp_str(ts_str_from_cstr("undefined"));
    matcher_open(&m, o->code, s);
    if (o->code->flags & (RX_G | RX_Y)) found = builtin_exec(o, &m);
    else found = matcher_exists(&m, 0, false);
    matcher_end(&m);
    return found;
}

static TsString *arg_string(int argc, const TsValue *argv) {
    TsValue v = ts_arg(argc, argv, 0);
    return ts_tmp_str(ts_to_string(v));
}

static TsValue m_exec(TsValue self, int argc, const TsValue *argv) {
    return ts_regexp_exec(self, arg_string(argc, argv));
}
static TsValue m_test(TsValue self, int argc, const TsValue *argv) {
    return ts_bool(ts_regexp_test(self, arg_string(argc, argv)));
}
static TsValue m_to_string(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_str_v(ts_regexp_to_string(self));
}

static TsMatchArray *match_of(TsValue m) {
    TsMatchArray *r = as_match(m);
    if (!r) ts_throw_error(TS_ERR_TYPE, "not a RegExp match");
    return r;
}

double ts_match_index(TsValue m) { return match_of(m)->index; }
TsString *ts_match_input(TsValue m) { return match_of(m)->input; }
TsValue ts_match_groups(TsValue m) { return match_of(m)->groups; }
TsValue ts_match_indices(TsValue m) { return match_of(m)->indices; }

/* ------------------------------------------------------------ String methods */

/* The global loop of @@match and @@replace: every match from lastIndex 0,
 * an empty match stepping one index (one code point with u); lastIndex
 * ends at 0. Calls each(m, ctx) for each match. */
static void each_match(RxObj *o, Matcher *m, void (*each)(Matcher *, void *), void *ctx) {
    o->last_index = 0;
    while (builtin_exec(o, m)) {
        each(m, ctx);
        if (m->ov[1] == m->ov[0]) o->last_index = advance_index(m, (uint32_t)to_length(o->last_index));
    }
}

static void push_match_string(Matcher *m, void *ctx) { ts_arr_push(*(TsValue *)ctx, ts_tmp(capture(m, 0))); }

TsValue ts_str_match_re(TsString *s, TsValue re) {
    RxObj *o = rx(re);
    Matcher m;
    TsValue all;
    if (!(o->code->flags & RX_G)) return ts_regexp_exec(re, s);
    matcher_open(&m, o->code, s);
    all = ts_arr_new(0);
    each_match(o, &m, push_match_string, &all);
    matcher_end_dropping(&m, all);
    if (ts_arr_length(all) == 0) {
        ts_release(all);
        return ts_null();
    }
    return all;
}

TsValue ts_str_match_all_re(TsString *s, TsValue re) {
    RxObj *o = rx(re), clone;
    Matcher m;
    TsValue all;
    if (!(o->code->flags & RX_G))
        ts_throw_error(TS_ERR_TYPE, "String.prototype.matchAll called with a non-global RegExp argument");
    /* the iterator works on a copy that starts at the original's lastIndex */
    clone.code = o->code;
    clone.last_index = to_length(o->last_index);
    matcher_open(&m, o->code, s);
    all = ts_arr_new(0);
    while (builtin_exec(&clone, &m)) {
        ts_arr_push(all, ts_tmp(match_result(&m)));
        if (m.ov[1] == m.ov[0]) clone.last_index = advance_index(&m, (uint32_t)to_length(clone.last_index));
    }
    matcher_end_dropping(&m, all);
    return all;
}

/* search matches from 0 whatever lastIndex is, and leaves lastIndex alone */
double ts_str_search_re(TsString *s, TsValue re) {
    RxObj *o = rx(re);
    Matcher m;
    double index = -1;
    matcher_open(&m, o->code, s);
    if (matcher_exists(&m, 0, (o->code->flags & RX_Y) != 0)) index = (double)m.ov[0];
    matcher_end(&m);
    return index;
}

/* GetSubstitution: appends the replacement for the current match. */
static void put_substitution(TsBuf *b, const Matcher *m, TsString *rep) {
    const char *r = rep->data;
    size_t i = 0, len = rep->len;
    uint32_t ncaps = m->code->ncaps;
    while (i < len) {
        const char *d = (const char *)memchr(r + i, '$', len - i);
        size_t k;
        if (!d) {
            buf_put(b, r + i, len - i);
            break;
        }
        k = (size_t)(d - r);
        buf_put(b, r + i, k - i);
        i = k + 1;
        if (i >= len) {
            buf_putc(b, '$');
            break;
        }
        if (r[i] == '$') {
            buf_putc(b, '$');
            i++;
        } else if (r[i] == '&' || r[i] == '`' || r[i] == '\'') {
            size_t from = r[i] == '\'' ? m->ov[1] : r[i] == '&' ? m->ov[0] : 0;
            size_t to = r[i] == '`' ? m->ov[0] : r[i] == '&' ? m->ov[1] : m->n;
            TsString *part = slice(m, from, to);
            buf_put_str(b, part);
            ts_str_release(part);
            i++;
        } else if (r[i] >= '0' && r[i] <= '9') {
            uint32_t g = (uint32_t)(r[i] - '0');
            size_t used = 1;
            if (i + 1 < len && r[i + 1] >= '0' && r[i + 1] <= '9' && g * 10 + (uint32_t)(r[i + 1] - '0') >= 1 &&
                g * 10 + (uint32_t)(r[i + 1] - '0') <= ncaps) {
                g = g * 10 + (uint32_t)(r[i + 1] - '0');
                used = 2;
            }
            if (g < 1 || g > ncaps) {
                buf_putc(b, '$');
                continue;
            }
            if (group_matched(m, g)) {
                TsString *part = slice(m, m->ov[2 * g], m->ov[2 * g + 1]);
                buf_put_str(b, part);
                ts_str_release(part);
            }
            i += used;
        } else if (r[i] == '<' && m->code->nnames) {
            const char *close = (const char *)memchr(r + i, '>', len - i);
            uint32_t k2;
            if (!close) {
                buf_putc(b, '$');
                continue;
            }
            for (k2 = 0; k2 < m->code->nnames; k2++) {
                TsString *name = m->code->names[k2].name;
                if (name->len == (size_t)(close - r - i - 1) && memcmp(name->data, r + i + 1, name->len) == 0) {
                    uint32_t g = m->code->names[k2].group;
                    if (group_matched(m, g)) {
                        TsString *part = slice(m, m->ov[2 * g], m->ov[2 * g + 1]);
                        buf_put_str(b, part);
                        ts_str_release(part);
                    }
                    break;
                }
            }
            i = (size_t)(close - r) + 1;
        } else {
            buf_putc(b, '$');
        }
    }
}

typedef struct Replace {
    TsValue parts;  /* the pieces of the result, joined at the end */
    uint32_t next;  /* nextSourcePosition */
    uint32_t count; /* matches replaced */
    TsString *rep;
} Replace;

static void replace_one(Matcher *m, void *ctx) {
    Replace *rp = (Replace *)ctx;
    TsBuf b;
    buf_init(&b);
    buf_put_str(&b, ts_tmp_str(slice(m, rp->next, m->ov[0])));
    put_substitution(&b, m, rp->rep);
    ts_arr_push(rp->parts, ts_tmp(ts_str_v(buf_to_str(&b))));
    rp->next = (uint32_t)m->ov[1];
    rp->count++;
}

static TsString *replace_with_string(TsString *s, RxObj *o, TsString *rep) {
    Matcher m;
    Replace rp;
    if (!rep) rep = ts_tmp_str(ts_str_from_cstr("undefined"));
    matcher_open(&m, o->code, s);
    rp.parts = ts_arr_new(0);
    rp.next = 0;
    rp.count = 0;
    rp.rep = rep;
    if (o->code->flags & RX_G) each_match(o, &m, replace_one, &rp);
    else if (builtin_exec(o, &m)) replace_one(&m, &rp);
    if (rp.count) ts_arr_push(rp.parts, ts_tmp(ts_str_v(slice(&m, rp.next, m.n))));
    matcher_end_dropping(&m, rp.parts);
    if (rp.count == 0) {
        ts_release(rp.parts);
        return ts_str_retain(s);
    }
    {
        TsString *r = ts_arr_join(rp.parts, ts_str_empty());
        ts_release(rp.parts);
        return r;
    }
}

static void collect_result(Matcher *m, void *ctx) { ts_arr_push(*(TsValue *)ctx, ts_tmp(match_result(m))); }

/* The replacer function is called after all matching, as the specification
 * orders it, with each result's match, captures, offset, string and groups. */
static TsString *replace_with_function(TsString *s, RxObj *o, TsValue fn) {
    TsValue results = ts_tmp(ts_arr_new(0)), parts = ts_tmp(ts_arr_new(0));
    Matcher m;
    uint32_t i, n, next = 0;
    matcher_open(&m, o->code, s);
    if (o->code->flags & RX_G) each_match(o, &m, collect_result, &results);
    else if (builtin_exec(o, &m)) collect_result(&m, &results);
    matcher_end(&m);
    n = results.u.arr->len;
    if (n == 0) return ts_str_retain(s);
    for (i = 0; i < n; i++) {
        TsMatchArray *r = (TsMatchArray *)arr_item(results.u.arr, i).u.arr;
        TsValue args = ts_tmp(ts_arr_slice(ts_arr_v(&r->a), 0, INFINITY)), ret;
        TsString *match = r->a.e.items[0].u.str, *text;
        uint32_t pos = (uint32_t)r->index;
        ts_arr_push(args, ts_num(r->index));
        ts_arr_push(args, ts_str_v(s));
        if (r->groups.tag != TS_UNDEFINED) ts_arr_push(args, r->groups);
        ret = ts_tmp(ts_call(fn, (int)args.u.arr->len, arr_values(args.u.arr)));
        text = ts_tmp_str(ts_to_string(ret));
        if (pos >= next) {
            ts_arr_push(parts, ts_tmp(ts_str_v(ts_str_substring(s, next, pos))));
            ts_arr_push(parts, ts_str_v(text));
            next = pos + match->len16;
        }
    }
    ts_arr_push(parts, ts_tmp(ts_str_v(ts_str_substring(s, next, INFINITY))));
    return ts_arr_join(parts, ts_str_empty());
}

static RxObj *global_only(TsValue re) {
    RxObj *o = rx(re);
    if (!(o->code->flags & RX_G))
        ts_throw_error(TS_ERR_TYPE, "String.prototype.replaceAll called with a non-global RegExp argument");
    return o;
}

TsString *ts_str_replace_re(TsString *s, TsValue re, TsString *rep) { return replace_with_string(s, rx(re), rep); }
TsString *ts_str_replace_re_fn(TsString *s, TsValue re, TsValue fn) { return replace_with_function(s, rx(re), fn); }
TsString *ts_str_replace_all_re(TsString *s, TsValue re, TsString *rep) {
    return replace_with_string(s, global_only(re), rep);
}
TsString *ts_str_replace_all_re_fn(TsString *s, TsValue re, TsValue fn) {
    return replace_with_function(s, global_only(re), fn);
}

/* @@split: the specification matches a sticky copy at each index q; a
 * search from q finds the same matches (the first index where one starts). */
TsValue ts_str_split_re(TsString *s, TsValue re, double limit) {
    RxObj *o = rx(re);
    uint32_t lim = limit == INFINITY ? 0xFFFFFFFFu : ts_to_uint32(limit), p = 0, q = 0, g;
    TsValue out;
    Matcher m;
    matcher_open(&m, o->code, s);
    out = ts_arr_new(0);
    if (lim == 0) {
        matcher_close(&m);
        return out;
    }
    if (m.n == 0) {
        if (!matcher_find(&m, 0, true)) ts_arr_push(out, ts_str_v(s));
        matcher_end_dropping(&m, out);
        return out;
    }
    while (q < m.n && matcher_find(&m, q, false) && m.ov[0] < m.n) {
        uint32_t start = (uint32_t)m.ov[0], end = (uint32_t)m.ov[1];
        if (end == p) {
            q = advance_index(&m, start);
            continue;
        }
        ts_arr_push(out, ts_tmp(ts_str_v(slice(&m, p, start))));
        for (g = 1; g <= m.code->ncaps && ts_arr_length(out) < lim; g++) ts_arr_push(out, ts_tmp(capture(&m, g)));
        if (ts_arr_length(out) >= lim) {
            ts_arr_set_length(out, lim);
            matcher_close(&m);
            return out;
        }
        p = q = end;
    }
    ts_arr_push(out, ts_tmp(ts_str_v(slice(&m, p, m.n))));
    matcher_end_dropping(&m, out);
    return out;
}

/* A pattern that is not a RegExp becomes one, as in JavaScript: new RegExp(p)
 * for match and search, new RegExp(p, "g") for matchAll. */
static TsString s_global = TS_STR_LIT("g", 1, 1);
static TsValue pattern_re(TsValue pattern, bool global) {
    if (ts_is_regexp(pattern)) return pattern;
    return ts_tmp(ts_regexp_new(pattern, global ? ts_str_v(&s_global) : ts_undefined()));
}
TsValue ts_str_match_v(TsString *s, TsValue pattern) { return ts_str_match_re(s, pattern_re(pattern, false)); }
TsValue ts_str_match_all_v(TsString *s, TsValue pattern) { return ts_str_match_all_re(s, pattern_re(pattern, true)); }
double ts_str_search_v(TsString *s, TsValue pattern) { return ts_str_search_re(s, pattern_re(pattern, false)); }

TsValue ts_str_split_v(TsString *s, TsValue separator, double limit) {
    if (ts_is_regexp(separator)) return ts_str_split_re(s, separator, limit);
    return ts_str_split(s, separator, limit);
}

static TsString *replace_v(TsString *s, TsValue pattern, TsValue replacement, bool all) {
    if (ts_is_regexp(pattern)) {
        RxObj *o = all ? global_only(pattern) : rx(pattern);
        if (replacement.tag == TS_FUNCTION) return replace_with_function(s, o, replacement);
        return replace_with_string(s, o, ts_tmp_str(ts_to_string(replacement)));
    }
    {
        TsString *pat = ts_tmp_str(ts_to_string(pattern));
        TsString *rep = ts_tmp_str(ts_to_string(replacement));
        return all ? ts_str_replace_all(s, pat, rep) : ts_str_replace(s, pat, rep);
    }
}

TsString *ts_str_replace_v(TsString *s, TsValue pattern, TsValue replacement) {
    return replace_v(s, pattern, replacement, false);
}
TsString *ts_str_replace_all_v(TsString *s, TsValue pattern, TsValue replacement) {
    return replace_v(s, pattern, replacement, true);
}
