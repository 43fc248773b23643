// Unicode property escapes under the u flag: letters, scripts, numbers and their negations.
const names = ["Zoë", "Ολυμπία", "Дмитрий", "李雷", "O'Brien", "R2-D2", "José María", "😀"];
const nameRe = /^[\p{L}\p{M}' -]+$/u;
for (const n of names) print(n, nameRe.test(n), (n.match(/\p{Lu}/gu) ?? []).join(""), /\p{Script=Greek}/u.test(n), /\p{Script=Han}/u.test(n));
print("abc123٣٤".match(/\p{Nd}+/gu), "a1-b2_c".replace(/\P{L}/gu, "."), "x²y³".match(/\p{No}/gu));
print("héllo wörld".split(/[^\p{L}]+/u), "Ünïcödé".replace(/\p{Ll}/gu, (c: string) => c.toUpperCase()));
print(/^\p{ASCII}+$/u.test("plain"), /^\p{ASCII}+$/u.test("plaın"), /\p{White_Space}/u.test("\u00a0"));
print("tab\there, nbsp\u00a0and\u2003em".split(/\s+/u));
