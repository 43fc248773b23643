/* api_internal.h - what api.c shares with the other files of the device
 * API (api_client.c): the event manager, callbacks, string decoding. */
#ifndef TSFW_API_INTERNAL_H
#define TSFW_API_INTERNAL_H

#include <stddef.h>
#include "tsfw.h"
#include "../net/http.h"
#include "../net/mgr.h"

/* The event manager, created (and the loop registered) on first use. */
net_mgr *api_mgr(void);
/* Calls fn(argv) (if it is a function) from the event loop, in a try frame
 * of its own, temporaries released afterwards. Returns 0, or -1 with the
 * thrown value in *thrown (owned) when it threw. */
int api_try_call(TsValue fn, int argc, const TsValue *argv, TsValue *thrown);
/* Logs (rate-limited) that the callback `where` ("timer callback", "conn 3
 * GET /x") threw, with what happened next (outcome, "; answered 500" or
 * ""), and releases thrown. */
void api_report_uncaught(const char *where, TsValue thrown, const char *outcome);
/* api_try_call, then api_report_uncaught with no outcome. Returns -1 when fn threw. */
int api_call_cb(TsValue fn, int argc, const TsValue *argv, const char *where);
/* Delivers err (taken) from the loop, as node emits 'error' on the next
 * tick: to fn if it is a function (what it throws is logged as `where`),
 * else logged as uncaught with `where` ("conn 3 GET /x"). */
void api_raise_later(TsValue fn, TsValue err, const char *where);
/* node's "write after end" Error, made at the app's call (its position). */
TsValue api_write_after_end(void);
/* Bytes as Latin-1 (request line, header values, as node decodes them). */
TsString *api_str_latin1(const char *s, size_t n);
/* Bytes as UTF-8 with U+FFFD for each maximal invalid subpart (node's Buffer#toString). */
TsString *api_str_utf8(const char *s, size_t n);
/* Body data: a string as it is, anything else as its JSON; NULL for undefined. Owned. */
TsString *api_body_bytes(TsValue v);
/* opts[name] as a C string: NULL when absent, "yes"/"" for booleans, else
 * String(value), on the temp stack (valid until the caller's statement ends). */
const char *api_opt_str(TsValue opts, const char *name);
/* Headers as a plain object: lower-case names, Latin-1 values, repeats joined with ", ". */
TsValue api_headers_object(const http_header *hs, size_t n);

/* A method of a runtime class called directly (tsfw_api.h): m itself when self
 * is the runtime's own object of cls, else self's method of that name (an
 * object of the app may implement the interface). */
TsValue api_method(TsValue self, const TsClass *cls, const TsMethod *m, int argc, const TsValue *argv);

#endif
