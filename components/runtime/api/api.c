/* api.c - the device API on the networking runtime: Http.createServer, the
 * Server and Response classes, request objects, timers and the event loop.
 *
 * Fault isolation: every call into the app from the event loop (request
 * handler, timers, server events, client callbacks) runs in a try frame of
 * its own (api_try_call). What it throws stops there and is logged, rate-
 * limited, with the error's file.ts:line:col and what was being handled; a
 * request whose handler threw is answered 500, or its connection closed
 * when the response had started. The loop goes on.
 *
 * References held by C (all released so that valgrind shows no leaks):
 *   - a server object is kept alive by the runtime (+1 "self" reference)
 *     from a successful listen() until the http_server is released (after
 *     destroy() and the close of its last connection); its handler and
 *     event callbacks are released at that point too, which also breaks
 *     cycles through closures that capture the server;
 *   - a response object holds an http_exchange reference (http_exchange_ref) that
 *     its finalizer drops;
 *   - a timer owns its callback and extra arguments until it is cleared,
 *     fires (one-shot) or the manager goes away.
 * No platform headers here: only core/, net/ and port/port.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tsfw.h"
#include "tsfw_api.h"
#include "api_internal.h"
#include "../net/http.h"
#include "../net/log.h"
#include "../net/tls.h"
#include "../net/timer.h"

/* ------------------------------------------------------------ the loop */
/* An 'error' event the loop delivers: to a server's listener (obj) -- a
 * listen error (node emits it after listen() returns) or an error found
 * while the app was inside one of its calls (res.write, res.serve...),
 * whose handler must not run in the middle of them -- or to a response's
 * or request's listener (fn), or, with no listener, to the log as uncaught
 * (api_raise_later). */
typedef struct pending_err {
    struct pending_err *next;
    TsObject *obj; /* retained; NULL for a response's */
    TsValue fn;    /* owned: the response's 'error' listener */
    TsValue err;   /* owned: the Error to deliver; undefined: one made from msg */
    long id;       /* the server's: connection, or -1 for the server */
    char msg[];    /* the Error's message, or with err: where it is logged */
} pending_err;

static net_mgr *g_mgr;
static int g_in_app; /* > 0 while the app's code runs (api_try_call) */
static pending_err *g_pending, **g_pending_tail = &g_pending;

/* Not inlined (GCC) into api_loop: its locals would stay in the loop's
 * frame, under every callback on the device's small stack. */
static void run_pending(void)
#if defined(__GNUC__)
    __attribute__((noinline))
#endif
    ;
static pending_err *pending_add(TsObject *obj, TsValue fn, long id, const char *msg);

static void errlog_roll(int at_exit);

static void api_loop(void) {
    ts_loc = NULL; /* the module's code is done: events start with no position */
    for (;;) {
        run_pending();
        ts_out_flush();
        errlog_roll(0);
        if (!g_pending && !mgr_has_work(g_mgr)) break;
        mgr_poll(g_mgr, g_pending ? 0 : -1);
    }
    errlog_roll(1);
    net_log_roll(1);
    ts_out_flush();
}

net_mgr *api_mgr(void) {
    if (!g_mgr) {
        g_mgr = mgr_new();
        if (!g_mgr) ts_panic("out of memory creating the event manager");
        ts_rt_set_loop(api_loop);
    }
    return g_mgr;
}

/* ------------------------------------------------ errors in callbacks */

/* At most API_ERRLOG_BURST lines per API_ERRLOG_WINDOW_MS about callbacks
 * that threw (a peer can trigger them); the rest are counted and summed up
 * in one line when the window ends (or the loop does). */
#ifndef API_ERRLOG_BURST
#define API_ERRLOG_BURST 10
#endif
#ifndef API_ERRLOG_WINDOW_MS
#define API_ERRLOG_WINDOW_MS 10000
#endif

static struct {
    uint64_t start;   /* when the current window began */
    unsigned logged;  /* lines written in it */
    unsigned dropped; /* lines not written in it */
} g_errlog;

/* Ends the window when its time is up (or the loop ends), with the summary
 * of what it did not log. */
static void errlog_roll(int at_exit) {
    uint64_t now = g_mgr ? mgr_now(g_mgr) : 0;
    if (!at_exit && now - g_errlog.start < API_ERRLOG_WINDOW_MS) return;
    if (g_errlog.dropped)
        port_log(PORT_LOG_ERROR, "%u more uncaught errors in callbacks were not logged (at most %d every %d s)",
                 g_errlog.dropped, API_ERRLOG_BURST, API_ERRLOG_WINDOW_MS / 1000);
    g_errlog.start = now;
    g_errlog.logged = g_errlog.dropped = 0;
}

void api_report_uncaught(const char *where, TsValue thrown, const char *outcome) {
    errlog_roll(0);
    if (g_errlog.logged < API_ERRLOG_BURST) {
        TsString *text = ts_exception_text(thrown);
        g_errlog.logged++;
        port_log(PORT_LOG_ERROR, "%s: uncaught %s%s", where, text->data, outcome);
        ts_str_release(text);
    } else {
        g_errlog.dropped++;
    }
    ts_release(thrown);
}

