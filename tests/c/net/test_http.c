/* test_http.c - HTTP server through the memory transport. */
#include "testutil.h"

static http_exchange *g_later;
static int g_drains;      /* HTTP_EXCHANGE_EV_DRAIN events seen */
static int g_write_rc[4]; /* what the writes of /bp and /big-* returned */

static void bp_event(http_exchange *res, int ev, void *ud) {
    (void)ud;
    if (ev != HTTP_EXCHANGE_EV_DRAIN) return;
    g_drains++;
    http_exchange_end(res, "end", 3);
}

static void later_cb(net_mgr *m, uint32_t id, void *ud) {
    http_exchange *res = (http_exchange *)ud;
    (void)m;
    (void)id;
    http_exchange_end(res, "late", 4);
    http_exchange_unref(res);
}

static void handler(http_server *s, http_req *req, http_exchange *res, void *ud) {
    fx *f = (fx *)ud;
    const char *p = req->path;
    (void)s;
    if (strcmp(p, "/hello") == 0) {
        http_header h[] = {{"Content-Type", "text/plain"}};
        http_exchange_write_head(res, 200, h, 1);
        http_exchange_write(res, req->url, strlen(req->url));
        http_exchange_end(res, "\n", 1);
    } else if (strcmp(p, "/echo") == 0) {
        http_exchange_end(res, req->body, req->body_len);
    } else if (strcmp(p, "/len") == 0) {
        http_header h[] = {{"Content-Length", "5"}};
        http_exchange_write_head(res, 200, h, 1);
        http_exchange_end(res, "hello", 5);
    } else if (strcmp(p, "/chunks") == 0) {
        http_exchange_write(res, "a", 1);
        http_exchange_write(res, "bc", 2);
        http_exchange_end(res, NULL, 0);
    } else if (strcmp(p, "/later") == 0) {
        http_exchange_ref(res);
        g_later = res;
        mgr_timer_add(f->m, 100, 0, later_cb, res, NULL);
    } else if (strcmp(p, "/never") == 0) {
        /* never answers */
    } else if (strcmp(p, "/hdr") == 0) {
        const char *v = http_req_header(req, "x-TEST");
        http_exchange_end(res, v ? v : "none", v ? strlen(v) : 4);
    } else if (strcmp(p, "/info") == 0) {
        char b[512];
        snprintf(b, sizeof b, "m=%s path=%s q=%s ip=%s id=%ld v=%d.%d n=%lu", req->method, req->path, req->query,
                 req->remote_addr, req->conn_id, req->http_major, req->http_minor, (unsigned long)req->num_headers);
        http_exchange_end(res, b, strlen(b));
    } else if (strcmp(p, "/204") == 0) {
        http_exchange_write_head(res, 204, NULL, 0);
        http_exchange_end(res, "ignored", 7);
    } else if (strncmp(p, "/bad-", 5) == 0) {
        /* heads the server refuses; the app goes on writing */
        static const http_header cr[] = {{"Content-Type", "text/plain"}, {"X-Evil", "a\r\nSet-Cookie: x=1"}};
        static const http_header lf[] = {{"X-Evil", "a\nLocation: //evil"}};
        static const http_header name[] = {{"X-Evil\r\nSet-Cookie", "x=1"}};
        static const http_header cl[] = {{"Content-Length", "5\r\n\r\nHTTP/1.1 200 OK"}};
        int rc = strcmp(p, "/bad-header") == 0      ? http_exchange_write_head(res, 200, cr, 2)
                 : strcmp(p, "/bad-header-lf") == 0 ? http_exchange_write_head(res, 200, lf, 1)
                 : strcmp(p, "/bad-name") == 0      ? http_exchange_write_head(res, 200, name, 1)
                 : strcmp(p, "/bad-cl") == 0        ? http_exchange_write_head(res, 200, cl, 1)
                                                    : http_exchange_write_head(res, 1000, NULL, 0);
        assert_int_equal(rc, -1);
        assert_int_equal(http_exchange_write(res, "Set-Cookie: leaked=1\r\n", 23), -1);
        assert_int_equal(http_exchange_end(res, "leaked", 6), -1);
    } else if (strcmp(p, "/destroy") == 0) {
        http_exchange_end(res, "bye", 3);
        http_server_destroy(f->s);
        f->s = NULL;
    } else if (strcmp(p, "/bp") == 0) {
        /* high-water mark 1024: the second write reaches it */
        char b[700];
        int i;
        memset(b, 'b', sizeof b);
        http_exchange_on_event(res, bp_event, NULL);
        http_exchange_write_head(res, 200, NULL, 0);
        for (i = 0; i < 3; i++) g_write_rc[i] = http_exchange_write(res, b, sizeof b);
    } else if (strcmp(p, "/big-end") == 0) {
        static char big[5000]; /* past max_tx_buffer (4096) */
        g_write_rc[0] = http_exchange_end(res, big, sizeof big);
    } else if (strcmp(p, "/big-write") == 0) {
        static char part[3000];
        memset(part, 'p', sizeof part);
        http_exchange_write_head(res, 200, NULL, 0);
        g_write_rc[0] = http_exchange_write(res, part, sizeof part);
        g_write_rc[1] = http_exchange_write(res, part, sizeof part);
        g_write_rc[2] = http_exchange_end(res, NULL, 0);
    } else if (strcmp(p, "/short") == 0) {
        http_header h[] = {{"Content-Length", "10"}};
        http_exchange_write_head(res, 200, h, 1);
        http_exchange_end(res, "abc", 3);
    } else {
        http_exchange_end(res, "default", 7);
    }
}

