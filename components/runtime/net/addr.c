/* addr.c - IP address parsing and formatting. */
#include "addr.h"

#include <stdio.h>
#include <string.h>

static int parse_v4(const char *s, size_t len, uint8_t out[4]) {
    size_t i = 0;
    int part;
    for (part = 0; part < 4; part++) {
        unsigned v = 0, digits = 0;
        size_t start = i;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            v = v * 10 + (unsigned)(s[i] - '0');
            digits++;
            i++;
            if (digits > 3) return -1;
        }
        if (digits == 0 || v > 255) return -1;
        if (digits > 1 && s[start] == '0') return -1; /* no octal look-alikes */
        out[part] = (uint8_t)v;
        if (part < 3) {
            if (i >= len || s[i] != '.') return -1;
            i++;
        }
    }
    return i == len ? 0 : -1;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int parse_v6(const char *s, size_t len, uint8_t out[16]) {
    uint16_t groups[8];
    int ng = 0, gap = -1;
    size_t i = 0;
    if (len < 2) return -1;
    if (s[0] == ':') {
        if (s[1] != ':') return -1;
        gap = 0;
        i = 2;
        if (i == len) goto done;
    }
    while (i < len) {
        size_t start = i;
        unsigned v = 0;
        int digits = 0, h;
        /* embedded IPv4 in the last 32 bits */
        size_t j = i;
        while (j < len && s[j] != ':' && s[j] != '.') j++;
        if (j < len && s[j] == '.') {
            uint8_t v4[4];
            if (ng > 6 || parse_v4(s + i, len - i, v4) != 0) return -1;
            groups[ng++] = (uint16_t)(v4[0] << 8 | v4[1]);
            groups[ng++] = (uint16_t)(v4[2] << 8 | v4[3]);
            i = len;
            break;
        }
        while (i < len && (h = hexval(s[i])) >= 0) {
            v = v * 16 + (unsigned)h;
            i++;
            if (++digits > 4) return -1;
        }
        if (digits == 0 || ng >= 8) return -1;
        groups[ng++] = (uint16_t)v;
        (void)start;
        if (i == len) break;
        if (s[i] != ':') return -1;
        i++;
        if (i < len && s[i] == ':') {
            if (gap >= 0) return -1;
            gap = ng;
            i++;
            if (i == len) break;
        } else if (i == len) {
            return -1; /* trailing single colon */
        }
    }
done:
    if (gap < 0) {
        if (ng != 8) return -1;
    } else {
        int k, fill = 8 - ng;
        if (fill < 1) return -1;
        for (k = ng - 1; k >= gap; k--) groups[k + fill] = groups[k];
        for (k = gap; k < gap + fill; k++) groups[k] = 0;
    }
    for (ng = 0; ng < 8; ng++) {
        out[2 * ng] = (uint8_t)(groups[ng] >> 8);
        out[2 * ng + 1] = (uint8_t)(groups[ng] & 0xff);
    }
    return 0;
}

int net_ip_parse(const char *s, size_t len, port_addr *out) {
    port_addr a;
    memset(&a, 0, sizeof a);
    if (memchr(s, ':', len)) {
        if (parse_v6(s, len, a.ip) != 0) return -1;
        a.family = 6;
    } else {
        if (parse_v4(s, len, a.ip) != 0) return -1;
        a.family = 4;
    }
    *out = a;
    return 0;
}

static int parse_port(const char *s, size_t len, uint16_t *port) {
    unsigned long v = 0;
    size_t i;
    if (len == 0 || len > 5) return -1;
    for (i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (unsigned long)(s[i] - '0');
    }
    if (v > 65535) return -1;
    *port = (uint16_t)v;
    return 0;
}

