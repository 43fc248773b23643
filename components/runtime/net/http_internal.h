/* http_internal.h - exchange internals shared by http.c and static.c. */
#ifndef TSFW_NET_HTTP_INTERNAL_H
#define TSFW_NET_HTTP_INTERNAL_H

#include "http.h"
#include "http_parse.h"

typedef struct http_conn http_conn;

struct http_res {
    int refs;
    http_server *srv;
    http_conn *hc; /* NULL once detached */
    long conn_id;
    http_req req;
    /* request storage */
    http_arena head; /* the URL, then the headers' names and values */
    size_t url_off, url_len;
    http_header *hdrs;
    char *body;
    size_t body_len, body_cap;
    char *path_buf;
    char remote_str[64];
    unsigned in_url : 1, headers_done : 1, complete : 1;
    /* response state */
    int status;
    unsigned headers_sent : 1, ended : 1, chunked : 1, fixed : 1, no_body : 1, is_head : 1, keep_alive : 1,
        close_after : 1, done : 1;
    uint64_t content_length, body_sent;
    /* backpressure */
    unsigned need_drain : 1;    /* a write returned 1: HTTP_RES_EV_DRAIN once the queue is empty */
    http_res_event_fn on_event; /* http_res_on_event; cleared with HTTP_RES_EV_DONE */
    void *event_ud;
    /* file streaming (static serving) */
    port_fd file;
    uint64_t file_off, file_left;
};

/* Write the status line and headers.  extra: preformatted "Name: v\r\n"
 * lines (may be NULL). */
int http__write_head(http_res *res, int status, const http_header *h, size_t n, const char *extra);
/* Stream len bytes of fd from off as the body, then end the response.
 * Takes ownership of fd (closed when done or on error). */
int http__send_file(http_res *res, port_fd fd, uint64_t off, uint64_t len);
/* The origin-form part of a request target: "http://h/p?q" -> "/p?q" (RFC 9112 3.2.2). */
const char *http__origin_form(const char *url);
/* "conn 3 GET /x" */
void http__describe(const http_res *res, char *buf, size_t len);
/* http__report of "conn 3 GET /x: <fmt...>" for res, formatted on the heap
 * (reports come from inside the app's calls, on a small task stack). */
void http__report_ex(const http_res *res, const char *fmt, ...)
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
int http__simple(http_res *res, int status, const char *extra, const char *body);

#endif
