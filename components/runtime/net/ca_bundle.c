/* ca_bundle.c - the CA file of TLS clients (and of servers that ask for
 * client certificates), indexed rather than parsed.
 * A bundle is not kept parsed: 35 public roots take ~115 KB of heap once
 * parsed, more than a small device has.  Instead the file is indexed once
 * (where each certificate sits and a hash of its subject) and the first
 * root is parsed to serve as mbedTLS's trust anchor.  When a peer's chain
 * ends in a certificate that anchor did not sign, the verify callback looks
 * its issuer up in the index, parses that one root from the file and checks
 * the signature against it.  Memory: one parsed root plus 12 bytes per
 * root; a lookup briefly adds one more parsed root and its file bytes.
 * Measured (tests/tls/tls_tests.sh): fs/ca.pem's 35 roots cost 115 KB
 * parsed, 8 KB indexed. */
#include "tls_mbed.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CA_SCAN_MAX 8192u /* largest certificate in a bundle */
#define PEM_BEGIN   "-----BEGIN CERTIFICATE-----"
#define PEM_END     "-----END CERTIFICATE-----"

typedef struct ca_root {
    uint32_t off, len; /* the certificate's bytes in the file */
    uint32_t subject_hash;
} ca_root;

struct ca_bundle {
    struct ca_bundle *next;
    int refs;
    int cached;              /* still listed on its manager */
    int der;                 /* the file is one DER certificate */
    mbedtls_x509_crt anchor; /* the bundle's first root */
    ca_root *roots;
    size_t nroots;
    char path[1]; /* allocated to fit */
};

static uint32_t name_hash(const mbedtls_x509_buf *b) {
    uint32_t h = 2166136261u; /* FNV-1a */
    size_t i;
    for (i = 0; i < b->len; i++) h = (h ^ b->p[i]) * 16777619u;
    return h;
}

static long find(const unsigned char *hay, size_t n, const char *needle) {
    size_t k = strlen(needle), i;
    for (i = 0; i + k <= n; i++)
        if (hay[i] == (unsigned char)needle[0] && memcmp(hay + i, needle, k) == 0) return (long)i;
    return -1;
}

/* Parse one certificate held in buf[0..len) (PEM or DER) into crt. */
static int parse_one(mbedtls_x509_crt *crt, unsigned char *buf, size_t len, int der) {
    if (der) return mbedtls_x509_crt_parse_der(crt, buf, len);
    buf[len] = 0; /* PEM wants the terminating NUL counted */
    return mbedtls_x509_crt_parse(crt, buf, len + 1);
}

void ca_bundle_put(ca_bundle *e) {
    if (!e || --e->refs > 0) return;
    mbedtls_x509_crt_free(&e->anchor);
    free(e->roots);
    free(e);
}

/* Index the bundle: every certificate's place and subject hash. */
static int ca_index(ca_bundle *e, char *err, size_t errlen) {
    const char *what = "cannot read CA file ";
    unsigned char *buf = NULL;
    port_fd fd;
    port_stat st;
    uint64_t base = 0;
    size_t cap = 0, skipped = 0;
    int rc = -1;
    if (port_file_open(e->path, 0, &fd) != 0) {
        snprintf(err, errlen, "%s%.200s: %s", what, e->path, port_last_error());
        return -1;
    }
    memset(&st, 0, sizeof st);
    if (port_file_fstat(fd, &st) != 0 || !st.is_reg) {
        snprintf(err, errlen, "%s%.200s: %s", what, e->path, st.is_reg ? port_last_error() : "not a regular file");
        goto out;
    }
    buf = (unsigned char *)malloc(CA_SCAN_MAX + 1);
    if (!buf) {
        snprintf(err, errlen, "%s%.200s: out of memory", what, e->path);
        goto out;
    }
    for (;;) {
        long n = port_file_pread(fd, buf, CA_SCAN_MAX, base), at, end;
        size_t len;
        mbedtls_x509_crt tmp;
        int r;
        if (n <= 0) break;
        if (base == 0 && buf[0] == 0x30) { /* DER: one certificate */
            e->der = 1;
            at = 0;
            len = (size_t)n;
        } else {
            at = find(buf, (size_t)n, PEM_BEGIN);
            if (at < 0) {
                if (base + (uint64_t)n >= st.size) break;
                base += (uint64_t)n - (sizeof PEM_BEGIN - 2);
                continue;
            }
            if (at > 0) { /* read again from BEGIN */
                base += (uint64_t)at;
                continue;
            }
            end = find(buf, (size_t)n, PEM_END);
            if (end < 0) {
                snprintf(err, errlen, "%s%.200s: certificate %lu (byte %lu) %s", what, e->path,
                         (unsigned long)(e->nroots + skipped + 1), (unsigned long)base,
                         base + (uint64_t)n >= st.size ? "has no END line" : "is longer than 8 KB");
                goto out;
            }
            len = (size_t)end + sizeof PEM_END - 1;
        }
        mbedtls_x509_crt_init(&tmp);
        r = parse_one(&tmp, buf, len, e->der);
        if (r != 0) {
            char why[200];
            tls_mbed_reason(r, why, sizeof why);
            port_log(PORT_LOG_WARN, "CA file %s: certificate %lu skipped: %s", e->path,
                     (unsigned long)(e->nroots + skipped + 1), why);
            skipped++;
        } else {
            if (e->nroots == cap) {
                size_t nc = cap ? cap * 2 : 16;
                ca_root *nr = (ca_root *)realloc(e->roots, nc * sizeof *nr);
                if (!nr) {
                    mbedtls_x509_crt_free(&tmp);
                    snprintf(err, errlen, "%s%.200s: out of memory", what, e->path);
                    goto out;
                }
                e->roots = nr;
                cap = nc;
            }
            e->roots[e->nroots].off = (uint32_t)base;
            e->roots[e->nroots].len = (uint32_t)len;
            e->roots[e->nroots].subject_hash = name_hash(&tmp.subject_raw);
            if (e->nroots++ == 0) e->anchor = tmp; /* keep the first one parsed */
            else mbedtls_x509_crt_free(&tmp);
        }
        if (e->der) break;
        base += len;
    }
    if (e->nroots == 0) {
        snprintf(err, errlen, "%s%.200s: %s", what, e->path,
                 skipped ? "no certificate in it could be parsed"
                         : "no certificate in the file (PEM \"BEGIN CERTIFICATE\" expected)");
        goto out;
    }
    rc = 0;
out:
    free(buf);
    port_file_close(fd);
    return rc;
}

