/* test_static.c - res.serve(): paths, traversal, MIME, ranges, 304s, ACL. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"
#include <sys/stat.h>
#include <unistd.h>

static char g_tmp[256], g_root[300];
static http_serve_opts g_opts;

static void put(const char *rel, const char *data, size_t len) {
    char p[512];
    FILE *fp;
    snprintf(p, sizeof p, "%s/%s", g_tmp, rel);
    fp = fopen(p, "wb");
    assert_non_null(fp);
    fwrite(data, 1, len, fp);
    fclose(fp);
}

static void serve_handler(http_server *s, http_req *req, http_exchange *res, void *ud) {
    (void)s;
    (void)ud;
    (void)req;
    http_exchange_serve(res, &g_opts);
}

static int setup_all(void **st) {
    char p[512], big[300000];
    size_t i;
    (void)st;
    strcpy(g_tmp, "/tmp/tsfw_static_XXXXXX");
    assert_non_null(mkdtemp(g_tmp));
    snprintf(g_root, sizeof g_root, "%s/www", g_tmp);
    mkdir(g_root, 0755);
    snprintf(p, sizeof p, "%s/www/sub", g_tmp);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/www/nolist", g_tmp);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/www/with space", g_tmp);
    mkdir(p, 0755);
    put("www/index.html", "<h1>home</h1>\n", 14);
    put("www/a.txt", "hello world\n", 12);
    put("www/style.css", "body{}", 6);
    put("www/app.js", "1", 1);
    put("www/data.json", "{}", 2);
    put("www/img.PNG", "png", 3);
    put("www/file.foo", "foo", 3);
    put("www/noext", "x", 1);
    put("www/.hidden", "secret", 6);
    put("www/secret.key", "secret", 6);
    put("www/sub/b.txt", "bee", 3);
    put("www/sub/<x>.txt", "esc", 3);
    put("www/with space/c.txt", "sea", 3);
    put("outside.txt", "TOPSECRET", 9);
    for (i = 0; i < sizeof big; i++) big[i] = (char)('a' + i % 26);
    put("www/big.bin", big, sizeof big);
    snprintf(p, sizeof p, "%s/outside.txt", g_tmp);
    {
        char l[512];
        snprintf(l, sizeof l, "%s/www/escape.txt", g_tmp);
        assert_int_equal(symlink(p, l), 0);
        snprintf(l, sizeof l, "%s/www/etc", g_tmp);
        assert_int_equal(symlink("/etc", l), 0);
        snprintf(l, sizeof l, "%s/www/inside.txt", g_tmp);
        assert_int_equal(symlink("a.txt", l), 0);
        snprintf(l, sizeof l, "%s/www/up", g_tmp);
        assert_int_equal(symlink("..", l), 0);
        snprintf(l, sizeof l, "%s/www/subl", g_tmp);
        assert_int_equal(symlink("sub", l), 0);
    }
    return 0;
}

static int teardown_all(void **st) {
    char cmd[600];
    (void)st;
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_tmp);
    return system(cmd) == 0 ? 0 : -1;
}

static int setup(void **st) {
    fx *f = (fx *)calloc(1, sizeof *f);
    f->m = mgr_new();
    mgr_set_clock(f->m, fx_clock, f);
    f->now = 1000;
    f->s = http_server_new(f->m, NULL, serve_handler, f, NULL);
    http_server_on(f->s, fx_event, f, NULL);
    memset(&g_opts, 0, sizeof g_opts);
    g_opts.document_root = g_root;
    *st = f;
    return 0;
}

static int teardown(void **st) {
    fx *f = (fx *)*st;
    http_server_destroy(f->s);
    fx_pump(f, 3);
    mgr_free(f->m);
    free(f);
    return 0;
}

static char *get(fx *f, const char *path, const char *extra_hdrs) {
    char req[2048];
    snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: x\r\n%s\r\n", path, extra_hdrs ? extra_hdrs : "");
    return fx_req(f, req);
}

static int status_of(const char *r) { return (int)strtol(r + 9, NULL, 10); }

static const char *body_of(const char *r) {
    const char *b = strstr(r, "\r\n\r\n");
    return b ? b + 4 : "";
}

static void test_basic_file(void **st) {
    fx *f = (fx *)*st;
    char *r = get(f, "/a.txt", NULL);
    assert_int_equal(status_of(r), 200);
    assert_non_null(strstr(r, "Content-Type: text/plain; charset=utf-8\r\n"));
    assert_non_null(strstr(r, "Content-Length: 12\r\n"));
    assert_non_null(strstr(r, "ETag: \""));
    assert_non_null(strstr(r, "Last-Modified: "));
    assert_non_null(strstr(r, "Accept-Ranges: bytes\r\n"));
    assert_string_equal(body_of(r), "hello world\n");
    free(r);
}

static void test_index_and_redirect(void **st) {
    fx *f = (fx *)*st;
    char *r = get(f, "/", NULL);
    assert_int_equal(status_of(r), 200);
    assert_string_equal(body_of(r), "<h1>home</h1>\n");
    assert_non_null(strstr(r, "text/html"));
    free(r);
    r = get(f, "/sub?x=1", NULL);
    assert_int_equal(status_of(r), 301);
    assert_non_null(strstr(r, "Location: /sub/?x=1\r\n"));
    free(r);
    r = get(f, "/sub/", NULL); /* no index, no listing */
    assert_int_equal(status_of(r), 403);
    free(r);
    g_opts.index_files = "b.txt,index.html";
    r = get(f, "/sub/", NULL);
    assert_string_equal(body_of(r), "bee");
    free(r);
}

