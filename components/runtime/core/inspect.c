/* inspect.c - util.inspect with node's defaults, and console.log.
 *
 * This follows the layout rules of node 20's lib/internal/util/inspect.js
 * for the kinds of values this runtime has: depth 2, breakLength 80,
 * compact 3, maxArrayLength 100, arrays of more than 6 items grouped into
 * columns, circular references marked with <ref *N> / [Circular *N]. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

#define BREAK_LENGTH      80
#define COMPACT           3
#define MAX_ARRAY_LENGTH  100
#define MIN_LINE_LENGTH   16
#define MAX_STRING_LENGTH 10000

TsString *(*date_inspect_hook)(TsValue v);
bool (*binary_format_hook)(struct InspectCtx *c, TsValue v, int recurse, InspectStr *out);
/* Defined here, in a file every app links, so that the device API can test it without linking binary.c. */
bool (*ts_bin_bytes_hook)(TsValue v, const uint8_t **data, size_t *len);

/* An owned, NUL-terminated piece of output. */
typedef InspectStr Str;

typedef struct StrList {
    Str *items;
    size_t n;
    size_t cap;
} StrList;

typedef struct InspectCtx {
    int depth;         /* how deep to descend (2 by default) */
    bool show_hidden;  /* node's showHidden (%o): arrays add [length] */
    int indent;        /* node's ctx.indentationLvl */
    int current_depth; /* node's ctx.currentDepth */
    bool uncaught;     /* the value is an uncaught error: its stack as it is, without brackets */
    TsHeap **seen;     /* the objects being formatted (for cycles) */
    size_t nseen, capseen;
    TsHeap **circular; /* objects given a <ref *N> number: N = index + 1 */
    size_t ncirc, capcirc;
} Ctx;

static Str format_value(Ctx *c, TsValue v, int recurse);

/* --------------------------------------------------------------- pieces */

static Str str_take(TsBuf *b) {
    Str s;
    if (!b->data) buf_putc(b, 0), b->len = 0;
    b->data[b->len] = 0;
    s.p = b->data;
    s.len = b->len;
    buf_init(b);
    return s;
}

static Str str_from(const char *p, size_t n) {
    TsBuf b;
    buf_init(&b);
    buf_put(&b, p, n);
    return str_take(&b);
}

static Str str_c(const char *p) { return str_from(p, strlen(p)); }

static void list_push(StrList *l, Str s) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->items = (Str *)ts_realloc(l->items, l->cap * sizeof(Str));
    }
    l->items[l->n++] = s;
}

static void list_free(StrList *l) {
    size_t i;
    for (i = 0; i < l->n; i++) ts_dealloc(l->items[i].p);
    ts_dealloc(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

static bool is_wide(uint32_t c) {
    return c >= 0x1100 &&
           (c <= 0x115F || c == 0x2329 || c == 0x232A || (c >= 0x2E80 && c <= 0x3247 && c != 0x303F) ||
            (c >= 0x3250 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0xA4C6) || (c >= 0xA960 && c <= 0xA97C) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) ||
            (c >= 0xFE30 && c <= 0xFE6B) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
            (c >= 0x1B000 && c <= 0x1B001) || (c >= 0x1F200 && c <= 0x1F251) || (c >= 0x1F300 && c <= 0x1F64F) ||
            (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x1FA70 && c <= 0x1FAFF) ||
            (c >= 0x20000 && c <= 0x3FFFD));
}

static bool is_zero_width(uint32_t c) {
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || (c >= 0x300 && c <= 0x36F) || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) ||
           (c >= 0xE0100 && c <= 0xE01EF);
}

/* Display width, like node's getStringWidth (approximated for non-ASCII). */
static size_t str_width(const char *p, size_t n) {
    size_t i = 0, w = 0;
    while (i < n) {
        uint32_t c = wtf8_decode(p, n, &i);
        if (is_zero_width(c)) continue;
        w += is_wide(c) ? 2 : 1;
    }
    return w;
}

/* --------------------------------------------------------------- quoting */

static void put_escaped(TsBuf *b, const char *p, size_t n) {
    size_t i = 0;
    int quote = '\'';
    bool has_single = memchr(p, '\'', n) != NULL;
    if (has_single) {
        bool has_double = memchr(p, '"', n) != NULL;
        bool has_back = memchr(p, '`', n) != NULL;
        bool has_tpl = false;
        size_t k;
        for (k = 0; k + 1 < n; k++)
            if (p[k] == '$' && p[k + 1] == '{') has_tpl = true;
        if (!has_double) quote = '"';
        else if (!has_back && !has_tpl) quote = '`';
    }
    buf_putc(b, (char)quote);
    while (i < n) {
        size_t start = i;
        uint32_t c = wtf8_decode(p, n, &i);
        char tmp[16];
        if (c == '\'' && quote == '\'') buf_puts(b, "\\'");
        else if (c == '\\') buf_puts(b, "\\\\");
        else if (c == '\b') buf_puts(b, "\\b");
        else if (c == '\t') buf_puts(b, "\\t");
        else if (c == '\n') buf_puts(b, "\\n");
        else if (c == '\f') buf_puts(b, "\\f");
        else if (c == '\r') buf_puts(b, "\\r");
        else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            sprintf(tmp, "\\x%02X", (unsigned)c);
            buf_puts(b, tmp);
        } else if (c >= 0xD800 && c <= 0xDFFF) { /* lone surrogate */
            sprintf(tmp, "\\u%x", (unsigned)c);
            buf_puts(b, tmp);
        } else {
            buf_put(b, p + start, i - start);
        }
    }
    buf_putc(b, (char)quote);
}

