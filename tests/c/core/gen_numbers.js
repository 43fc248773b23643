// Regenerates number_cases.inc and parse_cases.inc with node:
//   node tests/c/core/gen_numbers.js
const fs = require('fs');
const path = require('path');
const out = [];
const nums = [0, -0, 1, -1, 0.1+0.2, 0.1, 1/3, 2/3, 1e21, 1e20, 123456789012345680000, 5e-7, 1.5e-7, 0.000001, 1e-6, 1e-7, 2**53, 2**53+2, -(2**31), 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e100, 123.456, -123.456e-10, 4.35, 0.5, 100, 1e15, 1e16, 1e17, 9007199254740993, 0.000123, 1.0000000000000002, 25.5, 1234.5678, NaN, Infinity, -Infinity, 9.95, 1.005, 2.5, 1.45, -1.5, 0.045, 8.345, 2**-44, 2**100, 2**-1022, 2**1023, 7.167183174968974e+103, 6.290184345309701e-235];
const fmt = x => Object.is(x,-0) ? '-0.0' : Number.isNaN(x) ? 'NAN' : x === Infinity ? 'INFINITY' : x === -Infinity ? '-INFINITY' : x.toPrecision(17);
function c(s){ return JSON.stringify(s); }
for (const x of nums) {
  const fixed = [0, 2, 5, 20].map(d => c(x.toFixed(d)));
  const prec = [1, 3, 7, 21].map(d => c(x.toPrecision(d)));
  const radix = [2, 16, 36, 7].map(r => c(x.toString(r)));
  out.push(`{ ${fmt(x)}, ${c(String(x))}, {${fixed}}, {${prec}}, {${radix}} },`);
}
fs.writeFileSync(path.join(__dirname, 'number_cases.inc'), out.join('\n') + '\n');

const strs = ['', ' ', '42', '  42  ', '-42', '+42', '4.5e3', '.5', '5.', '.', 'e5', '1e', '1e+', '0x1F', '0X1f', '-0x1F',
  '0o17', '0b101', '0b102', '0x', 'Infinity', '-Infinity', '+Infinity', 'infinity', 'inf', 'NaN', '12abc', 'abc',
  '\t\n 7 \u00a0', '1_000', '00012', '-0', '1e400', '1e-400', '0.1', '123456789012345678901234567890', '  -3.7e-2xyz',
  '\u3000 99', '0x7fffffffffffffff', 'ff', '-ff', 'z', '9.99e-7', '0.0000001', '.e1', '-.5', '+.5e1', '08', '1.2.3'];
const pout = [];
const num = x => Object.is(x, -0) ? '-0.0' : Number.isNaN(x) ? 'NAN' : x === Infinity ? 'INFINITY' : x === -Infinity ? '-INFINITY' : x.toPrecision(17);
for (const s of strs) {
  pout.push(`{ ${JSON.stringify(s)}, ${num(Number(s))}, ${num(parseFloat(s))}, ${num(parseInt(s))}, ${num(parseInt(s, 16))}, ${num(parseInt(s, 2))}, ${num(parseInt(s, 36))} },`);
}
fs.writeFileSync(path.join(__dirname, 'parse_cases.inc'), pout.join('\n') + '\n');