static int setup(void **st) {
    fx *f = (fx *)calloc(1, sizeof *f);
    http_limits lim;
    http_limits_default(&lim);
    lim.max_header_size = 1024;
    lim.max_body_size = 100;
    lim.max_conns = 4;
    lim.idle_timeout_ms = 5000;
    lim.request_timeout_ms = 2000;
    lim.response_timeout_ms = 3000;
    lim.header_timeout_ms = 1500;
    lim.max_conns_per_addr = 3;
    lim.tx_high_water = 1024;
    lim.max_tx_buffer = 4096;
    g_drains = 0;
    memset(g_write_rc, 0, sizeof g_write_rc);
    f->m = mgr_new();
    mgr_set_clock(f->m, fx_clock, f);
    f->now = 1000;
    f->s = http_server_new(f->m, &lim, handler, f, NULL);
    http_server_on(f->s, fx_event, f, NULL);
    *st = f;
    return 0;
}

static int teardown(void **st) {
    fx *f = (fx *)*st;
    if (f->s) http_server_destroy(f->s);
    fx_pump(f, 3);
    mgr_free(f->m);
    free(f);
    return 0;
}

#define REQ(f, s) fx_req(f, s)

static void test_basic_get(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "GET /hello?x=1 HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                           "a\r\n/hello?x=1\r\n1\r\n\n\r\n0\r\n\r\n");
    free(r);
    assert_string_equal(f->events, "C1 X1 ");
    assert_int_equal(f->nerrors, 0);
}

static void test_end_sets_content_length(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\ndefault");
    free(r);
}

static void test_fixed_length(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "GET /len HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    free(r);
}

static void test_chunked_writes(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "GET /chunks HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n2\r\nbc\r\n0\r\n\r\n");
    free(r);
}

static void test_http10(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    char *r = fx_exchange(f, "GET /chunks HTTP/1.0\r\n\r\n", 24, &p);
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nabc");
    assert_true(net_mem_pipe_closed(p));
    net_mem_pipe_free(p);
    free(r);
    r = fx_exchange(f, "GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 43, &p);
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: keep-alive\r\n\r\ndefault");
    assert_false(net_mem_pipe_closed(p));
    net_mem_pipe_free(p);
    free(r);
}

static void test_request_fields(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "POST /in%66o?a=1&b=%20 HTTP/1.1\r\nHost: x\r\nX-A: 1\r\nContent-Length: 0\r\n\r\n");
    assert_non_null(strstr(r, "m=POST path=/info q=a=1&b=%20 ip=127.0.0.1 id=1 v=1.1 n=3"));
    free(r);
}

