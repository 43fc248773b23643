/* tsfw_api.h - the device API as the compiler calls it.
 *
 * Convention (see ts/lib/device.d.ts): a call to a global device function f
 * compiles to ts_api_f(argc, argv); N.f(...) on a device namespace compiles
 * to ts_api_N_f(argc, argv).  Arguments are borrowed TsValues, the result
 * is owned (+1).  A method of an object these return, called on a receiver
 * of its interface type (res.write(...), server.listen(...)), compiles to
 * ts_api_<Interface>_<method>(self, argc, argv); anything else reaches the
 * same C methods through ts_call_method.
 *
 * The first call that needs the event loop creates it and registers it with
 * ts_rt_set_loop(); generated main() runs it after the module's top-level
 * code, until nothing is left to wait on (no listener, connection or timer).
 *
 * The loop calls into the app (request handlers, timers, server events,
 * client callbacks) inside a try frame each: an error the app does not
 * catch there is logged to stderr with its file.ts:line:col and what was
 * being handled ("conn 3 GET /x", "timer callback"), at most 10 lines every
 * 10 s plus a count of the others; a request whose handler threw is
 * answered 500 (or its connection is closed when the response had started),
 * and the loop goes on. This is where a device departs from node, which
 * would end the process: one bad request must not reboot a board.
 */
#ifndef TSFW_API_H
#define TSFW_API_H

#include "tsfw.h"

/* Http.createServer(handler) -> Server */
TsValue ts_api_Http_createServer(int argc, const TsValue *argv);

/* Http.request(options | url, callback?) -> ClientRequest (api_client.c);
 * Http.get(...) is request(...) followed by end().  Bad options throw an
 * Error. */
TsValue ts_api_Http_request(int argc, const TsValue *argv);
TsValue ts_api_Http_get(int argc, const TsValue *argv);

/* setTimeout(fn, ms, ...args) -> id; setInterval likewise; ids are numbers. */
TsValue ts_api_setTimeout(int argc, const TsValue *argv);
TsValue ts_api_setInterval(int argc, const TsValue *argv);
TsValue ts_api_clearTimeout(int argc, const TsValue *argv);
TsValue ts_api_clearInterval(int argc, const TsValue *argv);

/* Methods of Response (a server handler's res), Server and ClientRequest.
 * When self is not the runtime's own object (an object of the app that
 * implements the interface), its method of that name is called instead. */
TsValue ts_api_Response_writeHead(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_Response_write(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_Response_end(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_Response_serve(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_Response_on(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_Server_listen(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_Server_on(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_Server_destroy(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_ClientRequest_write(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_ClientRequest_end(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_ClientRequest_on(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_ClientRequest_setTimeout(TsValue self, int argc, const TsValue *argv);
TsValue ts_api_ClientRequest_abort(TsValue self, int argc, const TsValue *argv);

/* Optional parts, linked only into apps that use them.  Generated main()
 * calls
 *   ts_api_use_serve()       when the app names `serve` (res.serve, static
 *                            files: about 11 KB of code);
 *   ts_api_use_tls_server()  when it names ssl_cert, ssl_key or ssl_ca_cert
 *                            (listen with HTTPS: mbedTLS's server side);
 *   ts_api_use_tls_client()  unless every Http.request/get is plain HTTP
 *                            as written (the HTTPS client).
 * Without them res.serve ends the program with a TypeError, and an HTTPS
 * listen or request fails with an 'error' event. */
void ts_api_use_serve(void);
void ts_api_use_tls_server(void);
void ts_api_use_tls_client(void);

#endif
