// Unicode case mapping for toUpperCase/toLowerCase, from Debian's unicode-data
// (/usr/share/unicode: UnicodeData.txt, SpecialCasing.txt and
// DerivedCoreProperties.txt), checked against node over every code point.
//
// Writes components/runtime/core/unicode_case_table.inc (the runtime's
// tables: the device builds cannot run this) and tests/c/core/case_cases.inc
// (node's answers, which test_unicode_case.c compares the runtime with).
//
// Node 20 may carry a newer Unicode version than the packaged data. The code
// points that differ must all be unassigned in the packaged version, or be
// among the assigned characters whose case properties a later version changed
// (changed_later below): they are listed in case_cases.inc
// (test_unicode_case.c skips them) and any other difference fails this script.
'use strict';
const fs = require('fs');
const { cstr, emit } = require('./common');

const dir = process.env.UNICODE_DATA_DIR || '/usr/share/unicode';
if (!fs.existsSync(dir + '/UnicodeData.txt')) {
  console.log(`SKIP: ${dir}/UnicodeData.txt not found (Debian package unicode-data)`);
  process.exit(3);
}
const hex = (s) => parseInt(s, 16);
const lines = (f) => fs.readFileSync(dir + '/' + f, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
const version = fs.readFileSync(dir + '/SpecialCasing.txt', 'utf8').match(/SpecialCasing-([\d.]+)\.txt/)[1];

// Assigned code points and the simple mappings.
const assigned = new Set();
const upper = new Map(), lower = new Map(); // cp -> array of code points
let rangeStart = null;
for (const l of lines('UnicodeData.txt')) {
  const f = l.split(';');
  const cp = hex(f[0]);
  if (f[1].endsWith(', First>')) { rangeStart = cp; continue; }
  if (f[1].endsWith(', Last>')) { for (let c = rangeStart; c <= cp; c++) assigned.add(c); continue; }
  assigned.add(cp);
  if (f[12]) upper.set(cp, [hex(f[12])]);
  if (f[13]) lower.set(cp, [hex(f[13])]);
}
// Unconditional full mappings override the simple ones; the conditional ones
// are locale-specific (tr, az, lt), which toUpperCase/toLowerCase ignore,
// except Final_Sigma, which unicode_case.c applies.
for (const l of lines('SpecialCasing.txt')) {
  const f = l.split(';').map((s) => s.trim());
  if (f[4]) continue;
  const cp = hex(f[0]);
  lower.set(cp, f[1].split(' ').map(hex));
  upper.set(cp, f[3].split(' ').map(hex));
}
function property(name) {
  const set = new Set();
  for (const l of lines('DerivedCoreProperties.txt')) {
    const [range, prop] = l.split(';').map((s) => s.trim());
    if (prop !== name) continue;
    const [a, b] = range.split('..').map(hex);
    for (let c = a; c <= (b === undefined ? a : b); c++) set.add(c);
  }
  return set;
}
const cased = property('Cased'), ignorable = property('Case_Ignorable');

// Assigned in Unicode 15.0, with case properties that Unicode 16.0 changed:
// U+019B and U+0264 gained capitals (U+A7DC, U+A7CB), as did U+A7D3 and U+A7D5
// (U+A7D2, U+A7D4); U+0295 is no longer cased, U+1171E no longer case-ignorable.
const changedLater = new Set([0x19b, 0x264, 0x295, 0xa7d3, 0xa7d5, 0x1171e]);

const SIGMA = 0x3a3;
const str = (cps) => String.fromCodePoint(...cps);
const isSurrogate = (c) => c >= 0xd800 && c <= 0xdfff;
// What the data says, as JS sees strings.
const dataUpper = (c) => str(upper.get(c) || [c]);
const dataLower = (c) => (c === SIGMA ? '\u03c3' : str(lower.get(c) || [c]));
// Final sigma: a character is skipped (case-ignorable) or cased, as node shows it.
const nodeSkips = (c) => ('A' + str([c]) + '\u03a3').toLowerCase().endsWith('\u03c2') && !(str([c]) + '\u03a3').toLowerCase().endsWith('\u03c2');
const nodeCased = (c) => (str([c]) + '\u03a3').toLowerCase().endsWith('\u03c2');

const newer = []; // differ from node: unassigned in the packaged version, or changed later
const nodeMaps = [];
const nodeSkip = [], nodeCasedList = [];
for (let c = 0; c <= 0x10ffff; c++) {
  if (isSurrogate(c)) continue;
  const s = str([c]);
  const nu = s.toUpperCase(), nl = s.toLowerCase();
  const skip = nodeSkips(c), cas = nodeCased(c);
  if (nu !== s || nl !== s) nodeMaps.push([c, nu, nl]);
  if (skip) nodeSkip.push(c);
  if (cas) nodeCasedList.push(c);
  const agrees = nu === dataUpper(c) && nl === dataLower(c) && skip === ignorable.has(c) &&
    cas === (cased.has(c) && !ignorable.has(c));
  if (!agrees) {
    if (assigned.has(c) && !changedLater.has(c)) {
      console.error(`U+${c.toString(16)}: node ${JSON.stringify([nu, nl, skip, cas])}, data ` +
        JSON.stringify([dataUpper(c), dataLower(c), ignorable.has(c), cased.has(c) && !ignorable.has(c)]));
      process.exitCode = 1;
    } else {
      newer.push(c);
    }
  }
}
if (process.exitCode) throw new Error('the packaged data and node differ on assigned code points');

// ---------------------------------------------------------- runtime tables
// Simple mappings as runs: code points start, start + step, ... (count of
// them) each map to itself + delta. Packed as start << 11 | (count - 1) << 1 | (step == 2).
function runs(map) {
  const single = [...map].filter(([c, m]) => m.length === 1 && m[0] !== c).map(([c, m]) => [c, m[0] - c]).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [c, d] of single) {
    const last = out[out.length - 1];
    if (last && last.delta === d && last.count < 1024) {
      const end = last.start + (last.count - 1) * last.step;
      if (last.count === 1 && (c - end === 1 || c - end === 2)) { last.step = c - end; last.count++; continue; }
      if (c - end === last.step) { last.count++; continue; }
    }
    out.push({ start: c, count: 1, step: 1, delta: d });
  }
  return out.map((r) => `{0x${((r.start * 2048) + (r.count - 1) * 2 + (r.step === 2 ? 1 : 0)).toString(16)}u, ${r.delta}},`);
}
// One-to-many mappings: the code point and the result's UTF-8 bytes.
function expansions(map) {
  return [...map].filter(([c, m]) => m.length > 1).sort((a, b) => a[0] - b[0])
    .map(([c, m]) => `{0x${c.toString(16)}, ${cstr(str(m))}},`);
}
// Sets as ranges, packed as start << 11 | (length - 1); long runs are split.
function ranges(set) {
  const cps = [...set].sort((a, b) => a - b), out = [];
  for (const c of cps) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c && last[1] < 2048) last[1]++;
    else out.push([c, 1]);
  }
  return out.map(([s, n]) => `0x${(s * 2048 + n - 1).toString(16)}u,`);
}
const casedOnly = new Set([...cased].filter((c) => !ignorable.has(c)));
for (const c of [...upper.keys()]) if (upper.get(c).length === 1 && upper.get(c)[0] > 0x1fffff) throw new Error('range');
const table = [
  `/* Unicode ${version} case mappings (Debian's unicode-data); see unicode_case.c. */`,
  'static const CaseRun upper_runs[] = {', ...runs(upper), '};',
  'static const CaseRun lower_runs[] = {', ...runs(lower), '};',
  'static const CaseExpansion upper_expansions[] = {', ...expansions(upper), '};',
  'static const CaseExpansion lower_expansions[] = {', ...expansions(lower), '};',
  '/* Case_Ignorable */', 'static const uint32_t ignorable_ranges[] = {', ...ranges(ignorable), '};',
  '/* Cased and not Case_Ignorable */', 'static const uint32_t cased_ranges[] = {', ...ranges(casedOnly), '};',
];
emit('unicode_case_table.inc', table, null, 'components/runtime/core');

