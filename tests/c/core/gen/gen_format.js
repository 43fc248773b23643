// console.log's formatting (util.format) as node does it: format specifiers
// in a leading string, extra arguments appended, and non-string first
// arguments. Arguments use the lit() syntax of tests/c/core/helpers.h.
'use strict';
const util = require('util');
const { cstr, emit } = require('./common');

function range(n) { return Array.from({ length: n }, (_, i) => i); }
const classes = {};
function value(text) {
  for (const m of text.matchAll(/new (\w+)\(/g))
    if (!classes[m[1]] && m[1] !== 'Map' && m[1] !== 'Set')
      classes[m[1]] = eval(`(class ${m[1]} { constructor(o) { Object.assign(this, o); } })`);
  const src = text.replace(/new (\w+)\(/g, (all, n) => (n === 'Map' || n === 'Set' ? all : `new classes.${n}(`));
  return eval('(' + src + ')');
}
const cases = [
  ['"%s"', '"a"'], ['"%s"', '1'], ['"%s"', '-0'], ['"%s"', 'NaN'], ['"%s"', 'null'], ['"%s"', 'undefined'], ['"%s"', 'true'],
  ['"%s"', '{a: 1}'], ['"%s"', '{a: {b: {c: 1}}}'], ['"%s"', '[1, [2, [3]]]'], ['"%s"', 'new Point({x: 1})'],
  ['"%s"', 'new Map([[1, 2]])'], ['"%s"', 'new Set([1])'], ['"%s"', '[]'], ['"%s"', '"it\'s"'],
  ['"%d"', '42'], ['"%d"', '"42"'], ['"%d"', '"4.5x"'], ['"%d"', '-0'], ['"%d"', '{}'], ['"%d"', '[]'], ['"%d"', '[7]'],
  ['"%d"', 'null'], ['"%d"', 'undefined'], ['"%d"', 'true'], ['"%d"', '"0x10"'], ['"%d"', '1e21'],
  ['"%i"', '42.9'], ['"%i"', '"42.9px"'], ['"%i"', '-0.5'], ['"%i"', '"abc"'], ['"%i"', '1e21'], ['"%i"', '{}'], ['"%i"', 'true'],
  ['"%f"', '"4.5e1x"'], ['"%f"', '42'], ['"%f"', '"abc"'], ['"%f"', '-0'], ['"%f"', '[1.5]'], ['"%f"', 'null'],
  ['"%j"', '{a: [1, "x"]}'], ['"%j"', '"s"'], ['"%j"', 'undefined'], ['"%j"', 'NaN'], ['"%j"', 'new Map([[1, 2]])'],
  ['"%o"', '{a: [1, 2]}'], ['"%o"', '[1, 2, 3]'], ['"%o"', '{a: {b: {c: {d: {e: {f: 1}}}}}}'], ['"%o"', '"str"'], ['"%o"', '5'],
  ['"%O"', '{a: {b: {c: {d: 1}}}}'], ['"%O"', '[1, 2, 3]'], ['"%O"', '"str"'],
  ['"%c"', '"color: red"'], ['"a%cb"', '"x"'], ['"%%"'], ['"%%"', '1'], ['"%% %s"', '1'], ['"%s %%"', '1'],
  ['"%x %s"', '1'], ['"%"', '1'], ['"a%"'], ['"%s"'], ['"%s %s"', '1'], ['"%s"', '1', '2'], ['"%s:%d"', '"a"', '2', '{b: 3}'],
  ['"no specifiers"', '1', '"two"', '{c: 3}'], ['"%s%s"', '"a"', '"b"'], ['"%5d"', '1'], ['"%-s"', '1'], ['"%%s"', '1'],
  ['"%s"', '"%d"', '1'], ['"%j %j"', '1'], ['"%d%%"', '50'], ['""', '1'], ['"%i %f %d"', '"1.5"', '"2.5"', '"3.5"'],
  ['1', '2', '"three"'], ['{a: 1}', '"%s"', '2'], ['null', '"x"'], ['undefined'], ['[1, "%s"]', '"x"'], ['-0', '"%d"'],
  ['true', 'false'], ['new Point({x: 1})', 'new Point({y: 2})'], ['"%s"', 'range(3)'], ['"%o"', 'range(8)'],
  ['"%o"', '[[1, 2], [3]]'], ['"%o"', '{a: [1]}'], ['"%o"', '[]'], ['"%o"', '{}'], ['"%O"', '[[1, 2], [3]]'],
  ['"%s"', '{toString: 1}'], ['"%s"', '[null, undefined]'], ['"%s"', '"\\u00e9%"'], ['"\\u00e9 %s \\u00e9"', '"\\u4e2d"'],
];
const lines = cases.map((args) => {
  const out = util.format(...args.map(value));
  return `{ ${args.length}, { ${args.map(cstr).join(', ')} }, ${cstr(out)} },`;
});
emit('format_cases.inc', lines);
