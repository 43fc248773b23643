// console.log format specifiers: %s %d %i %f %j %o %O %c %%.
console.log("%s is %d years", "Bob", 42);
console.log("%i|%i|%d|%f|%f", 4.9, -4.9, "12abc", "3.25", "x");
console.log("%s %s %s", 1, true, null, "extra", 5);
console.log("%s", { a: 1, b: [1, 2] }, "%s");
console.log("%j", { a: [1, "x"] });
console.log("%o", { a: [1, 2], s: "t" });
console.log("%O", { a: { b: { c: { d: 1 } } } });
console.log("%c styled %c", "color: red", "font-weight: bold");
console.log("100%% done %s", "now");
console.log("%d%%", 50);
console.log("%x %q %", 1);
console.log("no specifiers", "%s", 3);
console.log(5, "%s", "x");
console.log("%s", "only");
console.log("%d %d", 1);
console.log("%s", [1, [2, [3, [4]]]]);
console.log("%i", 2 ** 53 + 0.5, "%f", -0);
