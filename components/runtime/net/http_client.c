/* http_client.c - HTTP/1.1 client: request serialisation, llhttp response
 * parsing (HTTP_RESPONSE mode), limits, inactivity timeout, abort.
 *
 * One http_client is one exchange on its own connection (Connection: close).
 * Every event reaches the user from a connection callback, that is from
 * inside mgr_poll() (or mgr_free()), never from a call the user made:
 *   - RESPONSE and DATA are delivered while parsing input;
 *   - errors are recorded (first one wins), the connection is closed, and
 *     ERROR is delivered from NET_EV_CLOSE, followed by DONE;
 *   - DONE always comes from NET_EV_CLOSE, after which the client is freed.
 * Because the client lives until its connection's NET_EV_CLOSE, and the
 * manager frees a conn only after that event, hc->conn is always valid while
 * the user holds the client. */
#include "http_client.h"
#include "http_parse.h"
#include "addr.h"

#include <llhttp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HC_MAX_RESPONSE_DEFAULT (1024u * 1024u)
#define HC_MAX_HEADER_BYTES     16384u /* status line + headers (+ trailers), node's maxHeaderSize */
#define HC_MAX_HEADERS          1000u  /* a guard on the index (16 bytes each); bytes are the limit */
#define HC_DESC_MAX             160u   /* shown part of host + path in messages */

struct http_client {
    net_mgr *mgr;
    net_conn *conn;
    http_client_fn fn;
    void *ud;
    char *desc; /* "GET http://127.0.0.1:8000/x" */
    char *err;  /* first error, delivered at close */
    /* request */
    char *head; /* request line, Host, user headers */
    size_t head_len;
    char *body;
    size_t body_len, body_cap;
    int user_cl, user_conn; /* Content-Length / Connection given */
    unsigned long long user_cl_val;
    int cl_default; /* send Content-Length: 0 for an empty body */
    unsigned timeout_ms;
    unsigned deadline_ms; /* the whole exchange; 0 = none */
    uint64_t deadline_at; /* mgr_now() when it ends (if deadline_ms) */
    size_t max_response;
    size_t max_request; /* body the app writes */
    size_t max_head;
    int stream;
    int is_head_req;
    int is_connect_req;
    net_tls_opts tls; /* copies of the strings below */
    char *tls_strs[4];
    /* response */
    llhttp_t parser;
    http_arena rhead;  /* header names and values */
    size_t head_bytes; /* header bytes seen, interim responses included */
    char *rbody;
    size_t rlen, rcap;
    unsigned long long body_seen; /* body bytes of the final response */
    int status;
    const char *perr; /* set by a parser callback that fails */
    char perr_buf[96];
    unsigned ended : 1, connected : 1, got_bytes : 1, finished : 1, delivered : 1, aborted : 1, in_done : 1,
        headers_done : 1, interim : 1, complete : 1, no_body : 1;
};

static llhttp_settings_t g_settings;
static int g_settings_ready;

static void conn_fn(net_conn *c, int ev, void *ev_data, void *ud);

/* ---------------------------------------------------------------- helpers */
/* RFC 9110 tchar */
static int is_tchar(unsigned char ch) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) return 1;
    return ch != 0 && strchr("!#$%&'*+-.^_`|~", ch) != NULL;
}

static int is_token(const char *s) {
    if (!*s) return 0;
    for (; *s; s++)
        if (!is_tchar((unsigned char)*s)) return 0;
    return 1;
}

/* Header value: HTAB, SP, visible ASCII, obs-text (node's rule). */
static int value_ok(const char *s) {
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch < 0x20 ? ch != '\t' : ch == 0x7f) return 0;
    }
    return 1;
}

/* Request target: no control characters, no spaces (node's rule). */
static int path_ok(const char *s) {
    if (!*s) return 0;
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch <= 0x20 || ch == 0x7f) return 0;
    }
    return 1;
}