static bool is_identifier(const char *k, size_t len) {
    size_t i;
    if (len == 0) return false;
    for (i = 0; i < len; i++) {
        char ch = k[i];
        bool alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
        if (!alpha && !(i > 0 && ch >= '0' && ch <= '9')) return false;
    }
    return true;
}

/* ------------------------------------------------------------ primitives */

static Str format_string(Ctx *c, TsString *s) {
    TsBuf b;
    uint32_t remaining = 0;
    buf_init(&b);
    if (s->len16 > MAX_STRING_LENGTH) {
        remaining = s->len16 - MAX_STRING_LENGTH;
        s = ts_tmp_str(ts_str_slice(s, 0, MAX_STRING_LENGTH));
    }
    if (s->len16 > MIN_LINE_LENGTH && (long)s->len16 > BREAK_LENGTH - c->indent - 4) {
        /* long strings are split after each newline */
        size_t i = 0;
        bool first = true;
        while (i < s->len || first) {
            const char *nl = (const char *)memchr(s->data + i, '\n', s->len - i);
            size_t end = nl ? (size_t)(nl - s->data) + 1 : s->len;
            int k;
            if (!first) {
                buf_puts(&b, " +\n");
                for (k = 0; k < c->indent + 2; k++) buf_putc(&b, ' ');
            }
            put_escaped(&b, s->data + i, end - i);
            first = false;
            i = end;
        }
    } else {
        put_escaped(&b, s->data, s->len);
    }
    if (remaining) {
        char tmp[64];
        sprintf(tmp, "... %lu more character%s", (unsigned long)remaining, remaining > 1 ? "s" : "");
        buf_puts(&b, tmp);
    }
    return str_take(&b);
}

static Str format_number(double n) {
    char tmp[40];
    if (n == 0 && signbit(n)) return str_c("-0");
    num_format(n, tmp);
    return str_c(tmp);
}

static Str format_function(TsFunc *f) {
    TsBuf b;
    buf_init(&b);
    if (f->name && f->name[0]) {
        buf_puts(&b, "[Function: ");
        buf_puts(&b, f->name);
        buf_puts(&b, "]");
    } else {
        buf_puts(&b, "[Function (anonymous)]");
    }
    return str_take(&b);
}

/* ------------------------------------------------------------- grouping */

static void pad_to(TsBuf *b, const char *p, size_t n, long target, bool at_start) {
    long pad = target - (long)str_count16(p, n), i;
    if (at_start)
        for (i = 0; i < pad; i++) buf_putc(b, ' ');
    buf_put(b, p, n);
    if (!at_start)
        for (i = 0; i < pad; i++) buf_putc(b, ' ');
}

/* node's groupArrayElements: lines up many short items in columns. */
static void group_array(Ctx *c, StrList *out, TsArray *arr) {
    size_t total = 0, maxlen = 0, i, j, outlen = out->n;
    size_t *data_len;
    double actual_max, average_bias, biased_max, columns_d;
    size_t columns;
    if (out->n > MAX_ARRAY_LENGTH) outlen--; /* leave "... more items" alone */
    data_len = (size_t *)ts_alloc((outlen ? outlen : 1) * sizeof(size_t));
    for (i = 0; i < outlen; i++) {
        size_t len = str_width(out->items[i].p, out->items[i].len);
        data_len[i] = len;
        total += len + 2;
        if (maxlen < len) maxlen = len;
    }
    actual_max = (double)maxlen + 2;
    if (actual_max * 3 + c->indent < BREAK_LENGTH && ((double)total / actual_max > 5 || maxlen <= 6)) {
        double a, b1, b2;
        StrList rows = {NULL, 0, 0};
        size_t *line_max;
        bool numbers = true;
        average_bias = sqrt(actual_max - (double)total / (double)out->n);
        biased_max = actual_max - 3 - average_bias;
        if (biased_max < 1) biased_max = 1;
        a = floor(sqrt(2.5 * biased_max * (double)outlen) / biased_max + 0.5);
        b1 = floor((BREAK_LENGTH - c->indent) / actual_max);
        b2 = COMPACT * 4;
        columns_d = a < b1 ? a : b1;
        if (b2 < columns_d) columns_d = b2;
        if (15 < columns_d) columns_d = 15;
        if (columns_d <= 1) {
            ts_dealloc(data_len);
            return;
        }
        columns = (size_t)columns_d;
        line_max = (size_t *)ts_alloc(columns * sizeof(size_t));
        for (i = 0; i < columns; i++) {
            size_t m = 0;
            for (j = i; j < outlen; j += columns)
                if (data_len[j] > m) m = data_len[j];
            line_max[i] = m + 2;
        }
        /* node looks at value[i] for every entry: past the items (the
         * [length] of %o) it finds undefined */
        for (i = 0; i < out->n; i++)
            if (i >= arr->len || arr_item(arr, (uint32_t)i).tag != TS_NUMBER) numbers = false;
        for (i = 0; i < outlen; i += columns) {
            size_t max = i + columns < outlen ? i + columns : outlen;
            TsBuf b;
            buf_init(&b);
            for (j = i; j < max - 1; j++) {
                Str *s = &out->items[j];
                long padding = (long)line_max[j - i] + (long)str_count16(s->p, s->len) - (long)data_len[j];
                TsBuf item;
                buf_init(&item);
                buf_put(&item, s->p, s->len);
                buf_puts(&item, ", ");
                pad_to(&b, item.data, item.len, padding, numbers);
                buf_free(&item);
            }
            if (numbers) {
                Str *s = &out->items[j];
                long padding = (long)line_max[j - i] + (long)str_count16(s->p, s->len) - (long)data_len[j] - 2;
                pad_to(&b, s->p, s->len, padding, true);
            } else {
                buf_put(&b, out->items[j].p, out->items[j].len);
            }
            list_push(&rows, str_take(&b));
        }
        if (out->n > MAX_ARRAY_LENGTH) {
            list_push(&rows, out->items[outlen]);
            out->items[outlen].p = NULL;
        }
        ts_dealloc(line_max);
        list_free(out);
        *out = rows;
    }
    ts_dealloc(data_len);
}

