/* tls_mbed.h - what the mbedTLS backend's files (tls_mbed.c, ca_bundle.c)
 * share, and every difference between mbedTLS 2.x (2.28 on Debian, 2.16 in
 * ESP8266_RTOS_SDK) and 3.x (ESP-IDF 5, 3.6 from source), in one place.
 * Only these two files include mbedTLS headers. */
#ifndef TSFW_NET_TLS_MBED_H
#define TSFW_NET_TLS_MBED_H

#include "tls.h"
#include "net_internal.h"

#include "mbedtls/version.h"
#include "mbedtls/ctr_drbg.h"
#include "mbedtls/error.h"
#include "mbedtls/net_sockets.h" /* MBEDTLS_ERR_NET_* codes only */
#include "mbedtls/pk.h"
#include "mbedtls/ssl.h"
#include "mbedtls/x509_crt.h"
/* 3.x: TLS 1.3 and, depending on the config, X.509/PK hashing go through
 * PSA, which must be initialised before the first handshake or key parse
 * (ESP-IDF 5 and the library's default config have MBEDTLS_PSA_CRYPTO_C). */
#if MBEDTLS_VERSION_MAJOR >= 3 && defined(MBEDTLS_PSA_CRYPTO_C)
#include "psa/crypto.h"
#define TSFW_TLS_NEED_PSA 1
#endif

/* per-context verify callbacks: mbedTLS 2.19+ (ESP8266_RTOS_SDK has 2.16) */
#if MBEDTLS_VERSION_NUMBER >= 0x02130000
#define TSFW_HAVE_SSL_SET_VERIFY 1
#else
#define TSFW_HAVE_SSL_SET_VERIFY 0
#endif

/* 2.x/3.x API differences */
#if MBEDTLS_VERSION_MAJOR >= 3
/* 3.x parses keys and checks pairs with a random generator */
#define TLS_PK_PARSE_KEY(pk, buf, len, rng, rng_ctx) mbedtls_pk_parse_key(pk, buf, len, NULL, 0, rng, rng_ctx)
#define TLS_PK_CHECK_PAIR(pub, prv, rng, rng_ctx)    mbedtls_pk_check_pair(pub, prv, rng, rng_ctx)
/* 3.x has no BAD_HS_CLIENT_HELLO: a server's record layer rejects plain
 * HTTP bytes before any ClientHello is parsed */
#define TLS_ERR_NOT_TLS                              MBEDTLS_ERR_SSL_INVALID_RECORD
#define TLS_NOT_TLS_MSG                              "invalid TLS record (not TLS - plain HTTP on an HTTPS port?)"
#else
#define TLS_PK_PARSE_KEY(pk, buf, len, rng, rng_ctx) mbedtls_pk_parse_key(pk, buf, len, NULL, 0)
#define TLS_PK_CHECK_PAIR(pub, prv, rng, rng_ctx)    mbedtls_pk_check_pair(pub, prv)
#define TLS_ERR_NOT_TLS                              MBEDTLS_ERR_SSL_BAD_HS_CLIENT_HELLO
#define TLS_NOT_TLS_MSG                              "invalid ClientHello (not TLS - plain HTTP on an HTTPS port?)"
#endif

/* A TLS 1.3 peer may send NewSessionTicket messages at any time; 3.x
 * before 3.6.1 reports each one from mbedtls_ssl_read/write/handshake
 * (nothing else happened: call again).  2.x has no such code. */
#if defined(MBEDTLS_ERR_SSL_RECEIVED_NEW_SESSION_TICKET)
#define TLS_IS_NEW_TICKET(r) ((r) == MBEDTLS_ERR_SSL_RECEIVED_NEW_SESSION_TICKET)
#else
#define TLS_IS_NEW_TICKET(r) 0
#endif

/* mbedTLS's text for code r (tls_mbed.c), e.g. "Bad input data (-0x7100)". */
void tls_mbed_reason(int r, char *buf, size_t len);

/* ca_bundle.c: a CA file, indexed once per path and manager, refcounted. */
typedef struct ca_bundle ca_bundle;
/* The bundle at path (a new reference), or NULL with err set. */
ca_bundle *ca_bundle_get(net_mgr *m, const char *path, char *err, size_t errlen);
void ca_bundle_put(ca_bundle *b); /* NULL is fine */
/* The bundle's first root: mbedTLS's trust anchor for a conf. */
mbedtls_x509_crt *ca_bundle_anchor(ca_bundle *b);
/* For the top of a peer's chain that the anchor did not sign: 1 if a root
 * of the bundle issued crt (or is crt), with *flags updated. */
int ca_bundle_lookup(ca_bundle *b, mbedtls_x509_crt *crt, uint32_t *flags);

#endif /* TSFW_NET_TLS_MBED_H */
