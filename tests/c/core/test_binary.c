/* test_binary.c - ArrayBuffer, typed arrays, DataView, TextEncoder/TextDecoder
 * and array holes (expected values checked against node 20). */
#include "helpers.h"

#define INSPECT(v, want) assert_str(ts_inspect(ts_tmp(v)), want)

static TsValue typed(int kind, const char *items) { return ts_tmp(ts_ta_new(kind, 1, (TsValue[]){L(items)})); }

static TsValue bytes_of(const char *s) {
    TsValue enc = ts_tmp(ts_text_encoder_new());
    return ts_tmp(ts_text_encode(enc, S(s)));
}

/* Decodes n raw bytes with a fresh decoder (fatal or not). */
static TsString *decode(const char *raw, size_t n, bool fatal) {
    TsValue opts = L(fatal ? "{fatal: true}" : "{}");
    TsValue dec = ts_tmp(ts_text_decoder_new(NULL, opts));
    TsValue b = ts_tmp(ts_ta_new(TS_TA_UINT8, 1, (TsValue[]){ts_num((double)n)}));
    size_t i;
    for (i = 0; i < n; i++) ts_ta_set(b, (double)i, (unsigned char)raw[i]);
    return ts_text_decode(dec, b);
}

static void test_conversions(void **state) {
    (void)state;
    INSPECT(ts_dup(typed(TS_TA_UINT8, "[300, -1, 3.99, NaN, Infinity]")), "Uint8Array(5) [ 44, 255, 3, 0, 0 ]");
    INSPECT(ts_dup(typed(TS_TA_INT8, "[127, 128, 255, -129]")), "Int8Array(4) [ 127, -128, -1, 127 ]");
    INSPECT(ts_dup(typed(TS_TA_UINT8_CLAMPED, "[300, -5, 1.5, 2.5, 0.5, NaN]")),
            "Uint8ClampedArray(6) [ 255, 0, 2, 2, 0, 0 ]");
    INSPECT(ts_dup(typed(TS_TA_INT16, "[32768, -32769, 65535]")), "Int16Array(3) [ -32768, 32767, -1 ]");
    INSPECT(ts_dup(typed(TS_TA_UINT32, "[-1, 4294967296, 1e10]")), "Uint32Array(3) [ 4294967295, 0, 1410065408 ]");
    INSPECT(ts_dup(typed(TS_TA_INT32, "[2147483648, -Infinity]")), "Int32Array(2) [ -2147483648, 0 ]");
    INSPECT(ts_dup(typed(TS_TA_FLOAT32, "[0.1, -0]")), "Float32Array(2) [ 0.10000000149011612, -0 ]");
    INSPECT(ts_dup(typed(TS_TA_FLOAT64, "[0.1, NaN]")), "Float64Array(2) [ 0.1, NaN ]");
    {
        TsValue a = typed(TS_TA_UINT16, "[1, 2]");
        assert_int_equal(ts_ta_get(a, 2).tag, TS_UNDEFINED); /* out of range */
        assert_int_equal(ts_ta_get(a, -1).tag, TS_UNDEFINED);
        assert_int_equal(ts_ta_get(a, 0.5).tag, TS_UNDEFINED);
        ts_ta_set(a, 5, 9); /* ignored */
        ts_ta_set(a, 1, 70000);
        INSPECT(ts_dup(a), "Uint16Array(2) [ 1, 4464 ]");
        assert_true(ts_ta_length(a) == 2 && ts_bin_byte_length(a) == 4);
    }
}

