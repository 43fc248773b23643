/* test_date.c - Date against node under several time zones
 * (gen/gen_date.js): constructors, Date.parse, Date.UTC, setters, the
 * string forms and the getters. Built with the posix port's time zone
 * (components/runtime/port/posix/port_tz.c, see mk/core.mk). */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "helpers.h"

typedef struct {
    const char *tz, *kind, *input, *want;
} DateCase;

static const DateCase date_cases[] = {
#include "date_cases.inc"
};

/* Date.now() for mathlib.c, which this test builds with TS_HAVE_PORT_CLOCK. */
double ts_port_now_ms(void);
double ts_port_now_ms(void) { return 1579087800000.0; }

static void put_num(TsBuf *b, double n) {
    TsString *s = ts_num_to_str(n);
    buf_put_str(b, s);
    ts_str_release(s);
}

static void put_owned(TsBuf *b, TsString *s) {
    buf_put_str(b, s);
    ts_str_release(s);
}

static TsString *iso_string;

/* toISOString, or the error it throws */
static void put_iso(TsBuf *b, TsValue d) {
    const char *err;
    THROWS(err, iso_string = ts_date_to_iso_string(d));
    if (err) buf_puts(b, err);
    else put_owned(b, iso_string);
}

/* The line gen_date.js prints for d. */
static void describe(TsBuf *b, TsValue d) {
    static const TsDateField fields[] = {TS_DATE_FULL_YEAR, TS_DATE_MONTH,   TS_DATE_DATE,         TS_DATE_HOURS,
                                         TS_DATE_MINUTES,   TS_DATE_SECONDS, TS_DATE_MILLISECONDS, TS_DATE_DAY};
    TsString *json;
    size_t i;
    int utc;
    put_num(b, ts_date_value(d));
    buf_putc(b, '|');
    put_owned(b, ts_date_to_string(d));
    buf_putc(b, '|');
    put_owned(b, ts_date_to_date_string(d));
    buf_putc(b, '|');
    put_owned(b, ts_date_to_time_string(d));
    buf_putc(b, '|');
    put_owned(b, ts_date_to_utc_string(d));
    buf_putc(b, '|');
    put_iso(b, d);
    buf_putc(b, '|');
    json = ts_json_stringify(d, ts_undefined());
    put_owned(b, json);
    buf_putc(b, '|');
    put_owned(b, ts_inspect(d));
    for (utc = 0; utc < 2; utc++)
        for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
            buf_putc(b, '|');
            put_num(b, ts_date_get(d, fields[i], utc));
        }
    buf_putc(b, '|');
    put_num(b, ts_date_get(d, TS_DATE_TIMEZONE_OFFSET, false));
}

/* Comma-separated numbers ("NaN", "Infinity" too) into out; their count. */
static int numbers(const char *s, double *out, int max) {
    int n = 0;
    while (*s && n < max) {
        char *end;
        out[n++] = strtod(s, &end);
        s = *end == ',' ? end + 1 : end;
    }
    return n;
}

static TsDateField field_named(const char *name) {
    static const char *const names[] = {"FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds"};
    int i;
    for (i = 0; i < 7; i++)
        if (strncmp(name, names[i], strlen(names[i])) == 0 && name[strlen(names[i])] == ';') return (TsDateField)i;
    return TS_DATE_TIME;
}

static void run_case(const DateCase *c, TsBuf *b) {
    double nums[8];
    TsValue args[8], d;
    int n, i;
    if (strcmp(c->kind, "new") == 0 || strcmp(c->kind, "utc") == 0) {
        n = numbers(c->input, nums, 8);
        for (i = 0; i < n; i++) args[i] = ts_num(nums[i]);
        if (c->kind[0] == 'u') {
            put_num(b, ts_date_utc(n, args));
            return;
        }
        d = ts_date_new(n, args);
    } else if (strcmp(c->kind, "log") == 0) {
        static const char *const formats[] = {NULL, "%s", "%j", "{d}", "[d, d]", "x"};
        size_t k;
        d = ts_date_from_time(strtod(c->input, NULL));
        for (k = 0; k < sizeof formats / sizeof formats[0]; k++) {
            TsValue a[2];
            int n = 1;
            TsString *key = S("d");
            if (k) buf_putc(b, '|');
            if (!formats[k]) a[0] = d;
            else if (formats[k][0] == '{') a[0] = ts_tmp(ts_obj_lit(1, &key, &d));
            else if (formats[k][0] == '[') a[0] = ts_tmp(ts_arr_of(2, (TsValue[]){d, d}));
            else a[0] = ts_str_v(S(formats[k])), a[1] = d, n = 2;
            put_owned(b, ts_format_args(n, a));
        }
        ts_release(d);
        return;
    } else if (strcmp(c->kind, "ms") == 0) {
        d = ts_date_from_time(strtod(c->input, NULL));
    } else if (strcmp(c->kind, "parse") == 0) {
        args[0] = ts_str_v(S(c->input));
        d = ts_date_new(1, args);
    } else { /* set: start;Field;utc;args */
        const char *f = strchr(c->input, ';') + 1;
        const char *u = strchr(f, ';') + 1;
        d = ts_date_from_time(strtod(c->input, NULL));
        n = numbers(u + 2, nums, 8);
        put_num(b, ts_date_set(d, field_named(f), u[0] == '1', n, nums));
        buf_putc(b, '#');
    }
    describe(b, d);
    ts_release(d);
}

/* Replaces each " (zone name)" with " (*)", as gen_date.js does for
 * instants whose name node takes from ICU's history of the zone. */
static void mask_names(TsBuf *b) {
    size_t i, k = 0;
    for (i = 0; i < b->len; i++) {
        if (b->data[i] == '(' && i > 0 && b->data[i - 1] == ' ') {
            while (i < b->len && b->data[i] != ')') i++;
            b->data[k++] = '(';
            b->data[k++] = '*';
        }
        b->data[k++] = b->data[i];
    }
    b->len = k;
}

static void test_date_cases(void **state) {
    size_t i;
    int failures = 0;
    const char *zone = "";
    (void)state;
    for (i = 0; i < sizeof date_cases / sizeof date_cases[0]; i++) {
        const DateCase *c = &date_cases[i];
        TsBuf b;
        if (strcmp(zone, c->tz) != 0) {
            zone = c->tz;
            setenv("TZ", zone, 1);
            tzset();
        }
        buf_init(&b);
        run_case(c, &b);
        if (strstr(c->want, " (*)")) mask_names(&b);
        buf_putc(&b, 0);
        if (strcmp(b.data, c->want) != 0) {
            print_error("TZ=%s %s(%s):\n  got  %s\n  want %s\n", c->tz, c->kind, c->input, b.data, c->want);
            failures++;
        }
        buf_free(&b);
        ts_tmp_release(0);
    }
    unsetenv("TZ");
    tzset();
    assert_int_equal(failures, 0);
}

static void test_instance_of(void **state) {
    TsValue d = ts_date_from_time(0);
    (void)state;
    assert_true(ts_instance_of(d, &ts_date_class));
    assert_true(ts_is_date(d));
    assert_false(ts_is_date(L("{}")));
    assert_int_equal(ts_arr_length(ts_tmp(ts_obj_keys(ts_tmp(d)))), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_date_cases),
        TEST(test_instance_of),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
