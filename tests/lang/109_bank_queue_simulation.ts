// Discrete-event simulation of a bank with several tellers and a deterministic arrival stream.
interface Customer {
  id: number;
  arrive: number;
  service: number;
}
let s = 7;
const rng = () => {
  s ^= s << 13;
  s ^= s >>> 17;
  s ^= s << 5;
  return (s >>> 0) / 4294967296;
};
const customers: Customer[] = [];
let t = 0;
for (let id = 1; id <= 25; id++) {
  t += Math.floor(rng() * 4);
  customers.push({ id, arrive: t, service: 2 + Math.floor(rng() * 6) });
}

function simulate(tellers: number): { avgWait: number; maxWait: number; finish: number; perTeller: number[] } {
  const freeAt: number[] = Array.from({ length: tellers }, () => 0);
  const served: number[] = Array.from({ length: tellers }, () => 0);
  let totalWait = 0;
  let maxWait = 0;
  for (const c of customers) {
    let best = 0;
    for (let i = 1; i < tellers; i++) if (freeAt[i] < freeAt[best]) best = i;
    const start = Math.max(c.arrive, freeAt[best]);
    const wait = start - c.arrive;
    totalWait += wait;
    maxWait = Math.max(maxWait, wait);
    freeAt[best] = start + c.service;
    served[best]++;
  }
  return { avgWait: Math.round((totalWait / customers.length) * 100) / 100, maxWait, finish: Math.max(...freeAt), perTeller: served };
}

print("first customers:", customers.slice(0, 5));
print("last arrival:", customers[customers.length - 1].arrive, "total service:", customers.reduce((a, c) => a + c.service, 0));
for (let n = 1; n <= 4; n++) {
  const r = simulate(n);
  print(`${n} teller(s): avg wait ${r.avgWait.toFixed(2)}, max wait ${r.maxWait}, done at ${r.finish}, served ${r.perTeller.join("/")}`);
}
const timeline: string[] = [];
const freeAt = [0, 0];
for (const c of customers.slice(0, 8)) {
  const i = freeAt[0] <= freeAt[1] ? 0 : 1;
  const start = Math.max(c.arrive, freeAt[i]);
  freeAt[i] = start + c.service;
  timeline.push(`#${c.id} T${i} ${start}-${freeAt[i]}`);
}
print(timeline.join(", "));