static void test_views_share_bytes(void **state) {
    TsValue buf, words, bytes, sub;
    (void)state;
    buf = ts_tmp(ts_abuf_new(8));
    words = ts_tmp(ts_ta_new(TS_TA_UINT32, 3, (TsValue[]){buf, ts_num(4), ts_num(1)}));
    ts_ta_set(words, 0, 0x11223344);
    bytes = ts_tmp(ts_ta_new(TS_TA_UINT8, 1, (TsValue[]){buf}));
    INSPECT(ts_dup(bytes), "Uint8Array(8) [\n   0,  0,  0,  0,\n  68, 51, 34, 17\n]");
    sub = ts_tmp(ts_ta_subarray(bytes, 6, INFINITY));
    ts_ta_set(sub, 0, 0xaa);
    assert_true(ts_ta_get(words, 0).u.num == 0x11aa3344);
    assert_true(ts_bin_byte_offset(sub) == 6 && ts_bin_byte_offset(words) == 4);
    {
        TsValue b2 = ts_bin_buffer(sub);
        assert_true(b2.u.obj == buf.u.obj);
        ts_release(b2);
    }
    /* a view keeps its buffer alive after every other reference is gone */
    {
        TsValue own = ts_ta_subarray(bytes, 0, 2), b;
        ts_ta_set(own, 1, 7);
        ts_tmp_release(0);
        assert_true(ts_ta_get(own, 1).u.num == 7);
        b = ts_bin_buffer(own);
        assert_true(ts_bin_byte_length(b) == 8);
        ts_release(b);
        ts_release(own);
    }
}

static void test_dataview(void **state) {
    TsValue buf = ts_tmp(ts_abuf_new(8)), dv;
    const char *err;
    (void)state;
    dv = ts_tmp(ts_dv_new(buf, ts_undefined(), ts_undefined()));
    ts_dv_set(dv, 0, 0x1234, false, TS_TA_UINT16);
    ts_dv_set(dv, 2, 0x1234, true, TS_TA_UINT16);
    ts_dv_set(dv, 4, -2, false, TS_TA_INT32);
    INSPECT(ts_ta_new(TS_TA_UINT8, 1, (TsValue[]){buf}),
            "Uint8Array(8) [\n   18,  52,  52,  18,\n  255, 255, 255, 254\n]");
    assert_true(ts_dv_get(dv, 0, true, TS_TA_UINT16) == 0x3412);
    assert_true(ts_dv_get(dv, 4, false, TS_TA_INT32) == -2);
    assert_true(ts_dv_get(dv, 4, false, TS_TA_UINT32) == 4294967294.0);
    ts_dv_set(dv, 0, 1.5, true, TS_TA_FLOAT64);
    assert_true(ts_dv_get(dv, 0, true, TS_TA_FLOAT64) == 1.5);
    assert_true(ts_dv_get(dv, 0, false, TS_TA_FLOAT64) != 1.5);
    THROWS(err, ts_dv_get(dv, 7, false, TS_TA_UINT16));
    assert_string_equal(err, "RangeError: Offset is outside the bounds of the DataView");
    THROWS(err, ts_dv_new(buf, ts_num(9), ts_undefined()));
    assert_string_equal(err, "RangeError: Start offset 9 is outside the bounds of the buffer");
    THROWS(err, ts_dv_new(buf, ts_num(4), ts_num(5)));
    assert_string_equal(err, "RangeError: Invalid DataView length 5");
    INSPECT(ts_dv_new(ts_tmp(ts_abuf_new(2)), ts_undefined(), ts_undefined()),
            "DataView {\n  byteLength: 2,\n  byteOffset: 0,\n  buffer: ArrayBuffer { [Uint8Contents]: <00 00>, "
            "byteLength: 2 }\n}");
}

static void test_errors(void **state) {
    TsValue buf = ts_tmp(ts_abuf_new(6));
    const char *err;
    (void)state;
    THROWS(err, ts_ta_new(TS_TA_UINT8, 1, (TsValue[]){ts_num(-1)}));
    assert_string_equal(err, "RangeError: Invalid typed array length: -1");
    THROWS(err, ts_abuf_new(-1));
    assert_string_equal(err, "RangeError: Invalid array buffer length");
    THROWS(err, ts_ta_new(TS_TA_UINT16, 2, (TsValue[]){buf, ts_num(1)}));
    assert_string_equal(err, "RangeError: start offset of Uint16Array should be a multiple of 2");
    THROWS(err, ts_ta_new(TS_TA_UINT32, 1, (TsValue[]){buf}));
    assert_string_equal(err, "RangeError: byte length of Uint32Array should be a multiple of 4");
    THROWS(err, ts_ta_new(TS_TA_UINT8, 3, (TsValue[]){buf, ts_num(0), ts_num(7)}));
    assert_string_equal(err, "RangeError: Invalid typed array length: 7");
    THROWS(err, ts_ta_new(TS_TA_UINT8, 2, (TsValue[]){buf, ts_num(7)}));
    assert_string_equal(err, "RangeError: Start offset 7 is outside the bounds of the buffer");
    THROWS(err, ts_ta_set_from(typed(TS_TA_UINT8, "[0, 0]"), L("[1, 2]"), 1));
    assert_string_equal(err, "RangeError: offset is out of bounds");
    THROWS(err, ts_arr_new_holes(1.5));
    assert_string_equal(err, "RangeError: Invalid array length");
    THROWS(err, ts_text_decoder_new(S("latin7"), ts_undefined()));
    assert_string_equal(err, "RangeError: The \"latin7\" encoding is not supported");
    THROWS(err, ts_ta_get(L("{}"), 0));
    assert_non_null(err);
}

