/* test_format.c - console.log's formatting (util.format) against node
 * (gen/gen_format.js): format specifiers, extra arguments, non-string first
 * arguments. */
#include "helpers.h"

typedef struct {
    int argc;
    const char *args[4]; /* lit() text */
    const char *want;
} FormatCase;

static const FormatCase format_cases[] = {
#include "format_cases.inc"
};

static void test_format_cases(void **state) {
    size_t i;
    int k, failures = 0;
    (void)state;
    for (i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
        const FormatCase *c = &format_cases[i];
        TsValue argv[4];
        TsString *got;
        for (k = 0; k < c->argc; k++) argv[k] = L(c->args[k]);
        got = ts_format_args(c->argc, argv);
        if (strcmp(got->data, c->want) != 0) {
            print_error("format(%s, %s, ...):\n  got  %s\n  want %s\n", c->args[0], c->argc > 1 ? c->args[1] : "",
                        got->data, c->want);
            failures++;
        }
        ts_str_release(got);
        ts_tmp_release(0);
    }
    assert_int_equal(failures, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_format_cases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
