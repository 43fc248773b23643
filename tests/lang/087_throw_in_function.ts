// A stack-based calculator that throws from deep inside a call chain when it hits a bad token.
function applyOp(op: string, a: number, b: number): number {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/":
      if (b === 0) throw new Error("division by zero");
      return a / b;
    default:
      throw new Error("unknown operator " + op);
  }
}

function evalRpn(tokens: string[]): number {
  const st: number[] = [];
  for (const t of tokens) {
    const n = Number(t);
    if (t !== "" && !Number.isNaN(n)) {
      st.push(n);
      continue;
    }
    const b = st.pop();
    const a = st.pop();
    if (a === undefined || b === undefined) throw new Error("stack underflow at " + t);
    st.push(applyOp(t, a, b));
  }
  return st[0];
}

const programs = ["3 4 + 2 *", "10 2 8 * + 3 -", "1 2 3 4 5 * * * *", "2 0.5 /", "100 7 /", "6 3 / 2 /"];
for (const p of programs) {
  const v = evalRpn(p.split(" "));
  console.log(p.padEnd(20), "=", v);
}
const results = programs.map((p) => evalRpn(p.split(" ")));
console.log("sum:", results.reduce((a, b) => a + b, 0));
console.log("about to evaluate a program with an unknown operator");
const bad = "4 5 ^";
console.log("program:", bad);
console.log(evalRpn(bad.split(" ")));
console.log("not printed");
throw new Error("unreachable end");