static void test_methods(void **state) {
    TsValue a = typed(TS_TA_INT16, "[5, 1, 4, 1, 5, 9, 2, 6]");
    (void)state;
    assert_true(ts_ta_index_of(a, ts_num(1), 0) == 1 && ts_ta_index_of(a, ts_num(1), 2) == 3);
    assert_true(ts_ta_last_index_of(a, ts_num(5), INFINITY) == 4 && ts_ta_index_of(a, ts_str_v(S("1")), 0) == -1);
    assert_true(ts_ta_includes(a, ts_num(9), 0) && !ts_ta_includes(a, ts_num(9), 6));
    assert_str(ts_ta_join(a, S("-")), "5-1-4-1-5-9-2-6");
    INSPECT(ts_ta_slice(a, -3, -1), "Int16Array(2) [ 9, 2 ]");
    INSPECT(ts_ta_sort(a, ts_undefined()), "Int16Array(8) [\n  1, 1, 2, 4,\n  5, 5, 6, 9\n]");
    INSPECT(ts_ta_reverse(typed(TS_TA_UINT8, "[1, 2, 3]")), "Uint8Array(3) [ 3, 2, 1 ]");
    INSPECT(ts_ta_sort(typed(TS_TA_FLOAT64, "[NaN, 0, -0, -1]"), ts_undefined()), "Float64Array(4) [ -1, -0, 0, NaN ]");
    INSPECT(ts_ta_fill(typed(TS_TA_UINT8, "[0, 0, 0, 0]"), 258, 1, -1), "Uint8Array(4) [ 0, 2, 2, 0 ]");
    INSPECT(ts_ta_copy_within(typed(TS_TA_UINT8, "[1, 2, 3, 4, 5]"), 0, 3, INFINITY),
            "Uint8Array(5) [ 4, 5, 3, 4, 5 ]");
    INSPECT(ts_ta_from(TS_TA_UINT8, L("new Set([3, 3, 4])"), ts_undefined()), "Uint8Array(2) [ 3, 4 ]");
    INSPECT(ts_ta_from(TS_TA_UINT8, L("{length: 3}"), ts_undefined()), "Uint8Array(3) [ 0, 0, 0 ]");
    INSPECT(ts_ta_of(TS_TA_INT8, 2, (TsValue[]){ts_num(-1), ts_num(200)}), "Int8Array(2) [ -1, -56 ]");
    INSPECT(ts_ta_to_array(typed(TS_TA_FLOAT32, "[0.5, 2]")), "[ 0.5, 2 ]");
    INSPECT(ts_arr_from(typed(TS_TA_UINT8, "[7]")), "[ 7 ]"); /* Array.from through the class's values() */
    assert_str(ts_to_string(typed(TS_TA_UINT8, "[1, 2]")), "1,2");
}

