/* sim_http_server.c - a small C-level HTTP app on net/http.h, run under the
 * simulation port (host, lx106, rv32) by tests/emu/sim-check.sh.  Built
 * with -Dmain=tsfw_app_main like every simulated app.
 *
 * Routes:
 *   GET  /            "hello from tsfw\n" (Content-Length)
 *   GET  /chunked     three writes, chunked framing
 *   POST /echo        the body back, with the request's Content-Type
 *   GET  /delay?ms=N  answered N ms later from a timer
 *   GET  /big?n=N     N bytes of a pattern (backpressure with "window")
 *   GET  /headers     the request headers, one per line
 *   GET  /num?x=S     S parsed with strtod and printed with %.17g and %g
 *   other GET/HEAD    static files from fs/www (http_exchange_serve)
 *   anything else     404
 * Every server event is printed on stdout.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/http.h"
#include "net/timer.h"

static net_mgr *g_mgr;

static void on_event(http_server *srv, int ev, long conn_id, const char *msg, void *ud) {
    (void)srv;
    (void)ud;
    printf("event %s conn %ld%s%s\n",
           ev == HTTP_EV_CONNECTION ? "connection"
           : ev == HTTP_EV_CLOSE    ? "close"
                                    : "error",
           conn_id, msg ? ": " : "", msg ? msg : "");
}

static long query_num(const char *q, const char *key, long def) {
    size_t kl = strlen(key);
    while (q && *q) {
        if (strncmp(q, key, kl) == 0 && q[kl] == '=') return strtol(q + kl + 1, NULL, 10);
        q = strchr(q, '&');
        if (q) q++;
    }
    return def;
}

static void delayed(net_mgr *m, uint32_t id, void *ud) {
    http_exchange *res = (http_exchange *)ud;
    char body[64];
    int n;
    (void)m;
    n = snprintf(body, sizeof body, "delayed by timer %lu\n", (unsigned long)id);
    if (!http_exchange_is_detached(res)) http_exchange_end(res, body, (size_t)n);
    else printf("delayed response: connection already gone\n");
}

static void res_unref(void *ud) { http_exchange_unref((http_exchange *)ud); }

static void handler(http_server *srv, http_req *req, http_exchange *res, void *ud) {
    (void)srv;
    (void)ud;
    printf("request conn %ld %s %s from %s:%u body %lu\n", req->conn_id, req->method, req->url, req->remote_addr,
           (unsigned)req->remote_port, (unsigned long)req->body_len);
    if (strcmp(req->path, "/") == 0 && strcmp(req->method, "GET") == 0) {
        static const char msg[] = "hello from tsfw\n";
        http_header h[2] = {{"Content-Type", "text/plain"}, {"Content-Length", "16"}};
        http_exchange_write_head(res, 200, h, 2);
        http_exchange_end(res, msg, sizeof msg - 1);
    } else if (strcmp(req->path, "/chunked") == 0) {
        http_header h[1] = {{"Content-Type", "text/plain"}};
        http_exchange_write_head(res, 200, h, 1);
        http_exchange_write(res, "one\n", 4);
        http_exchange_write(res, "two\n", 4);
        http_exchange_end(res, "three\n", 6);
    } else if (strcmp(req->path, "/echo") == 0 && strcmp(req->method, "POST") == 0) {
        const char *ct = http_req_header(req, "content-type");
        char len[24];
        http_header h[2] = {{"Content-Type", ct ? ct : "application/octet-stream"}, {"Content-Length", len}};
        snprintf(len, sizeof len, "%lu", (unsigned long)req->body_len);
        http_exchange_write_head(res, 200, h, 2);
        http_exchange_end(res, req->body, req->body_len);
    } else if (strcmp(req->path, "/delay") == 0) {
        long ms = query_num(req->query, "ms", 100);
        http_exchange_ref(res);
        if (!mgr_timer_add(g_mgr, (uint64_t)ms, 0, delayed, res, res_unref)) http_exchange_unref(res);
    } else if (strcmp(req->path, "/big") == 0) {
        long n = query_num(req->query, "n", 1000), i;
        char line[64];
        http_exchange_write_head(res, 200, NULL, 0);
        for (i = 0; i < n; i += 50) {
            int k = snprintf(line, sizeof line, "%08ld abcdefghijklmnopqrstuvwxyz0123456789.....\n", i);
            if (http_exchange_write(res, line, (size_t)k) < 0) break;
        }
        http_exchange_end(res, NULL, 0);
    } else if (strcmp(req->path, "/headers") == 0) {
        size_t i;
        char line[600];
        for (i = 0; i < req->num_headers; i++) {
            int k = snprintf(line, sizeof line, "%s: %s\n", req->headers[i].name, req->headers[i].value);
            http_exchange_write(res, line, (size_t)k);
        }
        http_exchange_end(res, NULL, 0);
    } else if (strcmp(req->path, "/num") == 0) {
        const char *x = strchr(req->query, '=');
        char out[128];
        double d = strtod(x ? x + 1 : "0", NULL);
        int k = snprintf(out, sizeof out, "%.15g %g %.3f %ld\n", d, d * 3.0, d / 7.0, (long)(d * 1000.0) % 977);
        http_exchange_end(res, out, (size_t)k);
    } else if (strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0) {
        http_serve_opts o;
        memset(&o, 0, sizeof o);
        o.document_root = "fs/www";
        o.ip_acl = "-0.0.0.0/0,+192.168.1.0/24";
        http_exchange_serve(res, &o);
    } else {
        http_exchange_end(res, NULL, 0);
        printf("(unhandled %s)\n", req->method);
    }
    fflush(stdout);
}

int main(int argc, char **argv) {
    http_server *srv;
    http_limits lim;
    char err[128];
    (void)argc;
    (void)argv;
    g_mgr = mgr_new();
    http_limits_default(&lim);
    lim.max_conns = 4;
    lim.max_body_size = 4096;
    srv = http_server_new(g_mgr, &lim, handler, NULL, NULL);
    http_server_on(srv, on_event, NULL, NULL);
    if (http_server_listen(srv, "8000", err, sizeof err) != 0) {
        printf("listen failed: %s\n", err);
        return 1;
    }
    printf("listening on %u\n", (unsigned)http_server_port(srv));
    fflush(stdout);
    mgr_run(g_mgr);
    http_server_destroy(srv);
    mgr_free(g_mgr);
    return 0;
}
