/* tsfw_binary.h - binary data: ArrayBuffer, the typed arrays, DataView,
 * TextEncoder and TextDecoder (binary.c). Included by tsfw.h.
 *
 * Each is an object of a runtime class whose bytes live unboxed after the
 * object header. A typed array or a DataView is a view: it holds its
 * ArrayBuffer (retained) and a byte offset into it, so subarray() and
 * new Uint16Array(buf, off) share the bytes. Elements are stored in the
 * target's byte order (little-endian on every supported chip), as node
 * does on the host. Apps that make no such object do not link binary.c:
 * console.log reaches it through a hook that binary.c sets. */
#ifndef TSFW_BINARY_H
#define TSFW_BINARY_H

/* The element types, as `new X(...)`, X.from and X.of name them. */
typedef enum TsTypedKind {
    TS_TA_INT8,
    TS_TA_UINT8,
    TS_TA_UINT8_CLAMPED,
    TS_TA_INT16,
    TS_TA_UINT16,
    TS_TA_INT32,
    TS_TA_UINT32,
    TS_TA_FLOAT32,
    TS_TA_FLOAT64
} TsTypedKind;

/* new ArrayBuffer(n): n zero bytes (RangeError when n is not a valid length). */
TsValue ts_abuf_new(double len);
TsValue ts_abuf_slice(TsValue buf, double start, double end); /* end = +Inf when omitted */

/* new X(), new X(length), new X(array | typed array | Set), new X(buffer,
 * byteOffset?, length?): the first argument decides, as in JavaScript. */
TsValue ts_ta_new(int kind, int argc, const TsValue *argv);
/* A new Uint8Array holding a copy of data[0..len), for the device API (a response body as bytes). */
TsValue ts_u8_from_bytes(const void *data, size_t len);
TsValue ts_ta_from(int kind, TsValue src, TsValue fn); /* X.from(src, fn); fn undefined -> none */
TsValue ts_ta_of(int kind, int n, const TsValue *items);
/* A new typed array of a's kind holding the numbers of the array src (map, filter). */
TsValue ts_ta_like(TsValue a, TsValue src);

TsValue ts_ta_get(TsValue a, double i);        /* a[i]: a number, undefined out of range */
void ts_ta_set(TsValue a, double i, double v); /* a[i] = v, converted to the element type; ignored out of range */
double ts_ta_length(TsValue a);
double ts_bin_byte_length(TsValue v); /* typed arrays, DataView, ArrayBuffer */
double ts_bin_byte_offset(TsValue v); /* typed arrays, DataView */
TsValue ts_bin_buffer(TsValue v);     /* the ArrayBuffer of a view (owned) */
double ts_ta_bytes_per_element(TsValue a);

TsValue ts_ta_subarray(TsValue a, double start, double end); /* shares a's buffer; end = +Inf when omitted */
TsValue ts_ta_slice(TsValue a, double start, double end);    /* a copy */
void ts_ta_set_from(TsValue a, TsValue src, double offset);  /* a.set(array | typed array, offset) */
TsValue ts_ta_fill(TsValue a, double v, double start, double end);
TsValue ts_ta_copy_within(TsValue a, double target, double start, double end);
double ts_ta_index_of(TsValue a, TsValue v, double from);
double ts_ta_last_index_of(TsValue a, TsValue v, double from); /* from = +Inf when omitted */
bool ts_ta_includes(TsValue a, TsValue v, double from);
TsString *ts_ta_join(TsValue a, TsString *sep); /* sep NULL -> "," */
TsValue ts_ta_reverse(TsValue a);               /* in place; returns a (owned +1) */
TsValue ts_ta_sort(TsValue a, TsValue cmp);     /* numeric order when cmp is undefined; returns a (+1) */
TsValue ts_ta_to_array(TsValue a);              /* the elements as a new array: for-of, values(), spread */
TsValue ts_ta_at(TsValue a, double i);

/* new DataView(buffer, byteOffset?, byteLength?); offset and length undefined -> the rest. */
TsValue ts_dv_new(TsValue buf, TsValue offset, TsValue length);
/* dv.getX(offset, littleEndian) and dv.setX(offset, value, littleEndian) for the X of kind. */
double ts_dv_get(TsValue dv, double offset, bool little, int kind);
void ts_dv_set(TsValue dv, double offset, double v, bool little, int kind);

/* TextEncoder and TextDecoder (UTF-8 only). */
TsValue ts_text_encoder_new(void);
TsValue ts_text_encode(TsValue enc, TsString *s); /* a Uint8Array; lone surrogates become U+FFFD */
/* new TextDecoder(label, { fatal, ignoreBOM }): label NULL -> "utf-8"; other encodings are a RangeError. */
TsValue ts_text_decoder_new(TsString *label, TsValue options);
/* decoder.decode(bytes): bytes a typed array, DataView or ArrayBuffer (undefined -> ""). Invalid
 * sequences become U+FFFD, or a TypeError with fatal. */
TsString *ts_text_decode(TsValue dec, TsValue bytes);
TsString *ts_text_encoding(TsValue coder); /* "utf-8" */
bool ts_text_fatal(TsValue dec);
bool ts_text_ignore_bom(TsValue dec);

/* The bytes of a typed array, DataView or ArrayBuffer, for the device API
 * (res.write(bytes)): false when v holds no binary data. Borrowed: valid
 * while v lives. NULL until the app makes its first binary object, so
 * that the device API does not link binary.c into apps that make none. */
extern bool (*ts_bin_bytes_hook)(TsValue v, const uint8_t **data, size_t *len);

#endif
