/* test_http_client.c - HTTP client over the memory transport: request
 * bytes, response framing, limits, errors, abort, timeouts, streaming. */
#include "testutil.h"
#include "net/http_client.h"

typedef struct rec {
    net_mgr *m;
    net_mem_pipe *p;
    http_client *c;
    uint64_t now;
    char log[2048]; /* "R200 D" / "E D" / "d3 d3 R200 D" */
    int status, major, minor;
    char *body;
    size_t body_len;
    char hdrs[16384]; /* "Name: value\n" ... as received */
    char loc[256];    /* http_client_response_header(Location) */
    char err[600];
    char *data; /* streamed bytes */
    size_t data_len;
    int ndata;
    int done;
    int abort_in_data; /* abort on the n-th DATA event */
    int abort_in_resp;
} rec;

static uint64_t rec_clock(void *ud) { return ((rec *)ud)->now; }

static void logf_(rec *r, const char *s) {
    if (strlen(r->log) + strlen(s) + 2 < sizeof r->log) {
        if (r->log[0]) strcat(r->log, " ");
        strcat(r->log, s);
    }
}

static void on_ev(http_client *c, int ev, const void *d, void *ud) {
    rec *r = (rec *)ud;
    char b[64];
    size_t i;
    assert_ptr_equal(c, r->c);
    assert_int_equal(r->done, 0); /* nothing after DONE */
    switch (ev) {
    case HTTP_CLIENT_EV_DATA: {
        const http_client_chunk *ch = (const http_client_chunk *)d;
        r->data = (char *)realloc(r->data, r->data_len + ch->len + 1);
        memcpy(r->data + r->data_len, ch->data, ch->len);
        r->data_len += ch->len;
        r->data[r->data_len] = 0;
        r->ndata++;
        if (r->ndata <= 3) {
            snprintf(b, sizeof b, "d%lu", (unsigned long)ch->len);
            logf_(r, b);
        }
        if (r->abort_in_data && r->ndata == r->abort_in_data) http_client_abort(c);
        break;
    }
    case HTTP_CLIENT_EV_RESPONSE: {
        const http_client_response *res = (const http_client_response *)d;
        const char *l;
        snprintf(b, sizeof b, "R%d", res->status);
        logf_(r, b);
        r->status = res->status;
        r->major = res->http_major;
        r->minor = res->http_minor;
        r->body = (char *)malloc(res->body_len + 1);
        memcpy(r->body, res->body, res->body_len + 1);
        r->body_len = res->body_len;
        assert_int_equal(res->body[res->body_len], 0);
        for (i = 0; i < res->num_headers; i++) {
            size_t n = strlen(r->hdrs);
            snprintf(r->hdrs + n, sizeof r->hdrs - n, "%s: %s\n", res->headers[i].name, res->headers[i].value);
        }
        l = http_client_response_header(res, "location");
        snprintf(r->loc, sizeof r->loc, "%s", l ? l : "");
        if (r->abort_in_resp) http_client_abort(c);
        assert_int_equal(http_client_write(c, "x", 1), -1);
        break;
    }
    case HTTP_CLIENT_EV_ERROR:
        logf_(r, "E");
        snprintf(r->err, sizeof r->err, "%s", (const char *)d);
        break;
    case HTTP_CLIENT_EV_DONE:
        assert_null(d);
        logf_(r, "D");
        r->done = 1;
        break;
    default: fail();
    }
}

static int setup(void **state) {
    rec *r = (rec *)calloc(1, sizeof *r);
    r->m = mgr_new();
    r->now = 1000;
    mgr_set_clock(r->m, rec_clock, r);
    r->p = net_mem_pipe_new();
    *state = r;
    return 0;
}

static int teardown(void **state) {
    rec *r = (rec *)*state;
    mgr_free(r->m);
    net_mem_pipe_free(r->p);
    free(r->body);
    free(r->data);
    free(r);
    return 0;
}

static void pump(rec *r, int n) {
    int i;
    for (i = 0; i < n; i++) mgr_poll(r->m, 0);
}

static void opts_init(http_client_opts *o) {
    memset(o, 0, sizeof *o);
    o->host = "127.0.0.1";
    o->port = 8000;
    o->path = "/x";
}

