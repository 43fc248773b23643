/* tls_mbed.c - TLS for net_conn on mbedTLS (2.28 on Debian, 3.x in ESP-IDF 5).
 *
 * A TLS conn is an ordinary socket conn whose transport (c->tp) is
 * tls_transport: the manager drives the handshake through the transport's
 * handshake hook from its poll loop (c->hs_want says which readiness it
 * waits for), and afterwards recv/send go through mbedtls_ssl_read/write.
 *
 * Shared state:
 *   - one CTR_DRBG per process, seeded from port_random() (getrandom on
 *     the host, the hardware RNG on ESP-IDF);
 *   - CA bundles (ca_bundle.c), cached per path on the manager and
 *     refcounted (the cache holds one reference until mgr_free; every conn
 *     or server config that uses a bundle holds another);
 *   - a server's config (own cert, key, client CA) is shared by all of its
 *     conns and refcounted, so it outlives a closed listener.
 * The 2.x/3.x differences are in tls_mbed.h.
 */
#include "tls_mbed.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_err(char *err, size_t errlen, const char *msg) {
    if (err && errlen) snprintf(err, errlen, "%s", msg);
}

int net_tls_available(void) { return 1; }

/* ------------------------------------------------------------- randomness */
static mbedtls_ctr_drbg_context g_drbg;
static int g_drbg_ok;

static int entropy_from_port(void *ud, unsigned char *buf, size_t len) {
    (void)ud;
    return port_random(buf, len) == 0 ? 0 : MBEDTLS_ERR_CTR_DRBG_ENTROPY_SOURCE_FAILED;
}

static int rng_setup(char *err, size_t errlen) {
    static const unsigned char pers[] = "tsfw-tls";
    int r;
    if (g_drbg_ok) return 0;
#ifdef TSFW_TLS_NEED_PSA
    if (psa_crypto_init() != PSA_SUCCESS) {
        put_err(err, errlen, "TLS: cannot initialise PSA crypto");
        return -1;
    }
#endif
    mbedtls_ctr_drbg_init(&g_drbg);
    r = mbedtls_ctr_drbg_seed(&g_drbg, entropy_from_port, NULL, pers, sizeof pers - 1);
    if (r != 0) {
        mbedtls_ctr_drbg_free(&g_drbg);
        put_err(err, errlen, "TLS: cannot seed the random generator (no entropy)");
        return -1;
    }
    g_drbg_ok = 1;
    return 0;
}

/* ------------------------------------------------------------ error text */
/* mbedTLS's text for code r, without the "SSL - " style module prefix. */
void tls_mbed_reason(int r, char *buf, size_t len) {
#if defined(MBEDTLS_ERROR_C)
    char t[160];
    const char *p = t;
    const char *dash;
    mbedtls_strerror(r, t, sizeof t);
    dash = strstr(t, " - ");
    if (dash && dash - t <= 8) p = dash + 3;
    snprintf(buf, len, "%s (-0x%04x)", p, (unsigned)-r);
#else
    snprintf(buf, len, "mbedTLS error -0x%04x", (unsigned)-r);
#endif
}

static void append(char *buf, size_t len, const char *s) {
    size_t l = strlen(buf);
    if (l + 3 < len) {
        if (l) {
            memcpy(buf + l, "; ", 3);
            l += 2;
        }
        while (*s && l + 1 < len) buf[l++] = *s++;
        buf[l] = 0;
    }
}

/* Readable reasons for X.509 verification flags. */
static void verify_reason(uint32_t flags, int self_signed, const char *name, char *buf, size_t len) {
    char t[300];
    buf[0] = 0;
    if (flags & MBEDTLS_X509_BADCERT_NOT_TRUSTED) {
        append(buf, len, self_signed ? "self-signed certificate" : "certificate is not signed by a trusted CA");
    }
    if (flags & MBEDTLS_X509_BADCERT_EXPIRED) append(buf, len, "certificate has expired");
    if (flags & MBEDTLS_X509_BADCERT_FUTURE) append(buf, len, "certificate is not valid yet");
    if (flags & MBEDTLS_X509_BADCERT_CN_MISMATCH) {
        snprintf(t, sizeof t, "certificate's name does not match '%.200s'", name ? name : "");
        append(buf, len, t);
    }
    if (flags & MBEDTLS_X509_BADCERT_REVOKED) append(buf, len, "certificate has been revoked");
    if (flags &
        (MBEDTLS_X509_BADCERT_KEY_USAGE | MBEDTLS_X509_BADCERT_EXT_KEY_USAGE | MBEDTLS_X509_BADCERT_NS_CERT_TYPE))
        append(buf, len, "certificate is not allowed for this purpose");
    if (flags & (MBEDTLS_X509_BADCERT_BAD_MD | MBEDTLS_X509_BADCERT_BAD_PK | MBEDTLS_X509_BADCERT_BAD_KEY))
        append(buf, len, "certificate uses a weak or unsupported algorithm or key");
    if (flags & MBEDTLS_X509_BADCERT_MISSING) append(buf, len, "no certificate was sent");
    if (!buf[0]) {
        snprintf(t, sizeof t, "verification flags 0x%lx", (unsigned long)flags);
        append(buf, len, t);
    }
}

