/* date.c - Date: time values, local time, the getters and setters, the
 * string forms and Date.parse, with ECMA-262's algorithms (MakeDay,
 * MakeTime, TimeClip, LocalTime/UTC) and node's formats.
 *
 * A Date is an object of the runtime class Date whose time value (ms since
 * the epoch, NaN when invalid) lives after the object header: no own
 * properties, so console.log and Object.keys see none, and instanceof works
 * through the class.
 *
 * Local time comes from the port (TS_HAVE_PORT_CLOCK: port_local_offset_ms
 * and port_tz_name, see port.h); builds without a port use C's localtime()
 * and name no zone. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "rt_internal.h"

#define MS_PER_DAY    86400000.0
#define MS_PER_HOUR   3600000.0
#define MS_PER_MINUTE 60000.0
#define MAX_TIME      8.64e15

typedef struct TsDate {
    TsObject obj;
    double time; /* the time value: ms since the epoch, or NaN */
} TsDate;

static const char *const day_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* ------------------------------------------------------------ local time */

/* ------------------------------------------------------ ECMA-262 21.4.1 */

static double day_of(double t) { return floor(t / MS_PER_DAY); }

static double time_within_day(double t) {
    double r = fmod(t, MS_PER_DAY);
    return r < 0 ? r + MS_PER_DAY : r;
}

/* Days from 1970-01-01 to year-month(1..12)-day, proleptic Gregorian. */
static double days_from_civil(double y, double m, double d) {
    double era, yoe, doy, doe;
    y -= m <= 2;
    era = floor(y / 400);
    yoe = y - era * 400;
    doy = floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}

/* ------------------------------------------------------------ local time */

#ifdef TS_HAVE_PORT_CLOCK
int32_t port_local_offset_ms(double utc_ms, int *is_dst); /* port.h */
const char *port_tz_name(int is_dst);
#else
/* Without a port: C's localtime(), which reads TZ where the C library can. */
static int32_t port_local_offset_ms(double utc_ms, int *is_dst) {
    time_t t = (time_t)floor(utc_ms / 1000.0);
    struct tm *tm = localtime(&t);
    double local;
    *is_dst = 0;
    if (!tm) return 0;
    *is_dst = tm->tm_isdst > 0;
    local = days_from_civil(tm->tm_year + 1900.0, tm->tm_mon + 1.0, tm->tm_mday) * 86400.0 + tm->tm_hour * 3600.0 +
            tm->tm_min * 60.0 + tm->tm_sec;
    return (int32_t)((local - (double)t) * 1000.0);
}
static const char *port_tz_name(int is_dst) {
    (void)is_dst;
    return NULL;
}
#endif

typedef struct Civil {
    double year;
    int month; /* 0..11 */
    int day;   /* 1..31 */
} Civil;

static Civil civil_from_days(double z) {
    Civil c;
    double era, doe, yoe, doy, mp;
    z += 719468;
    era = floor(z / 146097);
    doe = z - era * 146097;
    yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
    doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
    mp = floor((5 * doy + 2) / 153);
    c.day = (int)(doy - floor((153 * mp + 2) / 5) + 1);
    c.month = (int)(mp < 10 ? mp + 2 : mp - 10);
    c.year = yoe + era * 400 + (c.month <= 1);
    return c;
}

/* ToIntegerOrInfinity for finite values */
static double integer(double x) { return x < 0 ? ceil(x) : floor(x); }

static double make_time(double h, double m, double s, double ms) {
    if (!isfinite(h) || !isfinite(m) || !isfinite(s) || !isfinite(ms)) return NAN;
    return integer(h) * MS_PER_HOUR + integer(m) * MS_PER_MINUTE + integer(s) * 1000.0 + integer(ms);
}

static double make_day(double year, double month, double date) {
    double y, m, mn;
    if (!isfinite(year) || !isfinite(month) || !isfinite(date)) return NAN;
    y = integer(year);
    m = integer(month);
    y += floor(m / 12);
    mn = fmod(m, 12);
    if (mn < 0) mn += 12;
    if (fabs(y) > 400000) return NAN; /* far outside the time value range */
    return days_from_civil(y, mn + 1, 1) + integer(date) - 1;
}

static double make_date(double day, double time) {
    if (!isfinite(day) || !isfinite(time)) return NAN;
    return day * MS_PER_DAY + time;
}

