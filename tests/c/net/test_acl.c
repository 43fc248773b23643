/* test_acl.c - ip_acl parsing and matching. */
#include "testutil.h"

static port_addr ip(const char *s) {
    port_addr a;
    assert_int_equal(net_ip_parse(s, strlen(s), &a), 0);
    return a;
}

static int chk(const char *acl, const char *addr) {
    char err[200];
    port_addr a = ip(addr);
    return net_acl_check(acl, &a, err, sizeof err);
}

static void test_empty_allows(void **st) {
    (void)st;
    assert_int_equal(chk("", "1.2.3.4"), 1);
    assert_int_equal(chk("   ", "::1"), 1);
    assert_int_equal(net_acl_check(NULL, NULL, NULL, 0), 1);
}

static void test_seed_example(void **st) {
    (void)st;
    assert_int_equal(chk("-0.0.0.0/0,+192.168/16", "192.168.1.10"), 1);
    assert_int_equal(chk("-0.0.0.0/0,+192.168/16", "192.168.255.255"), 1);
    assert_int_equal(chk("-0.0.0.0/0,+192.168/16", "192.169.0.1"), 0);
    assert_int_equal(chk("-0.0.0.0/0,+192.168/16", "10.0.0.1"), 0);
    assert_int_equal(chk("-0.0.0.0/0,+192.168/16", "127.0.0.1"), 0);
    /* IPv6 clients match no IPv4 entry: default deny */
    assert_int_equal(chk("-0.0.0.0/0,+192.168/16", "::1"), 0);
    /* IPv4-mapped IPv6 clients are matched as IPv4 */
    assert_int_equal(chk("-0.0.0.0/0,+192.168/16", "::ffff:192.168.3.4"), 1);
    assert_int_equal(chk("-0.0.0.0/0,+192.168/16", "::ffff:10.0.0.1"), 0);
}

static void test_default_deny_and_last_wins(void **st) {
    (void)st;
    assert_int_equal(chk("+10.0.0.0/8", "10.1.2.3"), 1);
    assert_int_equal(chk("+10.0.0.0/8", "11.1.2.3"), 0);
    assert_int_equal(chk("-10.0.0.0/8", "11.1.2.3"), 0);
    assert_int_equal(chk("+0.0.0.0/0,-10.0.0.0/8", "10.9.9.9"), 0);
    assert_int_equal(chk("+0.0.0.0/0,-10.0.0.0/8", "11.9.9.9"), 1);
    assert_int_equal(chk("-10.0.0.0/8,+0.0.0.0/0", "10.9.9.9"), 1);
    assert_int_equal(chk("+10.0.0.0/8,-10.1.0.0/16,+10.1.2.0/24", "10.1.2.3"), 1);
    assert_int_equal(chk("+10.0.0.0/8,-10.1.0.0/16,+10.1.2.0/24", "10.1.3.3"), 0);
    assert_int_equal(chk("+10.0.0.0/8,-10.1.0.0/16,+10.1.2.0/24", "10.2.3.3"), 1);
}

static void test_short_forms(void **st) {
    (void)st;
    assert_int_equal(chk("+10/8", "10.200.1.1"), 1);
    assert_int_equal(chk("+10", "10.200.1.1"), 1);       /* one octet: /8 */
    assert_int_equal(chk("+192.168", "192.168.7.7"), 1); /* two octets: /16 */
    assert_int_equal(chk("+192.168", "192.169.7.7"), 0);
    assert_int_equal(chk("+172.16.5", "172.16.5.99"), 1); /* three octets: /24 */
    assert_int_equal(chk("+1.2.3.4", "1.2.3.4"), 1);      /* plain address: /32 */
    assert_int_equal(chk("+1.2.3.4", "1.2.3.5"), 0);
    assert_int_equal(chk("+1.2.3.4/32", "1.2.3.4"), 1);
    assert_int_equal(chk("+1.2.3.7/30", "1.2.3.4"), 1); /* host bits ignored */
    assert_int_equal(chk("+1.2.3.7/30", "1.2.3.8"), 0);
    assert_int_equal(chk("+128.0.0.0/1", "200.1.1.1"), 1);
    assert_int_equal(chk("+128.0.0.0/1", "100.1.1.1"), 0);
    assert_int_equal(chk(" +10.0.0.0/8 , -10.0.0.1 ", "10.0.0.1"), 0);
    assert_int_equal(chk(" +10.0.0.0/8 , -10.0.0.1 ", "10.0.0.2"), 1);
}