/* ------------------------------------------------------------ reduction */

static bool below_break_length(StrList *out, size_t start, const char *base) {
    size_t total = out->n + start, i;
    if (total + out->n > BREAK_LENGTH) return false;
    for (i = 0; i < out->n; i++) {
        total += str_count16(out->items[i].p, out->items[i].len);
        if (total > BREAK_LENGTH) return false;
    }
    return strchr(base, '\n') == NULL;
}

static Str reduce_to_single_string(Ctx *c, StrList *out, const char *base, const char *brace0, const char *brace1,
                                   bool is_array, int recurse, TsArray *arr) {
    size_t entries = out->n, i;
    TsBuf b;
    int k;
    buf_init(&b);
    if (is_array && entries > 6) group_array(c, out, arr);
    if (c->current_depth - recurse < COMPACT && entries == out->n) {
        size_t start =
            out->n + (size_t)c->indent + str_count16(brace0, strlen(brace0)) + str_count16(base, strlen(base)) + 10;
        if (below_break_length(out, start, base)) {
            bool nl = false;
            for (i = 0; i < out->n && !nl; i++) nl = memchr(out->items[i].p, '\n', out->items[i].len) != NULL;
            if (!nl) {
                if (*base) {
                    buf_puts(&b, base);
                    buf_putc(&b, ' ');
                }
                buf_puts(&b, brace0);
                buf_putc(&b, ' ');
                for (i = 0; i < out->n; i++) {
                    if (i) buf_puts(&b, ", ");
                    buf_put(&b, out->items[i].p, out->items[i].len);
                }
                buf_putc(&b, ' ');
                buf_puts(&b, brace1);
                return str_take(&b);
            }
        }
    }
    if (*base) {
        buf_puts(&b, base);
        buf_putc(&b, ' ');
    }
    buf_puts(&b, brace0);
    for (i = 0; i < out->n; i++) {
        if (i) buf_putc(&b, ',');
        buf_putc(&b, '\n');
        for (k = 0; k < c->indent + 2; k++) buf_putc(&b, ' ');
        buf_put(&b, out->items[i].p, out->items[i].len);
    }
    buf_putc(&b, '\n');
    for (k = 0; k < c->indent; k++) buf_putc(&b, ' ');
    buf_puts(&b, brace1);
    return str_take(&b);
}

/* --------------------------------------------------------------- objects */

static void more_items(StrList *out, size_t remaining) {
    char tmp[64];
    sprintf(tmp, "... %lu more item%s", (unsigned long)remaining, remaining > 1 ? "s" : "");
    list_push(out, str_c(tmp));
}

/* "label: value", the label already in b. */
static Str format_entry(Ctx *c, TsBuf *b, TsValue val, int recurse) {
    Str s;
    buf_puts(b, ": ");
    c->indent += 2;
    s = format_value(c, val, recurse);
    c->indent -= 2;
    buf_put(b, s.p, s.len);
    ts_dealloc(s.p);
    return str_take(b);
}

/* "key: value" for a property. */
static Str format_prop(Ctx *c, const char *key, size_t key_len, TsValue val, int recurse) {
    TsBuf b;
    buf_init(&b);
    if (is_identifier(key, key_len)) buf_put(&b, key, key_len);
    else put_escaped(&b, key, key_len);
    return format_entry(c, &b, val, recurse);
}