static void test_text(void **state) {
    const char *err;
    (void)state;
    INSPECT(ts_dup(bytes_of("h\xC3\xA9")), "Uint8Array(3) [ 104, 195, 169 ]");
    INSPECT(ts_dup(bytes_of("a\xED\xA0\x80")), "Uint8Array(4) [ 97, 239, 191, 189 ]"); /* a lone surrogate */
    /* WHATWG: one U+FFFD per maximal subpart */
    assert_str(decode("a\xE2\x82"
                      "b",
                      4, false),
               "a\xEF\xBF\xBD"
               "b");
    assert_str(decode("\xED\xA0\x80", 3, false), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_str(decode("\xC0\x80", 2, false), "\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_str(decode("\xF4\x90\x80\x80", 4, false), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_str(decode("\xF0\x9F\x98", 3, false), "\xEF\xBF\xBD");
    assert_str(decode("\xF0\x9F\x98\x80", 4, false), "\xF0\x9F\x98\x80");
    assert_str(decode("\xEF\xBB\xBFok", 5, false), "ok"); /* the BOM is dropped */
    assert_str(decode("", 0, true), "");
    THROWS(err, ts_tmp_str(decode("a\xFF", 2, true)));
    assert_string_equal(err, "TypeError: The encoded data was not valid for encoding utf-8");
    INSPECT(ts_text_decoder_new(S("UTF8"), L("{fatal: true}")),
            "TextDecoder { encoding: 'utf-8', fatal: true, ignoreBOM: false }");
}

static void test_inspect(void **state) {
    TsValue big = ts_tmp(ts_abuf_new(102));
    (void)state;
    INSPECT(ts_ta_new(TS_TA_UINT8, 0, NULL), "Uint8Array(0) []");
    INSPECT(ts_abuf_new(0), "ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }");
    {
        TsValue inner = ts_tmp(ts_obj_new(NULL, 1)), mid = ts_tmp(ts_obj_new(NULL, 1)),
                top = ts_tmp(ts_obj_new(NULL, 1));
        ts_obj_set(inner, S("d"), ts_tmp(ts_ta_new(TS_TA_UINT8, 0, NULL)));
        ts_obj_set(mid, S("c"), inner);
        ts_obj_set(top, S("b"), mid);
        INSPECT(ts_dup(top), "{ b: { c: { d: Uint8Array(0) [] } } }");
        ts_obj_set(inner, S("d"), ts_tmp(ts_ta_new(TS_TA_UINT8, 1, (TsValue[]){ts_num(1)})));
        INSPECT(ts_dup(top), "{ b: { c: { d: [Uint8Array] } } }"); /* past depth 2 */
    }
    {
        TsString *s = ts_inspect(big);
        assert_non_null(strstr(s->data, "00 00 ... 2 more bytes>,\n  byteLength: 102\n}"));
        ts_str_release(s);
    }
}

static void test_holes(void **state) {
    TsValue a = ts_tmp(ts_arr_new_holes(5));
    const uint8_t *p;
    size_t n;
    (void)state;
    INSPECT(ts_dup(a), "[ <5 empty items> ]");
    ts_arr_set(a, 2, ts_num(1));
    INSPECT(ts_dup(a), "[ <2 empty items>, 1, <2 empty items> ]");
    assert_int_equal(ts_arr_get(a, 0).tag, TS_UNDEFINED);
    assert_false(ts_is_hole(ts_arr_get(a, 0)));
    assert_true(ts_arr_index_of(a, ts_undefined(), 0) == -1);
    assert_true(ts_arr_includes(a, ts_undefined()));
    INSPECT(ts_arr_from(a), "[ undefined, undefined, 1, undefined, undefined ]");
    INSPECT(ts_arr_slice(a, 1, 3), "[ <1 empty item>, 1 ]");
    INSPECT(ts_arr_fill(a, ts_num(0), 0, INFINITY), "[ 0, 0, 0, 0, 0 ]");
    INSPECT(ts_arr_new_holes(0), "[]");
    INSPECT(ts_arr_new_holes(101), "[ <101 empty items> ]");
    /* the device API reads bytes through the hook once binary.c has made an object */
    assert_non_null(ts_bin_bytes_hook);
    assert_true(ts_bin_bytes_hook(bytes_of("abc"), &p, &n) && n == 3 && p[0] == 'a');
    assert_false(ts_bin_bytes_hook(L("[1]"), &p, &n));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        TEST(test_conversions), TEST(test_views_share_bytes),
        TEST(test_dataview),    TEST(test_errors),
        TEST(test_methods),     TEST(test_text),
        TEST(test_inspect),     TEST(test_holes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
