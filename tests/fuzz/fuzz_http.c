/* fuzz_http.c - libFuzzer target: arbitrary bytes through the HTTP server
 * over the memory transport.  The first byte picks the read chunk size and
 * whether the client half-closes; the handler exercises every response
 * path (fixed, chunked, async via timer, static serving, never-ending). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "net/http.h"
#include "net/timer.h"

static uint64_t g_now;
static uint64_t clock_fn(void *ud) {
    (void)ud;
    return g_now;
}

static void late(net_mgr *m, uint32_t id, void *ud) {
    (void)m;
    (void)id;
    http_exchange_write((http_exchange *)ud, "x", 1);
    http_exchange_end((http_exchange *)ud, "late", 4);
}
static void unref(void *ud) { http_exchange_unref((http_exchange *)ud); }

static net_mgr *g_mgr;

static void handler(http_server *s, http_req *req, http_exchange *res, void *ud) {
    size_t i;
    char c = req->path[1];
    (void)s;
    (void)ud;
    for (i = 0; i < req->num_headers; i++) (void)strlen(req->headers[i].value);
    (void)http_req_header(req, "host");
    switch (c) {
    case 'a': {
        http_header h[] = {{"Content-Type", "text/plain"}};
        http_exchange_write_head(res, 200, h, 1);
        http_exchange_write(res, req->url, strlen(req->url));
        http_exchange_write(res, req->body, req->body_len);
        http_exchange_end(res, NULL, 0);
        break;
    }
    case 'b': {
        http_serve_opts o;
        memset(&o, 0, sizeof o);
        o.document_root = "/usr/share/doc/libcmocka-dev";
        o.enable_directory_listing = 1;
        o.hidden_file_pattern = "*.gz|.*";
        o.ip_acl = req->query; /* fuzz the ACL parser too */
        http_exchange_serve(res, &o);
        break;
    }
    case 'c':
        http_exchange_ref(res);
        mgr_timer_add(g_mgr, 10, 0, late, res, unref);
        break;
    case 'd': break; /* never ends */
    case 'e': {
        http_header h[] = {{"Content-Length", "3"}};
        http_exchange_write_head(res, 201, h, 1);
        http_exchange_end(res, "abcdef", 6);
        break;
    }
    default: http_exchange_end(res, req->path, strlen(req->path)); break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    http_limits lim;
    http_server *srv;
    net_mem_pipe *p;
    int i;
    size_t off = 0, chunk;
    int shut;
    if (size < 1) return 0;
    chunk = (size_t)(data[0] & 0x3f) + 1;
    shut = data[0] & 0x40;
    data++;
    size--;
    g_now = 1000;
    http_limits_default(&lim);
    lim.max_header_size = 1024;
    lim.max_body_size = 512;
    lim.max_headers = 16;
    lim.max_tx_buffer = 64 * 1024;
    g_mgr = mgr_new();
    mgr_set_clock(g_mgr, clock_fn, NULL);
    srv = http_server_new(g_mgr, &lim, handler, NULL, NULL);
    p = net_mem_pipe_new();
    http_server_accept_mem(srv, p, NULL);
    while (off < size) {
        size_t n = size - off < chunk ? size - off : chunk;
        net_mem_pipe_write(p, data + off, n);
        off += n;
        mgr_poll(g_mgr, 0);
        g_now += 3;
    }
    if (shut) net_mem_pipe_shutdown(p);
    for (i = 0; i < 8; i++) {
        mgr_poll(g_mgr, 0);
        g_now += 5000;
    }
    http_server_destroy(srv);
    mgr_poll(g_mgr, 0);
    net_mem_pipe_free(p);
    mgr_free(g_mgr);
    return 0;
}
