/* test_string.c - strings: WTF-8 storage, UTF-16 indexing, methods
 * (expected values checked against node 20). */
#include "helpers.h"

#define HELLO "h\xC3\xA9llo\xF0\x9F\x98\x80w" /* "héllo😀w" */

static void test_lengths_and_index(void **state) {
    TsString *s = S(HELLO);
    TsString *a, *b;
    (void)state;
    assert_int_equal(s->len, 11);
    assert_int_equal(s->len16, 8);
    assert_true(ts_str_length(s) == 8);
    assert_str(ts_str_index(s, 1), "\xC3\xA9");
    assert_str(ts_str_index(s, 6), "\xED\xB8\x80"); /* lone low surrogate */
    assert_null(ts_str_index(s, 8));
    assert_null(ts_str_index(s, -1));
    assert_null(ts_str_index(s, 1.5));
    assert_true(ts_str_char_code_at(s, 5) == 55357);
    assert_true(ts_str_char_code_at(s, 6) == 0xDE00);
    assert_true(isnan(ts_str_char_code_at(s, 8)));
    assert_true(ts_str_code_point_at_or_nan(s, 5) == 128512);
    assert_true(ts_str_code_point_at_or_nan(s, 6) == 56832);
    assert_true(isnan(ts_str_code_point_at_or_nan(s, 99)));
    assert_str(ts_str_char_at(s, 1.9), "\xC3\xA9");
    assert_str(ts_str_char_at(s, NAN), "h");
    assert_str(ts_str_char_at(s, 99), "");
    assert_str(ts_str_at(s, -1), "w");
    assert_null(ts_str_at(s, -9));
    /* two lone halves concatenate back into one character */
    a = ts_str_index(s, 5);
    b = ts_str_index(s, 6);
    {
        TsString *c = ts_str_concat(a, b);
        assert_int_equal(c->len, 4);
        assert_int_equal(c->len16, 2);
        assert_str(c, "\xF0\x9F\x98\x80");
    }
    {
        TsString *c = ts_str_retain(a);
        ts_str_append(&c, b);
        assert_str(c, "\xF0\x9F\x98\x80");
    }
    ts_str_release(a);
    ts_str_release(b);
    /* indexing backwards through a non-ASCII string uses the cursor */
    {
        int i;
        uint32_t sum = 0;
        for (i = 7; i >= 0; i--) sum += (uint32_t)ts_str_char_code_at(s, i);
        assert_int_equal(sum, 'h' + 0xE9 + 'l' + 'l' + 'o' + 0xD83D + 0xDE00 + 'w');
    }
}

static void test_search(void **state) {
    TsString *s = S(HELLO);
    (void)state;
    assert_true(ts_str_index_of(s, S("w"), 0) == 7);
    assert_true(ts_str_index_of(s, S("\xF0\x9F\x98\x80"), 0) == 5);
    assert_true(ts_str_index_of(s, S("zz"), 0) == -1);
    assert_true(ts_str_last_index_of(s, S("l"), INFINITY) == 3);
    assert_true(ts_str_includes(s, S("llo"), 0));
    assert_true(ts_str_starts_with(s, S("\xC3\xA9"), 1));
    assert_true(ts_str_ends_with(s, S("\xF0\x9F\x98\x80"), 7));
    assert_true(ts_str_last_index_of(S("abc"), S("b"), NAN) == 1);
    assert_true(ts_str_last_index_of(S("abcabc"), S("c"), 4) == 2);
    assert_true(ts_str_last_index_of(S("abc"), S("c"), -5) == -1);
    assert_true(ts_str_last_index_of(S("abc"), S(""), 10) == 3);
    assert_true(ts_str_index_of(S("abc"), S(""), 10) == 3);
    assert_true(ts_str_index_of(S("abc"), S(""), 1) == 1);
    assert_true(ts_str_index_of(S("abc"), S("c"), -5) == 2);
    assert_false(ts_str_starts_with(S("ab"), S("abc"), 0));
    assert_false(ts_str_ends_with(S("ab"), S("b"), 1));
}

static void test_slices(void **state) {
    TsString *s = S(HELLO);
    (void)state;
    assert_str(ts_str_slice(s, -3, INFINITY), "\xF0\x9F\x98\x80w");
    assert_str(ts_str_slice(s, 5, 6), "\xED\xA0\xBD");
    assert_str(ts_str_slice(s, 6, 8), "\xED\xB8\x80w");
    assert_str(ts_str_substring(s, 6, 2), "llo\xED\xA0\xBD");
    assert_str(ts_str_substr(s, -2, 1), "\xED\xB8\x80");
    assert_str(ts_str_slice(S("abc"), NAN, INFINITY), "abc");
    assert_str(ts_str_slice(S("abc"), 1, NAN), "");
    assert_str(ts_str_substring(S("abc"), 5, -2), "abc");
    assert_str(ts_str_substr(S("abc"), 1, INFINITY), "bc");
    assert_str(ts_str_slice(S("abcdef"), -2, -1), "e");
}

