// JSON.stringify copies the text between escapes in one piece: every escape at the start, the middle
// and the end of a string, lone surrogates, pairs and other non-ASCII text, in values and in keys.
const samples = [
  "",
  "plain text",
  '"quoted"',
  "back\\slash\\",
  "\b\f\n\r\t",
  "\u0000\u0001\u001f\u007f",
  "caf\u00e9 \u20ac \u{1F600}",
  "\uD800",
  "x\uDC00y",
  "\uD83D\uDE00",
  "\uDE00\uD83D",
  "end\uD83D",
  "\u2028\u2029",
  "mixed \"\\\n\u00e9\uD800\u{1F600}\t",
];
for (const s of samples) console.log(JSON.stringify(s), JSON.stringify(s).length);
const o: Record<string, string> = {};
for (let i = 0; i < samples.length; i++) o[samples[i] + i] = samples[(i + 3) % samples.length];
console.log(JSON.stringify(o));
console.log(JSON.stringify(samples, null, 2).length, (JSON.parse(JSON.stringify(samples)) as string[]).join("|") === samples.join("|"));
