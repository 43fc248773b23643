// Every Array method on arrays of booleans only (kept as bytes), against node.

const a: boolean[] = [true, false, false, true, true];
console.log(a.push(false), a.pop(), a.shift(), a.unshift(true, true), a);
console.log(a.splice(1, 2), a, a.splice(2, 0, false, true), a);
console.log(a.slice(1, -1), a.slice(-2), a.concat(true, [false]), a.indexOf(false), a.lastIndexOf(true));
console.log(a.includes(false), a.join(), a.join(" "), a.reverse(), a.at(-1), a.at(100));
console.log(a.map((b) => !b), a.map((b) => (b ? 1 : 0)), a.filter((b) => b), a.reduce((n, b) => n + (b ? 1 : 0), 0));
console.log(a.reduceRight((acc, b) => acc + (b ? "T" : "F"), ""), a.some((b) => b), a.every((b) => b));
console.log(a.find((b) => !b), a.findIndex((b) => !b));
console.log(a.slice().sort(), a.slice().sort((x, y) => Number(x) - Number(y)), a.slice().fill(true, 2), a);
let ones = 0;
a.forEach((b, i) => (ones += b ? i : 0));
console.log(ones, [...a], Array.from(a, (b) => String(b)), Array.of(true, false), Array.isArray(a));
for (const b of [true, false]) console.log(b, !b);
const [p, q, ...rest] = [true, false, true, true];
console.log(p, q, rest, rest.length, typeof rest[0]);
console.log(JSON.stringify(a), JSON.parse("[true,false]"), [true, false].toString(), String([false]));
console.log([...a.keys()].length, [...a.entries()][1], Object.values([true, false]), [[true], [false]].flat());

// a sieve and flags toggled through the index
const n = 100;
const composite: boolean[] = new Array(n + 1).fill(false);
for (let i = 2; i * i <= n; i++) if (!composite[i]) for (let j = i * i; j <= n; j += i) composite[j] = true;
const primes: number[] = [];
for (let i = 2; i <= n; i++) if (!composite[i]) primes.push(i);
console.log(primes, composite.filter((c) => c).length);
const flags: boolean[] = [];
for (let i = 0; i < 10; i++) flags.push(i % 3 === 0);
for (let i = 0; i < flags.length; i += 2) flags[i] = !flags[i];
flags[flags.length] = true;
console.log(flags, flags.length, flags[3] && flags[0], flags[20], flags.indexOf(true, 2));
flags.length = 4;
console.log(flags, flags.splice(1, 1), flags, flags.splice(1, 0, true, true), flags);
flags.length = 6;
console.log(flags, flags[5], flags.join("/"));
let t = 0;
for (let i = 0; i < flags.length; i++) if (flags[i]) t++;
console.log(t, flags.map((f) => String(f)), Object.keys(flags));
