/* http.h - HTTP/1.1 server on llhttp, static file serving, IP ACLs.
 *
 * The C API that the compiler's TypeScript binding (Http.createServer ...)
 * wraps.  Plain C: structs, callbacks and a user-data pointer.
 *
 * Threading: everything runs on the net_mgr's thread.
 *
 * Ownership and lifetimes
 *   http_server  created by http_server_new, owned by the caller until
 *                http_server_destroy(); after that call the pointer must not
 *                be used (the memory is released once every connection has
 *                closed; the close events still arrive).  handler_ud_free /
 *                event_ud_free are called when it is released.
 *   http_req /   one request/response exchange.  Valid for the duration of
 *   http_exchange     the handler call.  To keep them longer (respond later, from
 *                a timer), take a reference with http_exchange_ref() and drop it
 *                with http_exchange_unref(); req stays valid as long as res does.
 *                If the connection closes before the response ends, the
 *                exchange is detached: writes return -1 and do nothing, and
 *                http_exchange_is_detached() is 1.
 *   Strings in http_req are NUL-terminated, owned by the exchange.
 *   Header arrays and buffers passed in are copied; the caller keeps them.
 *
 * Errors: every problem is reported through the server's event callback as
 * HTTP_EV_ERROR with a message that names the connection and request, e.g.
 * "conn 3 GET /x: request body larger than 1048576 bytes (413)".  Listener
 * errors use conn id -1.
 */
#ifndef TSFW_NET_HTTP_H
#define TSFW_NET_HTTP_H

#include <stddef.h>
#include <stdint.h>
#include "mgr.h"

typedef struct http_server http_server;
typedef struct http_exchange http_exchange;

typedef struct http_header {
    const char *name; /* case preserved */
    const char *value;
} http_header;

typedef struct http_req {
    const char *method; /* "GET" */
    const char *url;    /* request target as sent: "/a%20b?x=1" */
    const char *path;   /* percent-decoded path, no query ("/a b");
                                  %00 is left encoded */
    const char *query;  /* raw text after '?', "" if none */
    const http_header *headers;
    size_t num_headers;
    const char *body; /* whole body, NUL-terminated; "" if none */
    size_t body_len;
    const char *remote_addr; /* "127.0.0.1", "::1", "::ffff:10.0.0.1" */
    uint16_t remote_port;
    port_addr remote; /* same, as an address */
    long conn_id;
    int http_major, http_minor;
} http_req;

/* Case-insensitive header lookup: the first value, or NULL. */
const char *http_req_header(const http_req *req, const char *name);

typedef struct http_limits {
    size_t max_header_size;       /* request line + headers, bytes (431); default 8192 */
    size_t max_headers;           /* header count (431); default 64 */
    size_t max_body_size;         /* bytes (413); default 1 MiB */
    unsigned max_conns;           /* concurrent connections (503 beyond); default 64 */
    unsigned idle_timeout_ms;     /* keep-alive idle / no request yet; default 5000 */
    unsigned request_timeout_ms;  /* slow client: first byte to complete request (408); default 10000 */
    unsigned response_timeout_ms; /* no response progress (handler never ends, client
                                     not reading): connection closed; default 30000 */
    size_t max_tx_buffer;         /* hard cap of a response's queued bytes: a write past it fails
                                     (HTTP_EXCHANGE_OVERFLOW); default HTTP_TX_MAX_DEFAULT */
    size_t tx_high_water;         /* queued bytes from which http_exchange_write returns 1 (the app's
                                     write() returns false) until 'drain'; default HTTP_TX_HIGH_DEFAULT */
    unsigned max_conns_per_addr;  /* connections one client address may hold; default 16 */
    unsigned header_timeout_ms;   /* the whole request head, from its first byte (408); default 4000 */
    unsigned min_send_rate;       /* bytes/s a response's queued bytes must leave at, measured over
                                     send_rate_window_ms while any are queued; slower: connection
                                     closed; 0 = none; default 256 */
    unsigned send_rate_window_ms; /* the window of min_send_rate; default 10000 */
} http_limits;

