/* c_client.c - C test client for the socket tests (tests/http/c_client_tests.sh).
 *
 *   c_client [-s] [-t MS] [-m MAX] [-H "Name: value"]... [-d BODY] [-o FILE]
 *            [-c CA_FILE] [-n SERVER_NAME] METHOD URL
 *
 *   -s  stream the body (HTTP_CLIENT_EV_DATA); -t inactivity timeout;
 *   -m  max_response_size; -d request body (sent in two writes);
 *   -o  write the body to FILE; -c/-n: https trust roots and name to verify.
 *
 * Prints, on success:
 *     status 200
 *     header Name: value          (each, as received)
 *     body_length N
 *     body TEXT                   (when N <= 200 and not -o)
 *     done
 * or "error MESSAGE" then "done".  Checks the event contract on the way
 * (DONE last and once, exactly one of RESPONSE/ERROR) and exits 0 after a
 * response, 1 after an error, 2 on a usage or contract problem. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/http_client.h"

static int g_rc = 2;
static int g_finals, g_done;
static unsigned long long g_streamed;
static unsigned long g_ndata;
static FILE *g_out;

static void on_ev(http_client *c, int ev, const void *d, void *ud) {
    size_t i;
    (void)c;
    (void)ud;
    if (g_done) {
        printf("contract: event %d after DONE\n", ev);
        g_rc = 2;
        return;
    }
    switch (ev) {
    case HTTP_CLIENT_EV_DATA: {
        const http_client_chunk *ch = (const http_client_chunk *)d;
        g_streamed += ch->len;
        g_ndata++;
        if (g_out && ch->len) fwrite(ch->data, 1, ch->len, g_out);
        break;
    }
    case HTTP_CLIENT_EV_RESPONSE: {
        const http_client_response *r = (const http_client_response *)d;
        g_finals++;
        printf("status %d\n", r->status);
        for (i = 0; i < r->num_headers; i++) printf("header %s: %s\n", r->headers[i].name, r->headers[i].value);
        if (g_ndata) {
            printf("body_length %llu (streamed)\n", g_streamed);
        } else {
            printf("body_length %lu\n", (unsigned long)r->body_len);
            if (g_out) fwrite(r->body, 1, r->body_len, g_out);
            else if (r->body_len <= 200) printf("body %s\n", r->body);
        }
        g_rc = 0;
        break;
    }
    case HTTP_CLIENT_EV_ERROR:
        g_finals++;
        printf("error %s\n", (const char *)d);
        g_rc = 1;
        break;
    case HTTP_CLIENT_EV_DONE:
        g_done = 1;
        if (g_finals != 1) {
            printf("contract: %d RESPONSE/ERROR events before DONE\n", g_finals);
            g_rc = 2;
        }
        printf("done\n");
        break;
    default: printf("contract: unknown event %d\n", ev); g_rc = 2;
    }
}

/* "http://host[:port]/path" or "http://[v6]:port/path" (https too). */
static int parse_url(const char *url, http_client_opts *o, char *host, size_t hlen) {
    const char *p = url, *h, *e;
    size_t n;
    if (strncmp(p, "http://", 7) == 0) p += 7;
    else if (strncmp(p, "https://", 8) == 0) {
        p += 8;
        o->tls = 1;
        o->connect_tls = mgr_connect_tls;
    } else return -1;
    h = p;
    if (*p == '[') {
        e = strchr(p, ']');
        if (!e) return -1;
        e++;
    } else {
        e = p + strcspn(p, ":/");
    }
    n = (size_t)(e - h);
    if (n == 0 || n >= hlen) return -1;
    memcpy(host, h, n);
    host[n] = 0;
    o->host = host;
    p = e;
    if (*p == ':') {
        char *end;
        long v = strtol(p + 1, &end, 10);
        if (end == p + 1 || v <= 0 || v > 65535) return -1;
        o->port = (uint16_t)v;
        p = end;
    }
    o->path = *p ? p : "/";
    return 0;
}

int main(int argc, char **argv) {
    http_client_opts o;
    http_header hdrs[16];
    char names[16][128];
    size_t nh = 0;
    const char *body = NULL, *outfile = NULL;
    char host[256], err[512];
    int i;
    net_mgr *m;
    http_client *c;
    memset(&o, 0, sizeof o);
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-s") == 0) o.stream_body = 1;
        else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc) o.timeout_ms = (unsigned)atoi(argv[++i]);
        else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) o.max_response_size = (size_t)atol(argv[++i]);
        else if (strcmp(argv[i], "-d") == 0 && i + 1 < argc) body = argv[++i];
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) outfile = argv[++i];
        else if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) o.tls_opts.ca_file = argv[++i];
        else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc) o.tls_opts.server_name = argv[++i];
        else if (strcmp(argv[i], "-H") == 0 && i + 1 < argc && nh < 16) {
            const char *v = argv[++i], *colon = strchr(v, ':');
            size_t n = colon ? (size_t)(colon - v) : strlen(v);
            if (n >= sizeof names[0]) n = sizeof names[0] - 1;
            memcpy(names[nh], v, n);
            names[nh][n] = 0;
            hdrs[nh].name = names[nh];
            v = colon ? colon + 1 : "";
            while (*v == ' ') v++;
            hdrs[nh].value = v;
            nh++;
        } else {
            fprintf(stderr, "c_client: unknown option %s\n", argv[i]);
            return 2;
        }
    }
    if (argc - i != 2) {
        fprintf(
            stderr,
            "usage: c_client [-s] [-t MS] [-m MAX] [-H 'N: v']... [-d BODY] [-o FILE] [-c CA] [-n NAME] METHOD URL\n");
        return 2;
    }
    o.method = argv[i];
    if (parse_url(argv[i + 1], &o, host, sizeof host) != 0) {
        fprintf(stderr, "c_client: bad URL %s\n", argv[i + 1]);
        return 2;
    }
    o.headers = hdrs;
    o.num_headers = nh;
    if (outfile && !(g_out = fopen(outfile, "wb"))) {
        perror(outfile);
        return 2;
    }
    m = mgr_new();
    c = http_client_new(m, &o, on_ev, NULL, err, sizeof err);
    if (!c) {
        printf("bad request: %s\n", err);
        mgr_free(m);
        if (g_out) fclose(g_out);
        return 1;
    }
    if (body) {
        size_t n = strlen(body), half = n / 2;
        if (http_client_write(c, body, half) != 0 || http_client_end(c, body + half, n - half) != 0)
            printf("note: write/end refused\n");
    } else {
        http_client_end(c, NULL, 0);
    }
    mgr_run(m);
    mgr_free(m);
    if (g_out) fclose(g_out);
    if (!g_done) {
        printf("contract: no DONE event\n");
        return 2;
    }
    fflush(stdout);
    return g_rc;
}