/* "<3 empty items>" */
static void empty_items(StrList *out, size_t n) {
    char tmp[64];
    sprintf(tmp, "<%lu empty item%s>", (unsigned long)n, n > 1 ? "s" : "");
    list_push(out, str_c(tmp));
}

/* An array's items as node's formatArray and formatSpecialArray list them:
 * at most 100 entries, a run of holes being one "<N empty items>" entry. */
static void format_items(Ctx *c, StrList *out, TsArray *a, int recurse) {
    size_t max = a->len < MAX_ARRAY_LENGTH ? a->len : MAX_ARRAY_LENGTH, i = 0, index;
    for (; i < max && !ts_is_hole(arr_item(a, (uint32_t)i)); i++) {
        c->indent += 2;
        list_push(out, format_value(c, arr_item(a, (uint32_t)i), recurse));
        c->indent -= 2;
    }
    if (i == max) {
        if (a->len > max) more_items(out, a->len - max);
        return;
    }
    /* from the first hole on, node walks the present indexes */
    for (index = i; i < a->len && out->n < max; i++) {
        if (ts_is_hole(arr_item(a, (uint32_t)i))) continue;
        if (i != index) {
            empty_items(out, i - index);
            index = i;
            if (out->n == max) break;
        }
        c->indent += 2;
        list_push(out, format_value(c, arr_item(a, (uint32_t)i), recurse));
        c->indent -= 2;
        index++;
    }
    if (out->n != max) {
        if (a->len > index) empty_items(out, a->len - index);
    } else if (a->len > index) {
        more_items(out, a->len - index);
    }
}

/* -------------------------------------------------------- binary data */

/* A typed array, an ArrayBuffer, a DataView or a text coder (binary.c), as node shows them. */
static Str format_binary(Ctx *c, TsValue v, const BinView *bv, int recurse);

bool inspect_binary(struct InspectCtx *c, TsValue v, int recurse, InspectStr *out) {
    BinView bv;
    if (!bin_view(v, &bv)) return false;
    *out = format_binary(c, v, &bv, recurse);
    return true;
}

static Str format_binary(Ctx *c, TsValue v, const BinView *bv, int recurse) {
    char brace0[64];
    StrList out = {NULL, 0, 0};
    TsArray tmp;
    TsBuf b;
    size_t i, n = bv->length < MAX_ARRAY_LENGTH ? bv->length : MAX_ARRAY_LENGTH;
    Str r;
    if (bv->kind == BIN_ENCODER) return str_c("{ encoding: 'utf-8' }");
    if (bv->kind == BIN_DECODER) {
        char text[96];
        sprintf(text, "TextDecoder { encoding: 'utf-8', fatal: %s, ignoreBOM: %s }", bv->length & 1 ? "true" : "false",
                bv->length & 2 ? "true" : "false");
        return str_c(text);
    }
    if (bv->kind == BIN_TYPED) sprintf(brace0, "%.20s(%lu) [", bv->name, (unsigned long)bv->length);
    else sprintf(brace0, "%.20s {", bv->name);
    if (bv->kind == BIN_TYPED && bv->length == 0) {
        strcat(brace0, "]");
        return str_c(brace0);
    }
    if (recurse > c->depth) {
        buf_init(&b);
        buf_putc(&b, '[');
        buf_puts(&b, bv->name);
        buf_putc(&b, ']');
        return str_take(&b);
    }
    recurse++;
    c->current_depth = recurse;
    memset(&tmp, 0, sizeof tmp);
    if (bv->kind == BIN_TYPED) {
        for (i = 0; i < n; i++) list_push(&out, format_number(bv->get(v, (uint32_t)i)));
        if (bv->length > n) more_items(&out, bv->length - n);
        /* group_array looks at the items for numbers: every entry is one */
        tmp.len = (uint32_t)out.n;
        tmp.elems = TS_ELEMS_VAL;
        tmp.e.items = (TsValue *)ts_alloc(out.n * sizeof(TsValue));
        for (i = 0; i < out.n; i++) tmp.e.items[i] = ts_num(0);
        r = reduce_to_single_string(c, &out, "", brace0, "]", true, recurse, &tmp);
        ts_dealloc(tmp.e.items);
        list_free(&out);
        return r;
    }
    if (bv->kind == BIN_BUFFER) {
        buf_init(&b);
        buf_puts(&b, "[Uint8Contents]: <");
        for (i = 0; i < n; i++) {
            char hex[4];
            sprintf(hex, i ? " %02x" : "%02x", bv->bytes[i]);
            buf_puts(&b, hex);
        }
        if (bv->length > n) {
            char more[48];
            sprintf(more, " ... %lu more byte%s", (unsigned long)(bv->length - n), bv->length - n > 1 ? "s" : "");
            buf_puts(&b, more);
        }
        buf_putc(&b, '>');
        list_push(&out, str_take(&b));
        list_push(&out, format_prop(c, "byteLength", 10, ts_num(bv->length), recurse));
    } else {
        list_push(&out, format_prop(c, "byteLength", 10, ts_num(bv->length), recurse));
        list_push(&out, format_prop(c, "byteOffset", 10, ts_num(bv->offset), recurse));
        list_push(&out, format_prop(c, "buffer", 6, bv->buffer, recurse));
    }
    r = reduce_to_single_string(c, &out, "", brace0, "}", false, recurse, NULL);
    list_free(&out);
    return r;
}

