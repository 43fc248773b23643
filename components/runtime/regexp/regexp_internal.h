/* regexp_internal.h - what the RegExp files share: the translation of a
 * JavaScript pattern into a PCRE2 pattern (regexp_syntax.c) and the compiled
 * form (regexp.c). Generated code never includes this header. */
#ifndef TSFW_REGEXP_INTERNAL_H
#define TSFW_REGEXP_INTERNAL_H

#include "rt_internal.h"
#include "tsfw_regexp.h"

/* Flag bits, in the order RegExp.prototype.flags prints them. */
enum {
    RX_D = 1,  /* hasIndices */
    RX_G = 2,  /* global */
    RX_I = 4,  /* ignoreCase */
    RX_M = 8,  /* multiline */
    RX_S = 16, /* dotAll */
    RX_U = 32, /* unicode */
    RX_Y = 64  /* sticky */
};
#define RX_FLAG_CHARS "dgimsuy"

/* Limits of the translation, each reported as a SyntaxError that names it. */
#define RX_MAX_CAPTURES   255
#define RX_MAX_NESTING    8     /* compiling the deepest needs about 6 KB of lx106 stack */
#define RX_MAX_REPEAT     65535 /* PCRE2's largest {n,m} count */
#define RX_MAX_SOURCE_LEN 32768 /* code units */

/* Questions the translation asks the engine (the Unicode properties that
 * only PCRE2's tables know). */
typedef struct RxProbe {
    /* 1 when cp has the property (PCRE2's \p{...} body, e.g. "ID_Start" or
     * "sc:Latin"), 0 when not, -1 when PCRE2 does not know the property. */
    int (*has)(void *ctx, const char *property, uint32_t cp);
    void *ctx;
} RxProbe;

/* A named capture group. */
typedef struct RxName {
    TsString *name; /* owned */
    uint32_t group; /* 1-based capture index */
} RxName;

typedef struct RxTranslation {
    TsBuf pcre;     /* the PCRE2 pattern, ASCII only */
    uint32_t ncaps; /* capture groups */
    RxName *names;  /* named groups, in the order they open */
    uint32_t nnames;
    bool surrogates;     /* (u flag) can match a lone surrogate, which PCRE2 cannot */
    bool icase_backrefs; /* has a backreference under the i flag (PCRE2's Unicode case folding) */
    bool refused;        /* on failure: JavaScript accepts the pattern, this runtime does not */
    const char *message; /* on failure: the reason, as node words it ("Unterminated group"), or
                          * the construct refused ("A lookbehind of variable length"), static */
} RxTranslation;

/* Parses a JavaScript pattern (UTF-16 units) with the flags RX_*, checks it
 * as node does and translates it. Returns false with t->message set on a
 * syntax error or a construct PCRE2 cannot express exactly. */
bool rx_translate(const uint16_t *src, uint32_t n, unsigned flags, const RxProbe *probe, RxTranslation *t);
void rx_translation_free(RxTranslation *t);

/* Parses a flags string into RX_* bits: 1 when valid, 0 on an unknown or
 * repeated flag (node's SyntaxError), -1 for the v flag, which node accepts
 * and this runtime does not. */
int rx_parse_flags(TsString *flags, unsigned *out);

/* Compiles a pattern as new RegExp(source, flags) would (regexp.c), without
 * throwing: NULL, or the SyntaxError's message (owned). For the compiler's
 * check of literals and for tests. */
TsString *rx_check(TsString *source, TsString *flags);

#endif
