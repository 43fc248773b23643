/* fuzz_tls_client.c - libFuzzer target: arbitrary server bytes into a TLS
 * client connection (net/tls_mbed.c on mbedTLS) over a real loopback socket.
 *
 * Input: a 4-byte header, then what the "server" sends.
 *   byte 0: bits 0-1 = number of chunks - 1 (1..4); bits 2-3 = the
 *           client's max_fragment_len (0, 512, 1024, 4096);
 *   bytes 1-3: cut points of the chunks, as fractions (/256) of the body.
 * The harness owns a listener on 127.0.0.1 (made once, with the CA file
 * written once to a temp dir: the PEM below, tests/fuzz/tls_ca.pem, made
 * by tests/fuzz/tls_capture.sh with the seed corpus).  Per input:
 * mgr_connect_tls("127.0.0.1", tls: that CA, server_name "localhost"), accept
 * the socket, write the chunks with a few mgr_poll rounds between them
 * (reading and discarding what the client sends: ClientHello, alerts),
 * shut the server's sending side and poll until the conn has closed.
 *
 * Besides ASan/UBSan/LSan findings, the event contract is checked: no
 * NET_EV_CONNECT (a fuzzed peer cannot finish a handshake: it would need
 * the client's random and the server key), at most one ERROR, then exactly
 * one CLOSE, within a bounded number of polls (else "hang"). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "net/mgr.h"
#include "net/tls.h"

static const char ca_pem[] = "-----BEGIN CERTIFICATE-----\n"
                             "MIIBezCCASKgAwIBAgIUIeFazUOJkB4vuU6N1PS29QSdglUwCgYIKoZIzj0EAwIw\n"
                             "HDEaMBgGA1UEAwwRdHNmdyBmdXp6IHRlc3QgQ0EwHhcNMjYxMTI2MDU0MDI1WhcN\n"
                             "MzYxMTIzMDU0MDI1WjAcMRowGAYDVQQDDBF0c2Z3IGZ1enogdGVzdCBDQTBZMBMG\n"
                             "ByqGSM49AgEGCCqGSM49AwEHA0IABEb1rCrQJkzYBpi62a5GZmL7NFt7TES6DhUQ\n"
                             "CcSmdZpQLNNSR242oXhHrLCHnUeT9RKgmI8oT7KKkE9LhjdC6M2jQjBAMA8GA1Ud\n"
                             "EwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBRj474aFMDc8rH4\n"
                             "cEtPHM4kIxq2WzAKBggqhkjOPQQDAgNHADBEAiAZQ87j8GG8+Ev3fHyBZd+axoLz\n"
                             "y7WH5sOiJ3SJwBDQjwIgTLbZqPrHn90Z5n6XfB3GeoV5pf4L8Fvar2euWtZSI9c=\n"
                             "-----END CERTIFICATE-----\n";

static char g_dir[64] = "";
static char g_ca[96];
static int g_lfd = -1;
static uint16_t g_port;

typedef struct st {
    int errors, closed, connected;
} st;

static void die(const char *why) {
    fprintf(stderr, "contract violation: %s\n", why);
    abort();
}

static void on_ev(net_conn *c, int ev, void *d, void *ud) {
    st *s = (st *)ud;
    if (s->closed) die("event after CLOSE");
    switch (ev) {
    case NET_EV_ERROR:
        if (!d || !*(const char *)d) die("ERROR without a message");
        (void)strlen((const char *)d);
        if (++s->errors > 1) die("two ERROR events");
        break;
    case NET_EV_CLOSE: s->closed = 1; break;
    case NET_EV_CONNECT:
        s->connected = 1; /* reported below, after the conn closed */
        net_conn_close(c, 0);
        break;
    case NET_EV_READ: net_conn_rx_consume(c, c->rx_len); break;
    case NET_EV_EOF: net_conn_close(c, 0); break;
    default: break;
    }
}