static double time_clip(double t) {
    if (!isfinite(t) || fabs(t) > MAX_TIME) return NAN;
    return integer(t) + 0.0; /* + 0.0 turns -0 into +0 */
}

static double week_day(double t) { return fmod(fmod(day_of(t) + 4, 7) + 7, 7); }

static double local_offset(double t, int *is_dst) {
    int dst = 0;
    double off = isfinite(t) ? (double)port_local_offset_ms(t, &dst) : 0;
    if (is_dst) *is_dst = dst;
    return off;
}

static double local_time(double t) { return t + local_offset(t, NULL); }

/* UTC(t) for a local time t: in a gap the offset from before the change
 * applies (2:30 when clocks go from 2:00 to 3:00 is 3:30), in an overlap
 * the earlier instant wins (the first 1:30 when clocks go back). */
static double utc_of_local(double t) {
    double guess, off;
    if (!isfinite(t)) return NAN;
    guess = local_offset(t, NULL);
    off = local_offset(t - guess, NULL);
    if (off != guess) {
        double off2 = local_offset(t - off, NULL);
        if (off2 != off) off = guess < off ? guess : off;
    } else {
        /* an overlap: the earlier instant has the larger offset */
        double earlier = local_offset(t - guess - MS_PER_HOUR, NULL);
        if (earlier > guess && local_time(t - earlier) == t) off = earlier;
    }
    return t - off;
}

/* ------------------------------------------------------------ the class */

static double time_of(TsValue d) {
    if (!ts_is_date(d)) ts_throw_error(TS_ERR_TYPE, "this is not a Date object.");
    return ((TsDate *)d.u.obj)->time;
}

static TsValue m_to_string(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_str_v(ts_date_to_string(self));
}
static TsValue m_to_iso(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_str_v(ts_date_to_iso_string(self));
}
static TsValue m_to_json(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_date_to_json(self);
}
static TsValue m_value_of(TsValue self, int argc, const TsValue *argv) {
    (void)argc;
    (void)argv;
    return ts_num(time_of(self));
}

static TsString s_to_string = TS_STR_LIT("toString", 8, 8);
static TsString s_to_iso = TS_STR_LIT("toISOString", 11, 11);
static TsString s_to_json = TS_STR_LIT("toJSON", 6, 6);
static TsString s_value_of = TS_STR_LIT("valueOf", 7, 7);
static TsString s_get_time = TS_STR_LIT("getTime", 7, 7);

/* The methods the runtime finds by name: String(d), JSON.stringify, ToPrimitive. */
static const TsMethod date_methods[] = {
    {&s_to_string, m_to_string}, {&s_to_iso, m_to_iso},     {&s_to_json, m_to_json},
    {&s_value_of, m_value_of},   {&s_get_time, m_value_of},
};

const TsClass ts_date_class = {
    "Date", NULL, sizeof date_methods / sizeof date_methods[0], date_methods, NULL, 0, NULL, NULL, 0, NULL};

bool ts_is_date(TsValue v) { return v.tag == TS_OBJECT && v.u.obj->cls == &ts_date_class; }

static TsString *inspect_date(TsValue v);

static TsValue date_from_time(double t) {
    TsDate *d = (TsDate *)ts_heap_new(sizeof(TsDate), TS_OBJECT);
    date_inspect_hook = inspect_date;
    d->obj.cls = &ts_date_class;
    d->time = time_clip(t);
    return ts_obj_v(&d->obj);
}

double ts_date_value(TsValue d) { return time_of(d); }

/* --------------------------------------------------------- constructors */

/* ToNumber of each argument, missing ones as given in dflt. */
static void numbers(int argc, const TsValue *argv, double *out, int n, const double *dflt) {
    int i;
    for (i = 0; i < n; i++) out[i] = i < argc ? ts_to_number(argv[i]) : dflt[i];
}

/* The year, month, ... of new Date(y, m, ...) and Date.UTC, as one time
 * value (not yet UTC-adjusted); years 0 to 99 mean 1900 to 1999. */
static double from_fields(int argc, const TsValue *argv) {
    static const double dflt[7] = {NAN, 0, 1, 0, 0, 0, 0};
    double f[7], y;
    numbers(argc, argv, f, 7, dflt);
    y = f[0];
    if (isfinite(y) && integer(y) >= 0 && integer(y) <= 99) y = 1900 + integer(y);
    return make_date(make_day(y, f[1], f[2]), make_time(f[3], f[4], f[5], f[6]));
}

