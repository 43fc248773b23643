// Checked JSON.parse with unions of object types, literal unions, tuples with optional elements,
// nullable fields and records of arrays.
interface Temp {
  kind: "temp";
  celsius: number;
}
interface Door {
  kind: "door";
  open: boolean;
  since?: number;
}
type Event = Temp | Door;
interface Batch {
  device: string;
  events: Event[];
  window: [number, number?];
  groups: Record<string, string[]>;
  level: 1 | 2 | 3;
  owner: { name: string; email: string | null } | null;
}

const batches = [
  '{"device":"d1","events":[{"kind":"temp","celsius":21.5},{"kind":"door","open":true,"since":17}],"window":[0],"groups":{"a":["x","y"]},"level":2,"owner":null}',
  '{"device":"d2","events":[],"window":[5,10],"groups":{},"level":3,"owner":{"name":"Ann","email":null}}',
  '{"device":"d3","events":[{"kind":"door","open":false}],"window":[1,2],"groups":{"b":[]},"level":1,"owner":{"name":"Bo","email":"b@x"}}',
];

function show(e: Event): string {
  if (e.kind === "temp") return `temp ${e.celsius}`;
  return `door ${e.open ? "open" : "closed"}${e.since !== undefined ? ` since ${e.since}` : ""}`;
}

for (const text of batches) {
  const b = JSON.parse(text) as Batch;
  console.log(b.device, b.level, b.window.length, b.window[1] ?? "open-ended");
  for (const e of b.events) console.log("  ", show(e));
  for (const g of Object.keys(b.groups)) console.log("  group", g, b.groups[g].length);
  console.log("  owner", b.owner === null ? "none" : `${b.owner.name} <${b.owner.email ?? "no mail"}>`);
  console.log(JSON.stringify(b) === text);
}
