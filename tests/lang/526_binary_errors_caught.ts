// The errors of binary data are catchable, with node's names and messages.
function attempt(what: string, f: () => unknown): void {
  try {
    const r = f();
    console.log(what, "->", r);
  } catch (e) {
    if (e instanceof RangeError) console.log(what, "RangeError:", e.message);
    else if (e instanceof TypeError) console.log(what, "TypeError:", e.message);
    else console.log(what, "other", e);
  }
}
const buf = new ArrayBuffer(8);
const dv = new DataView(buf);
attempt("negative length", () => new Uint8Array(-1));
attempt("bad buffer length", () => new ArrayBuffer(-5));
attempt("misaligned offset", () => new Uint32Array(buf, 2));
attempt("misaligned length", () => new Float64Array(new ArrayBuffer(12)));
attempt("length past end", () => new Uint16Array(buf, 2, 4));
attempt("offset past end", () => new Uint8Array(buf, 9));
attempt("offset at end", () => new Uint8Array(buf, 8));
attempt("set out of bounds", () => new Uint8Array(2).set([1, 2], 1));
attempt("set negative", () => new Uint8Array(2).set([1], -1));
attempt("DataView read past end", () => dv.getFloat64(1));
attempt("DataView write past end", () => dv.setUint32(5, 1));
attempt("DataView negative", () => dv.getUint8(-1));
attempt("DataView start", () => new DataView(buf, 9));
attempt("DataView length", () => new DataView(buf, 4, 5));
attempt("array length", () => new Array(-1));
attempt("array fraction", () => new Array(1.5));
attempt("fatal decode", () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xc3])));
attempt("unknown encoding", () => new TextDecoder("x-unknown"));
attempt("fine", () => new Uint8Array(buf, 1, 7).length);
for (let i = 0; i < 1000; i++) {
  try {
    new DataView(new ArrayBuffer(4)).getUint32(i % 3);
  } catch (e) {
    if (i > 995) console.log(i, (e as Error).message);
  }
}