TsValue ts_date_new(int argc, const TsValue *argv) {
    if (argc == 0) return date_from_time(ts_date_now());
    if (argc == 1) {
        TsValue v = argv[0], p;
        double t;
        if (ts_is_date(v)) return date_from_time(time_of(v));
        p = ts_to_primitive(v);
        t = p.tag == TS_STRING ? ts_date_parse(p.u.str) : ts_to_number(p);
        ts_release(p);
        return date_from_time(t);
    }
    return date_from_time(utc_of_local(from_fields(argc, argv)));
}

TsValue ts_date_from_time(double t) { return date_from_time(t); }

double ts_date_utc(int argc, const TsValue *argv) { return time_clip(from_fields(argc, argv)); }

/* -------------------------------------------------------------- getters */

double ts_date_get(TsValue d, TsDateField field, bool utc) {
    double t = time_of(d), day, ms;
    Civil c;
    if (t != t) return NAN;
    if (field == TS_DATE_TIME) return t;
    if (field == TS_DATE_TIMEZONE_OFFSET)
        return -integer(local_offset(t, NULL) / MS_PER_MINUTE) + 0.0; /* V8: whole minutes */
    if (!utc) t = local_time(t);
    day = day_of(t);
    ms = time_within_day(t);
    switch (field) {
    case TS_DATE_DAY: return week_day(t);
    case TS_DATE_HOURS: return floor(ms / MS_PER_HOUR);
    case TS_DATE_MINUTES: return fmod(floor(ms / MS_PER_MINUTE), 60);
    case TS_DATE_SECONDS: return fmod(floor(ms / 1000), 60);
    case TS_DATE_MILLISECONDS: return fmod(ms, 1000);
    default: break;
    }
    c = civil_from_days(day);
    if (field == TS_DATE_FULL_YEAR) return c.year;
    if (field == TS_DATE_MONTH) return c.month;
    return c.day;
}

/* -------------------------------------------------------------- setters */

double ts_date_set(TsValue d, TsDateField field, bool utc, int argc, const double *args) {
    TsDate *date;
    double t = time_of(d), day, ms, f[4], r;
    Civil c;
    int i, n;
    date = (TsDate *)d.u.obj;
    if (field == TS_DATE_TIME) {
        date->time = time_clip(argc > 0 ? args[0] : NAN);
        return date->time;
    }
    if (t != t) {
        if (field != TS_DATE_FULL_YEAR) return NAN; /* setFullYear starts from +0 */
        t = 0;
    } else if (!utc) {
        t = local_time(t);
    }
    day = day_of(t);
    ms = time_within_day(t);
    c = civil_from_days(day);
    if (field == TS_DATE_FULL_YEAR || field == TS_DATE_MONTH || field == TS_DATE_DATE) {
        /* year, month, date from the field on */
        f[0] = c.year;
        f[1] = c.month;
        f[2] = c.day;
        i = field == TS_DATE_FULL_YEAR ? 0 : field == TS_DATE_MONTH ? 1 : 2;
        for (n = 0; n < argc && i + n < 3; n++) f[i + n] = args[n];
        if (argc == 0) f[i] = NAN;
        r = make_date(make_day(f[0], f[1], f[2]), ms);
    } else {
        f[0] = floor(ms / MS_PER_HOUR);
        f[1] = fmod(floor(ms / MS_PER_MINUTE), 60);
        f[2] = fmod(floor(ms / 1000), 60);
        f[3] = fmod(ms, 1000);
        i = field == TS_DATE_HOURS ? 0 : field == TS_DATE_MINUTES ? 1 : field == TS_DATE_SECONDS ? 2 : 3;
        for (n = 0; n < argc && i + n < 4; n++) f[i + n] = args[n];
        if (argc == 0) f[i] = NAN;
        r = make_date(day, make_time(f[0], f[1], f[2], f[3]));
    }
    date->time = time_clip(utc ? r : utc_of_local(r));
    return date->time;
}

/* -------------------------------------------------------------- strings */

static TsString *invalid_date(void) { return ts_str_from_cstr("Invalid Date"); }

/* The year as toString writes it: at least 4 digits, "-" before negatives. */
static void put_year(TsBuf *b, double y) {
    char tmp[16];
    sprintf(tmp, y < 0 ? "-%04ld" : "%04ld", (long)fabs(y)); /* |y| <= 275760: no float printf */
    buf_puts(b, tmp);
}

