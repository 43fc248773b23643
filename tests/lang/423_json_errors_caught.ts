// Errors of JSON, URI coding and Date caught by the program, with node's names and messages.
const texts = ["", "{", '{"a":1,}', "[1 2]", "tru", '"\\x"', "01", "1.", '{"a" 1}', "nul", '"abc', "[", "{}x"];
for (const t of texts) {
  try {
    JSON.parse(t);
    console.log("parsed", t);
  } catch (e) {
    if (e instanceof SyntaxError) console.log(e.name, "|", e.message);
    else console.log("other", e);
  }
}
const long = '{"key":"' + "x".repeat(40) + '",oops}';
try {
  JSON.parse(long);
} catch (e) {
  console.log((e as Error).message);
}
for (const s of ["%", "%E0%A4%A", "%C0%80", "ok%20"]) {
  try {
    console.log(decodeURIComponent(s));
  } catch (e) {
    console.log(e instanceof URIError, (e as Error).name, (e as Error).message);
  }
}
try {
  console.log(encodeURIComponent("\ud800"));
} catch (e) {
  console.log(String(e));
}
try {
  new Date(NaN).toISOString();
} catch (e) {
  console.log(e instanceof RangeError, (e as Error).message);
}
const cyclic: { self?: unknown } = {};
cyclic.self = cyclic;
try {
  JSON.stringify(cyclic);
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).message.split("\n")[0]);
}
