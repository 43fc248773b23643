/* regexp_syntax.c - JavaScript's RegExp syntax, translated into PCRE2's.
 *
 * The parser follows V8's (node 20): the same grammar with Annex B's
 * leniencies without the u flag, the same order of checks and the same
 * messages. It builds a small tree, checks the constructs PCRE2 cannot
 * express with JavaScript's exact semantics (each refused with a message
 * that names it), and prints a PCRE2 pattern in which nothing depends on
 * PCRE2's own reading of JavaScript:
 *   - \d \s \w, dot, classes and case-insensitive characters become explicit
 *     classes (case classes from node's tables in regexp_tables.h);
 *   - ^ $ \b \B become PCRE2 assertions with JavaScript's line terminators
 *     and word characters;
 *   - named groups become numbered ones (the names are kept here);
 *   - a backreference to a group that cannot have matched yet (a forward
 *     reference, or one inside its own group) matches the empty string.
 * What stays PCRE2's: case-insensitive backreferences (PCRE2's Unicode case
 * folding) and the Unicode property tables behind \p{...} (PCRE2 10.42 has
 * Unicode 14). */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regexp_internal.h"
#include "regexp_tables.h"

#define END      0x200000u   /* past the last code point: the end of the pattern */
#define INF      0x7FFFFFFFu /* V8's kInfinity: an unbounded count */
#define NO_NODE  0xFFFFFFFFu
#define TOO_MANY 0x20000000u /* more repetitions than a string has units */
#define MAX_CP   0x10FFFFu
#define MAX_UNIT 0xFFFFu

/* ------------------------------------------------------------ char sets */

typedef struct Range {
    uint32_t lo, hi;
} Range;

/* A set of code points (or code units) as ranges; sorted and disjoint
 * after set_normalize. */
typedef struct Set {
    Range *r;
    uint32_t n, cap;
} Set;

static void set_add(Set *s, uint32_t lo, uint32_t hi) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->r = (Range *)ts_realloc(s->r, s->cap * sizeof(Range));
    }
    s->r[s->n].lo = lo;
    s->r[s->n].hi = hi;
    s->n++;
}

static void set_free(Set *s) {
    ts_dealloc(s->r);
    s->r = NULL;
    s->n = s->cap = 0;
}

static int range_cmp(const void *a, const void *b) {
    const Range *x = (const Range *)a, *y = (const Range *)b;
    return x->lo < y->lo ? -1 : x->lo > y->lo;
}

static void set_normalize(Set *s) {
    uint32_t i, k = 0;
    if (s->n < 2) return;
    qsort(s->r, s->n, sizeof(Range), range_cmp);
    for (i = 1; i < s->n; i++) {
        if (s->r[i].lo <= s->r[k].hi + 1) {
            if (s->r[i].hi > s->r[k].hi) s->r[k].hi = s->r[i].hi;
        } else {
            s->r[++k] = s->r[i];
        }
    }
    s->n = k + 1;
}

static bool set_has(const Set *s, uint32_t c) {
    uint32_t lo = 0, hi = s->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c < s->r[mid].lo) hi = mid;
        else if (c > s->r[mid].hi) lo = mid + 1;
        else return true;
    }
    return false;
}

/* The complement within [0, max] of a normalized set. */
static void set_complement(Set *s, uint32_t max) {
    Set out = {NULL, 0, 0};
    uint32_t i, next = 0;
    for (i = 0; i < s->n; i++) {
        if (s->r[i].lo > next) set_add(&out, next, s->r[i].lo - 1);
        next = s->r[i].hi + 1;
    }
    if (next <= max && (s->n == 0 || s->r[s->n - 1].hi < max)) set_add(&out, next, max);
    set_free(s);
    *s = out;
}

/* ------------------------------------------------------------ case classes */

typedef struct Fold {
    const RxFoldRun *runs;
    uint32_t n;
} Fold;

static Fold fold_table(bool unicode) {
    Fold f;
    f.runs = unicode ? rx_fold_code_points : rx_fold_units;
    f.n = unicode ? sizeof rx_fold_code_points / sizeof rx_fold_code_points[0]
                  : sizeof rx_fold_units / sizeof rx_fold_units[0];
    return f;
}

static int u32_cmp(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* A sorted list of class representatives. */
typedef struct Reps {
    uint32_t *v;
    uint32_t n, cap;
} Reps;

static void reps_add(Reps *r, uint32_t c) {
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->v = (uint32_t *)ts_realloc(r->v, r->cap * sizeof(uint32_t));
    }
    r->v[r->n++] = c;
}

static bool reps_has(const Reps *r, uint32_t c) {
    return r->n && bsearch(&c, r->v, r->n, sizeof(uint32_t), u32_cmp) != NULL;
}

/* Adds to the normalized set s every character case-equivalent to one in s. */
static void set_close_case(Set *s, bool unicode) {
    Fold f = fold_table(unicode);
    Reps reps = {NULL, 0, 0};
    uint32_t i, k, n0 = s->n;
    for (i = 0; i < f.n; i++) {
        for (k = 0; k < f.runs[i].count; k++) {
            uint32_t c = f.runs[i].start + k * f.runs[i].step;
            uint32_t r = (uint32_t)((int32_t)c + f.runs[i].delta);
            if (set_has(s, c) || set_has(s, r)) reps_add(&reps, r);
        }
    }
    if (reps.n) {
        qsort(reps.v, reps.n, sizeof(uint32_t), u32_cmp);
        for (i = 0; i < f.n; i++) {
            for (k = 0; k < f.runs[i].count; k++) {
                uint32_t c = f.runs[i].start + k * f.runs[i].step;
                uint32_t r = (uint32_t)((int32_t)c + f.runs[i].delta);
                if (reps_has(&reps, r)) {
                    set_add(s, c, c);
                    set_add(s, r, r);
                }
            }
        }
    }
    ts_dealloc(reps.v);
    if (s->n != n0) set_normalize(s);
}

/* ------------------------------------------------------------ the tree */

typedef enum Kind {
    K_CHAR,  /* value: the code point (code unit without u) */
    K_CLASS, /* value: index into Parser.classes */
    K_DOT,
    K_BOL,     /* ^ */
    K_EOL,     /* $ */
    K_WORDB,   /* \b */
    K_NWORDB,  /* \B */
    K_SEQ,     /* children in order */
    K_ALT,     /* children are the alternatives */
    K_GROUP,   /* value: capture index, 0 for (?:) */
    K_LOOK,    /* value: LOOK_* */
    K_BACKREF, /* value: capture index; 0 until a named reference is resolved */
    K_QUANT    /* min, max (INF); one child */
} Kind;

enum {
    LOOK_AHEAD,
    LOOK_AHEAD_NOT,
    LOOK_BEHIND,
    LOOK_BEHIND_NOT
};

/* Facts computed bottom-up (analyse). */
enum {
    F_NULLABLE = 1,   /* can match the empty string */
    F_EMPTY_ONLY = 2, /* can match only the empty string */
    F_EMPTY_LAST = 4, /* an empty match, if any, is its last choice */
    F_CAPTURES = 8,   /* contains a capture group */
    F_FIXED = 16      /* always matches `len` characters */
};

