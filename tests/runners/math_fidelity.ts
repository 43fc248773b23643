/**
 * Inputs and node's answers for the Math fidelity check (make test-math-fidelity).
 *
 *   node dist/tests/tests/runners/math_fidelity.js DIR [N]
 *
 * For each function writes DIR/<name>.bin: records of its arguments followed by
 * what node returns for them, as little-endian doubles. tests/math/fidelity.c
 * computes the same calls with the runtime and compares bit for bit. N (default
 * 2,000,000) inputs per function: edge cases, then random doubles over the
 * function's domain, over every exponent, and around the points where its
 * algorithm changes method or loses precision.
 */
import fs from "node:fs";
import path from "node:path";

/** xorshift32: the same inputs on every run. */
let seed = 0x9e3779b9;
function u32(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
}
const uniform = () => u32() / 4294967296;
const between = (a: number, b: number) => a + (b - a) * uniform();
const pick = <T>(xs: readonly T[]): T => xs[u32() % xs.length];
const sign = () => (u32() & 1 ? -1 : 1);

const bits = new DataView(new ArrayBuffer(8));
function fromWords(hi: number, lo: number): number {
  bits.setUint32(0, hi >>> 0);
  bits.setUint32(4, lo >>> 0);
  return bits.getFloat64(0);
}
/** Any finite double, every exponent equally likely (subnormals included). */
function anyDouble(): number {
  let x: number;
  do x = fromWords(u32(), u32());
  while (!Number.isFinite(x));
  return x;
}
/** |x| log-uniform between 2^lo and 2^hi, random sign. */
const magnitude = (lo: number, hi: number) => sign() * Math.pow(2, between(lo, hi)) * (1 + uniform());
/** x moved by k units in the last place. */
function ulps(x: number, k: number): number {
  bits.setFloat64(0, x);
  bits.setBigInt64(0, bits.getBigInt64(0) + BigInt(k));
  return bits.getFloat64(0);
}
const near = (x: number, width = 4) => ulps(x, (u32() % (2 * width + 1)) - width);

const EDGES = [
  0,
  -0,
  5e-324,
  -5e-324,
  2.2250738585072009e-308,
  2.2250738585072014e-308,
  -2.2250738585072014e-308,
  Number.EPSILON,
  2 ** -28,
  2 ** -27,
  2 ** -54,
  0.5,
  -0.5,
  1,
  -1,
  2,
  -2,
  3,
  10,
  22,
  -22,
  100,
  1000,
  2 ** 28,
  2 ** 31,
  2 ** 53,
  2 ** 64,
  2 ** 66,
  1e300,
  -1e300,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Infinity,
  -Infinity,
  NaN,
  Math.PI,
  -Math.PI,
  Math.PI / 2,
  Math.PI / 4,
  Math.E,
  Math.LN2,
  709.782712893384,
  709.7827128933841,
  710.4758600739439,
  -745.1332191019411,
  -745.1332191019412,
  0.34657359027997264,
  1.0397207708399179,
  0.975,
  7 / 16,
  11 / 16,
  19 / 16,
  39 / 16,
];
/** The edge cases and their neighbours. */
const edgeSet = EDGES.flatMap((x) => [x, ulps(x, 1), ulps(x, -1)]);

type Unary = { name: string; draw: () => number };

/** Near multiples of pi/2: where trig reductions cancel. */
const nearPio2 = () => near(sign() * (u32() % (1 << (u32() % 21))) * (Math.PI / 2), 3);
/** 1 + a little: where logarithms cancel. */
const nearOne = () => 1 + sign() * Math.pow(2, -between(1, 53));

