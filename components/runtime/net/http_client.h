/* http_client.h - HTTP/1.1 client on llhttp, over plain TCP or TLS.
 *
 * The C API behind Http.request / Http.get.  One http_client is one
 * request/response exchange on its own connection (no keep-alive pool).
 *
 *   c = http_client_new(mgr, &opts, fn, ud);   starts resolving/connecting now
 *   http_client_write(c, data, len);           body bytes, buffered
 *   http_client_end(c, data, len);             sends the request (with
 *                                              Content-Length of all body bytes)
 *   ... fn(c, HTTP_CLIENT_EV_DATA / RESPONSE / ERROR, ...) ... then DONE
 *
 * Events, in order, each at most once except DATA:
 *   HTTP_CLIENT_EV_DATA      body bytes as they arrive (only when
 *                            opts.stream_body is set); data/len.
 *   HTTP_CLIENT_EV_RESPONSE  the complete response: resp (status, headers,
 *                            body unless streamed).  Valid during the call.
 *   HTTP_CLIENT_EV_ERROR     msg names the request and the reason, e.g.
 *        "GET http://127.0.0.1:1/x: connect 127.0.0.1:1: Connection refused"
 *        "GET http://127.0.0.1:8000/slow: no response within 500 ms"
 *        "GET https://localhost:8443/: TLS handshake with localhost:8443: certificate verify failed: ..."
 *        "GET http://127.0.0.1:8000/big: response body larger than 1048576 bytes"
 *   HTTP_CLIENT_EV_DONE      last event; the client is freed after it returns.
 * Exactly one of RESPONSE and ERROR is delivered, unless the request is
 * aborted: http_client_abort() delivers neither, only DONE (later, from the
 * loop, never from inside abort).
 *
 * Every event is delivered from the loop (mgr_poll, or mgr_free for a
 * client still running: ERROR "connection closed before the response was
 * complete", then DONE), never from inside http_client_new/write/end/abort.
 * Problems found inside those calls (a Content-Length header that does not
 * match the body) make them return -1 and arrive as ERROR from the loop.
 *
 * Timeout messages (stable wording, matched by the TS binding):
 *   "<prefix>: no connection within N ms"      (resolving/connecting/TLS)
 *   "<prefix>: no response within N ms"        (connected, nothing received)
 *   "<prefix>: response stalled: nothing received for N ms"
 *   "<prefix>: response not complete within N ms (the request's deadline)"
 * Early close: "<prefix>: connection closed before the response was complete
 * (after 3 of 10 body bytes)" - or "(nothing received)", "(in the headers)",
 * "(in the chunked body, after N bytes)".  Parse errors: "<prefix>: malformed
 * response: <llhttp reason> (<HPE_ code>)".
 *
 * Requests: "METHOD path HTTP/1.1", Host (with the port unless default),
 * the given headers in order, Accept-Encoding: identity (unless given: the
 * body is not decoded), Content-Length (when the body is non-empty or
 * the method is not GET/HEAD/DELETE/OPTIONS/TRACE/CONNECT), Connection:
 * close.  The method is upper-cased (like node).  Refused by
 * http_client_new: methods that are not tokens, paths with controls or
 * spaces, header names that are not tokens, values with CR/LF/controls,
 * a Transfer-Encoding header (bodies always go with Content-Length), a
 * non-numeric Content-Length.  A given Content-Length must equal the body
 * length at end.  Strings are C strings: callers holding counted strings
 * must refuse an embedded NUL themselves.
 *
 * Responses: Content-Length, chunked and close-delimited bodies; 1xx
 * responses are skipped; 101 is returned without a body; HEAD, 204 and 304
 * responses have no body; trailers are read and dropped; redirects are
 * returned as they are (not followed).  A response that ends early
 * (connection closed before the length or last chunk) is an error.  Limits:
 * status line + headers 16384 bytes (node's maxHeaderSize), and at most 1000
 * header lines (100 Set-Cookie fit); max_response_size for headers + body
 * (not for a streamed body); max_request_size for the body the app writes.
 */
