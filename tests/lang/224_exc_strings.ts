// Strings built up inside try and read after the throw, in loops of many iterations.
function build(limit: number): string {
  let out = "";
  let i = 0;
  try {
    for (; i < 1000; i++) {
      out += i % 10;
      if (out.length >= limit) throw new Error("limit " + limit);
    }
  } catch (e) {
    out += "|" + (e as Error).message;
  }
  return out.length + ":" + out.slice(-20) + ":" + i;
}
console.log(build(5));
console.log(build(123));
console.log(build(5000));

let report = "";
for (let round = 0; round < 20000; round++) {
  let piece = "r" + round;
  try {
    piece = piece.padStart(8, "-");
    if (round % 1000 === 999) throw new Error(piece);
    piece = piece.toUpperCase();
  } catch (e) {
    report += (e as Error).message.trim() + ";";
  }
}
console.log(report);

const words = ["alpha", "beta", "", "delta"];
const caps: string[] = [];
for (const w of words) {
  try {
    if (w.length === 0) throw new Error("empty word at " + caps.length);
    caps.push(w[0].toUpperCase() + w.slice(1));
  } catch (e) {
    caps.push("<" + (e as Error).message + ">");
  }
}
console.log(caps.join(" "));
