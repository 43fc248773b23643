// Regenerates the expected outputs of the lit()-driven tests with node:
//   node tests/c/core/gen_expected.js > tests/c/core/inspect_cases.inc
const fs = require('fs');
const util = require('util');
const path = require('path');
const lines = fs.readFileSync(path.join(__dirname, 'inspect_cases.txt'), 'utf8').split('\n').filter(Boolean);
function range(n) { return Array.from({ length: n }, (_, i) => i); }
const classes = {};
// A C string literal holding the WTF-8 bytes of s (NULL for undefined).
function c(s) {
  if (s === undefined) return 'NULL';
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) { cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00); i++; }
    }
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  let out = '"';
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c) out += '\\' + String.fromCharCode(b);
    else if (b === 0x0a) out += '\\n';
    else if (b >= 0x20 && b < 0x7f && b !== 0x3f) out += String.fromCharCode(b);
    else out += '\\' + b.toString(8).padStart(3, '0');
  }
  return out + '"';
}
for (const line of lines) {
  for (const m of line.matchAll(/new (\w+)\(/g)) {
    if (m[1] !== 'Map' && m[1] !== 'Set' && !classes[m[1]])
      classes[m[1]] = eval(`(class ${m[1]} { constructor(o) { Object.assign(this, o); } })`);
  }
  const src = line.replace(/new (\w+)\(/g, (all, n) => (n === 'Map' || n === 'Set') ? all : `new classes.${n}(`);
  const v = eval('(' + src + ')');
  console.log(`{ ${c(line)}, ${c(util.inspect(v))}, ${c(JSON.stringify(v, null, 2))} },`);
}
