/* json_parse.c - JSON.parse(text): strict RFC 8259, node's error messages.
 *
 * The parser keeps the open arrays and objects on a heap stack, never on the
 * C stack, so a deeply nested document cannot overflow the device's small
 * task stack. Each container is attached to its parent as soon as it opens:
 * the root owns everything built so far, and a malformed text is released
 * by releasing the root.
 *
 * Limits (ts_json_set_limits, JSON.setLimits): the nesting depth and the text's size in
 * bytes. Past either, JSON.parse throws a RangeError: the text may be valid
 * JSON, it is the runtime's capacity that is exceeded, which is the class
 * of error node uses for its own capacities (Invalid string length,
 * Maximum call stack size exceeded). */
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"
#include "../port/port.h"

/* Devices (lx106, rv32): a depth whose containers fit a small heap and a
 * text the size of a request body. Host: no text node can hold is refused
 * for its size (V8's maximum string length), and no real document is too
 * deep (the frame stack for the default depth takes 16 MB). */
#if PORT_SMALL_RAM
#define JSON_DEFAULT_DEPTH 64u
#define JSON_DEFAULT_BYTES 16384u
#else
#define JSON_DEFAULT_DEPTH 1000000u
#define JSON_DEFAULT_BYTES 536870888u
#endif

static uint32_t limit_depth = JSON_DEFAULT_DEPTH;
static uint32_t limit_bytes = JSON_DEFAULT_BYTES;

void ts_json_set_limits(uint32_t max_depth, uint32_t max_bytes) {
    limit_depth = max_depth ? max_depth : JSON_DEFAULT_DEPTH;
    limit_bytes = max_bytes ? max_bytes : JSON_DEFAULT_BYTES;
}

uint32_t json_max_depth(void) { return limit_depth; }

static TsString s_max_depth = TS_STR_LIT("maxDepth", 8, 8);
static TsString s_max_bytes = TS_STR_LIT("maxBytes", 8, 8);

TsValue ts_json_limits(void) {
    TsString *keys[2];
    TsValue vals[2];
    keys[0] = &s_max_depth;
    keys[1] = &s_max_bytes;
    vals[0] = ts_num(limit_depth);
    vals[1] = ts_num(limit_bytes);
    return ts_obj_lit(2, keys, vals);
}

/* A limit given to JSON.setLimits: undefined keeps cur. */
static uint32_t limit_arg(TsValue limits, TsString *key, uint32_t cur) {
    TsValue v = ts_obj_get(limits, key);
    double d;
    if (v.tag == TS_UNDEFINED) return cur;
    d = v.tag == TS_NUMBER ? v.u.num : 0;
    if (!(d >= 1 && d <= 4294967295.0 && d == (double)(uint32_t)d)) {
        TsString *s = ts_tmp_str(ts_inspect(v));
        ts_throw_error(TS_ERR_RANGE, "JSON.setLimits: %s must be an integer from 1 to 4294967295, got %s", key->data,
                       s->data);
    }
    return (uint32_t)d;
}

TsValue ts_json_set_limits_v(TsValue limits) {
    TsValue before = ts_json_limits();
    uint32_t depth, bytes;
    ts_tmp(before); /* released by a throw below, or at the statement's end */
    depth = limit_arg(limits, &s_max_depth, limit_depth);
    bytes = limit_arg(limits, &s_max_bytes, limit_bytes);
    limit_depth = depth;
    limit_bytes = bytes;
    ts_retain(before);
    return before;
}

void ts_json_get_limits(uint32_t *max_depth, uint32_t *max_bytes) {
    *max_depth = limit_depth;
    *max_bytes = limit_bytes;
}

/* The syntax errors, in V8's words; each is followed by "at position N", N in UTF-16 units. */
typedef enum JsonError {
    JE_TOKEN, /* what V8 says of the character at the read position: end of
                 input, string, number or "Unexpected token" */
    JE_NUMBER,
    JE_STRING,
    JE_PROP_OR_RBRACE,
    JE_COMMA_OR_RBRACK,
    JE_COMMA_OR_RBRACE,
    JE_UNTERMINATED,
    JE_COLON,
    JE_QUOTED_PROP,
    JE_EXPONENT,
    JE_FRACTION,
    JE_MINUS,
    JE_CONTROL,
    JE_UNICODE,
    JE_ESCAPE,
    JE_TRAILING
} JsonError;

