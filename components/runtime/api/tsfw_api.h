/* tsfw_api.h - the device API as the compiler calls it.
 *
 * Convention (see ts/lib/device.d.ts): a call to a global device function f
 * compiles to ts_api_f(argc, argv); N.f(...) on a device namespace compiles
 * to ts_api_N_f(argc, argv).  Arguments are borrowed TsValues, the result
 * is owned (+1).  Methods of the objects these return (server.listen,
 * res.write, ...) are C methods of runtime classes, reached through
 * ts_call_method.
 *
 * The first call that needs the event loop creates it and registers it with
 * ts_rt_set_loop(); generated main() runs it after the module's top-level
 * code, until nothing is left to wait on (no listener, connection or timer).
 */
#ifndef TSFW_API_H
#define TSFW_API_H

#include "tsfw.h"

/* Http.createServer(handler) -> Server */
TsValue ts_api_Http_createServer(int argc, const TsValue *argv);

/* Http.request(options | url, callback?) -> ClientRequest (api_client.c);
 * Http.get(...) is request(...) followed by end().  Bad options end the
 * program with an Error, like a throw. */
TsValue ts_api_Http_request(int argc, const TsValue *argv);
TsValue ts_api_Http_get(int argc, const TsValue *argv);

/* setTimeout(fn, ms, ...args) -> id; setInterval likewise; ids are numbers. */
TsValue ts_api_setTimeout(int argc, const TsValue *argv);
TsValue ts_api_setInterval(int argc, const TsValue *argv);
TsValue ts_api_clearTimeout(int argc, const TsValue *argv);
TsValue ts_api_clearInterval(int argc, const TsValue *argv);

#endif