static void test_listing(void **st) {
    fx *f = (fx *)*st;
    char *r;
    g_opts.enable_directory_listing = 1;
    g_opts.hidden_file_pattern = "*.key|.*";
    r = get(f, "/sub/", NULL);
    assert_int_equal(status_of(r), 200);
    assert_non_null(strstr(r, "Transfer-Encoding: chunked"));
    assert_non_null(strstr(r, "Index of /sub/"));
    assert_non_null(strstr(r, "<a href=\"b.txt\">b.txt</a>"));
    assert_non_null(strstr(r, "<a href=\"%3Cx%3E.txt\">&lt;x&gt;.txt</a>"));
    free(r);
    g_opts.index_files = "nothing.html";
    r = get(f, "/", NULL);
    assert_non_null(strstr(r, "<a href=\"sub/\">sub/</a>"));
    assert_non_null(strstr(r, "<a href=\"with%20space/\">with space/</a>"));
    assert_null(strstr(r, "secret.key"));
    assert_null(strstr(r, ".hidden"));
    free(r);
}

static void test_hidden(void **st) {
    fx *f = (fx *)*st;
    char *r;
    g_opts.hidden_file_pattern = "*.key|.*|sub/**";
    r = get(f, "/secret.key", NULL);
    assert_int_equal(status_of(r), 404);
    free(r);
    r = get(f, "/.hidden", NULL);
    assert_int_equal(status_of(r), 404);
    free(r);
    r = get(f, "/sub/b.txt", NULL);
    assert_int_equal(status_of(r), 404);
    free(r);
    r = get(f, "/secret.KEY", NULL); /* case-sensitive file systems: not found either way */
    assert_int_equal(status_of(r), 404);
    free(r);
    r = get(f, "/a.txt", NULL);
    assert_int_equal(status_of(r), 200);
    free(r);
    assert_true(http_glob_match("*.key", 5, "x.key", 5));
    assert_false(http_glob_match("*.key", 5, "d/x.key", 7));
    assert_true(http_glob_match("**.key", 6, "d/x.key", 7));
    assert_true(http_glob_match("?.txt", 5, "a.txt", 5));
    assert_false(http_glob_match("?.txt", 5, "ab.txt", 6));
}

