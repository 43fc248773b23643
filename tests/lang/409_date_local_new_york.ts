// env: TZ=America/New_York
// Local time from TZ: getters, offsets across daylight-saving changes, toString's formats.
const instants = [
  Date.UTC(2024, 2, 10, 6, 59, 59),
  Date.UTC(2024, 2, 10, 7, 0, 0),
  Date.UTC(2024, 10, 3, 5, 59, 59),
  Date.UTC(2024, 10, 3, 6, 0, 0),
  Date.UTC(1999, 11, 31, 23, 59, 59, 999),
  0,
];
for (const t of instants) {
  const d = new Date(t);
  console.log(d.toString());
  console.log(" ", d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes());
  console.log(" ", d.getTimezoneOffset(), d.toDateString(), "|", d.toTimeString());
}
const local = new Date(2024, 2, 10, 2, 30);
console.log(local.toString(), local.toISOString());
const fall = new Date(2024, 10, 3, 1, 30);
console.log(fall.toString(), fall.getTime());
console.log(new Date(2024, 0, 1).getTime(), new Date(2024, 6, 1).getTime());
console.log(new Date("2024-07-04T12:00:00").toISOString(), new Date("2024-07-04").toString());
console.log(new Date(2024, 0, 31, 25).toString());
console.log(new Date(99, 0).getFullYear(), new Date(2024, 0).getMonth());
