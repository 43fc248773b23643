#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <string.h>
#include <stdio.h>

#include "rt_internal.h"
#include "tsfw_regexp.h"

static void t(const char *src, const char *flags, const char *subject) {
    TsString *s = ts_str_from_cstr(src), *f = ts_str_from_cstr(flags), *sub = ts_str_from_cstr(subject);
    TsValue re = ts_regexp_new(ts_str_v(s), ts_str_v(f));
    TsValue m = ts_regexp_exec(re, sub);
    TsString *out = ts_inspect(m);
    printf("%s\n", out->data);
    ts_str_release(out);
    ts_release(m);
    ts_release(re);
    ts_str_release(s);
    ts_str_release(f);
    ts_str_release(sub);
}

static void smoke(void **state) {
    (void)state;
    t("a(b)", "", "xab");
    t("(?<x>\\d+)-(?<y>\\d+)?", "d", "tel 12-");
    t("[a-z]+", "i", "123HeLLo");
    t("\\bfoo\\b", "", "a foo b");
    ts_tmp_release(0);
    assert_int_equal(ts_live_objects(), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(smoke)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
