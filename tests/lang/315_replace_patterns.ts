// Replacement strings: $1..$99, $&, $`, $', $$, $<name> and the cases that stay literal.
const s = "John Smith";
print(s.replace(/(\w+)\s(\w+)/, "$2, $1"));
print(s.replace(/o/, "[$&]"), s.replace(/o/, "[$`]"), s.replace(/o/, "[$']"), s.replace(/o/, "$$"));
print(s.replace(/(J)(o)/, "$3$0$1$2$"), s.replace(/h/g, "$$&"));
print("abcdefghijkl".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, "$11-$10-$1-$01-$011-$12"));
print("ab".replace(/(a)/, "$2"), "ab".replace(/(a)(x)?/, "[$2]"));
print("2024-03-15".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>.$<m>.$<y> ($<nope>) $<y"));
print("2024".replace(/(\d\d)(\d\d)/, "$<y>"));
print("aaa".replace(/a/g, "$&$&"), "price: 5".replace(/\d+/, "$$$&.00"));
print("a.b.c".replaceAll(/\./g, "$`|"), "x-y".replaceAll(/-/g, "$'"));
print("tel: 555 123 4567".replace(/(\d{3})\s(\d{3})\s(\d{4})/, "($1) $2-$3"));
print("hello world".replace(/o/g, "0"), "hello world".replaceAll("o", "0"), "a+b".replace("+", "$&$&"));