static void put_date_part(TsBuf *b, double t) {
    Civil c = civil_from_days(day_of(t));
    char tmp[16];
    buf_puts(b, day_names[(int)week_day(t)]);
    sprintf(tmp, " %s %02d ", month_names[c.month], c.day);
    buf_puts(b, tmp);
    put_year(b, c.year);
}

static void put_clock(TsBuf *b, double t) {
    double ms = time_within_day(t);
    char tmp[16];
    sprintf(tmp, "%02d:%02d:%02d", (int)(ms / MS_PER_HOUR), (int)fmod(ms / MS_PER_MINUTE, 60),
            (int)fmod(ms / 1000, 60));
    buf_puts(b, tmp);
}

/* " GMT+0100 (Central European Standard Time)"; zones the port cannot name
 * get "GMT+01:00" in the parentheses, as node prints them. */
static void put_zone(TsBuf *b, double t) {
    int dst = 0;
    double off = local_offset(t, &dst), m = fabs(off) / MS_PER_MINUTE;
    const char *name = port_tz_name(dst);
    char tmp[40];
    sprintf(tmp, " GMT%c%02d%02d (", off < 0 ? '-' : '+', (int)(m / 60), (int)fmod(m, 60));
    buf_puts(b, tmp);
    if (name) {
        buf_puts(b, name);
    } else {
        sprintf(tmp, "GMT%c%02d:%02d", off < 0 ? '-' : '+', (int)(m / 60), (int)fmod(m, 60));
        buf_puts(b, tmp);
    }
    buf_putc(b, ')');
}

TsString *ts_date_to_string(TsValue d) {
    double t = time_of(d);
    TsBuf b;
    if (t != t) return invalid_date();
    buf_init(&b);
    put_date_part(&b, local_time(t));
    buf_putc(&b, ' ');
    put_clock(&b, local_time(t));
    put_zone(&b, t);
    return buf_to_str(&b);
}

TsString *ts_date_to_date_string(TsValue d) {
    double t = time_of(d);
    TsBuf b;
    if (t != t) return invalid_date();
    buf_init(&b);
    put_date_part(&b, local_time(t));
    return buf_to_str(&b);
}

TsString *ts_date_to_time_string(TsValue d) {
    double t = time_of(d);
    TsBuf b;
    if (t != t) return invalid_date();
    buf_init(&b);
    put_clock(&b, local_time(t));
    put_zone(&b, t);
    return buf_to_str(&b);
}

TsString *ts_date_to_utc_string(TsValue d) {
    double t = time_of(d);
    Civil c;
    TsBuf b;
    char tmp[16];
    if (t != t) return invalid_date();
    c = civil_from_days(day_of(t));
    buf_init(&b);
    buf_puts(&b, day_names[(int)week_day(t)]);
    sprintf(tmp, ", %02d %s ", c.day, month_names[c.month]);
    buf_puts(&b, tmp);
    put_year(&b, c.year);
    buf_putc(&b, ' ');
    put_clock(&b, t);
    buf_puts(&b, " GMT");
    return buf_to_str(&b);
}

/* "2020-01-15T11:30:00.000Z"; years outside 0..9999 as +YYYYYY / -YYYYYY. */
static size_t iso_format(double t, char *out) {
    Civil c = civil_from_days(day_of(t));
    double ms = time_within_day(t);
    int n;
    if (c.year >= 0 && c.year <= 9999) n = sprintf(out, "%04d", (int)c.year);
    else n = sprintf(out, "%c%06ld", c.year < 0 ? '-' : '+', (long)fabs(c.year));
    n += sprintf(out + n, "-%02d-%02dT", c.month + 1, c.day);
    n += sprintf(out + n, "%02d:%02d:%02d.%03dZ", (int)(ms / MS_PER_HOUR), (int)fmod(ms / MS_PER_MINUTE, 60),
                 (int)fmod(ms / 1000, 60), (int)fmod(ms, 1000));
    return (size_t)n;
}

TsString *ts_date_to_iso_string(TsValue d) {
    double t = time_of(d);
    char tmp[40];
    if (t != t) ts_throw_error(TS_ERR_RANGE, "Invalid time value");
    return ts_str_new(tmp, iso_format(t, tmp));
}