static void test_traversal(void **st) {
    fx *f = (fx *)*st;
    static const char *forms[] = {
        "/../outside.txt",
        "/../../../../etc/passwd",
        "/sub/../../outside.txt",
        "/%2e%2e/outside.txt",
        "/%2E%2E/outside.txt",
        "/.%2e/outside.txt",
        "/%2e./outside.txt",
        "/..%2foutside.txt",
        "/..%2Foutside.txt",
        "/%2e%2e%2foutside.txt",
        "/..%5coutside.txt",
        "/..\\outside.txt",
        "/%5c..%5coutside.txt",
        "/a.txt%00.html",
        "/%00",
        "/sub/%2e%2e/%2e%2e/outside.txt",
        "/escape.txt",
        "/etc/passwd",
        "/up/outside.txt",
        "/./../outside.txt",
        "//../outside.txt",
        "/sub/./../../outside.txt",
        "/%252e%252e/outside.txt",
        "/%%32%65%%32%65/outside.txt",
        "/..%c0%afoutside.txt",
        "/..%25%32%66outside.txt",
        "/a.txt/../../outside.txt",
        "/%2e%2e%5c%2e%2e%5coutside.txt",
        "/.../outside.txt",
        "/up/",
    };
    size_t i;
    g_opts.enable_directory_listing = 1;
    for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char *r = get(f, forms[i], NULL);
        int s = status_of(r);
        if (strstr(r, "TOPSECRET") || strstr(r, "root:") || s < 400 || s > 404)
            fail_msg("traversal form %s answered: %.200s", forms[i], r);
        free(r);
    }
    /* inside symlinks are fine */
    {
        char *r = get(f, "/inside.txt", NULL);
        assert_int_equal(status_of(r), 200);
        assert_string_equal(body_of(r), "hello world\n");
        free(r);
        r = get(f, "/sub/../a.txt", NULL);
        assert_int_equal(status_of(r), 200);
        free(r);
        r = get(f, "/with%20space/c.txt", NULL);
        assert_string_equal(body_of(r), "sea");
        free(r);
        /* a file in a folder (opened straight), and through a folder symlink inside (resolved) */
        r = get(f, "/sub/b.txt", NULL);
        assert_string_equal(body_of(r), "bee");
        free(r);
        r = get(f, "/subl/b.txt", NULL);
        assert_int_equal(status_of(r), 200);
        assert_string_equal(body_of(r), "bee");
        free(r);
        r = get(f, "/etc/passwd", NULL); /* a folder symlink out of the root */
        assert_int_equal(status_of(r), 403);
        free(r);
    }
}

