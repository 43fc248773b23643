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
/* Calls fn(argv) as an event callback: temporaries released afterwards. */
void api_call_cb(TsValue fn, int argc, const TsValue *argv);
/* Bytes as Latin-1 (request line, header values, as node decodes them). */
TsString *api_str_latin1(const char *s, size_t n);
/* Bytes as UTF-8 with U+FFFD for each maximal invalid subpart (node's Buffer#toString). */
TsString *api_str_utf8(const char *s, size_t n);
/* Body data: a string as it is, anything else as its JSON; NULL for undefined. Owned. */
TsString *api_body_bytes(TsValue v);
/* opts[name] as a C string (NULL when absent, "yes"/"" for booleans); *hold owns it. */
const char *api_opt_str(TsValue opts, const char *name, TsString **hold);
/* Headers as a plain object: lower-case names, Latin-1 values, repeats joined with ", ". */
TsValue api_headers_object(const http_header *hs, size_t n);

/* A method of a runtime class called directly (tsfw_api.h): m itself when self
 * is the runtime's own object of cls, else self's method of that name (an
 * object of the app may implement the interface). */
TsValue api_method(TsValue self, const TsClass *cls, const TsMethod *m, int argc, const TsValue *argv);

#endif