static void test_split(void **state) {
    TsValue r;
    (void)state;
    r = ts_tmp(ts_str_split(S(HELLO), ts_str_v(S("l")), INFINITY));
    assert_str(ts_inspect(r), "[ 'h\xC3\xA9', '', 'o\xF0\x9F\x98\x80w' ]");
    r = ts_tmp(ts_str_split(S(HELLO), ts_str_v(S("")), INFINITY));
    assert_true(ts_arr_length(r) == 8);
    r = ts_tmp(ts_str_split(S("aXbXc"), ts_str_v(S("X")), 2));
    assert_str(ts_inspect(r), "[ 'a', 'b' ]");
    r = ts_tmp(ts_str_split(S("abc"), ts_str_v(S("")), 2));
    assert_str(ts_inspect(r), "[ 'a', 'b' ]");
    r = ts_tmp(ts_str_split(S("a,b,"), ts_str_v(S(",")), INFINITY));
    assert_str(ts_inspect(r), "[ 'a', 'b', '' ]");
    r = ts_tmp(ts_str_split(S(""), ts_str_v(S("")), INFINITY));
    assert_str(ts_inspect(r), "[]");
    r = ts_tmp(ts_str_split(S(""), ts_str_v(S(",")), INFINITY));
    assert_str(ts_inspect(r), "[ '' ]");
    r = ts_tmp(ts_str_split(S("a b"), ts_undefined(), INFINITY));
    assert_str(ts_inspect(r), "[ 'a b' ]");
    r = ts_tmp(ts_str_split(S("a b"), ts_str_v(S(" ")), 0));
    assert_str(ts_inspect(r), "[]");
}

static void test_transform(void **state) {
    TsString *s = S(HELLO);
    TsValue args[3];
    double codes[4] = {72, 0xD83D, 0xDE00, 65601};
    (void)state;
    assert_str(ts_str_to_upper(s), "H\xC3\x89LLO\xF0\x9F\x98\x80W");
    assert_str(ts_str_to_upper(S("stra\xC3\x9F"
                                 "e")),
               "STRASSE");
    assert_str(ts_str_to_lower(S("\xCE\xA3\xCE\x91\xCE\xA3")), "\xCF\x83\xCE\xB1\xCF\x82"); /* ΣΑΣ -> σας */
    assert_str(ts_str_to_lower(S("ABC def")), "abc def");
    assert_str(ts_str_replace(s, S("l"), S("$&$&")), "h\xC3\xA9lllo\xF0\x9F\x98\x80w");
    assert_str(ts_str_replace_all(s, S("l"), S("[$`]")), "h\xC3\xA9[h\xC3\xA9][h\xC3\xA9l]o\xF0\x9F\x98\x80w");
    assert_str(ts_str_replace(S("x"), S("x"), S("$$-$'-$1-$")), "$--$1-$");
    assert_str(ts_str_replace(S("abc"), S("z"), S("y")), "abc");
    assert_str(ts_str_replace_all(S("\xF0\x9F\x98\x80"), S(""), S("-")), "-\xED\xA0\xBD-\xED\xB8\x80-");
    assert_str(ts_str_replace_all(S("aaa"), S("a"), S("bb")), "bbbbbb");
    assert_str(ts_str_pad_start(s, 12, S("ab")), "abab" HELLO);
    assert_str(ts_str_pad_end(s, 10, S("\xC3\xA9")), HELLO "\xC3\xA9\xC3\xA9");
    assert_str(ts_str_pad_start(S("5"), 3, NULL), "  5");
    assert_str(ts_str_pad_start(S("5"), 3, S("")), "5");
    assert_str(ts_str_repeat(S("ab"), 3), "ababab");
    assert_str(ts_str_repeat(S("ab"), 0), "");
    assert_str(ts_str_trim(S("  x \n")), "x");
    assert_str(ts_str_trim(S("\xC2\xA0y\xE2\x80\xA8")), "y");
    assert_str(ts_str_trim_start(S("  x ")), "x ");
    assert_str(ts_str_trim_end(S("  x ")), "  x");
    args[0] = ts_num(1);
    args[1] = ts_null();
    args[2] = L("[2, 3]");
    assert_str(ts_str_concat_values(S("x"), 3, args), "x1null2,3");
    assert_str(ts_str_from_char_code(4, codes), "H\xF0\x9F\x98\x80"
                                                "A");
    {
        TsString *parts[3];
        parts[0] = S("a");
        parts[1] = S("\xC3\xA9");
        parts[2] = S("c");
        assert_str(ts_str_concat_n(3, parts), "a\xC3\xA9"
                                              "c");
    }
}