// ---------------------------------------------------------- node's answers
const cases = [
  `/* Unicode ${version} in the runtime, ${process.versions.unicode.replace(/\..*/, '')}.x in node: code points that differ, unassigned in ${version} or changed since */`,
  'static const uint32_t newer_than_table[] = {', ...newer.map((c) => `0x${c.toString(16)},`), '};',
  '/* every code point whose upper or lower case is not itself */',
  'static const CaseCase case_cases[] = {', ...nodeMaps.map(([c, u, l]) => `{0x${c.toString(16)}, ${cstr(u)}, ${cstr(l)}},`), '};',
  '/* skipped before and after a final sigma (Case_Ignorable) */',
  'static const uint32_t node_skips[] = {', ...ranges(new Set(nodeSkip)), '};',
  '/* cased for the final sigma rule */',
  'static const uint32_t node_cased[] = {', ...ranges(new Set(nodeCasedList)), '};',
];
const sigmas = ['\u03a3', '\u0391\u03a3', '\u0391\u03a3\u0391', '\u0391.\u03a3', "\u0391'\u03a3'", "\u0391\u03a3'\u0391",
  'A\u0301\u03a3', 'a\u03a3 b', '\u03a3\u03a3', 'A\u03a3\u03a3', 'A \u03a3\u03a3', '1\u03a3', '\u0391\u03a3\u0345',
  '\u0391\u03a3\u0345\u0391', '\u1f08\u03a3', '\u02b0\u03a3', 'A\u02b0\u03a3', 'A\u03a3\u02b0', 'A\u03a3\u02b0a',
  '\ud835\udc00\u03a3', 'A\u00ad\u03a3\u00ad', '\u039f\u0394\u039f\u03a3 \u039f\u0394\u039f\u03a3.',
  '\ud800\u03a3', 'A\u03a3\udc00'];
cases.push('/* strings with a capital sigma, lowercased */', 'static const char *const sigma_cases[][2] = {',
  ...sigmas.map((t) => `{${cstr(t)}, ${cstr(t.toLowerCase())}},`), '};');
emit('case_cases.inc', cases);
console.log(`unicode ${version}: ${runs(upper).length} + ${runs(lower).length} runs, ${expansions(upper).length} + ` +
  `${expansions(lower).length} expansions, ${ranges(ignorable).length} + ${ranges(casedOnly).length} ranges; ` +
  `${newer.length} code points newer than the data`);
