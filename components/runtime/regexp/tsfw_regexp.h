/* tsfw_regexp.h - RegExp, with JavaScript's semantics, on PCRE2.
 *
 * Generated code includes this header only when the app uses a RegExp, and
 * only such apps link components/runtime/regexp and PCRE2's 16-bit library
 * (its code units are JavaScript's string indices): nothing has to be
 * called to link it; literals are compiled by ts_regexp_init_sites. On a
 * device, an app whose RegExps use neither the u flag nor \p{...} can link
 * PCRE2 built without Unicode (scripts/pcre2-src.sh T nounicode: 76 KB of
 * lx106 code instead of 231 KB); the u flag and case-insensitive
 * backreferences then throw a SyntaxError that says so.
 * docs/regexp.md lists what is supported, refused and measured.
 *
 * Ownership follows tsfw.h: arguments are borrowed, results are owned (+1)
 * unless a comment says "borrowed".
 *
 * Errors, thrown as JavaScript errors that the app can catch (a replacer
 * function's own throws pass through; the runtime holds only temporaries
 * while it runs one, so nothing leaks):
 *   SyntaxError  an invalid pattern or flags, with node's message:
 *                "Invalid regular expression: /(/: Unterminated group",
 *                "Invalid flags supplied to RegExp constructor 'gg'";
 *                and a valid pattern that PCRE2 cannot match with
 *                JavaScript's semantics, naming the construct:
 *                "Invalid regular expression: /(?:(a)|b)+/: A capture group
 *                that a repeated group can skip is not supported".
 *   RangeError   a match that reaches a limit (see ts_regexp_set_limits):
 *                "Regular expression /(a+)+$/g exceeded its backtracking
 *                limit (50000 steps)".
 *   TypeError    as node: matchAll and replaceAll with a non-global RegExp;
 *                and a u-flag pattern that could match a lone surrogate,
 *                used on a string that holds one (PCRE2 cannot see them).
 */
#ifndef TSFW_REGEXP_H
#define TSFW_REGEXP_H

#include "tsfw.h"

/* ------------------------------------------------------------ creation */

/* A regular expression literal /source/flags. The compiler emits one per
 * literal (static, zero code), with the text between the slashes exactly as
 * written, and generated main() compiles them all at start-up:
 *
 *   static TsString lit_src_3 = TS_STR_LIT("^[0-9a-f]+$", 11, 11);
 *   static TsRegExpSite lit_3 = TS_REGEXP_SITE(&lit_src_3, "i");
 *   static TsRegExpSite *const regexp_sites[] = {&lit_3, ...};
 *   ... in main(), after ts_rt_init:  ts_regexp_init_sites(regexp_sites, n);
 *   ... where the literal is evaluated: ts_regexp_lit(&lit_3)
 *
 * The compiler has already checked each literal (an invalid one is a
 * compile-time error), so start-up cannot fail on them. */
typedef struct TsRegExpSite {
    TsString *source;    /* immortal */
    const char *flags;   /* as written after the closing slash */
    struct RxCode *code; /* the compiled pattern, shared by every evaluation */
} TsRegExpSite;
#define TS_REGEXP_SITE(source, flags) \
    { (source), (flags), NULL }

void ts_regexp_init_sites(TsRegExpSite *const *sites, int n);
/* Evaluates a literal: a new RegExp object (its own lastIndex) sharing the
 * site's compiled pattern, compiled now if ts_regexp_init_sites did not. */
TsValue ts_regexp_lit(TsRegExpSite *site);

/* new RegExp(pattern, flags) and RegExp(pattern, flags): pattern is a string
 * or a RegExp (whose flags are used when flags is undefined), anything else
 * is converted with String(); flags is a string or undefined. */
TsValue ts_regexp_new(TsValue pattern, TsValue flags);

/* ------------------------------------------------------------ properties */

TsString *ts_regexp_source(TsValue re); /* "a\/b" for /a\/b/, "(?:)" when empty */
TsString *ts_regexp_flags(TsValue re);  /* in the order "dgimsuy" */
bool ts_regexp_has_indices(TsValue re); /* d */
bool ts_regexp_global(TsValue re);      /* g */
bool ts_regexp_ignore_case(TsValue re); /* i */
bool ts_regexp_multiline(TsValue re);   /* m */
bool ts_regexp_dot_all(TsValue re);     /* s */
bool ts_regexp_unicode(TsValue re);     /* u */
bool ts_regexp_sticky(TsValue re);      /* y */
double ts_regexp_last_index(TsValue re);
void ts_regexp_set_last_index(TsValue re, double value);
TsString *ts_regexp_to_string(TsValue re); /* "/source/flags" */
bool ts_is_regexp(TsValue v);