static void test_ipv6(void **st) {
    (void)st;
    assert_int_equal(chk("+::1/128", "::1"), 1);
    assert_int_equal(chk("+::1", "::1"), 1);
    assert_int_equal(chk("+::1", "::2"), 0);
    assert_int_equal(chk("-::/0", "::1"), 0);
    assert_int_equal(chk("-::/0,+::1/128", "::1"), 1);
    assert_int_equal(chk("-::/0,+::1/128", "fe80::1"), 0);
    assert_int_equal(chk("+fe80::/10", "fe80::abcd"), 1);
    assert_int_equal(chk("+fe80::/10", "febf::1"), 1);
    assert_int_equal(chk("+fe80::/10", "fec0::1"), 0);
    assert_int_equal(chk("+2001:db8::/32", "2001:db8:1::1"), 1);
    assert_int_equal(chk("+2001:db8::/32", "2001:db9::1"), 0);
    /* IPv6 entries do not match IPv4 clients and vice versa */
    assert_int_equal(chk("+::/0", "1.2.3.4"), 0);
    assert_int_equal(chk("+0.0.0.0/0", "::1"), 0);
    assert_int_equal(chk("+0.0.0.0/0,+::/0", "::1"), 1);
    assert_int_equal(chk("+0.0.0.0/0,+::/0", "8.8.8.8"), 1);
}

static void bad(const char *acl, const char *needle) {
    char err[200];
    port_addr a = ip("192.168.1.1");
    int r = net_acl_check(acl, &a, err, sizeof err);
    if (r != -1) fail_msg("acl '%s' accepted (%d)", acl, r);
    if (!strstr(err, needle)) fail_msg("acl '%s': error '%s' lacks '%s'", acl, err, needle);
}

static void test_malformed_fails_closed(void **st) {
    (void)st;
    bad("192.168.0.0/16", "'192.168.0.0/16'");
    bad("+192.168.0.0/33", "'+192.168.0.0/33'");
    bad("+256.1.1.1", "'+256.1.1.1'");
    bad("+1.2.3.4.5", "'+1.2.3.4.5'");
    bad("+1.2.3.", "'+1.2.3.'");
    bad("+abc", "'+abc'");
    bad("+", "'+'");
    bad("+1.2.3.4/", "'+1.2.3.4/'");
    bad("+1.2.3.4/x", "'+1.2.3.4/x'");
    bad("+::1/129", "'+::1/129'");
    bad("+::g", "'+::g'");
    bad("+0.0.0.0/0,,+1.2.3.4", "empty entry");
    bad("+192.168/16,*1.2.3.4", "'*1.2.3.4'");
    bad("-0.0.0.0/0,+192.168/16,+10.0.0.0/8x", "'+10.0.0.0/8x'");
    /* a bad entry anywhere denies even a client an earlier entry allowed */
    bad("+192.168/16,+oops", "'+oops'");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_allows),
        cmocka_unit_test(test_seed_example),
        cmocka_unit_test(test_default_deny_and_last_wins),
        cmocka_unit_test(test_short_forms),
        cmocka_unit_test(test_ipv6),
        cmocka_unit_test(test_malformed_fails_closed),
    };
    return cmocka_run_group_tests_name("net_acl", tests, NULL, NULL);
}
