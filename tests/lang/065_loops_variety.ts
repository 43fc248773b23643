// do/while, for-of over strings/Map/Set, for-in over objects, and while with complex conditions.
let n = 27;
const collatz: number[] = [];
do {
  collatz.push(n);
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
} while (n !== 1);
collatz.push(1);
console.log("collatz(27) length", collatz.length, "max", Math.max(...collatz));

let once = 0;
do {
  once++;
} while (false);
console.log("do-while runs once:", once);

const word = "héllo wörld";
const vowels: string[] = [];
for (const ch of word) if ("aeiouéö".includes(ch)) vowels.push(ch);
console.log(vowels, word.length);

const scores = new Map<string, number[]>([
  ["ann", [90, 85]],
  ["ben", [70]],
  ["cat", []],
]);
for (const [name, list] of scores) {
  const avg = list.length ? list.reduce((a, b) => a + b, 0) / list.length : NaN;
  console.log(name, list.length, avg);
}
for (const key of scores.keys()) handleKey(key);
function handleKey(k: string): void {
  console.log("key:", k.toUpperCase());
}
for (const v of scores.values()) v.push(100);
console.log(scores);

const tags = new Set(["red", "green", "blue"]);
let joined = "";
for (const t of tags) joined += t[0];
console.log(joined);

const config: Record<string, number | string> = { width: 640, height: 480, title: "demo", depth: 24 };
for (const key in config) {
  const v = config[key];
  console.log(`${key} (${typeof v}) = ${v}`);
}
const arr = ["x", "y", "z"];
for (const idx in arr) console.log("index", idx, typeof idx, arr[idx]);

let a = 0;
let b = 100;
let rounds = 0;
while (a < b && rounds < 50) {
  a += 7;
  b -= 3;
  rounds++;
}
console.log({ a, b, rounds });
for (let i = 0, j = 10; i < j; i += 3, j -= 2) console.log(`i=${i} j=${j}`);
let k = 5;
while (k--) if (k === 2) continue; else console.log("k", k);
console.log("k after", k);