typedef struct Node {
    uint8_t kind;
    uint8_t facts;
    bool greedy;    /* K_QUANT */
    bool empty_ref; /* K_BACKREF: forward or inside its own group: matches "" */
    uint32_t value;
    uint32_t min, max;
    uint32_t child, next; /* first child, next sibling */
    uint32_t len;         /* with F_FIXED */
    uint32_t ref_name;    /* K_BACKREF by name: index into Parser.refs, else NO_NODE */
} Node;

/* A character class: ranges plus Unicode property escapes. */
typedef struct Prop {
    char pcre[40]; /* PCRE2's \p body: "Lu", "sc:Latin", "Alphabetic" */
    bool negated;  /* \P */
} Prop;

typedef struct Class {
    Set set;
    Prop *props;
    uint32_t nprops;
    bool negated;
} Class;

/* A name in UTF-16 units (group names and \k<name> references). */
typedef struct Name16 {
    uint16_t *u;
    uint32_t n;
    uint32_t group;
    bool closed; /* a group name counts (for duplicates) once its group has ended, as in V8 */
} Name16;

typedef struct Parser {
    const uint16_t *src;
    uint32_t n, pos;
    bool u;     /* unicode mode */
    bool icase; /* ignoreCase */
    unsigned flags;
    const RxProbe *probe;
    uint32_t caps_started;
    uint32_t caps_total; /* from scan_captures */
    bool scanned;
    bool has_names;
    uint32_t depth;
    uint32_t *open; /* capture indices of the groups being parsed */
    Node *nodes;
    uint32_t nnodes, capnodes;
    Class *classes;
    uint32_t nclasses, capclasses;
    Name16 *names; /* group names, in order */
    uint32_t nnames, capnames;
    Name16 *refs; /* \k<name> references */
    uint32_t nrefs, caprefs;
    RxTranslation *out;
    jmp_buf fail;
} Parser;

static void fail(Parser *p, const char *msg) {
    p->out->message = msg;
    longjmp(p->fail, 1);
}

/* Refuses a construct that JavaScript accepts. */
static void refuse(Parser *p, const char *what) {
    p->out->refused = true;
    p->out->message = what;
    longjmp(p->fail, 1);
}

static uint32_t node_new(Parser *p, Kind kind) {
    Node *nd;
    if (p->nnodes == p->capnodes) {
        p->capnodes = p->capnodes ? p->capnodes * 2 : 32;
        p->nodes = (Node *)ts_realloc(p->nodes, p->capnodes * sizeof(Node));
    }
    nd = &p->nodes[p->nnodes];
    memset(nd, 0, sizeof *nd);
    nd->kind = (uint8_t)kind;
    nd->child = nd->next = NO_NODE;
    nd->ref_name = NO_NODE;
    return p->nnodes++;
}

#define N(i) (p->nodes[i])

/* A list of sibling nodes under construction. */
typedef struct List {
    uint32_t first, last;
} List;

static void list_add(Parser *p, List *l, uint32_t node) {
    if (l->first == NO_NODE) l->first = node;
    else N(l->last).next = node;
    l->last = node;
}

static uint32_t class_new(Parser *p) {
    if (p->nclasses == p->capclasses) {
        p->capclasses = p->capclasses ? p->capclasses * 2 : 8;
        p->classes = (Class *)ts_realloc(p->classes, p->capclasses * sizeof(Class));
    }
    memset(&p->classes[p->nclasses], 0, sizeof(Class));
    return p->nclasses++;
}

static void name_push(Name16 **list, uint32_t *n, uint32_t *cap, Name16 name) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        *list = (Name16 *)ts_realloc(*list, *cap * sizeof(Name16));
    }
    (*list)[(*n)++] = name;
}

/* ------------------------------------------------------------ reading */