/* Defaults of the send-buffer limits: node's high-water mark and 1 MiB on the
 * host; the device's are smaller (the port-esp-idf part of manifest.json). */
#ifndef HTTP_TX_HIGH_DEFAULT
#define HTTP_TX_HIGH_DEFAULT (16u * 1024u)
#endif
#ifndef HTTP_TX_MAX_DEFAULT
#define HTTP_TX_MAX_DEFAULT (1024u * 1024u)
#endif

void http_limits_default(http_limits *lim);

enum http_event {
    HTTP_EV_CONNECTION = 1, /* conn_id of the new connection, msg NULL */
    HTTP_EV_CLOSE,          /* conn_id of the closed connection, msg NULL */
    HTTP_EV_ERROR           /* conn_id or -1, msg describes it */
};

typedef void (*http_handler_fn)(http_server *srv, http_req *req, http_exchange *res, void *ud);
typedef void (*http_event_fn)(http_server *srv, int ev, long conn_id, const char *msg, void *ud);

/* lim may be NULL (defaults).  Returns NULL when out of memory. */
http_server *http_server_new(net_mgr *mgr, const http_limits *lim, http_handler_fn handler, void *ud,
                             void (*ud_free)(void *));
void http_server_on(http_server *srv, http_event_fn fn, void *ud, void (*ud_free)(void *));
/* "8000", "127.0.0.1:8000", "[::1]:8000".  0 on success; -1 on a bad or
 * busy address, with the message in err (logged when err is NULL; it is
 * not also an HTTP_EV_ERROR event). */
int http_server_listen(http_server *srv, const char *addr, char *err, size_t errlen);
/* HTTPS: like http_server_listen, with every connection wrapped in TLS.
 * tls->cert_file and key_file are required; with tls->ca_file set, clients
 * must present a certificate signed by one of its CAs.  Certificate and
 * key problems are reported here ("listen 0.0.0.0:8443: ssl_key server.key:
 * ..."); handshake failures as HTTP_EV_ERROR naming the connection. */
struct net_tls_opts;
int http_server_listen_tls(http_server *srv, const char *addr, const struct net_tls_opts *tls, char *err,
                           size_t errlen);
/* Bound port (after listen; useful with port 0), or 0. */
uint16_t http_server_port(const http_server *srv);
/* Feed a memory pipe to the server as a new client connection (tests, the
 * simulation port).  peer may be NULL (127.0.0.1:40000). */
net_conn *http_server_accept_mem(http_server *srv, net_mem_pipe *p, const port_addr *peer);
/* Close every client and the listener; see lifetimes above. */
void http_server_destroy(http_server *srv);
size_t http_server_conn_count(const http_server *srv);
/* Replace the limits (before listen; connections accepted later use them). */
void http_server_set_limits(http_server *srv, const http_limits *lim);

/* ---------------------------------------------------------------- response
 * Framing follows node: write_head with a Content-Length header -> fixed
 * length; without one -> chunked (HTTP/1.1) or close-delimited (HTTP/1.0).
 * end(data) with no head written yet -> 200 with Content-Length.  write()
 * before write_head -> implicit 200, chunked.  HEAD, 204 and 304 responses
 * carry no body (writes are accepted and dropped).
 *
 * Backpressure, node's contract: http_exchange_write returns 1 when the bytes
 * queued on the connection reach lim.tx_high_water (the data is queued all
 * the same); once they have all left, the drain hook runs.  A write or end
 * whose bytes would take the queue past lim.max_tx_buffer queues nothing and
 * returns HTTP_EXCHANGE_OVERFLOW: the error is reported (HTTP_EV_ERROR, naming
 * the request), and the response is given up - answered 500 if its head had
 * not been sent, else what was queued is sent and the connection closes, so
 * the client sees a truncated response, never a silent empty one.
 * Otherwise all return 0, or -1 (already ended or detached: nothing done). */