static http_client *start(rec *r, const http_client_opts *o) {
    char err[300] = "";
    r->c = http_client_new_mem(r->m, r->p, o, on_ev, r, err, sizeof err);
    if (!r->c) fprintf(stderr, "http_client_new_mem: %s\n", err);
    assert_non_null(r->c);
    assert_string_equal(r->log, "");
    return r->c;
}

/* What the client sent so far (NUL-terminated copy, consumed). */
static char *sent(rec *r) {
    size_t n;
    const unsigned char *o = net_mem_pipe_output(r->p, &n);
    char *s = (char *)malloc(n + 1);
    if (n) memcpy(s, o, n);
    s[n] = 0;
    net_mem_pipe_consume(r->p, n);
    return s;
}

static void srv(rec *r, const char *s) {
    if (*s) assert_int_equal(net_mem_pipe_write(r->p, s, strlen(s)), 0);
}

/* Start a GET /x, answer with resp (then EOF if shut), run the loop. */
static void get_with(rec *r, const char *resp, int shut, size_t chunk) {
    http_client_opts o;
    opts_init(&o);
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    free(sent(r));
    if (chunk) net_mem_pipe_set_read_chunk(r->p, chunk);
    srv(r, resp);
    if (shut) net_mem_pipe_shutdown(r->p);
    pump(r, (int)strlen(resp) + 5);
}

/* ------------------------------------------------------------- requests */
static void test_get_serialised(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    http_header h[] = {{"X-A", "1"}, {"accept", "text/plain, */*"}};
    char *s;
    opts_init(&o);
    o.headers = h;
    o.num_headers = 2;
    start(r, &o);
    assert_string_equal(http_client_describe(r->c), "GET http://127.0.0.1:8000/x");
    assert_int_equal(http_client_end(r->c, NULL, 0), 0);
    assert_string_equal(r->log, "");
    pump(r, 2);
    s = sent(r);
    assert_string_equal(s, "GET /x HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nX-A: 1\r\naccept: text/plain, */*\r\n"
                           "Accept-Encoding: identity\r\nConnection: close\r\n\r\n");
    free(s);
    srv(r, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello");
    pump(r, 3);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "hello");
    assert_string_equal(r->hdrs, "Content-Length: 5\nContent-Type: text/plain\n");
    assert_int_equal(r->major, 1);
    assert_int_equal(r->minor, 1);
    assert_int_equal(mgr_conn_count(r->m), 0);
}

static void test_post_serialised(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    http_header h[] = {{"Content-Type", "text/plain"}};
    char *s;
    opts_init(&o);
    o.method = "post"; /* upper-cased like node */
    o.host = "example.com";
    o.port = 0;
    o.path = "/p?q=1";
    o.headers = h;
    o.num_headers = 1;
    start(r, &o);
    assert_string_equal(http_client_describe(r->c), "POST http://example.com/p?q=1");
    assert_int_equal(http_client_write(r->c, "abc", 3), 0);
    assert_int_equal(http_client_write(r->c, NULL, 0), 0);
    assert_int_equal(http_client_end(r->c, "de", 2), 0);
    assert_int_equal(http_client_end(r->c, "de", 2), -1);
    assert_int_equal(http_client_write(r->c, "z", 1), -1);
    pump(r, 2);
    s = sent(r);
    assert_string_equal(s, "POST /p?q=1 HTTP/1.1\r\nHost: example.com\r\nContent-Type: text/plain\r\n"
                           "Accept-Encoding: identity\r\nContent-Length: 5\r\nConnection: close\r\n\r\nabcde");
    free(s);
    srv(r, "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
    pump(r, 3);
    assert_string_equal(r->log, "R201 D");
    assert_int_equal(r->body_len, 0);
    assert_string_equal(r->body, "");
}

static void test_post_empty_and_given_headers(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    http_header h[] = {{"host", "other:1"}, {"content-length", "3"}, {"connection", "keep-alive"}};
    char *s;
    opts_init(&o);
    o.method = "PUT";
    o.headers = h;
    o.num_headers = 3;
    start(r, &o);
    http_client_end(r->c, "xyz", 3);
    pump(r, 2);
    s = sent(r);
    assert_string_equal(s, "PUT /x HTTP/1.1\r\nhost: other:1\r\ncontent-length: 3\r\nconnection: "
                           "keep-alive\r\nAccept-Encoding: identity\r\n\r\nxyz");
    free(s);
    http_client_abort(r->c);
    pump(r, 2);
    assert_string_equal(r->log, "D");
    /* an empty POST announces Content-Length: 0 (like node) */
    r->done = 0;
    r->log[0] = 0;
    opts_init(&o);
    o.method = "POST";
    o.tls = 0;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    s = sent(r);
    assert_string_equal(s, "POST /x HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept-Encoding: identity\r\nContent-Length: "
                           "0\r\nConnection: close\r\n\r\n");
    free(s);
}

static void test_ipv6_host(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    char *s;
    opts_init(&o);
    o.host = "::1";
    o.port = 8080;
    o.path = NULL;
    start(r, &o);
    assert_string_equal(http_client_describe(r->c), "GET http://[::1]:8080/");
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    s = sent(r);
    assert_string_equal(s,
                        "GET / HTTP/1.1\r\nHost: [::1]:8080\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n");
    free(s);
}

static void test_content_length_mismatch(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    http_header h[] = {{"Content-Length", "10"}};
    char *s;
    opts_init(&o);
    o.method = "POST";
    o.headers = h;
    o.num_headers = 1;
    start(r, &o);
    assert_int_equal(http_client_end(r->c, "abc", 3), -1);
    assert_string_equal(r->log, ""); /* reported from the loop */
    pump(r, 2);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "POST http://127.0.0.1:8000/x: Content-Length header says 10 bytes but the body has 3");
    s = sent(r);
    assert_string_equal(s, "");
    free(s);
}