static int parse_cl(const char *s, unsigned long long *v) {
    unsigned long long r = 0;
    int any = 0;
    while (*s == ' ' || *s == '\t') s++;
    while (*s >= '0' && *s <= '9') {
        if (r > (~0ull - 9) / 10) return -1;
        r = r * 10 + (unsigned long long)(*s - '0');
        s++;
        any = 1;
    }
    while (*s == ' ' || *s == '\t') s++;
    if (!any || *s) return -1;
    *v = r;
    return 0;
}

/* Printable copy of s for messages: control bytes as \r, \n, \xNN; at most
 * max input bytes, then "...". */
static void esc(const char *s, size_t max, char *out, size_t outlen) {
    size_t o = 0, i;
    if (!outlen) return;
    for (i = 0; s[i] && o + 5 < outlen; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (i >= max) {
            if (o + 4 < outlen) {
                memcpy(out + o, "...", 3);
                o += 3;
            }
            break;
        }
        if (ch == '\r') {
            out[o++] = '\\';
            out[o++] = 'r';
        } else if (ch == '\n') {
            out[o++] = '\\';
            out[o++] = 'n';
        } else if (ch < 0x20 || ch == 0x7f) {
            static const char hx[] = "0123456789abcdef";
            out[o++] = '\\';
            out[o++] = 'x';
            out[o++] = hx[ch >> 4];
            out[o++] = hx[ch & 15];
        } else out[o++] = (char)ch;
    }
    out[o] = 0;
}

