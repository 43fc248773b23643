// Dates in UTC: Date.UTC, the UTC getters, toISOString, toJSON and toUTCString.
const t = Date.UTC(2024, 1, 29, 13, 45, 30, 123);
const d = new Date(t);
console.log(t, d.getTime(), d.valueOf(), +d, d.toISOString(), d.toJSON(), d.toUTCString());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay());
console.log(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(Date.UTC(1970, 0), Date.UTC(2000, 12, 1), Date.UTC(99, 0, 1), Date.UTC(2024, 0, 1, 24, 60, 60, 1000));
console.log(Date.UTC(-1, 0, 1), Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1), Date.UTC(2024, NaN));
for (const ms of [0, -1, 1e12, -62198755200000, 8.64e15, -8.64e15, 253402300800000]) {
  const x = new Date(ms);
  console.log(ms, x.toISOString(), x.getUTCDay(), x.toUTCString());
}
const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
for (let m = 0; m < 12; m++) {
  const first = new Date(Date.UTC(2025, m, 1));
  const last = new Date(Date.UTC(2025, m + 1, 0));
  console.log(m + 1, days[first.getUTCDay()], last.getUTCDate());
}
