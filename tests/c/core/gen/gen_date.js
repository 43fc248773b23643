// Date under several time zones, as node prints it: for each case the time
// value, the string forms, console.log's form and every getter, joined by
// '|' (test_date.c builds the same line). Each zone runs in its own node
// process with TZ set.
'use strict';
const { execFileSync } = require('child_process');
const { cstr, emit } = require('./common');

const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'XYZ-3'];

if (process.env.GEN_DATE_ZONE) {
  const util = require('util');
  const fields = ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'];
  const line = (d) => {
    const t = d.getTime();
    let iso;
    try { iso = d.toISOString(); } catch (e) { iso = e.name + ': ' + e.message; }
    const local = [...fields, 'Day'].map((f) => String(d['get' + f]()));
    const utc = [...fields, 'Day'].map((f) => String(d['getUTC' + f]()));
    return [String(t), d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(), iso, JSON.stringify(d),
      util.inspect(d), ...local, ...utc, String(d.getTimezoneOffset())].join('|');
  };
  const out = [];
  // Before 1981 the zones below had other rules (local mean time, war time,
  // Lord Howe on +10:00), and node's ICU names those periods from its
  // metazone history, which the C library does not have: for such instants
  // the name in parentheses is not compared ("(*)" on both sides).
  const named = process.env.TZ !== 'UTC' && process.env.TZ !== 'XYZ-3';
  const maskName = (d, text) => (named && !(d.getTime() >= Date.UTC(1981, 2, 1)) && !isNaN(d) ? text.replace(/ \([^)]*\)/g, ' (*)') : text);
  const news = [[2020, 0, 15, 12, 30], [2020, 0, 31, 25, 61, 61, 1001], [99, 0], [100, 0], [0, 0, 1], [-1, 0], [2020, 13],
    [2020, -1, 0], [2024, 1, 29], [2023, 1, 29], [2024, 2, 10, 2, 30], [2024, 10, 3, 1, 30], [2024, 2, 31, 2, 30],
    [2024, 9, 27, 2, 30], [2024, 9, 6, 2, 0], [2024, 3, 7, 1, 45], [2024, 9, 6, 1, 45], [1969, 11, 31, 23, 59, 59, 999],
    [1900, 0, 1], [1800, 5, 15], [275760, 8, 13], [275760, 8, 14], [-271821, 3, 20], [-271821, 3, 19, 0, 0, 0, 0],
    [2020, 0, 15, 12, 30, 15.9, 0.9], [NaN, 0], [2020, Infinity], [1e10, 0], [2020, 0, 1e9], [2038, 0, 19, 3, 14, 8],
    [2100, 6, 4, 12], [1, 1, 1], [2020.7, 0.9, 15.2]];
  const push = (kind, input, d, prefix = '') => out.push([kind, input, prefix + maskName(d, line(d))]);
  for (const a of news) push('new', a.map(String).join(','), new Date(...a));
  const instants = [0, -1, 1579087800000, 1710054000000, 1730613600000, 8.64e15, -8.64e15, 8.64e15 + 1, NaN,
    -62198755200000, 253402300800000, 1e14, -1e14, 951782400000, 1234567890123, -0.5, 0.9, 1711846800000, 1696089600000];
  for (const t of instants) push('ms', String(t), new Date(t));
  const strings = ['2020', '2020-01', '2020-01-15', '2020-01-15T10:20', '2020-01-15T10:20:30', '2020-01-15T10:20:30.1',
    '2020-01-15T10:20:30.123456', '2020-01-15T10:20Z', '2020-01-15T10:20+05:30', '2020-01-15T10:20-00:00',
    '2020-01-15T24:00', '2020-01-15T24:00:01', '2020-02-30', '2020-02-31', '2020-13-01', '2020-00-10', '2020-01-32',
    '2020-01-15T25:00', '+275760-09-13T00:00:00.000Z', '+275760-09-13T00:00:00.001Z', '+002020-01-15',
    '-271821-04-20', '-271821-04-19T23:59:59.999Z', '2020-01-15T10', '2020-01-15T10:2', '2020-01-15T10:20:30Z ',
    '2020-01-15T10:20:30.Z', '2020-01-15T10:20:60', '2020-01-15T10:60', '2020-01-15Z', '2020Z', 'x', '',
    '2020-01-15T10:20:30,5', '2024-03-10T02:30', '2024-11-03T01:30', '2024-03-31T02:30:00', '2024-10-27T02:30',
    '1970-01-01T00:00:00.000+01:00', '2020-06-15T12:00:00.000-07:00', '2020-01-15T10:20:30.999999Z',
    'Wed Jan 15 2020 12:30:00 GMT+0100 (Central European Standard Time)', 'Wed, 15 Jan 2020 11:30:00 GMT',
    'Jan 15 2020', '15 Jan 2020', 'Wed Jan 15 2020', 'January 15, 2020', '2020/01/15', '1/15/2020',
    'Wed Jan 15 2020 12:30:00 GMT-0500', 'Sun Mar 10 2024 03:30:00 GMT-0400 (Eastern Daylight Time)',
    'Thu, 01 Jan 1970 00:00:00 GMT', 'Mon Jan 01 1900 00:00:00', 'Dec 25 2021 18:30', 'Dec 25 2021 18:30:15',
    '25 December 2021', 'Sat, 25 Dec 2021 18:30:00 UTC', '2021/12/25 18:30', '12/25/2021 18:30:05',
    'Tue Jul 04 2100 12:00:00 GMT+0000 (Coordinated Universal Time)', '2020-1-15', 'hello 2020', '2020-01-15 garbage',
    'Jan 2020', '2020 hello', 'foo Jan 15 2020', 'Jan 15 2020 foo', '1 2020', '-2020-01-15', '2020-01-15T10:20+053',
    '2020-01-15T10:20:30.5+0530', '2020/13/01', '13/01/2020', 'Feb 30 2021', 'Wed Jan 15 2020 25:30:00', '2020-01-15T10:20:30+24:00',
    '2020-01-15T10:20:30+05', '2020-01-15T10:20:30+0530', '+2020-01-15', '02020-01-15', '2020-01-15T1:20'];
  for (const s of strings) push('parse', s, new Date(s));
  // setters: [start ms, method, args]
  const base = 1579087800123;
  const sets = [['FullYear', [2021]], ['FullYear', [2021, 1, 29]], ['FullYear', [2020, 1, 29]], ['Month', [13]],
    ['Month', [1, 31]], ['Month', [-1]], ['Date', [0]], ['Date', [32]], ['Hours', [25]], ['Hours', [-1, 70]],
    ['Hours', [1, 2, 3, 4]], ['Minutes', [90, 90, 1500]], ['Seconds', [3601]], ['Milliseconds', [-1]],
    ['Hours', [NaN]], ['Hours', []], ['Date', [1e9]], ['Hours', [2, 30]], ['Month', [2, 10]], ['Month', [9, 27]]];
  for (const [f, args] of sets)
    for (const utc of [false, true]) {
      for (const start of [base, NaN]) {
        const d = new Date(start);
        const r = d[(utc ? 'setUTC' : 'set') + f](...args);
        push('set', `${start};${f};${utc ? 1 : 0};${args.map(String).join(',')}`, d, String(r) + '#');
      }
    }
  const dt = new Date(base);
  push('set', `${base};Time;0;86400000`, dt, String(dt.setTime(86400000)) + '#');
  // console.log of dates: alone, with %s and %j, inside an object and an array
  for (const t of [0, 1579087800123, NaN]) {
    const d = new Date(t);
    out.push(['log', String(t), [util.format(d), util.format('%s', d), util.format('%j', d), util.format({ d }),
      util.format([d, d]), util.format('x', d)].join('|')]);
  }
  out.push(['utc', '2020,0,15,12,30', String(Date.UTC(2020, 0, 15, 12, 30))]);
  out.push(['utc', '99', String(Date.UTC(99))]);
  out.push(['utc', '2020,13,40,25,61,61,1001', String(Date.UTC(2020, 13, 40, 25, 61, 61, 1001))]);
  out.push(['utc', 'NaN', String(Date.UTC(NaN))]);
  process.stdout.write(JSON.stringify(out));
} else {
  const lines = [];
  for (const tz of zones) {
    const out = JSON.parse(execFileSync(process.execPath, [__filename], { env: { ...process.env, TZ: tz, GEN_DATE_ZONE: '1' } }));
    for (const [kind, input, want] of out) lines.push(`{ ${cstr(tz)}, ${cstr(kind)}, ${cstr(input)}, ${cstr(want)} },`);
  }
  emit('date_cases.inc', lines);
}