static const char *const error_texts[] = {
    "",
    "Unexpected number in JSON",
    "Unexpected string in JSON",
    "Expected property name or '}' in JSON",
    "Expected ',' or ']' after array element in JSON",
    "Expected ',' or '}' after property value in JSON",
    "Unterminated string in JSON",
    "Expected ':' after property name in JSON",
    "Expected double-quoted property name in JSON",
    "Exponent part is missing a number in JSON",
    "Unterminated fractional number in JSON",
    "No number after minus sign in JSON",
    "Bad control character in string literal in JSON",
    "Bad Unicode escape in JSON",
    "Bad escaped character in JSON",
    "Unexpected non-whitespace character after JSON",
};

typedef struct Parser {
    TsString *text;
    const char *p; /* text->data */
    size_t len;    /* text->len */
    size_t i;      /* read position (bytes) */
    TsValue root;  /* owned: the value built so far */
    TsValue *open; /* the open containers, innermost last (borrowed from root) */
    uint32_t depth, cap;
    TsString *key; /* owned: the key whose value comes next in the innermost object */
} Parser;

/* Copies UTF-16 units [from, to) of s as WTF-8 into out (room for 3 bytes a
 * unit, plus the NUL); a surrogate pair cut by a bound leaves a lone half. */
static void put_units(char *out, TsString *s, uint32_t from, uint32_t to) {
    size_t i = 0;
    uint32_t unit = 0;
    while (i < s->len && unit < to) {
        size_t start = i;
        uint32_t cp = wtf8_decode(s->data, s->len, &i);
        if (cp < 0x10000 || (unit >= from && unit + 1 < to)) {
            if (unit >= from) {
                memcpy(out, s->data + start, i - start);
                out += i - start;
            }
            unit += cp < 0x10000 ? 1 : 2;
            continue;
        }
        /* one half of the pair is outside [from, to) */
        cp = unit >= from ? 0xD800 + ((cp - 0x10000) >> 10) : 0xDC00 + ((cp - 0x10000) & 0x3FF);
        if (unit + 1 >= from) {
            out[0] = (char)(0xE0 | (cp >> 12));
            out[1] = (char)(0x80 | ((cp >> 6) & 63));
            out[2] = (char)(0x80 | (cp & 63));
            out += 3;
        }
        unit += 2;
    }
    *out = 0;
}

/* "NaN", "Infinity", "undefined" and "[object Object]": what String() makes
 * of values that are not JSON; V8 names the whole text for them. */
static bool is_special_text(TsString *s) {
    static const char *const names[] = {"NaN", "Infinity", "undefined", "[object Object]"};
    size_t k;
    for (k = 0; k < sizeof names / sizeof names[0]; k++)
        if (s->len == strlen(names[k]) && memcmp(s->data, names[k], s->len) == 0) return true;
    return false;
}

/* V8 quotes up to 10 units either side of an unexpected token in a text of
 * 21 units or more, with "..." where it cut. */
#define CONTEXT_UNITS 10

static void unexpected_token_message(char *msg, size_t cap, TsString *text, uint32_t pos) {
    char token[4], context[2 * CONTEXT_UNITS * 3 + 1];
    uint32_t n = text->len16, from = 0, to = n;
    const char *lead = "", *trail = "";
    if (is_special_text(text)) {
        snprintf(msg, cap, "\"%s\" is not valid JSON", text->data);
        return;
    }
    put_units(token, text, pos, pos + 1);
    if (n >= 2 * CONTEXT_UNITS + 1) {
        if (pos < CONTEXT_UNITS) {
            to = pos + CONTEXT_UNITS;
            trail = "...";
        } else {
            from = pos - CONTEXT_UNITS;
            lead = "...";
            if (pos < n - CONTEXT_UNITS) {
                to = pos + CONTEXT_UNITS;
                trail = "...";
            }
        }
    }
    put_units(context, text, from, to);
    snprintf(msg, cap, "Unexpected token '%s', %s\"%s\"%s is not valid JSON", token, lead, context, trail);
}

/* Releases what the parse built, then throws the SyntaxError for err at the
 * read position. */
