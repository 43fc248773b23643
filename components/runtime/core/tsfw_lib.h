/* tsfw_lib.h - the library objects of the language built into the runtime:
 * JSON, Date, URI coding. Included by tsfw.h; generated code includes only
 * tsfw.h. Ownership follows tsfw.h: arguments are borrowed, results owned. */
#ifndef TSFW_LIB_H
#define TSFW_LIB_H

/* ------------------------------------------------------------------ JSON */

/* JSON.parse(text) (strict RFC 8259; NULL text is undefined). Objects keep
 * JS key order, "__proto__" is an ordinary key, and a repeated key keeps its
 * first place with the last value. Throws SyntaxError with node's message
 * for malformed text, RangeError past a limit below. */
TsValue ts_json_parse(TsString *text);
/* JSON.parse's limits: nesting depth and text size in bytes. 0 restores the
 * default: 64 and 16384 on devices (lx106, rv32), 1,000,000 and 536,870,888
 * (V8's longest string) on the host. */
void ts_json_set_limits(uint32_t max_depth, uint32_t max_bytes);
void ts_json_get_limits(uint32_t *max_depth, uint32_t *max_bytes);
/* JSON.getLimits(): { maxDepth, maxBytes }. */
TsValue ts_json_limits(void);
/* JSON.setLimits(limits): sets the limits limits has (an integer from 1 to
 * 2^32-1, else RangeError naming it; absent keeps the current one) and
 * returns the previous ones, as JSON.getLimits() gives them. */
TsValue ts_json_set_limits_v(TsValue limits);
/* JSON.stringify(value, replacer, space): NULL (undefined) when value is
 * undefined or a function. replacer: a function called as (key, value)
 * (`this` is not passed), an array of property names (strings, numbers),
 * or anything else for none. space: a number of spaces (at most 10) or a
 * string (its first 10 UTF-16 units). Objects with a toJSON method (own or
 * of their class) are written as its result. TypeError (node's message)
 * for a cycle; RangeError past the nesting limit of ts_json_set_limits.
 * ts_json_stringify(v, space) (tsfw.h) is this without a replacer. */
TsString *ts_json_stringify_full(TsValue v, TsValue replacer, TsValue space);

/* `JSON.parse(text) as T` (and `const x: T = JSON.parse(text)`): the
 * compiler writes T as a table of rows, row 0 the root, and checks the
 * parsed value with ts_json_check. */
typedef enum TsJsonKind {
    TS_JSON_UNKNOWN, /* anything */
    TS_JSON_NUMBER,
    TS_JSON_STRING,
    TS_JSON_BOOLEAN,
    TS_JSON_NULL,
    TS_JSON_UNDEFINED, /* a union member: absent */
    TS_JSON_TRUE,
    TS_JSON_FALSE,
    TS_JSON_STRING_LIT, /* key */
    TS_JSON_NUMBER_LIT, /* num */
    TS_JSON_ARRAY,      /* every element is row `first` */
    TS_JSON_RECORD,     /* a plain object whose every value is row `first` */
    TS_JSON_TUPLE,      /* n ITEM rows from `first`; `required` of them must be there */
    TS_JSON_OBJECT,     /* a plain object with the n fields (ITEM rows with a key) from `first` */
    TS_JSON_UNION,      /* any of the n ITEM rows from `first` */
    TS_JSON_ITEM        /* a member of the three above: row `first`; a field is required when `required` */
} TsJsonKind;
typedef struct TsJsonType {
    uint8_t kind; /* TsJsonKind */
    uint8_t required;
    uint16_t first;
    uint16_t n;
    TsString *key;
    double num;
    const char *text; /* the type as the app writes it, for the message */
} TsJsonType;
/* JSON.parse(text) checked against table: TypeError "root.path[2].to:
 * expected number, got string" at the first mismatch. Owned. The walk
 * keeps its frames on the heap; only a union whose members the value's
 * kind and literal fields cannot tell apart is tried member by member. */
TsValue ts_json_parse_as(TsString *text, const TsJsonType *table, const char *root);

/* ----------------------------------------------------------- URI coding
 * encodeURIComponent, encodeURI, decodeURIComponent, decodeURI: owned
 * results; NULL is undefined (coded as "undefined"). URIError "URI
 * malformed" for a lone surrogate to encode or bad UTF-8 to decode. */
TsString *ts_encode_uri_component(TsString *s);
TsString *ts_encode_uri(TsString *s);
TsString *ts_decode_uri_component(TsString *s);
TsString *ts_decode_uri(TsString *s);

/* ------------------------------------------------------------------ Date
 * A Date is an object of class ts_date_class (instanceof Date); its time
 * value lives in the object. Local time is the port's zone (port.h:
 * port_local_offset_ms, port_tz_name): TZ on the host, the configured zone
 * on devices, UTC in the simulator. Methods called on a value that is not
 * a Date throw TypeError "this is not a Date object.". */
extern const TsClass ts_date_class;
bool ts_is_date(TsValue v);
/* new Date(...args): no argument is now; one is a Date, a string
 * (Date.parse) or a number (ms); more are year, month, day, hours, minutes,
 * seconds, ms in local time (years 0-99 are 1900-1999). Owned. */
TsValue ts_date_new(int argc, const TsValue *argv);
TsValue ts_date_from_time(double ms);              /* new Date(ms); owned */
double ts_date_utc(int argc, const TsValue *argv); /* Date.UTC(...) */
double ts_date_parse(TsString *s);                 /* Date.parse; NaN when not understood */
double ts_date_value(TsValue d);                   /* getTime(), valueOf() */

typedef enum TsDateField {
    TS_DATE_FULL_YEAR,
    TS_DATE_MONTH,
    TS_DATE_DATE,
    TS_DATE_HOURS,
    TS_DATE_MINUTES,
    TS_DATE_SECONDS,
    TS_DATE_MILLISECONDS,
    TS_DATE_DAY,             /* getters only */
    TS_DATE_TIMEZONE_OFFSET, /* getTimezoneOffset (utc ignored) */
    TS_DATE_TIME             /* getTime / setTime */
} TsDateField;
/* d.get[UTC]<Field>() */
double ts_date_get(TsValue d, TsDateField field, bool utc);
/* d.set[UTC]<Field>(args...): argc values (the optional later ones, as in
 * setHours(h, m, s, ms), may be left out). Returns the new time value. */
double ts_date_set(TsValue d, TsDateField field, bool utc, int argc, const double *args);
/* The string forms, node's formats; "Invalid Date" for an invalid date,
 * except toISOString (RangeError "Invalid time value") and toJSON (null).
 * Owned. */
TsString *ts_date_to_string(TsValue d);
TsString *ts_date_to_date_string(TsValue d);
TsString *ts_date_to_time_string(TsValue d);
TsString *ts_date_to_utc_string(TsValue d);
TsString *ts_date_to_iso_string(TsValue d);
TsValue ts_date_to_json(TsValue d);

#endif