static void test_path_sanitize(void **st) {
    char out[256];
    (void)st;
    assert_int_equal(http_path_sanitize("/", 1, out, sizeof out), 0);
    assert_string_equal(out, "");
    assert_int_equal(http_path_sanitize("/a//b/./c/", 10, out, sizeof out), 0);
    assert_string_equal(out, "a/b/c");
    assert_int_equal(http_path_sanitize("/a/b/../c", 9, out, sizeof out), 0);
    assert_string_equal(out, "a/c");
    assert_int_equal(http_path_sanitize("/a/%2e%2e/c", 11, out, sizeof out), 0);
    assert_string_equal(out, "c");
    assert_int_equal(http_path_sanitize("/a%20b", 6, out, sizeof out), 0);
    assert_string_equal(out, "a b");
    assert_int_equal(http_path_sanitize("/%252e", 6, out, sizeof out), 0);
    assert_string_equal(out, "%2e");
    assert_int_equal(http_path_sanitize("/..", 3, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/a/../..", 8, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("a", 1, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/%", 2, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/%4", 3, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/%zz", 4, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/%00", 4, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/a%2fb", 6, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/a%5cb", 6, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/a\\b", 4, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/a\x01", 3, out, sizeof out), -1);
    assert_int_equal(http_path_sanitize("/abcdef", 7, out, 4), -1);
}

static void test_mime(void **st) {
    fx *f = (fx *)*st;
    char buf[64], *r;
    (void)f;
    assert_string_equal(http_mime_type("x.html", NULL, buf, sizeof buf), "text/html; charset=utf-8");
    assert_string_equal(http_mime_type("x.CSS", NULL, buf, sizeof buf), "text/css");
    assert_string_equal(http_mime_type("x.js", NULL, buf, sizeof buf), "application/javascript");
    assert_string_equal(http_mime_type("x.json", NULL, buf, sizeof buf), "application/json");
    assert_string_equal(http_mime_type("x.png", NULL, buf, sizeof buf), "image/png");
    assert_string_equal(http_mime_type("x.tar.gz", NULL, buf, sizeof buf), "application/gzip");
    assert_string_equal(http_mime_type("noext", NULL, buf, sizeof buf), "text/plain; charset=utf-8");
    assert_string_equal(http_mime_type("x.foo", ".foo=application/x-foo,.bar=b/c", buf, sizeof buf),
                        "application/x-foo");
    assert_string_equal(http_mime_type("x.bar", ".foo=application/x-foo,.bar=b/c", buf, sizeof buf), "b/c");
    assert_string_equal(http_mime_type("x.txt", ".txt=text/x-custom", buf, sizeof buf), "text/x-custom");
    r = get(f, "/img.PNG", NULL);
    assert_non_null(strstr(r, "Content-Type: image/png\r\n"));
    free(r);
    g_opts.custom_mime_types = ".foo=application/x-foo";
    r = get(f, "/file.foo", NULL);
    assert_non_null(strstr(r, "Content-Type: application/x-foo\r\n"));
    free(r);
}

static void test_extra_headers(void **st) {
    fx *f = (fx *)*st;
    char *r;
    g_opts.extra_headers = "X-One: 1\r\nCache-Control: max-age=60\nbogus line\r\n";
    r = get(f, "/a.txt", NULL);
    assert_non_null(strstr(r, "X-One: 1\r\n"));
    assert_non_null(strstr(r, "Cache-Control: max-age=60\r\n"));
    assert_null(strstr(r, "bogus"));
    free(r);
    r = get(f, "/missing", NULL);
    assert_int_equal(status_of(r), 404);
    assert_non_null(strstr(r, "X-One: 1\r\n"));
    free(r);
}

static void test_ranges(void **st) {
    fx *f = (fx *)*st;
    uint64_t s, e;
    char *r;
    (void)st;
    assert_int_equal(http_range_parse("bytes=0-4", 12, &s, &e), 1);
    assert_true(s == 0 && e == 4);
    assert_int_equal(http_range_parse("bytes=6-", 12, &s, &e), 1);
    assert_true(s == 6 && e == 11);
    assert_int_equal(http_range_parse("bytes=-3", 12, &s, &e), 1);
    assert_true(s == 9 && e == 11);
    assert_int_equal(http_range_parse("bytes=-100", 12, &s, &e), 1);
    assert_true(s == 0 && e == 11);
    assert_int_equal(http_range_parse("bytes=5-100", 12, &s, &e), 1);
    assert_true(s == 5 && e == 11);
    assert_int_equal(http_range_parse("bytes=12-", 12, &s, &e), -1);
    assert_int_equal(http_range_parse("bytes=-0", 12, &s, &e), -1);
    assert_int_equal(http_range_parse("bytes=5-4", 12, &s, &e), 0);
    assert_int_equal(http_range_parse("bytes=0-1,3-4", 12, &s, &e), 0);
    assert_int_equal(http_range_parse("items=0-1", 12, &s, &e), 0);
    assert_int_equal(http_range_parse("bytes=x-1", 12, &s, &e), 0);
    assert_int_equal(http_range_parse("bytes=99999999999999999999999-", 12, &s, &e), 0);
    r = get(f, "/a.txt", "Range: bytes=0-4\r\n");
    assert_int_equal(status_of(r), 206);
    assert_non_null(strstr(r, "Content-Range: bytes 0-4/12\r\n"));
    assert_non_null(strstr(r, "Content-Length: 5\r\n"));
    assert_string_equal(body_of(r), "hello");
    free(r);
    r = get(f, "/a.txt", "Range: bytes=-6\r\n");
    assert_string_equal(body_of(r), "world\n");
    free(r);
    r = get(f, "/a.txt", "Range: bytes=50-\r\n");
    assert_int_equal(status_of(r), 416);
    assert_non_null(strstr(r, "Content-Range: bytes */12\r\n"));
    free(r);
    r = get(f, "/big.bin", "Range: bytes=299990-\r\n");
    assert_int_equal(status_of(r), 206);
    assert_string_equal(body_of(r), "cdefghijkl"); /* 299990 % 26 == 2 */
    free(r);
}

static void test_conditional(void **st) {
    fx *f = (fx *)*st;
    char *r = get(f, "/a.txt", NULL), etag[64], lm[64], hdr[200];
    const char *p = strstr(r, "ETag: "), *q;
    size_t n;
    int64_t t;
    assert_non_null(p);
    q = strstr(p, "\r\n");
    n = (size_t)(q - p - 6);
    memcpy(etag, p + 6, n);
    etag[n] = 0;
    p = strstr(r, "Last-Modified: ");
    q = strstr(p, "\r\n");
    n = (size_t)(q - p - 15);
    memcpy(lm, p + 15, n);
    lm[n] = 0;
    free(r);
    snprintf(hdr, sizeof hdr, "If-None-Match: %s\r\n", etag);
    r = get(f, "/a.txt", hdr);
    assert_int_equal(status_of(r), 304);
    assert_string_equal(body_of(r), "");
    assert_null(strstr(r, "Content-Length"));
    free(r);
    r = get(f, "/a.txt", "If-None-Match: \"nope\"\r\n");
    assert_int_equal(status_of(r), 200);
    free(r);
    snprintf(hdr, sizeof hdr, "If-Modified-Since: %s\r\n", lm);
    r = get(f, "/a.txt", hdr);
    assert_int_equal(status_of(r), 304);
    free(r);
    r = get(f, "/a.txt", "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT\r\n");
    assert_int_equal(status_of(r), 200);
    free(r);
    r = get(f, "/a.txt", "If-Modified-Since: garbage\r\n");
    assert_int_equal(status_of(r), 200);
    free(r);
    http_date_format(784111777, hdr, sizeof hdr);
    assert_string_equal(hdr, "Sun, 06 Nov 1994 08:49:37 GMT");
    assert_int_equal(http_date_parse("Sun, 06 Nov 1994 08:49:37 GMT", &t), 0);
    assert_true(t == 784111777);
    http_date_format(951782400, hdr, sizeof hdr);
    assert_string_equal(hdr, "Tue, 29 Feb 2000 00:00:00 GMT");
    {
        /* entity-tag lists (RFC 9110 13.1.1-2): no substring match, '*' only alone, W/ only weakly */
        static const struct {
            const char *fmt; /* %s: the file's ETag; %.*s: it without its last quote */
            int status;
        } c[] = {
            {"If-None-Match: \"x\", %s\r\n", 304},
            {"If-None-Match: W/%s\r\n", 304},
            {"If-None-Match:  *  \r\n", 304},
            {"If-None-Match: \"x\", *\r\n", 200},
            {"If-None-Match: \"*\"\r\n", 200},
            {"If-None-Match: \"a%s\"\r\n", 200},
            {"If-None-Match: %s%s\r\n", 200},
            {"If-None-Match: \"%s\r\n", 200},
            {"If-Match: %s\r\n", 200},
            {"If-Match: \"x\", %s\r\n", 200},
            {"If-Match: *\r\n", 200},
            {"If-Match: W/%s\r\n", 412},
            {"If-Match: \"x\"\r\n", 412},
            {"If-Unmodified-Since: Thu, 01 Jan 1970 00:00:00 GMT\r\n", 412},
            {"If-Unmodified-Since: Wed, 01 Jan 2031 00:00:00 GMT\r\n", 200},
            {"If-Match: %s\r\nIf-Unmodified-Since: Thu, 01 Jan 1970 00:00:00 GMT\r\n", 200},
        };
        size_t i;
        for (i = 0; i < sizeof c / sizeof c[0]; i++) {
            snprintf(hdr, sizeof hdr, c[i].fmt, etag, etag);
            r = get(f, "/a.txt", hdr);
            if (status_of(r) != c[i].status) fail_msg("%s-> %d, want %d", hdr, status_of(r), c[i].status);
            free(r);
        }
    }
    {
        /* If-Range: the range only while the validator still holds */
        static const char *holds[] = {"If-Range: %s\r\nRange: bytes=0-4\r\n", "If-Range: %s \r\nRange: bytes=0-4\r\n"};
        static const char *stale[] = {"If-Range: \"other\"\r\nRange: bytes=0-4\r\n",
                                      "If-Range: W/%s\r\nRange: bytes=0-4\r\n",
                                      "If-Range: Thu, 01 Jan 1970 00:00:00 GMT\r\nRange: bytes=0-4\r\n"};
        size_t i;
        for (i = 0; i < 2; i++) {
            snprintf(hdr, sizeof hdr, holds[i], etag);
            r = get(f, "/a.txt", hdr);
            assert_int_equal(status_of(r), 206);
            free(r);
        }
        snprintf(hdr, sizeof hdr, "If-Range: %s\r\nRange: bytes=0-4\r\n", lm);
        r = get(f, "/a.txt", hdr);
        assert_int_equal(status_of(r), 206);
        free(r);
        for (i = 0; i < 3; i++) {
            snprintf(hdr, sizeof hdr, stale[i], etag);
            r = get(f, "/a.txt", hdr);
            assert_int_equal(status_of(r), 200);
            assert_string_equal(body_of(r), "hello world\n");
            free(r);
        }
    }
}

/* Redirects stay on this host; a file is not a directory. */
static void test_redirect_forms(void **st) {
    fx *f = (fx *)*st;
    static const struct {
        const char *path, *location;
    } c[] = {
        {"//evil.example/..", "Location: /\r\n"},
        {"//evil.example/../sub", "Location: /sub/\r\n"},
        {"///evil.example/../sub?x=1", "Location: /sub/?x=1\r\n"},
        {"/.//evil.example/../sub", "Location: /sub/\r\n"},
        {"/sub/..//sub", "Location: /sub/\r\n"},
        {"http://evil.example/sub", "Location: /sub/\r\n"},
        {"http://evil.example//sub", "Location: /sub/\r\n"},
        {"/with%20space", "Location: /with%20space/\r\n"},
        {"/sub?a=1#frag", "Location: /sub/?a=1\r\n"},
        {"/sub#?x", "Location: /sub/\r\n"},
    };
    static const char *refused[] = {"/%2fevil.example/..", "/%5cevil.example/..", "/\\evil.example/..",
                                    "/%2F%2Fevil.example%2F..", "/sub%2f"};
    size_t i;
    char *r;
    for (i = 0; i < sizeof c / sizeof c[0]; i++) {
        r = get(f, c[i].path, NULL);
        if (status_of(r) != 301 || !strstr(r, c[i].location)) fail_msg("%s -> %s", c[i].path, r);
        free(r);
    }
    for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        r = get(f, refused[i], NULL);
        if (status_of(r) != 400 || strstr(r, "Location")) fail_msg("%s -> %s", refused[i], r);
        free(r);
    }
    r = get(f, "/a.txt/", NULL);
    assert_int_equal(status_of(r), 404);
    free(r);
    r = get(f, "/sub/b.txt/?x", NULL);
    assert_int_equal(status_of(r), 404);
    free(r);
}

static void test_head_and_methods(void **st) {
    fx *f = (fx *)*st;
    char *r = fx_req(f, "HEAD /a.txt HTTP/1.1\r\nHost: a\r\n\r\n");
    assert_int_equal(status_of(r), 200);
    assert_non_null(strstr(r, "Content-Length: 12\r\n"));
    assert_string_equal(body_of(r), "");
    free(r);
    r = fx_req(f, "POST /a.txt HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
    assert_int_equal(status_of(r), 405);
    assert_non_null(strstr(r, "Allow: GET, HEAD\r\n"));
    free(r);
}

static void test_big_file_streams(void **st) {
    fx *f = (fx *)*st;
    net_mem_pipe *p = net_mem_pipe_new();
    size_t n, total = 0;
    const unsigned char *o;
    int i, ok = 1;
    http_server_accept_mem(f->s, p, NULL);
    {
        const char *rq = "GET /big.bin HTTP/1.1\r\nHost: a\r\n\r\nGET /a.txt HTTP/1.1\r\nHost: a\r\n\r\n";
        net_mem_pipe_write(p, rq, strlen(rq));
    }
    /* the send buffer never holds the whole file: drain as a client would */
    for (i = 0; i < 200; i++) {
        mgr_poll(f->m, 0);
        o = net_mem_pipe_output(p, &n);
        assert_true(n < 64 * 1024);
        total += n;
        net_mem_pipe_consume(p, n);
    }
    (void)o;
    assert_true(total > 300000);
    assert_true(total < 300000 + 600);
    assert_int_equal(ok, 1);
    net_mem_pipe_free(p);
}

static void test_acl_in_serve(void **st) {
    fx *f = (fx *)*st;
    char *r;
    g_opts.ip_acl = "-0.0.0.0/0,+192.168/16";
    r = get(f, "/a.txt", NULL); /* client is 127.0.0.1 */
    assert_int_equal(status_of(r), 403);
    free(r);
    g_opts.ip_acl = "-0.0.0.0/0,+127.0.0.1";
    r = get(f, "/a.txt", NULL);
    assert_int_equal(status_of(r), 200);
    free(r);
    g_opts.ip_acl = "+127.0.0.1,+bogus";
    f->nerrors = 0;
    r = get(f, "/a.txt", NULL);
    assert_int_equal(status_of(r), 403);
    assert_int_equal(f->nerrors, 1);
    assert_non_null(strstr(f->last_error, "GET /a.txt: ip_acl: bad entry '+bogus'"));
    free(r);
    { /* IPv6 client through the memory transport */
        net_mem_pipe *p = net_mem_pipe_new();
        port_addr a;
        size_t n;
        const unsigned char *o;
        net_ip_parse("::1", 3, &a);
        g_opts.ip_acl = "-::/0,+::1/128";
        http_server_accept_mem(f->s, p, &a);
        net_mem_pipe_write(p, "GET /a.txt HTTP/1.1\r\nHost: a\r\n\r\n", 32);
        fx_pump(f, 5);
        o = net_mem_pipe_output(p, &n);
        assert_memory_equal(o, "HTTP/1.1 200", 12);
        net_mem_pipe_free(p);
    }
}

/* A root that is a symlink switched to a new release: the next request
 * is served from the new one, although the root's resolution is kept. */
static void test_root_switched(void **st) {
    fx *f = (fx *)*st;
    char cur[512], tmp[512], root[512];
    char *r;
    snprintf(tmp, sizeof tmp, "%s/v1", g_tmp);
    mkdir(tmp, 0755);
    snprintf(tmp, sizeof tmp, "%s/v2", g_tmp);
    mkdir(tmp, 0755);
    put("v1/f.txt", "one", 3);
    put("v2/f.txt", "two", 3);
    snprintf(cur, sizeof cur, "%s/cur", g_tmp);
    snprintf(tmp, sizeof tmp, "%s/cur.new", g_tmp);
    unlink(cur);
    assert_int_equal(symlink("v1", cur), 0);
    snprintf(root, sizeof root, "%s", cur);
    g_opts.document_root = root;
    r = get(f, "/f.txt", NULL);
    assert_string_equal(body_of(r), "one");
    free(r);
    r = get(f, "/f.txt", NULL);
    assert_string_equal(body_of(r), "one");
    free(r);
    assert_int_equal(symlink("v2", tmp), 0);
    assert_int_equal(rename(tmp, cur), 0); /* the atomic switch */
    r = get(f, "/f.txt", NULL);
    assert_string_equal(body_of(r), "two");
    free(r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
#define T(x) cmocka_unit_test_setup_teardown(x, setup, teardown)
        T(test_basic_file),   T(test_index_and_redirect), T(test_listing),
        T(test_hidden),       T(test_traversal),          cmocka_unit_test(test_path_sanitize),
        T(test_mime),         T(test_extra_headers),      T(test_ranges),
        T(test_conditional),  T(test_head_and_methods),   T(test_big_file_streams),
        T(test_acl_in_serve), T(test_redirect_forms),     T(test_root_switched),
    };
    return cmocka_run_group_tests_name("net_static", tests, setup_all, teardown_all);
}
