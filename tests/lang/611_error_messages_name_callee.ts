// Runtime errors name the expression as node does: a missing method called on an interface-typed
// value, through an element, a cast or a chain; a literal called; reads and writes of nullish values.
interface Handler {
  run(): void;
  go: () => void;
  nested?: { inner?: Handler };
}
const h = JSON.parse('{"nested": {}}') as unknown as Handler;
const hs: Handler[] = [h];
const i = 0;
const attempts: [string, () => unknown][] = [
  ["method", () => h.run()],
  ["property", () => h.go()],
  ["element", () => hs[0].run()],
  ["element by name", () => hs[i].go()],
  ["chain", () => h.nested!.inner!.run()],
  ["optional chain", () => h.nested?.inner?.run()],
  ["cast", () => (h as unknown as { nested: { x: () => void } }).nested.x()],
  ["number", () => (5 as unknown as () => void)()],
  ["string", () => ("s" as unknown as () => void)()],
  ["boolean", () => (true as unknown as () => void)()],
  ["call result", () => (JSON.parse("{}") as unknown as { f: () => () => void }).f()()],
  ["read of undefined", () => hs[1].go],
  ["read of null", () => (JSON.parse("null") as unknown as Handler | null)!.go],
  ["write to undefined", () => ((hs[2] as unknown as { n: number }).n = 1)],
  ["index of undefined", () => (hs[3] as unknown as number[])[1]],
];
for (const [what, f] of attempts) {
  try {
    print(what, "ok", f());
  } catch (e) {
    print(what, e instanceof TypeError, (e as Error).message);
  }
}
