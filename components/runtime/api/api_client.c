/* api_client.c - the device API's HTTP client: Http.request, Http.get, the
 * ClientRequest class and the response object, on net/http_client.h.
 *
 * A separate file from api.c so that apps without a client do not link the
 * client (the runtime is a static library).
 *
 * Life of a request:
 *   Http.request()  parses the options (bad ones throw an Error), returns
 *                   a ClientRequest object;
 *                   nothing is sent yet;
 *   end()           takes a "self" reference on the object (it stays alive
 *                   while the request is in flight even when the app drops
 *                   it) and starts the request from the loop's next turn,
 *                   so that on('data') chained after Http.get() applies;
 *   events          'data' chunks, then the callback with the complete
 *                   response, or on('error') with an Error;
 *   DONE            callbacks released (this breaks cycles through closures
 *                   that capture the request), self reference dropped.
 * abort() delivers nothing more; the exchange ends with DONE as usual.
 * No platform headers here: only core/, net/ and port/port.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tsfw.h"
#include "tsfw_api.h"
#include "api_internal.h"
#include "../net/http_client.h"
#include "../net/timer.h"

enum {
    RQ_NEW,
    RQ_QUEUED,
    RQ_RUNNING,
    RQ_FINISHED,
    RQ_ABORTED
};

typedef struct api_client {
    http_client *hc; /* while running, until DONE */
    TsObject *obj;   /* NULL once the object died */
    int self_ref;    /* we hold +1 on obj */
    int state;
    uint32_t start_timer;
    TsValue cb, on_error, on_data, on_timeout;
    /* options, kept until the request starts */
    char *method, *host, *path, *ca_file, *cert_file, *key_file, *server_name;
    http_header *headers;
    size_t num_headers;
    int tls;
    uint16_t port;
    unsigned timeout_ms, deadline_ms, max_fragment;
    size_t max_response;
    int binary; /* the body as bytes: Uint8Array chunks and res.bytes */
    char *body;
    size_t body_len, body_cap;
    int body_over; /* the app wrote more than the limit: the request fails */
    /* a UTF-8 character split between streamed chunks */
    char carry[4];
    size_t ncarry;
} api_client;

/* ------------------------------------------------------------- helpers */
static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) ts_panic("out of memory");
    return p;
}

static char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = (char *)xmalloc(n);
    memcpy(d, s, n);
    return d;
}

static void client_drop_callbacks(api_client *ac) {
    TsValue a = ac->cb, b = ac->on_error, c = ac->on_data, d = ac->on_timeout;
    ac->cb = ac->on_error = ac->on_data = ac->on_timeout = ts_undefined();
    ts_release(a);
    ts_release(b);
    ts_release(c);
    ts_release(d);
}

static void client_free_opts(api_client *ac) {
    size_t i;
    free(ac->method);
    free(ac->host);
    free(ac->path);
    free(ac->ca_file);
    free(ac->cert_file);
    free(ac->key_file);
    free(ac->server_name);
    for (i = 0; i < ac->num_headers; i++) {
        free((char *)ac->headers[i].name);
        free((char *)ac->headers[i].value);
    }
    free(ac->headers);
    free(ac->body);
    ac->method = ac->host = ac->path = ac->ca_file = ac->cert_file = ac->key_file = ac->server_name = ac->body = NULL;
    ac->headers = NULL;
    ac->num_headers = 0;
    ac->body_len = ac->body_cap = 0;
}

static void client_free(api_client *ac) {
    client_drop_callbacks(ac);
    client_free_opts(ac);
    free(ac);
}

/* The exchange is over (or never started): callbacks go, and the object
 * may die now.  May free ac. */
static void client_release(api_client *ac) {
    client_drop_callbacks(ac);
    client_free_opts(ac);
    if (!ac->obj) {
        free(ac);
    } else if (ac->self_ref) {
        TsObject *o = ac->obj;
        ac->self_ref = 0;
        ts_heap_release(&o->h); /* may finalize and free ac */
    }
}