int api_try_call(TsValue fn, int argc, const TsValue *argv, TsValue *thrown) {
    TsTry t;
    if (fn.tag != TS_FUNCTION) return 0;
    ts_try_enter(&t);
    g_in_app++;
    if (setjmp(t.jb) == 0) {
        ts_release(ts_call(fn, argc, argv));
        g_in_app--;
        ts_try_leave(&t);
        ts_tmp_release(t.tmp_mark);
        ts_loc = t.loc; /* as a throw would have left it */
        return 0;
    }
    g_in_app--;
    *thrown = ts_caught();
    return -1;
}

int api_call_cb(TsValue fn, int argc, const TsValue *argv, const char *where) {
    TsValue thrown;
    if (api_try_call(fn, argc, argv, &thrown) == 0) return 0;
    api_report_uncaught(where, thrown, "");
    return -1;
}

/* ------------------------------------------------------------- strings */
static TsString s_method = TS_STR_LIT("method", 6, 6);
static TsString s_url = TS_STR_LIT("url", 3, 3);
static TsString s_path = TS_STR_LIT("path", 4, 4);
static TsString s_query = TS_STR_LIT("query", 5, 5);
static TsString s_headers = TS_STR_LIT("headers", 7, 7);
static TsString s_body = TS_STR_LIT("body", 4, 4);
static TsString s_remote = TS_STR_LIT("remoteAddress", 13, 13);

/* Bytes as Latin-1 (as node decodes the request line and headers). */
TsString *api_str_latin1(const char *s, size_t n) {
    size_t i, extra = 0;
    char *buf;
    TsString *r;
    for (i = 0; i < n; i++) extra += (unsigned char)s[i] >= 0x80;
    if (!extra) return ts_str_new(s, n);
    buf = (char *)malloc(n + extra);
    if (!buf) ts_panic("out of memory");
    extra = 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            buf[extra++] = (char)c;
        } else {
            buf[extra++] = (char)(0xc0 | (c >> 6));
            buf[extra++] = (char)(0x80 | (c & 0x3f));
        }
    }
    r = ts_str_new(buf, extra);
    free(buf);
    return r;
}

/* Bytes as UTF-8 with U+FFFD for each maximal invalid subpart (the WHATWG
 * decoder, which node's Buffer#toString uses). */
TsString *api_str_utf8(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, o = 0;
    char *buf = NULL;
    TsString *r;
    /* first pass: is it valid already? */
    for (;;) {
        int need = 0;
        unsigned lo = 0x80, hi = 0xbf, b;
        size_t j, k;
        int ok = 1;
        if (i >= n) break;
        b = p[i];
        if (b < 0x80) {
            if (buf) buf[o++] = (char)b;
            i++;
            continue;
        }
        if (b >= 0xc2 && b <= 0xdf) need = 1;
        else if (b == 0xe0) {
            need = 2;
            lo = 0xa0;
        } else if (b == 0xed) {
            need = 2;
            hi = 0x9f;
        } else if (b >= 0xe1 && b <= 0xef) need = 2;
        else if (b == 0xf0) {
            need = 3;
            lo = 0x90;
        } else if (b >= 0xf1 && b <= 0xf3) need = 3;
        else if (b == 0xf4) {
            need = 3;
            hi = 0x8f;
        } else ok = 0;
        j = i + 1;
        for (k = 0; ok && k < (size_t)need; k++) {
            unsigned c;
            if (j >= n) {
                ok = 0;
                break;
            }
            c = p[j];
            if (c < (k == 0 ? lo : 0x80) || c > (k == 0 ? hi : 0xbf)) {
                ok = 0;
                break;
            }
            j++;
        }
        if (ok) {
            if (buf) {
                memcpy(buf + o, p + i, j - i);
                o += j - i;
            }
            i = j;
            continue;
        }
        if (!buf) {
            /* invalid: restart, writing into a buffer (each byte can grow to 3) */
            buf = (char *)malloc(n * 3 + 1);
            if (!buf) ts_panic("out of memory");
            memcpy(buf, p, i);
            o = i;
        }
        buf[o++] = (char)0xef;
        buf[o++] = (char)0xbf;
        buf[o++] = (char)0xbd;
        i = j;
    }
    if (!buf) return ts_str_new(s, n);
    r = ts_str_new(buf, o);
    free(buf);
    return r;
}

static void set_prop(TsValue o, TsString *key, TsString *owned) {
    ts_obj_add_new(o, key, ts_str_v(owned));
    ts_str_release(owned);
}

/* Headers as a plain object: names in lower case, values as Latin-1 (as
 * node decodes them), repeated headers joined with ", ". */
