// Parsing access-log and syslog lines into records, and summarising them.
const access = [
  '192.168.1.20 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326',
  '10.0.0.5 - admin [10/Oct/2024:13:56:01 +0000] "POST /api/led?on=1 HTTP/1.1" 204 0',
  '10.0.0.5 - - [10/Oct/2024:13:57:12 +0000] "GET /missing HTTP/1.0" 404 153',
  "garbage line",
  '172.16.0.1 - - [10/Oct/2024:14:00:00 +0000] "GET /big.bin HTTP/1.1" 200 1048576',
];
const accessRe = /^(?<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?<user>\S+) \[(?<time>[^\]]+)\] "(?<method>[A-Z]+) (?<path>\S+) HTTP\/(?<ver>[\d.]+)" (?<status>\d{3}) (?<bytes>\d+)$/;
const byStatus = new Map<string, number>();
let bytes = 0;
for (const line of access) {
  const m = accessRe.exec(line);
  if (!m) {
    print("unparsed:", line);
    continue;
  }
  const g = m.groups!;
  byStatus.set(g.status, (byStatus.get(g.status) ?? 0) + 1);
  bytes += Number(g.bytes);
  const path = g.path.replace(/\?.*/, "");
  print(g.ip.padEnd(13), g.method.padEnd(5), path.padEnd(12), g.status, g.user === "-" ? "" : g.user);
}
print(byStatus, bytes);
const syslog = "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8";
const sm = /^<(\d+)>(\w{3}) +(\d+) (\d\d:\d\d:\d\d) (\S+) ([^:]+): (.*)$/.exec(syslog);
if (sm) {
  const pri = Number(sm[1]);
  print("facility", pri >> 3, "severity", pri & 7, sm.slice(2));
}
const levels = "INFO boot ok|WARN low heap 1200|ERROR wifi lost|INFO reconnected|ERROR dns".split("|");
print(levels.filter((l) => /^(WARN|ERROR)\b/.test(l)).map((l) => l.replace(/^(\w+)\s+/, "[$1] ")));