static void test_compare(void **state) {
    (void)state;
    assert_true(ts_str_cmp(S("abc"), S("abd")) < 0);
    assert_true(ts_str_cmp(S("abc"), S("ab")) > 0);
    assert_true(ts_str_cmp(S("abc"), S("abc")) == 0);
    /* UTF-16 order: a supplementary character sorts before U+FFFF */
    assert_true(ts_str_cmp(S("\xF0\x9F\x98\x80"), S("\xEF\xBF\xBF")) < 0);
    assert_true(ts_str_cmp(S("\xC3\xA9"), S("z")) > 0);
    assert_true(ts_str_eq(S("x\xC3\xA9"), S("x\xC3\xA9")));
    assert_false(ts_str_eq(S("x"), S("y")));
    assert_true(ts_str_hash(S("key")) == ts_str_hash(S("key")));
}

static void test_append_growth(void **state) {
    TsString *s = ts_str_from_cstr("");
    TsString *piece = S("xy");
    TsString *first;
    int i;
    uint32_t reallocs = 0, cap = 0;
    (void)state;
    ts_str_append(&s, piece); /* "" + piece is piece itself (shared) */
    ts_str_append(&s, piece); /* shared: a fresh, uniquely owned string */
    first = s;
    for (i = 0; i < 9999; i++) {
        ts_str_append(&s, piece);
        if (s->cap != cap) {
            reallocs++;
            cap = s->cap;
        }
    }
    assert_ptr_equal(s, first); /* appended in place */
    assert_int_equal(s->len, 20002);
    assert_int_equal(s->len16, 20002);
    assert_true(reallocs < 20); /* capacity doubles */
    /* a shared string is copied, not modified */
    {
        TsString *shared = ts_str_retain(s), *t = s;
        ts_str_append(&t, piece);
        assert_ptr_not_equal(t, shared);
        assert_int_equal(shared->len, 20002);
        assert_int_equal(t->len, 20004);
        ts_str_release(t);
        ts_str_release(shared); /* t took over s's reference */
    }
    /* s += s */
    {
        TsString *u = ts_str_from_cstr("ab\xC3\xA9");
        ts_str_append(&u, u);
        assert_int_equal(u->len16, 6);
        assert_str(u, "ab\xC3\xA9"
                      "ab\xC3\xA9");
    }
}

/* A long text keeps the buffer it was built in (no second copy); it reads,
 * grows and frees like any other string. */
static void test_long_text_keeps_its_buffer(void **state) {
    TsString *parts[400], *piece = S("ab\xC3\xA9"), *s, *short_one;
    int i;
    (void)state;
    for (i = 0; i < 400; i++) parts[i] = piece;
    s = ts_str_concat_n(400, parts);
    assert_int_equal(s->len, 1600);
    assert_int_equal(s->len16, 1200);
    assert_int_equal(s->cap, 1601);
    assert_ptr_not_equal(s->data, (char *)(s + 1));
    assert_int_equal(s->data[1600], 0);
    assert_int_equal(memcmp(s->data + 1596, "ab\xC3\xA9", 4), 0);
    ts_str_append(&s, piece); /* uniquely owned: grows its own buffer */
    assert_int_equal(s->len, 1604);
    assert_int_equal(s->len16, 1203);
    assert_str(ts_str_slice(s, 1199, INFINITY), "\xC3\xA9"
                                                "ab\xC3\xA9");
    ts_str_release(s);
    short_one = ts_str_concat_n(3, parts); /* a short text is one block */
    assert_ptr_equal(short_one->data, (char *)(short_one + 1));
    ts_str_release(short_one);
}

static void test_repeat_errors_are_range_checked(void **state) {
    (void)state;
    assert_str(ts_str_repeat(S(""), 1e9), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_lengths_and_index),
        TEST(test_search),
        TEST(test_slices),
        TEST(test_split),
        TEST(test_transform),
        TEST(test_compare),
        TEST(test_append_growth),
        TEST(test_long_text_keeps_its_buffer),
        TEST(test_repeat_errors_are_range_checked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