TsValue api_headers_object(const http_header *hs, size_t n) {
    TsValue h = ts_obj_new(NULL, (uint32_t)n);
    size_t i;
    for (i = 0; i < n; i++) {
        const char *name = hs[i].name, *val = hs[i].value;
        size_t nl = strlen(name), j;
        char small[64], *lower = nl < sizeof small ? small : (char *)malloc(nl + 1);
        TsString *key, *v;
        TsValue old;
        if (!lower) ts_panic("out of memory");
        for (j = 0; j < nl; j++) lower[j] = (char)(name[j] >= 'A' && name[j] <= 'Z' ? name[j] + 32 : name[j]);
        key = api_str_latin1(lower, nl);
        if (lower != small) free(lower);
        v = api_str_latin1(val, strlen(val));
        old = ts_obj_get(h, key);
        if (old.tag == TS_STRING) {
            /* repeated header: values joined with ", " */
            static TsString sep = TS_STR_LIT(", ", 2, 2);
            TsString *parts[3];
            TsString *joined;
            parts[0] = old.u.str;
            parts[1] = &sep;
            parts[2] = v;
            joined = ts_str_concat_n(3, parts);
            ts_str_release(v);
            v = joined;
        }
        ts_obj_set(h, key, ts_str_v(v));
        ts_str_release(v);
        ts_str_release(key);
    }
    return h;
}

/* A property of the request computed on first read, from the http_req in
 * the object's native (request_object). */
static TsValue request_prop(TsObject *o, TsString *key) {
    const http_req *req = (const http_req *)ts_obj_native(o);
    const char *s;
    if (!req) return ts_undefined();
    if (key == &s_headers) return api_headers_object(req->headers, req->num_headers);
    if (key == &s_body) return ts_str_v(api_str_utf8(req->body, req->body_len));
    /* url, query, remoteAddress (ASCII): Latin-1, as node decodes them */
    s = key == &s_url ? req->url : key == &s_query ? req->query : req->remote_addr;
    return ts_str_v(api_str_latin1(s, strlen(s)));
}

static TsLazy request_lazy = TS_LAZY_INIT(request_prop);

/* The request as a plain object: method, url, path, query, headers, body,
 * remoteAddress (this order is also its JSON).  method and path are made at
 * once; the others are computed on first read (tsfw.h, TsLazy), so that a
 * handler that reads no headers builds no headers object.  req stays valid
 * while the handler runs; request_done computes what is left if the app
 * keeps the object past it. */
static TsValue request_object(http_req *req) {
    TsValue o = ts_obj_new(NULL, 8), lazy = ts_lazy_v(&request_lazy);
    ts_obj_set_native(o.u.obj, req);
    set_prop(o, &s_method, api_str_latin1(req->method, strlen(req->method)));
    ts_obj_add_new(o, &s_url, lazy);
    set_prop(o, &s_path, api_str_utf8(req->path, strlen(req->path)));
    ts_obj_add_new(o, &s_query, lazy);
    ts_obj_add_new(o, &s_headers, lazy);
    ts_obj_add_new(o, &s_body, lazy);
    ts_obj_add_new(o, &s_remote, lazy);
    return o;
}

/* The handler returned: a request object the app still holds (a closure, a
 * timer, a store) gets the properties it has not read yet, while req is
 * valid; one it let go is freed. */
static void request_done(TsValue o) {
    if (o.u.obj->h.rc > 1) ts_obj_resolve_lazy(o);
    ts_release(o);
}

/* --------------------------------------------------------- the response */
/* A response object's C side.  Its listeners may capture the object (a
 * cycle through C that the collector cannot see), so they are dropped when
 * the exchange is over (HTTP_EXCHANGE_EV_DONE). */
typedef struct api_res {
    http_exchange *res; /* +1 (http_exchange_ref) until the object dies */
    TsValue on_drain;   /* res.on('drain') */
    TsValue on_error;   /* res.on('error') */
    int ended;          /* the app called res.end(): a later write is an error */
} api_res;

static void res_drop_listeners(api_res *ar) {
    TsValue d = ar->on_drain, e = ar->on_error;
    ar->on_drain = ar->on_error = ts_undefined();
    ts_release(d);
    ts_release(e);
}

static void res_event(http_exchange *res, int ev, void *ud) {
    api_res *ar = (api_res *)ud;
    (void)res;
    if (ev == HTTP_EXCHANGE_EV_DRAIN) {
        TsValue fn = ts_dup(ar->on_drain); /* the callback may end the response */
        api_call_cb(fn, 0, NULL, "response 'drain' callback");
        ts_release(fn);
    } else {
        res_drop_listeners(ar);
    }
}

static void response_finalize(TsObject *self) {
    api_res *ar = (api_res *)ts_obj_native(self);
    ts_obj_set_native(self, NULL);
    if (!ar) return;
    http_exchange_on_event(ar->res, NULL, NULL);
    http_exchange_unref(ar->res);
    res_drop_listeners(ar);
    ts_free_small(ar, sizeof *ar);
}

static api_res *api_res_of(TsValue self) {
    if (self.tag != TS_OBJECT) return NULL;
    return (api_res *)ts_obj_native(self.u.obj);
}

static http_exchange *res_of(TsValue self) {
    api_res *ar = api_res_of(self);
    return ar ? ar->res : NULL;
}

/* A write or end that would pass the send buffer limit (http.h): the
 * response is given up; the app hears of it through its 'error' listener,
 * from the loop, or else the call throws. */
static void res_overflow(TsValue fn, size_t len, size_t limit) {
    char msg[160];
    snprintf(msg, sizeof msg, "write of %lu bytes would exceed the send buffer limit of %lu bytes", (unsigned long)len,
             (unsigned long)limit);
    if (fn.tag != TS_FUNCTION) ts_throw_error(TS_ERR_ERROR, "%s", msg);
    pending_add(NULL, fn, -1, msg);
    ts_release(fn);
}