#ifndef TSFW_NET_HTTP_CLIENT_H
#define TSFW_NET_HTTP_CLIENT_H

/* A request body past this fails the request ("request body larger than N bytes"). */
#define HTTP_CLIENT_MAX_REQUEST_DEFAULT (1024u * 1024u)
/* The device API's overall deadline when the app sets none (node's server requestTimeout). */
#define HTTP_CLIENT_DEADLINE_DEFAULT_MS 300000u

#include <stddef.h>
#include <stdint.h>
#include "http.h"
#include "tls.h"

typedef struct http_client http_client;

typedef struct http_client_opts {
    const char *method;         /* NULL = "GET" */
    const char *host;           /* name or IP address; required */
    uint16_t port;              /* 0 = 80, or 443 with tls */
    const char *path;           /* request target; NULL = "/" */
    const http_header *headers; /* copied; Host, Content-Length and
                                    Connection are added unless given */
    size_t num_headers;
    int tls;               /* https */
    net_tls_opts tls_opts; /* used when tls is set */
    /* mgr_connect_tls, for https: passed in, so that a program that never
     * sets it links no TLS code; tls without it fails with an error */
    mgr_connect_tls_fn connect_tls;
    unsigned timeout_ms;      /* no progress for this long -> error; 0 = none */
    unsigned deadline_ms;     /* the whole exchange, from http_client_new to the
                                 complete response, however it progresses; 0 = none */
    size_t max_response_size; /* headers + body unless streamed; 0 = 1 MiB */
    int stream_body;          /* deliver the body as HTTP_CLIENT_EV_DATA */
    size_t max_request_size;  /* the request body; 0 = HTTP_CLIENT_MAX_REQUEST_DEFAULT */
} http_client_opts;

typedef struct http_client_response {
    int status;
    const http_header *headers; /* as received, names as sent */
    size_t num_headers;
    const char *body; /* NUL-terminated; "" when streamed */
    size_t body_len;
    int http_major, http_minor;
} http_client_response;

enum http_client_event {
    HTTP_CLIENT_EV_DATA = 1,
    HTTP_CLIENT_EV_RESPONSE,
    HTTP_CLIENT_EV_ERROR,
    HTTP_CLIENT_EV_DONE
};

/* ev_data: DATA -> const http_client_chunk *, RESPONSE -> const
 * http_client_response *, ERROR -> const char *, DONE -> NULL. */
typedef struct http_client_chunk {
    const char *data;
    size_t len;
} http_client_chunk;

typedef void (*http_client_fn)(http_client *c, int ev, const void *ev_data, void *ud);

/* Strings in opts are copied.  Returns NULL with a message in err for bad
 * options (no host, a method or header with CR/LF, ...) or out of memory;
 * connection problems arrive later as HTTP_CLIENT_EV_ERROR. */
http_client *http_client_new(net_mgr *mgr, const http_client_opts *opts, http_client_fn fn, void *ud, char *err,
                             size_t errlen);
/* Like http_client_new, over a memory pipe instead of a socket (tests,
 * fuzzing): the pipe's input plays the server. */
http_client *http_client_new_mem(net_mgr *mgr, net_mem_pipe *p, const http_client_opts *opts, http_client_fn fn,
                                 void *ud, char *err, size_t errlen);
/* 0, or -1 after end/abort/error. */
int http_client_write(http_client *c, const void *data, size_t len);
int http_client_end(http_client *c, const void *data, size_t len);
/* Change the inactivity timeout (0 = none); the clock restarts now. */
void http_client_set_timeout(http_client *c, unsigned ms);
void http_client_abort(http_client *c);
/* Fails the request with "<method url>: why": ERROR then DONE follow from
 * the loop, as for an error the client found itself. */
void http_client_fail(http_client *c, const char *why);
/* "GET http://127.0.0.1:8000/x" - the prefix of this client's messages. */
const char *http_client_describe(const http_client *c);
/* Case-insensitive response header lookup: the first value, or NULL. */
const char *http_client_response_header(const http_client_response *r, const char *name);

#endif /* TSFW_NET_HTTP_CLIENT_H */
