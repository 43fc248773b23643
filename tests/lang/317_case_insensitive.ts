// Case-insensitive matching follows JavaScript: ASCII and beyond, with and without the u flag.
print(/hello/i.test("HeLLo"), /[a-z]+/i.exec("ABC def")![0], /ß/i.test("ẞ"), /ß/iu.test("ẞ"));
print(/ſ/i.test("s"), /ſ/iu.test("s"), /\u212A/i.test("k"), /\u212A/iu.test("k"));
print(/é/i.test("É"), /straße/i.test("STRASSE"), /ΣΑΣ/i.test("σας"), /ω/i.test("Ω"));
print("Temperature TEMP temp tEmP".match(/temp/gi), "Tür TÜR tür".match(/tür/gi));
print("MiXeD".replace(/[a-z]/gi, (c: string) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())));
print(/[^a-z]/i.test("Q"), /[\w]/i.test("_"), /\bword\b/i.test("a WORD here"));
print(/(a)\1/i.test("aA"), /[k]/i.test("\u212A"), /[k]/iu.test("\u212A"));
const cmd = /^(?:set|get)\s+(\w+)$/i;
for (const c of ["SET led", "get Temp", "Set  x", "put y"]) print(c, cmd.exec(c)?.[1] ?? null);