/* node's ERR_STREAM_WRITE_AFTER_END: the call returns as usual and the
 * error follows from the loop; the listeners went with end(), so it is
 * logged as uncaught, with the request and the position of the call. */
static void res_write_after_end(api_res *ar) {
    char *desc = (char *)malloc(200); /* on the heap: this runs inside the app's call */
    if (desc) http_exchange_describe(ar->res, desc, 200);
    api_raise_later(ts_undefined(), api_write_after_end(), desc ? desc : "a response");
    free(desc);
}

/* data as bytes: strings as they are, a typed array, DataView or
 * ArrayBuffer as its bytes, anything else as its JSON.  Returns an owned
 * string or NULL (nothing to write). */
TsString *api_body_bytes(TsValue v) {
    const uint8_t *p;
    size_t n;
    if (v.tag == TS_STRING) return ts_str_retain(v.u.str);
    if (v.tag == TS_UNDEFINED) return NULL;
    /* the hook is set once the app has made binary data: apps without any do not link binary.c */
    if (ts_bin_bytes_hook && ts_bin_bytes_hook(v, &p, &n)) return ts_str_new((const char *)p, n);
    return ts_json_stringify(v, ts_undefined());
}

/* A malloc'd block that a throw frees. */
typedef struct block_guard {
    TsCleanup c;
    void *p;
} block_guard;

static void free_block(TsCleanup *c) { free(((block_guard *)c)->p); }

static TsValue res_writeHead(TsValue self, int argc, const TsValue *argv) {
    http_exchange *res = res_of(self);
    TsValue hv = ts_arg(argc, argv, 1);
    http_header stack_h[16], *h = stack_h;
    block_guard big; /* more than 16 headers; their values' toString may throw */
    size_t rm = ts_roots_mark(), n = 0, i;
    int code;
    if (!res) return ts_undefined();
    /* node's ERR_HTTP_HEADERS_SENT */
    if (http_exchange_headers_sent(res))
        ts_throw_error(TS_ERR_ERROR, "Cannot write headers after they are sent to the client");
    code = (int)ts_to_int32(ts_to_number(ts_arg(argc, argv, 0)));
    big.c.run = free_block;
    big.p = NULL;
    if (hv.tag == TS_OBJECT && hv.u.obj->count) {
        TsObject *o = hv.u.obj;
        ts_obj_resolve_lazy(hv); /* the values are read from the slots below */
        if (o->count > 16) {
            h = (http_header *)malloc(o->count * sizeof *h);
            if (!h) ts_panic("out of memory");
            big.p = h;
            ts_root_cleanup(&big.c);
        }
        for (i = 0; i < o->count; i++) {
            h[n].name = ts_obj_keyv(o)[i]->data;
            h[n].value = ts_tmp_str(ts_to_string(ts_obj_valv(o)[i]))->data;
            n++;
        }
    }
    http_exchange_write_head(res, code, h, n);
    ts_roots_pop(rm);
    free(big.p);
    return ts_undefined();
}

/* true while the queue is below the high-water mark (node's contract) */
static TsValue res_write(TsValue self, int argc, const TsValue *argv) {
    api_res *ar = api_res_of(self);
    TsString *s;
    TsValue on_error;
    size_t len, limit;
    int rc;
    if (!ar) return ts_bool(false);
    if (ar->ended) {
        res_write_after_end(ar);
        return ts_bool(false);
    }
    s = api_body_bytes(ts_arg(argc, argv, 0));
    len = s ? s->len : 0;
    on_error = ts_dup(ar->on_error); /* an overflow drops the listeners */
    limit = http_exchange_tx_max(ar->res);
    rc = http_exchange_write(ar->res, s ? s->data : "", len);
    ts_str_release(s);
    if (rc == HTTP_EXCHANGE_OVERFLOW) res_overflow(on_error, len, limit);
    else ts_release(on_error);
    return ts_bool(rc == 0);
}

/* Sends the last bytes s (owned, or NULL) of ar's response. Apart from
 * res_end, so that its locals are not on the stack while the body is made
 * (a JSON body is the deepest path of a request). */
static TS_NOINLINE void res_end_send(api_res *ar, TsString *s) {
    size_t len = s ? s->len : 0, limit = http_exchange_tx_max(ar->res);
    TsValue on_error = ts_dup(ar->on_error); /* the exchange's end may free ar */
    int rc = http_exchange_end(ar->res, s ? s->data : NULL, len);
    ts_str_release(s);
    if (rc == HTTP_EXCHANGE_OVERFLOW) res_overflow(on_error, len, limit);
    else ts_release(on_error);
}

static TsValue res_end(TsValue self, int argc, const TsValue *argv) {
    api_res *ar = api_res_of(self);
    if (!ar) return ts_undefined();
    if (ar->ended) {
        /* like node, a second end() without data is no error */
        if (ts_truthy(ts_arg(argc, argv, 0))) res_write_after_end(ar);
        return ts_undefined();
    }
    ar->ended = 1;
    res_end_send(ar, api_body_bytes(ts_arg(argc, argv, 0)));
    return ts_undefined();
}