/* ------------------------------------------------------------ responses */
static void test_chunked_bytewise_trailers(void **state) {
    rec *r = (rec *)*state;
    get_with(r,
             "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n"
             "5\r\nhello\r\n1;ext=1\r\n \r\n6\r\nworld!\r\n0\r\nX-T: t\r\n\r\n",
             0, 1);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "hello world!");
    assert_string_equal(r->hdrs, "Transfer-Encoding: chunked\nTrailer: X-T\n"); /* trailers not added */
}

static void test_close_delimited(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.0 200 OK\r\nServer: old\r\n\r\nall of this until close", 1, 7);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "all of this until close");
    assert_int_equal(r->major, 1);
    assert_int_equal(r->minor, 0);
}

static void test_close_delimited_11(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\n\r\nabc", 0, 0);
    assert_string_equal(r->log, ""); /* still waiting for the end */
    net_mem_pipe_shutdown(r->p);
    pump(r, 3);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "abc");
}

static void test_continue_skipped(void **state) {
    rec *r = (rec *)*state;
    get_with(r,
             "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
             "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
             0, 5);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "ok");
    assert_string_equal(r->hdrs, "Content-Length: 2\n");
}

static void test_no_body_statuses(void **state) {
    rec *r = (rec *)*state;
    /* 304 with a Content-Length: no body, delivered without waiting */
    get_with(r, "HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\nETag: \"x\"\r\n\r\n", 0, 0);
    assert_string_equal(r->log, "R304 D");
    assert_int_equal(r->body_len, 0);
}

static void test_204(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 204 No Content\r\n\r\n", 0, 0);
    assert_string_equal(r->log, "R204 D");
    assert_int_equal(r->body_len, 0);
}

static void test_head(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    char *s;
    opts_init(&o);
    o.method = "HEAD";
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    s = sent(r);
    assert_string_equal(
        s, "HEAD /x HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n");
    free(s);
    srv(r, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
    pump(r, 3);
    assert_string_equal(r->log, "R200 D");
    assert_int_equal(r->body_len, 0);
    assert_string_equal(r->hdrs, "Content-Length: 100\n");
}

static void test_redirect_returned(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 301 Moved Permanently\r\nLocation: http://127.0.0.1:8000/y\r\nContent-Length: 3\r\n\r\nmov",
             0, 0);
    assert_string_equal(r->log, "R301 D");
    assert_string_equal(r->loc, "http://127.0.0.1:8000/y");
    assert_string_equal(r->body, "mov");
    assert_int_equal(mgr_conn_count(r->m), 0); /* no second request */
}

static void test_duplicate_headers(void **state) {
    rec *r = (rec *)*state;
    get_with(r,
             "HTTP/1.1 200 OK\r\nset-COOKIE: a=1\r\nX-Empty:\r\nSet-Cookie: b=2\r\nX-Sp:   v w  \r\n"
             "Content-Length: 0\r\n\r\n",
             0, 3);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->hdrs, "set-COOKIE: a=1\nX-Empty: \nSet-Cookie: b=2\nX-Sp: v w  \nContent-Length: 0\n");
}

