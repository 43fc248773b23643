// A tiny Lisp: reader, environment chain, special forms (define, if, lambda, let) and builtins.
type LVal = number | string | LVal[] | LFn | boolean | null;
interface LFn {
  params: string[];
  body: LVal;
  env: Env;
}
class Env {
  vars = new Map<string, LVal>();
  constructor(public parent: Env | null) {}
  lookup(name: string): LVal {
    for (let e: Env | null = this; e !== null; e = e.parent) if (e.vars.has(name)) return e.vars.get(name)!;
    throw new Error("unbound " + name);
  }
}
function read(src: string): LVal[] {
  const toks = src.replaceAll("(", " ( ").replaceAll(")", " ) ").split(" ").filter((t) => t.trim() !== "").map((t) => t.trim());
  let p = 0;
  const form = (): LVal => {
    const t = toks[p++];
    if (t === "(") {
      const list: LVal[] = [];
      while (toks[p] !== ")") list.push(form());
      p++;
      return list;
    }
    const n = Number(t);
    return Number.isNaN(n) ? t : n;
  };
  const out: LVal[] = [];
  while (p < toks.length) out.push(form());
  return out;
}
const isFn = (v: LVal): v is LFn => typeof v === "object" && v !== null && !Array.isArray(v);
const builtins: Record<string, (xs: number[]) => LVal> = {
  "+": (xs) => xs.reduce((a, b) => a + b, 0),
  "*": (xs) => xs.reduce((a, b) => a * b, 1),
  "-": (xs) => (xs.length === 1 ? -xs[0] : xs.slice(1).reduce((a, b) => a - b, xs[0])),
  "<": (xs) => xs[0] < xs[1],
  "=": (xs) => xs[0] === xs[1],
  mod: (xs) => xs[0] % xs[1],
};
function evalL(x: LVal, env: Env): LVal {
  if (typeof x === "number" || typeof x === "boolean" || x === null || isFn(x)) return x;
  if (typeof x === "string") return x in builtins ? x : env.lookup(x);
  const [head, ...rest] = x;
  if (head === "define") { env.vars.set(rest[0] as string, evalL(rest[1], env)); return null; }
  if (head === "if") return evalL(evalL(rest[0], env) !== false ? rest[1] : rest[2], env);
  if (head === "lambda") return { params: rest[0] as string[], body: rest[1], env };
  if (head === "let") {
    const e = new Env(env);
    for (const b of rest[0] as LVal[][]) e.vars.set(b[0] as string, evalL(b[1], env));
    return evalL(rest[1], e);
  }
  const f = evalL(head, env);
  const args = rest.map((a) => evalL(a, env));
  if (typeof f === "string") return builtins[f](args as number[]);
  if (isFn(f)) {
    const e = new Env(f.env);
    f.params.forEach((p, i) => e.vars.set(p, args[i]));
    return evalL(f.body, e);
  }
  return null;
}
function show(v: LVal): string {
  if (Array.isArray(v)) return "(" + v.map(show).join(" ") + ")";
  if (isFn(v)) return `<lambda/${v.params.length}>`;
  return String(v);
}
const global = new Env(null);
const src = `(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define make-adder (lambda (k) (lambda (x) (+ x k))))
(define add5 (make-adder 5))
(add5 37)
(let ((a 3) (b 4)) (+ (* a a) (* b b)))
(define gcd (lambda (a b) (if (= b 0) a (gcd b (mod a b)))))
(gcd 1071 462)
add5
(- 10 1 2 3)`;
const forms = read(src.replaceAll("\n", " "));
console.log("forms:", forms.length);
for (const f of forms) {
  const v = evalL(f, global);
  if (v !== null) console.log(show(f).slice(0, 40).padEnd(42), "=>", show(v));
}
console.log([...global.vars.keys()]);
