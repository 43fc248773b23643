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
/* JSON.stringify(value, replacer, space): NULL (undefined) when value is
 * undefined or a function. replacer: a function called as (key, value)
 * (`this` is not passed), an array of property names (strings, numbers),
 * or anything else for none. space: a number of spaces (at most 10) or a
 * string (its first 10 UTF-16 units). Objects with a toJSON method (own or
 * of their class) are written as its result. TypeError (node's message)
 * for a cycle; RangeError past the nesting limit of ts_json_set_limits.
 * ts_json_stringify(v, space) (tsfw.h) is this without a replacer. */
TsString *ts_json_stringify_full(TsValue v, TsValue replacer, TsValue space);

#endif