static void test_extra_bytes_ignored(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nAgarbage after the response", 0, 0);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "A");
}

static void test_response_before_end(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.method = "POST";
    start(r, &o);
    http_client_write(r->c, "abc", 3);
    pump(r, 2);
    srv(r, "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\n\r\n");
    pump(r, 2);
    assert_string_equal(r->log, "R413 D"); /* end() inside RESPONSE returned -1 */
}

static void test_101_returned(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x05hello", 0,
             0);
    assert_string_equal(r->log, "R101 D");
    assert_int_equal(r->body_len, 0);
    assert_string_equal(r->hdrs, "Upgrade: websocket\nConnection: Upgrade\n");
}

static void test_te_and_cl_refused(void **state) {
    rec *r = (rec *)*state;
    /* both framings: refused (llhttp strict mode; RFC 9112 6.3 allows
     * treating it as an error, and it is the classic smuggling shape) */
    get_with(r, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n", 0,
             0);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: malformed response: Content-Length can't be present "
                                "with Transfer-Encoding (HPE_UNEXPECTED_CONTENT_LENGTH)");
}

static void test_te_not_chunked_reads_to_close(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nraw", 1, 0);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "raw");
}

static void test_http10_keep_alive_cl(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\nabc", 0, 0);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "abc");
    assert_int_equal(r->minor, 0);
}

/* ---------------------------------------------------------------- errors */
static void test_malformed_status(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 2x0 OK\r\n\r\n", 0, 0);
    assert_string_equal(r->log, "E D");
    assert_string_equal(
        r->err, "GET http://127.0.0.1:8000/x: malformed response: Invalid response status (HPE_INVALID_STATUS)");
}

static void test_status_zero(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 000 Zero\r\nContent-Length: 0\r\n\r\n", 0, 0); /* found by fuzz_http_client */
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: malformed response: invalid status code 0");
}

static void test_garbage(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "SSH-2.0-OpenSSH\r\n", 0, 0);
    assert_string_equal(r->log, "E D");
    assert_non_null(strstr(r->err, "GET http://127.0.0.1:8000/x: malformed response: "));
}

static void test_bad_chunk(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 0, 0);
    assert_string_equal(r->log, "E D");
    assert_non_null(strstr(r->err, "malformed response: "));
    assert_non_null(strstr(r->err, "HPE_INVALID_CHUNK_SIZE"));
}

static void test_early_close_body(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", 1, 0);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: connection closed before the response was complete "
                                "(after 3 of 10 body bytes)");
}

static void test_early_close_nothing(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "", 1, 0);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: connection closed before the response was complete "
                                "(nothing received)");
}

static void test_early_close_headers(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nContent-Le", 1, 0);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: connection closed before the response was complete "
                                "(in the headers)");
}

static void test_early_close_chunked(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n4\r\nab", 1, 0);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: connection closed before the response was complete "
                                "(in the chunked body, after 6 bytes)");
}

static void test_pipe_freed(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab", 0, 0);
    net_mem_pipe_free(r->p);
    r->p = NULL;
    pump(r, 2);
    assert_string_equal(r->log, "E D");
    assert_non_null(strstr(r->err, "GET http://127.0.0.1:8000/x: "));
}

static void test_mgr_free_active(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab", 0, 0);
    mgr_free(r->m);
    r->m = mgr_new();
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: connection closed before the response was complete");
}

static void test_oversize_cl(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.max_response_size = 1024;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    srv(r, "HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n");
    pump(r, 3);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: response body larger than 1024 bytes");
}

/* A request body past max_request_size: the request fails, nothing is sent. */
static void test_request_body_limit(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    char *s;
    opts_init(&o);
    o.method = "POST";
    o.max_request_size = 4;
    start(r, &o);
    assert_int_equal(http_client_write(r->c, "abcd", 4), 0);
    assert_int_equal(http_client_end(r->c, "e", 1), -1);
    pump(r, 3);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "POST http://127.0.0.1:8000/x: request body larger than 4 bytes");
    s = sent(r);
    assert_string_equal(s, "");
    free(s);
}