/* ---------------------------------------------------------------- errors */

static TsString s_stack = TS_STR_LIT("stack", 5, 5);
static TsString s_name = TS_STR_LIT("name", 4, 4);
static TsString s_message = TS_STR_LIT("message", 7, 7);
static TsString s_cause = TS_STR_LIT("cause", 5, 5);

/* A property's value as text, for comparisons; never runs app code. */
static TsString *plain_text(TsValue v) { return v.tag < TS_ARRAY ? ts_to_string(v) : ts_inspect(v); }

static long find_text(TsString *s, const char *p, size_t n, size_t from) {
    size_t i;
    for (i = from; n <= s->len && i <= s->len - n; i++)
        if (memcmp(s->data + i, p, n) == 0) return (long)i;
    return -1;
}

/* err.stack, or "Name: message" when it has none (node's getStackString). Owned. */
static TsString *error_stack_of(TsValue e) {
    TsValue st = ts_obj_get(e, &s_stack);
    if (st.tag == TS_STRING && st.u.str->len) return ts_str_retain(st.u.str);
    return error_header(e.u.obj);
}

/* node's improveStack: a subclass's name replaces the "Error" the stack
 * starts with ("MyError: x"), or joins it ("Foo [BarError]: x"). */
static TsString *improve_stack(TsString *stack, const char *ctor, TsValue name_v) {
    TsString *name =
        name_v.tag == TS_UNDEFINED || name_v.tag == TS_NULL ? ts_str_from_cstr("Error") : plain_text(name_v);
    size_t len = name->len;
    TsString *r;
    TsBuf b;
    if (!(len >= 5 && memcmp(name->data + len - 5, "Error", 5) == 0 && stack->len >= len &&
          memcmp(stack->data, name->data, len) == 0 &&
          (stack->len == len || stack->data[len] == ':' || stack->data[len] == '\n')) ||
        strcmp(ctor, name->data) == 0) {
        ts_str_release(name);
        return ts_str_retain(stack);
    }
    buf_init(&b);
    buf_puts(&b, ctor);
    if (!strstr(ctor, name->data)) {
        buf_puts(&b, " [");
        buf_put_str(&b, name);
        buf_putc(&b, ']');
    }
    buf_put(&b, stack->data + len, stack->len - len);
    ts_str_release(name);
    r = buf_to_str(&b);
    return r;
}

/* What console.log shows before an error's properties (node's
 * formatError): its stack, in brackets when it has no frames, indented to
 * the current level. */
static Str error_base(Ctx *c, TsValue e, TsString *stack) {
    TsString *st = improve_stack(stack, e.u.obj->cls->name, ts_obj_get(e, &s_name));
    TsValue msg = ts_obj_get(e, &s_message);
    long pos = -1;
    bool framed;
    TsBuf b;
    size_t i;
    buf_init(&b);
    if (msg.tag == TS_STRING && msg.u.str->len) {
        pos = find_text(st, msg.u.str->data, msg.u.str->len, 0);
        if (pos > 0) pos += (long)msg.u.str->len;
        else pos = -1;
    }
    framed = c->uncaught || find_text(st, "\n    at", 7, pos < 0 ? 0 : (size_t)pos) >= 0;
    c->uncaught = false;
    if (!framed) buf_putc(&b, '[');
    for (i = 0; i < st->len; i++) {
        int k;
        buf_putc(&b, st->data[i]);
        if (st->data[i] == '\n')
            for (k = 0; k < c->indent; k++) buf_putc(&b, ' ');
    }
    if (!framed) buf_putc(&b, ']');
    ts_str_release(st);
    return str_take(&b);
}

/* Does console.log list this own property of an error? Not when it is
 * hidden (message, stack, cause), nor name, message or stack when their
 * text is part of the stack already. */
static bool error_shows_key(TsObject *o, uint32_t i, TsString *stack) {
    TsString *k = ts_obj_keyv(o)[i], *t;
    bool dup;
    if (!key_enumerable(k)) return false;
    if (!ts_str_eq(k, &s_name) && !ts_str_eq(k, &s_message) && !ts_str_eq(k, &s_stack)) return true;
    t = plain_text(ts_obj_valv(o)[i]);
    dup = find_text(stack, t->data, t->len, 0) >= 0;
    ts_str_release(t);
    return !dup;
}

/* The index of an error's own cause that is not enumerable, or -1. */
static long hidden_cause(TsObject *o) {
    long i = obj_find(o, &s_cause);
    return i >= 0 && !key_enumerable(ts_obj_keyv(o)[i]) ? i : -1;
}

static bool any_enumerable(TsObject *o) {
    uint32_t i, n = obj_nprops(o);
    for (i = 0; i < n; i++) {
        TsString *k;
        TsValue v;
        obj_prop(o, i, &k, &v);
        if (key_enumerable(k)) return true;
    }
    return false;
}

