/* static.c - res.serve(): static files with Mongoose 6 mg_serve_http_opts
 * semantics.  Files stream from disk in small chunks (sendfile where the
 * transport and platform allow); nothing is read whole into memory. */
#include "http_internal.h"
#include "addr.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SPATH            1024
#define LIST_MAX_ENTRIES 1024

/* ------------------------------------------------------------ path rules */
static int hexd(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes into out, then normalises in place: the write position never
 * passes the read position, so no second buffer is needed (this runs on
 * the device's small app task stack). */
int http_path_sanitize(const char *p, size_t len, char *out, size_t outlen) {
    size_t i, dl = 0, o = 0;
    if (len == 0 || p[0] != '/' || outlen == 0) return -1;
    for (i = 0; i < len; i++) {
        int c = (unsigned char)p[i];
        if (c == '%') {
            int h, l;
            if (i + 2 >= len) return -1;
            h = hexd((unsigned char)p[i + 1]);
            l = hexd((unsigned char)p[i + 2]);
            if (h < 0 || l < 0) return -1;
            c = h * 16 + l;
            i += 2;
            if (c == '/' || c == '\\' || c == 0) return -1; /* encoded separators, NUL */
        } else if (c == '\\') {
            return -1;
        }
        if (c < 0x20 || c == 0x7f) return -1;
        if (dl + 1 >= outlen) return -1;
        out[dl++] = (char)c;
    }
    /* normalise: collapse '//', drop '.', resolve '..' (never above root) */
    i = 0;
    while (i < dl) {
        size_t s, n;
        while (i < dl && out[i] == '/') i++;
        s = i;
        while (i < dl && out[i] != '/') i++;
        n = i - s;
        if (n == 0 || (n == 1 && out[s] == '.')) continue;
        if (n == 2 && out[s] == '.' && out[s + 1] == '.') {
            if (o == 0) return -1;
            while (o > 0 && out[o - 1] != '/') o--; /* back to the last segment's start */
            if (o > 0) o--;                         /* and drop its separator */
            continue;
        }
        if (o + n + 2 > outlen) return -1;
        if (o > 0) out[o++] = '/';
        memmove(out + o, out + s, n);
        o += n;
    }
    out[o] = 0;
    return 0;
}

int http_glob_match(const char *p, size_t pl, const char *s, size_t sl) {
    size_t i = 0, j = 0;
    while (i < pl) {
        if (p[i] == '*') {
            int dbl = i + 1 < pl && p[i + 1] == '*';
            size_t ni = i + (dbl ? 2 : 1), k;
            for (k = j; k <= sl; k++) {
                if (http_glob_match(p + ni, pl - ni, s + k, sl - k)) return 1;
                if (k < sl && !dbl && s[k] == '/') break;
            }
            return 0;
        }
        if (j >= sl) return 0;
        if (p[i] == '?') {
            if (s[j] == '/') return 0;
        } else if (p[i] != s[j]) {
            return 0;
        }
        i++;
        j++;
    }
    return j == sl;
}

/* hidden_file_pattern: each '|' pattern is tried on every path segment
 * and on the whole relative path. */
static int is_hidden(const char *pats, const char *rel) {
    const char *p = pats;
    if (!pats || !*pats) return 0;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t pl = e ? (size_t)(e - p) : strlen(p);
        if (pl) {
            const char *s = rel;
            if (http_glob_match(p, pl, rel, strlen(rel))) return 1;
            while (*s) {
                const char *se = strchr(s, '/');
                size_t sl = se ? (size_t)(se - s) : strlen(s);
                if (http_glob_match(p, pl, s, sl)) return 1;
                if (!se) break;
                s = se + 1;
            }
        }
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- MIME */
static const struct {
    const char *ext, *type;
} mime_tab[] = {
    {"html", "text/html; charset=utf-8"},
    {"htm", "text/html; charset=utf-8"},
    {"shtml", "text/html; charset=utf-8"},
    {"css", "text/css"},
    {"js", "application/javascript"},
    {"mjs", "application/javascript"},
    {"json", "application/json"},
    {"txt", "text/plain; charset=utf-8"},
    {"md", "text/markdown"},
    {"csv", "text/csv"},
    {"xml", "application/xml"},
    {"svg", "image/svg+xml"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"ico", "image/x-icon"},
    {"webp", "image/webp"},
    {"bmp", "image/bmp"},
    {"wasm", "application/wasm"},
    {"pdf", "application/pdf"},
    {"zip", "application/zip"},
    {"gz", "application/gzip"},
    {"tar", "application/x-tar"},
    {"mp3", "audio/mpeg"},
    {"wav", "audio/wav"},
    {"ogg", "audio/ogg"},
    {"mp4", "video/mp4"},
    {"webm", "video/webm"},
    {"woff", "font/woff"},
    {"woff2", "font/woff2"},
    {"ttf", "font/ttf"},
    {"otf", "font/otf"},
    {"bin", "application/octet-stream"},
    {"pem", "application/x-pem-file"},
};

static int ci_suffix(const char *name, size_t nl, const char *suf, size_t sl) {
    size_t i;
    if (sl > nl) return 0;
    for (i = 0; i < sl; i++) {
        char a = name[nl - sl + i], b = suf[i];
        if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
        if (a != b) return 0;
    }
    return 1;
}

const char *http_mime_type(const char *name, const char *custom, char *buf, size_t buflen) {
    size_t nl = strlen(name), i;
    const char *dot;
    if (custom && *custom) {
        const char *p = custom;
        while (*p) {
            const char *e = strchr(p, ','), *eq;
            size_t el = e ? (size_t)(e - p) : strlen(p);
            eq = memchr(p, '=', el);
            if (eq && eq > p) {
                size_t kl = (size_t)(eq - p), vl = el - kl - 1;
                while (kl && p[kl - 1] == ' ') kl--;
                {
                    const char *k = p;
                    while (*k == ' ' && kl) {
                        k++;
                        kl--;
                    }
                    if (kl && ci_suffix(name, nl, k, kl) && vl + 1 <= buflen) {
                        memcpy(buf, eq + 1, vl);
                        buf[vl] = 0;
                        return buf;
                    }
                }
            }
            if (!e) break;
            p = e + 1;
        }
    }
    dot = strrchr(name, '.');
    if (dot && !strchr(dot, '/')) {
        size_t el = strlen(dot + 1);
        for (i = 0; i < sizeof mime_tab / sizeof mime_tab[0]; i++)
            if ((mime_tab[i].ext[0] | 32) == (dot[1] | 32) && strlen(mime_tab[i].ext) == el &&
                ci_suffix(dot + 1, el, mime_tab[i].ext, el))
                return mime_tab[i].type;
    }
    return "text/plain; charset=utf-8";
}

/* ----------------------------------------------------------------- dates */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    int64_t era;
    unsigned yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d) {
    int64_t era;
    unsigned doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = (unsigned)(z - era * 146097);
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    *y = (int64_t)yoe + era * 400;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y += *m <= 2;
}

static const char *wd_names[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
static const char *mon_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* v in base 10 or 16 (lower case), without printf; the end. */
static char *put_u64(char *p, uint64_t v, unsigned base) {
    char t[24];
    size_t n = 0;
    do {
        t[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (n) *p++ = t[--n];
    return p;
}

void http_date_format(int64_t t, char *buf, size_t len) {
    /* the last date asked for (a file served again and again), and its text */
    static int64_t last_t;
    static char last[48];
    int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400, y;
    int64_t secs = t - days * 86400;
    unsigned m, d;
    int wd = (int)(((days % 7) + 7) % 7);
    if (!last[0] || t != last_t) {
        civil_from_days(days, &y, &m, &d);
        snprintf(last, sizeof last, "%s, %02u %s %04lld %02d:%02d:%02d GMT", wd_names[wd], d, mon_names[m - 1],
                 (long long)y, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
        last_t = t;
    }
    if (len) {
        size_t n = strlen(last);
        if (n >= len) n = len - 1;
        memcpy(buf, last, n);
        buf[n] = 0;
    }
}

int http_date_parse(const char *s, int64_t *t) {
    /* IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" */
    char wd[4], mon[4], gmt[4];
    unsigned d, y, hh, mm, ss;
    int i, m = -1, n = 0;
    if (strlen(s) < 29) return -1;
    if (sscanf(s, "%3s, %2u %3s %4u %2u:%2u:%2u %3s%n", wd, &d, mon, &y, &hh, &mm, &ss, gmt, &n) != 8) return -1;
    if (strcmp(gmt, "GMT") != 0 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60) return -1;
    for (i = 0; i < 12; i++)
        if (strcmp(mon, mon_names[i]) == 0) m = i + 1;
    if (m < 0) return -1;
    *t = days_from_civil((int64_t)y, (unsigned)m, d) * 86400 + hh * 3600 + mm * 60 + ss;
    return 0;
}

/* ----------------------------------------------------------------- range */
static int parse_num(const char **p, uint64_t *v) {
    uint64_t r = 0;
    int any = 0;
    while (**p >= '0' && **p <= '9') {
        if (r > (UINT64_MAX - 9) / 10) return -1;
        r = r * 10 + (uint64_t)(**p - '0');
        (*p)++;
        any = 1;
    }
    *v = r;
    return any ? 0 : -1;
}

int http_range_parse(const char *h, uint64_t total, uint64_t *start, uint64_t *end) {
    const char *p = h;
    uint64_t a, b;
    while (*p == ' ') p++;
    if (strncmp(p, "bytes=", 6) != 0) return 0;
    p += 6;
    while (*p == ' ') p++;
    if (strchr(p, ',')) return 0; /* multiple ranges: serve it all */
    if (*p == '-') {
        p++;
        if (parse_num(&p, &b) != 0) return 0;
        while (*p == ' ') p++;
        if (*p) return 0;
        if (b == 0 || total == 0) return -1;
        if (b > total) b = total;
        *start = total - b;
        *end = total - 1;
        return 1;
    }
    if (parse_num(&p, &a) != 0 || *p != '-') return 0;
    p++;
    if (*p == 0 || *p == ' ') {
        b = UINT64_MAX;
    } else if (parse_num(&p, &b) != 0) {
        return 0;
    }
    while (*p == ' ') p++;
    if (*p) return 0;
    if (b < a) return 0;
    if (a >= total) return -1;
    if (b >= total) b = total - 1;
    *start = a;
    *end = b;
    return 1;
}

/* ------------------------------------------------------------- serving */
static int simple(http_exchange *res, int status, const char *extra) {
    char body[64];
    snprintf(body, sizeof body, "%s\n", http_status_text(status));
    return http__simple(res, status, extra, body);
}

/* extra_headers: "A: b\r\nC: d" or "\n" separated -> validated CRLF lines */
static char *build_extra(const char *in, const char *more) {
    size_t cap = (in ? strlen(in) : 0) + (more ? strlen(more) : 0) + 8, o = 0;
    char *out = (char *)malloc(cap * 2 + 1);
    const char *p = in;
    if (!out) return NULL;
    out[0] = 0;
    while (p && *p) {
        const char *e = p;
        size_t l;
        while (*e && *e != '\r' && *e != '\n') e++;
        l = (size_t)(e - p);
        if (l && memchr(p, ':', l) && p[0] != ':' && p[0] != ' ') {
            memcpy(out + o, p, l);
            o += l;
            out[o++] = '\r';
            out[o++] = '\n';
        }
        while (*e == '\r' || *e == '\n') e++;
        p = e;
    }
    if (more) {
        memcpy(out + o, more, strlen(more));
        o += strlen(more);
    }
    out[o] = 0;
    return out;
}

static int hdr_safe(const char *s) {
    /* one header line: only the final CRLF may contain CR/LF */
    size_t l = strlen(s), i;
    for (i = 0; i + 2 < l; i++)
        if (s[i] == '\r' || s[i] == '\n') return 0;
    return 1;
}

static int in_root(const char *real, const char *root) {
    size_t rl = strlen(root);
    if (strncmp(real, root, rl) != 0) return 0;
    if (rl > 0 && root[rl - 1] == '/') return 1; /* root is "/" */
    return real[rl] == 0 || real[rl] == '/';
}

static void html_escape(char *out, size_t olen, const char *s) {
    size_t o = 0;
    for (; *s && o + 7 < olen; s++) {
        const char *r = NULL;
        switch (*s) {
        case '&': r = "&amp;"; break;
        case '<': r = "&lt;"; break;
        case '>': r = "&gt;"; break;
        case '"': r = "&quot;"; break;
        case '\'': r = "&#39;"; break;
        default: break;
        }
        if (r) {
            memcpy(out + o, r, strlen(r));
            o += strlen(r);
        } else out[o++] = *s;
    }
    out[o] = 0;
}

static void url_encode(char *out, size_t olen, const char *s) {
    static const char hx[] = "0123456789ABCDEF";
    size_t o = 0;
    for (; *s && o + 4 < olen; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out[o++] = (char)c;
        } else {
            out[o++] = '%';
            out[o++] = hx[c >> 4];
            out[o++] = hx[c & 15];
        }
    }
    out[o] = 0;
}

/* out = a + sep + b[0..bl) with bounds checking, without snprintf (whose
 * truncation warnings fire on some cross compilers at -Os).  0, or -1 if it
 * does not fit. */
static int join3(char *out, size_t outlen, const char *a, const char *sep, const char *b, size_t bl) {
    size_t al = strlen(a), sl = strlen(sep);
    if (al + sl + bl + 1 > outlen) return -1;
    memcpy(out, a, al);
    memcpy(out + al, sep, sl);
    memcpy(out + al + sl, b, bl);
    out[al + sl + bl] = 0;
    return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* A listing's buffers: on the heap, not the app task's small stack. */
typedef struct list_bufs {
    char name[256], path[SPATH], relslash[SPATH], esc[1024], enc[800], line[2400], date[40];
} list_bufs;

static int list_dir(http_exchange *res, const http_serve_opts *o, const char *dir, const char *rel, const char *extra) {
    port_dir *d;
    list_bufs *b = (list_bufs *)malloc(sizeof *b);
    char **names = NULL;
    size_t n = 0, cap = 0, i;
    http_header h[1] = {{"Content-Type", "text/html; charset=utf-8"}};
    if (!b) return simple(res, 500, extra);
    d = port_dir_open(dir);
    if (!d) {
        free(b);
        return simple(res, 404, extra);
    }
    while (n < LIST_MAX_ENTRIES && port_dir_next(d, b->name, sizeof b->name)) {
        if (join3(b->relslash, sizeof b->relslash, rel, *rel ? "/" : "", b->name, strlen(b->name)) != 0) continue;
        if (is_hidden(o->hidden_file_pattern, b->relslash)) continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 32;
            char **nn = (char **)realloc(names, nc * sizeof *nn);
            if (!nn) break;
            names = nn;
            cap = nc;
        }
        names[n] = (char *)malloc(strlen(b->name) + 1);
        if (!names[n]) break;
        strcpy(names[n], b->name);
        n++;
    }
    port_dir_close(d);
    if (n) qsort(names, n, sizeof names[0], cmp_str);
    if (http__write_head(res, 200, h, 1, extra) != 0) goto out;
    html_escape(b->esc, sizeof b->esc, res->req.path);
    snprintf(b->line, sizeof b->line,
             "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Index of %s</title></head>\n"
             "<body><h1>Index of %s</h1>\n<table>\n<tr><th>Name</th><th>Size</th><th>Modified</th></tr>\n"
             "<tr><td><a href=\"../\">../</a></td><td>-</td><td></td></tr>\n",
             b->esc, b->esc);
    if (http_exchange_write(res, b->line, strlen(b->line)) < 0) goto out;
    for (i = 0; i < n; i++) {
        port_stat st;
        int isdir;
        char size[32];
        if (join3(b->path, sizeof b->path, dir, "/", names[i], strlen(names[i])) != 0 ||
            port_stat_path(b->path, &st) != 0)
            continue;
        isdir = st.is_dir;
        html_escape(b->esc, sizeof b->esc, names[i]);
        url_encode(b->enc, sizeof b->enc, names[i]);
        http_date_format(st.mtime, b->date, sizeof b->date);
        if (isdir) strcpy(size, "-");
        else snprintf(size, sizeof size, "%llu", (unsigned long long)st.size);
        snprintf(b->line, sizeof b->line, "<tr><td><a href=\"%s%s\">%s%s</a></td><td>%s</td><td>%s</td></tr>\n", b->enc,
                 isdir ? "/" : "", b->esc, isdir ? "/" : "", size, b->date);
        if (http_exchange_write(res, b->line, strlen(b->line)) < 0) goto out;
    }
    http_exchange_end(res, "</table>\n</body></html>\n", 24);
out:
    for (i = 0; i < n; i++) free(names[i]);
    free(names);
    free(b);
    return 0;
}

/* Whether an If-Match / If-None-Match list (RFC 9110 13.1.1-2) names etag:
 * "*" alone matches; the weak comparison ignores W/, the strong one needs
 * both tags strong; a malformed list matches nothing. */
static int etag_list_match(const char *f, const char *etag, int weak) {
    size_t el = strlen(etag), n = strlen(f);
    int found = 0;
    while (*f == ' ' || *f == '\t') f++, n--;
    while (n && (f[n - 1] == ' ' || f[n - 1] == '\t')) n--;
    if (n == 1 && *f == '*') return 1;
    for (;;) {
        const char *q;
        int is_weak;
        while (n && (*f == ' ' || *f == '\t' || *f == ',')) f++, n--;
        if (!n) return found;
        is_weak = n >= 2 && f[0] == 'W' && f[1] == '/';
        if (is_weak) f += 2, n -= 2;
        if (!n || *f != '"' || !(q = (const char *)memchr(f + 1, '"', n - 1))) return 0;
        if ((size_t)(q + 1 - f) == el && memcmp(f, etag, el) == 0 && (weak || !is_weak)) found = 1;
        n -= (size_t)(q + 1 - f);
        f = q + 1;
        while (n && (*f == ' ' || *f == '\t')) f++, n--;
        if (n && *f != ',') return 0;
    }
}

/* If-Range (RFC 9110 13.1.5): an entity tag that strongly matches, or the
 * exact Last-Modified date. */
static int if_range_holds(const char *v, const char *etag, int64_t mtime) {
    int64_t t;
    while (*v == ' ' || *v == '\t') v++;
    if (*v == '"' || (v[0] == 'W' && v[1] == '/')) { /* a weak tag never matches strongly */
        size_t n = strlen(v);
        while (n && (v[n - 1] == ' ' || v[n - 1] == '\t')) n--;
        return n == strlen(etag) && memcmp(v, etag, n) == 0;
    }
    return http_date_parse(v, &t) == 0 && t == mtime;
}

/* The preconditions of a GET or HEAD of a file (RFC 9110 13.2.2): 412,
 * 304, or 200 to go on. */
static int preconditions(const http_req *req, const char *etag, int64_t mtime) {
    const char *v = http_req_header(req, "If-Match");
    int64_t t;
    if (v ? !etag_list_match(v, etag, 0)
          : (v = http_req_header(req, "If-Unmodified-Since")) != NULL && http_date_parse(v, &t) == 0 && mtime > t)
        return 412;
    v = http_req_header(req, "If-None-Match");
    if (v) return etag_list_match(v, etag, 1) ? 304 : 200;
    v = http_req_header(req, "If-Modified-Since");
    return v && http_date_parse(v, &t) == 0 && mtime <= t ? 304 : 200;
}

/* "Location: /clean/path/?query\r\n" for a directory asked without its
 * slash: built from the sanitized path, never from the target as sent, so
 * that "//evil.example/.." cannot send a browser off-site. */
static char *dir_location(const char *rel, const char *query) {
    static const char hx[] = "0123456789ABCDEF";
    size_t ql = strcspn(query, "#"), o = 0;
    char *loc = (char *)malloc(strlen(rel) * 3 + ql + 16);
    if (!loc) return NULL;
    memcpy(loc, "Location: /", 11);
    o = 11;
    for (; *rel; rel++) {
        unsigned char c = (unsigned char)*rel;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("-_.~/", c)) {
            loc[o++] = (char)c;
        } else {
            loc[o++] = '%';
            loc[o++] = hx[c >> 4];
            loc[o++] = hx[c & 15];
        }
    }
    if (o > 11) loc[o++] = '/';
    memcpy(loc + o, query, ql);
    memcpy(loc + o + ql, "\r\n", 3);
    return loc;
}

/* One res.serve() call: its options, the request's path and what was found
 * on disk.  On the heap (SPATH-sized paths would not fit the app task's
 * stack); every step below answers the request itself when it fails. */
typedef struct serve_ctx {
    http_exchange *res;
    const http_serve_opts *o;
    const char *extra; /* validated extra_headers lines */
    const char *url;
    size_t plen;   /* the URL's path part: url[0..plen) */
    const char *q; /* the query ("?..."), or the end of the URL */
    port_stat st;
    char rel[SPATH];  /* sanitised path, relative to the root */
    char root[SPATH]; /* document_root, resolved */
    char real[SPATH]; /* the file to serve, resolved */
    char tmp[SPATH];  /* scratch */
    char tmp2[SPATH]; /* scratch: a second path */
    char etag[64], lm[40];
    char ctype[128], cl[32], cr[96]; /* the response's header values */
} serve_ctx;

/* Answer with a short status page: -1, for the steps' "answered". */
static int answer(serve_ctx *x, int status) {
    simple(x->res, status, x->extra);
    return -1;
}

/* The ACL: 0 to go on, -1 when answered (403). */
static int serve_check_acl(serve_ctx *x) {
    char err[200];
    int a;
    if (!x->o->ip_acl || !*x->o->ip_acl) return 0;
    a = net_acl_check(x->o->ip_acl, &x->res->req.remote, err, sizeof err);
    if (a < 0) http__report_ex(x->res, "%s; denying every client (403)", err);
    return a > 0 ? 0 : answer(x, 403);
}

/* x->rel to a file or folder inside the root, in x->real (canonical) and
 * x->st: 0, or -1 when answered (404, 403, 414, 500). */
static int serve_resolve(serve_ctx *x) {
    http_exchange *res = x->res;
    const http_serve_opts *o = x->o;
    const char *root = o->document_root && *o->document_root ? o->document_root : ".";
    if (port_realpath_dir(root, x->root, sizeof x->root) != 0) {
        http__report_ex(res, "document_root '%s': %s (500)", root, port_last_error());
        return answer(x, 500);
    }
    if (join3(x->tmp, sizeof x->tmp, x->root, x->root[strlen(x->root) - 1] == '/' ? "" : "/", x->rel, strlen(x->rel)) !=
        0)
        return answer(x, 414);
    if (port_path_resolve(x->tmp, strlen(x->root), x->real, sizeof x->real, &x->st) != 0) return answer(x, 404);
    if (!in_root(x->real, x->root)) {
        http__report_ex(res, "resolves outside document_root (403)");
        return answer(x, 403);
    }
    return 0;
}

/* A folder: redirect to its name with a slash, or find its index file (into
 * x->real and x->st), or list it.  0 to serve x->real, -1 when answered. */
static int serve_dir(serve_ctx *x) {
    http_exchange *res = x->res;
    const http_serve_opts *o = x->o;
    const char *idx = o->index_files && *o->index_files ? o->index_files : "index.html,index.htm";
    if (x->plen == 0 || x->url[x->plen - 1] != '/') {
        /* from the sanitized path, never the target as sent: "//evil.example/.."
         * cannot send a browser off-site */
        char *loc = dir_location(x->rel, *x->q == '?' ? x->q : ""), *e2;
        if (!loc || !hdr_safe(loc)) {
            int status = loc ? 400 : 500;
            free(loc);
            return answer(x, status);
        }
        e2 = build_extra(o->extra_headers, loc);
        simple(res, 301, e2);
        free(e2);
        free(loc);
        return -1;
    }
    while (*idx) {
        const char *e = strchr(idx, ',');
        size_t il = e ? (size_t)(e - idx) : strlen(idx);
        port_stat ist;
        if (il && il < 200 && join3(x->tmp, sizeof x->tmp, x->real, "/", idx, il) == 0 &&
            port_path_resolve(x->tmp, strlen(x->real), x->tmp2, sizeof x->tmp2, &ist) == 0 && ist.is_reg &&
            in_root(x->tmp2, x->root)) {
            memcpy(x->real, x->tmp2, strlen(x->tmp2) + 1);
            x->st = ist;
            return 0;
        }
        if (!e) break;
        idx = e + 1;
    }
    if (o->enable_directory_listing) list_dir(res, o, x->real, x->rel, x->extra);
    else simple(res, 403, x->extra);
    return -1;
}

/* The head and the file (all of it, or the Range asked for). */
static void serve_send(serve_ctx *x, port_fd fd, int status) {
    http_exchange *res = x->res;
    const char *slash = strrchr(x->real, '/');
    char *cl = x->cl, *cr = x->cr;
    const char *ct = http_mime_type(slash ? slash + 1 : x->real, x->o->custom_mime_types, x->ctype, sizeof x->ctype);
    const char *v;
    http_header h[6];
    size_t nh = 0;
    uint64_t start = 0, len = x->st.size;
    if (status == 304) {
        port_file_close(fd);
        h[nh].name = "ETag";
        h[nh++].value = x->etag;
        h[nh].name = "Last-Modified";
        h[nh++].value = x->lm;
        http__write_head(res, 304, h, nh, x->extra);
        http_exchange_end(res, NULL, 0);
        return;
    }
    v = http_req_header(&res->req, "If-Range");
    v = !v || if_range_holds(v, x->etag, x->st.mtime) ? http_req_header(&res->req, "Range") : NULL;
    if (v) {
        uint64_t s, e;
        int rr = http_range_parse(v, x->st.size, &s, &e);
        if (rr < 0) {
            char *e2;
            port_file_close(fd);
            snprintf(cr, sizeof x->cr, "Content-Range: bytes */%llu\r\n", (unsigned long long)x->st.size);
            e2 = build_extra(x->o->extra_headers, cr);
            simple(res, 416, e2);
            free(e2);
            return;
        }
        if (rr > 0) {
            status = 206;
            start = s;
            len = e - s + 1;
            snprintf(cr, sizeof x->cr, "bytes %llu-%llu/%llu", (unsigned long long)s, (unsigned long long)e,
                     (unsigned long long)x->st.size);
        }
    }
    *put_u64(cl, len, 10) = 0;
    h[nh].name = "Content-Type";
    h[nh++].value = ct;
    h[nh].name = "Content-Length";
    h[nh++].value = cl;
    h[nh].name = "Last-Modified";
    h[nh++].value = x->lm;
    h[nh].name = "ETag";
    h[nh++].value = x->etag;
    h[nh].name = "Accept-Ranges";
    h[nh++].value = "bytes";
    if (status == 206) {
        h[nh].name = "Content-Range";
        h[nh++].value = cr;
    }
    if (http__write_head(res, status, h, nh, x->extra) != 0) {
        port_file_close(fd);
        return;
    }
    http__send_file(res, fd, start, len);
}

/* The common case, a regular file reached without a symlink, opened without
 * looking at the root's canonical path: root/rel is opened refusing a
 * symlink as its last component, and the folders between (none for a file
 * directly in the root) are checked for symlinks one by one.  rel has no
 * "." or ".." segments (http_path_sanitize), so the file is inside the root.
 * 0 with the file open and x->real, x->st set; -1 for anything else (a
 * symlink, a folder, an error), which serve_resolve then answers as before. */
static int serve_open_direct(serve_ctx *x, port_fd *fd) {
    const char *root = x->o->document_root && *x->o->document_root ? x->o->document_root : ".";
    const char *slash = strrchr(x->rel, '/');
    size_t rl = strlen(root), canon = root[rl - 1] == '/' ? rl - 1 : rl;
    if (!*x->rel || join3(x->real, sizeof x->real, root, canon == rl ? "/" : "", x->rel, strlen(x->rel)) != 0)
        return -1;
    if (slash) {
        size_t dl = canon + 1 + (size_t)(slash - x->rel);
        int ok;
        x->real[dl] = 0;
        ok = port_path_resolve(x->real, canon, x->tmp, sizeof x->tmp, &x->st) == 0 && x->st.is_dir &&
             strcmp(x->tmp, x->real) == 0; /* the same path back: no symlink on the way */
        x->real[dl] = '/';
        if (!ok) return -1;
    }
    if (port_file_open(x->real, 1, fd) != 0) return -1;
    if (port_file_fstat(*fd, &x->st) != 0 || !x->st.is_reg) {
        port_file_close(*fd);
        return -1;
    }
    return 0;
}

/* The file to serve, open, in fd, x->real and x->st: 0, or -1 when answered
 * (a folder's redirect, index or listing included). */
static int serve_open(serve_ctx *x, port_fd *fd) {
    int slash_end = x->plen && x->url[x->plen - 1] == '/';
    if (serve_open_direct(x, fd) == 0) {
        if (!slash_end) return 0;
        port_file_close(*fd); /* "/file.txt/" names no file */
        return answer(x, 404);
    }
    if (serve_resolve(x) != 0) return -1;
    if (!x->st.is_dir && slash_end) return answer(x, 404);
    if (x->st.is_dir && serve_dir(x) != 0) return -1;
    if (port_file_open(x->real, 1, fd) != 0) return answer(x, 404);
    if (port_file_fstat(*fd, &x->st) != 0 || !x->st.is_reg) {
        port_file_close(*fd);
        return answer(x, 403);
    }
    return 0;
}

static void serve(serve_ctx *x) {
    http_exchange *res = x->res;
    port_fd fd;
    int status;
    if (serve_check_acl(x) != 0) return;
    if (strcmp(res->req.method, "GET") != 0 && strcmp(res->req.method, "HEAD") != 0) {
        char *e2 = build_extra(x->o->extra_headers, "Allow: GET, HEAD\r\n");
        simple(res, 405, e2);
        free(e2);
        return;
    }
    if (http_path_sanitize(x->url, x->plen, x->rel, sizeof x->rel) != 0) {
        http__report_ex(res, "rejected unsafe path (400)");
        simple(res, 400, x->extra);
        return;
    }
    if (is_hidden(x->o->hidden_file_pattern, x->rel)) {
        simple(res, 404, x->extra);
        return;
    }
    if (serve_open(x, &fd) != 0) return;
    { /* "mtime.size" in hex */
        char *p = x->etag;
        *p++ = '"';
        p = put_u64(p, (uint64_t)x->st.mtime, 16);
        *p++ = '.';
        p = put_u64(p, x->st.size, 16);
        *p++ = '"';
        *p = 0;
    }
    http_date_format(x->st.mtime, x->lm, sizeof x->lm);
    status = preconditions(&res->req, x->etag, x->st.mtime);
    if (status == 412) {
        port_file_close(fd);
        simple(res, 412, x->extra);
        return;
    }
    serve_send(x, fd, status);
}

int http_exchange_serve(http_exchange *res, const http_serve_opts *o) {
    static const http_serve_opts def;
    serve_ctx *x;
    char *extra;
    if (!res->hc || res->headers_sent || res->ended) return -1;
    if (!o) o = &def;
    extra = build_extra(o->extra_headers, NULL);
    x = (serve_ctx *)malloc(sizeof *x);
    if (!x) {
        http__report_ex(res, "out of memory (500)");
        simple(res, 500, extra);
        free(extra);
        return 0;
    }
    memset(x, 0, offsetof(serve_ctx, rel)); /* the paths need no clearing */
    x->res = res;
    x->o = o;
    x->extra = extra;
    x->url = http__origin_form(res->req.url ? res->req.url : "/");
    for (x->q = x->url; *x->q && *x->q != '?' && *x->q != '#'; x->q++) continue;
    x->plen = (size_t)(x->q - x->url);
    serve(x);
    free(x);
    free(extra);
    return 0;
}
