// The long names node gives each time zone in Date's toString, for the posix
// port (components/runtime/port/posix/tz_names.inc). Zone ids: every zone and
// link of Debian's tzdata (/usr/share/zoneinfo/tzdata.zi) that node knows;
// names: node's Intl (ICU), for standard time and, where the zone keeps
// daylight saving time, for daylight time. Zones node names only by offset
// ("GMT+03:00") get NULL: date.c prints the offset the same way.
'use strict';
const fs = require('fs');
const { cstr, emit } = require('./common');

const zi = process.env.TZDATA_ZI || '/usr/share/zoneinfo/tzdata.zi';
if (!fs.existsSync(zi)) {
  console.log(`SKIP: ${zi} not found (Debian package tzdata)`);
  process.exit(3);
}
const ids = new Set();
for (const l of fs.readFileSync(zi, 'utf8').split('\n')) {
  const f = l.split(' ');
  if (f[0] === 'Z') ids.add(f[1]);
  if (f[0] === 'L') ids.add(f[2]);
}
function nameAt(id, d) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'long' });
  const n = f.formatToParts(d).find((p) => p.type === 'timeZoneName').value;
  return /^GMT([+-]\d\d:\d\d)?$/.test(n) ? undefined : n;
}
function offsetAt(id, d) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' });
  const m = f.formatToParts(d).find((p) => p.type === 'timeZoneName').value.match(/([+-])(\d\d):(\d\d)/);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}
const lines = [];
for (const id of [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
  } catch (e) {
    continue; // unknown to node's ICU
  }
  const jan = new Date(Date.UTC(2024, 0, 15)), jul = new Date(Date.UTC(2024, 6, 15));
  const oj = offsetAt(id, jan), ol = offsetAt(id, jul);
  let std = nameAt(id, jan), dst;
  if (oj !== ol) {
    std = nameAt(id, oj < ol ? jan : jul);
    dst = nameAt(id, oj < ol ? jul : jan);
  }
  if (std === undefined && dst === undefined) continue;
  lines.push(`{${cstr(id)}, ${cstr(std)}, ${cstr(dst)}},`);
}
emit('tz_names.inc', ['/* sorted by id (strcmp) for port_tz.c\'s binary search */', 'static const TzNames tz_names[] = {',
  ...lines, '};'], null, 'components/runtime/port/posix');