static Str format_raw(Ctx *c, TsValue v, int recurse) {
    char brace0[160];
    const char *brace1 = "}";
    const char *ctor = "Object";
    StrList out = {NULL, 0, 0};
    char ref[32] = "";
    Str err = {NULL, 0};    /* an error's stack, shown before its properties */
    TsString *stack = NULL; /* the stack as it is, for error_shows_key */
    bool is_array = false;
    size_t i;
    Str r;
    TsHeap *h = v.u.h;
    TsBuf base;

    switch (v.tag) {
    case TS_ARRAY:
        if (v.u.arr->len == 0 && !c->show_hidden) return str_c("[]");
        strcpy(brace0, "[");
        brace1 = "]";
        ctor = "Array";
        is_array = true;
        break;
    case TS_SET:
    case TS_MAP:
        ctor = v.tag == TS_SET ? "Set" : "Map";
        sprintf(brace0, "%s(%lu) {", ctor, (unsigned long)v.u.map->size);
        if (v.u.map->size == 0) {
            strcat(brace0, "}");
            return str_c(brace0);
        }
        break;
    default: { /* TS_OBJECT */
        TsObject *o = v.u.obj;
        if (class_is_error(o->cls)) {
            bool any = hidden_cause(o) >= 0;
            stack = error_stack_of(v);
            err = error_base(c, v, stack);
            for (i = 0; i < o->count && !any; i++) any = error_shows_key(o, (uint32_t)i, stack);
            ctor = o->cls->name;
            strcpy(brace0, "{");
            if (!any) {
                ts_str_release(stack);
                return err;
            }
            break;
        }
        if (o->cls == &ts_null_proto_class) {
            ctor = "[Object: null prototype]";
            strcpy(brace0, "[Object: null prototype] {");
        } else if (o->cls && ts_class_shown_name(o->cls)) {
            ctor = ts_class_shown_name(o->cls);
            sprintf(brace0, "%.140s {", ctor);
        } else {
            strcpy(brace0, "{");
        }
        if (!any_enumerable(o)) { /* no key to show (#private fields are hidden) */
            strcat(brace0, "}");
            return str_c(brace0);
        }
        break;
    }
    }

    if (recurse > c->depth) {
        TsBuf b;
        if (ctor[0] == '[') return str_c(ctor);
        buf_init(&b);
        buf_putc(&b, '[');
        buf_puts(&b, ctor);
        buf_putc(&b, ']');
        ts_dealloc(err.p);
        ts_str_release(stack);
        return str_take(&b);
    }
    recurse++;
    if (c->nseen == c->capseen) {
        c->capseen = c->capseen ? c->capseen * 2 : 8;
        c->seen = (TsHeap **)ts_realloc(c->seen, c->capseen * sizeof(TsHeap *));
    }
    c->seen[c->nseen++] = h;
    c->current_depth = recurse;

    if (v.tag == TS_ARRAY) {
        format_items(c, &out, v.u.arr, recurse);
        TsArray *a = v.u.arr;
        if (c->show_hidden) {
            char tmp[32];
            sprintf(tmp, "[length]: %lu", (unsigned long)a->len);
            list_push(&out, str_c(tmp));
        }
        if (as_match(v)) {
            TsMatchArray *m = as_match(v);
            if (m->input) {
                list_push(&out, format_prop(c, "index", 5, ts_num(m->index), recurse));
                list_push(&out, format_prop(c, "input", 5, ts_str_v(m->input), recurse));
            }
            list_push(&out, format_prop(c, "groups", 6, m->groups, recurse));
            if (m->indices.tag != TS_UNDEFINED) list_push(&out, format_prop(c, "indices", 7, m->indices, recurse));
        }
    } else if (v.tag == TS_OBJECT) {
        TsObject *o = v.u.obj;
        long cause = stack ? hidden_cause(o) : -1;
        uint32_t n = obj_nprops(o);
        for (i = 0; i < n; i++) {
            TsString *k;
            TsValue pv;
            if ((long)i == cause) continue;    /* [cause] comes last */
            obj_prop(o, (uint32_t)i, &k, &pv); /* errors have no layout: i is their key's index */
            if (!(stack ? error_shows_key(o, (uint32_t)i, stack) : key_enumerable(k))) continue;
            list_push(&out, format_prop(c, k->data, k->len, pv, recurse));
        }
        if (cause >= 0) {
            TsBuf b;
            buf_init(&b);
            buf_puts(&b, "[cause]");
            list_push(&out, format_entry(c, &b, ts_obj_valv(o)[cause], recurse));
        }
    } else {
        TsMap *m = v.u.map;
        size_t shown = 0;
        c->indent += 2;
        for (i = 0; i < m->used && shown < MAX_ARRAY_LENGTH; i++) {
            Str ks;
            TsValue k, mv;
            if (!ts_map_entry(m, i, &k, &mv)) continue;
            ks = format_value(c, k, recurse);
            if (m->vals) {
                Str vs = format_value(c, mv, recurse);
                TsBuf b;
                buf_init(&b);
                buf_put(&b, ks.p, ks.len);
                buf_puts(&b, " => ");
                buf_put(&b, vs.p, vs.len);
                ts_dealloc(ks.p);
                ts_dealloc(vs.p);
                ks = str_take(&b);
            }
            list_push(&out, ks);
            shown++;
        }
        if (m->size > shown) more_items(&out, m->size - shown);
        c->indent -= 2;
    }

    for (i = 0; i < c->ncirc; i++)
        if (c->circular[i] == h) sprintf(ref, "<ref *%lu>", (unsigned long)i + 1);
    c->nseen--;
    buf_init(&base);
    buf_puts(&base, ref);
    if (*ref && err.p) buf_putc(&base, ' ');
    if (err.p) buf_put(&base, err.p, err.len);
    buf_putc(&base, 0);
    r = reduce_to_single_string(c, &out, base.data, brace0, brace1, is_array, recurse, is_array ? v.u.arr : NULL);
    buf_free(&base);
    ts_dealloc(err.p);
    ts_str_release(stack);
    list_free(&out);
    return r;
}

