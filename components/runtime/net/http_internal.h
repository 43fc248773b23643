/* http_internal.h - exchange internals shared by http.c and static.c. */
#ifndef TSFW_NET_HTTP_INTERNAL_H
#define TSFW_NET_HTTP_INTERNAL_H

#include "http.h"
#include "http_parse.h"

typedef struct http_conn http_conn;

/* One request and its response on a connection.  The server owns it while the
 * connection does; the app holds it through refs (http_exchange_ref). */
struct http_exchange {
    int refs;
    http_server *srv;
    http_conn *hc; /* NULL once detached: the connection closed or moved on */
    long conn_id;
    http_req req;
    /* request storage */
    http_arena head; /* the URL, then the headers' names and values */
    size_t url_off, url_len;
    http_header *hdrs;
    char *body;
    size_t body_len, body_cap;
    char *path_buf;
    char remote_str[48];  /* req.remote_addr: the connection's, copied (the exchange may outlive it) */
    unsigned in_url : 1,  /* the parser is inside the URL (it may come in pieces) */
        headers_done : 1, /* the header block is complete; req.headers is final */
        complete : 1;     /* the whole request, body included, has been read */
    /* response state */
    int status;
    unsigned headers_sent : 1, /* the status line and headers are queued */
        ended : 1,             /* the app called end (or abort): no more writes */
        chunked : 1,           /* the body goes out with Transfer-Encoding: chunked */
        fixed : 1,             /* the app set Content-Length: exactly that many body bytes */
        no_body : 1,           /* HEAD, 1xx, 204 or 304: writes send nothing */
        is_head : 1,           /* the request method is HEAD */
        keep_alive : 1,        /* the request allows another one on this connection */
        close_after : 1,       /* close the connection once this response is out */
        done : 1;              /* the response is fully queued; the connection moved on */
    uint64_t content_length, body_sent;
    /* backpressure */
    unsigned need_drain : 1;         /* a write returned 1: HTTP_EXCHANGE_EV_DRAIN once the queue is empty */
    http_exchange_event_fn on_event; /* http_exchange_on_event; cleared with HTTP_EXCHANGE_EV_DONE */
    void *event_ud;
    /* file streaming (static serving) */
    port_fd file;
    uint64_t file_off, file_left;
    unsigned file_copy : 1; /* sendfile said PORT_NOSYS: copy the rest through the send buffer */
};

/* Write the status line and headers.  extra: preformatted "Name: v\r\n"
 * lines (may be NULL). */
int http__write_head(http_exchange *res, int status, const http_header *h, size_t n, const char *extra);
/* Stream len bytes of fd from off as the body, then end the response.
 * Takes ownership of fd (closed when done or on error). */
int http__send_file(http_exchange *res, port_fd fd, uint64_t off, uint64_t len);
/* The origin-form part of a request target: "http://h/p?q" -> "/p?q" (RFC 9112 3.2.2). */
const char *http__origin_form(const char *url);
/* "conn 3 GET /x" */
void http__describe(const http_exchange *res, char *buf, size_t len);
/* http__report of "conn 3 GET /x: <fmt...>" for res, formatted on the heap
 * (reports come from inside the app's calls, on a small task stack). */
void http__report_ex(const http_exchange *res, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void http__report(http_server *srv, long conn_id, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Small complete response: status + text body (+ extra header lines). */
int http__simple(http_exchange *res, int status, const char *extra, const char *body);

#endif
