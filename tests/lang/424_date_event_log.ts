// An event log kept as JSON with ISO timestamps: durations, grouping by UTC day, the newest entry.
interface LogEntry {
  at: string;
  event: "boot" | "connect" | "error" | "sleep";
  detail?: string;
}
const text = `[
  {"at":"2024-06-30T23:58:10.250Z","event":"boot"},
  {"at":"2024-06-30T23:58:12.900Z","event":"connect","detail":"wifi"},
  {"at":"2024-07-01T00:03:00Z","event":"error","detail":"timeout"},
  {"at":"2024-07-01T06:30:00.001Z","event":"sleep"}
]`;
const log = JSON.parse(text) as LogEntry[];
const times = log.map((e) => new Date(e.at));
for (let i = 1; i < times.length; i++) {
  const ms = times[i].getTime() - times[i - 1].getTime();
  console.log(log[i].event, `+${(ms / 1000).toFixed(3)}s`);
}
const byDay = new Map<string, number>();
for (const t of times) {
  const day = t.toISOString().slice(0, 10);
  byDay.set(day, (byDay.get(day) ?? 0) + 1);
}
console.log(byDay);
const newest = times.reduce((a, b) => (a > b ? a : b));
console.log(newest.toISOString(), newest.getUTCHours(), newest.getUTCMilliseconds());
console.log(JSON.stringify({ last: newest, count: log.length }));
const uptime = new Date(times[times.length - 1].getTime() - times[0].getTime());
console.log(uptime.getUTCHours(), uptime.getUTCMinutes(), uptime.getUTCSeconds(), uptime.toISOString());
