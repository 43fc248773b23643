// A task queue of closures capturing loop state, with retries and priorities resolved deterministically.
type Task = { name: string; run: () => boolean; attempts: number };
const results: string[] = [];
const tasks: Task[] = [];
for (let i = 1; i <= 5; i++) {
  let failuresLeft = i % 3;
  tasks.push({
    name: `job${i}`,
    attempts: 0,
    run: () => {
      if (failuresLeft > 0) {
        failuresLeft--;
        results.push(`job${i} failed (${failuresLeft} left)`);
        return false;
      }
      results.push(`job${i} ok x${i * i}`);
      return true;
    },
  });
}
let round = 0;
while (tasks.length && round < 10) {
  round++;
  const batch = tasks.splice(0);
  for (const t of batch) {
    t.attempts++;
    if (!t.run()) {
      if (t.attempts < 3) tasks.push(t);
      else results.push(`${t.name} gave up after ${t.attempts}`);
    }
  }
  results.push(`-- end of round ${round}, pending ${tasks.map((t) => t.name).join(",") || "none"}`);
}
print(results.join("\n"));
const handlers = new Map<string, (x: number) => number>();
const factors = [2, 3, 5];
for (const f of factors) handlers.set(`times${f}`, (x) => x * f);
handlers.set("square", (x) => x * x);
let acc = 1;
for (const [name, h] of handlers) {
  acc = h(acc);
  print(name.padEnd(7), acc);
}
const captured: (() => string)[] = [];
for (const ch of "abc") for (let n = 1; n <= 2; n++) captured.push(() => ch.repeat(n));
print(captured.map((f) => f()));