/* ------------------------------------------------------------ methods */

/* re.exec(s): null, or an array of the match and its captures (undefined
 * for a group that did not participate) with index, input, groups (and
 * indices with the d flag); honours and updates lastIndex for g and y. */
TsValue ts_regexp_exec(TsValue re, TsString *s);
bool ts_regexp_test(TsValue re, TsString *s);

/* The extra properties of an exec/match/matchAll result m (borrowed). */
double ts_match_index(TsValue m);
TsString *ts_match_input(TsValue m);
TsValue ts_match_groups(TsValue m);  /* undefined, or an object name -> string | undefined */
TsValue ts_match_indices(TsValue m); /* undefined without the d flag */

/* String.prototype methods with a RegExp argument. */
TsValue ts_str_match_re(TsString *s, TsValue re);     /* s.match(re): null or an array */
TsValue ts_str_match_all_re(TsString *s, TsValue re); /* [...s.matchAll(re)]: an array of exec results */
double ts_str_search_re(TsString *s, TsValue re);     /* s.search(re) */
/* s.replace(re, replacement) with $$, $&, $`, $', $n, $nn and $<name>. */
TsString *ts_str_replace_re(TsString *s, TsValue re, TsString *replacement);
/* s.replace(re, fn): fn(match, p1.., offset, s[, groups]) for each match. */
TsString *ts_str_replace_re_fn(TsString *s, TsValue re, TsValue fn);
TsString *ts_str_replace_all_re(TsString *s, TsValue re, TsString *replacement); /* TypeError unless g */
TsString *ts_str_replace_all_re_fn(TsString *s, TsValue re, TsValue fn);
/* s.split(re, limit); limit = +Inf when omitted. Captures are spliced in. */
TsValue ts_str_split_re(TsString *s, TsValue re, double limit);

/* The same methods when the argument's type is a union (string | RegExp,
 * string | function): dispatch on the value. match, matchAll and search
 * make a pattern that is not a RegExp into one, as JavaScript does:
 * new RegExp(p) (with the g flag for matchAll). */
TsValue ts_str_match_v(TsString *s, TsValue pattern);
TsValue ts_str_match_all_v(TsString *s, TsValue pattern);
double ts_str_search_v(TsString *s, TsValue pattern);
TsValue ts_str_split_v(TsString *s, TsValue separator, double limit);
TsString *ts_str_replace_v(TsString *s, TsValue pattern, TsValue replacement);
TsString *ts_str_replace_all_v(TsString *s, TsValue pattern, TsValue replacement);

/* ------------------------------------------------------------ limits */

/* Every match runs under two limits, the same on every platform so that
 * a device answers as the host does:
 *   match_limit  backtracking steps per match (PCRE2's match limit);
 *                default 50000: about 10 million lx106 instructions, some
 *                0.12 s at 80 MHz, before the RangeError (measured under
 *                QEMU with -icount: tests/emu/regexp-check.sh);
 *   depth_limit  nested backtracking points (PCRE2's depth limit): a group
 *                repeated over a string nests one or two per repetition
 *                (`(?:a|bc)+` on 100 characters: about 200), so this bounds
 *                the heap of a match: about 100 bytes a level on a 32-bit
 *                device (more with captures), 13 KB at the default, 128,
 *                and 21 KB at the peak while the frames grow.
 * Reaching one throws a RangeError that names the pattern:
 *   "Regular expression /(a+)+$/ exceeded its backtracking limit (50000 steps)".
 * test() without g or y, and search(), ask PCRE2's DFA matcher instead when
 * the pattern has no backreference: it does not backtrack, its memory does
 * not grow with the string, and no input makes it slow. */
#define TS_REGEXP_MATCH_LIMIT 50000u
#define TS_REGEXP_DEPTH_LIMIT 128u
void ts_regexp_set_limits(uint32_t match_limit, uint32_t depth_limit);

/* Bytes PCRE2 holds now and at most since the last reset (compiled
 * patterns and match working memory), for tests and measurements. */
void ts_regexp_heap_stats(size_t *in_use, size_t *peak);
void ts_regexp_heap_reset_peak(void);

#endif