static void fail(Parser *P, JsonError err) {
    char msg[128]; /* the longest: a 21-unit context of 3-byte units, about 110 bytes */
    uint32_t pos = (uint32_t)str_count16(P->p, P->i);
    char c = P->i < P->len ? P->p[P->i] : 0;
    if (err == JE_TOKEN && c == '"') err = JE_STRING;
    else if (err == JE_TOKEN && (c == '-' || (c >= '0' && c <= '9'))) err = JE_NUMBER;
    if (err == JE_TOKEN && P->i >= P->len) snprintf(msg, sizeof msg, "Unexpected end of JSON input");
    else if (err == JE_TOKEN) unexpected_token_message(msg, sizeof msg, P->text, pos);
    else snprintf(msg, sizeof msg, "%s at position %lu", error_texts[err], (unsigned long)pos);
    ts_release(P->root);
    ts_str_release(P->key);
    ts_dealloc(P->open);
    ts_throw_error(TS_ERR_SYNTAX, "%s", msg);
}

static void skip_space(Parser *P) {
    while (P->i < P->len) {
        char c = P->p[P->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        P->i++;
    }
}

static bool is_digit(Parser *P) { return P->i < P->len && P->p[P->i] >= '0' && P->p[P->i] <= '9'; }

static void skip_digits(Parser *P) {
    while (is_digit(P)) P->i++;
}

static double scan_number(Parser *P) {
    size_t start = P->i;
    if (P->p[P->i] == '-') {
        P->i++;
        if (!is_digit(P)) fail(P, JE_MINUS);
    }
    if (P->p[P->i] == '0') {
        P->i++;
        if (is_digit(P)) fail(P, JE_NUMBER);
    } else {
        skip_digits(P);
    }
    if (P->i < P->len && P->p[P->i] == '.') {
        P->i++;
        if (!is_digit(P)) fail(P, JE_FRACTION);
        skip_digits(P);
    }
    if (P->i < P->len && (P->p[P->i] == 'e' || P->p[P->i] == 'E')) {
        P->i++;
        if (P->i < P->len && (P->p[P->i] == '+' || P->p[P->i] == '-')) P->i++;
        if (!is_digit(P)) fail(P, JE_EXPONENT);
        skip_digits(P);
    }
    return num_parse_decimal(P->p + start, P->i - start);
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* One escape after the backslash at P->i, appended to b. */
static void scan_escape(Parser *P, TsBuf *b) {
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *e;
    P->i++;
    if (P->i >= P->len) {
        buf_free(b);
        fail(P, JE_TOKEN);
    }
    if (P->p[P->i] == 'u') {
        uint32_t cp = 0;
        int k;
        for (k = 0; k < 4; k++) {
            int h;
            P->i++;
            h = P->i < P->len ? hex_value(P->p[P->i]) : -1;
            if (h < 0) {
                buf_free(b);
                fail(P, JE_UNICODE);
            }
            cp = cp * 16 + (uint32_t)h;
        }
        P->i++;
        buf_put_cp(b, cp); /* pairs of surrogate escapes join here */
        return;
    }
    e = P->p[P->i] ? strchr(from, P->p[P->i]) : NULL;
    if (!e) {
        buf_free(b);
        fail(P, JE_ESCAPE);
    }
    buf_putc(b, to[e - from]);
    P->i++;
}

/* The string whose opening quote is at P->i; owned. */
static TsString *scan_string(Parser *P) {
    TsBuf b;
    size_t start = ++P->i;
    bool escaped = false;
    buf_init(&b);
    for (;;) {
        unsigned char c;
        if (P->i >= P->len) {
            buf_free(&b);
            fail(P, JE_UNTERMINATED);
        }
        c = (unsigned char)P->p[P->i];
        if (c == '"') break;
        if (c < 0x20) {
            buf_free(&b);
            fail(P, JE_CONTROL);
        }
        if (c == '\\') {
            buf_put(&b, P->p + start, P->i - start);
            scan_escape(P, &b);
            start = P->i;
            escaped = true;
        } else {
            P->i++;
        }
    }
    P->i++;
    if (!escaped) return ts_str_new(P->p + start, P->i - 1 - start);
    buf_put(&b, P->p + start, P->i - 1 - start);
    return buf_to_str(&b);
}

/* true, false or null, matched up to the first character that differs. */
static TsValue scan_literal(Parser *P, const char *word, TsValue v) {
    size_t k;
    for (k = 0; word[k]; k++, P->i++)
        if (P->i >= P->len || P->p[P->i] != word[k]) fail(P, JE_TOKEN);
    return v;
}

/* Adds a finished value (owned) to the innermost container, or makes it the root. */
static void attach(Parser *P, TsValue v) {
    TsValue top;
    if (P->depth == 0) {
        P->root = v;
        return;
    }
    top = P->open[P->depth - 1];
    if (top.tag == TS_ARRAY) {
        ts_arr_push(top, v);
    } else {
        ts_obj_set(top, P->key, v);
        ts_str_release(P->key);
        P->key = NULL;
    }
    ts_release(v);
}

static void open_container(Parser *P, TsValue c) {
    if (P->depth >= limit_depth) {
        uint32_t limit = limit_depth;
        ts_release(c);
        ts_release(P->root);
        ts_str_release(P->key);
        ts_dealloc(P->open);
        ts_throw_error(TS_ERR_RANGE, "JSON nesting depth exceeds the limit of %lu (JSON.setLimits)",
                       (unsigned long)limit);
    }
    attach(P, c);
    if (P->depth == P->cap) {
        P->cap = P->cap ? P->cap * 2 : 16;
        P->open = (TsValue *)ts_realloc(P->open, P->cap * sizeof(TsValue));
    }
    P->open[P->depth++] = c;
    P->i++;
}

/* A key and its colon, the key's opening quote at P->i. V8 names the
 * missing colon only after an object's first key. */
static void scan_key(Parser *P, bool first) {
    P->key = scan_string(P);
    skip_space(P);
    if (P->i >= P->len || P->p[P->i] != ':') fail(P, first ? JE_COLON : JE_TOKEN);
    P->i++;
}

/* Reads one value; for an array or object, only its opening. Returns true
 * when the value is complete (a scalar, or an empty container). */
static bool scan_value(Parser *P) {
    char c;
    skip_space(P);
    if (P->i >= P->len) fail(P, JE_TOKEN);
    c = P->p[P->i];
    switch (c) {
    case '"': attach(P, ts_str_v(scan_string(P))); return true;
    case 't': attach(P, scan_literal(P, "true", ts_bool(true))); return true;
    case 'f': attach(P, scan_literal(P, "false", ts_bool(false))); return true;
    case 'n': attach(P, scan_literal(P, "null", ts_null())); return true;
    case '[':
        open_container(P, ts_arr_new(0));
        skip_space(P);
        if (P->i < P->len && P->p[P->i] == ']') {
            P->i++;
            P->depth--;
            return true;
        }
        return false;
    case '{':
        open_container(P, ts_obj_new(NULL, 0));
        skip_space(P);
        if (P->i < P->len && P->p[P->i] == '}') {
            P->i++;
            P->depth--;
            return true;
        }
        if (P->i >= P->len || P->p[P->i] != '"') fail(P, JE_PROP_OR_RBRACE);
        scan_key(P, true);
        return false;
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            attach(P, ts_num(scan_number(P)));
            return true;
        }
        fail(P, JE_TOKEN);
        return false;
    }
}

/* After a complete value inside the innermost container: a comma (and, in
 * an object, the next key), or the closing bracket. Returns true when the
 * container closed. */
static bool scan_after_value(Parser *P) {
    bool is_array = P->open[P->depth - 1].tag == TS_ARRAY;
    char close = is_array ? ']' : '}';
    skip_space(P);
    if (P->i < P->len && P->p[P->i] == close) {
        P->i++;
        P->depth--;
        return true;
    }
    if (P->i >= P->len || P->p[P->i] != ',') fail(P, is_array ? JE_COMMA_OR_RBRACK : JE_COMMA_OR_RBRACE);
    P->i++;
    if (!is_array) {
        skip_space(P);
        if (P->i >= P->len || P->p[P->i] != '"') fail(P, JE_QUOTED_PROP);
        scan_key(P, false);
    }
    return false;
}

TsValue ts_json_parse(TsString *text) {
    static TsString s_undefined = TS_STR_LIT("undefined", 9, 9);
    Parser P;
    memset(&P, 0, sizeof P);
    if (!text) text = &s_undefined;
    if (text->len > limit_bytes)
        ts_throw_error(TS_ERR_RANGE, "JSON text of %lu bytes exceeds the limit of %lu bytes (JSON.setLimits)",
                       (unsigned long)text->len, (unsigned long)limit_bytes);
    P.text = text;
    P.p = text->data;
    P.len = text->len;
    P.root = ts_undefined();
    for (;;) {
        bool complete = scan_value(&P);
        while (complete && P.depth > 0) complete = scan_after_value(&P);
        if (P.depth == 0) break;
    }
    ts_dealloc(P.open);
    P.open = NULL;
    skip_space(&P);
    if (P.i < P.len) fail(&P, JE_TRAILING);
    return P.root;
}