static void client_finalize(TsObject *self) {
    api_client *ac = (api_client *)ts_obj_native(self);
    if (!ac) return;
    ts_obj_set_native(self, NULL);
    ac->obj = NULL;
    /* no self reference: not in flight (never ended, or already done) */
    if (ac->start_timer) {
        mgr_timer_cancel(api_mgr(), ac->start_timer);
        ac->start_timer = 0;
    }
    if (ac->hc) return; /* freed at DONE */
    client_free(ac);
}

/* ----------------------------------------------------------- options */
/* Bad options throw an Error. What parsing holds at that point is owned by
 * the request object (rooted by Http.request) or by the temp stack. */
static void bad_url(const char *url) TS_NORETURN;
static void bad_url(const char *url) { ts_throw_error(TS_ERR_ERROR, "Http.request: invalid URL \"%s\"", url); }

static int is_tchar(unsigned char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           (ch && strchr("!#$%&'*+-.^_`|~", ch));
}

static int is_token(const char *s, size_t n) {
    size_t i;
    if (!n) return 0;
    for (i = 0; i < n; i++)
        if (!is_tchar((unsigned char)s[i])) return 0;
    return 1;
}

/* Visible ASCII only (no controls, spaces or non-ASCII bytes). */
static int is_visible(const char *s, size_t n) {
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] <= 0x20 || (unsigned char)s[i] >= 0x7f) return 0;
    return 1;
}

/* A host: a name of [A-Za-z0-9._-], or an IPv6 address of [0-9A-Fa-f:.]. */
static int host_ok(const char *s, size_t n) {
    size_t i;
    int v6 = memchr(s, ':', n) != NULL;
    if (!n) return 0;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        int ok = v6 ? ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') || ch == ':' ||
                       ch == '.')
                    : ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' ||
                       ch == '_' || ch == '-');
        if (!ok) return 0;
    }
    return 1;
}