static void test_header_lookup(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "GET /hdr HTTP/1.1\r\nHost: a\r\nx-test: Value-Case\r\n\r\n");
    assert_non_null(strstr(r, "\r\n\r\nValue-Case"));
    free(r);
    r = REQ(f, "GET /hdr HTTP/1.1\r\nHost: a\r\nX-Empty:\r\n\r\n");
    assert_non_null(strstr(r, "\r\n\r\nnone"));
    free(r);
}

static void test_post_body(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world");
    free(r);
    r = REQ(
        f,
        "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world");
    free(r);
}

static void test_keepalive_and_pipelining(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    const char *reqs = "GET /len HTTP/1.1\r\nHost: a\r\n\r\nPOST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: "
                       "3\r\n\r\nabcGET /x HTTP/1.1\r\nHost: a\r\n\r\n";
    char *r = fx_exchange(f, reqs, strlen(reqs), &p);
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
                           "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"
                           "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\ndefault");
    assert_false(net_mem_pipe_closed(p));
    free(r);
    /* same connection, another request later */
    net_mem_pipe_write(p, "GET /len HTTP/1.1\r\nHost: a\r\n\r\n", 30);
    fx_pump(f, 5);
    {
        size_t n;
        const unsigned char *o = net_mem_pipe_output(p, &n);
        assert_int_equal(n, 43);
        assert_memory_equal(o, "HTTP/1.1 200 OK", 15);
    }
    assert_string_equal(f->events, "C1 ");
    net_mem_pipe_free(p);
    fx_pump(f, 2);
    assert_string_equal(f->events, "C1 X1 ");
}

