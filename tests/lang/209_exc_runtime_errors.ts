// Errors the runtime raises are catchable, with node's messages.
interface Settings {
  limits?: { max: number };
  onReady?: () => string;
  name: string;
}

function attempt(label: string, fn: () => unknown): void {
  try {
    console.log(label, "->", fn());
  } catch (e) {
    if (e instanceof Error) console.log(label, "threw", e.name + ":", e.message);
    else console.log(label, "threw a non-error", e);
  }
}

const all: Settings[] = [{ name: "bare" }, { name: "full", limits: { max: 3 }, onReady: () => "ready" }];
for (const s of all) {
  attempt("limits.max", () => s.limits!.max);
  attempt("onReady()", () => s.onReady!());
  attempt("name", () => s.name);
}

const nothing: (Settings | null)[] = [null];
attempt("null name", () => nothing[0]!.name);
const lists: number[][] = [[1]];
attempt("missing row", () => lists[2][0]);
attempt("toFixed(200)", () => (3.14159).toFixed(200));
attempt("toFixed(2)", () => (3.14159).toFixed(2));
attempt("toPrecision(0)", () => (3.14159).toPrecision(0));
attempt("toString(1)", () => (255).toString(1));
attempt("toString(16)", () => (255).toString(16));
attempt("repeat(-1)", () => "ab".repeat(-1));
attempt("repeat(Infinity)", () => "ab".repeat(Infinity));
const m = new Map<string, { count: number }>();
attempt("map miss", () => m.get("nothing")!.count);
const handlers: (() => number)[] = [];
attempt("handlers[0]()", () => handlers[0]());
attempt("after all", () => "still running");
