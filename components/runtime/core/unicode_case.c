/* unicode_case.c - the Unicode tables behind toUpperCase and toLowerCase.
 *
 * unicode_case_table.inc is generated from Debian's unicode-data by
 * tests/c/core/gen/gen_unicode_case.js, which also checks every code point
 * against node. It holds:
 *   - runs of simple mappings: count code points from start, every step-th,
 *     each mapping to itself + delta (the alternating upper/lower pairs of
 *     Latin Extended are one run of step 2);
 *   - the one-to-many mappings of SpecialCasing.txt that apply in every
 *     language ("ß" -> "SS", "ﬀ" -> "FF", "İ" -> "i̇");
 *   - Case_Ignorable and Cased, for the final sigma rule (string.c). */
#include "rt_internal.h"

typedef struct CaseRun {
    uint32_t packed; /* start << 11 | (count - 1) << 1 | (step == 2) */
    int32_t delta;
} CaseRun;

typedef struct CaseExpansion {
    uint32_t cp;
    const char *utf8;
} CaseExpansion;

#include "unicode_case_table.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static uint32_t run_map(const CaseRun *runs, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    /* the last run starting at or before c */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((runs[mid].packed >> 11) <= c) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0) {
        const CaseRun *r = &runs[lo - 1];
        uint32_t offset = c - (r->packed >> 11), step = (r->packed & 1) + 1;
        if (offset % step == 0 && offset / step <= ((r->packed >> 1) & 1023)) return (uint32_t)((int32_t)c + r->delta);
    }
    return c;
}

static const char *expansion(const CaseExpansion *e, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (e[mid].cp < c) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && e[lo].cp == c ? e[lo].utf8 : NULL;
}

static bool in_ranges(const uint32_t *ranges, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((ranges[mid] >> 11) <= c) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && c - (ranges[lo - 1] >> 11) <= (ranges[lo - 1] & 2047);
}

/* Two functions, not one with a flag: an app that only upper-cases links
 * only the upper-case tables. */
void case_put_upper(TsBuf *b, uint32_t c) {
    const char *e = expansion(upper_expansions, COUNT(upper_expansions), c);
    if (e) buf_puts(b, e);
    else buf_put_cp(b, run_map(upper_runs, COUNT(upper_runs), c));
}

void case_put_lower(TsBuf *b, uint32_t c) {
    const char *e = expansion(lower_expansions, COUNT(lower_expansions), c);
    if (e) buf_puts(b, e);
    else buf_put_cp(b, run_map(lower_runs, COUNT(lower_runs), c));
}

bool case_ignorable(uint32_t c) { return in_ranges(ignorable_ranges, COUNT(ignorable_ranges), c); }

bool case_cased(uint32_t c) { return in_ranges(cased_ranges, COUNT(cased_ranges), c); }
