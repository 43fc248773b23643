// Character classes and escapes: \d \w \s \b, their negations, \x \u \u{} \c, octal-style and ranges.
const s = "Tab\there_x1 é ü-9\u00a0end\n";
print(s.match(/\d/g), s.match(/\w+/g), s.match(/\s/g)!.length, s.match(/\S+/g));
print(s.match(/\W/g)!.map((c) => c.charCodeAt(0)), "a-b c".match(/\b\w/g), "a-b c".match(/\B./g));
print(/\x41\u0042\u{43}/u.test("ABC"), /\x41\u0042/.test("AB"), /\cJ/.test("\n"), /[\cM]/.test("\r"));
print(/[\d-x]/.test("-"), /[a\-z]/.test("b"), /[-a]/.test("-"), /[\w.]+/.exec("a.b c")![0]);
print("a]b".match(/[\]]/)![0], /[^]/.test("\n"), /[]/.test("a"), /\//.test("/"));
print(/\0/.test("\u0000"), /[\b]/.test("\b"), /\t\v\f/.test("\t\v\f"), /\./.test("x"));
print("2024-03-15".replace(/[^\d]/g, ""), "a1!B2?".replace(/[^a-z0-9]/gi, "_"), "x".match(/[^\s\S]/));
print("\u2028 \ufeff \u3000".match(/\s/g)!.length, /\w/u.test("ſ"), /\w/iu.test("ſ"), /\W/iu.test("ſ"));
