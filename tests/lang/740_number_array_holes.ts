// Arrays of numbers and their holes, lengths and odd indices, against node.

const a: number[] = [];
a[10] = 1;
console.log(a, a.length);
console.log(a[3], a[10], a[11], 3 in a, 10 in a);
a[3] = 2.5;
console.log(a);
const b = new Array<number>(5);
console.log(b, b[0] === undefined);
b.fill(7, 1, 3);
console.log(b);
const z = new Array<number>(4).fill(0);
z[1] = -0;
z[2] = NaN;
z[3] = Infinity;
console.log(z, 1 / z[1]);

// length assignment shrinks and grows with holes
const c = [1, 2, 3, 4, 5];
c.length = 2;
console.log(c);
c.length = 4;
console.log(c, c[3]);
c.length = 0;
console.log(c, c.length);
c.push(9);
console.log(c);

// indices that are not array indices
const d = [10, 20, 30];
console.log(d[-1], d[1.5], d[NaN], d[4294967295], d[1e21]);
console.log(d[-1] + 1, d[1.5] * 2, d[2] + d[1.0]);
d[Number("2")] = 33;
console.log(d);

// a large index writes one element and holes up to it
const e: number[] = [1];
e[150] = 2;
console.log(e.length, e[150], e[149]);
console.log(e);

// printing: more than 100 elements
const f: number[] = [];
for (let i = 0; i < 130; i++) f.push(i * 1.5);
console.log(f);
const g: number[] = [];
for (let i = 0; i < 7; i++) g.push(i % 2 ? i : -i);
console.log(g);

// undefined stored in a number[] through an unsound read stays undefined
const h: number[] = [1, 2];
const [, , missing] = h;
h[2] = missing;
console.log(h, h.length, h[2] === undefined);

// pop and shift on holes give undefined
const p = new Array<number>(2);
console.log(p.pop(), p.shift(), p);
const q: number[] = [1, 2, 3];
q[5] = 6;
console.log(q.indexOf(6), q.includes(NaN), [NaN].includes(NaN), [NaN].indexOf(NaN), q.lastIndexOf(1));
console.log(q.join("-"), String(q), JSON.stringify(q));
