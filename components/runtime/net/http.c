/* http.c - HTTP/1.1 server: llhttp parsing, exchanges, response framing,
 * keep-alive and pipelining, limits and timeouts. */
#include "http_internal.h"
#include "tls.h"
#include "addr.h"
#include "log.h"
#include "timer.h"

#include <llhttp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    HC_IDLE = 0,
    HC_READING,
    HC_RESPONDING,
    HC_LINGER
};

#define FILE_CHUNK   4096
#define FILE_TX_HIGH 16384
#define LINGER_MS    1000

struct http_conn {
    http_conn *next, *prev;
    http_server *srv;
    net_conn *c;
    llhttp_t parser;
    http_exchange *cur; /* exchange being parsed or answered */
    int state;
    int err_status; /* set by a parser callback that fails */
    const char *err_msg;
    unsigned in_process : 1, upgrade : 1;
    uint64_t since;      /* accept, or the last complete request: who is evicted first */
    uint64_t head_start; /* when the current request head began (0: not yet) */
    uint64_t rate_start; /* the current send-rate window began (0: none; see send_too_slow) */
    uint64_t rate_bytes; /* bytes that left the send buffer in that window */
    uint32_t rate_timer; /* judges the window at its end (0: none); cancelled by rate_stop */
    char remote[48];     /* the client's address as text, made once at accept; each exchange copies it */
};

struct http_server {
    net_mgr *mgr;
    net_listener *lst;     /* socket listener (NULL until listen) */
    net_listener *mem_lst; /* socket-less listener for memory pipes */
    http_limits lim;
    http_handler_fn handler;
    void *ud;
    void (*ud_free)(void *);
    http_event_fn ev_fn;
    void *ev_ud;
    void (*ev_ud_free)(void *);
    http_conn *conns;
    size_t nconns;
    int destroyed;
};

static llhttp_settings_t g_settings;
static int g_settings_ready;

static void http_process(http_conn *hc);
static void conn_fn(net_conn *c, int ev, void *ev_data, void *ud);
static void rate_arm(http_conn *hc);

/* ---------------------------------------------------------------- helpers */
static int ci_eq_n(const char *a, const char *b, size_t n) {
    for (; n; a++, b++, n--) {
        char x = *a, y = *b;
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y) return 0;
    }
    return 1;
}

/* RFC 9110 5.6.2 */
static int is_tchar(int ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           (ch && strchr("!#$%&'*+-.^_`|~", ch) != NULL);
}

