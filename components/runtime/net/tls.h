/* tls.h - TLS for connections, on mbedTLS (2.28 on Debian, 3.x in ESP-IDF 5).
 *
 * No mbedTLS types appear here, so net/ and api/ compile without its
 * headers.  The backend is tls_mbed.c with ca_bundle.c; builds without TLS
 * (the emulated targets) link tls_none.c instead, whose functions fail
 * with "HTTPS is not available in this build".
 *
 * Verification is always on for clients: the server's chain must end in a
 * CA from ca_file, its validity dates must cover now, and its name must
 * match server_name (SNI is sent with the same name).  There is no switch
 * to turn this off.  2.28 does not match IP-address SANs: connect by name,
 * or give server_name.
 *
 * Memory (measured on the host with a counting malloc, TLS with a P-256
 * certificate, loopback; figures include the runtime's net_conn with its
 * 2 KB rx buffer; tests/tls/tls_tests.sh prints them for the host builds,
 * `make tls-heap-device` (tests/tls/tls_heap.sh) for these configs):
 *   peak heap of one conn, bytes    client            server (curl client)
 *   mbedTLS 2.28.3 16384/16384      45863 (TLS 1.2)   48826 (TLS 1.2)
 *   2.28.3, ESP8266 4096/2048       19239 (1.2, asks  22202 (1.2)
 *                                   for mfl 2048)
 *   mbedTLS 3.6.6  16384/16384      56804 (TLS 1.3;   62332 (1.3)
 *                                   same against 1.2) 45462 (1.2)
 *   3.6.6, ESP32 16384/4096         35091 (1.3)       37756 (1.3)
 *                                   33457 (1.2)       33174 (1.2)
 *   (in/out: MBEDTLS_SSL_IN/OUT_CONTENT_LEN; both versions built from
 *   Debian's source by tests/tls/mbedtls-src.sh.  Debian 12's own
 *   libmbedtls 2.28: client ~46 KB, server ~49 KB.)  A 3.6 client peaks
 *   higher than 2.28 even against a TLS 1.2 server: its ClientHello
 *   carries a TLS 1.3 key share, and psa_export_public_key briefly
 *   allocates a copy of the free output buffer (~OUT_CONTENT_LEN, PSA's
 *   caller-buffer copies).  Per server: cert + key ~7-9 KB.  CA bundle,
 *   indexed once per path and manager: ~6-9 KB with one CA; fs/ca.pem (35
 *   roots) 8 KB, against 115 KB if it were kept parsed (ca_bundle.c).
 * Not reproduced on the host: ESP-IDF's CONFIG_MBEDTLS_DYNAMIC_BUFFER (its
 * own patch of mbedTLS: record buffers allocated only while data moves),
 * so the ESP32 row is what the handshake costs without it, more than an
 * idle ESP32 connection holds.  Without it the record buffers are
 * allocated per connection at their build-time size whatever record size
 * was negotiated, so max_fragment_len saves nothing on the host (16 KB
 * buffers).  On a device the sizes are set at build time
 * (CONFIG_MBEDTLS_SSL_IN/OUT_CONTENT_LEN, passed to this glue as
 * TSFW_TLS_IN_LEN/TSFW_TLS_OUT_LEN; ESP32: 16384/4096, ESP8266: 4096/2048).
 * A client cannot ask for records larger than min(in, out) (mbedTLS
 * refuses), so ESP8266 asks for 2048.  With 3.x, max_fragment_len is a
 * TLS 1.2 extension (its TLS 1.3 client does not take it): a client that
 * asks for it offers TLS 1.2 only.
 * A client whose input buffer is
 * smaller than 16 KB must get the server to agree to smaller records:
 * max_fragment_len 0 then asks for min(in, out); a server that ignores
 * the extension and sends 16 KB records cannot be talked to.  A device
 * server cannot ask (the extension is the client's), so a small input
 * buffer breaks clients that send records larger than it.
 */
#ifndef TSFW_NET_TLS_H
#define TSFW_NET_TLS_H

#include <stddef.h>
#include <stdint.h>

#ifndef TSFW_CA_FILE_DEFAULT
#define TSFW_CA_FILE_DEFAULT "ca.pem" /* firmware: "/spiffs/ca.pem" */
#endif

typedef struct net_tls_opts {
    /* client: trusted roots (PEM bundle); NULL = TSFW_CA_FILE_DEFAULT, or
     * the TSFW_CA_FILE environment variable on the host.
     * server: CAs for client certificates; NULL = no client certificate
     * asked for, set = one is required and checked. */
    const char *ca_file;
    const char *cert_file;   /* server: required; client: optional */
    const char *key_file;    /* PEM private key for cert_file */
    const char *server_name; /* client: name to verify and send as SNI; NULL = the host */
    /* Largest TLS record this side asks for (RFC 6066 max_fragment_length):
     * 0 (default: 16384) or 512, 1024, 2048, 4096.  Smaller records let a
     * device with little RAM use smaller buffers.  In a build whose input
     * buffer is under 16 KB, 0 asks for the largest size that fits both
     * buffers; larger values are lowered to it. */
    unsigned max_fragment_len;
} net_tls_opts;

struct net_conn;
struct net_mgr;

/* 1 if this build has TLS (0 with tls_none.c). */
int net_tls_available(void);

/* Make the (not yet connected) outgoing conn c a TLS client for host:port:
 * installs the TLS transport, whose handshake the manager runs after the
 * TCP connect; NET_EV_CONNECT follows a successful handshake and
 * certificate check.  0, or -1 with a message in err (e.g. "cannot read CA
 * file ca.pem: No such file or directory").  Used by mgr_connect. */
int net_tls_client_attach(struct net_conn *c, const char *host, uint16_t port, const net_tls_opts *opts, char *err,
                          size_t errlen);

/* A server's TLS setup (certificate, key, optional client CA), shared by
 * its connections and refcounted: the listener holds one reference, every
 * accepted conn another.  Errors name the option and file, e.g.
 * "ssl_key server.key: No such file or directory". */
typedef struct net_tls_server net_tls_server;
net_tls_server *net_tls_server_new(struct net_mgr *m, const net_tls_opts *opts, char *err, size_t errlen);
void net_tls_server_release(net_tls_server *s);
/* Wrap an accepted conn: installs the TLS transport (server side). */
int net_tls_server_attach(net_tls_server *s, struct net_conn *c, char *err, size_t errlen);

#endif /* TSFW_NET_TLS_H */
