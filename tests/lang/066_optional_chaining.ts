// Optional chaining and nullish coalescing over partially populated nested data.
interface Company {
  name: string;
  ceo?: { name: string; email?: string; assistant?: { name: string } | null };
  offices?: { city: string; floors?: number[] }[];
  metrics?: Record<string, number | null>;
  onCall?: (day: number) => string;
}

const companies: Company[] = [
  {
    name: "Acme",
    ceo: { name: "Wile", email: "wile@acme.test", assistant: { name: "Road" } },
    offices: [{ city: "Phoenix", floors: [1, 2, 3] }, { city: "Tucson" }],
    metrics: { revenue: 120, churn: 0, nps: null },
    onCall: (d) => ["ann", "bob", "cy"][d % 3],
  },
  { name: "Bare" },
  { name: "Half", ceo: { name: "Hal", assistant: null }, offices: [], metrics: {} },
];

for (const c of companies) {
  console.log(`== ${c.name}`);
  console.log("  ceo email:", c.ceo?.email ?? "n/a");
  console.log("  assistant:", c.ceo?.assistant?.name ?? "none");
  console.log("  first office:", c.offices?.[0]?.city ?? "remote");
  console.log("  second office floors:", c.offices?.[1]?.floors?.length ?? 0);
  console.log("  top floor:", c.offices?.[0]?.floors?.at(-1));
  console.log("  churn:", c.metrics?.churn ?? "unknown", "| churn||:", c.metrics?.churn || "falsy");
  console.log("  nps:", c.metrics?.["nps"] ?? "no score");
  console.log("  on call tuesday:", c.onCall?.(2) ?? "nobody");
  console.log("  name length:", c.ceo?.name.length);
}

let counter = 0;
const maybe: { f?: () => number } = {};
const r1 = maybe.f?.();
maybe.f = () => ++counter;
const r2 = maybe.f?.();
console.log(r1, r2, counter);

const nullish = [0, "", false, null, undefined, NaN];
console.log(nullish.map((v) => v ?? "default"));
console.log(nullish.map((v) => v || "default"));
console.log(nullish.map((v) => v && "truthy"));

let cfg: { retries?: number; name?: string | null } = {};
cfg.retries ??= 3;
cfg.retries ??= 10;
cfg.name ||= "anon";
cfg.name &&= cfg.name.toUpperCase();
console.log(cfg);
cfg = { retries: 0, name: null };
cfg.retries ||= 5;
cfg.name ??= "fallback";
console.log(cfg);
const deep: { a?: { b?: { c?: number[] } } } = { a: { b: {} } };
console.log(deep.a?.b?.c?.[0], deep.a?.b?.c?.length ?? -1, (deep.a?.b?.c ?? [7])[0]);