/* --------------------------------------------------------- file loading
 * Through port.h (not mbedTLS's MBEDTLS_FS_IO), so the error says why a
 * file could not be read and devices need no stdio in mbedTLS. */
#define TLS_FILE_MAX (1024u * 1024u)

/* Read path into a malloc'd NUL-terminated buffer; *len counts the NUL
 * (what mbedTLS's PEM parsers expect). */
static unsigned char *read_file(const char *what, const char *path, size_t *len, char *err, size_t errlen) {
    port_fd fd;
    port_stat st;
    unsigned char *buf;
    size_t got = 0;
    if (port_file_open(path, 0, &fd) != 0) {
        snprintf(err, errlen, "%s%.200s: %s", what, path, port_last_error());
        return NULL;
    }
    memset(&st, 0, sizeof st);
    if (port_file_fstat(fd, &st) != 0) {
        snprintf(err, errlen, "%s%.200s: %s", what, path, port_last_error());
        port_file_close(fd);
        return NULL;
    }
    if (!st.is_reg || st.size > TLS_FILE_MAX) {
        snprintf(err, errlen, "%s%.200s: %s", what, path, !st.is_reg ? "not a regular file" : "file too large");
        port_file_close(fd);
        return NULL;
    }
    buf = (unsigned char *)malloc((size_t)st.size + 1);
    if (!buf) {
        snprintf(err, errlen, "%s%.200s: out of memory", what, path);
        port_file_close(fd);
        return NULL;
    }
    while (got < (size_t)st.size) {
        long n = port_file_pread(fd, buf + got, (size_t)st.size - got, got);
        if (n <= 0) break;
        got += (size_t)n;
    }
    port_file_close(fd);
    if (got != (size_t)st.size) {
        snprintf(err, errlen, "%s%.200s: read failed", what, path);
        free(buf);
        return NULL;
    }
    buf[got] = 0;
    *len = got + 1;
    return buf;
}

static void wipe_free(unsigned char *buf, size_t len) {
    volatile unsigned char *p = buf;
    size_t i;
    for (i = 0; i < len; i++) p[i] = 0;
    free(buf);
}

static int load_cert(mbedtls_x509_crt *crt, const char *what, const char *path, char *err, size_t errlen) {
    char why[200];
    size_t len;
    unsigned char *buf = read_file(what, path, &len, err, errlen);
    int r;
    if (!buf) return -1;
    r = mbedtls_x509_crt_parse(crt, buf, len);
    if (r < 0 && buf[0] != 0x30 && !strstr((const char *)buf, "-----BEGIN CERTIFICATE-----")) {
        free(buf);
        snprintf(err, errlen, "%s%.200s: no certificate in the file (PEM \"BEGIN CERTIFICATE\" expected)", what, path);
        return -1;
    }
    free(buf);
    if (r < 0 || crt->version == 0) {
        if (r < 0) tls_mbed_reason(r, why, sizeof why);
        else snprintf(why, sizeof why, "no usable certificate in the file");
        snprintf(err, errlen, "%s%.200s: %s", what, path, why);
        return -1;
    }
    return 0; /* r > 0: some certificates of a bundle were skipped */
}

static int load_key(mbedtls_pk_context *pk, const char *path, char *err, size_t errlen) {
    char why[200];
    size_t len;
    unsigned char *buf = read_file("ssl_key ", path, &len, err, errlen);
    int r;
    if (!buf) return -1;
    r = TLS_PK_PARSE_KEY(pk, buf, len, mbedtls_ctr_drbg_random, &g_drbg);
    wipe_free(buf, len);
    if (r != 0) {
        tls_mbed_reason(r, why, sizeof why);
        snprintf(err, errlen, "ssl_key %.200s: %s", path, why);
        return -1;
    }
    return 0;
}