static bool is_lead(uint32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
static bool is_trail(uint32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* The character at pos: a code point (surrogate pairs joined) in unicode
 * mode or when `unicode` is forced, else a code unit. */
static uint32_t char_at(const Parser *p, uint32_t pos, bool unicode, uint32_t *width) {
    uint32_t c;
    *width = 1;
    if (pos >= p->n) return END;
    c = p->src[pos];
    if (unicode && is_lead(c) && pos + 1 < p->n && is_trail(p->src[pos + 1])) {
        *width = 2;
        return 0x10000 + ((c - 0xD800) << 10) + (p->src[pos + 1] - 0xDC00u);
    }
    return c;
}

static uint32_t cur(const Parser *p) {
    uint32_t w;
    return char_at(p, p->pos, p->u, &w);
}

static uint32_t next_char(const Parser *p) {
    uint32_t w;
    char_at(p, p->pos, p->u, &w);
    return char_at(p, p->pos + w, p->u, &w);
}

static void advance(Parser *p) {
    uint32_t w;
    if (p->pos >= p->n) return;
    char_at(p, p->pos, p->u, &w);
    p->pos += w;
}

static void advance_n(Parser *p, int k) {
    while (k-- > 0) advance(p);
}

static int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* Exactly `digits` hex digits; on failure the position is restored. */
static bool parse_hex(Parser *p, int digits, uint32_t *value) {
    uint32_t start = p->pos, v = 0;
    int i;
    for (i = 0; i < digits; i++) {
        int h = hex_value(cur(p));
        if (h < 0) {
            p->pos = start;
            return false;
        }
        v = v * 16 + (uint32_t)h;
        advance(p);
    }
    *value = v;
    return true;
}

/* After "\u": XXXX, a pair of \uXXXX escapes (unicode mode) or {X...}
 * (unicode mode). On failure the position is restored. */
static bool parse_unicode_escape(Parser *p, uint32_t *value, bool unicode) {
    uint32_t start = p->pos;
    if (cur(p) == '{' && unicode) {
        uint32_t v = 0;
        bool any = false;
        advance(p);
        while (hex_value(cur(p)) >= 0) {
            v = v * 16 + (uint32_t)hex_value(cur(p));
            if (v > MAX_CP) break;
            any = true;
            advance(p);
        }
        if (any && v <= MAX_CP && cur(p) == '}') {
            advance(p);
            *value = v;
            return true;
        }
        p->pos = start;
        return false;
    }
    if (!parse_hex(p, 4, value)) return false;
    if (unicode && is_lead(*value) && cur(p) == '\\' && next_char(p) == 'u') {
        uint32_t back = p->pos, trail;
        advance_n(p, 2);
        if (parse_hex(p, 4, &trail) && is_trail(trail)) {
            *value = 0x10000 + ((*value - 0xD800) << 10) + (trail - 0xDC00);
            return true;
        }
        p->pos = back;
    }
    return true;
}

/* Counts every capture group and notes whether any is named (V8's
 * ScanForCaptures): needed to tell a backreference from an octal escape. */
static void scan_captures(Parser *p) {
    uint32_t i = 0, count = 0;
    if (p->scanned) return;
    while (i < p->n) {
        uint16_t c = p->src[i++];
        if (c == '\\') {
            i++;
        } else if (c == '[') {
            while (i < p->n) {
                uint16_t d = p->src[i++];
                if (d == '\\') i++;
                else if (d == ']') break;
            }
        } else if (c == '(') {
            if (i < p->n && p->src[i] == '?') {
                i++;
                if (i >= p->n || p->src[i] != '<') continue;
                i++;
                if (i < p->n && (p->src[i] == '=' || p->src[i] == '!')) continue;
                p->has_names = true;
            }
            count++;
        }
    }
    p->caps_total = count;
    p->scanned = true;
}

/* ------------------------------------------------------------ escapes */

static bool is_syntax_char(uint32_t c) { return c < 128 && c && strchr("^$\\.*+?()[]{}|/", (int)c) != NULL; }

static bool ascii_id_start(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
}

static bool has_property(Parser *p, const char *property, uint32_t c) {
    int r = p->probe ? p->probe->has(p->probe->ctx, property, c) : -1;
    if (r < 0) refuse(p, "A group name with letters beyond ASCII, in an engine without Unicode,");
    return r == 1;
}

static bool id_start(Parser *p, uint32_t c) {
    if (c < 128) return ascii_id_start(c);
    return c < END && has_property(p, "ID_Start", c);
}

static bool id_part(Parser *p, uint32_t c) {
    if (c < 128) return ascii_id_start(c) || is_digit(c);
    if (c == 0x200C || c == 0x200D) return true;
    return c < END && has_property(p, "ID_Continue", c);
}

static void push_unit(Name16 *name, uint32_t *cap, uint32_t c) {
    int k, n = c >= 0x10000 ? 2 : 1;
    if (name->n + 2 > *cap) {
        *cap = *cap ? *cap * 2 : 8;
        name->u = (uint16_t *)ts_realloc(name->u, *cap * sizeof(uint16_t));
    }
    for (k = 0; k < n; k++) {
        if (n == 2) name->u[name->n++] = (uint16_t)(k == 0 ? 0xD800 + ((c - 0x10000) >> 10) : 0xDC00 + (c & 0x3FF));
        else name->u[name->n++] = (uint16_t)c;
    }
}

/* After "<": a group name up to and including ">". Names are read with
 * surrogate pairs joined and \u escapes as under the u flag. */
static Name16 parse_group_name(Parser *p) {
    Name16 name = {NULL, 0, 0, false};
    uint32_t cap = 0;
    bool at_start = true;
    for (;;) {
        uint32_t w, c = char_at(p, p->pos, true, &w);
        if (c != END) p->pos += w;
        if (c == '\\' && p->pos < p->n && p->src[p->pos] == 'u') {
            p->pos++;
            if (!parse_unicode_escape(p, &c, true)) {
                ts_dealloc(name.u);
                fail(p, "Invalid Unicode escape");
            }
        } else if (c == '\\') {
            c = END; /* a backslash is no identifier character */
        }
        if (!at_start && c == '>') break;
        if (at_start ? !id_start(p, c) : !id_part(p, c)) {
            ts_dealloc(name.u);
            fail(p, "Invalid capture group name");
        }
        push_unit(&name, &cap, c);
        at_start = false;
    }
    return name;
}

static bool name_eq(const Name16 *a, const Name16 *b) {
    return a->n == b->n && memcmp(a->u, b->u, a->n * sizeof(uint16_t)) == 0;
}

static uint32_t octal_literal(Parser *p) {
    uint32_t value = cur(p) - '0';
    advance(p);
    if (cur(p) >= '0' && cur(p) <= '7') {
        value = value * 8 + cur(p) - '0';
        advance(p);
        if (value < 32 && cur(p) >= '0' && cur(p) <= '7') {
            value = value * 8 + cur(p) - '0';
            advance(p);
        }
    }
    return value;
}

/* V8's ParseCharacterEscape: the position is on the backslash. */
static uint32_t character_escape(Parser *p, bool in_class) {
    uint32_t c, value;
    advance(p);
    c = cur(p);
    switch (c) {
    case 'f': advance(p); return '\f';
    case 'n': advance(p); return '\n';
    case 'r': advance(p); return '\r';
    case 't': advance(p); return '\t';
    case 'v': advance(p); return '\v';
    case 'c': {
        uint32_t letter = next_char(p);
        uint32_t upper = letter & ~(uint32_t)('A' ^ 'a');
        if (upper >= 'A' && upper <= 'Z') {
            advance_n(p, 2);
            return letter & 0x1F;
        }
        if (p->u) fail(p, "Invalid Unicode escape");
        if (in_class && (is_digit(letter) || letter == '_')) {
            advance_n(p, 2);
            return letter & 0x1F;
        }
        return '\\'; /* a literal backslash; the 'c' is read next */
    }
    case '0':
        if (!is_digit(next_char(p))) {
            advance(p);
            return 0;
        }
        /* fall through */
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        if (p->u) fail(p, "Invalid class escape");
        return octal_literal(p);
    case 'x':
        advance(p);
        if (parse_hex(p, 2, &value)) return value;
        if (p->u) fail(p, "Invalid escape");
        return 'x';
    case 'u':
        advance(p);
        if (parse_unicode_escape(p, &value, p->u)) return value;
        if (p->u) fail(p, "Invalid Unicode escape");
        return 'u';
    case 'k':
        if (!p->u) {
            scan_captures(p);
            if (p->has_names) fail(p, "Invalid escape");
        }
        break;
    default: break;
    }
    if (p->u && !is_syntax_char(c) && !(in_class && c == '-')) fail(p, "Invalid escape");
    advance(p);
    return c;
}

/* ------------------------------------------------------------ properties */

/* Looks a name up in rx_property_names; kinds is the set of kind letters
 * allowed. Returns the entry's canonical name (the name itself when empty)
 * and kind, or NULL. */
static const char *property_lookup(const char *name, const char *kinds, char *kind_out) {
    size_t i;
    for (i = 0; i < sizeof rx_property_names / sizeof rx_property_names[0]; i++) {
        const char *e = rx_property_names[i], *info = e + strlen(e) + 1;
        if (strcmp(e, name) == 0 && strchr(kinds, info[0])) {
            *kind_out = info[0];
            return info[1] ? info + 1 : e;
        }
    }
    return NULL;
}

/* After "\p" or "\P": {Name} or {Name=Value}; adds the property to cls.
 * Returns false when the name is not one JavaScript knows. */
static bool parse_property(Parser *p, Class *cls, bool negated) {
    char name[64], value[64], *dst = name;
    size_t len = 0;
    const char *target;
    char kind;
    Prop prop;
    bool has_value = false;
    if (cur(p) != '{') return false;
    advance(p);
    for (;;) {
        uint32_t c = cur(p);
        if (c == '}') break;
        if (c == '=' && !has_value) {
            dst[len] = 0;
            dst = value;
            len = 0;
            has_value = true;
            advance(p);
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_') || len + 1 >= sizeof name)
            return false;
        dst[len++] = (char)c;
        advance(p);
    }
    advance(p);
    dst[len] = 0;
    if (len == 0 || (has_value && name[0] == 0)) return false;
    if (!has_value) {
        target = property_lookup(name, "gb", &kind);
    } else if (strcmp(name, "General_Category") == 0 || strcmp(name, "gc") == 0) {
        target = property_lookup(value, "g", &kind);
    } else if (strcmp(name, "Script") == 0 || strcmp(name, "sc") == 0 || strcmp(name, "Script_Extensions") == 0 ||
               strcmp(name, "scx") == 0) {
        target = property_lookup(value, "s", &kind);
    } else {
        return false;
    }
    if (!target) return false;
    if (kind == 's') {
        bool extensions = strcmp(name, "scx") == 0 || strcmp(name, "Script_Extensions") == 0;
        snprintf(prop.pcre, sizeof prop.pcre, "%s:%s", extensions ? "scx" : "sc", target);
    } else if (strcmp(target, "Assigned") == 0) {
        snprintf(prop.pcre, sizeof prop.pcre, "Cn"); /* Assigned is everything but Cn */
        negated = !negated;
    } else {
        snprintf(prop.pcre, sizeof prop.pcre, "%s", target);
    }
    prop.negated = negated;
    cls->props = (Prop *)ts_realloc(cls->props, (cls->nprops + 1) * sizeof(Prop));
    cls->props[cls->nprops++] = prop;
    return true;
}

/* \d \D \s \S \w \W \p \P: adds to cls and returns true, or returns false
 * when the escape at the position (on the backslash) is not one. */
static bool class_escape(Parser *p, Class *cls, bool in_class) {
    uint32_t c = next_char(p);
    Set s = {NULL, 0, 0};
    size_t i;
    switch (c) {
    case 'd':
    case 'D': set_add(&s, '0', '9'); break;
    case 's':
    case 'S':
        for (i = 0; i < sizeof rx_space_ranges / sizeof rx_space_ranges[0]; i++)
            set_add(&s, rx_space_ranges[i][0], rx_space_ranges[i][1]);
        break;
    case 'w':
    case 'W':
        set_add(&s, '0', '9');
        set_add(&s, 'A', 'Z');
        set_add(&s, '_', '_');
        set_add(&s, 'a', 'z');
        /* under /iu, \w also holds what folds into it (U+017F, U+212A) */
        if (p->u && p->icase) set_close_case(&s, true);
        break;
    case 'p':
    case 'P':
        if (!p->u) return false;
        advance_n(p, 2);
        if (!parse_property(p, cls, c == 'P'))
            fail(p, in_class ? "Invalid property name in character class" : "Invalid property name");
        return true;
    default: return false;
    }
    advance_n(p, 2);
    set_normalize(&s);
    if (c == 'D' || c == 'S' || c == 'W') set_complement(&s, p->u ? MAX_CP : MAX_UNIT);
    for (i = 0; i < s.n; i++) set_add(&cls->set, s.r[i].lo, s.r[i].hi);
    set_free(&s);
    return true;
}

/* ------------------------------------------------------------ classes */

static void class_add_char(Parser *p, Class *cls, uint32_t c) {
    if (p->u && c >= 0xD800 && c <= 0xDFFF) refuse(p, "A lone surrogate with the u flag");
    set_add(&cls->set, c, c);
}

/* V8's ParseClassEscape: one class atom; *is_class tells a class escape. */
static uint32_t class_atom(Parser *p, Class *cls, bool *is_class) {
    uint32_t c = cur(p), next;
    *is_class = false;
    if (c != '\\') {
        advance(p);
        return c;
    }
    next = next_char(p);
    if (next == 'b') {
        advance_n(p, 2);
        return '\b';
    }
    if (next == '-' && p->u) {
        advance_n(p, 2);
        return '-';
    }
    if (next == END) fail(p, "\\ at end of pattern");
    if (class_escape(p, cls, true)) {
        *is_class = true;
        return 0;
    }
    return character_escape(p, true);
}

static uint32_t parse_class(Parser *p) {
    uint32_t node = node_new(p, K_CLASS), idx = class_new(p);
    N(node).value = idx;
    advance(p); /* [ */
    if (cur(p) == '^') {
        p->classes[idx].negated = true;
        advance(p);
    }
    while (cur(p) != END && cur(p) != ']') {
        bool is_class1, is_class2;
        uint32_t c1 = class_atom(p, &p->classes[idx], &is_class1), c2;
        if (cur(p) != '-') {
            if (!is_class1) class_add_char(p, &p->classes[idx], c1);
            continue;
        }
        advance(p);
        if (cur(p) == END) break;
        if (cur(p) == ']') {
            if (!is_class1) class_add_char(p, &p->classes[idx], c1);
            class_add_char(p, &p->classes[idx], '-');
            break;
        }
        c2 = class_atom(p, &p->classes[idx], &is_class2);
        if (is_class1 || is_class2) {
            if (p->u) fail(p, "Invalid character class");
            if (!is_class1) class_add_char(p, &p->classes[idx], c1);
            class_add_char(p, &p->classes[idx], '-');
            if (!is_class2) class_add_char(p, &p->classes[idx], c2);
            continue;
        }
        if (c1 > c2) fail(p, "Range out of order in character class");
        if (p->u && ((c1 >= 0xD800 && c1 <= 0xDFFF) || (c2 >= 0xD800 && c2 <= 0xDFFF)))
            refuse(p, "A lone surrogate with the u flag");
        set_add(&p->classes[idx].set, c1, c2);
    }
    if (cur(p) == END) fail(p, "Unterminated character class");
    advance(p);
    set_normalize(&p->classes[idx].set);
    return node;
}

/* ------------------------------------------------------------ disjunctions */

static uint32_t parse_disjunction(Parser *p);

/* {n}, {n,}, {n,m}; on failure the position is restored. */
static bool parse_interval(Parser *p, uint32_t *min, uint32_t *max) {
    uint32_t start = p->pos, *dst = min;
    if (!is_digit(next_char(p))) return false;
    advance(p);
    *max = 0;
    for (;;) {
        uint32_t v = 0;
        while (is_digit(cur(p))) {
            uint32_t d = cur(p) - '0';
            if (v > (INF - d) / 10) {
                v = INF;
                while (is_digit(cur(p))) advance(p);
                break;
            }
            v = v * 10 + d;
            advance(p);
        }
        *dst = v;
        if (dst == max || cur(p) != ',') break;
        advance(p);
        if (cur(p) == '}') {
            *max = INF;
            break;
        }
        if (!is_digit(cur(p))) break;
        dst = max;
    }
    if (cur(p) != '}') {
        p->pos = start;
        return false;
    }
    if (dst == min && *max != INF) *max = *min;
    advance(p);
    return true;
}

static bool inside_group(const Parser *p, uint32_t group) {
    uint32_t i;
    for (i = 0; i < p->depth; i++)
        if (p->open[i] == group) return true;
    return false;
}

static uint32_t backref_node(Parser *p, uint32_t group) {
    uint32_t node = node_new(p, K_BACKREF);
    N(node).value = group;
    N(node).empty_ref = group > p->caps_started || inside_group(p, group);
    return node;
}

/* After "\k": <name>. */
static uint32_t parse_named_ref(Parser *p) {
    Name16 name;
    uint32_t node;
    if (cur(p) != '<') fail(p, "Invalid named reference");
    advance(p);
    name = parse_group_name(p);
    node = node_new(p, K_BACKREF);
    N(node).ref_name = p->nrefs;
    name_push(&p->refs, &p->nrefs, &p->caprefs, name);
    return node;
}

/* V8's decimal escape: a backreference when the number is no greater than
 * the count of capture groups in the whole pattern. */
static bool parse_backref_index(Parser *p, uint32_t *index) {
    uint32_t start = p->pos, v;
    advance(p);
    v = cur(p) - '0';
    advance(p);
    while (is_digit(cur(p))) {
        v = v * 10 + (cur(p) - '0');
        if (v > 65536) {
            p->pos = start;
            return false;
        }
        advance(p);
    }
    if (v > p->caps_started) {
        scan_captures(p);
        if (v > p->caps_total) {
            p->pos = start;
            return false;
        }
    }
    *index = v;
    return true;
}

static uint32_t char_node(Parser *p, uint32_t c) {
    uint32_t node = node_new(p, K_CHAR);
    if (p->u && c >= 0xD800 && c <= 0xDFFF) refuse(p, "A lone surrogate with the u flag");
    N(node).value = c;
    return node;
}

static uint32_t class_node_from_escape(Parser *p) {
    uint32_t node = node_new(p, K_CLASS), idx = class_new(p);
    N(node).value = idx;
    class_escape(p, &p->classes[idx], false);
    set_normalize(&p->classes[idx].set);
    return node;
}

/* An atom escape (the position is on the backslash), or NO_NODE for \b \B
 * (added to the list as assertions). */
static uint32_t parse_atom_escape(Parser *p) {
    uint32_t c = next_char(p), index;
    switch (c) {
    case END: fail(p, "\\ at end of pattern"); break;
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        if (parse_backref_index(p, &index)) return backref_node(p, index);
        if (p->u) fail(p, "Invalid escape");
        if (c == '8' || c == '9') {
            advance_n(p, 2);
            return char_node(p, c);
        }
        /* fall through */
    case '0':
        advance(p);
        if (p->u && is_digit(next_char(p))) fail(p, "Invalid decimal escape");
        return char_node(p, octal_literal(p));
    case 'd':
    case 'D':
    case 's':
    case 'S':
    case 'w':
    case 'W': return class_node_from_escape(p);
    case 'p':
    case 'P':
        if (p->u) return class_node_from_escape(p);
        break;
    case 'k':
        if (!p->u) scan_captures(p);
        if (p->u || p->has_names) {
            advance_n(p, 2);
            return parse_named_ref(p);
        }
        break;
    default: break;
    }
    return char_node(p, character_escape(p, false));
}

/* (...) in its forms; the position is on the '('. */
static uint32_t parse_group(Parser *p, bool *quantifiable) {
    uint32_t node, body, look = 0;
    Kind kind = K_GROUP;
    bool capture = true, named = false;
    Name16 name = {NULL, 0, 0, false};
    *quantifiable = true;
    advance(p);
    if (cur(p) == '?') {
        uint32_t c = next_char(p);
        capture = false;
        if (c == ':') {
            advance_n(p, 2);
        } else if (c == '=' || c == '!') {
            kind = K_LOOK;
            look = c == '=' ? LOOK_AHEAD : LOOK_AHEAD_NOT;
            advance_n(p, 2);
        } else if (c == '<') {
            advance(p);
            c = next_char(p);
            if (c == '=' || c == '!') {
                kind = K_LOOK;
                look = c == '=' ? LOOK_BEHIND : LOOK_BEHIND_NOT;
                advance_n(p, 2);
            } else {
                capture = named = true;
                advance(p);
            }
        } else {
            fail(p, "Invalid group");
        }
    }
    if (capture) {
        p->caps_started++;
        if (p->caps_started > RX_MAX_CAPTURES) refuse(p, "More than 255 capture groups");
        if (named) {
            p->has_names = true;
            name = parse_group_name(p);
            name.group = p->caps_started;
        }
    }
    if (p->depth == RX_MAX_NESTING) {
        ts_dealloc(name.u);
        refuse(p, "Nesting groups more than 8 deep");
    }
    p->open[p->depth++] = capture ? p->caps_started : 0;
    node = node_new(p, kind);
    N(node).value = kind == K_LOOK ? look : capture ? p->caps_started : 0;
    if (named) name_push(&p->names, &p->nnames, &p->capnames, name);
    body = parse_disjunction(p);
    N(node).child = body;
    if (cur(p) == END) fail(p, "Unterminated group");
    advance(p); /* ) */
    p->depth--;
    if (named) {
        uint32_t i, me = 0;
        while (p->names[me].group != N(node).value) me++;
        p->names[me].closed = true;
        for (i = 0; i < p->nnames; i++)
            if (i != me && p->names[i].closed && name_eq(&p->names[i], &p->names[me]))
                fail(p, "Duplicate capture group name");
    }
    if (kind == K_LOOK && (p->u || look >= LOOK_BEHIND)) *quantifiable = false;
    return node;
}

/* One term: an assertion, or an atom and its quantifier. */
static void parse_term(Parser *p, List *seq) {
    uint32_t c = cur(p), atom = NO_NODE, min, max;
    bool quantifiable = true;
    switch (c) {
    case '^':
        advance(p);
        list_add(p, seq, node_new(p, K_BOL));
        return;
    case '$':
        advance(p);
        list_add(p, seq, node_new(p, K_EOL));
        return;
    case '\\':
        if (next_char(p) == 'b' || next_char(p) == 'B') {
            list_add(p, seq, node_new(p, next_char(p) == 'b' ? K_WORDB : K_NWORDB));
            advance_n(p, 2);
            return;
        }
        atom = parse_atom_escape(p);
        break;
    case '(': atom = parse_group(p, &quantifiable); break;
    case '[': atom = parse_class(p); break;
    case '.':
        advance(p);
        atom = node_new(p, K_DOT);
        break;
    case '*':
    case '+':
    case '?': fail(p, "Nothing to repeat"); break;
    case '{':
        if (parse_interval(p, &min, &max)) fail(p, "Nothing to repeat");
        if (p->u) fail(p, "Lone quantifier brackets");
        advance(p);
        atom = char_node(p, c);
        break;
    case '}':
    case ']':
        if (p->u) fail(p, "Lone quantifier brackets");
        /* fall through */
    default:
        advance(p);
        atom = char_node(p, c);
        break;
    }
    c = cur(p);
    if (c == '*' || c == '+' || c == '?') {
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : INF;
        advance(p);
    } else if (c == '{' && parse_interval(p, &min, &max)) {
        if (max < min) fail(p, "numbers out of order in {} quantifier");
        if (max >= TOO_MANY) max = INF;
    } else {
        if (c == '{' && p->u) fail(p, "Incomplete quantifier");
        list_add(p, seq, atom);
        return;
    }
    {
        uint32_t q = node_new(p, K_QUANT);
        N(q).min = min;
        N(q).max = max;
        N(q).greedy = true;
        if (cur(p) == '?') {
            N(q).greedy = false;
            advance(p);
        }
        if (!quantifiable) fail(p, "Invalid quantifier");
        N(q).child = atom;
        list_add(p, seq, q);
    }
}

static uint32_t parse_disjunction(Parser *p) {
    List alts = {NO_NODE, NO_NODE};
    uint32_t count = 0, node;
    for (;;) {
        List seq = {NO_NODE, NO_NODE};
        uint32_t s = node_new(p, K_SEQ);
        while (cur(p) != END && cur(p) != '|' && cur(p) != ')') parse_term(p, &seq);
        N(s).child = seq.first;
        /* a sequence of one term is that term: a shallower tree, less stack */
        if (seq.first != NO_NODE && seq.first == seq.last) s = seq.first;
        list_add(p, &alts, s);
        count++;
        if (cur(p) != '|') break;
        advance(p);
    }
    if (count == 1) return alts.first;
    node = node_new(p, K_ALT);
    N(node).child = alts.first;
    return node;
}

/* ------------------------------------------------------------ analysis */

/* Computes the facts of node i from its children's. */
static void analyse(Parser *p, uint32_t i) {
    Node *nd = &N(i);
    uint32_t c;
    uint8_t f = 0;
    for (c = nd->child; c != NO_NODE; c = N(c).next) analyse(p, c);
    nd = &N(i);
    switch (nd->kind) {
    case K_CHAR:
    case K_CLASS:
    case K_DOT:
        f = F_EMPTY_LAST | F_FIXED;
        nd->len = 1;
        break;
    case K_BOL:
    case K_EOL:
    case K_WORDB:
    case K_NWORDB:
    case K_LOOK: f = F_NULLABLE | F_EMPTY_ONLY | F_EMPTY_LAST | F_FIXED; break;
    case K_BACKREF:
        f = F_NULLABLE | F_EMPTY_LAST;
        if (nd->empty_ref) f |= F_EMPTY_ONLY | F_FIXED;
        break;
    case K_SEQ: {
        f = F_NULLABLE | F_EMPTY_ONLY | F_EMPTY_LAST | F_FIXED;
        nd->len = 0;
        for (c = nd->child; c != NO_NODE; c = N(c).next) {
            uint8_t g = N(c).facts;
            f &= (uint8_t)(g | F_CAPTURES);
            f |= (uint8_t)(g & F_CAPTURES);
            nd->len += N(c).len;
        }
        if (!(f & F_NULLABLE)) f |= F_EMPTY_LAST;
        break;
    }
    case K_ALT: {
        bool seen_nullable = false, first = true;
        f = F_EMPTY_ONLY | F_EMPTY_LAST | F_FIXED;
        for (c = nd->child; c != NO_NODE; c = N(c).next) {
            uint8_t g = N(c).facts;
            if (seen_nullable && !(g & F_EMPTY_ONLY)) f &= (uint8_t)~F_EMPTY_LAST;
            if ((g & F_NULLABLE) && !seen_nullable) {
                seen_nullable = true;
                if (!(g & F_EMPTY_LAST)) f &= (uint8_t)~F_EMPTY_LAST;
            }
            if (!(g & F_EMPTY_ONLY)) f &= (uint8_t)~F_EMPTY_ONLY;
            if (!(g & F_FIXED) || (!first && N(c).len != nd->len)) f &= (uint8_t)~F_FIXED;
            if (first) nd->len = N(c).len;
            f |= (uint8_t)(g & F_CAPTURES);
            first = false;
        }
        if (seen_nullable) f |= F_NULLABLE;
        break;
    }
    case K_GROUP:
        f = N(nd->child).facts;
        nd->len = N(nd->child).len;
        if (nd->value) f |= F_CAPTURES;
        break;
    case K_QUANT: {
        uint8_t g = N(nd->child).facts;
        f = (uint8_t)(g & F_CAPTURES);
        if (nd->max == 0 || (g & F_EMPTY_ONLY)) f |= F_EMPTY_ONLY;
        if (nd->min == 0 || (g & F_NULLABLE)) f |= F_NULLABLE;
        if (nd->greedy ? ((g & F_EMPTY_LAST) || !(g & F_NULLABLE)) : (!(f & F_NULLABLE) || (g & F_EMPTY_ONLY)))
            f |= F_EMPTY_LAST;
        if (g & F_EMPTY_ONLY) {
            f |= F_FIXED;
            nd->len = 0;
        } else if ((g & F_FIXED) && nd->min == nd->max && nd->max != INF) {
            f |= F_FIXED;
            nd->len = nd->min * N(nd->child).len;
        }
        break;
    }
    default: break;
    }
    if (nd->kind == K_LOOK) f |= (uint8_t)(N(nd->child).facts & F_CAPTURES);
    nd->facts = f;
}

/* Where a node sits, for the checks of what PCRE2 cannot match the same way. */
typedef struct Where {
    bool repeated;   /* inside the body of a quantifier that can iterate more than once */
    bool skippable;  /* ...and a path within one iteration can skip this node */
    bool never;      /* captures here are never reported (negative lookaround, {0}) */
    bool behind;     /* inside a lookbehind */
    bool behind_rep; /* ...and inside a quantifier with max > 1 there */
} Where;

static void check(Parser *p, uint32_t i, Where w) {
    Node *nd = &N(i);
    uint32_t c;
    Where inner = w;
    switch (nd->kind) {
    case K_GROUP:
        if (nd->value && !w.never) {
            /* JavaScript resets the captures of a repeated group at each iteration; PCRE2 keeps the last value */
            if (w.repeated && w.skippable) refuse(p, "A capture group that a repeated group can skip");
            if (w.behind_rep) refuse(p, "A repeated capture group inside a lookbehind");
        }
        break;
    case K_BACKREF:
        if (w.behind && !nd->empty_ref) refuse(p, "A backreference inside a lookbehind");
        break;
    case K_ALT: inner.skippable = true; break;
    case K_LOOK:
        if (nd->value == LOOK_AHEAD_NOT || nd->value == LOOK_BEHIND_NOT) inner.never = true;
        if (nd->value >= LOOK_BEHIND) {
            inner.behind = true;
            inner.behind_rep = false;
        } else {
            inner.behind = inner.behind_rep = false;
        }
        break;
    case K_QUANT: {
        uint8_t g = N(nd->child).facts;
        /* more repetitions of something that is never empty than any string holds: no match */
        if (nd->min >= TOO_MANY && !(g & F_NULLABLE)) break;
        if (nd->min > RX_MAX_REPEAT || (nd->max > RX_MAX_REPEAT && nd->max != INF))
            refuse(p, "A quantifier count above 65535");
        if ((g & F_EMPTY_ONLY) || nd->max == 0) {
            if (nd->min == 0) inner.never = true; /* the body never runs, or its captures never count */
            break;
        }
        if (nd->max > nd->min && (g & F_NULLABLE) && ((g & F_CAPTURES) || !(g & F_EMPTY_LAST)))
            refuse(p, "A repeated group that can match the empty string first or with captures");
        if (nd->max > 1) {
            inner.repeated = true;
            inner.skippable = false;
            if (w.behind) inner.behind_rep = true;
        } else if (nd->min == 0) {
            inner.skippable = true;
        }
        break;
    }
    default: break;
    }
    for (c = nd->child; c != NO_NODE; c = N(c).next) check(p, c, inner);
    if (nd->kind == K_LOOK && nd->value >= LOOK_BEHIND) {
        /* PCRE2 10.42 needs each alternative of a lookbehind to have a fixed length */
        uint32_t alt = N(nd->child).kind == K_ALT ? N(nd->child).child : nd->child;
        for (; alt != NO_NODE; alt = N(alt).next) {
            if (!(N(alt).facts & F_FIXED)) refuse(p, "A lookbehind of variable length");
            if (N(nd->child).kind != K_ALT) break;
        }
    }
}

/* ------------------------------------------------------------ emission */

static void emit_number(TsBuf *b, uint32_t n, int base) {
    char digits[12];
    int k = 0;
    do {
        digits[k++] = "0123456789abcdef"[n % (uint32_t)base];
        n /= (uint32_t)base;
    } while (n);
    while (k) buf_putc(b, digits[--k]);
}

static void emit_cp(TsBuf *b, uint32_t c) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        buf_putc(b, (char)c);
        return;
    }
    buf_puts(b, "\\x{");
    emit_number(b, c, 16);
    buf_putc(b, '}');
}

static void emit_range(TsBuf *b, uint32_t lo, uint32_t hi) {
    emit_cp(b, lo);
    if (hi > lo) {
        buf_putc(b, '-');
        emit_cp(b, hi);
    }
}

/* The ranges of s as class items; in unicode mode the surrogates are left
 * out (PCRE2 has no such code points) and noted. Returns the items printed. */
static uint32_t emit_ranges(Parser *p, TsBuf *b, const Set *s) {
    uint32_t i, printed = 0;
    for (i = 0; i < s->n; i++) {
        uint32_t lo = s->r[i].lo, hi = s->r[i].hi;
        if (p->u && lo <= 0xDFFF && hi >= 0xD800) {
            p->out->surrogates = true;
            if (lo < 0xD800) emit_range(b, lo, 0xD7FF), printed++;
            if (hi > 0xDFFF) emit_range(b, 0xE000, hi), printed++;
            continue;
        }
        emit_range(b, lo, hi);
        printed++;
    }
    return printed;
}

/* Does the property item (negation applied) hold the surrogate code points? */
static bool prop_has_surrogates(const Prop *pr) {
    static const char *const with[] = {"C", "Cs", "Any", "sc:Unknown", "scx:Unknown"};
    size_t i;
    bool in = false;
    for (i = 0; i < sizeof with / sizeof with[0]; i++)
        if (strcmp(pr->pcre, with[i]) == 0) in = true;
    return in != pr->negated;
}

/* Under /iu, \p{X} also matches what is case-equivalent to a member of X:
 * adds those characters to extra. */
static void close_property_case(Parser *p, const Prop *pr, Set *extra) {
    Fold f = fold_table(true);
    Reps reps = {NULL, 0, 0};
    uint32_t i, k;
    char name[44];
    snprintf(name, sizeof name, "%s", pr->pcre);
    for (i = 0; i < f.n; i++) {
        for (k = 0; k < f.runs[i].count; k++) {
            uint32_t c = f.runs[i].start + k * f.runs[i].step;
            uint32_t r = (uint32_t)((int32_t)c + f.runs[i].delta);
            int in_c = p->probe->has(p->probe->ctx, name, c), in_r = p->probe->has(p->probe->ctx, name, r);
            if (in_c < 0) {
                ts_dealloc(reps.v);
                return; /* unknown to PCRE2: compiling the pattern reports it */
            }
            if ((in_c != pr->negated) || (in_r != pr->negated)) reps_add(&reps, r);
        }
    }
    if (reps.n) {
        qsort(reps.v, reps.n, sizeof(uint32_t), u32_cmp);
        for (i = 0; i < f.n; i++) {
            for (k = 0; k < f.runs[i].count; k++) {
                uint32_t c = f.runs[i].start + k * f.runs[i].step;
                uint32_t r = (uint32_t)((int32_t)c + f.runs[i].delta);
                if (reps_has(&reps, r)) {
                    set_add(extra, c, c);
                    set_add(extra, r, r);
                }
            }
        }
    }
    ts_dealloc(reps.v);
}

static void emit_class(Parser *p, TsBuf *b, Class *cls) {
    uint32_t max = p->u ? MAX_CP : MAX_UNIT, i;
    Set s = {NULL, 0, 0};
    for (i = 0; i < cls->set.n; i++) set_add(&s, cls->set.r[i].lo, cls->set.r[i].hi);
    if (p->icase) {
        set_close_case(&s, p->u);
        if (p->probe)
            for (i = 0; i < cls->nprops; i++) close_property_case(p, &cls->props[i], &s);
        set_normalize(&s);
    }
    if (cls->nprops == 0) {
        TsBuf items;
        if (cls->negated) set_complement(&s, max);
        buf_init(&items);
        if (emit_ranges(p, &items, &s) == 0) {
            buf_puts(b, "(?!)");
        } else {
            buf_putc(b, '[');
            buf_put(b, items.data, items.len);
            buf_putc(b, ']');
        }
        buf_free(&items);
        set_free(&s);
        return;
    }
    /* the ranges stay as they are and PCRE2 negates the whole class */
    buf_puts(b, cls->negated ? "[^" : "[");
    for (i = 0; i < cls->nprops; i++) {
        buf_puts(b, cls->props[i].negated ? "\\P{" : "\\p{");
        buf_puts(b, cls->props[i].pcre);
        buf_putc(b, '}');
        if (prop_has_surrogates(&cls->props[i])) p->out->surrogates = true;
    }
    emit_ranges(p, b, &s);
    if (cls->negated) p->out->surrogates = true;
    buf_putc(b, ']');
    set_free(&s);
}

static void emit_char(Parser *p, TsBuf *b, uint32_t c) {
    Set s = {NULL, 0, 0};
    if (!p->icase) {
        emit_cp(b, c);
        return;
    }
    set_add(&s, c, c);
    set_close_case(&s, p->u);
    if (s.n == 1 && s.r[0].lo == s.r[0].hi) {
        emit_cp(b, c);
    } else {
        buf_putc(b, '[');
        emit_ranges(p, b, &s);
        buf_putc(b, ']');
    }
    set_free(&s);
}

static void emit_word_boundary(Parser *p, TsBuf *b, bool boundary) {
    /* JavaScript's word characters; under /iu also what folds into them */
    const char *w = p->u && p->icase ? "[0-9A-Z_a-z\\x{17f}\\x{212a}]" : "[0-9A-Z_a-z]";
    buf_puts(b, "(?:(?<=");
    buf_puts(b, w);
    buf_puts(b, boundary ? ")(?!" : ")(?=");
    buf_puts(b, w);
    buf_puts(b, ")|(?<!");
    buf_puts(b, w);
    buf_puts(b, boundary ? ")(?=" : ")(?!");
    buf_puts(b, w);
    buf_puts(b, "))");
}

static void emit(Parser *p, uint32_t i);

static void emit_children(Parser *p, uint32_t i, const char *sep) {
    uint32_t c;
    for (c = N(i).child; c != NO_NODE; c = N(c).next) {
        if (c != N(i).child && sep) buf_puts(&p->out->pcre, sep);
        emit(p, c);
    }
}

static void emit(Parser *p, uint32_t i) {
    TsBuf *b = &p->out->pcre;
    Node *nd = &N(i);
    static const char *const looks[] = {"(?=", "(?!", "(?<=", "(?<!"};
    switch (nd->kind) {
    case K_CHAR: emit_char(p, b, nd->value); break;
    case K_CLASS: emit_class(p, b, &p->classes[nd->value]); break;
    case K_DOT:
        if (p->u) p->out->surrogates = true;
        buf_puts(b, p->flags & RX_S ? "(?s:.)" : "[^\\n\\r\\x{2028}\\x{2029}]");
        break;
    /* ^ and $ (compiled with PCRE2_DOLLAR_ENDONLY) are the subject's ends; unlike \A and \z,
     * they do not match next to a lone surrogate under the u flag */
    case K_BOL: buf_puts(b, p->flags & RX_M ? "(?:^|(?<=[\\n\\r\\x{2028}\\x{2029}]))" : "^"); break;
    case K_EOL: buf_puts(b, p->flags & RX_M ? "(?=[\\n\\r\\x{2028}\\x{2029}]|$)" : "$"); break;
    case K_WORDB:
    case K_NWORDB: emit_word_boundary(p, b, nd->kind == K_WORDB); break;
    case K_SEQ: emit_children(p, i, NULL); break;
    case K_ALT: emit_children(p, i, "|"); break;
    case K_GROUP:
        buf_puts(b, nd->value ? "(" : "(?:");
        emit(p, nd->child);
        buf_putc(b, ')');
        break;
    case K_LOOK:
        buf_puts(b, looks[nd->value]);
        emit(p, nd->child);
        buf_putc(b, ')');
        break;
    case K_BACKREF:
        if (nd->empty_ref) break;
        if (p->icase) p->out->icase_backrefs = true;
        buf_puts(b, p->icase ? "(?i:\\g{" : "\\g{");
        emit_number(b, nd->value, 10);
        buf_puts(b, p->icase ? "})" : "}");
        break;
    case K_QUANT:
        if (N(nd->child).facts & F_EMPTY_ONLY) {
            /* V8 drops a quantified zero-width atom when min is 0 and keeps it once otherwise */
            if (nd->min == 0) buf_puts(b, "(?:");
            emit(p, nd->child);
            if (nd->min == 0) buf_puts(b, "){0}");
            break;
        }
        if (nd->min >= TOO_MANY) {
            buf_puts(b, "(?!)");
            break;
        }
        /* the body is one PCRE2 item (a character, a class, a group), so it takes the count as it is */
        emit(p, nd->child);
        buf_putc(b, '{');
        emit_number(b, nd->min, 10);
        buf_putc(b, ',');
        if (nd->max != INF) emit_number(b, nd->max, 10);
        buf_puts(b, nd->greedy ? "}" : "}?");
        break;
    default: break;
    }
}

/* ------------------------------------------------------------ the driver */

static void resolve_refs(Parser *p) {
    uint32_t i, k;
    for (i = 0; i < p->nnodes; i++) {
        Node *nd = &N(i);
        if (nd->kind != K_BACKREF || nd->ref_name == NO_NODE) continue;
        for (k = 0; k < p->nnames; k++)
            if (name_eq(&p->names[k], &p->refs[nd->ref_name])) break;
        if (k == p->nnames) fail(p, "Invalid named capture referenced");
        nd->value = p->names[k].group;
    }
}

/* Named references were parsed without knowing whether their group had
 * opened: decide now (a group that opens later, or encloses the reference,
 * has matched nothing yet). Walks the tree in pattern order. */
static void mark_empty_refs(Parser *p, uint32_t i, uint32_t *opened, uint32_t *open, uint32_t depth) {
    Node *nd = &N(i);
    uint32_t c, k;
    if (nd->kind == K_GROUP && nd->value) {
        *opened = nd->value;
        open[depth++] = nd->value;
    }
    if (nd->kind == K_BACKREF && nd->ref_name != NO_NODE) {
        nd->empty_ref = nd->value > *opened;
        for (k = 0; k < depth; k++)
            if (open[k] == nd->value) nd->empty_ref = true;
    }
    for (c = nd->child; c != NO_NODE; c = N(c).next) mark_empty_refs(p, c, opened, open, depth);
}

static void parser_free(Parser *p) {
    uint32_t i;
    for (i = 0; i < p->nclasses; i++) {
        set_free(&p->classes[i].set);
        ts_dealloc(p->classes[i].props);
    }
    for (i = 0; i < p->nnames; i++) ts_dealloc(p->names[i].u);
    for (i = 0; i < p->nrefs; i++) ts_dealloc(p->refs[i].u);
    ts_dealloc(p->classes);
    ts_dealloc(p->names);
    ts_dealloc(p->refs);
    ts_dealloc(p->nodes);
    ts_dealloc(p->open);
}

/* The names, in the order their groups open. */
static void keep_names(Parser *p, RxTranslation *t) {
    uint32_t i;
    t->names = (RxName *)ts_alloc((p->nnames ? p->nnames : 1) * sizeof(RxName));
    for (i = 0; i < p->nnames; i++) {
        t->names[i].name = str_from_u16(p->names[i].u, p->names[i].n);
        t->names[i].group = p->names[i].group;
    }
    t->nnames = p->nnames;
}

bool rx_translate(const uint16_t *src, uint32_t n, unsigned flags, const RxProbe *probe, RxTranslation *t) {
    Parser p;
    uint32_t root;
    memset(t, 0, sizeof *t);
    buf_init(&t->pcre);
    memset(&p, 0, sizeof p);
    p.src = src;
    p.n = n;
    p.u = (flags & RX_U) != 0;
    p.icase = (flags & RX_I) != 0;
    p.flags = flags;
    p.probe = probe;
    p.out = t;
    p.open = (uint32_t *)ts_alloc(RX_MAX_NESTING * sizeof(uint32_t));
    if (setjmp(p.fail)) {
        parser_free(&p);
        buf_free(&t->pcre);
        return false;
    }
    if (n > RX_MAX_SOURCE_LEN) refuse(&p, "A pattern longer than 32768 characters");
    root = parse_disjunction(&p);
    if (cur(&p) == ')') fail(&p, "Unmatched ')'");
    resolve_refs(&p);
    {
        uint32_t opened = 0;
        mark_empty_refs(&p, root, &opened, p.open, 0);
    }
    analyse(&p, root);
    {
        Where w;
        memset(&w, 0, sizeof w);
        check(&p, root, w);
    }
    emit(&p, root);
    t->ncaps = p.caps_started;
    keep_names(&p, t);
    parser_free(&p);
    return true;
}

void rx_translation_free(RxTranslation *t) {
    uint32_t i;
    for (i = 0; i < t->nnames; i++) ts_str_release(t->names[i].name);
    ts_dealloc(t->names);
    t->names = NULL;
    t->nnames = 0;
    buf_free(&t->pcre);
}

int rx_parse_flags(TsString *flags, unsigned *out) {
    uint32_t i;
    bool v = false;
    *out = 0;
    for (i = 0; i < flags->len; i++) {
        const char *f = strchr(RX_FLAG_CHARS, flags->data[i]);
        unsigned bit;
        if (flags->data[i] == 'v' && !v && !(*out & RX_U)) {
            v = true;
            continue;
        }
        if (!f || !flags->data[i]) return 0;
        bit = 1u << (f - RX_FLAG_CHARS);
        if ((*out & bit) || (bit == RX_U && v)) return 0;
        *out |= bit;
    }
    return v ? -1 : 1;
}