static TsString s_drain = TS_STR_LIT("drain", 5, 5);
static TsString s_error = TS_STR_LIT("error", 5, 5);

/* res.on('drain' | 'error', fn): one listener each (a later one replaces
 * it); ignored once the exchange is over. */
static TsValue res_on(TsValue self, int argc, const TsValue *argv) {
    api_res *ar = api_res_of(self);
    TsValue ev = ts_arg(argc, argv, 0), fn = ts_arg(argc, argv, 1);
    if (ar && ev.tag == TS_STRING && fn.tag == TS_FUNCTION && !http_exchange_is_detached(ar->res) &&
        !http_exchange_ended(ar->res)) {
        if (ts_str_eq(ev.u.str, &s_drain)) ts_assign(&ar->on_drain, fn);
        else if (ts_str_eq(ev.u.str, &s_error)) ts_assign(&ar->on_error, fn);
    }
    return ts_dup(self);
}

const char *api_opt_str(TsValue opts, const char *name) {
    TsString key;
    TsValue v;
    key.h.rc = TS_RC_IMMORTAL;
    key.h.kind = TS_STRING;
    key.h.gc = 0;
    key.h.shape = 0;
    key.h.pool = 0;
    key.len = key.len16 = (uint32_t)strlen(name);
    key.hash = 0;
    key.cap = 0;
    key.data = (char *)name;
    if (opts.tag != TS_OBJECT) return NULL;
    v = ts_obj_get(opts, &key);
    if (v.tag == TS_UNDEFINED || v.tag == TS_NULL) return NULL;
    if (v.tag == TS_BOOL) return v.u.b ? "yes" : "";
    return ts_tmp_str(ts_to_string(v))->data;
}

/* Optional parts (tsfw_api.h): set only by generated main(), so an app that
 * never names them links none of their code (--gc-sections). */
static int (*g_serve)(http_exchange *res, const http_serve_opts *opts);
static int (*g_listen_tls)(http_server *srv, const char *addr, const struct net_tls_opts *tls, char *err,
                           size_t errlen);
void ts_api_use_serve(void) { g_serve = http_exchange_serve; }
void ts_api_use_tls_server(void) { g_listen_tls = http_server_listen_tls; }

static TsValue res_serve(TsValue self, int argc, const TsValue *argv) {
    static const char *names[] = {"document_root", "index_files",       "enable_directory_listing",
                                  "extra_headers", "custom_mime_types", "hidden_file_pattern",
                                  "ip_acl"};
    http_exchange *res = res_of(self);
    TsValue opts = ts_arg(argc, argv, 0);
    const char *v[7];
    http_serve_opts o;
    int i;
    if (!res) return ts_undefined();
    if (!g_serve) ts_throw_error(TS_ERR_TYPE, "res.serve is not linked into this app (name serve in its source)");
    for (i = 0; i < 7; i++) v[i] = api_opt_str(opts, names[i]);
    memset(&o, 0, sizeof o);
    o.document_root = v[0];
    o.index_files = v[1];
    o.enable_directory_listing =
        v[2] && *v[2] && strcmp(v[2], "no") != 0 && strcmp(v[2], "false") != 0 && strcmp(v[2], "0") != 0;
    o.extra_headers = v[3];
    o.custom_mime_types = v[4];
    o.hidden_file_pattern = v[5];
    o.ip_acl = v[6];
    g_serve(res, &o);
    return ts_undefined();
}

static TsString s_writeHead = TS_STR_LIT("writeHead", 9, 9);
static TsString s_write = TS_STR_LIT("write", 5, 5);
static TsString s_end = TS_STR_LIT("end", 3, 3);
static TsString s_serve = TS_STR_LIT("serve", 5, 5);
static TsString s_on = TS_STR_LIT("on", 2, 2);
static const TsMethod response_methods[] = {
    {&s_writeHead, res_writeHead}, {&s_write, res_write}, {&s_end, res_end}, {&s_serve, res_serve}, {&s_on, res_on},
};
static const TsClass response_class = {
    "ServerResponse", NULL, 5, response_methods, response_finalize, 0, NULL, NULL, 0, NULL};

/* ------------------------------------------------------------ the server */
typedef struct api_server {
    http_server *srv; /* NULL once released */
    TsObject *obj;    /* NULL once the object died */
    int self_ref;     /* we hold +1 on obj */
    TsValue handler, on_conn, on_close, on_error;
} api_server;

static void server_drop_callbacks(api_server *as) {
    TsValue h = as->handler, a = as->on_conn, b = as->on_close, c = as->on_error;
    as->handler = as->on_conn = as->on_close = as->on_error = ts_undefined();
    ts_release(h);
    ts_release(a);
    ts_release(b);
    ts_release(c);
}

/* http_server memory released (destroyed and every connection closed) */
static void server_released(void *ud) {
    api_server *as = (api_server *)ud;
    as->srv = NULL;
    server_drop_callbacks(as);
    if (!as->obj) {
        free(as);
    } else if (as->self_ref) {
        TsObject *o = as->obj;
        as->self_ref = 0;
        ts_heap_release(&o->h); /* may finalize and free as */
    }
}