static int check_pair(mbedtls_x509_crt *crt, mbedtls_pk_context *pk) {
    return TLS_PK_CHECK_PAIR(&crt->pk, pk, mbedtls_ctr_drbg_random, &g_drbg);
}

/* ---------------------------------------------------------- the transport */
struct net_tls_server {
    int refs;
    mbedtls_ssl_config conf;
    mbedtls_x509_crt cert;
    mbedtls_pk_context key;
    ca_bundle *ca; /* client certificates; NULL = none asked for */
};

typedef struct tls_conn {
    mbedtls_ssl_context ssl;
    mbedtls_ssl_config conf; /* client only (servers share srv->conf) */
    mbedtls_x509_crt cert;   /* client certificate (optional) */
    mbedtls_pk_context key;
    ca_bundle *ca;
    net_tls_server *srv;
    net_conn *c;
    int is_server;
    int handshake_done;
    int self_signed;  /* the peer's certificate issued itself */
    size_t wpend;     /* length of a write mbedTLS must see again */
    char what[300];   /* "TLS handshake with localhost:8443" */
    char name[256];   /* name checked against the certificate */
    char io_err[128]; /* socket error seen by the BIO */
    char err[700];    /* last error, for the manager */
} tls_conn;

static int bio_send(void *ctx, const unsigned char *buf, size_t len) {
    tls_conn *t = (tls_conn *)ctx;
    long n = port_send(t->c->sock, buf, len);
    if (n > 0) return (int)n;
    if (n == 0 || n == PORT_AGAIN) return MBEDTLS_ERR_SSL_WANT_WRITE;
    snprintf(t->io_err, sizeof t->io_err, "%s", port_last_error());
    return MBEDTLS_ERR_NET_SEND_FAILED;
}

static int bio_recv(void *ctx, unsigned char *buf, size_t len) {
    tls_conn *t = (tls_conn *)ctx;
    long n = port_recv(t->c->sock, buf, len);
    if (n >= 0) return (int)n; /* 0: EOF */
    if (n == PORT_AGAIN) return MBEDTLS_ERR_SSL_WANT_READ;
    snprintf(t->io_err, sizeof t->io_err, "%s", port_last_error());
    return MBEDTLS_ERR_NET_RECV_FAILED;
}

/* Called by mbedTLS for each certificate of the peer's chain, top first.
 * Notes whether the peer's own certificate is self-signed (for the
 * message) and looks the top's issuer up in the CA bundle
 * (ca_bundle.c); it only ever clears NOT_TRUSTED for a bundle root. */
static int verify_note(void *ud, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
    tls_conn *t = (tls_conn *)ud;
    ca_bundle *ca = t->is_server ? t->srv->ca : t->ca;
    if (depth == 0)
        /* an empty issuer/subject has p == NULL: no memcmp on it (UB;
         * found by tests/fuzz/fuzz_tls_client.c) */
        t->self_signed =
            crt->issuer_raw.len == crt->subject_raw.len &&
            (crt->subject_raw.len == 0 || memcmp(crt->issuer_raw.p, crt->subject_raw.p, crt->subject_raw.len) == 0);
    if ((*flags & MBEDTLS_X509_BADCERT_NOT_TRUSTED) && ca) (void)ca_bundle_lookup(ca, crt, flags);
    return 0;
}

