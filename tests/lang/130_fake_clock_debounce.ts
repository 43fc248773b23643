// Closures over a simulated clock: debounce, throttle and a rate limiter driven by scripted events.
let now = 0;
const scheduled: { at: number; fn: () => void; id: number }[] = [];
let nextId = 1;
function setTimer(ms: number, fn: () => void): number {
  const id = nextId++;
  scheduled.push({ at: now + ms, fn, id });
  return id;
}
function clearTimer(id: number): void {
  const i = scheduled.findIndex((s) => s.id === id);
  if (i >= 0) scheduled.splice(i, 1);
}
function advance(to: number): void {
  for (;;) {
    scheduled.sort((a, b) => a.at - b.at || a.id - b.id);
    const first = scheduled[0];
    if (!first || first.at > to) break;
    scheduled.shift();
    now = first.at;
    first.fn();
  }
  now = to;
}
function debounce(ms: number, fn: (v: string) => void): (v: string) => void {
  let timer = 0;
  return (v) => {
    if (timer) clearTimer(timer);
    timer = setTimer(ms, () => { timer = 0; fn(v); });
  };
}
function throttle(ms: number, fn: (v: string) => void): (v: string) => void {
  let last = -Infinity;
  return (v) => {
    if (now - last >= ms) {
      last = now;
      fn(v);
    }
  };
}
const out: string[] = [];
const search = debounce(100, (v) => out.push(`search("${v}") at ${now}`));
const scroll = throttle(50, (v) => out.push(`scroll ${v} at ${now}`));
const keystrokes: [number, string][] = [[0, "t"], [30, "ts"], [90, "tsf"], [250, "tsfw"], [260, "tsfw!"], [500, "x"]];
for (const [t, v] of keystrokes) {
  advance(t);
  search(v);
  scroll(v);
}
advance(1000);
console.log(out.join("\n"));
function limiter(capacity: number, refillMs: number): () => boolean {
  let tokens = capacity;
  let lastRefill = now;
  return () => {
    const refill = Math.floor((now - lastRefill) / refillMs);
    if (refill > 0) { tokens = Math.min(capacity, tokens + refill); lastRefill += refill * refillMs; }
    if (tokens > 0) { tokens--; return true; }
    return false;
  };
}
const allow = limiter(3, 100);
const decisions: string[] = [];
for (const t of [1000, 1010, 1020, 1030, 1040, 1150, 1160, 1400, 1401, 1402, 1403]) {
  advance(t);
  decisions.push(`${t}:${allow() ? "ok" : "no"}`);
}
console.log(decisions.join(" "));
