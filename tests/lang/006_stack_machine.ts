// Interpreter for a small stack machine with jumps, labels and a call stack.
type Instr =
  | { op: "push"; v: number }
  | { op: "add" | "sub" | "mul" | "div" | "mod" | "dup" | "swap" | "drop" | "print" | "ret" | "halt" | "over" }
  | { op: "jmp" | "jz" | "call"; target: string }
  | { op: "label"; name: string };

function assemble(src: string): Instr[] {
  const prog: Instr[] = [];
  for (const raw of src.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const parts = line.split(" ");
    const op = parts[0];
    if (op.endsWith(":")) prog.push({ op: "label", name: op.slice(0, -1) });
    else if (op === "push") prog.push({ op: "push", v: Number(parts[1]) });
    else if (op === "jmp" || op === "jz" || op === "call") prog.push({ op, target: parts[1] });
    else prog.push({ op: op as "add" });
  }
  return prog;
}

function run(prog: Instr[], maxSteps: number): number[] {
  const labels: Record<string, number> = {};
  prog.forEach((ins, i) => { if (ins.op === "label") labels[ins.name] = i; });
  const stack: number[] = [];
  const calls: number[] = [];
  const printed: number[] = [];
  let pc = 0;
  let steps = 0;
  while (pc < prog.length && steps++ < maxSteps) {
    const ins = prog[pc++];
    switch (ins.op) {
      case "push": stack.push(ins.v); break;
      case "add": { const b = stack.pop()!; stack.push(stack.pop()! + b); break; }
      case "sub": { const b = stack.pop()!; stack.push(stack.pop()! - b); break; }
      case "mul": { const b = stack.pop()!; stack.push(stack.pop()! * b); break; }
      case "div": { const b = stack.pop()!; stack.push(Math.trunc(stack.pop()! / b)); break; }
      case "mod": { const b = stack.pop()!; stack.push(stack.pop()! % b); break; }
      case "dup": stack.push(stack[stack.length - 1]); break;
      case "over": stack.push(stack[stack.length - 2]); break;
      case "swap": { const b = stack.pop()!; const a = stack.pop()!; stack.push(b, a); break; }
      case "drop": stack.pop(); break;
      case "print": printed.push(stack[stack.length - 1]); break;
      case "jmp": pc = labels[ins.target]; break;
      case "jz": if (stack.pop() === 0) pc = labels[ins.target]; break;
      case "call": calls.push(pc); pc = labels[ins.target]; break;
      case "ret": pc = calls.pop()!; break;
      case "halt": pc = prog.length; break;
      case "label": break;
    }
  }
  console.log(`steps=${steps} stack=[${stack.join(",")}]`);
  return printed;
}

// factorial of 10 by loop
const fact = `
push 1
push 10
loop:
dup
jz done
swap
over
mul
swap
call dec
jmp loop
done:
drop
print
halt
dec:
push 1
sub
ret
`;
// countdown printing each value
const countdown = "push 5\ntop:\nprint\npush 1\nsub\ndup\njz end\njmp top\nend:\nhalt";
console.log(run(assemble(countdown), 1000));
console.log(assemble("push 2\npush 3\nadd\nprint"));
console.log(run(assemble("push 2\npush 3\nadd\nprint\npush 7\nmul\nprint\npush 4\nmod\nprint"), 100));
const f = assemble(fact);
console.log("instructions:", f.length);
console.log(run(f, 500));
