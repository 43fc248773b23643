// Expected results of the integer fast paths (%, shifts, bit operators and the
// Math functions with sign-of-zero cases) over values that stress them.
'use strict';
const { cnum, emit } = require('./common');
const xs = [0, -0, 1, -1, 2, -2, 3, -4, 5, 7.5, -7.5, 0.5, -0.5, 2147483647, -2147483648, 2147483648, 4294967296,
  4294967295, -4294967297, 1e21, -1e21, 2 ** 53, NaN, Infinity, -Infinity, 31, 32, 33, -31, 1e-300];
const lines = [];
for (const a of xs)
  for (const b of xs) {
    const r = [a % b, a << b, a >> b, a >>> b, a & b, a | b, a ^ b, Math.imul(a, b), Math.max(a, b), Math.min(a, b)];
    lines.push(`{ ${cnum(a)}, ${cnum(b)}, { ${r.map(cnum).join(', ')} } },`);
  }
emit('arith_cases.inc', lines);
const unary = xs.map(a => `{ ${cnum(a)}, { ${[~a, Math.round(a), Math.trunc(a), Math.sign(a), Math.floor(a), Math.ceil(a),
  Math.abs(a), Math.clz32(a), Math.fround(a), -a].map(cnum).join(', ')} } },`);
emit('arith_unary_cases.inc', unary);
