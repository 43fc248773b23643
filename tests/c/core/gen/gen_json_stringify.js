// JSON.stringify(value, replacer, space) as node writes it. Values use the
// lit() syntax of tests/c/core/helpers.h; replacers are an array literal or
// one of the named functions below (test_json.c has the same ones in C).
// Stamp instances have toJSON(key); 'cycle' cases make value.PATH point back
// at the value and expect node's TypeError.
'use strict';
const { cstr, emit } = require('./common');

class Stamp {
  constructor(o) { Object.assign(this, o); }
  toJSON(key) { return 'stamp:' + key + ':' + Object.keys(this).length; }
}
const classes = { Stamp };
const replacers = {
  times10: (k, v) => (typeof v === 'number' ? v * 10 : v),
  drop_b: (k, v) => (k === 'b' ? undefined : v),
  wrap_root: (k, v) => (k === '' ? { wrapped: v } : v),
  keys: (k, v) => (typeof v === 'object' || typeof v === 'function' ? v : k + '=' + String(v)),
  functions: (k, v) => (k === 'f' ? () => 1 : v),
};
function range(n) { return Array.from({ length: n }, (_, i) => i); }
function value(text) {
  for (const m of text.matchAll(/new (\w+)\(/g))
    if (!classes[m[1]] && m[1] !== 'Map' && m[1] !== 'Set')
      classes[m[1]] = eval(`(class ${m[1]} { constructor(o) { Object.assign(this, o); } })`);
  const src = text.replace(/new (\w+)\(/g, (all, n) => (n === 'Map' || n === 'Set' ? all : `new classes.${n}(`));
  return eval('(' + src + ')');
}

const values = ['1', '-0', 'NaN', '-Infinity', '"a\\u2028\\ud800b"', 'true', 'null', 'undefined', '[]', '{}',
  '[undefined, function f(){}, 1]', '{a: undefined, b: function f(){}, c: 1}', '{a: 1, b: {c: [1, 2, {d: 3}]}, e: "x"}',
  '[[[]], [{}], {a: []}]', '{"2": 1, "1": 2, b: 3, a: 4}', 'new Map([[1, 2]])', 'new Set([1])',
  'new Stamp({x: 1})', '{s: new Stamp({}), t: [new Stamp({a: 1, b: 2})]}', 'new Point({x: 1, y: 2})',
  '{a: [1, {b: 2, c: [3]}], b: "b", c: {a: 1, b: 2, d: 4}}', '{"": 1, " ": 2, "\\n": 3}', 'range(12)'];
const replacerSpecs = ['', '["a", "c", 1, "a", 2]', '["b", true, null, "d"]', '[]', 'fn:times10', 'fn:drop_b',
  'fn:wrap_root', 'fn:keys', 'fn:functions'];
const spaces = ['undefined', '2', '20', '0', '-1', '3.7', '"\\t"', '"--"', '"abcdefghijklmnop"', '""', 'null', 'true'];

const lines = [];
function add(v, r, sp) {
  const replacer = r === '' ? undefined : r.startsWith('fn:') ? replacers[r.slice(3)] : value(r);
  const out = JSON.stringify(value(v), replacer, value(sp));
  lines.push(`{ ${cstr(v)}, ${cstr(r)}, ${cstr(sp)}, ${cstr(out)} },`);
}
for (const v of values) for (const r of replacerSpecs) add(v, r, 'undefined');
for (const v of values.slice(8)) for (const sp of spaces) add(v, '', sp);
for (const v of values.slice(12, 14)) for (const r of replacerSpecs) add(v, r, '2');
emit('json_stringify_cases.inc', lines);

const cycles = [['{self: null}', 'self'], ['{x: {y: [1, {z: null}]}}', 'x.y.1.z'], ['[[]]', '0.0'],
  ['{n: {n: {n: {n: {n: {n: {back: null}}}}}}}', 'n.n.n.n.n.n.back'], ['{a: [[[[]]]]}', 'a.0.0.0.0'],
  ['{a: {"1": {}}}', 'a.1.b'], ['new Point({p: {q: null}})', 'p.q'], ['{a: {b: {c: null}}}', 'a.b.c']];
const cycleLines = [];
for (const [v, path] of cycles) {
  const root = value(v);
  const keys = path.split('.');
  let o = root;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys[keys.length - 1]] = root;
  let error;
  try { JSON.stringify(root); } catch (e) { error = e.name + ': ' + e.message; }
  cycleLines.push(`{ ${cstr(v)}, ${cstr(path)}, ${cstr(error)} },`);
}
emit('json_cycle_cases.inc', cycleLines);