int net_listen_addr_parse(const char *s, port_addr *out, char *err, size_t errlen) {
    size_t len = strlen(s);
    const char *colon;
    port_addr a;
    memset(&a, 0, sizeof a);
    if (len == 0) {
        snprintf(err, errlen, "invalid listen address '': empty");
        return -1;
    }
    if (s[0] == '[') {
        const char *rb = strchr(s, ']');
        if (!rb || rb[1] != ':') {
            snprintf(err, errlen, "invalid listen address '%s': expected [IPv6]:PORT", s);
            return -1;
        }
        if (net_ip_parse(s + 1, (size_t)(rb - s - 1), &a) != 0 || a.family != 6) {
            snprintf(err, errlen, "invalid listen address '%s': bad IPv6 address", s);
            return -1;
        }
        if (parse_port(rb + 2, strlen(rb + 2), &a.port) != 0) {
            snprintf(err, errlen, "invalid listen address '%s': bad port", s);
            return -1;
        }
        *out = a;
        return 0;
    }
    colon = strrchr(s, ':');
    if (!colon) {
        a.family = 4;
        if (parse_port(s, len, &a.port) != 0) {
            snprintf(err, errlen, "invalid listen address '%s': expected PORT, IP:PORT or [IPv6]:PORT", s);
            return -1;
        }
        *out = a;
        return 0;
    }
    if (strchr(s, ':') != colon) {
        snprintf(err, errlen, "invalid listen address '%s': put IPv6 addresses in brackets", s);
        return -1;
    }
    if (colon == s) {
        a.family = 4;
    } else if ((size_t)(colon - s) == 9 && strncmp(s, "localhost", 9) == 0) {
        a.family = 4;
        a.ip[0] = 127;
        a.ip[3] = 1;
    } else if (net_ip_parse(s, (size_t)(colon - s), &a) != 0) {
        snprintf(err, errlen, "invalid listen address '%s': bad IPv4 address", s);
        return -1;
    }
    if (parse_port(colon + 1, strlen(colon + 1), &a.port) != 0) {
        snprintf(err, errlen, "invalid listen address '%s': bad port", s);
        return -1;
    }
    *out = a;
    return 0;
}

int net_addr_unmap(const port_addr *a, port_addr *out) {
    static const uint8_t prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (a->family == 6 && memcmp(a->ip, prefix, 12) == 0) {
        port_addr r;
        memset(&r, 0, sizeof r);
        r.family = 4;
        memcpy(r.ip, a->ip + 12, 4);
        r.port = a->port;
        *out = r;
        return 1;
    }
    *out = *a;
    return 0;
}

size_t net_ip_str(const port_addr *a, char *buf, size_t len) {
    int n;
    if (len == 0) return 0;
    if (a->family == 6) {
        static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        unsigned g[8];
        int i, best = -1, bestlen = 0, cur = -1, curlen = 0;
        size_t o = 0;
        if (memcmp(a->ip, mapped, 12) == 0) {
            n = snprintf(buf, len, "::ffff:%u.%u.%u.%u", a->ip[12], a->ip[13], a->ip[14], a->ip[15]);
            return n < 0 ? 0 : ((size_t)n < len ? (size_t)n : len - 1);
        }
        for (i = 0; i < 8; i++) g[i] = (unsigned)(a->ip[2 * i] << 8 | a->ip[2 * i + 1]);
        for (i = 0; i < 8; i++) {
            if (g[i] == 0) {
                if (cur < 0) {
                    cur = i;
                    curlen = 0;
                }
                curlen++;
                if (curlen > bestlen) {
                    best = cur;
                    bestlen = curlen;
                }
            } else {
                cur = -1;
            }
        }
        if (bestlen < 2) best = -1;
        buf[0] = 0;
        for (i = 0; i < 8 && o < len; i++) {
            if (i == best) {
                o += (size_t)snprintf(buf + o, len - o, "::");
                i += bestlen - 1;
                continue;
            }
            o += (size_t)snprintf(buf + o, len - o, "%s%x", (i > 0 && i != best + bestlen) ? ":" : "", g[i]);
        }
        return o < len ? o : len - 1;
    }
    n = snprintf(buf, len, "%u.%u.%u.%u", a->ip[0], a->ip[1], a->ip[2], a->ip[3]);
    return n < 0 ? 0 : ((size_t)n < len ? (size_t)n : len - 1);
}

size_t net_addr_str(const port_addr *a, char *buf, size_t len) {
    char ip[64];
    int n;
    net_ip_str(a, ip, sizeof ip);
    n = a->family == 6 ? snprintf(buf, len, "[%s]:%u", ip, a->port) : snprintf(buf, len, "%s:%u", ip, a->port);
    if (n < 0 || len == 0) return 0;
    return (size_t)n < len ? (size_t)n : len - 1;
}