TsValue ts_date_to_json(TsValue d) {
    double t = time_of(d);
    return t != t ? ts_null() : ts_str_v(ts_date_to_iso_string(d));
}

/* What console.log prints: the ISO form, or "Invalid Date"; NULL when v is
 * not a Date. */
static TsString *inspect_date(TsValue v) {
    double t;
    char tmp[40];
    if (!ts_is_date(v)) return NULL;
    t = ((TsDate *)v.u.obj)->time;
    if (t != t) return invalid_date();
    return ts_str_new(tmp, iso_format(t, tmp));
}

/* ---------------------------------------------------------------- parse */

typedef struct Scan {
    const char *p, *end;
} Scan;

/* Exactly n digits; -1 when they are not there. */
static double digits(Scan *s, int n) {
    double v = 0;
    int i;
    for (i = 0; i < n; i++) {
        if (s->p >= s->end || *s->p < '0' || *s->p > '9') return -1;
        v = v * 10 + (*s->p++ - '0');
    }
    return v;
}

static bool eat(Scan *s, char c) {
    if (s->p < s->end && *s->p == c) {
        s->p++;
        return true;
    }
    return false;
}

/* The date time string format (ECMA-262 21.4.1.32) as V8 reads it:
 * date-only forms are UTC, date-times without an offset local time.
 * NAN when text is not in that format. */
static double parse_iso(const char *text, size_t len) {
    Scan s;
    double year, month = 1, day = 1, h = 0, mi = 0, sec = 0, ms = 0, off = 0, t;
    bool has_time = false, has_zone = false;
    s.p = text;
    s.end = text + len;
    if (s.p < s.end && (*s.p == '+' || *s.p == '-')) {
        bool neg = *s.p++ == '-';
        year = digits(&s, 6);
        if (year < 0 || (neg && year == 0)) return NAN;
        if (neg) year = -year;
    } else {
        year = digits(&s, 4);
        if (year < 0) return NAN;
    }
    if (eat(&s, '-')) {
        month = digits(&s, 2);
        if (month < 1 || month > 12) return NAN;
        if (eat(&s, '-')) {
            day = digits(&s, 2);
            if (day < 1 || day > 31) return NAN;
        }
    }
    if (eat(&s, 'T')) {
        has_time = true;
        h = digits(&s, 2);
        if (h < 0 || !eat(&s, ':')) return NAN;
        mi = digits(&s, 2);
        if (mi < 0 || mi > 59) return NAN;
        if (eat(&s, ':')) {
            sec = digits(&s, 2);
            if (sec < 0 || sec > 59) return NAN;
            if (eat(&s, '.')) {
                double scale = 100;
                if (s.p >= s.end || *s.p < '0' || *s.p > '9') return NAN;
                while (s.p < s.end && *s.p >= '0' && *s.p <= '9') {
                    ms += (*s.p++ - '0') * scale;
                    scale /= 10;
                }
                ms = floor(ms);
            }
        }
        if (h > 24 || (h == 24 && (mi || sec || ms))) return NAN;
    }
    if (eat(&s, 'Z')) {
        has_zone = true;
    } else if (has_time && s.p < s.end && (*s.p == '+' || *s.p == '-')) {
        double sign = *s.p++ == '-' ? -1 : 1, oh, om;
        oh = digits(&s, 2);
        if (oh < 0 || oh > 23) return NAN;
        eat(&s, ':'); /* V8 takes +hhmm too */
        om = digits(&s, 2);
        if (om < 0 || om > 59) return NAN;
        off = sign * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
        has_zone = true;
    }
    if (s.p != s.end) return NAN;
    t = make_date(make_day(year, month - 1, day), make_time(h, mi, sec, ms));
    if (has_zone) t -= off;
    else if (has_time) t = utc_of_local(t);
    return time_clip(t);
}

static int month_of(const char *w, size_t n) {
    int m;
    if (n < 3) return -1;
    for (m = 0; m < 12; m++)
        if ((w[0] | 32) == (month_names[m][0] | 32) && (w[1] | 32) == month_names[m][1] &&
            (w[2] | 32) == month_names[m][2])
            return m;
    return -1;
}

static bool is_day_name(const char *w, size_t n) {
    int d;
    if (n < 3) return false;
    for (d = 0; d < 7; d++)
        if ((w[0] | 32) == (day_names[d][0] | 32) && (w[1] | 32) == day_names[d][1] && (w[2] | 32) == day_names[d][2])
            return true;
    return false;
}