static void cleanup(void) {
    if (g_ca[0]) unlink(g_ca);
    if (g_dir[0]) rmdir(g_dir);
    if (g_lfd >= 0) close(g_lfd);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    struct sockaddr_in a;
    socklen_t al = sizeof a;
    FILE *f;
    (void)argc;
    (void)argv;
    signal(SIGPIPE, SIG_IGN);
    snprintf(g_dir, sizeof g_dir, "/tmp/fuzz_tls.XXXXXX");
    if (!mkdtemp(g_dir)) die("mkdtemp");
    snprintf(g_ca, sizeof g_ca, "%s/ca.pem", g_dir);
    f = fopen(g_ca, "w");
    if (!f || fputs(ca_pem, f) < 0 || fclose(f) != 0) die("cannot write the CA file");
    atexit(cleanup);
    g_lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (g_lfd < 0 || bind(g_lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(g_lfd, 16) != 0 ||
        getsockname(g_lfd, (struct sockaddr *)&a, &al) != 0)
        die("loopback listener");
    g_port = ntohs(a.sin_port);
    return 0;
}

/* read and drop what the client sent; 1 once it closed or reset */
static int drain(int fd) {
    unsigned char buf[4096];
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n > 0) continue;
        if (n == 0) return 1;
        return !(errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR);
    }
}

static void poll_some(net_mgr *m, int fd, int rounds) {
    int i;
    for (i = 0; i < rounds; i++) {
        mgr_poll(m, 0);
        if (fd >= 0) (void)drain(fd);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const unsigned mfls[4] = {0, 512, 1024, 4096};
    net_mgr *m;
    net_conn *c;
    net_tls_opts o;
    st s;
    char err[256];
    size_t cuts[5], body, off;
    unsigned nchunks, i, k;
    int fd = -1, iter;
    if (size < 4) return 0;
    nchunks = (data[0] & 3) + 1;
    memset(&o, 0, sizeof o);
    o.ca_file = g_ca;
    o.server_name = "localhost";
    o.max_fragment_len = mfls[(data[0] >> 2) & 3];
    body = size - 4;
    cuts[0] = 0;
    for (i = 1; i < nchunks; i++) {
        size_t cpos = body * data[i] / 256;
        cuts[i] = cpos < cuts[i - 1] ? cuts[i - 1] : cpos;
    }
    cuts[nchunks] = body;
    data += 4;

    memset(&s, 0, sizeof s);
    m = mgr_new();
    if (!m) die("mgr_new");
    c = mgr_connect_tls(m, "127.0.0.1", g_port, &o, on_ev, &s, err, sizeof err);
    if (!c) die(err);
    /* accept the client's socket: the connect completes in the kernel */
    for (iter = 0; iter < 2000 && fd < 0 && !s.closed; iter++) {
        mgr_poll(m, iter < 10 ? 0 : 1);
        fd = accept4(g_lfd, NULL, NULL, SOCK_CLOEXEC);
    }
    if (fd < 0 && !s.closed) die("no connection on the loopback listener");
    if (fd >= 0) {
        poll_some(m, fd, 2); /* ClientHello out */
        for (k = 0; k < nchunks && !s.closed; k++) {
            off = cuts[k];
            while (off < cuts[k + 1]) {
                ssize_t n = send(fd, data + off, cuts[k + 1] - off, MSG_NOSIGNAL);
                if (n <= 0) break; /* client gone (RST) */
                off += (size_t)n;
            }
            if (off < cuts[k + 1]) break;
            poll_some(m, fd, 3);
        }
        shutdown(fd, SHUT_WR);
    }
    /* bounded: EOF (or an alert) must end the handshake promptly */
    for (iter = 0; iter < 500 && !s.closed; iter++) {
        mgr_poll(m, 10);
        if (fd >= 0) (void)drain(fd);
    }
    if (!s.closed) die("hang: the conn did not close after the peer's EOF");
    if (s.connected) die("handshake completed with a fuzzed peer");
    if (s.errors != 1) die("closed without exactly one ERROR");
    mgr_free(m);
    if (fd >= 0) close(fd);
    return 0;
}
