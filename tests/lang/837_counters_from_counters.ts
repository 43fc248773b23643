// Loop counters that start at another counter (`let j = i + 1`) count as integers too, and give the
// same numbers as node where they stop being integers or their start does.
let pairs = 0;
let weighted = 0;
for (let i = 0; i < 40; i++) {
  for (let j = i + 1; j < 40; j++) {
    pairs++;
    weighted += (j - i) * (j % 3);
  }
  for (let k = i - 3; k < i; k++) weighted += k;
}
console.log(pairs, weighted);

// the start is spoiled (halved): the counter starting at it is not an integer
let a = 7;
a = a / 2;
let b = a + 1;
b++;
console.log(a, b, b % 2);

// the counter itself is spoiled later
let c = 0;
for (let i = 0; i < 3; i++) c++;
let d = c - 1;
d += 0.25;
console.log(c, d);

// a start captured by a closure (kept in a box), and a counter from a parameter
let e = 10;
const bump = (): number => ++e;
bump();
let f = e + 2;
f--;
function from(p: number): number {
  let q = p;
  q++;
  return q;
}
console.log(e, f, from(2.5), from(-1), from(2 ** 53));

// large values: a counter from a start near 2^31
let big = 2147483647;
let past = big + 1;
past++;
console.log(big, past, past * 2);
