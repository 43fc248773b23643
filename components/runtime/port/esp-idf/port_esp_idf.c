/* port_esp_idf.c - port.h on ESP-IDF 5.x (ESP32, ESP32-C3) and, with the
 * same source, ESP8266_RTOS_SDK 3.4.
 *
 * Sockets, poll and files: ESP-IDF offers the BSD socket API of lwIP
 * (socket/bind/listen/accept/send/recv/fcntl O_NONBLOCK/getsockname) and
 * a VFS with poll(), open/read/lseek/stat, opendir and realpath, so they
 * come from port/bsd/port_bsd.c, as on the host.  This file adds:
 *   port_now_ms     esp_timer_get_time() (microseconds since boot)
 *   port_log        ESP_LOGx with the tag "tsfw"
 *   port_stat_path  SPIFFS has no directories: "/spiffs/www" does not
 *                   stat, but opendir() lists the files under that prefix,
 *                   so a path that opens as a directory is reported as one
 *   port_random, port_resolve_*   esp_fill_random and lwIP's resolver
 *   port_local_offset_ms, port_tz_name   newlib's TZ rules
 * sendfile() does not exist (port_bsd.c uses it on Linux only), so
 * port_sendfile returns PORT_NOSYS and http.c copies through its buffer.
 *
 * This file cannot be compiled outside the ESP-IDF Docker image; it was
 * written against the ESP-IDF v5.2 API reference (esp_timer.h, esp_log.h,
 * esp_random.h, lwip/dns.h, lwip/tcpip.h).
 */
#define _GNU_SOURCE 1 /* localtime_r, realpath */
#include "../bsd/port_bsd.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "esp_log.h"
#include "esp_random.h"
#include "esp_timer.h"
#include "lwip/dns.h"
#include "lwip/ip_addr.h"
#include "lwip/tcpip.h"

static const char *TAG = "tsfw";

uint64_t port_now_ms(void) { return (uint64_t)esp_timer_get_time() / 1000u; }

/* Date's zone: newlib's localtime_r under the TZ string (a POSIX rule such
 * as "CET-1CEST,M3.5.0,M10.5.0/3") that the firmware sets from its
 * configuration; the long names are configured beside it. */
int32_t port_local_offset_ms(double utc_ms, int *is_dst) {
    time_t t = (time_t)floor(utc_ms / 1000.0);
    struct tm local, utc;
    double diff;
    *is_dst = 0;
    if (!localtime_r(&t, &local) || !gmtime_r(&t, &utc)) return 0;
    *is_dst = local.tm_isdst > 0;
    /* the two broken-down times differ by less than a day */
    diff = (local.tm_hour - utc.tm_hour) * 3600.0 + (local.tm_min - utc.tm_min) * 60.0 + (local.tm_sec - utc.tm_sec);
    if (local.tm_year != utc.tm_year) diff += local.tm_year > utc.tm_year ? 86400.0 : -86400.0;
    else if (local.tm_yday != utc.tm_yday) diff += local.tm_yday > utc.tm_yday ? 86400.0 : -86400.0;
    return (int32_t)(diff * 1000.0);
}

const char *port_tz_name(int is_dst) {
#if defined(CONFIG_TSFW_TZ_NAME_STANDARD) && defined(CONFIG_TSFW_TZ_NAME_DAYLIGHT)
    const char *name = is_dst ? CONFIG_TSFW_TZ_NAME_DAYLIGHT : CONFIG_TSFW_TZ_NAME_STANDARD;
    return name[0] ? name : NULL;
#else
    (void)is_dst;
    return NULL;
#endif
}

/* app_main sets the level of the TSFW_LOG_LEVEL Kconfig option. */
int port_log_initial_level(void) { return PORT_LOG_WARN; }

void port_log(int level, const char *fmt, ...) {
    static const esp_log_level_t map[4] = {ESP_LOG_ERROR, ESP_LOG_WARN, ESP_LOG_INFO, ESP_LOG_DEBUG};
    char msg[192];
    va_list ap;
    if (level > port_log_level()) return;
    if (level < 0) level = 0;
    if (level > 3) level = 3;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ESP_LOG_LEVEL(map[level], TAG, "%s", msg);
}

int port_stat_path(const char *path, port_stat *st) {
    struct stat s;
    DIR *d;
    if (stat(path, &s) == 0) {
        port_bsd_fill_stat(&s, st);
        return 0;
    }
    d = opendir(path);
    if (d) {
        closedir(d);
        memset(st, 0, sizeof *st);
        st->is_dir = 1;
        return 0;
    }
    port_bsd_set_err(errno);
    return PORT_ERR;
}