static void server_finalize(TsObject *self) {
    api_server *as = (api_server *)ts_obj_native(self);
    if (!as) return;
    ts_obj_set_native(self, NULL);
    as->obj = NULL;
    if (as->srv) {
        http_server_destroy(as->srv); /* may call server_released -> free */
        return;
    }
    server_drop_callbacks(as);
    free(as);
}

/* The handler threw: a 500 when nothing was sent yet, else the connection
 * closes (a truncated response, not a complete one). Returns what the log
 * line says about it. */
static const char *fail_response(http_exchange *res) {
    static const http_header h[] = {{"Content-Type", "text/plain"}, {"Content-Length", "22"}, {"Connection", "close"}};
    if (http_exchange_ended(res) || http_exchange_is_detached(res)) return "";
    if (http_exchange_headers_sent(res)) {
        http_exchange_abort(res);
        return "; closed the connection (the response had started)";
    }
    http_exchange_write_head(res, 500, h, 3);
    http_exchange_end(res, "Internal Server Error\n", 22);
    return "; answered 500";
}

static void on_request(http_server *srv, http_req *req, http_exchange *res, void *ud) {
    api_server *as = (api_server *)ud;
    TsValue args[2], thrown;
    TsObject *ro;
    api_res *ar;
    (void)srv;
    if (as->handler.tag != TS_FUNCTION) {
        http_exchange_end(res, NULL, 0);
        return;
    }
    args[0] = request_object(req);
    args[1] = ts_obj_new(&response_class, 0);
    ro = args[1].u.obj;
    ar = (api_res *)ts_alloc_small(sizeof *ar); /* one per request: from the pools */
    http_exchange_ref(res);
    ar->res = res;
    ar->on_drain = ar->on_error = ts_undefined();
    ar->ended = 0;
    http_exchange_on_event(res, res_event, ar);
    ts_obj_set_native(ro, ar);
    if (api_try_call(as->handler, 2, args, &thrown) != 0) {
        /* on the heap: no buffer stays on the stack while the handler runs */
        char *desc = (char *)malloc(200);
        if (desc) http_exchange_describe(res, desc, 200);
        api_report_uncaught(desc ? desc : "a request", thrown, fail_response(res));
        free(desc);
    }
    request_done(args[0]);
    ts_release(args[1]);
}

static void emit_error(api_server *as, long id, const char *msg) {
    TsValue args[2];
    if (as->on_error.tag != TS_FUNCTION) {
        if (id < 0) ts_throw_error(TS_ERR_ERROR, "%s", msg); /* like node: an unhandled 'error' ends the program */
        net_log_peer(PORT_LOG_WARN, "%s", msg);
        return;
    }
    /* the app handles it: no log line of the runtime's own */
    args[0] = ts_num((double)id);
    args[1] = ts_str_v(ts_str_from_cstr(msg));
    api_call_cb(as->on_error, 2, args, "server 'error' callback");
    ts_release(args[1]);
}

static void on_event(http_server *srv, int ev, long conn_id, const char *msg, void *ud) {
    api_server *as = (api_server *)ud;
    TsValue arg = ts_num((double)conn_id);
    (void)srv;
    switch (ev) {
    case HTTP_EV_CONNECTION: api_call_cb(as->on_conn, 1, &arg, "server 'connection' callback"); break;
    case HTTP_EV_CLOSE: api_call_cb(as->on_close, 1, &arg, "server 'close' callback"); break;
    case HTTP_EV_ERROR:
        /* found inside one of the app's calls: its handler runs after the call returns */
        if (g_in_app && as->on_error.tag == TS_FUNCTION)
            pending_add(as->obj, ts_undefined(), conn_id, msg ? msg : "error");
        else emit_error(as, conn_id, msg ? msg : "error");
        break;
    default: break;
    }
}

static void run_pending(void) {
    while (g_pending) {
        pending_err *p = g_pending;
        g_pending = p->next;
        if (!g_pending) g_pending_tail = &g_pending;
        if (p->obj) {
            if (ts_obj_native(p->obj)) emit_error((api_server *)ts_obj_native(p->obj), p->id, p->msg);
            ts_heap_release(&p->obj->h);
        } else if (p->err.tag != TS_UNDEFINED) {
            if (p->fn.tag == TS_FUNCTION) {
                api_call_cb(p->fn, 1, &p->err, p->msg);
                ts_release(p->err);
            } else {
                api_report_uncaught(p->msg, p->err, ""); /* releases it */
            }
            ts_release(p->fn);
        } else {
            TsString *m = ts_str_from_cstr(p->msg);
            TsValue e = ts_error_new(ts_str_v(m));
            ts_str_release(m);
            api_call_cb(p->fn, 1, &e, "response 'error' callback");
            ts_release(e);
            ts_release(p->fn);
        }
        free(p);
    }
}

static pending_err *pending_add(TsObject *obj, TsValue fn, long id, const char *msg) {
    size_t l = strlen(msg);
    pending_err *p = (pending_err *)calloc(1, sizeof *p + l + 1);
    if (!p) ts_panic("out of memory");
    memcpy(p->msg, msg, l + 1);
    p->id = id;
    p->obj = obj;
    if (obj) ts_heap_retain(&obj->h);
    p->fn = ts_dup(fn);
    p->err = ts_undefined();
    *g_pending_tail = p;
    g_pending_tail = &p->next;
    return p;
}

