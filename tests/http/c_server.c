/* c_server.c - C test server for the socket tests (tests/http/c_socket_tests.sh).
 *
 *   c_server LISTEN_ADDR DOCROOT [ACL]
 *
 * Prints "port N" once listening.  Routes: /hello (seed-like), /echo (POST
 * body back), /chunked, /never (handler never ends), /later (answers after
 * 200 ms), /destroy (answers, then destroys the server so the process exits
 * cleanly), /static/... (res.serve on DOCROOT), anything else 404. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/http.h"
#include "net/timer.h"

static net_mgr *g_mgr;
static http_server *g_srv;
static const char *g_root;
static const char *g_acl;

static void later_cb(net_mgr *m, uint32_t id, void *ud) {
    (void)m;
    (void)id;
    http_exchange_end((http_exchange *)ud, "later\n", 6);
}

static void unref(void *ud) { http_exchange_unref((http_exchange *)ud); }

static void handler(http_server *s, http_req *req, http_exchange *res, void *ud) {
    (void)ud;
    if (strcmp(req->path, "/hello") == 0) {
        http_header h[] = {{"Content-Type", "text/plain"}};
        char buf[512];
        http_exchange_write_head(res, 200, h, 1);
        snprintf(buf, sizeof buf, "%s %s from %s", req->method, req->url, req->remote_addr);
        http_exchange_write(res, buf, strlen(buf));
        http_exchange_end(res, "\n", 1);
    } else if (strcmp(req->path, "/echo") == 0) {
        http_exchange_end(res, req->body, req->body_len);
    } else if (strcmp(req->path, "/chunked") == 0) {
        int i;
        for (i = 0; i < 5; i++) http_exchange_write(res, "chunk\n", 6);
        http_exchange_end(res, NULL, 0);
    } else if (strcmp(req->path, "/never") == 0) {
        /* never ends: the response timeout must close it */
    } else if (strcmp(req->path, "/later") == 0) {
        http_exchange_ref(res);
        mgr_timer_add(g_mgr, 200, 0, later_cb, res, unref);
    } else if (strcmp(req->path, "/destroy") == 0) {
        http_exchange_end(res, "bye\n", 4);
        http_server_destroy(s);
        g_srv = NULL;
    } else if (strncmp(req->path, "/static/", 8) == 0 || strcmp(req->path, "/static") == 0) {
        http_serve_opts o;
        char root[1024];
        memset(&o, 0, sizeof o);
        /* strip the /static prefix by serving from a root one level up is
         * not possible; instead DOCROOT contains a "static" directory */
        snprintf(root, sizeof root, "%s", g_root);
        o.document_root = root;
        o.enable_directory_listing = 1;
        o.hidden_file_pattern = "*.key|.*";
        o.extra_headers = "X-Static: 1";
        o.ip_acl = g_acl;
        http_exchange_serve(res, &o);
    } else {
        http_header h[] = {{"Content-Type", "text/plain"}};
        http_exchange_write_head(res, 404, h, 1);
        http_exchange_end(res, "not found\n", 10);
    }
}

static void on_event(http_server *s, int ev, long id, const char *msg, void *ud) {
    (void)s;
    (void)ud;
    if (ev == HTTP_EV_ERROR) fprintf(stderr, "error %ld: %s\n", id, msg);
}

int main(int argc, char **argv) {
    http_limits lim;
    char err[256];
    if (argc < 3) {
        fprintf(stderr, "usage: %s LISTEN_ADDR DOCROOT [ACL]\n", argv[0]);
        return 2;
    }
    g_root = argv[2];
    g_acl = argc > 3 ? argv[3] : NULL;
    http_limits_default(&lim);
    lim.max_header_size = 4096;
    lim.max_body_size = 65536;
    lim.max_conns = 32;
    lim.idle_timeout_ms = 2000;
    lim.request_timeout_ms = 1500;
    lim.response_timeout_ms = 2500;
    g_mgr = mgr_new();
    g_srv = http_server_new(g_mgr, &lim, handler, NULL, NULL);
    http_server_on(g_srv, on_event, NULL, NULL);
    if (http_server_listen(g_srv, argv[1], err, sizeof err) != 0) {
        fprintf(stderr, "listen failed: %s\n", err);
        http_server_destroy(g_srv);
        mgr_free(g_mgr);
        return 1;
    }
    printf("port %u\n", http_server_port(g_srv));
    fflush(stdout);
    mgr_run(g_mgr);
    mgr_free(g_mgr);
    return 0;
}
