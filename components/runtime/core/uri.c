/* uri.c - encodeURIComponent, encodeURI, decodeURIComponent, decodeURI
 * (ECMA-262 19.2.6): UTF-8 percent-encoding, URIError "URI malformed" for a
 * lone surrogate to encode or bad UTF-8 to decode. */
#include <string.h>

#include "rt_internal.h"

/* What encodeURI leaves alone beyond encodeURIComponent's set, and what
 * decodeURI leaves encoded. */
static const char uri_reserved[] = ";/?:@&=+$,#";

/* Is the ASCII character c in set? (strchr alone would find the NUL.) */
static bool in_set(const char *set, uint32_t c) { return c > 0 && c < 0x80 && strchr(set, (int)c) != NULL; }

static bool unreserved(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || in_set("-_.!~*'()", c);
}

static TsString *encode(TsString *s, bool component) {
    static const char hex[] = "0123456789ABCDEF";
    TsBuf b;
    size_t i = 0;
    if (!s) s = ts_tmp_str(ts_str_from_cstr("undefined"));
    buf_init(&b);
    while (i < s->len) {
        size_t start = i;
        uint32_t c = wtf8_decode(s->data, s->len, &i);
        if (unreserved(c) || (!component && in_set(uri_reserved, c))) {
            buf_putc(&b, (char)c);
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            buf_free(&b);
            ts_throw_error(TS_ERR_URI, "URI malformed");
        } else {
            for (; start < i; start++) {
                unsigned char byte = (unsigned char)s->data[start];
                char esc[3];
                esc[0] = '%';
                esc[1] = hex[byte >> 4];
                esc[2] = hex[byte & 15];
                buf_put(&b, esc, 3);
            }
        }
    }
    return buf_to_str(&b);
}

TsString *ts_encode_uri_component(TsString *s) { return encode(s, true); }
TsString *ts_encode_uri(TsString *s) { return encode(s, false); }

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The byte of the escape "%XX" at p[i], or -1. */
static int escaped_byte(const char *p, size_t len, size_t i) {
    int hi, lo;
    if (i + 3 > len || p[i] != '%') return -1;
    hi = hex_value(p[i + 1]);
    lo = hex_value(p[i + 2]);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

/* The code point of the UTF-8 sequence of escapes at p[*i] (its first
 * byte lead), advancing *i; -1 when malformed. */
static long decode_sequence(const char *p, size_t len, size_t *i, int lead) {
    static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    int n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2, k;
    uint32_t cp;
    if ((lead & 0xC0) == 0x80 || lead >= 0xF8) return -1;
    cp = (uint32_t)lead & (0x7Fu >> n);
    for (k = 1; k < n; k++) {
        int b = escaped_byte(p, len, *i);
        if (b < 0 || (b & 0xC0) != 0x80) return -1;
        cp = cp << 6 | (uint32_t)(b & 0x3F);
        *i += 3;
    }
    if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    return (long)cp;
}

static TsString *decode(TsString *s, bool component) {
    TsBuf b;
    size_t i = 0;
    if (!s) s = ts_tmp_str(ts_str_from_cstr("undefined"));
    buf_init(&b);
    while (i < s->len) {
        size_t start = i;
        int byte;
        long cp;
        if (s->data[i] != '%') {
            const char *next = memchr(s->data + i, '%', s->len - i);
            size_t end = next ? (size_t)(next - s->data) : s->len;
            buf_put(&b, s->data + i, end - i);
            i = end;
            continue;
        }
        byte = escaped_byte(s->data, s->len, i);
        i += 3;
        if (byte < 0) cp = -1;
        else if (byte < 0x80) cp = byte;
        else cp = decode_sequence(s->data, s->len, &i, byte);
        if (cp < 0) {
            buf_free(&b);
            ts_throw_error(TS_ERR_URI, "URI malformed");
        }
        if (!component && in_set(uri_reserved, (uint32_t)cp)) buf_put(&b, s->data + start, 3);
        else buf_put_cp(&b, (uint32_t)cp);
    }
    return buf_to_str(&b);
}

TsString *ts_decode_uri_component(TsString *s) { return decode(s, true); }
TsString *ts_decode_uri(TsString *s) { return decode(s, false); }