const trig: Unary["draw"][] = [
  () => between(-10, 10),
  () => magnitude(-30, 20),
  nearPio2,
  () => magnitude(19, 1024),
  anyDouble,
];
const unary: Unary[] = [
  ...["sin", "cos", "tan"].map((name) => ({ name, draw: () => pick(trig)() })),
  ...["log", "log2", "log10"].map((name) => ({
    name,
    draw: () =>
      pick([() => between(0, 100), () => Math.abs(anyDouble()), nearOne, () => 10 ** (u32() % 40), anyDouble])(),
  })),
  {
    name: "log1p",
    draw: () =>
      pick([
        () => between(-1, 2),
        () => magnitude(-60, 10),
        () => Math.abs(anyDouble()),
        () => near(-1 + uniform() * 0.3),
      ])(),
  },
  ...["exp", "expm1", "sinh", "cosh", "tanh"].map((name) => ({
    name,
    draw: () =>
      pick([
        () => between(-40, 40),
        () => between(-750, 715),
        () => magnitude(-60, 6),
        () => near(pick([709.78, 710.47, 22, -745.13, 0.3466, 1.0397]), 1 << 20),
        anyDouble,
      ])(),
  })),
  ...["asin", "acos", "atanh"].map((name) => ({
    name,
    draw: () =>
      pick([
        () => between(-1, 1),
        () => magnitude(-60, 0),
        () => sign() * near(pick([0.5, 0.975, 1]), 1 << 16),
        anyDouble,
      ])(),
  })),
  { name: "acosh", draw: () => pick([() => between(1, 10), () => nearOne(), () => magnitude(0, 40), anyDouble])() },
  { name: "asinh", draw: () => pick([() => between(-10, 10), () => magnitude(-60, 40), anyDouble])() },
  { name: "atan", draw: () => pick([() => between(-3, 3), () => magnitude(-60, 70), anyDouble])() },
  {
    name: "cbrt",
    draw: () => pick([() => between(-1000, 1000), () => near(sign() * (u32() % 1000000) ** 3, 1), anyDouble])(),
  },
];

/** Exponents worth trying: integers, halves, and what decides pow's paths. */
const exponent = () =>
  pick([
    () => (u32() % 80) - 30,
    () => ((u32() % 80) - 30) / 2,
    () => between(-50, 50),
    () => magnitude(-30, 70),
    () => pick(edgeSet),
    anyDouble,
  ])();
const base = () =>
  pick([
    () => between(0, 10),
    () => -between(0, 10),
    () => (u32() % 40) - 20,
    nearOne,
    () => magnitude(-1074, 1024),
    () => pick(edgeSet),
  ])();
const anyArg = () => pick([() => between(-10, 10), () => magnitude(-1074, 1024), () => pick(edgeSet), anyDouble])();

type Nary = { name: string; arity: number; draw: () => number[]; call: (xs: number[]) => number };
const nary: Nary[] = [
  { name: "pow", arity: 2, draw: () => [base(), exponent()], call: ([x, y]) => Math.pow(x, y) },
  { name: "atan2", arity: 2, draw: () => [anyArg(), anyArg()], call: ([y, x]) => Math.atan2(y, x) },
  { name: "hypot2", arity: 2, draw: () => [anyArg(), anyArg()], call: ([a, b]) => Math.hypot(a, b) },
  { name: "hypot3", arity: 3, draw: () => [anyArg(), anyArg(), anyArg()], call: ([a, b, c]) => Math.hypot(a, b, c) },
];

function write(dir: string, name: string, arity: number, rows: number, fill: (rec: Float64Array, i: number) => void) {
  const out = new Float64Array(rows * (arity + 1));
  for (let i = 0; i < rows; i++) fill(out.subarray(i * (arity + 1), (i + 1) * (arity + 1)), i);
  fs.writeFileSync(path.join(dir, `${name}.bin`), new Uint8Array(out.buffer));
}

function main() {
  const [dir, count] = process.argv.slice(2);
  const n = Number(count ?? 2_000_000);
  if (!dir || !(n > 0)) throw new Error("usage: math_fidelity.js DIR [N]");
  fs.mkdirSync(dir, { recursive: true });
  for (const f of unary) {
    const fn = (Math as unknown as Record<string, (x: number) => number>)[f.name];
    write(dir, f.name, 1, n, (rec, i) => {
      rec[0] = i < edgeSet.length ? edgeSet[i] : f.draw();
      rec[1] = fn(rec[0]);
    });
  }
  for (const f of nary) {
    const edges = f.arity === 2 ? edgeSet.flatMap((a) => edgeSet.map((b) => [a, b])) : [];
    write(dir, f.name, f.arity, n, (rec, i) => {
      rec.set(i < edges.length ? edges[i] : f.draw());
      rec[f.arity] = f.call(Array.from(rec.subarray(0, f.arity)));
    });
  }
}

main();