void api_raise_later(TsValue fn, TsValue err, const char *where) { pending_add(NULL, fn, -1, where)->err = err; }

TsValue api_write_after_end(void) {
    TsString *m = ts_str_from_cstr("write after end");
    TsValue e = ts_error_new(ts_str_v(m));
    ts_str_release(m);
    return e;
}

static api_server *server_of(TsValue self) {
    if (self.tag != TS_OBJECT) return NULL;
    return (api_server *)ts_obj_native(self.u.obj);
}

static unsigned opt_uint(TsValue opts, const char *name, unsigned def) {
    const char *s = api_opt_str(opts, name);
    double d;
    if (!s) return def;
    d = ts_str_to_num(ts_tmp_str(ts_str_from_cstr(s)));
    return d >= 0 && d <= 4294967295.0 ? (unsigned)d : def;
}

static TsValue srv_listen(TsValue self, int argc, const TsValue *argv) {
    api_server *as = server_of(self);
    TsValue a = ts_arg(argc, argv, 0), opts = ts_arg(argc, argv, 1);
    char addr[128], err[256];
    int rc;
    if (!as) return ts_dup(self);
    if (a.tag == TS_NUMBER) {
        double p = a.u.num;
        if (p >= 0 && p <= 65535 && p == (double)(long)p) snprintf(addr, sizeof addr, "%ld", (long)p);
        else snprintf(addr, sizeof addr, "%s", "invalid");
    } else {
        TsString *s = ts_to_string(a);
        snprintf(addr, sizeof addr, "%s", s->data);
        ts_str_release(s);
    }
    if (opts.tag == TS_OBJECT && as->srv) {
        http_limits lim;
        http_limits_default(&lim);
        lim.max_header_size = opt_uint(opts, "max_header_size", (unsigned)lim.max_header_size);
        lim.max_body_size = opt_uint(opts, "max_body_size", (unsigned)lim.max_body_size);
        lim.max_conns = opt_uint(opts, "max_connections", lim.max_conns);
        lim.idle_timeout_ms = opt_uint(opts, "idle_timeout_ms", lim.idle_timeout_ms);
        lim.request_timeout_ms = opt_uint(opts, "request_timeout_ms", lim.request_timeout_ms);
        lim.response_timeout_ms = opt_uint(opts, "response_timeout_ms", lim.response_timeout_ms);
        lim.header_timeout_ms = opt_uint(opts, "header_timeout_ms", lim.header_timeout_ms);
        lim.max_conns_per_addr = opt_uint(opts, "max_connections_per_address", lim.max_conns_per_addr);
        lim.min_send_rate = opt_uint(opts, "min_send_rate", lim.min_send_rate);
        lim.send_rate_window_ms = opt_uint(opts, "send_rate_window_ms", lim.send_rate_window_ms);
        http_server_set_limits(as->srv, &lim);
    }
    if (!as->srv) {
        snprintf(err, sizeof err, "listen %s: server was destroyed", addr);
        rc = -1;
    } else {
        /* ListenOptions ssl_cert/ssl_key[/ssl_ca_cert]: HTTPS (net/tls.h) */
        const char *cert = api_opt_str(opts, "ssl_cert");
        const char *key = api_opt_str(opts, "ssl_key");
        const char *ca = api_opt_str(opts, "ssl_ca_cert");
        if (!cert && !key && !ca) {
            rc = http_server_listen(as->srv, addr, err, sizeof err);
        } else if (!g_listen_tls) {
            snprintf(err, sizeof err,
                     "listen %s: the HTTPS server is not linked into this app (name ssl_cert in its source)", addr);
            rc = -1;
        } else {
            net_tls_opts tls;
            memset(&tls, 0, sizeof tls);
            tls.cert_file = cert;
            tls.key_file = key;
            tls.ca_file = ca;
            rc = g_listen_tls(as->srv, addr, &tls, err, sizeof err);
        }
    }
    if (rc == 0) {
        if (!as->self_ref) {
            as->self_ref = 1;
            ts_heap_retain(&as->obj->h);
        }
    } else {
        /* like node, the error arrives as an event after this call returns,
         * so that server.on('error', ...) registered afterwards sees it */
        pending_add(as->obj, ts_undefined(), -1, err);
    }
    return ts_dup(self);
}

static TsString s_connection = TS_STR_LIT("connection", 10, 10);
static TsString s_close = TS_STR_LIT("close", 5, 5);
static TsValue srv_on(TsValue self, int argc, const TsValue *argv) {
    api_server *as = server_of(self);
    TsValue ev = ts_arg(argc, argv, 0), fn = ts_arg(argc, argv, 1);
    TsValue *slot = NULL;
    if (!as) return ts_dup(self);
    if (ev.tag == TS_STRING) {
        if (ts_str_eq(ev.u.str, &s_connection)) slot = &as->on_conn;
        else if (ts_str_eq(ev.u.str, &s_close)) slot = &as->on_close;
        else if (ts_str_eq(ev.u.str, &s_error)) slot = &as->on_error;
    }
    if (slot && fn.tag == TS_FUNCTION && as->srv) ts_assign(slot, fn);
    return ts_dup(self);
}

