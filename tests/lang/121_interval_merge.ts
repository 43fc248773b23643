// Interval problems: merging, inserting, total coverage, meeting rooms and free slots.
type Interval = [number, number];
function merge(xs: Interval[]): Interval[] {
  const sorted = xs.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
function coverage(xs: Interval[]): number {
  return merge(xs).reduce((t, [s, e]) => t + e - s, 0);
}
function roomsNeeded(xs: Interval[]): number {
  const events: [number, number][] = [];
  for (const [s, e] of xs) events.push([s, 1], [e, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cur = 0;
  let best = 0;
  for (const [, d] of events) best = Math.max(best, (cur += d));
  return best;
}
function freeSlots(busy: Interval[], day: Interval): Interval[] {
  const out: Interval[] = [];
  let t = day[0];
  for (const [s, e] of merge(busy)) {
    if (s > t) out.push([t, Math.min(s, day[1])]);
    t = Math.max(t, e);
  }
  if (t < day[1]) out.push([t, day[1]]);
  return out;
}
const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const meetings: Interval[] = [[540, 600], [570, 630], [720, 780], [600, 615], [900, 960], [930, 945], [1020, 1050]];
console.log(merge(meetings));
console.log(merge(meetings).map(([s, e]) => `${fmt(s)}-${fmt(e)}`).join(", "));
console.log("busy minutes:", coverage(meetings), "rooms needed:", roomsNeeded(meetings));
console.log("free:", freeSlots(meetings, [480, 1080]).map(([s, e]) => `${fmt(s)}-${fmt(e)} (${e - s}m)`));
console.log(merge([[1, 4], [4, 5]]), merge([[1, 10], [2, 3], [4, 5]]), merge([]), merge([[5, 6], [1, 2]]));
const inserted = merge([...merge([[1, 3], [6, 9]]), [2, 5]]);
console.log(inserted);
