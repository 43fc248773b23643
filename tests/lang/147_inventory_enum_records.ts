// Warehouse bins keyed by string enums with Record<string, T> dictionaries and summary reports.
enum Zone {
  Cold = "COLD",
  Dry = "DRY",
  Hazard = "HAZ",
}
interface Bin {
  zone: Zone;
  capacity: number;
  items: Record<string, number>;
}
const bins: Record<string, Bin> = {
  "C-01": { zone: Zone.Cold, capacity: 100, items: { milk: 40, cheese: 25 } },
  "C-02": { zone: Zone.Cold, capacity: 80, items: {} },
  "D-01": { zone: Zone.Dry, capacity: 200, items: { rice: 120, flour: 60 } },
  "D-02": { zone: Zone.Dry, capacity: 150, items: { sugar: 150 } },
  "H-01": { zone: Zone.Hazard, capacity: 30, items: { bleach: 12 } },
};
const used = (b: Bin) => Object.values(b.items).reduce((a, n) => a + n, 0);
function store(zone: Zone, item: string, qty: number): string[] {
  const log: string[] = [];
  for (const [id, b] of Object.entries(bins)) {
    if (b.zone !== zone || qty === 0) continue;
    const room = b.capacity - used(b);
    const put = Math.min(room, qty);
    if (put > 0) {
      b.items[item] = (b.items[item] ?? 0) + put;
      qty -= put;
      log.push(`${put} ${item} -> ${id}`);
    }
  }
  if (qty > 0) log.push(`${qty} ${item} could not be stored`);
  return log;
}
print(store(Zone.Cold, "butter", 70));
print(store(Zone.Dry, "oats", 100));
print(store(Zone.Hazard, "acid", 25));
const byZone: Record<string, { used: number; capacity: number }> = {};
for (const b of Object.values(bins)) {
  const z = (byZone[b.zone] ??= { used: 0, capacity: 0 });
  z.used += used(b);
  z.capacity += b.capacity;
}
for (const [z, { used: u, capacity }] of Object.entries(byZone)) print(`${z.padEnd(5)} ${String(u).padStart(4)}/${capacity} ${((u / capacity) * 100).toFixed(1)}%`);
print(bins["C-02"], Object.keys(bins).filter((id) => used(bins[id]) === bins[id].capacity));
print(Object.values(Zone), Zone.Hazard);
