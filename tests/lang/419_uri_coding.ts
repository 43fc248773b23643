// encodeURIComponent, encodeURI, decodeURIComponent, decodeURI; a malformed escape ends the
// program with URIError.
const samples = ["a b&c=d/e?f#g", "ünïcödé €", "😀", "-_.!~*'()", ";,/?:@&=+$#", "100%", ""];
for (const s of samples) {
  const c = encodeURIComponent(s);
  const u = encodeURI(s);
  console.log(JSON.stringify(s), c, u, decodeURIComponent(c) === s, decodeURI(u) === s);
}
console.log(decodeURI("%3B%2F%3F%3A%40%26%3D%2B%24%2C%23 %41"), decodeURIComponent("%3B%2F%41"));
const query = { q: "temp > 20", room: "kitchen/north", tag: "a&b" };
console.log(
  Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&"),
);
console.log(decodeURIComponent("caf%C3%A9"), decodeURIComponent("%F0%9F%98%80"));
console.log("next is malformed");
console.log(decodeURIComponent("%E0%A4%A"));