/* Called for the top of a peer's chain that the anchor did not sign: 1 if
 * a root of the bundle issued crt (or is crt), with *flags updated. */
int ca_bundle_lookup(ca_bundle *e, mbedtls_x509_crt *crt, uint32_t *flags) {
    uint32_t h = name_hash(&crt->issuer_raw);
    unsigned char *buf = NULL;
    port_fd fd;
    size_t i;
    int found = 0;
    if (port_file_open(e->path, 0, &fd) != 0) return 0;
    for (i = 0; i < e->nroots && !found; i++) {
        const ca_root *root = &e->roots[i];
        mbedtls_x509_crt ca;
        uint32_t f = 0;
        if (root->subject_hash != h) continue;
        free(buf);
        if (!(buf = (unsigned char *)malloc((size_t)root->len + 1))) break;
        if (port_file_pread(fd, buf, root->len, root->off) != (long)root->len) break;
        mbedtls_x509_crt_init(&ca);
        if (parse_one(&ca, buf, root->len, e->der) == 0 && ca.subject_raw.len == crt->issuer_raw.len &&
            memcmp(ca.subject_raw.p, crt->issuer_raw.p, ca.subject_raw.len) == 0) {
            if (ca.raw.len == crt->raw.len && memcmp(ca.raw.p, crt->raw.p, ca.raw.len) == 0) {
                found = 1; /* the peer sent the root itself */
            } else if (mbedtls_x509_crt_verify(crt, &ca, NULL, NULL, &f, NULL, NULL) == 0 ||
                       !(f & MBEDTLS_X509_BADCERT_NOT_TRUSTED)) {
                found = 1; /* dates are judged by the caller's flags */
                *flags |= f & ~(uint32_t)(MBEDTLS_X509_BADCERT_EXPIRED | MBEDTLS_X509_BADCERT_FUTURE);
            }
        }
        mbedtls_x509_crt_free(&ca);
    }
    free(buf);
    port_file_close(fd);
    if (found) *flags &= ~(uint32_t)MBEDTLS_X509_BADCERT_NOT_TRUSTED;
    return found;
}

/* mgr_free: drops the manager's CA cache (m->tls_free, set by ca_bundle_get). */
static void ca_cache_free(struct net_mgr *m) {
    ca_bundle *e = (ca_bundle *)m->tls_cas, *n;
    m->tls_cas = NULL;
    for (; e; e = n) {
        n = e->next;
        e->cached = 0;
        ca_bundle_put(e);
    }
}

/* The indexed bundle at path (a new reference), or NULL with err set. */
ca_bundle *ca_bundle_get(net_mgr *m, const char *path, char *err, size_t errlen) {
    ca_bundle *e;
    size_t l = strlen(path);
    for (e = (ca_bundle *)m->tls_cas; e; e = e->next) {
        if (strcmp(e->path, path) == 0) {
            e->refs++;
            return e;
        }
    }
    e = (ca_bundle *)calloc(1, sizeof *e + l);
    if (!e) {
        if (err && errlen) snprintf(err, errlen, "out of memory");
        return NULL;
    }
    memcpy(e->path, path, l + 1);
    mbedtls_x509_crt_init(&e->anchor);
    e->refs = 1;
    if (ca_index(e, err, errlen) != 0) {
        ca_bundle_put(e);
        return NULL;
    }
    e->refs = 2; /* the cache's and the caller's */
    e->cached = 1;
    e->next = (ca_bundle *)m->tls_cas;
    m->tls_cas = e;
    m->tls_free = ca_cache_free;
    return e;
}

mbedtls_x509_crt *ca_bundle_anchor(ca_bundle *b) { return &b->anchor; }