/* The forms Date's own strings take, and their common relatives:
 * "Wed Jan 15 2020 12:30:00 GMT+0100 (...)", "Wed, 15 Jan 2020 11:30:00 GMT",
 * "January 15, 2020", "2020/01/15 10:20", "1/15/2020", "2020-01-15 10:20".
 * Without a zone they are local time. NAN for anything else. */
static double parse_legacy(const char *p, size_t len) {
    const char *end = p + len;
    double nums[3], h = 0, mi = 0, sec = 0, off = 0, t;
    int nnum = 0, month = -1;
    bool has_zone = false, has_time = false;
    while (p < end) {
        char c = *p;
        if (c == ' ' || c == ',' || c == '\t') {
            p++;
        } else if (c == '(') {
            while (p < end && *p != ')') p++;
            if (p < end) p++;
        } else if ((c | 32) >= 'a' && (c | 32) <= 'z') {
            const char *w = p;
            size_t n;
            while (p < end && (*p | 32) >= 'a' && (*p | 32) <= 'z') p++;
            n = (size_t)(p - w);
            if (n == 3 && (memcmp(w, "GMT", 3) == 0 || memcmp(w, "UTC", 3) == 0)) has_zone = true;
            else if (n == 1 && *w == 'Z') has_zone = true;
            else if (month_of(w, n) >= 0 && month < 0) month = month_of(w, n);
            else if (!is_day_name(w, n) && (nnum > 0 || has_time)) return NAN; /* words before the date are ignored */
        } else if ((c == '+' || c == '-') && has_zone && has_time) {
            double sign = c == '-' ? -1 : 1, v = 0;
            int k = 0;
            for (p++; p < end && *p >= '0' && *p <= '9'; p++, k++) v = v * 10 + (*p - '0');
            if (k == 4) off = sign * (floor(v / 100) * MS_PER_HOUR + fmod(v, 100) * MS_PER_MINUTE);
            else if (k == 2) off = sign * v * MS_PER_HOUR;
            else return NAN;
        } else if ((c == '+' || c == '-') && nnum == 0) {
            p++; /* a sign before the date is ignored */
        } else if (c >= '0' && c <= '9') {
            double v = 0;
            while (p < end && *p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
            if (p < end && *p == ':') {
                Scan s;
                if (has_time) return NAN;
                has_time = true;
                h = v;
                s.p = p + 1;
                s.end = end;
                mi = digits(&s, 2);
                if (mi < 0) return NAN;
                if (eat(&s, ':') && (sec = digits(&s, 2)) < 0) return NAN;
                p = s.p;
                if (h > 24 || mi > 59 || sec > 59) return NAN;
            } else {
                if (nnum == 3) return NAN;
                nums[nnum++] = v;
                if (p < end && (*p == '/' || *p == '-')) p++;
            }
        } else {
            return NAN;
        }
    }
    {
        double year, mon, day;
        if (month >= 0 && nnum == 1) { /* Jan 2020 */
            year = nums[0];
            day = 1;
            mon = month;
        } else if (month >= 0) { /* Jan 15 2020, 15 Jan 2020 */
            if (nnum != 2) return NAN;
            day = nums[0] <= 31 ? nums[0] : nums[1];
            year = nums[0] <= 31 ? nums[1] : nums[0];
            mon = month;
        } else if (nnum == 1 && nums[0] > 31) { /* 2020 */
            year = nums[0];
            mon = 0;
            day = 1;
        } else if (nnum == 3 && nums[0] > 31) { /* 2020/01/15 */
            year = nums[0];
            mon = nums[1] - 1;
            day = nums[2];
        } else if (nnum == 3) { /* 1/15/2020 */
            mon = nums[0] - 1;
            day = nums[1];
            year = nums[2];
        } else {
            return NAN;
        }
        if (mon < 0 || mon > 11 || day < 1 || day > 31) return NAN;
        if (year < 50 && year >= 0 && nums[nnum - 1] == year) year += 2000;
        else if (year < 100) year += 1900;
        t = make_date(make_day(year, mon, day), make_time(h, mi, sec, 0));
    }
    return time_clip(has_zone ? t - off : utc_of_local(t));
}

double ts_date_parse(TsString *s) {
    double t;
    if (!s) return NAN;
    t = parse_iso(s->data, s->len);
    return t == t ? t : parse_legacy(s->data, s->len);
}
