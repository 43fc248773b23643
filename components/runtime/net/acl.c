/* acl.c - Mongoose-style ip_acl: "+subnet,-subnet,...".
 *
 * Empty list: allow all.  Otherwise deny by default and the last matching
 * entry decides.  Entries: "+1.2.3.4", "-10.0.0.0/8", "+192.168/16" (short
 * IPv4 forms: missing octets are zero; without /len the prefix covers the
 * octets given), "+::1", "-::/0", "+fe80::/10".  IPv4-mapped IPv6 clients
 * (::ffff:a.b.c.d) are matched as IPv4; IPv6 entries only match IPv6
 * clients.  Any malformed entry makes the whole list fail closed (-1). */
#include "http.h"
#include "addr.h"

#include <stdio.h>
#include <string.h>

static int parse_short_v4(const char *s, size_t len, uint8_t ip[4], int *parts) {
    size_t i = 0;
    int n = 0;
    memset(ip, 0, 4);
    while (i < len) {
        unsigned v = 0;
        int digits = 0;
        if (n == 4) return -1;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            v = v * 10 + (unsigned)(s[i] - '0');
            if (++digits > 3) return -1;
            i++;
        }
        if (digits == 0 || v > 255) return -1;
        ip[n++] = (uint8_t)v;
        if (i < len) {
            if (s[i] != '.' || i + 1 == len) return -1;
            i++;
        }
    }
    if (n == 0) return -1;
    *parts = n;
    return 0;
}

static int prefix_match(const uint8_t *a, const uint8_t *b, int bits) {
    int full = bits / 8, rem = bits % 8;
    if (memcmp(a, b, (size_t)full) != 0) return 0;
    if (rem) {
        uint8_t mask = (uint8_t)(0xff << (8 - rem));
        if ((a[full] & mask) != (b[full] & mask)) return 0;
    }
    return 1;
}

int net_acl_check(const char *acl, const port_addr *addr, char *err, size_t errlen) {
    port_addr a;
    const char *p = acl;
    int verdict = 0, any = 0, bad = 0;
    if (err && errlen) err[0] = 0;
    if (!acl) return 1;
    net_addr_unmap(addr, &a);
    while (*p) {
        const char *s = p, *e, *slash, *es;
        size_t len;
        int sign, bits = -1, maxbits, family;
        uint8_t ip[16];
        char reason[64] = "";
        while (*p && *p != ',') p++;
        e = p;
        if (*p == ',') p++;
        while (s < e && (*s == ' ' || *s == '\t')) s++;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t')) e--;
        len = (size_t)(e - s);
        es = s;
        if (len == 0) {
            if (!*p && !any && e == s && s == acl + strlen(acl)) break; /* only blanks */
            snprintf(reason, sizeof reason, "empty entry");
            goto malformed;
        }
        any = 1;
        if (*s != '+' && *s != '-') {
            snprintf(reason, sizeof reason, "must start with '+' or '-'");
            goto malformed;
        }
        sign = *s == '+';
        s++;
        len--;
        slash = memchr(s, '/', len);
        {
            size_t iplen = slash ? (size_t)(slash - s) : len;
            memset(ip, 0, sizeof ip);
            if (memchr(s, ':', iplen)) {
                port_addr x;
                if (net_ip_parse(s, iplen, &x) != 0 || x.family != 6) {
                    snprintf(reason, sizeof reason, "bad IPv6 address");
                    goto malformed;
                }
                memcpy(ip, x.ip, 16);
                family = 6;
                maxbits = 128;
                bits = 128;
            } else {
                int parts;
                if (parse_short_v4(s, iplen, ip, &parts) != 0) {
                    snprintf(reason, sizeof reason, "bad IPv4 address");
                    goto malformed;
                }
                family = 4;
                maxbits = 32;
                bits = parts * 8;
            }
            if (slash) {
                const char *d = slash + 1;
                size_t dl = len - iplen - 1;
                unsigned v = 0;
                size_t i;
                if (dl == 0 || dl > 3) {
                    snprintf(reason, sizeof reason, "bad prefix length");
                    goto malformed;
                }
                for (i = 0; i < dl; i++) {
                    if (d[i] < '0' || d[i] > '9') {
                        snprintf(reason, sizeof reason, "bad prefix length");
                        goto malformed;
                    }
                    v = v * 10 + (unsigned)(d[i] - '0');
                }
                if ((int)v > maxbits) {
                    snprintf(reason, sizeof reason, "prefix length above %d", maxbits);
                    goto malformed;
                }
                bits = (int)v;
            }
        }
        if (a.family == family && prefix_match(a.ip, ip, bits)) verdict = sign;
        continue;
    malformed:
        if (!bad && err && errlen) snprintf(err, errlen, "ip_acl: bad entry '%.*s': %s", (int)(e - es), es, reason);
        bad = 1;
        if (!*p) break;
    }
    if (bad) return -1;
    if (!any) return 1;
    return verdict;
}