/* A RegExp (regexp.c, linked only into apps that use one) prints as its
 * toString, /source/flags, at any depth. */
static bool is_regexp(TsObject *o) { return o->cls && strcmp(o->cls->name, "RegExp") == 0; }

static Str format_regexp(TsValue v) {
    static TsString s_tostring = TS_STR_LIT("toString", 8, 8);
    TsValue text = class_find_method(v.u.obj->cls, &s_tostring)->fn(v, 0, NULL);
    Str s = str_from(text.u.str->data, text.u.str->len);
    ts_release(text);
    return s;
}

static Str format_value(Ctx *c, TsValue v, int recurse) {
    size_t i;
    switch (v.tag) {
    case TS_UNDEFINED: return str_c("undefined");
    case TS_NULL: return str_c("null");
    case TS_BOOL: return str_c(v.u.b ? "true" : "false");
    case TS_NUMBER: return format_number(v.u.num);
    case TS_STRING: return format_string(c, v.u.str);
    case TS_FUNCTION: return format_function(v.u.fn);
    case TS_BOX: return format_value(c, v.u.box->v, recurse);
    case TS_OBJECT:
        if (obj_is_accessor(v)) {
            bool get = obj_accessor_fn(v, false).tag == TS_FUNCTION, set = obj_accessor_fn(v, true).tag == TS_FUNCTION;
            return str_c(get && set ? "[Getter/Setter]" : get ? "[Getter]" : "[Setter]");
        }
        if (date_inspect_hook) {
            TsString *d = date_inspect_hook(v);
            if (d) {
                Str r = str_from(d->data, d->len);
                ts_str_release(d);
                return r;
            }
        }
        break;
    default: break;
    }
    if (v.tag == TS_OBJECT && is_regexp(v.u.obj)) return format_regexp(v);
    if (v.tag == TS_OBJECT && binary_format_hook) {
        Str s;
        if (binary_format_hook(c, v, recurse, &s)) return s;
    }
    for (i = 0; i < c->nseen; i++) {
        if (c->seen[i] == v.u.h) {
            size_t k;
            char tmp[48];
            for (k = 0; k < c->ncirc && c->circular[k] != v.u.h; k++) {}
            if (k == c->ncirc) {
                if (c->ncirc == c->capcirc) {
                    c->capcirc = c->capcirc ? c->capcirc * 2 : 4;
                    c->circular = (TsHeap **)ts_realloc(c->circular, c->capcirc * sizeof(TsHeap *));
                }
                c->circular[c->ncirc++] = v.u.h;
            }
            sprintf(tmp, "[Circular *%lu]", (unsigned long)k + 1);
            return str_c(tmp);
        }
    }
    return format_raw(c, v, recurse);
}

static Str inspect_depth(TsValue v, int depth, bool show_hidden, bool uncaught) {
    Ctx c;
    Str s;
    memset(&c, 0, sizeof c);
    c.depth = depth;
    c.show_hidden = show_hidden;
    c.uncaught = uncaught;
    s = format_value(&c, v, 0);
    ts_dealloc(c.seen);
    ts_dealloc(c.circular);
    return s;
}

static TsString *inspect_str(TsValue v, bool uncaught) {
    Str s = inspect_depth(v, 2, false, uncaught);
    TsString *r = ts_str_new(s.p, s.len);
    ts_dealloc(s.p);
    return r;
}

TsString *ts_inspect(TsValue v) { return inspect_str(v, false); }

/* node reports an uncaught error by its stack, which always has frames: an
 * error with no position is not bracketed there. */
TsString *inspect_uncaught(TsValue v) { return inspect_str(v, true); }

/* ------------------------------------------------------------ console */

static void put_inspected(TsBuf *b, TsValue v, int depth, bool show_hidden) {
    Str s = inspect_depth(v, depth, show_hidden, false);
    buf_put(b, s.p, s.len);
    ts_dealloc(s.p);
}

