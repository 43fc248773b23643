// IPv4, CIDR, MAC and IPv6 checks, and normalising what passes.
const octet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const ipv4 = new RegExp(`^${octet}(?:\\.${octet}){3}$`);
const cidr = new RegExp(`^(${octet}(?:\\.${octet}){3})\\/(3[0-2]|[12]?\\d)$`);
const mac = /^(?:[0-9a-f]{2}([:-]))(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}$/i;
const ipv6 = /^(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{0,4}::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{0,4})$/i;
print(ipv4.source.length, ipv4.test("10.0.0.1"), ipv4.test("255.255.255.255"), ipv4.test("256.0.0.1"), ipv4.test("1.2.3"), ipv4.test("01.2.3.4"));
for (const c of ["192.168.0.0/24", "10.0.0.0/8", "1.2.3.4/33", "1.2.3.4"]) {
  const m = cidr.exec(c);
  print(c, m ? `net ${m[1]} bits ${m[2]} hosts ${2 ** (32 - Number(m[2]))}` : "invalid");
}
for (const m of ["aa:bb:cc:dd:ee:ff", "AA-BB-CC-DD-EE-FF", "aa:bb-cc:dd:ee:ff", "aabbccddeeff", "aa:bb:cc:dd:ee"]) print(m, mac.test(m));
for (const a of ["::1", "fe80::1ff:fe23:4567:890a", "2001:db8:0:0:0:0:2:1", "2001:db8::2::1", "12345::", "::"]) print(a, ipv6.test(a));
print("  192.168.001.010 ".trim().replace(/\b0+(\d)/g, "$1"));