/* The reason for a failed mbedTLS call r, readable. */
static void tls_reason(tls_conn *t, int r, char *buf, size_t len) {
    uint32_t flags = mbedtls_ssl_get_verify_result(&t->ssl);
    if (r == MBEDTLS_ERR_X509_CERT_VERIFY_FAILED || (flags != 0 && flags != (uint32_t)-1 && !t->is_server)) {
        char v[300];
        verify_reason(flags, t->self_signed, t->name, v, sizeof v);
        snprintf(buf, len, "%s verify failed: %s", t->is_server ? "client certificate" : "certificate", v);
        return;
    }
    if (t->io_err[0] && (r == MBEDTLS_ERR_NET_SEND_FAILED || r == MBEDTLS_ERR_NET_RECV_FAILED)) {
        snprintf(buf, len, "%s", t->io_err);
        return;
    }
    if (r == MBEDTLS_ERR_SSL_CONN_EOF) {
        snprintf(buf, len, "connection closed by the peer");
        return;
    }
    if (r == TLS_ERR_NOT_TLS && t->is_server && !t->handshake_done) {
        snprintf(buf, len, "%s", TLS_NOT_TLS_MSG);
        return;
    }
#if MBEDTLS_VERSION_MAJOR >= 3
    if (r == MBEDTLS_ERR_SSL_BAD_PROTOCOL_VERSION) {
#else
    if (r == MBEDTLS_ERR_SSL_BAD_HS_PROTOCOL_VERSION) {
#endif
        snprintf(buf, len, "protocol version: the %s offers only TLS versions older than 1.2",
                 t->is_server ? "client" : "server");
        return;
    }
    if (r == MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE && !t->handshake_done) {
        /* mbedTLS keeps the alert in its input buffer and has no getter */
#if MBEDTLS_VERSION_MAJOR >= 3
        const unsigned char *m = t->ssl.MBEDTLS_PRIVATE(in_msg);
#else
        const unsigned char *m = t->ssl.in_msg;
#endif
        const char *peer = t->is_server ? "client" : "server";
        int alert = m ? m[1] : -1;
        if (alert == MBEDTLS_SSL_ALERT_MSG_PROTOCOL_VERSION)
            snprintf(buf, len, "protocol version: the %s refused TLS 1.2 and later (alert %d)", peer, alert);
        else if (alert == MBEDTLS_SSL_ALERT_MSG_HANDSHAKE_FAILURE ||
                 alert == MBEDTLS_SSL_ALERT_MSG_INSUFFICIENT_SECURITY)
            snprintf(buf, len,
                     "the %s refused the handshake (alert %d): no TLS version or cipher suite in common (this side "
                     "takes TLS 1.2 or later, ECDHE with AES-GCM or ChaCha20-Poly1305)",
                     peer, alert);
        else snprintf(buf, len, "the %s sent a fatal alert (%d)", peer, alert);
        return;
    }
#if MBEDTLS_VERSION_MAJOR >= 3
    if (r == MBEDTLS_ERR_SSL_HANDSHAKE_FAILURE && t->is_server && !t->handshake_done) {
#else
    if (r == MBEDTLS_ERR_SSL_NO_USABLE_CIPHERSUITE || r == MBEDTLS_ERR_SSL_NO_CIPHER_CHOSEN) {
#endif
        snprintf(buf, len, "no cipher suite in common (this side takes only ECDHE with AES-GCM or ChaCha20-Poly1305)");
        return;
    }
#if defined(MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE)
    if (r == MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE) {
        snprintf(buf, len, "the client sent no certificate (one is required)");
        return;
    }
#endif
    tls_mbed_reason(r, buf, len);
}

/* The protocol policy of both sides: TLS 1.2 at least (1.3 where the
 * library has it), and only AEAD suites with ECDHE key exchange: forward
 * secrecy, no CBC.  Suites the library was built without are skipped. */
static const int g_suites[] = {
#if MBEDTLS_VERSION_MAJOR >= 3 && defined(MBEDTLS_SSL_PROTO_TLS1_3)
    MBEDTLS_TLS1_3_AES_128_GCM_SHA256,
    MBEDTLS_TLS1_3_AES_256_GCM_SHA384,
    MBEDTLS_TLS1_3_CHACHA20_POLY1305_SHA256,
#endif
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
    MBEDTLS_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    MBEDTLS_TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    MBEDTLS_TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    0
};

static void conf_policy(mbedtls_ssl_config *conf) {
#if MBEDTLS_VERSION_NUMBER >= 0x03020000
    mbedtls_ssl_conf_min_tls_version(conf, MBEDTLS_SSL_VERSION_TLS1_2);
#else
    mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
#endif
    mbedtls_ssl_conf_ciphersuites(conf, g_suites);
}

static int tls_handshake(net_conn *c, char *err, size_t errlen) {
    tls_conn *t = (tls_conn *)c->tp_ctx;
    char why[360];
    int r;
    for (;;) {
        r = mbedtls_ssl_handshake(&t->ssl);
        if (TLS_IS_NEW_TICKET(r)) continue;
        break;
    }
    if (r == MBEDTLS_ERR_SSL_WANT_READ) {
        c->hs_want = PORT_POLL_IN;
        return PORT_AGAIN;
    }
    if (r == MBEDTLS_ERR_SSL_WANT_WRITE) {
        c->hs_want = PORT_POLL_OUT;
        return PORT_AGAIN;
    }
    if (r == 0 && !t->is_server && mbedtls_ssl_get_verify_result(&t->ssl) != 0)
        r = MBEDTLS_ERR_X509_CERT_VERIFY_FAILED; /* never happens with VERIFY_REQUIRED */
    if (r == 0) {
        t->handshake_done = 1;
        return 0;
    }
    tls_reason(t, r, why, sizeof why);
    snprintf(err, errlen, "%s: %s", t->what, why);
    snprintf(t->err, sizeof t->err, "%s: %s", t->what, why);
    return PORT_ERR;
}

static long tls_recv(net_conn *c, void *buf, size_t len) {
    tls_conn *t = (tls_conn *)c->tp_ctx;
    char why[360];
    int r = MBEDTLS_ERR_SSL_WANT_READ, tries;
    if (!t) return PORT_ERR;
    /* A TLS 1.3 server may send NewSessionTicket messages at any time.
     * 3.x clients before 3.6.1 report each one from mbedtls_ssl_read (we
     * keep no tickets: read again); 3.6.1+ drop them unless asked to signal them
     * (TSFW_TLS_SIGNAL_TICKETS, the tests' way to take this path).  After a
     * few in a row give the poll loop a turn; anything already decrypted is
     * seen by tls_ready. */
    for (tries = 0; tries < 4; tries++) {
        r = mbedtls_ssl_read(&t->ssl, (unsigned char *)buf, len);
        if (TLS_IS_NEW_TICKET(r)) continue;
        break;
    }
    if (r > 0) return r;
    if (r == 0 || r == MBEDTLS_ERR_SSL_PEER_CLOSE_NOTIFY || r == MBEDTLS_ERR_SSL_CONN_EOF) return 0;
    if (r == MBEDTLS_ERR_SSL_WANT_READ || r == MBEDTLS_ERR_SSL_WANT_WRITE || TLS_IS_NEW_TICKET(r)) return PORT_AGAIN;
    tls_reason(t, r, why, sizeof why);
    snprintf(t->err, sizeof t->err, "TLS: %s", why);
    return PORT_ERR;
}

static long tls_send(net_conn *c, const void *buf, size_t len) {
    tls_conn *t = (tls_conn *)c->tp_ctx;
    char why[360];
    int r = MBEDTLS_ERR_SSL_WANT_WRITE, tries; /* set by the loop; clang -Wsometimes-uninitialized */
    if (!t) return PORT_ERR;
    /* after WANT_WRITE mbedTLS must be called again with the same data; the
     * send buffer only grows at its end, so offer the same prefix */
    if (t->wpend && len > t->wpend) len = t->wpend;
    if (len > 0x4000) len = 0x4000;
    for (tries = 0; tries < 4; tries++) {
        r = mbedtls_ssl_write(&t->ssl, (const unsigned char *)buf, len);
        /* 3.x: a write may first process a NewSessionTicket (see tls_recv);
         * nothing was written, call again */
        if (TLS_IS_NEW_TICKET(r)) continue;
        break;
    }
    if (TLS_IS_NEW_TICKET(r)) r = MBEDTLS_ERR_SSL_WANT_WRITE;
    if (r >= 0) {
        t->wpend = 0;
        return r;
    }
    if (r == MBEDTLS_ERR_SSL_WANT_WRITE || r == MBEDTLS_ERR_SSL_WANT_READ) {
        t->wpend = len;
        return PORT_AGAIN;
    }
    tls_reason(t, r, why, sizeof why);
    snprintf(t->err, sizeof t->err, "TLS: %s", why);
    return PORT_ERR;
}

static int tls_ready(net_conn *c) {
    tls_conn *t = (tls_conn *)c->tp_ctx;
    if (!t || !t->handshake_done) return 0;
    return mbedtls_ssl_get_bytes_avail(&t->ssl) > 0 || mbedtls_ssl_check_pending(&t->ssl);
}

static const char *tls_last_error(net_conn *c) {
    tls_conn *t = (tls_conn *)c->tp_ctx;
    return t && t->err[0] ? t->err : port_last_error();
}

static void tls_free(tls_conn *t) {
    mbedtls_ssl_free(&t->ssl);
    if (!t->is_server) mbedtls_ssl_config_free(&t->conf);
    mbedtls_x509_crt_free(&t->cert);
    mbedtls_pk_free(&t->key);
    ca_bundle_put(t->ca);
    if (t->srv) net_tls_server_release(t->srv);
    free(t);
}

static void tls_close(net_conn *c) {
    tls_conn *t = (tls_conn *)c->tp_ctx;
    if (t) {
        if (t->handshake_done && c->sock != PORT_INVALID)
            (void)mbedtls_ssl_close_notify(&t->ssl); /* best effort, never waits */
        tls_free(t);
        c->tp_ctx = NULL;
    }
    if (c->sock != PORT_INVALID) port_close(c->sock);
    c->sock = PORT_INVALID;
}

static const net_transport tls_transport = {"tls",     tls_recv,  tls_send,      NULL,
                                            tls_ready, tls_close, tls_handshake, tls_last_error};

static tls_conn *tls_conn_new(net_conn *c) {
    tls_conn *t = (tls_conn *)calloc(1, sizeof *t);
    if (!t) return NULL;
    t->c = c;
    mbedtls_ssl_init(&t->ssl);
    mbedtls_ssl_config_init(&t->conf);
    mbedtls_x509_crt_init(&t->cert);
    mbedtls_pk_init(&t->key);
    return t;
}

/* This build's record buffers: a device build passes its sdkconfig values
 * (TSFW_TLS_IN_LEN/OUT_LEN, components/runtime/CMakeLists.txt), else
 * mbedTLS's own (ssl.h defaults both to 16384). */
#if defined(TSFW_TLS_IN_LEN)
#define TLS_IN_LEN TSFW_TLS_IN_LEN
#elif defined(MBEDTLS_SSL_IN_CONTENT_LEN)
#define TLS_IN_LEN MBEDTLS_SSL_IN_CONTENT_LEN
#else
#define TLS_IN_LEN 16384
#endif
#if defined(TSFW_TLS_OUT_LEN)
#define TLS_OUT_LEN TSFW_TLS_OUT_LEN
#elif defined(MBEDTLS_SSL_OUT_CONTENT_LEN)
#define TLS_OUT_LEN MBEDTLS_SSL_OUT_CONTENT_LEN
#else
#define TLS_OUT_LEN 16384
#endif
/* The largest max_fragment_len mbedTLS lets a client ask for: it must fit
 * both buffers (MBEDTLS_TLS_EXT_ADV_CONTENT_LEN = min(in, out) in 2.28 and
 * 3.6); ESP8266 (4096 in, 2048 out) can ask for 2048, not 4096. */
#define TLS_MFL_MIN_(a, b) ((a) < (b) ? (a) : (b))
#define TLS_MFL_ROOM       TLS_MFL_MIN_(TLS_IN_LEN, TLS_OUT_LEN)
#define TLS_MFL_FIT        (TLS_MFL_ROOM >= 4096 ? 4096 : TLS_MFL_ROOM >= 2048 ? 2048 : TLS_MFL_ROOM >= 1024 ? 1024 : 512)

static int mfl_code(unsigned n, unsigned char *code) {
    switch (n) {
    case 512: *code = MBEDTLS_SSL_MAX_FRAG_LEN_512; return 0;
    case 1024: *code = MBEDTLS_SSL_MAX_FRAG_LEN_1024; return 0;
    case 2048: *code = MBEDTLS_SSL_MAX_FRAG_LEN_2048; return 0;
    case 4096: *code = MBEDTLS_SSL_MAX_FRAG_LEN_4096; return 0;
    default: return -1;
    }
}

int net_tls_client_attach(struct net_conn *c, const char *host, uint16_t port, const net_tls_opts *opts, char *err,
                          size_t errlen) {
    const char *ca_path = opts ? opts->ca_file : NULL;
    const char *name = opts && opts->server_name && *opts->server_name ? opts->server_name : host;
    unsigned mfl = opts ? opts->max_fragment_len : 0;
    unsigned char code = 0;
    char why[300];
    tls_conn *t;
    int r;
    if (!ca_path || !*ca_path) ca_path = port_getenv("TSFW_CA_FILE");
    if (!ca_path || !*ca_path) ca_path = TSFW_CA_FILE_DEFAULT;
    if (mfl && mfl_code(mfl, &code) != 0) {
        snprintf(err, errlen, "max_fragment_len %u: must be 512, 1024, 2048 or 4096", mfl);
        return -1;
    }
#if TLS_IN_LEN < 16384
    /* the input buffer is smaller than a full record: ask for small ones */
    if (mfl == 0) mfl = TLS_MFL_FIT;
#endif
#if TLS_MFL_FIT < 4096
    /* mbedTLS refuses (BAD_INPUT_DATA) to ask for more than min(in, out);
     * fewer bytes a record is still what the caller wanted */
    if (mfl > TLS_MFL_FIT) mfl = TLS_MFL_FIT;
#endif
    if (mfl) (void)mfl_code(mfl, &code);
#if !defined(MBEDTLS_SSL_MAX_FRAGMENT_LENGTH)
    if (mfl) {
        put_err(err, errlen, "max_fragment_len: not supported by this mbedTLS build");
        return -1;
    }
#endif
    if (strlen(name) >= sizeof t->name) {
        put_err(err, errlen, "TLS: server name too long");
        return -1;
    }
    if (rng_setup(err, errlen) != 0) return -1;
    t = tls_conn_new(c);
    if (!t) {
        put_err(err, errlen, "out of memory");
        return -1;
    }
    if (strchr(host, ':')) snprintf(t->what, sizeof t->what, "TLS handshake with [%.240s]:%u", host, (unsigned)port);
    else snprintf(t->what, sizeof t->what, "TLS handshake with %.240s:%u", host, (unsigned)port);
    snprintf(t->name, sizeof t->name, "%s", name);
    t->ca = ca_bundle_get(c->mgr, ca_path, err, errlen);
    if (!t->ca) goto fail;
    r = mbedtls_ssl_config_defaults(&t->conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT);
    if (r != 0) goto fail_r;
    conf_policy(&t->conf);
    mbedtls_ssl_conf_authmode(&t->conf, MBEDTLS_SSL_VERIFY_REQUIRED); /* no way to turn it off */
    mbedtls_ssl_conf_ca_chain(&t->conf, ca_bundle_anchor(t->ca), NULL);
    mbedtls_ssl_conf_rng(&t->conf, mbedtls_ctr_drbg_random, &g_drbg);
#if defined(MBEDTLS_SSL_MAX_FRAGMENT_LENGTH)
    if (mfl && (r = mbedtls_ssl_conf_max_frag_len(&t->conf, code)) != 0) goto fail_r;
#if MBEDTLS_VERSION_NUMBER >= 0x03020000 && defined(MBEDTLS_SSL_PROTO_TLS1_3)
    /* 3.x offers TLS 1.3 by default, but its TLS 1.3 client does not
     * support max_fragment_length: a server that echoes the extension in
     * EncryptedExtensions (OpenSSL does) fails the handshake with
     * UNSUPPORTED_EXTENSION, one that ignores it sends 16 KB records.  Smaller
     * records are a TLS 1.2 feature here, so ask for TLS 1.2 at most. */
    if (mfl) mbedtls_ssl_conf_max_tls_version(&t->conf, MBEDTLS_SSL_VERSION_TLS1_2);
#endif
#endif
    if (opts && opts->cert_file && *opts->cert_file) {
        if (!opts->key_file || !*opts->key_file) {
            snprintf(err, errlen, "ssl_cert %.200s: a key_file is required with it", opts->cert_file);
            goto fail;
        }
        if (load_cert(&t->cert, "ssl_cert ", opts->cert_file, err, errlen) != 0) goto fail;
        if (load_key(&t->key, opts->key_file, err, errlen) != 0) goto fail;
        if (check_pair(&t->cert, &t->key) != 0) {
            snprintf(err, errlen, "ssl_key %.200s does not match ssl_cert %.200s", opts->key_file, opts->cert_file);
            goto fail;
        }
        if ((r = mbedtls_ssl_conf_own_cert(&t->conf, &t->cert, &t->key)) != 0) goto fail_r;
    }
#if !TSFW_HAVE_SSL_SET_VERIFY
    mbedtls_ssl_conf_verify(&t->conf, verify_note, t); /* the conf is this conn's own */
#endif
#if defined(TSFW_TLS_SIGNAL_TICKETS) && MBEDTLS_VERSION_NUMBER >= 0x03060100 && defined(MBEDTLS_SSL_PROTO_TLS1_3) && \
    defined(MBEDTLS_SSL_SESSION_TICKETS)
    /* tests only: behave like 3.x before 3.6.1, which always reports tickets */
    mbedtls_ssl_conf_tls13_enable_signal_new_session_tickets(&t->conf,
                                                             MBEDTLS_SSL_TLS1_3_SIGNAL_NEW_SESSION_TICKETS_ENABLED);
#endif
    if ((r = mbedtls_ssl_setup(&t->ssl, &t->conf)) != 0) goto fail_r;
#if TSFW_HAVE_SSL_SET_VERIFY
    mbedtls_ssl_set_verify(&t->ssl, verify_note, t);
#endif
    if ((r = mbedtls_ssl_set_hostname(&t->ssl, name)) != 0) goto fail_r; /* SNI + name check */
    mbedtls_ssl_set_bio(&t->ssl, t, bio_send, bio_recv, NULL);
    c->tp = &tls_transport;
    c->tp_ctx = t;
    return 0;
fail_r:
    tls_mbed_reason(r, why, sizeof why);
    snprintf(err, errlen, "TLS setup: %s", why);
fail:
    tls_free(t);
    return -1;
}

/* ---------------------------------------------------------------- server */
void net_tls_server_release(net_tls_server *s) {
    if (!s || --s->refs > 0) return;
    mbedtls_ssl_config_free(&s->conf);
    mbedtls_x509_crt_free(&s->cert);
    mbedtls_pk_free(&s->key);
    ca_bundle_put(s->ca);
    free(s);
}

net_tls_server *net_tls_server_new(struct net_mgr *m, const net_tls_opts *opts, char *err, size_t errlen) {
    net_tls_server *s;
    char why[300];
    int r;
    if (!opts || !opts->cert_file || !*opts->cert_file) {
        put_err(err, errlen, "ssl_cert: a certificate file is required for HTTPS");
        return NULL;
    }
    if (!opts->key_file || !*opts->key_file) {
        put_err(err, errlen, "ssl_key: a private key file is required for HTTPS");
        return NULL;
    }
    if (rng_setup(err, errlen) != 0) return NULL;
    s = (net_tls_server *)calloc(1, sizeof *s);
    if (!s) {
        put_err(err, errlen, "out of memory");
        return NULL;
    }
    s->refs = 1;
    mbedtls_ssl_config_init(&s->conf);
    mbedtls_x509_crt_init(&s->cert);
    mbedtls_pk_init(&s->key);
    if (load_cert(&s->cert, "ssl_cert ", opts->cert_file, err, errlen) != 0) goto fail;
    if (load_key(&s->key, opts->key_file, err, errlen) != 0) goto fail;
    if (check_pair(&s->cert, &s->key) != 0) {
        snprintf(err, errlen, "ssl_key %.200s does not match ssl_cert %.200s", opts->key_file, opts->cert_file);
        goto fail;
    }
    if (opts->ca_file && *opts->ca_file) {
        s->ca = ca_bundle_get(m, opts->ca_file, why, sizeof why);
        if (!s->ca) {
            snprintf(err, errlen, "ssl_ca_cert: %s", why);
            goto fail;
        }
    }
    r = mbedtls_ssl_config_defaults(&s->conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
                                    MBEDTLS_SSL_PRESET_DEFAULT);
    if (r != 0) goto fail_r;
    conf_policy(&s->conf);
    mbedtls_ssl_conf_rng(&s->conf, mbedtls_ctr_drbg_random, &g_drbg);
    if ((r = mbedtls_ssl_conf_own_cert(&s->conf, &s->cert, &s->key)) != 0) goto fail_r;
    if (s->ca) {
        mbedtls_ssl_conf_authmode(&s->conf, MBEDTLS_SSL_VERIFY_REQUIRED);
        mbedtls_ssl_conf_ca_chain(&s->conf, ca_bundle_anchor(s->ca), NULL);
    } else {
        mbedtls_ssl_conf_authmode(&s->conf, MBEDTLS_SSL_VERIFY_NONE);
    }
    return s;
fail_r:
    tls_mbed_reason(r, why, sizeof why);
    snprintf(err, errlen, "TLS setup: %s", why);
fail:
    net_tls_server_release(s);
    return NULL;
}

int net_tls_server_attach(net_tls_server *s, struct net_conn *c, char *err, size_t errlen) {
    tls_conn *t = tls_conn_new(c);
    int r;
    if (!t) {
        put_err(err, errlen, "out of memory");
        return -1;
    }
    t->is_server = 1;
    t->srv = s;
    s->refs++;
    snprintf(t->what, sizeof t->what, "TLS handshake");
    if ((r = mbedtls_ssl_setup(&t->ssl, &s->conf)) != 0) {
        char why[300];
        tls_mbed_reason(r, why, sizeof why);
        snprintf(err, errlen, "TLS setup: %s", why);
        tls_free(t);
        return -1;
    }
#if TSFW_HAVE_SSL_SET_VERIFY
    mbedtls_ssl_set_verify(&t->ssl, verify_note, t); /* else: no "self-signed" wording */
#endif
    mbedtls_ssl_set_bio(&t->ssl, t, bio_send, bio_recv, NULL);
    c->tp = &tls_transport;
    c->tp_ctx = t;
    return 0;
}