static void test_pipelining_async_order(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    size_t n;
    const unsigned char *o;
    const char *reqs = "GET /later HTTP/1.1\r\nHost: a\r\n\r\nGET /len HTTP/1.1\r\nHost: a\r\n\r\n";
    char *r = fx_exchange(f, reqs, strlen(reqs), &p);
    assert_string_equal(r, "");
    free(r);
    f->now += 100;
    fx_pump(f, 5);
    o = net_mem_pipe_output(p, &n);
    assert_int_equal(n, strlen("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nlate") + 43);
    assert_memory_equal(o, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nlate", 42);
    assert_memory_equal(o + 42, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", 43);
    net_mem_pipe_free(p);
}

static void test_byte_by_byte(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p = net_mem_pipe_new();
    const char *reqs =
        "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nabcdGET /len HTTP/1.1\r\nHost: a\r\n\r\n";
    size_t i, n;
    const unsigned char *o;
    http_server_accept_mem(f->s, p, NULL);
    net_mem_pipe_set_read_chunk(p, 1);
    for (i = 0; reqs[i]; i++) {
        net_mem_pipe_write(p, reqs + i, 1);
        fx_pump(f, 1);
    }
    fx_pump(f, 3);
    o = net_mem_pipe_output(p, &n);
    assert_int_equal(n, 42 + 43);
    assert_memory_equal(o, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nabcd", 42);
    net_mem_pipe_free(p);
}

static void test_head(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "HEAD /len HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n");
    free(r);
    r = REQ(f, "HEAD /chunks HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\n\r\n");
    free(r);
    r = REQ(f, "GET /204 HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 204 No Content\r\n\r\n");
    free(r);
}

static void expect_status(fx *f, const char *req, const char *status_line, int closed) {
    net_mem_pipe *p;
    char *r = fx_exchange(f, req, strlen(req), &p);
    if (strncmp(r, status_line, strlen(status_line)) != 0) fail_msg("request %s -> %s", req, r);
    if (closed) {
        net_mem_pipe_shutdown(p);
        fx_pump(f, 3);
        assert_true(net_mem_pipe_closed(p));
        assert_non_null(strstr(r, "Connection: close"));
    }
    net_mem_pipe_free(p);
    fx_pump(f, 2);
    free(r);
}

static void test_malformed_400(void **st) {
    fx *f = (fx *)*st;
    static const char *bad[] = {
        "GARBAGE\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n",
        " GET / HTTP/1.1\r\n\r\n",
        "GET / FOO/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nHo st: a\r\n\r\n",
    };
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) expect_status(f, bad[i], "HTTP/1.1 400 Bad Request\r\n", 1);
    assert_true(f->nerrors >= (int)(sizeof bad / sizeof bad[0]));
    assert_non_null(strstr(f->last_error, "conn "));
    assert_non_null(strstr(f->last_error, "(400)"));
}

static void test_limits(void **st) {
    fx *f = (fx *)*st;
    char big[3000];
    memset(big, 'a', sizeof big);
    memcpy(big, "GET / HTTP/1.1\r\nHost: a\r\nX-Big: ", 32);
    strcpy(big + sizeof big - 5, "\r\n\r\n");
    expect_status(f, big, "HTTP/1.1 431 Request Header Fields Too Large\r\n", 1);
    assert_non_null(strstr(f->last_error, "conn "));
    memset(big, 'a', sizeof big);
    memcpy(big, "GET /", 5);
    strcpy(big + sizeof big - 20, " HTTP/1.1\r\n\r\n");
    expect_status(f, big, "HTTP/1.1 414 URI Too Long\r\n", 1);
    expect_status(f, "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n",
                  "HTTP/1.1 413 Payload Too Large\r\n", 1);
    assert_non_null(strstr(f->last_error, "conn "));
    assert_non_null(strstr(f->last_error, "POST /echo"));
    assert_non_null(strstr(f->last_error, "(413)"));
    {
        char req[400];
        char chunk[80];
        int i;
        strcpy(req, "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n");
        memset(chunk, 'z', sizeof chunk);
        for (i = 0; i < 2; i++) {
            strcat(req, "3c\r\n");
            strncat(req, chunk, 60);
            strcat(req, "\r\n");
        }
        expect_status(f, req, "HTTP/1.1 413 Payload Too Large\r\n", 1);
    }
    expect_status(f, "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
                  "HTTP/1.1 501 Not Implemented\r\n", 1);
    expect_status(f, "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
                  "HTTP/1.1 501 Not Implemented\r\n", 1);
    {
        char many[2000] = "GET / HTTP/1.1\r\nHost: a\r\n";
        int i;
        for (i = 0; i < 70; i++) strcat(many, "A: b\r\n");
        strcat(many, "\r\n");
        expect_status(f, many, "HTTP/1.1 431 ", 1);
    }
}

static port_addr peer_n(int n) {
    port_addr a;
    memset(&a, 0, sizeof a);
    a.family = 4;
    a.ip[0] = 10;
    a.ip[3] = (uint8_t)n;
    a.port = 40000;
    return a;
}

/* accept a pipe from 10.0.0.n one ms after the previous one */
static net_mem_pipe *accept_from(fx *f, int n) {
    net_mem_pipe *p = net_mem_pipe_new();
    port_addr a = peer_n(n);
    f->now += 1;
    http_server_accept_mem(f->s, p, &a);
    fx_pump(f, 2);
    return p;
}

static int starts_with(net_mem_pipe *p, const char *s) {
    size_t n;
    const unsigned char *o = net_mem_pipe_output(p, &n);
    return n >= strlen(s) && memcmp(o, s, strlen(s)) == 0;
}

/* Slots full: the connection without a complete request for longest goes,
 * not the newcomer; one being answered is never evicted. */
static void test_max_conns_evicts_oldest(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p[6];
    int i;
    for (i = 0; i < 4; i++) p[i] = accept_from(f, i + 1);
    /* p[0] completes a request (its clock restarts); p[1] starts one */
    net_mem_pipe_write(p[0], "GET /len HTTP/1.1\r\nHost: x\r\n\r\n", 30);
    net_mem_pipe_write(p[1], "GET /len HTTP/1.1\r\nA: b\r\n", 25);
    f->now += 1;
    fx_pump(f, 3);
    assert_true(starts_with(p[0], "HTTP/1.1 200"));
    p[4] = accept_from(f, 5);
    assert_int_equal(http_server_conn_count(f->s), 4);
    assert_true(net_mem_pipe_closed(p[1])); /* the oldest without a complete request */
    assert_false(net_mem_pipe_closed(p[0]));
    assert_false(net_mem_pipe_closed(p[2]));
    assert_false(net_mem_pipe_closed(p[4]));
    net_mem_pipe_write(p[4], "GET /len HTTP/1.1\r\nHost: x\r\n\r\n", 30);
    fx_pump(f, 3);
    assert_true(starts_with(p[4], "HTTP/1.1 200"));
    assert_int_equal(f->nerrors, 0);
    for (i = 0; i < 5; i++) net_mem_pipe_free(p[i]);
    fx_pump(f, 2);
}

static void test_max_conns_all_busy_503(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p[5];
    int i;
    for (i = 0; i < 4; i++) {
        p[i] = accept_from(f, i + 1);
        net_mem_pipe_write(p[i], "GET /never HTTP/1.1\r\nHost: x\r\n\r\n", 32);
    }
    fx_pump(f, 3);
    p[4] = accept_from(f, 9);
    assert_int_equal(http_server_conn_count(f->s), 4);
    assert_true(starts_with(p[4], "HTTP/1.1 503"));
    assert_true(net_mem_pipe_closed(p[4]));
    assert_non_null(strstr(f->last_error, "too many connections (limit 4)"));
    for (i = 0; i < 4; i++) assert_false(net_mem_pipe_closed(p[i]));
    for (i = 0; i < 5; i++) net_mem_pipe_free(p[i]);
    fx_pump(f, 2);
}

/* One address holds at most max_conns_per_addr (3): its own oldest idle
 * connection makes room, others' are not touched. */
static void test_per_address_limit(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *a[4], *b;
    int i;
    b = accept_from(f, 2);
    for (i = 0; i < 3; i++) a[i] = accept_from(f, 1);
    a[3] = accept_from(f, 1);
    assert_true(net_mem_pipe_closed(a[0]));
    assert_false(net_mem_pipe_closed(b));
    assert_false(net_mem_pipe_closed(a[3]));
    /* all three of 10.0.0.1 being answered: the fourth gets 503 */
    for (i = 1; i < 4; i++) net_mem_pipe_write(a[i], "GET /never HTTP/1.1\r\nHost: x\r\n\r\n", 32);
    fx_pump(f, 3);
    net_mem_pipe_free(a[0]);
    a[0] = accept_from(f, 1);
    assert_true(starts_with(a[0], "HTTP/1.1 503"));
    assert_non_null(strstr(f->last_error, "too many connections from 10.0.0.1 (limit 3)"));
    assert_false(net_mem_pipe_closed(b));
    for (i = 0; i < 4; i++) net_mem_pipe_free(a[i]);
    net_mem_pipe_free(b);
    fx_pump(f, 2);
}

/* The whole head must arrive within header_timeout_ms (1500) of the
 * connection (first request) or of its first byte (later ones), however
 * steadily it trickles. */
static void test_header_timeout(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p = accept_from(f, 1), *q;
    int i;
    net_mem_pipe_write(p, "GET /len HTTP/1.1\r\nHost: a\r\n", 28);
    for (i = 0; i < 7; i++) {
        f->now += 200;
        net_mem_pipe_write(p, "X-Slow: 1\r\n", 11);
        fx_pump(f, 2);
        assert_false(net_mem_pipe_closed(p));
    }
    f->now += 101; /* 1501 ms after the connection */
    fx_pump(f, 3);
    assert_true(starts_with(p, "HTTP/1.1 408"));
    assert_non_null(strstr(f->last_error, "request head not received within 1500 ms"));
    /* a connection that sends nothing is closed at the same deadline */
    q = accept_from(f, 3);
    f->now += 1499;
    fx_pump(f, 2);
    assert_false(net_mem_pipe_closed(q));
    f->now += 2;
    fx_pump(f, 3);
    assert_true(net_mem_pipe_closed(q));
    net_mem_pipe_free(p);
    net_mem_pipe_free(q);
    fx_pump(f, 2);
}

/* node's contract: 1 ("false") from the write that reaches the high-water
 * mark, then one drain event once the queue is empty. */
static void test_backpressure_drain(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "GET /bp HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_int_equal(g_write_rc[0], 0);
    assert_int_equal(g_write_rc[1], 1);
    assert_int_equal(g_write_rc[2], 1);
    assert_int_equal(g_drains, 1);
    assert_non_null(strstr(r, "\r\n3\r\nend\r\n0\r\n\r\n"));
    assert_int_equal(count_str(r, "2bc\r\n"), 3);
    free(r);
}

/* Past the send buffer limit: nothing of the write is queued, the error is
 * reported, and the client is told - a 500 before the head, a truncated
 * response after it - never an empty reply. */
static void test_overflow(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "GET /big-end HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_int_equal(g_write_rc[0], HTTP_EXCHANGE_OVERFLOW);
    assert_non_null(strstr(r, "HTTP/1.1 500 Internal Server Error\r\n"));
    assert_non_null(strstr(r, "Connection: close\r\n"));
    assert_non_null(
        strstr(f->last_error,
               "GET /big-end: write of 5000 bytes would exceed the send buffer limit of 4096 bytes; answered 500"));
    free(r);
    {
        net_mem_pipe *p;
        r = fx_exchange(f, "GET /big-write HTTP/1.1\r\nHost: x\r\n\r\n", 37, &p);
        assert_int_equal(g_write_rc[0], 1); /* past the high-water mark: queued */
        assert_int_equal(g_write_rc[1], HTTP_EXCHANGE_OVERFLOW);
        assert_int_equal(g_write_rc[2], -1); /* the response was given up */
        assert_true(strncmp(r, "HTTP/1.1 200 OK\r\n", 17) == 0);
        assert_non_null(strstr(r, "\r\nbb8\r\n")); /* the first 3000 bytes ... */
        assert_null(strstr(r, "0\r\n\r\n"));       /* ... and no last chunk */
        assert_true(net_mem_pipe_closed(p));
        assert_non_null(strstr(f->last_error, "closing the connection after the bytes queued"));
        net_mem_pipe_free(p);
        free(r);
    }
}

static void test_idle_timeout(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    char *r = fx_exchange(f, "GET /len HTTP/1.1\r\nHost: a\r\n\r\n", 30, &p);
    free(r);
    assert_false(net_mem_pipe_closed(p));
    f->now += 4999;
    fx_pump(f, 2);
    assert_false(net_mem_pipe_closed(p));
    f->now += 2;
    fx_pump(f, 2);
    assert_true(net_mem_pipe_closed(p));
    net_mem_pipe_free(p);
}

static void test_slow_client_408(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    size_t n;
    const unsigned char *o;
    char *r = fx_exchange(f, "GET /len HTTP/1.1\r\nHost: sl", 27, &p);
    assert_string_equal(r, "");
    free(r);
    f->now += 1500;
    net_mem_pipe_write(p, "ow", 2);
    fx_pump(f, 2);
    f->now += 600;
    fx_pump(f, 2);
    o = net_mem_pipe_output(p, &n);
    assert_true(n > 12);
    assert_memory_equal(o, "HTTP/1.1 408", 12);
    f->now += 2000;
    fx_pump(f, 2);
    assert_true(net_mem_pipe_closed(p));
    assert_non_null(strstr(f->last_error, "(408)"));
    net_mem_pipe_free(p);
}

static void test_never_ending_handler(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    char *r = fx_exchange(f, "GET /never HTTP/1.1\r\nHost: a\r\n\r\n", 32, &p);
    assert_string_equal(r, "");
    free(r);
    f->now += 3001;
    fx_pump(f, 2);
    assert_true(net_mem_pipe_closed(p));
    assert_non_null(strstr(f->last_error, "conn 1 GET /never: response not finished"));
    assert_int_equal(http_server_conn_count(f->s), 0);
    net_mem_pipe_free(p);
}

static void test_late_response_after_close(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    char *r = fx_exchange(f, "GET /later HTTP/1.1\r\nHost: a\r\n\r\n", 32, &p);
    free(r);
    net_mem_pipe_free(p); /* client goes away */
    fx_pump(f, 2);
    assert_true(http_exchange_is_detached(g_later));
    f->now += 100;
    fx_pump(f, 2); /* later_cb: end() on a detached res is a no-op */
    assert_int_equal(mgr_timer_count(f->m), 0);
}

/* A head the server refuses becomes a 500 with nothing of the app's in it;
 * what the app writes afterwards goes nowhere. */
static void test_response_header_injection(void **st) {
    fx *f = (fx *)*st;
    static const char *paths[] = {"/bad-header", "/bad-header-lf", "/bad-name", "/bad-cl", "/bad-status"};
    size_t i;
    for (i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        char req[100];
        net_mem_pipe *p;
        char *r;
        snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: a\r\n\r\n", paths[i]);
        r = fx_exchange(f, req, strlen(req), &p);
        assert_string_equal(r, "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                               "Content-Length: 22\r\nConnection: close\r\n\r\nInternal Server Error\n");
        assert_true(net_mem_pipe_closed(p));
        assert_non_null(strstr(f->last_error, paths[i]));
        assert_non_null(strstr(f->last_error, "; answered 500"));
        assert_null(strchr(f->last_error, '\r'));
        assert_null(strchr(f->last_error, '\n'));
        free(r);
        net_mem_pipe_free(p);
    }
    assert_non_null(strstr(f->last_error, "invalid status code 1000; answered 500"));
}

/* RFC 9110/9112 conformance of request handling. */
static void test_conformance_statuses(void **st) {
    fx *f = (fx *)*st;
    static const struct {
        const char *req, *status;
    } cases[] = {
        {"GET / HTTP/1.1\r\n\r\n", "HTTP/1.1 400 "},                               /* no Host */
        {"GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n", "HTTP/1.1 400 "},         /* two */
        {"GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n", "HTTP/1.1 400 "},         /* two, 1.0 */
        {"GET / HTTP/1.1\r\nHost: a\r\n: x\r\n\r\n", "HTTP/1.1 400 "},             /* empty name */
        {"FOO / HTTP/1.1\r\nHost: a\r\n\r\n", "HTTP/1.1 501 Not Implemented\r\n"}, /* unknown method */
        {"get / HTTP/1.1\r\nHost: a\r\n\r\n", "HTTP/1.1 501 "},                    /* methods are case-sensitive */
        {"GET / HTTP/2.0\r\nHost: a\r\n\r\n", "HTTP/1.1 505 "},                    /* not HTTP/1.x */
        {"GET / HTTP/0.9\r\nHost: a\r\n\r\n", "HTTP/1.1 505 "},
        {"GET / HTTP/3.0\r\nHost: a\r\n\r\n", "HTTP/1.1 505 "},
        {"GET / HTTP/1.1\rHost: a\r\n\r\n", "HTTP/1.1 400 "}, /* bare CR */
        {"GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", "HTTP/1.1 400 "},
        {"POST /echo HTTP/1.1\r\nHost: a\r\nExpect: tea\r\nContent-Length: 1\r\n\r\nx",
         "HTTP/1.1 417 Expectation Failed\r\n"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) expect_status(f, cases[i].req, cases[i].status, 1);
    /* HTTP/1.0 needs no Host */
    {
        char *r = REQ(f, "GET /len HTTP/1.0\r\n\r\n");
        assert_memory_equal(r, "HTTP/1.1 200 OK\r\n", 17);
        free(r);
    }
}

/* Expect: 100-continue gets its 100 before the body is sent. */
static void test_expect_continue(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    size_t n;
    const unsigned char *o;
    const char *head = "POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 5\r\n\r\n";
    char *r = fx_exchange(f, head, strlen(head), &p);
    assert_string_equal(r, "HTTP/1.1 100 Continue\r\n\r\n");
    free(r);
    net_mem_pipe_write(p, "hello", 5);
    fx_pump(f, 5);
    o = net_mem_pipe_output(p, &n);
    assert_int_equal(n, 43);
    assert_memory_equal(o, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", 43);
    net_mem_pipe_free(p);
    /* no body, or an HTTP/1.0 client: no 100 */
    r = REQ(f, "GET /len HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n");
    assert_memory_equal(r, "HTTP/1.1 200 OK\r\n", 17);
    free(r);
    r = REQ(f, "POST /echo HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");
    free(r);
    /* a body over the limit gets its 413 without a 100 */
    expect_status(f, "POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 999\r\n\r\n",
                  "HTTP/1.1 413 ", 1);
}

/* An absolute-form target is served by its path; the query ends at '#'. */
static void test_target_forms(void **st) {
    fx *f = (fx *)*st;
    char *r = REQ(f, "GET http://example.com/info?a=1#frag HTTP/1.1\r\nHost: example.com\r\n\r\n");
    assert_non_null(strstr(r, " path=/info q=a=1 "));
    free(r);
    r = REQ(f, "GET HTTPS://example.com:8443/in%66o HTTP/1.1\r\nHost: example.com\r\n\r\n");
    assert_non_null(strstr(r, " path=/info q= "));
    free(r);
    r = REQ(f, "GET /info?x=1#y?z HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_non_null(strstr(r, " path=/info q=x=1 "));
    free(r);
    r = REQ(f, "GET /info#a?b HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_non_null(strstr(r, " path=/info q= "));
    free(r);
    r = REQ(f, "GET http://example.com HTTP/1.1\r\nHost: example.com\r\n\r\n");
    assert_string_equal(r, "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\ndefault");
    free(r);
}

static void test_short_body_closes(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    char *r = fx_exchange(f, "GET /short HTTP/1.1\r\nHost: a\r\n\r\n", 32, &p);
    assert_non_null(strstr(r, "abc"));
    assert_true(net_mem_pipe_closed(p));
    assert_non_null(strstr(f->last_error, "3 of 10"));
    free(r);
    net_mem_pipe_free(p);
}

static void test_destroy(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *a = net_mem_pipe_new(), *b;
    char *r;
    http_server_accept_mem(f->s, a, NULL);
    fx_pump(f, 1);
    r = fx_exchange(f, "GET /destroy HTTP/1.1\r\nHost: a\r\n\r\n", 34, &b);
    assert_non_null(strstr(r, "bye"));
    free(r);
    fx_pump(f, 2);
    assert_true(net_mem_pipe_closed(a));
    assert_true(net_mem_pipe_closed(b));
    assert_string_equal(f->events, "C1 C2 X2 X1 ");
    net_mem_pipe_free(a);
    net_mem_pipe_free(b);
}

static void test_eof_after_request(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p = net_mem_pipe_new();
    size_t n;
    const unsigned char *o;
    http_server_accept_mem(f->s, p, NULL);
    net_mem_pipe_write(p, "GET /len HTTP/1.1\r\nHost: a\r\n\r\n", 30);
    net_mem_pipe_shutdown(p);
    fx_pump(f, 5);
    o = net_mem_pipe_output(p, &n);
    assert_int_equal(n, 43);
    assert_memory_equal(o, "HTTP/1.1 200 OK", 15);
    assert_true(net_mem_pipe_closed(p));
    net_mem_pipe_free(p);
}

static void test_upgrade_closes(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p;
    char *r =
        fx_exchange(f, "GET /len HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nxxxx", 76, &p);
    assert_non_null(strstr(r, "hello"));
    assert_non_null(strstr(r, "Connection: close"));
    assert_true(net_mem_pipe_closed(p));
    free(r);
    net_mem_pipe_free(p);
}

int main(void) {
    const struct CMUnitTest tests[] = {
#define T(x) cmocka_unit_test_setup_teardown(x, setup, teardown)
        T(test_basic_get),
        T(test_end_sets_content_length),
        T(test_fixed_length),
        T(test_chunked_writes),
        T(test_http10),
        T(test_request_fields),
        T(test_header_lookup),
        T(test_post_body),
        T(test_keepalive_and_pipelining),
        T(test_pipelining_async_order),
        T(test_byte_by_byte),
        T(test_head),
        T(test_malformed_400),
        T(test_limits),
        T(test_max_conns_evicts_oldest),
        T(test_max_conns_all_busy_503),
        T(test_per_address_limit),
        T(test_header_timeout),
        T(test_backpressure_drain),
        T(test_overflow),
        T(test_idle_timeout),
        T(test_slow_client_408),
        T(test_never_ending_handler),
        T(test_late_response_after_close),
        T(test_response_header_injection),
        T(test_conformance_statuses),
        T(test_expect_continue),
        T(test_target_forms),
        T(test_short_body_closes),
        T(test_destroy),
        T(test_eof_after_request),
        T(test_upgrade_closes),
    };
    return cmocka_run_group_tests_name("net_http", tests, NULL, NULL);
}
