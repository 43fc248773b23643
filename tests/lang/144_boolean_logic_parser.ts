// Parse boolean formulas (and/or/not/implies) and print truth tables; check tautologies with print().
type F = { k: "var"; n: string } | { k: "not"; a: F } | { k: "bin"; op: "&" | "|" | ">"; a: F; b: F };
function parse(src: string): F {
  const toks = src.replaceAll("(", " ( ").replaceAll(")", " ) ").replaceAll("!", " ! ").split(" ").filter((t) => t);
  let p = 0;
  const impl = (): F => {
    const a = or();
    if (toks[p] === "->") { p++; return { k: "bin", op: ">", a, b: impl() }; }
    return a;
  };
  const or = (): F => {
    let a = and();
    while (toks[p] === "|") { p++; a = { k: "bin", op: "|", a, b: and() }; }
    return a;
  };
  const and = (): F => {
    let a = not();
    while (toks[p] === "&") { p++; a = { k: "bin", op: "&", a, b: not() }; }
    return a;
  };
  const not = (): F => {
    if (toks[p] === "!") { p++; return { k: "not", a: not() }; }
    if (toks[p] === "(") { p++; const e = impl(); p++; return e; }
    return { k: "var", n: toks[p++] };
  };
  return impl();
}
function vars(f: F, out: Set<string> = new Set()): Set<string> {
  if (f.k === "var") out.add(f.n);
  else if (f.k === "not") vars(f.a, out);
  else { vars(f.a, out); vars(f.b, out); }
  return out;
}
function ev(f: F, env: Record<string, boolean>): boolean {
  switch (f.k) {
    case "var": return env[f.n];
    case "not": return !ev(f.a, env);
    case "bin": {
      const a = ev(f.a, env);
      const b = ev(f.b, env);
      return f.op === "&" ? a && b : f.op === "|" ? a || b : !a || b;
    }
  }
}
function table(src: string): void {
  const f = parse(src);
  const vs = [...vars(f)].sort();
  print(`formula: ${src}`);
  print(vs.join(" ") + " | out");
  let trues = 0;
  for (let mask = 0; mask < 1 << vs.length; mask++) {
    const env: Record<string, boolean> = {};
    vs.forEach((v, i) => (env[v] = ((mask >> (vs.length - 1 - i)) & 1) === 1));
    const r = ev(f, env);
    if (r) trues++;
    print(vs.map((v) => (env[v] ? "T" : "F")).join(" ") + " | " + (r ? "T" : "F"));
  }
  const kind = trues === 1 << vs.length ? "tautology" : trues === 0 ? "contradiction" : "contingent";
  print(`${kind} (${trues}/${1 << vs.length})`);
}
table("a & b | !c");
table("(p -> q) & p -> q");
table("x & !x");
print(parse("!(a | b) -> c"));
