// JSON.parse: what node makes of hand-picked and generated texts, valid and
// malformed: the error's name and message, or the value in a canonical form
// (JSON with -0 kept; test_json.c prints the runtime's value the same way).
'use strict';
const { cstr, wtf8, emit } = require('./common');

const hand = ['', ' ', 'x', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[', '[1', '[1,', '[1,]', '[,]', '{,}',
  '{1:2}', '"abc', '"a\u0001b"', '"\\x"', '"\\u12"', '"\\u12g4"', 'tru', 'trux', 'nul', '01', '-', '-a', '1.', '1.e3', '1e',
  '1e+', '.5', '+1', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '1 2', '"a" x', 'NaN', 'Infinity', 'undefined', '[object Object]',
  '\u00e9', '"\\', '"abc\\"', '[1]]', '{}}', "'a'", '{"a":1}x', '   \n  x', 'a'.repeat(100),
  '{"aaaaaaaaaaaaaaaaaaaaaaaa": 1, "bbbbbbbbbbbbbbbbbb": 2, "ccccccccccccccc": [1,2,3,4,5,6,7], x}',
  '[' + '1,'.repeat(30) + 'x]', '[' + '1,'.repeat(5) + 'x' + ',1'.repeat(30) + ']', '\u2028', '"\t"', '[\u00a0]',
  '\u{1F600}', '[\u{1F600}]', '"\ud800"', '"\\u', '"\\u1', '"\\u123', '"\\u1234', '"\\"', '"a', '[obj', 'NaNx',
  'Infinityy', '"\\uD800\\uDC00"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00\\ud83d"', '"\\ud83d\ude00"', '-01', '00',
  '-x', '1.5e', '1.5e-', '1E5', '1.x', '{"a":1,"a":2,"b":3,"a":4}', '{"b":1,"2":2,"1":3}', '{"__proto__":1}',
  '{"4294967295":1,"4294967294":2,"01":3,"1":4,"-1":5}', 'true ', ' true', '\ufefftrue', 't', 'f', 'fals', 'falsex',
  'nulL', '"\u007f"', '"\\/"', '["a" "b"]', '"a" "b"', '[1,2', '{"a":[1,{"b":', '\u0000', '"\u0000"', '{"a":1,"b"',
  '{"a":1,"b":}', '{"a":1,"b":2,', '[-]', '[01]', '[1.]', '["\\x"]', '\t\r\n 1 \t\r\n', '\u000b1', '1\u000b',
  ' '.repeat(25) + 'x' + ' '.repeat(3), 'x' + ' '.repeat(25), ' '.repeat(25) + 'x', '1'.repeat(25) + 'x',
  '"' + 'a'.repeat(30) + '\u0001"', '\ud800', '[\ud800]', 'a\u{1F600}bcdefghijklmnopqrstuvwxyz',
  'abcdefghi\u{1F600}jklmnopqrstuvwxyz', 'abcdefghijklmnopqrstu\u{1F600}vwxyz' + '%s%d', '-0', '[-0, 0, -0.0, 0e5]',
  '1e400', '-1e400', '1e-400', '5e-324', '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308',
  '1.7976931348623158e308', '1.7976931348623159e308', '9007199254740993', '0.1', '123456789012345678901234567890',
  '1' + '0'.repeat(400), '0.' + '0'.repeat(400) + '1', '{"":""}', '{"a":{"a":{"a":{}}}}', '[[[[[]]]]]', '[{}, [], {"x": []}]',
  '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\u00e9\u4e2d\u{1F600}"', '{"\u00e9":1,"\\u00e9":2}', '[true,false,null]',
  '{"constructor":1,"toString":2,"hasOwnProperty":3}', '{"a" : 1 , "b" : [ 1 , 2 ] }', '[\n  1,\n  2\n]',
  '{"a":1}\n', '"\\u0000"', '"\\u001f"', '"\u001f"', '"\\uDFFF"', '"\\uFFFF"', '"\\uFEFF"', '[1e5, 1E+5, 1e-5, 1.5E-5]',
  '{"a":1,"b" 1}', '{"a":1,"b" -}', '{"a":1,"b" }', '{"a":1,"b" x}', '{"a":{"b" 1}}', '{"a":1,"b" tru}', '{"a":[],"b" ,',
  'tr"', 't1', 'nul-', 'fa1se', 'n ull'];

// A deterministic generator (xorshift32) for random documents.
let seed = 0x12345678;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
const alphabet = ['a', 'b', 'Z', ' ', '\u00e9', '\u4e2d', '\u{1F600}', '\\n', '\\"', '\\\\', '\\u0041', '\\ud800', '\\udc00',
  '\\ud83d\\ude00', '"', ',', ':', '{', '}', '[', ']', '1', '__proto__', '2', '10'];
function randString() {
  let s = '';
  for (let n = rnd(6); n > 0; n--) {
    const c = alphabet[rnd(alphabet.length)];
    s += c === '"' || c === '\\' ? '\\' + c : c;
  }
  return '"' + s + '"';
}
function randNumber() {
  const sign = rnd(3) === 0 ? '-' : '';
  let int = rnd(4) === 0 ? '0' : String(1 + rnd(9)) + '0123456789'.slice(0, rnd(12)).split('').map(() => rnd(10)).join('');
  let frac = rnd(2) ? '.' + String(rnd(1e6)).padStart(rnd(8) + 1, '0') : '';
  let exp = rnd(3) === 0 ? ['e', 'E'][rnd(2)] + ['', '+', '-'][rnd(3)] + rnd(330) : '';
  return sign + int + frac + exp;
}
function randValue(depth) {
  const k = rnd(depth > 3 ? 5 : 8);
  const ws = () => [' ', '', '\n', '\t', '\r\n  '][rnd(5)].repeat(rnd(2));
  if (k === 0) return randString();
  if (k === 1) return randNumber();
  if (k === 2) return ['true', 'false', 'null'][rnd(3)];
  if (k === 3) return randNumber();
  if (k === 4) return randString();
  if (k === 5 || k === 6) {
    const items = [];
    for (let n = rnd(5); n > 0; n--) items.push(ws() + randValue(depth + 1) + ws());
    return '[' + items.join(',') + ']';
  }
  const members = [];
  for (let n = rnd(5); n > 0; n--) members.push(ws() + randString() + ws() + ':' + ws() + randValue(depth + 1));
  return '{' + members.join(',') + ws() + '}';
}
const generated = [];
for (let i = 0; i < 250; i++) generated.push(randValue(0));
const numbers = [];
for (let i = 0; i < 300; i++) numbers.push(randNumber());
// Mutations of valid texts: most become malformed, each kind of error shows up.
const mutated = [];
const pieces = ['', '"', '\\', ',', ':', '}', ']', '{', '[', '-', '.', 'e', '0', 'x', '\u0001', ' ', 'tru', '\\u12', '\u{1F600}'];
for (let i = 0; i < 400; i++) {
  const base = generated[rnd(generated.length)];
  const at = rnd(base.length + 1);
  const cut = rnd(3);
  mutated.push(base.slice(0, at) + pieces[rnd(pieces.length)] + base.slice(at + cut));
}

function canon(v) {
  if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
  if (v && typeof v === 'object') return '{' + Object.keys(v).map(k => JSON.stringify(k) + ':' + canon(v[k])).join(',') + '}';
  if (Object.is(v, -0)) return '-0';
  return JSON.stringify(v);
}
const lines = [];
for (const text of [...hand, ...generated, ...numbers, ...mutated]) {
  let error, shown, num = 'NAN', isnum = 0;
  try {
    const v = JSON.parse(text);
    shown = canon(v);
    if (typeof v === 'number') {
      isnum = 1;
      num = Object.is(v, -0) ? '-0.0' : Number.isNaN(v) ? 'NAN' : v === Infinity ? 'INFINITY' : v === -Infinity ? '-INFINITY' : v.toPrecision(17);
    }
  } catch (e) {
    error = e.name + ': ' + e.message;
  }
  // ts_throw_error takes a C format: a message cannot carry U+0000 (V8 quotes
  // the text around an unexpected token, NUL included)
  if (error && error.includes('\0')) continue;
  lines.push(`{ ${cstr(text)}, ${wtf8(text).length}, ${cstr(error)}, ${cstr(shown)}, ${isnum}, ${num} },`);
}
emit('json_parse_cases.inc', lines);
