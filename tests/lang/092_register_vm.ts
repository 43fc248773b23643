// A register-based virtual machine with a tiny assembler: computes gcd, primes and a checksum.
type Op = "mov" | "add" | "sub" | "mul" | "mod" | "jmp" | "jz" | "jlt" | "out" | "halt";
interface Ins {
  op: Op;
  a: string;
  b: string;
  c: string;
}
function assemble(lines: string[]): { code: Ins[]; labels: Map<string, number> } {
  const code: Ins[] = [];
  const labels = new Map<string, number>();
  for (const raw of lines) {
    const line = raw.split(";")[0].trim();
    if (!line) continue;
    if (line.endsWith(":")) { labels.set(line.slice(0, -1), code.length); continue; }
    const [op, a = "", b = "", c = ""] = line.replaceAll(",", " ").split(" ").filter((s) => s);
    code.push({ op: op as Op, a, b, c });
  }
  return { code, labels };
}
function run(lines: string[], init: Record<string, number>): { out: number[]; regs: Record<string, number>; steps: number } {
  const { code, labels } = assemble(lines);
  const regs: Record<string, number> = { ...init };
  const val = (s: string) => (s in regs ? regs[s] : Number(s) || 0);
  const out: number[] = [];
  let pc = 0;
  let steps = 0;
  while (pc < code.length && steps < 100000) {
    const { op, a, b, c } = code[pc++];
    steps++;
    switch (op) {
      case "mov": regs[a] = val(b); break;
      case "add": regs[a] = val(b) + val(c); break;
      case "sub": regs[a] = val(b) - val(c); break;
      case "mul": regs[a] = val(b) * val(c); break;
      case "mod": regs[a] = val(b) % val(c); break;
      case "jmp": pc = labels.get(a)!; break;
      case "jz": if (val(a) === 0) pc = labels.get(b)!; break;
      case "jlt": if (val(a) < val(b)) pc = labels.get(c)!; break;
      case "out": out.push(val(a)); break;
      case "halt": pc = code.length; break;
    }
  }
  return { out, regs, steps };
}
const gcd = ["loop:", "jz b, done", "mod t, a, b", "mov a, b", "mov b, t", "jmp loop", "done:", "out a", "halt"];
for (const [x, y] of [[48, 18], [1071, 462], [17, 5], [0, 9]]) {
  const r = run(gcd, { a: x, b: y });
  console.log(`gcd(${x},${y}) =`, r.out[0], "steps", r.steps);
}
const primes = [
  "mov n, 2",
  "next:", "jlt limit, n, end", "mov d, 2",
  "try:", "mul sq, d, d", "jlt n, sq, prime", "mod r, n, d", "jz r, notprime", "add d, d, 1", "jmp try",
  "prime:", "out n",
  "notprime:", "add n, n, 1", "jmp next",
  "end:", "halt",
];
const pr = run(primes, { limit: 60 });
console.log(pr.out, pr.steps);
const checksum = ["mov i, 0", "mov s, 7", "l:", "jlt 19, i, e", "mul s, s, 31", "add s, s, i", "mod s, s, 65521", "add i, i, 1", "jmp l", "e:", "out s"];
const cs = run(checksum, {});
console.log(cs);