#define HTTP_EXCHANGE_OVERFLOW (-2)
int http_exchange_write_head(http_exchange *res, int status, const http_header *hdrs, size_t n);
int http_exchange_write(http_exchange *res, const void *data, size_t len);
int http_exchange_end(http_exchange *res, const void *data, size_t len);
/* The response's events, delivered from the loop to fn(res, ev, ud):
 *   HTTP_EXCHANGE_EV_DRAIN  a write returned 1, and every queued byte has left;
 *   HTTP_EXCHANGE_EV_DONE   the exchange is over (ended, or its connection
 *                      closed or given up): the last event, fn is forgotten.
 * fn NULL removes it. */
enum {
    HTTP_EXCHANGE_EV_DRAIN = 1,
    HTTP_EXCHANGE_EV_DONE
};
typedef void (*http_exchange_event_fn)(http_exchange *res, int ev, void *ud);
void http_exchange_on_event(http_exchange *res, http_exchange_event_fn fn, void *ud);
http_req *http_exchange_req(http_exchange *res);
void http_exchange_ref(http_exchange *res);
void http_exchange_unref(http_exchange *res);
int http_exchange_headers_sent(const http_exchange *res);
int http_exchange_ended(const http_exchange *res);
int http_exchange_is_detached(const http_exchange *res);
/* The connection's send buffer limit (lim.max_tx_buffer); 0 once detached. */
size_t http_exchange_tx_max(const http_exchange *res);
/* Ends an exchange whose response cannot be completed (its handler failed
 * after the head went out): what was written is sent, then the connection
 * closes, so that the client sees a truncated response, not a whole one. */
void http_exchange_abort(http_exchange *res);
/* "conn 3 GET /x", as the server's messages name the exchange. */
void http_exchange_describe(const http_exchange *res, char *buf, size_t len);
const char *http_status_text(int status);

/* ----------------------------------------------------------- static files
 * Mongoose 6 mg_serve_http_opts semantics.  NULL or "" means unset. */
typedef struct http_serve_opts {
    const char *document_root;       /* default "." */
    const char *index_files;         /* "index.html,index.htm" default */
    int enable_directory_listing;    /* HTML listing of directories */
    const char *extra_headers;       /* "Name: value" lines, \r\n or \n separated */
    const char *custom_mime_types;   /* ".ext=type,.ext2=type2" */
    const char *hidden_file_pattern; /* glob patterns separated by '|' */
    const char *ip_acl;              /* "-0.0.0.0/0,+192.168/16" */
} http_serve_opts;

/* Serve the request from the file system (GET and HEAD; others get 405).
 * Ends the response (possibly later: large files stream as the client
 * reads).  Returns 0, or -1 if the response was already started. */
int http_exchange_serve(http_exchange *res, const http_serve_opts *opts);

/* ------------------------------------------------------------------ ACL */
/* Check addr against an ip_acl list.  Returns 1 allow, 0 deny, -1 if the
 * list is malformed (treat as deny; err names the bad entry). */
int net_acl_check(const char *acl, const port_addr *addr, char *err, size_t errlen);

/* ------------------------------------------------------- helpers (tested) */
/* Percent-decode, normalise and check a URL path for serving.  Writes a
 * relative path (no leading '/', "" for the root) to out.  Returns 0, or
 * -1 if the path is malformed or would escape the root (.. above root,
 * NUL, backslash, encoded '/' or '\'). */
int http_path_sanitize(const char *url_path, size_t len, char *out, size_t outlen);
/* MIME type for a file name, with custom ".ext=type" overrides. */
const char *http_mime_type(const char *name, const char *custom, char *buf, size_t buflen);
/* Parse "bytes=a-b" for a file of size total.  Returns 1 with [*start,*end]
 * (inclusive) set, 0 if the header should be ignored (serve 200), -1 if
 * unsatisfiable (416). */
int http_range_parse(const char *hdr, uint64_t total, uint64_t *start, uint64_t *end);
/* RFC 7231 IMF-fixdate <-> Unix seconds. */
void http_date_format(int64_t t, char *buf, size_t len);
int http_date_parse(const char *s, int64_t *t);
/* glob match used by hidden_file_pattern: '*' (no '/'), '**', '?'. */
int http_glob_match(const char *pat, size_t plen, const char *s, size_t slen);

#endif /* TSFW_NET_HTTP_H */