static char *dup_str(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = (char *)malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static void set_err(char *err, size_t errlen, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void set_err(char *err, size_t errlen, const char *fmt, ...) {
    va_list ap;
    if (!err || !errlen) return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Progress: the idle timeout starts again, bounded by the overall deadline. */
static void touch(http_client *hc) {
    uint64_t d;
    if (!hc->conn) return;
    d = hc->timeout_ms ? mgr_now(hc->mgr) + hc->timeout_ms : 0;
    if (hc->deadline_ms && (!d || hc->deadline_at < d)) d = hc->deadline_at;
    hc->conn->deadline = d;
}

/* Record the first error and close the connection; ERROR and DONE follow
 * from NET_EV_CLOSE. */
static void fail(http_client *hc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void fail(http_client *hc, const char *fmt, ...) {
    char why[384];
    size_t n;
    va_list ap;
    if (hc->finished) return;
    hc->finished = 1;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    n = strlen(hc->desc) + 2 + strlen(why) + 1;
    hc->err = (char *)malloc(n);
    if (hc->err) snprintf(hc->err, n, "%s: %s", hc->desc, why);
    net_conn_close(hc->conn, 0);
}

static void client_free(http_client *hc) {
    int i;
    free(hc->desc);
    free(hc->err);
    free(hc->head);
    free(hc->body);
    http_arena_free(&hc->rhead);
    free(hc->rbody);
    for (i = 0; i < 4; i++) free(hc->tls_strs[i]);
    free(hc);
}

/* --------------------------------------------------------- response parse */
static http_client *P(llhttp_t *p) { return (http_client *)p->data; }

static int perr(http_client *hc, const char *msg) {
    hc->perr = msg;
    return -1;
}

static int count_head(http_client *hc, size_t len) {
    hc->head_bytes += len;
    if (hc->head_bytes > hc->max_head) {
        snprintf(hc->perr_buf, sizeof hc->perr_buf, "response headers larger than %lu bytes",
                 (unsigned long)hc->max_head);
        return perr(hc, hc->perr_buf);
    }
    return 0;
}

/* A failed http_arena_* call r, as the parse error. */
static int arena_fail(http_client *hc, int r) {
    if (r == HTTP_ARENA_OK) return 0;
    if (r != HTTP_ARENA_TOO_MANY) return perr(hc, "out of memory"); /* the arena has no byte limit */
    snprintf(hc->perr_buf, sizeof hc->perr_buf, "more than %u response headers", HC_MAX_HEADERS);
    return perr(hc, hc->perr_buf);
}

static int on_message_begin(llhttp_t *p) {
    http_client *hc = P(p);
    http_arena_reset(&hc->rhead);
    hc->headers_done = 0;
    hc->interim = hc->complete = hc->no_body = 0;
    hc->rlen = 0;
    hc->body_seen = 0;
    hc->status = 0;
    return 0;
}

static int on_status(llhttp_t *p, const char *at, size_t len) {
    (void)at;
    return count_head(P(p), len);
}

/* Every head byte counts against max_head (count_head), trailers too;
 * trailers are not kept. */
static int on_header_field(llhttp_t *p, const char *at, size_t len) {
    http_client *hc = P(p);
    if (count_head(hc, len) != 0) return -1;
    if (hc->headers_done) return 0;
    return arena_fail(hc, http_arena_field(&hc->rhead, at, len));
}

static int on_header_field_complete(llhttp_t *p) {
    http_client *hc = P(p);
    if (hc->headers_done || !hc->rhead.in_field) return 0;
    if (count_head(hc, 1) != 0) return -1;
    return arena_fail(hc, http_arena_field_done(&hc->rhead));
}

static int on_header_value(llhttp_t *p, const char *at, size_t len) {
    http_client *hc = P(p);
    if (count_head(hc, len) != 0) return -1;
    if (hc->headers_done) return 0;
    return arena_fail(hc, http_arena_value(&hc->rhead, at, len));
}

static int on_header_value_complete(llhttp_t *p) {
    http_client *hc = P(p);
    if (hc->headers_done) return 0;
    if (count_head(hc, 1) != 0) return -1;
    return arena_fail(hc, http_arena_value_done(&hc->rhead));
}

/* Return 1 = no body (HEAD, 1xx, 204, 304), 0 = body as framed. */
static int on_headers_complete(llhttp_t *p) {
    http_client *hc = P(p);
    int st = p->status_code;
    hc->headers_done = 1;
    hc->status = st;
    if (st < 100 || st > 999) {
        snprintf(hc->perr_buf, sizeof hc->perr_buf, "malformed response: invalid status code %d", st);
        return perr(hc, hc->perr_buf);
    }
    if (st >= 100 && st < 200 && st != 101) {
        hc->interim = 1; /* 100 Continue, 102, 103: skipped */
        return 1;
    }
    if (hc->is_head_req || st == 204 || st == 304 || st == 101 || (hc->is_connect_req && st >= 200 && st < 300)) {
        hc->no_body = 1;
        return 1;
    }
    if (!hc->stream && (p->flags & F_CONTENT_LENGTH) && !(p->flags & F_CHUNKED)) {
        if (p->content_length > (unsigned long long)(hc->max_response - hc->head_bytes)) {
            snprintf(hc->perr_buf, sizeof hc->perr_buf, "response body larger than %lu bytes",
                     (unsigned long)hc->max_response);
            return perr(hc, hc->perr_buf);
        }
        if (p->content_length > 0 && p->content_length + 1 > hc->rcap) {
            /* the length is known: one allocation of the right size */
            size_t n = (size_t)p->content_length + 1;
            char *nb = (char *)realloc(hc->rbody, n);
            if (!nb) return perr(hc, "out of memory");
            hc->rbody = nb;
            hc->rcap = n;
        }
    }
    return 0;
}

static int on_body(llhttp_t *p, const char *at, size_t len) {
    http_client *hc = P(p);
    char *nb;
    hc->body_seen += len;
    if (hc->stream) {
        http_client_chunk ch;
        ch.data = at;
        ch.len = len;
        if (hc->fn) hc->fn(hc, HTTP_CLIENT_EV_DATA, &ch, hc->ud);
        return hc->finished ? HPE_USER : 0; /* aborted from the callback */
    }
    if (hc->rlen + len > hc->max_response - hc->head_bytes || hc->rlen + len < hc->rlen) {
        snprintf(hc->perr_buf, sizeof hc->perr_buf, "response body larger than %lu bytes",
                 (unsigned long)hc->max_response);
        return perr(hc, hc->perr_buf);
    }
    nb = (char *)net_buf_grow(hc->rbody, &hc->rcap, hc->rlen + len + 1, 256);
    if (!nb) return perr(hc, "out of memory");
    hc->rbody = nb;
    memcpy(hc->rbody + hc->rlen, at, len);
    hc->rlen += len;
    hc->rbody[hc->rlen] = 0;
    return 0;
}

static int on_message_complete(llhttp_t *p) {
    http_client *hc = P(p);
    if (hc->interim) return 0; /* the next message is the real response */
    hc->complete = 1;
    return HPE_PAUSED;
}

static void settings_init(void) {
    if (g_settings_ready) return;
    llhttp_settings_init(&g_settings);
    g_settings.on_message_begin = on_message_begin;
    g_settings.on_status = on_status;
    g_settings.on_header_field = on_header_field;
    g_settings.on_header_field_complete = on_header_field_complete;
    g_settings.on_header_value = on_header_value;
    g_settings.on_header_value_complete = on_header_value_complete;
    g_settings.on_headers_complete = on_headers_complete;
    g_settings.on_body = on_body;
    g_settings.on_message_complete = on_message_complete;
    g_settings_ready = 1;
}

/* ------------------------------------------------------------- delivery */
static void deliver_response(http_client *hc) {
    http_client_response r;
    http_header *h = NULL;
    if (hc->rhead.nh) {
        h = (http_header *)malloc(hc->rhead.nh * sizeof *h);
        if (!h) {
            fail(hc, "out of memory");
            return;
        }
        http_arena_headers(&hc->rhead, h);
    }
    memset(&r, 0, sizeof r);
    r.status = hc->status;
    r.headers = h;
    r.num_headers = hc->rhead.nh;
    r.body = hc->rlen ? hc->rbody : "";
    r.body_len = hc->rlen;
    r.http_major = hc->parser.http_major;
    r.http_minor = hc->parser.http_minor;
    hc->finished = 1;
    hc->delivered = 1;
    net_conn_close(hc->conn, 0);
    if (hc->fn) hc->fn(hc, HTTP_CLIENT_EV_RESPONSE, &r, hc->ud);
    free(h);
}

static void fail_early_close(http_client *hc) {
    if (!hc->got_bytes) fail(hc, "connection closed before the response was complete (nothing received)");
    else if (!hc->headers_done) fail(hc, "connection closed before the response was complete (in the headers)");
    else if (hc->parser.flags & F_CHUNKED)
        fail(hc, "connection closed before the response was complete (in the chunked body, after %llu bytes)",
             hc->body_seen);
    else if (hc->parser.flags & F_CONTENT_LENGTH)
        fail(hc, "connection closed before the response was complete (after %llu of %llu body bytes)", hc->body_seen,
             hc->body_seen + (unsigned long long)hc->parser.content_length);
    else fail(hc, "connection closed before the response was complete");
}

static void parse_failed(http_client *hc, llhttp_errno_t e) {
    if (hc->perr) {
        fail(hc, "%s", hc->perr);
    } else {
        const char *r = llhttp_get_error_reason(&hc->parser);
        fail(hc, "malformed response: %s (%s)", r ? r : "?", llhttp_errno_name(e));
    }
}

static void process(http_client *hc) {
    net_conn *c = hc->conn;
    while (!hc->finished && c->rx_len > 0) {
        llhttp_errno_t e;
        hc->got_bytes = 1;
        e = llhttp_execute(&hc->parser, (const char *)c->rx, c->rx_len);
        /* everything is consumed: after a pause or an error the exchange is
         * over and the rest is not looked at */
        net_conn_rx_consume(c, c->rx_len);
        if (e == HPE_OK) continue;
        if ((e == HPE_PAUSED || e == HPE_PAUSED_UPGRADE) && hc->complete) {
            deliver_response(hc);
            return;
        }
        if (hc->finished) return; /* aborted or failed from DATA */
        parse_failed(hc, e);
        return;
    }
    if (!hc->finished && net_conn_eof(c)) {
        llhttp_errno_t e = llhttp_finish(&hc->parser);
        if (hc->finished) return;
        if (hc->complete) deliver_response(hc);
        else if (e != HPE_OK && e != HPE_INVALID_EOF_STATE && e != HPE_PAUSED) parse_failed(hc, e);
        else fail_early_close(hc);
    }
}

static void on_close(http_client *hc) {
    if (!hc->aborted && !hc->delivered) {
        const char *m = hc->err;
        char fallback[64];
        if (!m) {
            /* closed from outside: the pipe was freed, mgr_free(), ... */
            snprintf(fallback, sizeof fallback, "connection closed before the response was complete");
            hc->err = (char *)malloc(strlen(hc->desc) + 2 + strlen(fallback) + 1);
            if (hc->err) sprintf(hc->err, "%s: %s", hc->desc, fallback);
            m = hc->err;
        }
        hc->finished = 1;
        if (hc->fn) hc->fn(hc, HTTP_CLIENT_EV_ERROR, m ? m : "out of memory", hc->ud);
    }
    hc->finished = 1;
    hc->in_done = 1;
    if (hc->fn) hc->fn(hc, HTTP_CLIENT_EV_DONE, NULL, hc->ud);
    client_free(hc);
}

static void conn_fn(net_conn *c, int ev, void *ev_data, void *ud) {
    http_client *hc = (http_client *)ud;
    (void)c;
    switch (ev) {
    case NET_EV_CONNECT:
        hc->connected = 1;
        touch(hc);
        break;
    case NET_EV_READ:
        if (hc->finished) {
            net_conn_rx_consume(c, c->rx_len);
            break;
        }
        touch(hc);
        process(hc);
        break;
    case NET_EV_EOF:
        if (!hc->finished) process(hc);
        break;
    case NET_EV_WRITE:
        if (!hc->finished) touch(hc);
        break;
    case NET_EV_TIMEOUT:
        if (hc->finished) break;
        if (hc->deadline_ms && mgr_now(hc->mgr) >= hc->deadline_at)
            fail(hc, "response not complete within %u ms (the request's deadline)", hc->deadline_ms);
        else if (!hc->connected) fail(hc, "no connection within %u ms", hc->timeout_ms);
        else if (!hc->got_bytes) fail(hc, "no response within %u ms", hc->timeout_ms);
        else fail(hc, "response stalled: nothing received for %u ms", hc->timeout_ms);
        break;
    case NET_EV_ERROR: {
        const char *m = ev_data ? (const char *)ev_data : "unknown error";
        if (hc->connected) fail(hc, "connection error: %s", m);
        else fail(hc, "%s", m);
        break;
    }
    case NET_EV_CLOSE: on_close(hc); break;
    default: break;
    }
}

/* ----------------------------------------------------------------- create */
static http_client *client_new(net_mgr *mgr, net_mem_pipe *pipe, const http_client_opts *o, http_client_fn fn, void *ud,
                               char *err, size_t errlen) {
    http_client *hc;
    const char *method = o && o->method ? o->method : "GET";
    const char *path = o && o->path ? o->path : "/";
    char mbuf[32], hbuf[80], pbuf[HC_DESC_MAX + 8];
    char hostpart[300], tmp[256];
    const char *host, *inner;
    size_t hlen, i, need, mlen;
    uint16_t port;
    int has_host = 0, has_ae = 0, v6 = 0;
    char portstr[8];
    char *w;
    /* the body is handed to the app as it came: ask for no content coding */
    static const char ae_identity[] = "Accept-Encoding: identity\r\n";

    if (!mgr) {
        set_err(err, errlen, "http request: no event manager");
        return NULL;
    }
    if (!o || !o->host || !o->host[0]) {
        set_err(err, errlen, "http request: no host given");
        return NULL;
    }
    host = o->host;
    hlen = strlen(host);
    esc(host, 64, hbuf, sizeof hbuf);
    /* host: a name, an IPv4 address, or an IPv6 address with or without [] */
    {
        port_addr a;
        inner = host;
        if (host[0] == '[') {
            if (hlen < 3 || host[hlen - 1] != ']' || hlen - 2 >= sizeof tmp) goto bad_host;
            memcpy(tmp, host + 1, hlen - 2);
            tmp[hlen - 2] = 0;
            inner = tmp;
        }
        if (strchr(inner, ':')) {
            if (net_ip_parse(inner, strlen(inner), &a) != 0 || a.family != 6) goto bad_host;
            v6 = 1;
        } else {
            if (host[0] == '[' || hlen > 253) goto bad_host;
            for (i = 0; i < hlen; i++) {
                unsigned char ch = (unsigned char)host[i];
                if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
                      ch == '.' || ch == '_'))
                    goto bad_host;
            }
        }
        if (v6) snprintf(hostpart, sizeof hostpart, "[%s]", inner);
        else snprintf(hostpart, sizeof hostpart, "%s", host);
    }
    if (!is_token(method) || strlen(method) >= sizeof mbuf) {
        esc(method, 24, mbuf, sizeof mbuf);
        set_err(err, errlen, "http request to %s: invalid method '%s'", hbuf, mbuf);
        return NULL;
    }
    /* methods are case-sensitive, but node upper-cases them: do the same */
    mlen = strlen(method);
    for (i = 0; i <= mlen; i++) {
        char ch = method[i];
        mbuf[i] = (ch >= 'a' && ch <= 'z') ? (char)(ch - 32) : ch;
    }
    port = o->port ? o->port : (o->tls ? 443 : 80);
    portstr[0] = 0;
    if (port != (o->tls ? 443 : 80)) snprintf(portstr, sizeof portstr, ":%u", (unsigned)port);
    esc(path, HC_DESC_MAX, pbuf, sizeof pbuf);
    if (!path_ok(path)) {
        set_err(err, errlen, "%s %s://%s%s%s: request path contains unescaped characters (or is empty)", mbuf,
                o->tls ? "https" : "http", hostpart, portstr, pbuf);
        return NULL;
    }

    hc = (http_client *)calloc(1, sizeof *hc);
    if (!hc) goto oom;
    hc->mgr = mgr;
    hc->fn = fn;
    hc->ud = ud;
    need = strlen(mbuf) + 1 + (o->tls ? 8 : 7) + strlen(hostpart) + strlen(portstr) + strlen(pbuf) + 1;
    hc->desc = (char *)malloc(need);
    if (!hc->desc) goto oom_free;
    snprintf(hc->desc, need, "%s %s://%s%s%s", mbuf, o->tls ? "https" : "http", hostpart, portstr, pbuf);

    if (o->num_headers && !o->headers) {
        set_err(err, errlen, "%s: num_headers is %lu but headers is NULL", hc->desc, (unsigned long)o->num_headers);
        goto fail_free;
    }
    /* headers: validate and size the request head */
    need = strlen(mbuf) + 1 + strlen(path) + 11 + 2; /* "M path HTTP/1.1\r\n" */
    for (i = 0; i < o->num_headers; i++) {
        const http_header *h = &o->headers[i];
        char nb[80];
        if (!h->name || !is_token(h->name)) {
            esc(h->name ? h->name : "(null)", 48, nb, sizeof nb);
            set_err(err, errlen, "%s: invalid header name '%s'", hc->desc, nb);
            goto fail_free;
        }
        esc(h->name, 48, nb, sizeof nb);
        if (!h->value || !value_ok(h->value)) {
            set_err(err, errlen, "%s: header '%s' has %s", hc->desc, nb,
                    h->value ? "a CR, LF or other control character in its value" : "no value");
            goto fail_free;
        }
        if (http_ci_eq(h->name, "Transfer-Encoding")) {
            set_err(err, errlen,
                    "%s: a Transfer-Encoding request header is not supported (the body is sent with Content-Length)",
                    hc->desc);
            goto fail_free;
        }
        if (http_ci_eq(h->name, "Content-Length")) {
            if (hc->user_cl || parse_cl(h->value, &hc->user_cl_val) != 0) {
                char vb[80];
                esc(h->value, 48, vb, sizeof vb);
                set_err(err, errlen, "%s: invalid Content-Length header '%s'", hc->desc, vb);
                goto fail_free;
            }
            hc->user_cl = 1;
        }
        if (http_ci_eq(h->name, "Host")) has_host = 1;
        if (http_ci_eq(h->name, "Accept-Encoding")) has_ae = 1;
        if (http_ci_eq(h->name, "Connection")) hc->user_conn = 1;
        need += strlen(h->name) + 2 + strlen(h->value) + 2;
    }
    if (o->tls && pipe) {
        set_err(err, errlen, "%s: TLS is not available over a memory pipe", hc->desc);
        goto fail_free;
    }
    if (!has_host) need += 6 + strlen(hostpart) + strlen(portstr) + 2;
    if (!has_ae) need += sizeof ae_identity - 1;
    hc->head = (char *)malloc(need + 1);
    if (!hc->head) goto oom_free;
    w = hc->head;
    w += sprintf(w, "%s %s HTTP/1.1\r\n", mbuf, path);
    if (!has_host) w += sprintf(w, "Host: %s%s\r\n", hostpart, portstr);
    for (i = 0; i < o->num_headers; i++) w += sprintf(w, "%s: %s\r\n", o->headers[i].name, o->headers[i].value);
    if (!has_ae) w += sprintf(w, "%s", ae_identity);
    hc->head_len = (size_t)(w - hc->head);

    hc->is_head_req = strcmp(mbuf, "HEAD") == 0;
    hc->is_connect_req = strcmp(mbuf, "CONNECT") == 0;
    /* like node: methods that usually carry a body announce an empty one */
    hc->cl_default = !(hc->is_head_req || hc->is_connect_req || strcmp(mbuf, "GET") == 0 ||
                       strcmp(mbuf, "DELETE") == 0 || strcmp(mbuf, "OPTIONS") == 0 || strcmp(mbuf, "TRACE") == 0);
    hc->timeout_ms = o->timeout_ms;
    hc->deadline_ms = o->deadline_ms;
    hc->deadline_at = mgr_now(mgr) + o->deadline_ms;
    hc->max_response = o->max_response_size ? o->max_response_size : HC_MAX_RESPONSE_DEFAULT;
    hc->max_request = o->max_request_size ? o->max_request_size : HTTP_CLIENT_MAX_REQUEST_DEFAULT;
    hc->stream = o->stream_body ? 1 : 0;
    hc->max_head = HC_MAX_HEADER_BYTES;
    hc->rhead.max_headers = HC_MAX_HEADERS;
    if (!hc->stream && hc->max_head > hc->max_response) hc->max_head = hc->max_response;

    settings_init();
    llhttp_init(&hc->parser, HTTP_RESPONSE, &g_settings);
    hc->parser.data = hc;

    if (pipe) {
        hc->conn = mgr_mem_connect(mgr, pipe, conn_fn, hc);
        if (!hc->conn) goto oom_free;
    } else {
        const struct net_tls_opts *t = NULL;
        char cerr[200];
        if (o->tls && !o->connect_tls) {
            set_err(err, errlen, "%s: HTTPS is not linked into this app", hc->desc);
            goto fail_free;
        }
        if (o->tls) {
            const char *src[4];
            int k;
            src[0] = o->tls_opts.ca_file;
            src[1] = o->tls_opts.cert_file;
            src[2] = o->tls_opts.key_file;
            src[3] = o->tls_opts.server_name;
            for (k = 0; k < 4; k++)
                if (src[k] && !(hc->tls_strs[k] = dup_str(src[k]))) goto oom_free;
            hc->tls = o->tls_opts;
            hc->tls.ca_file = hc->tls_strs[0];
            hc->tls.cert_file = hc->tls_strs[1];
            hc->tls.key_file = hc->tls_strs[2];
            hc->tls.server_name = hc->tls_strs[3];
            t = &hc->tls;
        }
        cerr[0] = 0;
        hc->conn = t ? o->connect_tls(mgr, v6 ? inner : host, port, t, conn_fn, hc, cerr, sizeof cerr)
                     : mgr_connect(mgr, v6 ? inner : host, port, conn_fn, hc, cerr, sizeof cerr);
        if (!hc->conn) {
            set_err(err, errlen, "%s: %s", hc->desc, cerr[0] ? cerr : "out of memory");
            goto fail_free;
        }
    }
    touch(hc);
    return hc;

bad_host:
    set_err(err, errlen, "http request: invalid host '%s'", hbuf);
    return NULL;
oom_free:
    if (hc && hc->desc) set_err(err, errlen, "%s: out of memory", hc->desc);
    else set_err(err, errlen, "http request to %s: out of memory", hbuf);
fail_free:
    client_free(hc);
    return NULL;
oom:
    set_err(err, errlen, "http request to %s: out of memory", hbuf);
    return NULL;
}

http_client *http_client_new(net_mgr *mgr, const http_client_opts *opts, http_client_fn fn, void *ud, char *err,
                             size_t errlen) {
    return client_new(mgr, NULL, opts, fn, ud, err, errlen);
}

http_client *http_client_new_mem(net_mgr *mgr, net_mem_pipe *p, const http_client_opts *opts, http_client_fn fn,
                                 void *ud, char *err, size_t errlen) {
    if (!p) {
        set_err(err, errlen, "http request: no memory pipe");
        return NULL;
    }
    return client_new(mgr, p, opts, fn, ud, err, errlen);
}

/* ------------------------------------------------------------ user calls */
int http_client_write(http_client *hc, const void *data, size_t len) {
    char *nb;
    if (!hc || hc->ended || hc->finished || hc->in_done) return -1;
    if (len == 0) return 0;
    if (!data || hc->body_len + len < hc->body_len) return -1;
    if (hc->body_len + len > hc->max_request) {
        fail(hc, "request body larger than %lu bytes", (unsigned long)hc->max_request);
        return -1;
    }
    nb = (char *)net_buf_grow(hc->body, &hc->body_cap, hc->body_len + len, 256);
    if (!nb) {
        fail(hc, "out of memory buffering the request body (%lu bytes)", (unsigned long)(hc->body_len + len));
        return -1;
    }
    hc->body = nb;
    memcpy(hc->body + hc->body_len, data, len);
    hc->body_len += len;
    return 0;
}

int http_client_end(http_client *hc, const void *data, size_t len) {
    char tail[64];
    size_t tl = 0;
    net_conn *c;
    if (!hc || hc->ended || hc->finished || hc->in_done) return -1;
    if (len && http_client_write(hc, data, len) != 0) return -1;
    hc->ended = 1;
    c = hc->conn;
    if (hc->user_cl) {
        if (hc->user_cl_val != (unsigned long long)hc->body_len) {
            fail(hc, "Content-Length header says %llu bytes but the body has %lu", hc->user_cl_val,
                 (unsigned long)hc->body_len);
            return -1;
        }
    } else if (hc->body_len || hc->cl_default) {
        tl += (size_t)sprintf(tail + tl, "Content-Length: %lu\r\n", (unsigned long)hc->body_len);
    }
    if (!hc->user_conn) tl += (size_t)sprintf(tail + tl, "Connection: close\r\n");
    tail[tl++] = '\r';
    tail[tl++] = '\n';
    if (c->tx_len + hc->head_len + tl + hc->body_len > c->tx_max)
        c->tx_max = c->tx_len + hc->head_len + tl + hc->body_len;
    if (net_conn_send(c, hc->head, hc->head_len) != 0 || net_conn_send(c, tail, tl) != 0 ||
        net_conn_send(c, hc->body, hc->body_len) != 0) {
        fail(hc, "could not queue the request (%lu bytes)", (unsigned long)(hc->head_len + tl + hc->body_len));
        return -1;
    }
    free(hc->head);
    hc->head = NULL;
    free(hc->body);
    hc->body = NULL;
    hc->body_len = hc->body_cap = 0;
    touch(hc);
    return 0;
}

void http_client_set_timeout(http_client *hc, unsigned ms) {
    if (!hc || hc->in_done) return;
    hc->timeout_ms = ms;
    if (!hc->finished) touch(hc);
}

void http_client_abort(http_client *hc) {
    if (!hc || hc->in_done || hc->delivered || hc->aborted) return;
    hc->aborted = 1;
    hc->finished = 1;
    net_conn_close(hc->conn, 0);
}

void http_client_fail(http_client *hc, const char *why) {
    if (hc && !hc->in_done) fail(hc, "%s", why);
}

const char *http_client_describe(const http_client *hc) { return hc ? hc->desc : ""; }

const char *http_client_response_header(const http_client_response *r, const char *name) {
    size_t i;
    if (!r || !name) return NULL;
    for (i = 0; i < r->num_headers; i++)
        if (http_ci_eq(r->headers[i].name, name)) return r->headers[i].value;
    return NULL;
}