/* The caller's own refusal (the device API's request body limit) arrives as an error. */
static void test_fail_from_caller(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    start(r, &o);
    http_client_fail(r->c, "refused by the app");
    http_client_fail(r->c, "only the first counts");
    pump(r, 3);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: refused by the app");
}

static void test_oversize_chunked(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    int i;
    opts_init(&o);
    o.max_response_size = 1000;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    srv(r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (i = 0; i < 20 && !r->done; i++) {
        srv(r, "64\r\n");
        srv(r, "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789");
        srv(r, "\r\n");
        pump(r, 2);
    }
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: response body larger than 1000 bytes");
}

static void test_oversize_default_close_delimited(void **state) {
    rec *r = (rec *)*state;
    static char blk[65536];
    int i;
    get_with(r, "HTTP/1.0 200 OK\r\n\r\n", 0, 0);
    memset(blk, 'z', sizeof blk);
    for (i = 0; i < 20 && !r->done; i++) {
        net_mem_pipe_write(r->p, blk, sizeof blk);
        pump(r, 40);
    }
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: response body larger than 1048576 bytes");
}

static void test_oversize_headers(void **state) {
    rec *r = (rec *)*state;
    static char big[20000];
    get_with(r, "HTTP/1.1 200 OK\r\nX-Big: ", 0, 0);
    memset(big, 'h', sizeof big - 1);
    srv(r, big);
    pump(r, 20);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: response headers larger than 16384 bytes");
}

/* The limits are bytes: 100 Set-Cookie lines fit; the count only guards
 * the index against a flood of tiny headers. */
static void test_many_headers(void **state) {
    rec *r = (rec *)*state;
    int i;
    get_with(r, "HTTP/1.1 200 OK\r\n", 0, 0);
    for (i = 0; i < 100; i++) {
        char line[120];
        snprintf(line, sizeof line, "Set-Cookie: c%d=%040d; Path=/; HttpOnly; Secure\r\n", i, i);
        srv(r, line);
    }
    srv(r, "Content-Length: 2\r\n\r\nok");
    pump(r, 5);
    assert_string_equal(r->log, "R200 D");
    assert_string_equal(r->body, "ok");
    assert_non_null(strstr(r->hdrs, "Set-Cookie: c99=0000000000000000000000000000000000000099; Path=/"));
}

static void test_too_many_headers(void **state) {
    rec *r = (rec *)*state;
    int i;
    get_with(r, "HTTP/1.1 200 OK\r\n", 0, 0);
    for (i = 0; i < 1200; i++) srv(r, "A: b\r\n");
    srv(r, "\r\n");
    pump(r, 5);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: more than 1000 response headers");
}

/* Accept-Encoding: the app's own wins */
static void test_accept_encoding_given(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    http_header h[] = {{"accept-encoding", "gzip"}};
    char *s;
    opts_init(&o);
    o.headers = h;
    o.num_headers = 1;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    s = sent(r);
    assert_string_equal(
        s, "GET /x HTTP/1.1\r\nHost: 127.0.0.1:8000\r\naccept-encoding: gzip\r\nConnection: close\r\n\r\n");
    free(s);
}

/* ------------------------------------------------------- abort, timeout */
static void test_abort_before_send(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    start(r, &o);
    http_client_abort(r->c);
    assert_string_equal(r->log, ""); /* never from inside abort */
    assert_int_equal(http_client_end(r->c, NULL, 0), -1);
    http_client_abort(r->c); /* twice is harmless */
    pump(r, 2);
    assert_string_equal(r->log, "D");
}

static void test_abort_mid_response(void **state) {
    rec *r = (rec *)*state;
    get_with(r, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab", 0, 0);
    assert_string_equal(r->log, "");
    http_client_abort(r->c);
    assert_string_equal(r->log, "");
    srv(r, "cdefghij");
    pump(r, 3);
    assert_string_equal(r->log, "D");
}

static void test_abort_after_error_recorded(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    http_header h[] = {{"Content-Length", "10"}};
    opts_init(&o);
    o.headers = h;
    o.num_headers = 1;
    start(r, &o);
    assert_int_equal(http_client_end(r->c, "a", 1), -1);
    http_client_abort(r->c); /* before the error went out */
    pump(r, 2);
    assert_string_equal(r->log, "D");
}

static void test_abort_in_data(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.stream_body = 1;
    start(r, &o);
    r->abort_in_data = 2;
    http_client_end(r->c, NULL, 0);
    net_mem_pipe_set_read_chunk(r->p, 40);
    srv(r, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
    srv(r, "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789");
    pump(r, 10);
    assert_string_equal(r->log, "d40 d40 D");
}

static void test_abort_in_response_cb(void **state) {
    rec *r = (rec *)*state;
    r->abort_in_resp = 1;
    get_with(r, "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA", 0, 0);
    assert_string_equal(r->log, "R200 D");
}

static void test_timeout_no_response(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.timeout_ms = 500;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    r->now += 499;
    pump(r, 2);
    assert_string_equal(r->log, "");
    r->now += 1;
    pump(r, 2);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: no response within 500 ms");
}

static void test_timeout_restarts_on_progress(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.timeout_ms = 500;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    r->now += 400;
    srv(r, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab");
    pump(r, 2);
    r->now += 400;
    pump(r, 2);
    srv(r, "c");
    pump(r, 2);
    r->now += 400;
    pump(r, 2);
    assert_string_equal(r->log, "");
    r->now += 100;
    pump(r, 2);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: response stalled: nothing received for 500 ms");
}

/* The deadline bounds the whole exchange: a server that trickles a byte
 * every 400 ms keeps the idle timeout (500 ms) happy, not the deadline. */
static void test_deadline(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    int i;
    opts_init(&o);
    o.timeout_ms = 500;
    o.deadline_ms = 3000;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    srv(r, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
    for (i = 0; i < 7; i++) {
        r->now += 400;
        srv(r, "x");
        pump(r, 2);
    }
    assert_string_equal(r->log, "");
    r->now += 199; /* 2999 ms */
    pump(r, 2);
    assert_string_equal(r->log, "");
    r->now += 1;
    pump(r, 2);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: response not complete within 3000 ms (the request's "
                                "deadline)");
}

/* Without an idle timeout, the deadline alone. */
static void test_deadline_alone(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.deadline_ms = 1000;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    r->now += 999;
    pump(r, 2);
    assert_string_equal(r->log, "");
    r->now += 1;
    pump(r, 2);
    assert_string_equal(r->log, "E D");
}

/* A response complete in time is not touched by the deadline. */
static void test_deadline_met(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.deadline_ms = 1000;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    r->now += 999;
    srv(r, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    pump(r, 3);
    r->now += 5000;
    pump(r, 2);
    assert_string_equal(r->log, "R200 D");
}

static void test_set_timeout(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    start(r, &o); /* no timeout */
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    r->now += 100000;
    pump(r, 2);
    assert_string_equal(r->log, "");
    http_client_set_timeout(r->c, 50);
    r->now += 49;
    pump(r, 2);
    assert_string_equal(r->log, "");
    r->now += 1;
    pump(r, 2);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:8000/x: no response within 50 ms");
}

static void test_timeout_disabled(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.timeout_ms = 10;
    start(r, &o);
    http_client_set_timeout(r->c, 0);
    http_client_end(r->c, NULL, 0);
    r->now += 100000;
    pump(r, 3);
    assert_string_equal(r->log, "");
    http_client_abort(r->c);
    pump(r, 2);
    assert_string_equal(r->log, "D");
}

/* ------------------------------------------------------------ streaming */
static void test_stream_body(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    static char big[3000];
    size_t i;
    opts_init(&o);
    o.stream_body = 1;
    o.max_response_size = 100; /* the streamed body is not limited */
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    pump(r, 2);
    for (i = 0; i < sizeof big; i++) big[i] = (char)('a' + i % 26);
    net_mem_pipe_set_read_chunk(r->p, 1000);
    srv(r, "HTTP/1.1 200 OK\r\nContent-Length: 3000\r\n\r\n");
    net_mem_pipe_write(r->p, big, sizeof big);
    pump(r, 10);
    assert_string_equal(r->log, "d959 d1000 d1000 R200 D");
    assert_int_equal(r->ndata, 4);
    assert_int_equal(r->data_len, 3000);
    assert_memory_equal(r->data, big, 3000);
    assert_int_equal(r->body_len, 0);
    assert_string_equal(r->body, "");
}

static void test_stream_chunked(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    opts_init(&o);
    o.stream_body = 1;
    start(r, &o);
    http_client_end(r->c, NULL, 0);
    srv(r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
    pump(r, 4);
    assert_string_equal(r->log, "d3 d2 R200 D");
    assert_string_equal(r->data, "abcde");
}

/* ---------------------------------------------------------- bad options */
static void expect_bad(rec *r, const http_client_opts *o, const char *msg) {
    char err[300] = "";
    http_client *c = http_client_new_mem(r->m, r->p, o, on_ev, r, err, sizeof err);
    assert_null(c);
    assert_string_equal(err, msg);
    assert_int_equal(mgr_conn_count(r->m), 0);
}

static void test_bad_options(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    http_header h[2];
    char err[200];
    opts_init(&o);
    o.host = NULL;
    expect_bad(r, &o, "http request: no host given");
    expect_bad(r, NULL, "http request: no host given");
    o.host = "";
    expect_bad(r, &o, "http request: no host given");
    o.host = "a b";
    expect_bad(r, &o, "http request: invalid host 'a b'");
    o.host = "evil\r\nX: y";
    expect_bad(r, &o, "http request: invalid host 'evil\\r\\nX: y'");
    o.host = "1::2::3";
    expect_bad(r, &o, "http request: invalid host '1::2::3'");
    o.host = "[::1";
    expect_bad(r, &o, "http request: invalid host '[::1'");
    o.host = "127.0.0.1";
    o.method = "GE T";
    expect_bad(r, &o, "http request to 127.0.0.1: invalid method 'GE T'");
    o.method = "GET\r\n";
    expect_bad(r, &o, "http request to 127.0.0.1: invalid method 'GET\\r\\n'");
    o.method = "";
    expect_bad(r, &o, "http request to 127.0.0.1: invalid method ''");
    o.method = NULL;
    o.path = "/a b";
    expect_bad(r, &o, "GET http://127.0.0.1:8000/a b: request path contains unescaped characters (or is empty)");
    o.path = "/a\r\nX: 1";
    expect_bad(r, &o,
               "GET http://127.0.0.1:8000/a\\r\\nX: 1: request path contains unescaped characters (or is empty)");
    o.path = "";
    expect_bad(r, &o, "GET http://127.0.0.1:8000: request path contains unescaped characters (or is empty)");
    o.path = "/x";
    o.headers = h;
    o.num_headers = 1;
    h[0].name = "X-A";
    h[0].value = "1\r\nInjected: yes";
    expect_bad(r, &o, "GET http://127.0.0.1:8000/x: header 'X-A' has a CR, LF or other control character in its value");
    h[0].name = "X\nB";
    h[0].value = "1";
    expect_bad(r, &o, "GET http://127.0.0.1:8000/x: invalid header name 'X\\nB'");
    h[0].name = "";
    expect_bad(r, &o, "GET http://127.0.0.1:8000/x: invalid header name ''");
    h[0].name = NULL;
    expect_bad(r, &o, "GET http://127.0.0.1:8000/x: invalid header name '(null)'");
    h[0].name = "X-A";
    h[0].value = NULL;
    expect_bad(r, &o, "GET http://127.0.0.1:8000/x: header 'X-A' has no value");
    h[0].name = "Transfer-Encoding";
    h[0].value = "chunked";
    expect_bad(r, &o,
               "GET http://127.0.0.1:8000/x: a Transfer-Encoding request header is not supported "
               "(the body is sent with Content-Length)");
    h[0].name = "Content-Length";
    h[0].value = "-1";
    expect_bad(r, &o, "GET http://127.0.0.1:8000/x: invalid Content-Length header '-1'");
    h[0].value = "1";
    h[1].name = "content-length";
    h[1].value = "1";
    o.num_headers = 2;
    expect_bad(r, &o, "GET http://127.0.0.1:8000/x: invalid Content-Length header '1'");
    o.num_headers = 3;
    o.headers = NULL;
    expect_bad(r, &o, "GET http://127.0.0.1:8000/x: num_headers is 3 but headers is NULL");
    o.num_headers = 0;
    o.tls = 1;
    o.port = 0;
    expect_bad(r, &o, "GET https://127.0.0.1/x: TLS is not available over a memory pipe");
    /* https without mgr_connect_tls: the app was linked without the TLS client */
    assert_null(http_client_new(r->m, &o, on_ev, r, err, sizeof err));
    assert_string_equal(err, "GET https://127.0.0.1/x: HTTPS is not linked into this app");
    o.tls = 0;
    assert_null(http_client_new_mem(r->m, NULL, &o, on_ev, r, err, sizeof err));
    assert_string_equal(err, "http request: no memory pipe");
    assert_null(http_client_new(NULL, &o, on_ev, r, NULL, 0)); /* err may be NULL */
    assert_string_equal(r->log, "");
}

/* A real socket on loopback: connection errors come through with the
 * request's prefix, from the loop. */
static void test_connect_refused(void **state) {
    rec *r = (rec *)*state;
    http_client_opts o;
    char err[200];
    int i;
    mgr_set_clock(r->m, NULL, NULL);
    opts_init(&o);
    o.port = 1;
    o.timeout_ms = 5000;
    r->c = http_client_new(r->m, &o, on_ev, r, err, sizeof err);
    assert_non_null(r->c);
    http_client_end(r->c, NULL, 0);
    assert_string_equal(r->log, "");
    for (i = 0; i < 200 && !r->done; i++) mgr_poll(r->m, 20);
    assert_string_equal(r->log, "E D");
    assert_string_equal(r->err, "GET http://127.0.0.1:1/x: connect 127.0.0.1:1: Connection refused");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_get_serialised, setup, teardown),
        cmocka_unit_test_setup_teardown(test_post_serialised, setup, teardown),
        cmocka_unit_test_setup_teardown(test_post_empty_and_given_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ipv6_host, setup, teardown),
        cmocka_unit_test_setup_teardown(test_content_length_mismatch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_chunked_bytewise_trailers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_close_delimited, setup, teardown),
        cmocka_unit_test_setup_teardown(test_close_delimited_11, setup, teardown),
        cmocka_unit_test_setup_teardown(test_continue_skipped, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_body_statuses, setup, teardown),
        cmocka_unit_test_setup_teardown(test_204, setup, teardown),
        cmocka_unit_test_setup_teardown(test_head, setup, teardown),
        cmocka_unit_test_setup_teardown(test_redirect_returned, setup, teardown),
        cmocka_unit_test_setup_teardown(test_duplicate_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_extra_bytes_ignored, setup, teardown),
        cmocka_unit_test_setup_teardown(test_response_before_end, setup, teardown),
        cmocka_unit_test_setup_teardown(test_101_returned, setup, teardown),
        cmocka_unit_test_setup_teardown(test_te_and_cl_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_te_not_chunked_reads_to_close, setup, teardown),
        cmocka_unit_test_setup_teardown(test_http10_keep_alive_cl, setup, teardown),
        cmocka_unit_test_setup_teardown(test_malformed_status, setup, teardown),
        cmocka_unit_test_setup_teardown(test_status_zero, setup, teardown),
        cmocka_unit_test_setup_teardown(test_garbage, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_chunk, setup, teardown),
        cmocka_unit_test_setup_teardown(test_early_close_body, setup, teardown),
        cmocka_unit_test_setup_teardown(test_early_close_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_early_close_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_early_close_chunked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pipe_freed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_mgr_free_active, setup, teardown),
        cmocka_unit_test_setup_teardown(test_oversize_cl, setup, teardown),
        cmocka_unit_test_setup_teardown(test_request_body_limit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fail_from_caller, setup, teardown),
        cmocka_unit_test_setup_teardown(test_oversize_chunked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_oversize_default_close_delimited, setup, teardown),
        cmocka_unit_test_setup_teardown(test_oversize_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_too_many_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_accept_encoding_given, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deadline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deadline_alone, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deadline_met, setup, teardown),
        cmocka_unit_test_setup_teardown(test_abort_before_send, setup, teardown),
        cmocka_unit_test_setup_teardown(test_abort_mid_response, setup, teardown),
        cmocka_unit_test_setup_teardown(test_abort_after_error_recorded, setup, teardown),
        cmocka_unit_test_setup_teardown(test_abort_in_data, setup, teardown),
        cmocka_unit_test_setup_teardown(test_abort_in_response_cb, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timeout_no_response, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timeout_restarts_on_progress, setup, teardown),
        cmocka_unit_test_setup_teardown(test_set_timeout, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timeout_disabled, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stream_body, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stream_chunked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_options, setup, teardown),
        cmocka_unit_test_setup_teardown(test_connect_refused, setup, teardown),
    };
    return cmocka_run_group_tests_name("http_client", tests, NULL, NULL);
}
