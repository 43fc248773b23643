/* fuzz_http_client.c - libFuzzer target: arbitrary server bytes into the
 * HTTP client over the memory transport.
 *
 * Input: byte 0 = read chunk size (bits 0-5, +1), EOF at the end (bit 6),
 * stream_body (bit 7); byte 1 = method (bits 0-1: GET, HEAD, POST, PUT),
 * small max_response_size (bit 2), inactivity timeout (bit 3), abort after
 * the (bits 4-6)-th write (when nonzero), abort from the 2nd DATA event
 * (bit 7); the rest is what the "server" sends, written chunk by chunk with
 * a poll (and a clock step) after each.
 *
 * The first 128 server bytes are also split at '\n' into method, host,
 * path, header name and header value for a second client whose options
 * are checked (http_client_new must refuse or accept without crashing; an
 * accepted one is aborted and must end with DONE alone).
 *
 * Besides ASan/UBSan findings, the event contract is checked: DONE exactly
 * once and last, exactly one of RESPONSE/ERROR unless aborted, none after
 * an abort, body NUL-terminated, messages named after the request. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/http_client.h"

static uint64_t g_now;
static uint64_t clock_fn(void *ud) {
    (void)ud;
    return g_now;
}

typedef struct st {
    int done, finals, aborted, abort_in_data, ndata;
} st;

static void die(const char *why) {
    fprintf(stderr, "contract violation: %s\n", why);
    abort();
}

static void on_ev(http_client *c, int ev, const void *d, void *ud) {
    st *s = (st *)ud;
    size_t i;
    if (s->done) die("event after DONE");
    switch (ev) {
    case HTTP_CLIENT_EV_DATA: {
        const http_client_chunk *ch = (const http_client_chunk *)d;
        if (s->finals) die("DATA after RESPONSE/ERROR");
        if (ch->len) (void)((volatile const char *)ch->data)[ch->len - 1];
        if (++s->ndata == 2 && s->abort_in_data) {
            s->aborted = 1;
            http_client_abort(c);
        }
        break;
    }
    case HTTP_CLIENT_EV_RESPONSE: {
        const http_client_response *r = (const http_client_response *)d;
        if (s->aborted) die("RESPONSE after abort");
        if (r->body[r->body_len] != 0) die("body not NUL-terminated");
        for (i = 0; i < r->num_headers; i++) (void)(strlen(r->headers[i].name) + strlen(r->headers[i].value));
        (void)http_client_response_header(r, "content-type");
        if (r->status < 100 || r->status > 999) die("status out of range");
        if (http_client_write(c, "x", 1) != -1) die("write accepted after the response");
        s->finals++;
        break;
    }
    case HTTP_CLIENT_EV_ERROR: {
        const char *m = (const char *)d;
        const char *pre = http_client_describe(c);
        if (s->aborted) die("ERROR after abort");
        if (strncmp(m, pre, strlen(pre)) != 0) die("error message without the request prefix");
        s->finals++;
        break;
    }
    case HTTP_CLIENT_EV_DONE:
        if (!s->aborted && s->finals != 1) die("DONE without exactly one RESPONSE/ERROR");
        if (s->aborted && s->finals != 0) die("RESPONSE/ERROR after abort");
        s->done = 1;
        break;
    default: die("unknown event");
    }
}

/* Options from fuzz bytes: validation and serialisation paths. */
static void fuzz_opts(net_mgr *m, const uint8_t *data, size_t size) {
    char buf[129], *f[5], err[256];
    size_t n = size < 128 ? size : 128, k = 0, i;
    http_client_opts o;
    http_header h;
    net_mem_pipe *p;
    http_client *c;
    st s;
    memcpy(buf, data, n);
    buf[n] = 0;
    f[0] = buf;
    for (i = 0; i < n && k < 4; i++)
        if (buf[i] == '\n') {
            buf[i] = 0;
            f[++k] = buf + i + 1;
        }
    if (k < 4) return;
    memset(&o, 0, sizeof o);
    memset(&s, 0, sizeof s);
    o.method = f[0];
    o.host = f[1];
    o.path = f[2];
    h.name = f[3];
    h.value = f[4];
    o.headers = &h;
    o.num_headers = 1;
    o.port = (uint16_t)n;
    p = net_mem_pipe_new();
    c = http_client_new_mem(m, p, &o, on_ev, &s, err, sizeof err);
    if (c) {
        size_t olen;
        http_client_end(c, "b", 1);
        mgr_poll(m, 0);
        (void)net_mem_pipe_output(p, &olen);
        s.aborted = 1;
        http_client_abort(c);
        mgr_poll(m, 0);
        if (!s.done) die("no DONE after abort");
    } else if (!err[0]) {
        die("refused without a message");
    }
    net_mem_pipe_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *methods[4] = {"GET", "HEAD", "POST", "PUT"};
    net_mgr *m;
    net_mem_pipe *p;
    http_client *c;
    http_client_opts o;
    http_header h[1] = {{"Accept", "*/*"}};
    st s;
    char err[256];
    size_t off = 0, chunk;
    int i, shut, nwrite = 0, abort_at;
    if (size < 2) return 0;
    chunk = (size_t)(data[0] & 0x3f) + 1;
    shut = data[0] & 0x40;
    memset(&o, 0, sizeof o);
    memset(&s, 0, sizeof s);
    o.stream_body = (data[0] & 0x80) ? 1 : 0;
    o.method = methods[data[1] & 3];
    o.max_response_size = (data[1] & 4) ? 300 : 0;
    o.timeout_ms = (data[1] & 8) ? 100 : 0;
    abort_at = (data[1] >> 4) & 7;
    s.abort_in_data = (data[1] & 0x80) ? 1 : 0;
    o.host = "127.0.0.1";
    o.port = 8080;
    o.path = "/f?x=1";
    o.headers = h;
    o.num_headers = 1;
    data += 2;
    size -= 2;

    g_now = 1000;
    m = mgr_new();
    mgr_set_clock(m, clock_fn, NULL);
    fuzz_opts(m, data, size);
    p = net_mem_pipe_new();
    net_mem_pipe_set_read_chunk(p, chunk);
    c = http_client_new_mem(m, p, &o, on_ev, &s, err, sizeof err);
    if (!c) die(err);
    if (o.method[0] == 'P') http_client_write(c, "body", 4);
    http_client_end(c, NULL, 0);
    mgr_poll(m, 0);
    while (off < size && !s.done) {
        size_t n = size - off < chunk ? size - off : chunk;
        if (net_mem_pipe_write(p, data + off, n) != 0) break; /* closed */
        off += n;
        mgr_poll(m, 0);
        g_now += 7;
        if (++nwrite == abort_at && !s.done && !s.aborted && !s.finals) {
            s.aborted = 1;
            http_client_abort(c);
            if (s.done) die("DONE from inside abort");
        }
    }
    if (shut && !s.done) net_mem_pipe_shutdown(p);
    for (i = 0; i < 6 && !s.done; i++) {
        mgr_poll(m, 0);
        g_now += 60;
    }
    mgr_free(m); /* delivers ERROR/DONE to a client still waiting */
    if (!s.done) die("no DONE after mgr_free");
    net_mem_pipe_free(p);
    return 0;
}
