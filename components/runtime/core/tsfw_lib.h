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

#endif