/* ------------------------------------------------------------------ RNG */

int port_random(void *buf, size_t len) {
    esp_fill_random(buf, len); /* hardware RNG (true random with RF on) */
    return 0;
}

/* ------------------------------------------------------------------ DNS
 * port.h's resolver on lwIP.  lwIP's resolver runs in the tcpip thread:
 * dns_gethostbyname() is called there through tcpip_callback(), and its
 * answer (immediately, from the cache, or later in dns_done) is written
 * into a slot that the app's task polls (port_resolve_timeout_ms asks the
 * loop to wake up every RESOLVE_POLL_MS while one is pending).  There are
 * no resolver sockets to poll.
 *
 * Each field of a slot has one writer: `state` is written by the tcpip
 * thread once the request is queued (PENDING -> DONE/FAILED), `owned` only
 * by the app task.  A slot is reusable when it is not owned and not
 * PENDING, so a cancelled lookup keeps its slot until lwIP answers. */

#define RESOLVE_SLOTS   4
#define RESOLVE_POLL_MS 20
enum {
    SLOT_IDLE = 0,
    SLOT_PENDING,
    SLOT_DONE,
    SLOT_FAILED
};
typedef struct resolve_slot {
    volatile int state;
    int owned;
    char name[64];
    ip_addr_t addr;
} resolve_slot;
static resolve_slot g_slots[RESOLVE_SLOTS];

static void dns_done(const char *name, const ip_addr_t *ip, void *arg) {
    resolve_slot *s = (resolve_slot *)arg;
    (void)name;
    if (ip && IP_IS_V4(ip)) {
        s->addr = *ip;
        s->state = SLOT_DONE;
    } else {
        s->state = SLOT_FAILED;
    }
}

static void dns_start(void *arg) { /* in the tcpip thread */
    resolve_slot *s = (resolve_slot *)arg;
    ip_addr_t ip;
    err_t e = dns_gethostbyname(s->name, &ip, dns_done, s);
    if (e == ERR_OK) dns_done(s->name, &ip, s);
    else if (e != ERR_INPROGRESS) s->state = SLOT_FAILED;
}

int port_resolve_start(const char *name, char *err, size_t errlen) {
    int i;
    if (strlen(name) >= sizeof g_slots[0].name) {
        snprintf(err, errlen, "name too long");
        return PORT_ERR;
    }
    for (i = 0; i < RESOLVE_SLOTS; i++) {
        resolve_slot *s = &g_slots[i];
        if (s->owned || s->state == SLOT_PENDING) continue;
        strcpy(s->name, name);
        s->owned = 1;
        s->state = SLOT_PENDING;
        if (tcpip_callback(dns_start, s) != ERR_OK) {
            s->state = SLOT_IDLE;
            s->owned = 0;
            snprintf(err, errlen, "cannot reach the tcpip thread");
            return PORT_ERR;
        }
        return i;
    }
    snprintf(err, errlen, "too many pending name lookups");
    return PORT_ERR;
}

int port_resolve_check(int h, port_addr *out, char *err, size_t errlen) {
    resolve_slot *s;
    int st;
    if (h < 0 || h >= RESOLVE_SLOTS || !g_slots[h].owned) {
        snprintf(err, errlen, "bad resolver handle");
        return PORT_ERR;
    }
    s = &g_slots[h];
    st = s->state;
    if (st == SLOT_PENDING) return 0;
    s->owned = 0;
    if (st == SLOT_DONE) {
        uint32_t a = ip4_addr_get_u32(ip_2_ip4(&s->addr)); /* network order */
        memset(out, 0, sizeof *out);
        out->family = 4;
        memcpy(out->ip, &a, 4);
        return 1;
    }
    snprintf(err, errlen, "Domain name not found");
    return PORT_ERR;
}

void port_resolve_cancel(int h) {
    if (h >= 0 && h < RESOLVE_SLOTS) g_slots[h].owned = 0;
}

size_t port_resolve_pollfds(port_pollfd *fds, size_t max) {
    (void)fds;
    (void)max;
    return 0;
}

int port_resolve_timeout_ms(void) {
    int i, t = -1;
    for (i = 0; i < RESOLVE_SLOTS; i++) {
        if (!g_slots[i].owned) continue;
        if (g_slots[i].state != SLOT_PENDING) return 0; /* an answer waits */
        t = RESOLVE_POLL_MS;
    }
    return t;
}

void port_resolve_process(const port_pollfd *fds, size_t n) {
    (void)fds;
    (void)n;
}

void port_resolve_cleanup(void) {
    int i;
    for (i = 0; i < RESOLVE_SLOTS; i++) g_slots[i].owned = 0;
}