const char *http_status_text(int s) {
    switch (s) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 416: return "Range Not Satisfiable";
    case 417: return "Expectation Failed";
    case 418: return "I'm a Teapot";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

void http_limits_default(http_limits *l) {
    l->max_header_size = 8192;
    l->max_headers = 64;
    l->max_body_size = 1024u * 1024u;
    l->max_conns = 64;
    l->idle_timeout_ms = 5000;
    l->request_timeout_ms = 10000;
    l->response_timeout_ms = 30000;
    l->max_tx_buffer = HTTP_TX_MAX_DEFAULT;
    l->tx_high_water = HTTP_TX_HIGH_DEFAULT;
    l->max_conns_per_addr = 16;
    l->header_timeout_ms = 4000;
    l->min_send_rate = 256;
    l->send_rate_window_ms = 10000;
}

const char *http_req_header(const http_req *req, const char *name) {
    size_t i;
    for (i = 0; i < req->num_headers; i++)
        if (http_ci_eq(req->headers[i].name, name)) return req->headers[i].value;
    return NULL;
}

/* Reports are formatted on the heap: they come from inside the app's calls
 * (res.write, res.end), on the device's small task stack. */
#define REPORT_MAX 600

static void report_text(http_server *srv, long conn_id, const char *msg) {
    if (srv && srv->ev_fn) srv->ev_fn(srv, HTTP_EV_ERROR, conn_id, msg, srv->ev_ud);
    else net_log_peer(PORT_LOG_WARN, "%s", msg);
}

void http__report(http_server *srv, long conn_id, const char *fmt, ...) {
    char *msg = (char *)malloc(REPORT_MAX);
    va_list ap;
    if (!msg) {
        report_text(srv, conn_id, "out of memory formatting a report");
        return;
    }
    va_start(ap, fmt);
    vsnprintf(msg, REPORT_MAX, fmt, ap);
    va_end(ap);
    report_text(srv, conn_id, msg);
    free(msg);
}

/* Reports "<description>: <fmt...>": msg is a REPORT_MAX heap block that
 * already holds the description; it is freed here. */
static void report_described(http_server *srv, long conn_id, char *msg, const char *fmt, va_list ap) {
    size_t l = strlen(msg);
    memcpy(msg + l, ": ", 3);
    vsnprintf(msg + l + 2, REPORT_MAX - l - 2, fmt, ap);
    report_text(srv, conn_id, msg);
    free(msg);
}

void http__report_ex(const http_exchange *ex, const char *fmt, ...) {
    char *msg = (char *)malloc(REPORT_MAX);
    va_list ap;
    if (!msg) {
        report_text(ex->srv, ex->conn_id, "out of memory formatting a report");
        return;
    }
    http__describe(ex, msg, 200);
    va_start(ap, fmt);
    report_described(ex->srv, ex->conn_id, msg, fmt, ap);
    va_end(ap);
}

void http__describe(const http_exchange *ex, char *buf, size_t len) {
    const char *u = ex->req.url ? ex->req.url : "";
    size_t i, o;
    if (!ex->req.method) {
        snprintf(buf, len, "conn %ld", ex->conn_id);
        return;
    }
    snprintf(buf, len, "conn %ld %s ", ex->conn_id, ex->req.method);
    o = strlen(buf);
    for (i = 0; i < 100 && u[i] && o + 1 < len; i++) buf[o++] = (u[i] < 0x20 || u[i] == 0x7f) ? '?' : u[i];
    buf[o] = 0;
    if (u[i] && o + 4 < len) memcpy(buf + o, "...", 4);
}

static void hc_describe(const http_conn *hc, char *buf, size_t len);

/* "conn 3 GET /x: <fmt...>" for a connection, formatted on the heap. */
static void hc_report(const http_conn *hc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void hc_report(const http_conn *hc, const char *fmt, ...) {
    char *msg = (char *)malloc(REPORT_MAX);
    va_list ap;
    if (!msg) {
        report_text(hc->srv, (long)hc->c->id, "out of memory formatting a report");
        return;
    }
    hc_describe(hc, msg, 200);
    va_start(ap, fmt);
    report_described(hc->srv, (long)hc->c->id, msg, fmt, ap);
    va_end(ap);
}

static void hc_describe(const http_conn *hc, char *buf, size_t len) {
    if (hc->cur && hc->cur->req.method) http__describe(hc->cur, buf, len);
    else snprintf(buf, len, "conn %lu", hc->c->id);
}

/* -------------------------------------------------------------- exchanges */
static http_exchange *ex_new(http_conn *hc) {
    http_exchange *ex = (http_exchange *)calloc(1, sizeof *ex);
    if (!ex) return NULL;
    ex->refs = 1; /* the server's reference */
    ex->srv = hc->srv;
    ex->hc = hc;
    ex->conn_id = (long)hc->c->id;
    ex->file = PORT_INVALID;
    ex->status = 200;
    ex->head.max = hc->srv->lim.max_header_size;
    ex->head.max_headers = hc->srv->lim.max_headers;
    ex->req.conn_id = ex->conn_id;
    ex->req.remote = hc->c->peer;
    ex->req.remote_port = hc->c->peer.port;
    memcpy(ex->remote_str, hc->remote, sizeof ex->remote_str);
    ex->req.remote_addr = ex->remote_str;
    ex->req.body = "";
    ex->req.query = "";
    return ex;
}

static void ex_free(http_exchange *ex) {
    if (ex->file != PORT_INVALID) port_file_close(ex->file);
    http_arena_free(&ex->head);
    free(ex->hdrs);
    free(ex->body);
    free(ex->path_buf);
    free(ex);
}

void http_exchange_ref(http_exchange *res) { res->refs++; }

void http_exchange_unref(http_exchange *res) {
    if (--res->refs == 0) ex_free(res);
}

http_req *http_exchange_req(http_exchange *res) { return &res->req; }
int http_exchange_headers_sent(const http_exchange *res) { return res->headers_sent; }
int http_exchange_ended(const http_exchange *res) { return res->ended; }
int http_exchange_is_detached(const http_exchange *res) { return res->hc == NULL; }
size_t http_exchange_tx_max(const http_exchange *res) { return res->hc ? res->hc->c->tx_max : 0; }

/* Detach the exchange from its conn and drop the server's reference. */
static void ex_detach(http_exchange *ex) {
    http_conn *hc = ex->hc;
    http_exchange_event_fn fn = ex->on_event;
    if (!hc) return;
    if (hc->cur == ex) hc->cur = NULL;
    ex->hc = NULL;
    ex->on_event = NULL;
    if (fn) fn(ex, HTTP_EXCHANGE_EV_DONE, ex->event_ud); /* the server's reference keeps ex alive */
    if (ex->file != PORT_INVALID) {
        port_file_close(ex->file);
        ex->file = PORT_INVALID;
    }
    hc->c->want_write = 0;
    http_exchange_unref(ex);
}

/* The connection takes no more requests: it lingers after an error answer, or
 * the transport is closing.  The transport's flags are the one record of it. */
static int hc_closing(const http_conn *hc) { return hc->state == HC_LINGER || net_conn_is_closing(hc->c); }

static void set_deadline(http_conn *hc, unsigned ms) { hc->c->deadline = ms ? mgr_now(hc->c->mgr) + ms : 0; }

/* Bring the deadline forward to ms after the request head began (0: no limit). */
static void head_deadline(http_conn *hc, unsigned ms) {
    uint64_t d = hc->head_start + ms;
    if (ms && (!hc->c->deadline || d < hc->c->deadline)) hc->c->deadline = d;
}

void http_exchange_abort(http_exchange *ex) {
    http_conn *hc = ex->hc;
    if (!hc || ex->ended) return;
    ex->ended = 1;
    ex_detach(ex);
    net_conn_close(hc->c, 1);
}

void http_exchange_describe(const http_exchange *res, char *buf, size_t len) { http__describe(res, buf, len); }

/* The response is complete: move on to the next request. */
static void ex_done(http_exchange *ex) {
    http_conn *hc = ex->hc;
    int keep;
    if (!hc || ex->done) return;
    ex->done = 1;
    keep = ex->keep_alive && !ex->close_after && !hc->upgrade;
    ex_detach(ex);
    if (!keep || net_conn_eof(hc->c)) {
        net_conn_close(hc->c, 1);
        return;
    }
    hc->state = HC_IDLE;
    hc->head_start = 0; /* the next head's clock starts with its first byte */
    set_deadline(hc, hc->srv->lim.idle_timeout_ms);
    hc->c->rx_paused = 0;
    /* the next (pipelined) request, or the EOF, is handled from the loop:
     * never inside the app's res.end */
    if (!hc->in_process && (hc->c->rx_len > 0 || net_conn_eof(hc->c))) net_conn_kick(hc->c);
}

/* ---------------------------------------------------------- request parse */
/* A failed http_arena_* call r: the answer's status and reason (too_large
 * for the part being parsed). */
static int arena_fail(http_conn *hc, int r, int status, const char *too_large) {
    if (r == HTTP_ARENA_OK) return 0;
    hc->err_status = r == HTTP_ARENA_NOMEM ? 500 : status;
    hc->err_msg = r == HTTP_ARENA_NOMEM      ? "out of memory"
                  : r == HTTP_ARENA_TOO_MANY ? "too many request headers"
                                             : too_large;
    return -1;
}

static http_conn *P(llhttp_t *p) { return (http_conn *)p->data; }

static int on_message_begin(llhttp_t *p) {
    http_conn *hc = P(p);
    if (!hc->cur) {
        hc->cur = ex_new(hc);
        if (!hc->cur) {
            hc->err_status = 500;
            hc->err_msg = "out of memory";
            return -1;
        }
    }
    if (hc->state != HC_READING) {
        hc->state = HC_READING;
        if (!hc->head_start) hc->head_start = mgr_now(hc->c->mgr);
        set_deadline(hc, hc->srv->lim.request_timeout_ms);
        head_deadline(hc, hc->srv->lim.header_timeout_ms);
    }
    return 0;
}

static int on_url(llhttp_t *p, const char *at, size_t len) {
    http_conn *hc = P(p);
    http_exchange *ex = hc->cur;
    if (!ex->in_url) {
        ex->in_url = 1;
        ex->url_off = ex->head.len;
    }
    return arena_fail(hc, http_arena_add(&ex->head, at, len), 414, "request URI too long");
}

static int on_url_complete(llhttp_t *p) {
    http_conn *hc = P(p);
    http_exchange *ex = hc->cur;
    if (!ex->in_url) ex->url_off = ex->head.len;
    ex->url_len = ex->head.len - ex->url_off;
    ex->in_url = 0;
    return arena_fail(hc, http_arena_add(&ex->head, "", 1), 414, "request URI too long");
}

/* Trailers are ignored. */
static int on_header_field(llhttp_t *p, const char *at, size_t len) {
    http_conn *hc = P(p);
    if (hc->cur->headers_done) return 0;
    return arena_fail(hc, http_arena_field(&hc->cur->head, at, len), 431, "request headers too large");
}

static int on_header_field_complete(llhttp_t *p) {
    http_conn *hc = P(p);
    http_arena *a = &hc->cur->head;
    if (hc->cur->headers_done) return 0;
    if (a->in_field && a->len == a->hoff[a->nh][0]) {
        hc->err_status = 400;
        hc->err_msg = "empty header name";
        return -1;
    }
    return arena_fail(hc, http_arena_field_done(a), 431, "request headers too large");
}

static int on_header_value(llhttp_t *p, const char *at, size_t len) {
    http_conn *hc = P(p);
    if (hc->cur->headers_done) return 0;
    return arena_fail(hc, http_arena_value(&hc->cur->head, at, len), 431, "request headers too large");
}

static int on_header_value_complete(llhttp_t *p) {
    http_conn *hc = P(p);
    if (hc->cur->headers_done) return 0;
    return arena_fail(hc, http_arena_value_done(&hc->cur->head), 431, "request headers too large");
}

static int hexv(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

const char *http__origin_form(const char *url) {
    const char *s = url;
    while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '+' || *s == '-' ||
           *s == '.')
        s++;
    if (s == url || s[0] != ':' || s[1] != '/' || s[2] != '/') return url;
    s += 3;
    while (*s && *s != '/' && *s != '?' && *s != '#') s++; /* the authority */
    return *s ? s : "/";
}

/* The request target's path and query.  An absolute-form target
 * ("http://host/p?q", RFC 9112 3.2.2) is served by its path; the query ends
 * at '#'. */
static void split_target(const char *url, const char **path, size_t *plen, const char **query, size_t *qlen) {
    const char *q, *e;
    url = http__origin_form(url);
    e = url + strcspn(url, "?#");
    *path = e == url ? "/" : url; /* "http://host" has the path "/" */
    *plen = e == url ? 1 : (size_t)(e - url);
    q = *e == '?' ? e + 1 : e;
    *query = q;
    *qlen = *e == '?' ? strcspn(q, "#") : 0;
}

/* Decode the path (%00 stays encoded) into a new buffer, the query after it. */
static char *decode_target(const char *url, size_t len, const char *query, size_t qlen) {
    char *out = (char *)malloc(len + qlen + 2);
    size_t i, o = 0;
    if (!out) return NULL;
    for (i = 0; i < len; i++) {
        int h, l;
        if (url[i] == '%' && i + 2 < len && (h = hexv((unsigned char)url[i + 1])) >= 0 &&
            (l = hexv((unsigned char)url[i + 2])) >= 0 && (h | l) != 0) {
            out[o++] = (char)(h * 16 + l);
            i += 2;
        } else {
            out[o++] = url[i];
        }
    }
    out[o++] = 0;
    memcpy(out + o, query, qlen);
    out[o + qlen] = 0;
    return out;
}

/* Transfer-Encoding: only "chunked" is supported. */
static int te_supported(const char *v) {
    while (*v) {
        const char *s, *e;
        while (*v == ' ' || *v == '\t' || *v == ',') v++;
        if (!*v) break;
        s = v;
        while (*v && *v != ',') v++;
        e = v;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t')) e--;
        if (!((size_t)(e - s) == 7 && (s[0] | 32) == 'c' && (s[1] | 32) == 'h' && (s[2] | 32) == 'u' &&
              (s[3] | 32) == 'n' && (s[4] | 32) == 'k' && (s[5] | 32) == 'e' && (s[6] | 32) == 'd'))
            return 0;
    }
    return 1;
}

/* RFC 9112 3.2: an HTTP/1.1 request has exactly one Host, an HTTP/1.0 one at most. */
static int check_host(http_conn *hc, const http_exchange *ex) {
    size_t i, n = 0;
    for (i = 0; i < ex->req.num_headers; i++) n += http_ci_eq(ex->req.headers[i].name, "Host");
    if (n > 1 || (n == 0 && ex->req.http_minor >= 1)) {
        hc->err_status = 400;
        hc->err_msg = n ? "more than one Host header" : "no Host header";
        return -1;
    }
    return 0;
}

/* Expect (RFC 9110 10.1.1): "100-continue" gets its interim 100 now, before
 * the body is read, when a body follows; any other expectation gets 417. */
static int check_expect(http_conn *hc, llhttp_t *p) {
    static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n";
    const char *v = http_req_header(&hc->cur->req, "Expect");
    size_t n;
    if (!v) return 0;
    while (*v == ' ' || *v == '\t') v++;
    n = strlen(v);
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t')) n--;
    if (n != 12 || strncmp(v, "100-", 4) != 0 || !ci_eq_n(v + 4, "continue", 8)) {
        hc->err_status = 417;
        hc->err_msg = "unsupported expectation";
        return -1;
    }
    if (p->http_minor >= 1 && ((p->flags & F_CHUNKED) || ((p->flags & F_CONTENT_LENGTH) && p->content_length > 0)) &&
        net_conn_send(hc->c, cont, sizeof cont - 1) != 0) {
        hc->err_status = 500;
        hc->err_msg = "send buffer full";
        return -1;
    }
    return 0;
}

static int on_headers_complete(llhttp_t *p) {
    http_conn *hc = P(p);
    http_exchange *ex = hc->cur;
    size_t plen, qlen;
    const char *te, *url, *path, *query;
    ex->headers_done = 1;
    /* the head is in: the rest of the request has request_timeout_ms from its start */
    hc->c->deadline = 0;
    head_deadline(hc, hc->srv->lim.request_timeout_ms);
    ex->hdrs = (http_header *)calloc(ex->head.nh ? ex->head.nh : 1, sizeof *ex->hdrs);
    if (!ex->hdrs) {
        hc->err_status = 500;
        hc->err_msg = "out of memory";
        return -1;
    }
    http_arena_headers(&ex->head, ex->hdrs);
    ex->req.headers = ex->hdrs;
    ex->req.num_headers = ex->head.nh;
    ex->req.method = llhttp_method_name((llhttp_method_t)p->method);
    ex->req.http_major = p->http_major;
    ex->req.http_minor = p->http_minor;
    url = ex->head.buf ? ex->head.buf + ex->url_off : "";
    ex->req.url = url;
    split_target(url, &path, &plen, &query, &qlen);
    ex->path_buf = decode_target(path, plen, query, qlen);
    if (!ex->path_buf) {
        hc->err_status = 500;
        hc->err_msg = "out of memory";
        return -1;
    }
    ex->req.path = ex->path_buf;
    ex->req.query = ex->path_buf + strlen(ex->path_buf) + 1;
    if (p->http_major != 1) { /* llhttp takes 0.9 and 2.0 */
        hc->err_status = 505;
        hc->err_msg = "unsupported HTTP version";
        return -1;
    }
    if (check_host(hc, ex) != 0) return -1;
    ex->is_head = p->method == HTTP_HEAD;
    if (p->upgrade) hc->upgrade = 1;
    te = http_req_header(&ex->req, "Transfer-Encoding");
    if (te && !te_supported(te)) {
        hc->err_status = 501;
        hc->err_msg = "unsupported Transfer-Encoding";
        return -1;
    }
    if ((p->flags & F_CONTENT_LENGTH) && p->content_length > hc->srv->lim.max_body_size) {
        hc->err_status = 413;
        hc->err_msg = "request body too large";
        return -1;
    }
    return check_expect(hc, p);
}

static int on_body(llhttp_t *p, const char *at, size_t len) {
    http_conn *hc = P(p);
    http_exchange *ex = hc->cur;
    char *nb;
    if (ex->body_len + len > hc->srv->lim.max_body_size) {
        hc->err_status = 413;
        hc->err_msg = "request body too large";
        return -1;
    }
    nb = (char *)net_buf_grow(ex->body, &ex->body_cap, ex->body_len + len + 1, 256);
    if (!nb) {
        hc->err_status = 500;
        hc->err_msg = "out of memory";
        return -1;
    }
    ex->body = nb;
    memcpy(ex->body + ex->body_len, at, len);
    ex->body_len += len;
    ex->body[ex->body_len] = 0;
    return 0;
}

static int on_message_complete(llhttp_t *p) {
    http_conn *hc = P(p);
    http_exchange *ex = hc->cur;
    ex->complete = 1;
    hc->since = mgr_now(hc->c->mgr);
    if (ex->body) {
        ex->req.body = ex->body;
        ex->req.body_len = ex->body_len;
    }
    ex->keep_alive = llhttp_should_keep_alive(p) ? 1 : 0;
    return HPE_PAUSED;
}

static void settings_init(void) {
    if (g_settings_ready) return;
    llhttp_settings_init(&g_settings);
    g_settings.on_message_begin = on_message_begin;
    g_settings.on_url = on_url;
    g_settings.on_url_complete = on_url_complete;
    g_settings.on_header_field = on_header_field;
    g_settings.on_header_field_complete = on_header_field_complete;
    g_settings.on_header_value = on_header_value;
    g_settings.on_header_value_complete = on_header_value_complete;
    g_settings.on_headers_complete = on_headers_complete;
    g_settings.on_body = on_body;
    g_settings.on_message_complete = on_message_complete;
    g_settings_ready = 1;
}

/* ------------------------------------------------------------ responses */
/* Bytes that did not fit the send buffer (or a closing connection): reported,
 * and the connection closed.  -1. */
static int ex_send_failed(http_exchange *ex) {
    http_conn *hc = ex->hc;
    http__report_ex(ex, "send buffer full (%lu bytes); closing connection", (unsigned long)hc->c->tx_max);
    net_conn_close(hc->c, 0);
    ex_detach(ex);
    return -1;
}

/* Bytes were queued: the response made progress. */
static void ex_progress(http_conn *hc) {
    if (hc->state == HC_RESPONDING) set_deadline(hc, hc->srv->lim.response_timeout_ms);
}

static int ex_send(http_exchange *ex, const void *d, size_t n) {
    http_conn *hc = ex->hc;
    if (!hc) return -1;
    if (net_conn_send(hc->c, d, n) != 0) return ex_send_failed(ex);
    ex_progress(hc);
    return 0;
}

/* A number as text: decimal (base 10) or hex (16), without printf. */
static int ex_send_num(http_exchange *ex, unsigned long v, unsigned base) {
    char b[24];
    size_t o = sizeof b;
    do {
        b[--o] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    return ex_send(ex, b + o, sizeof b - o);
}

/* A field name is a token; a value is VCHAR, obs-text, SP and HTAB (RFC 9110 5.5), as node checks them. */
static int name_ok(const char *s) {
    if (!*s) return 0;
    for (; *s; s++)
        if (!is_tchar((unsigned char)*s)) return 0;
    return 1;
}

static int value_ok(const char *s) {
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch != '\t' && (ch < 0x20 || ch == 0x7f)) return 0;
    }
    return 1;
}

/* The app asked for a head this server will not send (a CR/LF in a value
 * would let it forge headers or a body): a 500 instead, with nothing of
 * the app's in it, and the app's later writes go nowhere. */
static int refuse_head(http_exchange *ex, const char *what, const char *name) {
    static const char resp[] = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                               "Content-Length: 22\r\nConnection: close\r\n\r\nInternal Server Error\n";
    char shown[64];
    size_t i;
    for (i = 0; name && name[i] && i < sizeof shown - 1; i++)
        shown[i] = ((unsigned char)name[i] < 0x20 || name[i] == 0x7f) ? '?' : name[i];
    shown[i] = 0;
    http__report_ex(ex, "%s%s%s%s; answered 500", what, name ? " '" : "", shown, name ? "'" : "");
    ex->status = 500;
    ex->close_after = 1;
    if (ex_send(ex, resp, ex->is_head ? sizeof resp - 23 : sizeof resp - 1) != 0) return -1;
    ex->headers_sent = 1;
    ex->ended = 1;
    ex_done(ex);
    return -1;
}

static int parse_u64(const char *s, uint64_t *v) {
    uint64_t r = 0;
    int any = 0;
    while (*s == ' ' || *s == '\t') s++;
    while (*s >= '0' && *s <= '9') {
        if (r > (UINT64_MAX - 9) / 10) return -1;
        r = r * 10 + (uint64_t)(*s - '0');
        s++;
        any = 1;
    }
    while (*s == ' ' || *s == '\t') s++;
    if (!any || *s) return -1;
    *v = r;
    return 0;
}

static char *put(char *p, const char *s, size_t n) {
    memcpy(p, s, n);
    return p + n;
}

/* The head's text, written into the send buffer in one piece: its length
 * first, then one reservation and the copies (one call, where a call per
 * piece would check the buffer and the deadline each time).  te: add
 * "Transfer-Encoding: chunked"; has_conn: the app wrote Connection. */
static int head_send(http_exchange *ex, int status, const http_header *h, size_t n, const char *extra, int te,
                     int has_conn) {
    static const char te_line[] = "Transfer-Encoding: chunked\r\n", close_line[] = "Connection: close\r\n",
                      ka_line[] = "Connection: keep-alive\r\n";
    const char *text = http_status_text(status), *conn = NULL;
    size_t tl = strlen(text), el = extra ? strlen(extra) : 0, need, i, cl = 0;
    char *p;
    if (!has_conn) {
        if (!ex->keep_alive || ex->close_after) conn = close_line;
        else if (ex->req.http_minor == 0) conn = ka_line;
    }
    if (conn) cl = strlen(conn);
    need = 9 + 3 + 1 + tl + 2 + el + (te ? sizeof te_line - 1 : 0) + cl + 2; /* "HTTP/1.1 200 OK\r\n" ... "\r\n" */
    for (i = 0; i < n; i++) need += strlen(h[i].name) + 2 + strlen(h[i].value) + 2;
    p = (char *)net_conn_send_reserve(ex->hc->c, need);
    if (!p) return ex_send_failed(ex);
    p = put(p, "HTTP/1.1 ", 9);
    *p++ = (char)('0' + status / 100);
    *p++ = (char)('0' + status / 10 % 10);
    *p++ = (char)('0' + status % 10);
    *p++ = ' ';
    p = put(p, text, tl);
    p = put(p, "\r\n", 2);
    for (i = 0; i < n; i++) {
        p = put(p, h[i].name, strlen(h[i].name));
        p = put(p, ": ", 2);
        p = put(p, h[i].value, strlen(h[i].value));
        p = put(p, "\r\n", 2);
    }
    if (el) p = put(p, extra, el);
    if (te) p = put(p, te_line, sizeof te_line - 1);
    if (conn) p = put(p, conn, cl);
    put(p, "\r\n", 2);
    net_conn_send_commit(ex->hc->c, need);
    ex_progress(ex->hc);
    return 0;
}

int http__write_head(http_exchange *ex, int status, const http_header *h, size_t n, const char *extra) {
    size_t i;
    int has_cl = 0, has_te = 0, has_conn = 0, te_chunked = 0;
    uint64_t cl = 0;
    if (!ex->hc || ex->headers_sent || ex->ended) return -1;
    if (status < 100 || status > 999) {
        char what[40];
        snprintf(what, sizeof what, "invalid status code %d", status);
        return refuse_head(ex, what, NULL);
    }
    for (i = 0; i < n; i++) {
        if (!h[i].name || !name_ok(h[i].name)) return refuse_head(ex, "invalid response header name", h[i].name);
        if (!h[i].value || !value_ok(h[i].value)) return refuse_head(ex, "invalid value of response header", h[i].name);
        if (http_ci_eq(h[i].name, "Content-Length")) {
            if (parse_u64(h[i].value, &cl) != 0) return refuse_head(ex, "invalid Content-Length", h[i].value);
            has_cl = 1;
        } else if (http_ci_eq(h[i].name, "Transfer-Encoding")) {
            has_te = 1;
            te_chunked = strstr(h[i].value, "chunked") != NULL;
        } else if (http_ci_eq(h[i].name, "Connection")) {
            has_conn = 1;
            if (http_ci_eq(h[i].value, "close")) ex->close_after = 1;
        }
    }
    ex->status = status;
    ex->no_body = ex->is_head || status == 204 || status == 304 || status < 200;
    if (has_cl) {
        ex->fixed = 1;
        ex->content_length = cl;
    } else if (!ex->no_body) {
        if (has_te) {
            if (te_chunked) ex->chunked = 1;
            else ex->close_after = 1;
        } else if (ex->req.http_major == 1 && ex->req.http_minor >= 1) {
            ex->chunked = 1;
        } else {
            ex->close_after = 1; /* HTTP/1.0: the body ends at close */
        }
    }
    if (ex->hc->upgrade) ex->close_after = 1;
    if (head_send(ex, status, h, n, extra, ex->chunked && !has_te, has_conn) != 0) return -1;
    ex->headers_sent = 1;
    return 0;
}

int http_exchange_write_head(http_exchange *res, int status, const http_header *hdrs, size_t n) {
    return http__write_head(res, status, hdrs, n, NULL);
}

void http_exchange_on_event(http_exchange *res, http_exchange_event_fn fn, void *ud) {
    res->on_event = fn;
    res->event_ud = ud;
}

/* Framing a write may add: a chunk's size line and CRLF. */
#define FRAMING_MAX 24

/* len more bytes would take the connection's queue past the hard limit:
 * report it and give the response up (a 500 if nothing of it was sent,
 * else a truncated response and a close). */
static int ex_overflow(http_exchange *ex, size_t len) {
    http_conn *hc = ex->hc;
    int head = !ex->headers_sent;
    http__report_ex(ex, "write of %lu bytes would exceed the send buffer limit of %lu bytes; %s", (unsigned long)len,
                    (unsigned long)hc->c->tx_max,
                    head ? "answered 500" : "closing the connection after the bytes queued");
    ex->need_drain = 0;
    if (head) {
        ex->close_after = 1;
        http__simple(ex, 500, NULL, "Internal Server Error\n");
    } else {
        http_exchange_abort(ex);
    }
    return HTTP_EXCHANGE_OVERFLOW;
}

/* Would len bytes of body (and their framing) pass the hard limit? */
static int ex_would_overflow(const http_exchange *ex, size_t len) {
    const net_conn *c = ex->hc->c;
    return c->tx_len + FRAMING_MAX > c->tx_max || len > c->tx_max - c->tx_len - FRAMING_MAX;
}

/* 1 (and HTTP_EXCHANGE_EV_DRAIN later) when the queue has reached the high-water mark. */
static int ex_backpressure(http_exchange *ex) {
    net_conn *c = ex->hc->c;
    if (c->tx_len < ex->srv->lim.tx_high_water) return 0;
    ex->need_drain = 1;
    c->want_write = 1; /* NET_EV_WRITE once the queue is empty */
    return 1;
}

int http_exchange_write(http_exchange *ex, const void *data, size_t len) {
    uint64_t allowed;
    int rc = 0;
    if (!ex->hc || ex->ended) return -1;
    if (!ex->no_body && ex_would_overflow(ex, len)) return ex_overflow(ex, len);
    if (!ex->headers_sent && http__write_head(ex, 200, NULL, 0, NULL) != 0) return -1;
    if (len == 0) return 0;
    if (ex->no_body) return 0;
    if (ex->fixed) {
        allowed = ex->content_length - ex->body_sent;
        if (len > allowed) {
            http__report_ex(ex, "response body exceeds Content-Length %llu; extra bytes dropped",
                            (unsigned long long)ex->content_length);
            len = (size_t)allowed;
            rc = -1;
        }
        if (len && ex_send(ex, data, len) != 0) return -1;
    } else if (ex->chunked) {
        if (ex_send_num(ex, (unsigned long)len, 16) != 0 || ex_send(ex, "\r\n", 2) != 0 ||
            ex_send(ex, data, len) != 0 || ex_send(ex, "\r\n", 2) != 0)
            return -1;
    } else {
        if (ex_send(ex, data, len) != 0) return -1;
    }
    ex->body_sent += len;
    rate_arm(ex->hc);
    return rc ? rc : ex_backpressure(ex);
}

int http_exchange_end(http_exchange *ex, const void *data, size_t len) {
    if (!ex->hc || ex->ended) return -1;
    if (len && !ex->no_body && ex_would_overflow(ex, len)) return ex_overflow(ex, len);
    if (!ex->headers_sent) {
        char cl[24];
        http_header h;
        snprintf(cl, sizeof cl, "%lu", (unsigned long)len);
        h.name = "Content-Length";
        h.value = cl;
        if (http__write_head(ex, ex->status, &h, 1, NULL) != 0) return -1;
    }
    if (len && http_exchange_write(ex, data, len) < 0 && !ex->hc) return -1;
    if (!ex->hc) return -1;
    if (ex->chunked && !ex->no_body && ex_send(ex, "0\r\n\r\n", 5) != 0) return -1;
    if (ex->fixed && !ex->no_body && ex->body_sent < ex->content_length) {
        http__report_ex(ex, "response ended after %llu of %llu bytes; closing connection",
                        (unsigned long long)ex->body_sent, (unsigned long long)ex->content_length);
        ex->close_after = 1;
    }
    ex->ended = 1;
    if (ex->file == PORT_INVALID) ex_done(ex);
    return 0;
}

int http__simple(http_exchange *ex, int status, const char *extra, const char *body) {
    char cl[24];
    http_header h[2];
    size_t bl = strlen(body);
    snprintf(cl, sizeof cl, "%lu", (unsigned long)bl);
    h[0].name = "Content-Type";
    h[0].value = "text/plain";
    h[1].name = "Content-Length";
    h[1].value = cl;
    if (http__write_head(ex, status, h, 2, extra) != 0) return -1;
    return http_exchange_end(ex, body, bl);
}

/* ---------------------------------------------------------- file streaming */
static void pump_file(http_exchange *ex) {
    http_conn *hc = ex->hc;
    net_conn *c;
    void *buf;
    if (!hc || ex->file == PORT_INVALID) return;
    c = hc->c;
    while (ex->file_left > 0 && c->tx_len < FILE_TX_HIGH && !net_conn_is_closing(c)) {
        long n;
        size_t want;
        if (!ex->chunked && !ex->file_copy) {
            want = ex->file_left > (1u << 20) ? (1u << 20) : (size_t)ex->file_left;
            n = net_conn_sendfile(c, ex->file, ex->file_off, want);
            if (n > 0) {
                ex->file_off += (uint64_t)n;
                ex->file_left -= (uint64_t)n;
                ex->body_sent += (uint64_t)n;
                set_deadline(hc, hc->srv->lim.response_timeout_ms);
                continue;
            }
            if (n == PORT_AGAIN) break;
            if (n != PORT_NOSYS) goto fail;
            ex->file_copy = 1;
        }
        /* read straight into the send buffer: no chunk on the stack */
        want = ex->file_left > FILE_CHUNK ? FILE_CHUNK : (size_t)ex->file_left;
        if (!(buf = net_conn_send_reserve(c, want))) goto fail;
        n = port_file_pread(ex->file, buf, want, ex->file_off);
        if (n <= 0) goto fail;
        net_conn_send_commit(c, (size_t)n);
        ex->file_off += (uint64_t)n;
        ex->file_left -= (uint64_t)n;
        ex->body_sent += (uint64_t)n;
        set_deadline(hc, hc->srv->lim.response_timeout_ms);
    }
    if (ex->file_left == 0) {
        port_file_close(ex->file);
        ex->file = PORT_INVALID;
        c->want_write = 0;
        ex->ended = 1;
        ex_done(ex);
    } else {
        c->want_write = 1;
        rate_arm(hc);
    }
    return;
fail : {
    http__report_ex(ex, "file read/send failed: %s; closing connection", port_last_error());
    net_conn_close(c, 0);
    ex_detach(ex);
}
}

int http__send_file(http_exchange *ex, port_fd fd, uint64_t off, uint64_t len) {
    if (!ex->hc || ex->ended) {
        port_file_close(fd);
        return -1;
    }
    if (ex->no_body || len == 0) {
        port_file_close(fd);
        return http_exchange_end(ex, NULL, 0);
    }
    ex->file = fd;
    ex->file_copy = 0;
    ex->file_off = off;
    ex->file_left = len;
    ex->ended = 1; /* no more app writes */
    pump_file(ex);
    return 0;
}

/* ------------------------------------------------------ connection logic */
/* Every queued byte of a response whose write returned 1 has left. */
static void ex_drain(http_exchange *ex) {
    ex->need_drain = 0;
    ex->hc->c->want_write = 0;
    if (!ex->on_event) return;
    ex->refs++; /* the hook may end the response */
    ex->on_event(ex, HTTP_EXCHANGE_EV_DRAIN, ex->event_ud);
    http_exchange_unref(ex);
}

static void fail_conn(http_conn *hc, int status, const char *what) {
    char resp[256];
    int n;
    net_conn *c = hc->c;
    hc_report(hc, "%s (%d)", what, status);
    if (hc->cur) ex_detach(hc->cur);
    n = snprintf(resp, sizeof resp,
                 "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %lu\r\nConnection: close\r\n\r\n%s\n",
                 status, http_status_text(status), (unsigned long)strlen(http_status_text(status)) + 1,
                 http_status_text(status));
    net_conn_send(c, resp, (size_t)n);
    /* linger: keep reading (and discarding) so the client sees the answer
     * instead of a reset, then close */
    hc->state = HC_LINGER;
    c->rx_paused = 0;
    net_conn_rx_consume(c, c->rx_len);
    set_deadline(hc, LINGER_MS);
    if (net_conn_eof(c)) net_conn_close(c, 1);
}

/* A response whose client reads too slowly: while bytes wait in the send
 * buffer, at least lim.min_send_rate bytes/s must leave it, over windows of
 * lim.send_rate_window_ms (the progress deadline alone lets a client that
 * takes a byte now and then hold the connection for ever).  The window
 * stops when the buffer is empty and the app has nothing waiting: then the
 * app is the slow one.  It is
 * judged when a write event comes after its end, or by a timer at its end:
 * once the kernel's buffers are full, a slow client may bring no event at all
 * for longer than a window. */
static void rate_stop(http_conn *hc) {
    if (hc->rate_timer) mgr_timer_cancel(hc->c->mgr, hc->rate_timer);
    hc->rate_timer = 0;
    hc->rate_start = 0;
}

static void rate_timer_fn(net_mgr *m, uint32_t id, void *ud);

static void rate_restart(http_conn *hc, uint64_t now) {
    rate_stop(hc);
    hc->rate_start = now;
    hc->rate_bytes = 0;
    hc->rate_timer = mgr_timer_add(hc->c->mgr, hc->srv->lim.send_rate_window_ms, 0, rate_timer_fn, hc, NULL);
}

/* Bytes are queued, or the buffer just emptied and the app waits for it to
 * ('drain', or a file to send): the client is what the response waits on. */
static int waits_on_client(const http_conn *hc) {
    return hc->c->tx_len > 0 || (hc->cur && (hc->cur->need_drain || hc->cur->file != PORT_INVALID));
}

/* Bytes were queued: the window starts if it has not (a write event may
 * never come once the kernel's buffers are full). */
static void rate_arm(http_conn *hc) {
    const http_limits *l = &hc->srv->lim;
    if (hc->rate_start || !l->min_send_rate || !l->send_rate_window_ms || !hc->c->tx_len || hc->state != HC_RESPONDING)
        return;
    rate_restart(hc, mgr_now(hc->c->mgr));
}

/* sent: the bytes that just left.  Returns 1 when the connection was closed. */
static int send_too_slow(http_conn *hc, long sent) {
    const http_limits *l = &hc->srv->lim;
    net_conn *c = hc->c;
    uint64_t now = mgr_now(c->mgr), span;
    if (!l->min_send_rate || !l->send_rate_window_ms || !waits_on_client(hc) || hc->state != HC_RESPONDING) {
        rate_stop(hc);
        return 0;
    }
    if (!hc->rate_start) {
        rate_restart(hc, now);
        return 0;
    }
    hc->rate_bytes += sent > 0 ? (uint64_t)sent : 0;
    span = now - hc->rate_start;
    if (span < l->send_rate_window_ms) return 0;
    if (hc->rate_bytes >= (uint64_t)l->min_send_rate * span / 1000) {
        rate_restart(hc, now);
        return 0;
    }
    hc_report(hc, "client reads too slowly (%llu bytes in %llu ms, under %u bytes/s); closing connection",
              (unsigned long long)hc->rate_bytes, (unsigned long long)span, l->min_send_rate);
    rate_stop(hc);
    if (hc->cur) ex_detach(hc->cur);
    net_conn_close(c, 0);
    return 1;
}

static void rate_timer_fn(net_mgr *m, uint32_t id, void *ud) {
    http_conn *hc = (http_conn *)ud;
    (void)m;
    (void)id;
    hc->rate_timer = 0;
    (void)send_too_slow(hc, 0);
}

/* The status of a request llhttp refused.  data: the unparsed input. */
static int parse_error_status(llhttp_t *p, llhttp_errno_t e, const char *data, size_t len) {
    const char *why = llhttp_get_error_reason(p);
    size_t i = 0;
    switch (e) {
    case HPE_INVALID_VERSION: /* "HTTP/3.0" is 505; a bare CR after the version is malformed */
        return why && strcmp(why, "Invalid HTTP version") == 0 ? 505 : 400;
    case HPE_INVALID_METHOD: /* a well-formed method this server does not know: 501 */
        while (len && (*data == '\r' || *data == '\n')) data++, len--;
        while (i < len && is_tchar((unsigned char)data[i])) i++;
        return i > 0 && i < len && data[i] == ' ' ? 501 : 400;
    default: return 400;
    }
}

static void http_process(http_conn *hc) {
    net_conn *c = hc->c;
    if (hc->in_process) return;
    hc->in_process = 1;
    while (!hc_closing(hc) && !(hc->cur && hc->cur->complete) && c->rx_len > 0) {
        const char *data = (const char *)c->rx;
        llhttp_errno_t e = llhttp_execute(&hc->parser, data, c->rx_len);
        size_t used = c->rx_len;
        if (e != HPE_OK) {
            const char *pos = llhttp_get_error_pos(&hc->parser);
            if (pos && pos >= data && pos <= data + c->rx_len) used = (size_t)(pos - data);
        }
        if (e == HPE_PAUSED || e == HPE_PAUSED_UPGRADE) {
            http_exchange *ex = hc->cur;
            net_conn_rx_consume(c, used);
            if (e == HPE_PAUSED) llhttp_resume(&hc->parser);
            else hc->upgrade = 1;
            if (!ex || !ex->complete) {
                fail_conn(hc, 400, "unexpected parser pause");
                break;
            }
            hc->state = HC_RESPONDING;
            set_deadline(hc, hc->srv->lim.response_timeout_ms);
            c->rx_paused = 1;
            ex->refs++;
            hc->srv->handler(hc->srv, &ex->req, ex, hc->srv->ud);
            http_exchange_unref(ex);
            if (hc->upgrade && !hc_closing(hc) && hc->cur == NULL) { net_conn_close(c, 1); }
            continue;
        }
        if (e != HPE_OK) {
            if (hc->err_status) {
                fail_conn(hc, hc->err_status, hc->err_msg);
            } else {
                char why[160];
                const char *r = llhttp_get_error_reason(&hc->parser);
                snprintf(why, sizeof why, "malformed request: %s (%s)", r ? r : "?", llhttp_errno_name(e));
                fail_conn(hc, parse_error_status(&hc->parser, e, data, c->rx_len), why);
            }
            break;
        }
        net_conn_rx_consume(c, used);
    }
    if (!hc_closing(hc) && net_conn_eof(c)) {
        if (hc->cur && hc->cur->complete) {
            hc->cur->close_after = 1; /* answer, then close */
        } else if (hc->state == HC_READING && hc->cur) {
            /* connection ended mid-request: a request body is never close-delimited, so
             * finishing the parser cannot complete it */
            (void)llhttp_finish(&hc->parser);
            if (hc->cur) ex_detach(hc->cur);
            net_conn_close(c, 1);
        } else if (!hc->cur) {
            net_conn_close(c, 1);
        }
    }
    c->rx_paused = (hc->cur && hc->cur->complete) ? 1 : 0;
    hc->in_process = 0;
}

static void server_maybe_free(http_server *srv) {
    if (!srv->destroyed || srv->nconns > 0) return;
    if (srv->mem_lst) mgr_listener_free(srv->mem_lst);
    if (srv->ud_free) srv->ud_free(srv->ud);
    if (srv->ev_ud_free) srv->ev_ud_free(srv->ev_ud);
    free(srv);
}

static void conn_fn(net_conn *c, int ev, void *ev_data, void *ud) {
    http_conn *hc = (http_conn *)ud;
    http_server *srv = hc->srv;
    switch (ev) {
    case NET_EV_OPEN:
        if (srv->ev_fn) srv->ev_fn(srv, HTTP_EV_CONNECTION, (long)c->id, NULL, srv->ev_ud);
        break;
    case NET_EV_READ:
        if (hc->state == HC_LINGER) {
            net_conn_rx_consume(c, c->rx_len);
            break;
        }
        http_process(hc);
        break;
    case NET_EV_EOF:
        if (hc->state == HC_LINGER) {
            net_conn_close(c, 1);
            break;
        }
        http_process(hc);
        break;
    case NET_EV_WRITE:
        if (send_too_slow(hc, ev_data ? *(const long *)ev_data : 0)) break;
        if (hc->cur && hc->cur->file != PORT_INVALID) pump_file(hc->cur);
        else if (hc->state == HC_RESPONDING) set_deadline(hc, srv->lim.response_timeout_ms);
        if (hc->cur && hc->cur->need_drain && c->tx_len == 0) ex_drain(hc->cur);
        break;
    case NET_EV_TIMEOUT:
        if (hc->state == HC_LINGER) {
            net_conn_close(c, 1);
        } else if (hc->state == HC_IDLE) {
            net_conn_close(c, 1);
        } else if (hc->state == HC_READING) {
            char what[96];
            unsigned ht = srv->lim.header_timeout_ms, rt = srv->lim.request_timeout_ms;
            if ((hc->cur && hc->cur->headers_done) || !ht || (rt && rt < ht))
                snprintf(what, sizeof what, "request not received within %u ms", srv->lim.request_timeout_ms);
            else snprintf(what, sizeof what, "request head not received within %u ms", srv->lim.header_timeout_ms);
            fail_conn(hc, 408, what);
        } else {
            hc_report(hc, "response not finished within %u ms; closing connection", srv->lim.response_timeout_ms);
            if (hc->cur) ex_detach(hc->cur);
            net_conn_close(c, 0);
        }
        break;
    case NET_EV_ERROR: {
        hc_report(hc, "connection error: %s", ev_data ? (const char *)ev_data : "?");
        break;
    }
    case NET_EV_CLOSE:
        rate_stop(hc);
        if (hc->cur) ex_detach(hc->cur);
        if (srv->ev_fn) srv->ev_fn(srv, HTTP_EV_CLOSE, (long)c->id, NULL, srv->ev_ud);
        if (hc->prev) hc->prev->next = hc->next;
        else srv->conns = hc->next;
        if (hc->next) hc->next->prev = hc->prev;
        srv->nconns--;
        free(hc);
        server_maybe_free(srv);
        break;
    default: break;
    }
}

static void reject_fn(net_conn *c, int ev, void *ev_data, void *ud) {
    (void)c;
    (void)ev;
    (void)ev_data;
    (void)ud;
}

static int same_ip(const port_addr *a, const port_addr *b) {
    port_addr x, y;
    net_addr_unmap(a, &x);
    net_addr_unmap(b, &y);
    return x.family == y.family && memcmp(x.ip, y.ip, x.family == 4 ? 4 : 16) == 0;
}

/* The connection to close first when room is needed: one that is not being
 * answered (idle with nothing left to send, or still sending its request)
 * and has gone longest without a complete request - a slow client, not the
 * newcomer.  Only those from peer's address when peer is not NULL.  *live:
 * connections not closing (from that address). */
static http_conn *eviction_victim(http_server *srv, const port_addr *peer, unsigned *live) {
    http_conn *hc, *best = NULL;
    *live = 0;
    for (hc = srv->conns; hc; hc = hc->next) {
        if (hc_closing(hc) || (peer && !same_ip(&hc->c->peer, peer))) continue;
        (*live)++;
        /* not while a finished response is still going out: it would be cut */
        if ((hc->state == HC_IDLE || hc->state == HC_READING) && hc->c->tx_len == 0 &&
            (!best || hc->since <= best->since))
            best = hc;
    }
    return best;
}

/* Close hc at once to make room ("for conn 7", "to free a descriptor"). */
static void evict(http_conn *hc, const char *why) {
    char desc[200];
    hc_describe(hc, desc, sizeof desc);
    net_log_peer(PORT_LOG_INFO, "%s: closed %s (no complete request for %lu ms)", desc, why,
                 (unsigned long)(mgr_now(hc->c->mgr) - hc->since));
    if (hc->cur) ex_detach(hc->cur);
    net_conn_close(hc->c, 0);
}

/* Room for newcomer c within a limit of n connections (live now): 0, after
 * evicting victim if needed, or -1 when every connection is being answered. */
static int make_room(http_conn *victim, unsigned live, unsigned n, const net_conn *c) {
    char why[32];
    if (!n || live < n) return 0;
    if (!victim) return -1;
    snprintf(why, sizeof why, "for conn %lu", c->id);
    evict(victim, why);
    return 0;
}

static void reject_busy(http_server *srv, net_conn *c, const char *why, unsigned n) {
    static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n"
                               "Connection: close\r\n\r\nService Unavailable\n";
    if (why) http__report(srv, (long)c->id, "conn %lu: %s (limit %u); answered 503", c->id, why, n);
    net_conn_set_handler(c, reject_fn, NULL);
    net_conn_send(c, busy, sizeof busy - 1);
    net_conn_close(c, 1);
}

/* mgr_listener_on_nofd: no descriptor left for new connections; 1 if one
 * will be freed. */
static int shed_fn(net_listener *l, void *ud) {
    http_server *srv = (http_server *)ud;
    unsigned live;
    http_conn *victim = eviction_victim(srv, NULL, &live);
    (void)l;
    if (victim) evict(victim, "to free a descriptor");
    return victim != NULL;
}

static void accept_fn(net_listener *l, net_conn *c, void *ud) {
    http_server *srv = (http_server *)ud;
    http_conn *hc, *victim;
    unsigned live;
    (void)l;
    if (srv->destroyed) {
        reject_busy(srv, c, NULL, 0);
        return;
    }
    victim = eviction_victim(srv, &c->peer, &live);
    if (make_room(victim, live, srv->lim.max_conns_per_addr, c) != 0) {
        char ip[64], why[100];
        net_ip_str(&c->peer, ip, sizeof ip);
        snprintf(why, sizeof why, "too many connections from %s", ip);
        reject_busy(srv, c, why, srv->lim.max_conns_per_addr);
        return;
    }
    victim = eviction_victim(srv, NULL, &live);
    if (make_room(victim, live, srv->lim.max_conns, c) != 0) {
        reject_busy(srv, c, "too many connections", srv->lim.max_conns);
        return;
    }
    hc = (http_conn *)calloc(1, sizeof *hc);
    if (!hc) {
        net_conn_set_handler(c, reject_fn, NULL);
        net_conn_close(c, 0);
        return;
    }
    hc->srv = srv;
    hc->c = c;
    net_ip_str(&c->peer, hc->remote, sizeof hc->remote);
    llhttp_init(&hc->parser, HTTP_REQUEST, &g_settings);
    hc->parser.data = hc;
    hc->next = srv->conns;
    if (srv->conns) srv->conns->prev = hc;
    srv->conns = hc;
    srv->nconns++;
    c->tx_max = srv->lim.max_tx_buffer;
    net_conn_set_handler(c, conn_fn, hc);
    hc->state = HC_IDLE;
    hc->since = hc->head_start = mgr_now(c->mgr);
    /* a new connection has header_timeout_ms for its first request head */
    set_deadline(hc, srv->lim.idle_timeout_ms);
    head_deadline(hc, srv->lim.header_timeout_ms);
}

/* ---------------------------------------------------------------- server */
http_server *http_server_new(net_mgr *mgr, const http_limits *lim, http_handler_fn handler, void *ud,
                             void (*ud_free)(void *)) {
    http_server *srv = (http_server *)calloc(1, sizeof *srv);
    if (!srv) return NULL;
    settings_init();
    srv->mgr = mgr;
    if (lim) srv->lim = *lim;
    else http_limits_default(&srv->lim);
    if (srv->lim.max_header_size < 64) srv->lim.max_header_size = 64;
    if (srv->lim.max_tx_buffer < 1024) srv->lim.max_tx_buffer = 1024;
    srv->handler = handler;
    srv->ud = ud;
    srv->ud_free = ud_free;
    return srv;
}

void http_server_on(http_server *srv, http_event_fn fn, void *ud, void (*ud_free)(void *)) {
    if (srv->ev_ud_free) srv->ev_ud_free(srv->ev_ud);
    srv->ev_fn = fn;
    srv->ev_ud = ud;
    srv->ev_ud_free = ud_free;
}

/* tls_setup is mgr_listener_set_tls for HTTPS, NULL for HTTP: passed in,
 * so that a program that never listens with TLS links no TLS code. */
typedef int (*tls_setup_fn)(net_listener *l, const net_tls_opts *tls, char *err, size_t errlen);
static int server_listen(http_server *srv, const char *addr, tls_setup_fn tls_setup, const net_tls_opts *tls, char *err,
                         size_t errlen);

int http_server_listen(http_server *srv, const char *addr, char *err, size_t errlen) {
    return server_listen(srv, addr, NULL, NULL, err, errlen);
}

int http_server_listen_tls(http_server *srv, const char *addr, const struct net_tls_opts *tls, char *err,
                           size_t errlen) {
    net_tls_opts none;
    if (!tls) {
        memset(&none, 0, sizeof none);
        tls = &none; /* reported below: ssl_cert is required */
    }
    return server_listen(srv, addr, mgr_listener_set_tls, tls, err, errlen);
}

static int server_listen(http_server *srv, const char *addr, tls_setup_fn tls_setup, const net_tls_opts *tls, char *err,
                         size_t errlen) {
    char msg[600], e2[400];
    port_addr a;
    if (srv->destroyed) {
        snprintf(msg, sizeof msg, "listen %s: server was destroyed", addr);
        goto fail;
    }
    if (srv->lst) {
        snprintf(msg, sizeof msg, "listen %s: server is already listening", addr);
        goto fail;
    }
    if (net_listen_addr_parse(addr, &a, e2, sizeof e2) != 0) {
        snprintf(msg, sizeof msg, "listen: %s", e2);
        goto fail;
    }
    srv->lst = mgr_listener_new(srv->mgr, accept_fn, srv);
    if (!srv->lst) {
        snprintf(msg, sizeof msg, "listen %s: out of memory", addr);
        goto fail;
    }
    mgr_listener_on_nofd(srv->lst, shed_fn);
    if (tls_setup && tls_setup(srv->lst, tls, e2, sizeof e2) != 0) {
        mgr_listener_free(srv->lst);
        srv->lst = NULL;
        snprintf(msg, sizeof msg, "listen %.100s: %s", addr, e2);
        goto fail;
    }
    if (mgr_listener_bind(srv->lst, &a, e2, sizeof e2) != 0) {
        mgr_listener_free(srv->lst);
        srv->lst = NULL;
        snprintf(msg, sizeof msg, "listen %.100s: %s", addr, e2);
        goto fail;
    }
    return 0;
fail:
    /* returned only (the caller reports it once); logged when it cannot be */
    if (err && errlen) snprintf(err, errlen, "%s", msg);
    else port_log(PORT_LOG_WARN, "%s", msg);
    return -1;
}

uint16_t http_server_port(const http_server *srv) {
    return srv->lst && mgr_listener_is_bound(srv->lst) ? mgr_listener_addr(srv->lst)->port : 0;
}

net_conn *http_server_accept_mem(http_server *srv, net_mem_pipe *p, const port_addr *peer) {
    port_addr def;
    if (srv->destroyed) return NULL;
    if (!srv->mem_lst) {
        srv->mem_lst = mgr_listener_new(srv->mgr, accept_fn, srv);
        if (!srv->mem_lst) return NULL;
    }
    if (!peer) {
        memset(&def, 0, sizeof def);
        def.family = 4;
        def.ip[0] = 127;
        def.ip[3] = 1;
        def.port = 40000;
        peer = &def;
    }
    return mgr_mem_accept(srv->mem_lst, p, peer);
}

size_t http_server_conn_count(const http_server *srv) { return srv->nconns; }

void http_server_set_limits(http_server *srv, const http_limits *lim) {
    srv->lim = *lim;
    if (srv->lim.max_header_size < 64) srv->lim.max_header_size = 64;
    if (srv->lim.max_tx_buffer < 1024) srv->lim.max_tx_buffer = 1024;
}

void http_server_destroy(http_server *srv) {
    http_conn *hc;
    if (!srv || srv->destroyed) return;
    srv->destroyed = 1;
    if (srv->lst) {
        mgr_listener_free(srv->lst);
        srv->lst = NULL;
    }
    /* oldest connection first (the list is newest first), so that close
     * events arrive in accept order */
    for (hc = srv->conns; hc && hc->next; hc = hc->next) {}
    for (; hc; hc = hc->prev) {
        /* graceful: bytes already queued (a response just ended) still go out */
        net_conn_close(hc->c, 1);
    }
    server_maybe_free(srv);
}
