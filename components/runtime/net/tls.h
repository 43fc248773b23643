/* tls.h - TLS for connections, on mbedTLS (2.28 on Debian, 3.x in ESP-IDF 5).
 *
 * No mbedTLS types appear here, so net/ and api/ compile without its
 * headers.  Builds without TLS (the emulated targets) define TSFW_NO_TLS:
 * the functions exist and fail with "HTTPS is not available in this build".
 *
 * Verification is always on for clients: the server's chain must end in a
 * CA from ca_file, its validity dates must cover now, and its name must
 * match server_name (SNI is sent with the same name).  There is no switch
 * to turn this off.  2.28 does not match IP-address SANs: connect by name,
 * or give server_name.
 *
 * Memory (measured on the host, Debian mbedTLS 2.28, TLS 1.2 ECDHE with a
 * P-256 certificate; tests/tls/tls_tests.sh prints these with a counting
 * malloc; figures include the runtime's net_conn with its 2 KB rx buffer):
 *   client conn, peak during the handshake    ~43-46 KB
 *     same with max_fragment_len 4096 / 2048  ~46 KB (unchanged, see below)
 *   server conn (curl as client), peak        ~49 KB; cert + key ~7 KB per server
 *   CA bundle, indexed once per path/manager  ~6 KB with one CA; fs/ca.pem
 *                                             (35 roots) 8 KB, against 115 KB
 *                                             if it were kept parsed (tls.c)
 * Debian's mbedTLS has fixed 16 KB input and output record buffers (no
 * MBEDTLS_SSL_VARIABLE_BUFFER_LENGTH), allocated per connection whatever
 * record size was negotiated, so max_fragment_len saves nothing there.  On
 * a device the buffers are set at build time (CONFIG_MBEDTLS_SSL_IN/
 * OUT_CONTENT_LEN, passed to this glue as TSFW_TLS_IN_LEN/TSFW_TLS_OUT_LEN;
 * ESP32: 16384/4096 with CONFIG_MBEDTLS_DYNAMIC_BUFFER, ESP8266: 4096/2048):
 * 4096/2048 saves ~26 KB a connection (estimated from the buffer sizes, not
 * measured).  A client whose input buffer is
 * smaller than 16 KB must get the server to agree to smaller records:
 * max_fragment_len 0 then asks for TSFW_TLS_IN_LEN; a server that ignores
 * the extension and sends 16 KB records cannot be talked to.  A device
 * server cannot ask (the extension is the client's), so a small input
 * buffer breaks clients that send records larger than it.
 */
#ifndef TSFW_NET_TLS_H
#define TSFW_NET_TLS_H

#include <stddef.h>
#include <stdint.h>

#ifndef TSFW_CA_FILE_DEFAULT
#define TSFW_CA_FILE_DEFAULT "ca.pem"      /* firmware: "/spiffs/ca.pem" */
#endif

typedef struct net_tls_opts {
    /* client: trusted roots (PEM bundle); NULL = TSFW_CA_FILE_DEFAULT, or
     * the TSFW_CA_FILE environment variable on the host.
     * server: CAs for client certificates; NULL = no client certificate
     * asked for, set = one is required and checked. */
    const char *ca_file;
    const char *cert_file;     /* server: required; client: optional */
    const char *key_file;      /* PEM private key for cert_file */
    const char *server_name;   /* client: name to verify and send as SNI; NULL = the host */
    /* Largest TLS record this side asks for (RFC 6066 max_fragment_length):
     * 0 (default: 16384) or 512, 1024, 2048, 4096.  Smaller records let a
     * device with little RAM use smaller buffers. */
    unsigned max_fragment_len;
} net_tls_opts;

struct net_conn;
struct net_mgr;

/* 1 if this build has TLS (0 with TSFW_NO_TLS). */
int net_tls_available(void);

/* Make the (not yet connected) outgoing conn c a TLS client for host:port:
 * installs the TLS transport, whose handshake the manager runs after the
 * TCP connect; NET_EV_CONNECT follows a successful handshake and
 * certificate check.  0, or -1 with a message in err (e.g. "cannot read CA
 * file ca.pem: No such file or directory").  Used by mgr_connect. */
int net_tls_client_attach(struct net_conn *c, const char *host, uint16_t port,
                          const net_tls_opts *opts, char *err, size_t errlen);

/* A server's TLS setup (certificate, key, optional client CA), shared by
 * its connections and refcounted: the listener holds one reference, every
 * accepted conn another.  Errors name the option and file, e.g.
 * "ssl_key server.key: No such file or directory". */
typedef struct net_tls_server net_tls_server;
net_tls_server *net_tls_server_new(struct net_mgr *m, const net_tls_opts *opts, char *err, size_t errlen);
void net_tls_server_release(net_tls_server *s);
/* Wrap an accepted conn: installs the TLS transport (server side). */
int  net_tls_server_attach(net_tls_server *s, struct net_conn *c, char *err, size_t errlen);
/* Drop the manager's CA cache (mgr_free). */
void net_tls_mgr_free(struct net_mgr *m);

#endif /* TSFW_NET_TLS_H */
