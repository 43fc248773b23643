// Round-robin CPU scheduler simulation with a time quantum, computing waiting and turnaround times.
interface Proc {
  pid: string;
  arrival: number;
  burst: number;
}
const procs: Proc[] = [
  { pid: "P1", arrival: 0, burst: 5 },
  { pid: "P2", arrival: 1, burst: 3 },
  { pid: "P3", arrival: 2, burst: 8 },
  { pid: "P4", arrival: 3, burst: 6 },
  { pid: "P5", arrival: 10, burst: 2 },
];
function roundRobin(quantum: number): void {
  const remaining = new Map(procs.map((p) => [p.pid, p.burst]));
  const finish = new Map<string, number>();
  const queue: string[] = [];
  const gantt: string[] = [];
  let time = 0;
  let next = 0;
  const admit = () => {
    while (next < procs.length && procs[next].arrival <= time) queue.push(procs[next++].pid);
  };
  admit();
  while (finish.size < procs.length) {
    if (queue.length === 0) {
      time = procs[next].arrival;
      admit();
      continue;
    }
    const pid = queue.shift()!;
    const run = Math.min(quantum, remaining.get(pid)!);
    gantt.push(`${time}-${pid}`);
    time += run;
    remaining.set(pid, remaining.get(pid)! - run);
    admit();
    if (remaining.get(pid)! > 0) queue.push(pid);
    else finish.set(pid, time);
  }
  print(`quantum ${quantum}: ${gantt.join(" ")} end=${time}`);
  let totalWait = 0;
  let totalTurn = 0;
  for (const p of procs) {
    const turn = finish.get(p.pid)! - p.arrival;
    const wait = turn - p.burst;
    totalWait += wait;
    totalTurn += turn;
    print(`  ${p.pid} finish ${String(finish.get(p.pid)).padStart(2)} turnaround ${String(turn).padStart(2)} wait ${String(wait).padStart(2)}`);
  }
  print(`  avg wait ${(totalWait / procs.length).toFixed(2)} avg turnaround ${(totalTurn / procs.length).toFixed(2)}`);
}
for (const q of [1, 3, 10]) roundRobin(q);