static void put_string_of(TsBuf *b, TsValue v) {
    TsString *s = ts_to_string(v);
    buf_put_str(b, s);
    ts_str_release(s);
}

/* A toString of the app's own (node's !hasBuiltInToString): Error's and Date's are the runtime's. */
static bool has_own_to_string(TsValue v) {
    static TsString s_tostring = TS_STR_LIT("toString", 8, 8);
    const TsMethod *m;
    TsString *date;
    if (v.tag != TS_OBJECT || !v.u.obj->cls) return false;
    date = date_inspect_hook ? date_inspect_hook(v) : NULL;
    if (date) {
        ts_str_release(date);
        return false;
    }
    m = class_find_method(v.u.obj->cls, &s_tostring);
    return m && m != &ts_error_class.methods[0];
}

/* node's formatWithOptions: printf-like directives in a leading string. */
static void format_args(TsBuf *b, int argc, const TsValue *argv) {
    int a = 0;
    const char *join = "";
    if (argc > 0 && argv[0].tag == TS_STRING) {
        TsString *f = argv[0].u.str;
        size_t i, last = 0;
        if (argc == 1) {
            buf_put_str(b, f);
            return;
        }
        for (i = 0; i + 1 < f->len; i++) {
            char next;
            if (f->data[i] != '%') continue;
            next = f->data[++i];
            if (a + 1 != argc) {
                TsValue arg;
                bool handled = true;
                TsBuf t;
                buf_init(&t);
                switch (next) {
                case 's':
                    arg = argv[++a];
                    if (arg.tag == TS_NUMBER) {
                        Str s = format_number(arg.u.num);
                        buf_put(&t, s.p, s.len);
                        ts_dealloc(s.p);
                    } else if (arg.tag > TS_STRING && arg.tag != TS_FUNCTION && !has_own_to_string(arg)) {
                        put_inspected(&t, arg, 0, false);
                    } else {
                        put_string_of(&t, arg);
                    }
                    break;
                case 'j': {
                    TsString *s = ts_json_stringify(argv[++a], ts_undefined());
                    buf_put_str(&t, s);
                    ts_str_release(s);
                    break;
                }
                case 'd':
                case 'i':
                case 'f': {
                    double d;
                    Str s;
                    arg = argv[++a];
                    if (next == 'd') {
                        d = ts_to_number(arg);
                    } else {
                        TsString *str = ts_to_string(arg);
                        d = next == 'i' ? ts_parse_int(str, NAN) : ts_parse_float(str);
                        ts_str_release(str);
                    }
                    s = format_number(d);
                    buf_put(&t, s.p, s.len);
                    ts_dealloc(s.p);
                    break;
                }
                case 'O': put_inspected(&t, argv[++a], 2, false); break;
                case 'o': put_inspected(&t, argv[++a], 4, true); break;
                case 'c': a++; break;
                case '%':
                    buf_put(b, f->data + last, i - last);
                    last = i + 1;
                    handled = false;
                    break;
                default: handled = false; break;
                }
                if (handled) {
                    if (last != i - 1) buf_put(b, f->data + last, i - 1 - last);
                    buf_put(b, t.data, t.len);
                    last = i + 1;
                }
                buf_free(&t);
            } else if (next == '%') {
                buf_put(b, f->data + last, i - last);
                last = i + 1;
            }
        }
        if (last != 0) {
            a++;
            join = " ";
            if (last < f->len) buf_put(b, f->data + last, f->len - last);
        }
    }
    for (; a < argc; a++) {
        buf_puts(b, join);
        if (argv[a].tag == TS_STRING) buf_put_str(b, argv[a].u.str);
        else put_inspected(b, argv[a], 2, false);
        join = " ";
    }
}

TsString *ts_format_args(int argc, const TsValue *argv) {
    TsBuf b;
    buf_init(&b);
    format_args(&b, argc, argv);
    return buf_to_str(&b);
}

/* Output is UTF-8: like node, lone surrogates (WTF-8 ED A0..BF xx) are
 * written as U+FFFD, which has the same length (EF BF BD). */
static void replace_lone_surrogates(TsBuf *b) {
    size_t i;
    for (i = 0; i + 2 < b->len; i++) {
        if ((unsigned char)b->data[i] == 0xED && ((unsigned char)b->data[i + 1] & 0xE0) == 0xA0) {
            b->data[i] = (char)0xEF;
            b->data[i + 1] = (char)0xBF;
            b->data[i + 2] = (char)0xBD;
            i += 2;
        }
    }
}

void ts_console_log(int argc, const TsValue *argv) {
    TsBuf b;
    buf_init(&b);
    format_args(&b, argc, argv);
    buf_putc(&b, '\n');
    replace_lone_surrogates(&b);
    ts_out_write(b.data, b.len);
    buf_free(&b);
}

void ts_console_error(int argc, const TsValue *argv) {
    TsBuf b;
    buf_init(&b);
    format_args(&b, argc, argv);
    buf_putc(&b, '\n');
    replace_lone_surrogates(&b);
    ts_err_write(b.data, b.len);
    buf_free(&b);
}
