/* test_uri.c - encodeURIComponent, encodeURI, decodeURIComponent and
 * decodeURI against node (gen/gen_uri.js), errors included. */
#include "helpers.h"

typedef struct {
    const char *text;
    size_t len;
} Bytes;

typedef struct {
    const char *text;
    size_t len;
    Bytes want[4]; /* encodeURIComponent, encodeURI, decodeURIComponent, decodeURI */
} UriCase;

static const UriCase uri_cases[] = {
#include "uri_cases.inc"
};

static TsString *(*const coders[4])(TsString *) = {ts_encode_uri_component, ts_encode_uri, ts_decode_uri_component,
                                                   ts_decode_uri};
static const char *const coder_names[4] = {"encodeURIComponent", "encodeURI", "decodeURIComponent", "decodeURI"};
static TsString *coded;

/* The result of coder k on s, or its error, as bytes in *out (owned by the caller). */
static const char *run(int k, TsString *s) {
    const char *err;
    THROWS(err, coded = coders[k](s));
    return err;
}

static void test_uri_cases(void **state) {
    size_t i;
    int k, failures = 0;
    (void)state;
    for (i = 0; i < sizeof uri_cases / sizeof uri_cases[0]; i++) {
        const UriCase *c = &uri_cases[i];
        TsString *s = ts_str_new(c->text, c->len);
        for (k = 0; k < 4; k++) {
            const char *err = run(k, s);
            const char *got = err ? err : coded->data;
            size_t n = err ? strlen(err) : coded->len;
            if (n != c->want[k].len || memcmp(got, c->want[k].text, n) != 0) {
                print_error("%s(%s):\n  got  %s\n  want %s\n", coder_names[k], c->text, got, c->want[k].text);
                failures++;
            }
            if (!err) ts_str_release(coded);
        }
        ts_str_release(s);
    }
    assert_int_equal(failures, 0);
}

static void test_undefined(void **state) {
    (void)state;
    assert_str(ts_encode_uri_component(NULL), "undefined");
    assert_str(ts_decode_uri(NULL), "undefined");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_uri_cases),
        TEST(test_undefined),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