static TsValue srv_destroy(TsValue self, int argc, const TsValue *argv) {
    api_server *as = server_of(self);
    (void)argc;
    (void)argv;
    if (as && as->srv) http_server_destroy(as->srv); /* may release as (via server_released) */
    return ts_undefined();
}

static TsString s_listen = TS_STR_LIT("listen", 6, 6);
static TsString s_destroy = TS_STR_LIT("destroy", 7, 7);
static const TsMethod server_methods[] = {
    {&s_listen, srv_listen},
    {&s_on, srv_on},
    {&s_destroy, srv_destroy},
};
static const TsClass server_class = {"Server", NULL, 3, server_methods, server_finalize, 0, NULL, NULL, 0, NULL};

TsValue ts_api_Http_createServer(int argc, const TsValue *argv) {
    TsValue fn = ts_arg(argc, argv, 0), o;
    api_server *as = (api_server *)calloc(1, sizeof *as);
    if (!as) ts_panic("out of memory");
    as->handler = as->on_conn = as->on_close = as->on_error = ts_undefined();
    as->srv = http_server_new(api_mgr(), NULL, on_request, as, server_released);
    if (!as->srv) ts_panic("out of memory creating a server");
    http_server_on(as->srv, on_event, as, NULL);
    if (fn.tag == TS_FUNCTION) ts_assign(&as->handler, fn);
    o = ts_obj_new(&server_class, 0);
    ts_obj_set_native(o.u.obj, as);
    as->obj = o.u.obj;
    return o;
}

/* ---------------------------------------------------------------- timers */
typedef struct api_timer {
    int argc;
    TsValue fn;
    TsValue argv[];
} api_timer;

static void timer_free(void *ud) {
    api_timer *t = (api_timer *)ud;
    int i;
    ts_release(t->fn);
    for (i = 0; i < t->argc; i++) ts_release(t->argv[i]);
    free(t);
}

static void timer_fire(net_mgr *m, uint32_t id, void *ud) {
    api_timer *t = (api_timer *)ud;
    (void)m;
    (void)id;
    api_call_cb(t->fn, t->argc, t->argv, "timer callback");
}

static TsValue add_timer(int argc, const TsValue *argv, int repeat) {
    TsValue fn = ts_arg(argc, argv, 0);
    double ms = argc > 1 ? ts_to_number(argv[1]) : 0;
    int extra = argc > 2 ? argc - 2 : 0, i;
    uint64_t delay;
    uint32_t id;
    api_timer *t;
    if (fn.tag != TS_FUNCTION) ts_throw_error(TS_ERR_TYPE, "The \"callback\" argument must be of type function");
    t = (api_timer *)malloc(sizeof *t + (size_t)extra * sizeof(TsValue));
    if (!t) ts_panic("out of memory");
    t->fn = ts_dup(fn);
    t->argc = extra;
    for (i = 0; i < extra; i++) t->argv[i] = ts_dup(argv[i + 2]);
    delay = net_timer_node_delay(ms);
    id = mgr_timer_add(api_mgr(), delay, repeat ? delay : 0, timer_fire, t, timer_free);
    if (!id) ts_panic("out of memory adding a timer");
    return ts_num((double)id);
}

TsValue ts_api_setTimeout(int argc, const TsValue *argv) { return add_timer(argc, argv, 0); }
TsValue ts_api_setInterval(int argc, const TsValue *argv) { return add_timer(argc, argv, 1); }

static TsValue clear_timer(int argc, const TsValue *argv) {
    TsValue v = ts_arg(argc, argv, 0);
    if (v.tag == TS_NUMBER && g_mgr && v.u.num >= 1 && v.u.num <= 4294967295.0)
        mgr_timer_cancel(g_mgr, (uint32_t)v.u.num);
    return ts_undefined();
}

TsValue ts_api_clearTimeout(int argc, const TsValue *argv) { return clear_timer(argc, argv); }
TsValue ts_api_clearInterval(int argc, const TsValue *argv) { return clear_timer(argc, argv); }

/* ------------------------------------------------ direct entry points */
TsValue api_method(TsValue self, const TsClass *cls, const TsMethod *m, int argc, const TsValue *argv) {
    if (self.tag == TS_OBJECT && self.u.obj->cls == cls && self.u.obj->count == 0) return m->fn(self, argc, argv);
    return ts_call_method(self, m->name, argc, argv);
}

TsValue ts_api_Response_writeHead(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &response_class, &response_methods[0], argc, argv);
}
TsValue ts_api_Response_write(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &response_class, &response_methods[1], argc, argv);
}
TsValue ts_api_Response_end(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &response_class, &response_methods[2], argc, argv);
}
TsValue ts_api_Response_serve(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &response_class, &response_methods[3], argc, argv);
}
TsValue ts_api_Response_on(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &response_class, &response_methods[4], argc, argv);
}
TsValue ts_api_Server_listen(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &server_class, &server_methods[0], argc, argv);
}
TsValue ts_api_Server_on(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &server_class, &server_methods[1], argc, argv);
}
TsValue ts_api_Server_destroy(TsValue self, int argc, const TsValue *argv) {
    return api_method(self, &server_class, &server_methods[2], argc, argv);
}
