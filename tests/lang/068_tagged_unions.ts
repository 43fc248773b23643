// Tagged unions of interfaces with exhaustive switches: geometry and an event log reducer.
interface Circle { kind: "circle"; r: number }
interface Rect { kind: "rect"; w: number; h: number }
interface Tri { kind: "tri"; base: number; height: number }
type Shape = Circle | Rect | Tri;

function area(s: Shape): number {
  switch (s.kind) {
    case "circle": return Math.PI * s.r ** 2;
    case "rect": return s.w * s.h;
    case "tri": return 0.5 * s.base * s.height;
  }
}
function label(s: Shape): string {
  if (s.kind === "circle") return `circle r=${s.r}`;
  if (s.kind === "rect") return s.w === s.h ? `square ${s.w}` : `rect ${s.w}x${s.h}`;
  return `triangle ${s.base}/${s.height}`;
}
const shapes: Shape[] = [{ kind: "circle", r: 2 }, { kind: "rect", w: 3, h: 3 }, { kind: "tri", base: 4, height: 5 }, { kind: "rect", w: 1, h: 8 }];
for (const s of shapes) console.log(label(s).padEnd(16), area(s).toFixed(3));
console.log(shapes.filter((s): s is Rect => s.kind === "rect").map((r) => r.w + r.h));

type Event =
  | { type: "deposit"; amount: number; at: number }
  | { type: "withdraw"; amount: number; at: number }
  | { type: "rename"; name: string; at: number }
  | { type: "freeze"; at: number; reason?: string };

interface State { name: string; balance: number; frozen: boolean; rejected: number }

function reduce(st: State, e: Event): State {
  if (st.frozen && e.type !== "rename") return { ...st, rejected: st.rejected + 1 };
  switch (e.type) {
    case "deposit": return { ...st, balance: st.balance + e.amount };
    case "withdraw":
      return e.amount > st.balance ? { ...st, rejected: st.rejected + 1 } : { ...st, balance: st.balance - e.amount };
    case "rename": return { ...st, name: e.name };
    case "freeze": return { ...st, frozen: true };
  }
}
const events: Event[] = [
  { type: "deposit", amount: 100, at: 1 },
  { type: "withdraw", amount: 30, at: 2 },
  { type: "withdraw", amount: 500, at: 3 },
  { type: "rename", name: "savings", at: 4 },
  { type: "freeze", at: 5, reason: "audit" },
  { type: "deposit", amount: 10, at: 6 },
  { type: "rename", name: "frozen-savings", at: 7 },
];
let st: State = { name: "main", balance: 0, frozen: false, rejected: 0 };
for (const e of events) {
  st = reduce(st, e);
  console.log(`t=${e.at} ${e.type.padEnd(8)} ->`, st);
}
const byType: Record<string, number> = {};
for (const e of events) byType[e.type] = (byType[e.type] ?? 0) + 1;
console.log(byType, events[4]);