static char *dupn(const char *s, size_t n) {
    char *d = (char *)xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* http(s)://host[:port][/path?query][#fragment] */
static void parse_url(api_client *ac, TsString *url) {
    const char *s = url->data, *p, *auth, *end, *hash;
    size_t n = url->len, slen, alen;
    const char *portp = NULL;
    size_t portn = 0;
    for (p = s; p < s + n && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                              (p > s && ((*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.')));
         p++) {}
    if (p == s || p + 3 > s + n || memcmp(p, "://", 3) != 0) bad_url(s);
    slen = (size_t)(p - s);
    if (slen == 4 && (s[0] | 32) == 'h' && (s[1] | 32) == 't' && (s[2] | 32) == 't' && (s[3] | 32) == 'p') {
        ac->tls = 0;
    } else if (slen == 5 && (s[0] | 32) == 'h' && (s[1] | 32) == 't' && (s[2] | 32) == 't' && (s[3] | 32) == 'p' &&
               (s[4] | 32) == 's') {
        ac->tls = 1;
    } else {
        TsString *scheme = ts_tmp_str(ts_str_to_lower(ts_tmp_str(ts_str_new(s, slen))));
        ts_throw_error(TS_ERR_ERROR, "Http.request: unsupported protocol \"%s:\" in URL \"%s\"", scheme->data, s);
    }
    if (!is_visible(s, n)) bad_url(s);
    auth = p + 3;
    hash = memchr(auth, '#', (size_t)(s + n - auth));
    if (!hash) hash = s + n;
    for (end = auth; end < hash && *end != '/' && *end != '?'; end++) {}
    alen = (size_t)(end - auth);
    if (alen && auth[0] == '[') {
        const char *rb = memchr(auth, ']', alen);
        if (!rb || rb == auth + 1 || !memchr(auth, ':', (size_t)(rb - auth))) bad_url(s);
        ac->host = dupn(auth + 1, (size_t)(rb - auth - 1));
        if (!host_ok(ac->host, strlen(ac->host))) bad_url(s);
        if (rb + 1 < end) {
            if (rb[1] != ':') bad_url(s);
            portp = rb + 2;
            portn = (size_t)(end - portp);
            if (!portn) bad_url(s);
        }
    } else {
        const char *c = memchr(auth, ':', alen);
        size_t hl = c ? (size_t)(c - auth) : alen;
        if (!hl || memchr(auth, ':', hl) || !host_ok(auth, hl)) bad_url(s);
        ac->host = dupn(auth, hl);
        if (c) {
            portp = c + 1;
            portn = (size_t)(end - portp);
            if (!portn) bad_url(s);
        }
    }
    ac->port = ac->tls ? 443 : 80;
    if (portp) {
        unsigned long v = 0;
        size_t i;
        if (portn > 5) bad_url(s);
        for (i = 0; i < portn; i++) {
            if (portp[i] < '0' || portp[i] > '9') bad_url(s);
            v = v * 10 + (unsigned long)(portp[i] - '0');
        }
        if (v < 1 || v > 65535) bad_url(s);
        ac->port = (uint16_t)v;
    }
    if (end == hash) {
        ac->path = xstrdup("/");
    } else if (*end == '?') {
        ac->path = (char *)xmalloc((size_t)(hash - end) + 2);
        ac->path[0] = '/';
        memcpy(ac->path + 1, end, (size_t)(hash - end));
        ac->path[hash - end + 1] = 0;
    } else {
        ac->path = dupn(end, (size_t)(hash - end));
    }
}

/* opts[name]: absent (undefined/null) -> NULL, otherwise String(value), on
 * the temp stack. */
static TsString *opt_string(TsValue opts, const char *name) {
    TsValue v = ts_obj_get(opts, ts_tmp_str(ts_str_from_cstr(name)));
    if (v.tag == TS_UNDEFINED || v.tag == TS_NULL) return NULL;
    return ts_tmp_str(ts_to_string(v));
}

/* A non-negative integer option (a number, or a string of digits); -1 when absent. */
static double opt_count(TsValue opts, const char *name) {
    TsValue v = ts_obj_get(opts, ts_tmp_str(ts_str_from_cstr(name)));
    double d = -2;
    if (v.tag == TS_UNDEFINED || v.tag == TS_NULL) return -1;
    if (v.tag == TS_NUMBER) {
        d = v.u.num;
    } else if (v.tag == TS_STRING && v.u.str->len > 0) {
        size_t i;
        d = 0;
        for (i = 0; i < v.u.str->len && d >= 0; i++) {
            char ch = v.u.str->data[i];
            if (ch < '0' || ch > '9') d = -2;
            else d = d * 10 + (ch - '0');
        }
    }
    if (!(d >= 0 && d <= 9007199254740991.0 && d == (double)(long long)d)) {
        TsString *s = ts_tmp_str(ts_to_string(v));
        if (v.tag == TS_STRING) ts_throw_error(TS_ERR_ERROR, "Http.request: invalid %s \"%s\"", name, s->data);
        ts_throw_error(TS_ERR_ERROR, "Http.request: invalid %s %s", name, s->data);
    }
    return d;
}

static char *take(TsString *s) { return dupn(s->data, s->len); }

static void parse_options(api_client *ac, TsValue opts) {
    TsString *s;
    double d;
    ac->tls = 0;
    if ((s = opt_string(opts, "protocol")) != NULL) {
        if (strcmp(s->data, "https:") == 0) ac->tls = 1;
        else if (strcmp(s->data, "http:") != 0)
            ts_throw_error(TS_ERR_ERROR, "Http.request: unsupported protocol \"%s\"", s->data);
    }
    s = opt_string(opts, "hostname");
    if (!s) s = opt_string(opts, "host");
    if (s) {
        const char *h = s->data;
        size_t n = s->len;
        if (n >= 2 && h[0] == '[' && h[n - 1] == ']') {
            h++;
            n -= 2;
        }
        if (!host_ok(h, n) || strlen(h) < n) ts_throw_error(TS_ERR_ERROR, "Http.request: invalid host \"%s\"", s->data);
        ac->host = dupn(h, n);
    } else {
        ac->host = xstrdup("localhost");
    }
    d = opt_count(opts, "port");
    if (d >= 0 && (d < 1 || d > 65535)) {
        TsString *p = ts_tmp_str(ts_to_string(ts_num(d)));
        ts_throw_error(TS_ERR_ERROR, "Http.request: invalid port %s", p->data);
    }
    ac->port = d >= 0 ? (uint16_t)d : (ac->tls ? 443 : 80);
    if ((s = opt_string(opts, "path")) != NULL) {
        if (!s->len || !is_visible(s->data, s->len))
            ts_throw_error(TS_ERR_ERROR, "Http.request: invalid path \"%s\"", s->data);
        ac->path = take(s);
    } else {
        ac->path = xstrdup("/");
    }
    if ((s = opt_string(opts, "method")) != NULL) {
        size_t i;
        if (!is_token(s->data, s->len)) ts_throw_error(TS_ERR_ERROR, "Http.request: invalid method \"%s\"", s->data);
        ac->method = take(s);
        for (i = 0; ac->method[i]; i++)
            if (ac->method[i] >= 'a' && ac->method[i] <= 'z') ac->method[i] = (char)(ac->method[i] - 32);
    }
    {
        TsValue h = ts_obj_get(opts, ts_tmp_str(ts_str_from_cstr("headers")));
        if (h.tag == TS_OBJECT) {
            TsObject *o = h.u.obj;
            uint32_t i;
            ts_obj_resolve_lazy(h); /* the values are read from the slots below */
            ac->headers = (http_header *)xmalloc(o->count * sizeof *ac->headers);
            for (i = 0; i < o->count; i++) {
                TsString *k = ts_obj_keyv(o)[i], *v;
                size_t j;
                if (!is_token(k->data, k->len))
                    ts_throw_error(TS_ERR_ERROR, "Http.request: invalid header name \"%s\"", k->data);
                v = ts_tmp_str(ts_to_string(ts_obj_valv(o)[i]));
                for (j = 0; j < v->len; j++) {
                    unsigned char ch = (unsigned char)v->data[j];
                    /* printable ASCII and tab: no CR/LF (request splitting), and
                     * no bytes that node would send differently */
                    if ((ch < 0x20 && ch != '\t') || ch >= 0x7f)
                        ts_throw_error(TS_ERR_ERROR, "Http.request: invalid character in header \"%s\"", k->data);
                }
                ac->headers[i].name = dupn(k->data, k->len);
                ac->headers[i].value = take(v);
                ac->num_headers = i + 1;
            }
        } else if (h.tag != TS_UNDEFINED && h.tag != TS_NULL) {
            ts_throw_error(TS_ERR_ERROR, "Http.request: headers must be an object");
        }
    }
    if ((s = opt_string(opts, "servername")) != NULL) {
        if (!host_ok(s->data, s->len) || strchr(s->data, ':') || strlen(s->data) < s->len)
            ts_throw_error(TS_ERR_ERROR, "Http.request: invalid servername \"%s\"", s->data);
        ac->server_name = take(s);
    }
    if ((s = opt_string(opts, "ca_file")) != NULL) ac->ca_file = take(s);
    if ((s = opt_string(opts, "ssl_cert")) != NULL) ac->cert_file = take(s);
    if ((s = opt_string(opts, "ssl_key")) != NULL) ac->key_file = take(s);
    if (!ac->cert_file != !ac->key_file) ts_throw_error(TS_ERR_ERROR, "Http.request: ssl_cert and ssl_key go together");
    d = opt_count(opts, "timeout");
    ac->timeout_ms = d > 0 ? (d > 4294967295.0 ? 4294967295u : (unsigned)d) : 0;
    d = opt_count(opts, "deadline_ms");
    /* a request always ends: 0 is the app's explicit "none" */
    ac->deadline_ms = d < 0 ? HTTP_CLIENT_DEADLINE_DEFAULT_MS : d > 4294967295.0 ? 4294967295u : (unsigned)d;
    ac->binary = ts_truthy(ts_obj_get(opts, ts_tmp_str(ts_str_from_cstr("binary"))));
    d = opt_count(opts, "max_response_size");
    ac->max_response = d > 0 ? (size_t)d : 0;
    d = opt_count(opts, "tls_max_fragment_len");
    if (d > 0 && d != 512 && d != 1024 && d != 2048 && d != 4096) {
        TsString *p = ts_tmp_str(ts_to_string(ts_num(d)));
        ts_throw_error(TS_ERR_ERROR, "Http.request: tls_max_fragment_len must be 512, 1024, 2048 or 4096, not %s",
                       p->data);
    }
    ac->max_fragment = d > 0 ? (unsigned)d : 0;
}

/* ------------------------------------------------------------- events */
static TsString s_statusCode = TS_STR_LIT("statusCode", 10, 10);
static TsString s_headers = TS_STR_LIT("headers", 7, 7);
static TsString s_body = TS_STR_LIT("body", 4, 4);
static TsString s_bytes = TS_STR_LIT("bytes", 5, 5);

/* Calls one of the request's callbacks ("'data' callback"): what it throws
 * is logged with the request and `outcome`. Returns -1 when it threw. */
static int client_call(api_client *ac, TsValue fn, int argc, const TsValue *argv, const char *which,
                       const char *outcome) {
    TsValue thrown;
    char *where;
    if (api_try_call(fn, argc, argv, &thrown) == 0) return 0;
    /* on the heap: no buffer stays on the stack while the callback runs */
    where = (char *)malloc(256);
    if (where) snprintf(where, 256, "Http.request %s %s", http_client_describe(ac->hc), which);
    api_report_uncaught(where ? where : "Http.request", thrown, outcome);
    free(where);
    return -1;
}

static void report_error(api_client *ac, const char *msg) {
    if (ac->on_error.tag == TS_FUNCTION) {
        TsString *m = ts_str_from_cstr(msg);
        TsValue e = ts_error_new(ts_str_v(m));
        ts_str_release(m);
        client_call(ac, ac->on_error, 1, &e, "'error' callback", "");
        ts_release(e);
    } else {
        /* no listener: reported, and the app goes on (a device should not
         * stop because one request failed) */
        TsString *m = ts_str_from_cstr("Http.request:"), *t = ts_str_from_cstr(msg);
        TsValue args[2];
        args[0] = ts_str_v(m);
        args[1] = ts_str_v(t);
        ts_console_error(2, args);
        ts_str_release(m);
        ts_str_release(t);
    }
}

/* Length of the bytes at the end of s[0..n) that start a UTF-8 character
 * and are not complete yet (kept for the next chunk), as node's
 * StringDecoder does. */
static size_t incomplete_tail(const char *s, size_t n) {
    size_t back;
    for (back = 1; back <= 3 && back <= n; back++) {
        unsigned char ch = (unsigned char)s[n - back];
        size_t need;
        if ((ch & 0xc0) == 0x80) continue; /* continuation byte */
        if ((ch & 0xe0) == 0xc0) need = 2;
        else if ((ch & 0xf0) == 0xe0) need = 3;
        else if ((ch & 0xf8) == 0xf0) need = 4;
        else return 0;
        return back < need ? back : 0;
    }
    return 0;
}

static void emit_chunk(api_client *ac, const char *data, size_t len) {
    TsValue v;
    if (!len) return;
    v = ac->binary ? ts_u8_from_bytes(data, len) : ts_str_v(api_str_utf8(data, len));
    if (client_call(ac, ac->on_data, 1, &v, "'data' callback", "; request aborted") != 0) {
        /* a stream reader that failed gets nothing more */
        ac->state = RQ_ABORTED;
        http_client_abort(ac->hc);
    }
    ts_release(v);
}

static void on_data(api_client *ac, const char *data, size_t len) {
    char *buf = NULL;
    size_t n, keep;
    if (ac->ncarry) {
        buf = (char *)xmalloc(ac->ncarry + len);
        memcpy(buf, ac->carry, ac->ncarry);
        memcpy(buf + ac->ncarry, data, len);
        data = buf;
        len += ac->ncarry;
        ac->ncarry = 0;
    }
    keep = incomplete_tail(data, len);
    n = len - keep;
    memcpy(ac->carry, data + n, keep);
    ac->ncarry = keep;
    emit_chunk(ac, data, n);
    free(buf);
}

static int is_timeout_msg(const char *msg) {
    return strstr(msg, ": no connection within ") || strstr(msg, ": no response within ") ||
           strstr(msg, ": response stalled: nothing received for ");
}

static void client_ev(http_client *hc, int ev, const void *ev_data, void *ud) {
    api_client *ac = (api_client *)ud;
    (void)hc;
    switch (ev) {
    case HTTP_CLIENT_EV_DATA: {
        const http_client_chunk *ch = (const http_client_chunk *)ev_data;
        if (ac->state != RQ_RUNNING || ac->on_data.tag != TS_FUNCTION) break;
        if (ac->binary) emit_chunk(ac, ch->data, ch->len); /* bytes: no character to keep whole */
        else on_data(ac, ch->data, ch->len);
        break;
    }
    case HTTP_CLIENT_EV_RESPONSE: {
        const http_client_response *r = (const http_client_response *)ev_data;
        TsValue o;
        if (ac->state != RQ_RUNNING) break;
        if (ac->ncarry) {
            size_t k = ac->ncarry;
            ac->ncarry = 0;
            emit_chunk(ac, ac->carry, k); /* an incomplete character: U+FFFD */
            if (ac->state != RQ_RUNNING) break;
        }
        ac->state = RQ_FINISHED;
        o = ts_obj_new(NULL, 4);
        ts_obj_set(o, &s_statusCode, ts_num((double)r->status));
        {
            TsValue h = api_headers_object(r->headers, r->num_headers);
            ts_obj_set(o, &s_headers, h);
            ts_release(h);
        }
        {
            TsString *b = api_str_utf8(ac->binary ? "" : r->body, ac->binary ? 0 : r->body_len);
            ts_obj_set(o, &s_body, ts_str_v(b));
            ts_str_release(b);
        }
        if (ac->binary) {
            TsValue u = ts_u8_from_bytes(r->body, r->body_len);
            ts_obj_set(o, &s_bytes, u);
            ts_release(u);
        }
        client_call(ac, ac->cb, 1, &o, "callback", "");
        ts_release(o);
        break;
    }
    case HTTP_CLIENT_EV_ERROR: {
        const char *msg = (const char *)ev_data;
        if (ac->state != RQ_RUNNING) break;
        if (ac->on_timeout.tag == TS_FUNCTION && is_timeout_msg(msg)) {
            client_call(ac, ac->on_timeout, 0, NULL, "'timeout' callback", "");
            if (ac->state != RQ_RUNNING) break; /* aborted from the callback */
        }
        ac->state = RQ_FINISHED;
        report_error(ac, msg);
        break;
    }
    case HTTP_CLIENT_EV_DONE:
        ac->hc = NULL;
        if (ac->state == RQ_RUNNING) ac->state = RQ_FINISHED;
        client_release(ac); /* may free ac */
        break;
    default: break;
    }
}

/* Set only by generated main() (tsfw_api.h), so an app whose requests are
 * all plain HTTP links no TLS code (--gc-sections). */
static mgr_connect_tls_fn g_connect_tls;
void ts_api_use_tls_client(void) { g_connect_tls = mgr_connect_tls; }

/* From the loop: create the http_client and send the request. */
static void client_start(net_mgr *m, uint32_t id, void *ud) {
    api_client *ac = (api_client *)ud;
    http_client_opts o;
    char err[300];
    (void)id;
    ac->start_timer = 0;
    if (ac->state != RQ_QUEUED) return;
    memset(&o, 0, sizeof o);
    o.method = ac->method;
    o.host = ac->host;
    o.port = ac->port;
    o.path = ac->path;
    o.headers = ac->headers;
    o.num_headers = ac->num_headers;
    o.tls = ac->tls;
    o.connect_tls = g_connect_tls;
    o.tls_opts.ca_file = ac->ca_file;
    o.tls_opts.cert_file = ac->cert_file;
    o.tls_opts.key_file = ac->key_file;
    o.tls_opts.server_name = ac->server_name;
    o.tls_opts.max_fragment_len = ac->max_fragment;
    o.timeout_ms = ac->timeout_ms;
    o.deadline_ms = ac->deadline_ms;
    o.max_response_size = ac->max_response;
    o.stream_body = ac->on_data.tag == TS_FUNCTION;
    ac->state = RQ_RUNNING;
    ac->hc = http_client_new(m, &o, client_ev, ac, err, sizeof err);
    if (!ac->hc) {
        ac->state = RQ_FINISHED;
        report_error(ac, err);
        client_release(ac);
        return;
    }
    /* errors of end() (out of memory) arrive as events */
    if (ac->body_over) {
        char why[64];
        snprintf(why, sizeof why, "request body larger than %lu bytes", (unsigned long)HTTP_CLIENT_MAX_REQUEST_DEFAULT);
        http_client_fail(ac->hc, why);
    } else {
        http_client_end(ac->hc, ac->body, ac->body_len);
    }
    free(ac->body);
    ac->body = NULL;
    ac->body_len = ac->body_cap = 0;
}

/* ------------------------------------------------------------- methods */
static api_client *client_of(TsValue self) {
    if (self.tag != TS_OBJECT) return NULL;
    return (api_client *)ts_obj_native(self.u.obj);
}

static void append_body(api_client *ac, TsValue data) {
    TsString *s = ac->body_over ? NULL : api_body_bytes(data);
    char *nb;
    if (!s) return;
    if (s->len > HTTP_CLIENT_MAX_REQUEST_DEFAULT - ac->body_len) {
        /* not kept: the request fails from the loop, through on('error') */
        ac->body_over = 1;
        free(ac->body);
        ac->body = NULL;
        ac->body_len = ac->body_cap = 0;
        ts_str_release(s);
        return;
    }
    nb = (char *)net_buf_grow(ac->body, &ac->body_cap, ac->body_len + s->len, 256);
    if (!nb) ts_panic("out of memory");
    ac->body = nb;
    memcpy(ac->body + ac->body_len, s->data, s->len);
    ac->body_len += s->len;
    ts_str_release(s);
}

/* node's ERR_STREAM_WRITE_AFTER_END: the request goes on, and the error
 * follows from the loop, to on('error') while the request runs, else to
 * the log as uncaught, with the position of the call. */
static void rq_write_after_end(api_client *ac) {
    TsValue fn = ac->state == RQ_FINISHED ? ts_undefined() : ac->on_error;
    api_raise_later(fn, api_write_after_end(),
                    fn.tag == TS_FUNCTION ? "Http.request 'error' callback" : "Http.request");
}

static TsValue rq_write(TsValue self, int argc, const TsValue *argv) {
    api_client *ac = client_of(self);
    if (!ac || ac->state == RQ_ABORTED) return ts_dup(self);
    if (ac->state == RQ_NEW) append_body(ac, ts_arg(argc, argv, 0));
    else rq_write_after_end(ac);
    return ts_dup(self);
}

static TsValue rq_end(TsValue self, int argc, const TsValue *argv) {
    api_client *ac = client_of(self);
    if (!ac || ac->state == RQ_ABORTED) return ts_dup(self);
    if (ac->state != RQ_NEW) {
        /* like node, a second end() without data is no error */
        if (ts_truthy(ts_arg(argc, argv, 0))) rq_write_after_end(ac);
        return ts_dup(self);
    }
    append_body(ac, ts_arg(argc, argv, 0));
    ac->state = RQ_QUEUED;
    ac->self_ref = 1;
    ts_heap_retain(&ac->obj->h);
    ac->start_timer = mgr_timer_add(api_mgr(), 0, 0, client_start, ac, NULL);
    if (!ac->start_timer) ts_panic("out of memory adding a timer");
    return ts_dup(self);
}

static TsString s_error = TS_STR_LIT("error", 5, 5);
static TsString s_data = TS_STR_LIT("data", 4, 4);

static TsValue rq_on(TsValue self, int argc, const TsValue *argv) {
    api_client *ac = client_of(self);
    TsValue ev = ts_arg(argc, argv, 0), fn = ts_arg(argc, argv, 1);
    if (!ac || fn.tag != TS_FUNCTION || ev.tag != TS_STRING) return ts_dup(self);
    if (ac->state == RQ_FINISHED || ac->state == RQ_ABORTED) return ts_dup(self);
    if (ts_str_eq(ev.u.str, &s_error)) ts_assign(&ac->on_error, fn);
    else if (ts_str_eq(ev.u.str, &s_data) && ac->state != RQ_RUNNING) ts_assign(&ac->on_data, fn);
    return ts_dup(self);
}

static TsValue rq_setTimeout(TsValue self, int argc, const TsValue *argv) {
    api_client *ac = client_of(self);
    TsValue fn = ts_arg(argc, argv, 1);
    double ms = ts_to_number(ts_arg(argc, argv, 0));
    if (!ac || ac->state == RQ_FINISHED || ac->state == RQ_ABORTED) return ts_dup(self);
    ac->timeout_ms = ms >= 1 ? (ms > 4294967295.0 ? 4294967295u : (unsigned)ms) : 0;
    if (fn.tag == TS_FUNCTION) ts_assign(&ac->on_timeout, fn);
    else ts_assign(&ac->on_timeout, ts_undefined());
    if (ac->hc) http_client_set_timeout(ac->hc, ac->timeout_ms);
    return ts_dup(self);
}

static TsValue rq_abort(TsValue self, int argc, const TsValue *argv) {
    api_client *ac = client_of(self);
    (void)argc;
    (void)argv;
    if (!ac || ac->state == RQ_FINISHED || ac->state == RQ_ABORTED) return ts_undefined();
    if (ac->state == RQ_NEW) {
        ac->state = RQ_ABORTED;
        client_drop_callbacks(ac);
        client_free_opts(ac);
        return ts_undefined();
    }
    if (ac->state == RQ_QUEUED) {
        ac->state = RQ_ABORTED;
        if (ac->start_timer) mgr_timer_cancel(api_mgr(), ac->start_timer);
        ac->start_timer = 0;
        client_release(ac); /* may free ac: the caller still holds self */
        return ts_undefined();
    }
    ac->state = RQ_ABORTED;
    http_client_abort(ac->hc); /* DONE follows from the loop */
    return ts_undefined();
}

static TsString s_write = TS_STR_LIT("write", 5, 5);
static TsString s_end = TS_STR_LIT("end", 3, 3);
static TsString s_on = TS_STR_LIT("on", 2, 2);
static TsString s_setTimeout = TS_STR_LIT("setTimeout", 10, 10);
static TsString s_abort = TS_STR_LIT("abort", 5, 5);
static const TsMethod client_methods[] = {
    {&s_write, rq_write}, {&s_end, rq_end}, {&s_on, rq_on}, {&s_setTimeout, rq_setTimeout}, {&s_abort, rq_abort},
};
static const TsClass client_class = {"ClientRequest", NULL, 5, client_methods, client_finalize, 0, NULL, NULL, 0, NULL};

/* -------------------------------------------------------------- entry */
TsValue ts_api_Http_request(int argc, const TsValue *argv) {
    TsValue opts = ts_arg(argc, argv, 0), fn = ts_arg(argc, argv, 1), o;
    size_t rm = ts_roots_mark();
    api_client *ac;
    if (opts.tag != TS_STRING && opts.tag != TS_OBJECT)
        ts_throw_error(TS_ERR_ERROR, "Http.request: options must be an object or a URL string");
    ac = (api_client *)calloc(1, sizeof *ac);
    if (!ac) ts_panic("out of memory");
    ac->cb = ac->on_error = ac->on_data = ac->on_timeout = ts_undefined();
    ac->deadline_ms = HTTP_CLIENT_DEADLINE_DEFAULT_MS;
    o = ts_obj_new(&client_class, 0);
    ts_obj_set_native(o.u.obj, ac);
    ac->obj = o.u.obj;
    ts_root_val(&o); /* bad options throw: the object's finalizer frees ac */
    if (opts.tag == TS_STRING) parse_url(ac, opts.u.str);
    else parse_options(ac, opts);
    ts_roots_pop(rm);
    if (!ac->method) ac->method = xstrdup("GET");
    if (fn.tag == TS_FUNCTION) ts_assign(&ac->cb, fn);
    api_mgr();
    return o;
}

TsValue ts_api_Http_get(int argc, const TsValue *argv) {
    TsValue r = ts_api_Http_request(argc, argv);
    ts_release(rq_end(r, 0, NULL));
    return r;
}

/* ------------------------------------------------ direct entry points */
TsValue ts_api_ClientRequest_write(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &client_class, &client_methods[0], argc, argv);
}
TsValue ts_api_ClientRequest_end(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &client_class, &client_methods[1], argc, argv);
}
TsValue ts_api_ClientRequest_on(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &client_class, &client_methods[2], argc, argv);
}
TsValue ts_api_ClientRequest_setTimeout(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &client_class, &client_methods[3], argc, argv);
}
TsValue ts_api_ClientRequest_abort(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &client_class, &client_methods[4], argc, argv);
}
