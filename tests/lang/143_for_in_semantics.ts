// for-in over objects, arrays, class instances and records with integer-like keys.
class Config {
  host = "localhost";
  port = 8080;
  debug = false;
  constructor(public name: string) {}
  describe(): string {
    return `${this.name}@${this.host}:${this.port}`;
  }
}
const c = new Config("svc");
const keys: string[] = [];
for (const k in c) keys.push(k);
console.log(keys, c.describe());

const rec: Record<string, number> = { zebra: 1, apple: 2, "42": 3, "7": 4, mango: 5, "-3": 6, "3.5": 7 };
for (const k in rec) console.log(`key ${JSON.stringify(k)} -> ${rec[k]}`);

const arr = [10, 20, 30];
let sum = 0;
for (const i in arr) sum += Number(i) * arr[i];
console.log("weighted:", sum);

const word = "abc";
const idx: string[] = [];
for (const i in [...word]) idx.push(i + word[Number(i)]);
console.log(idx);

const scores: { [name: string]: { math: number; art: number } } = {
  kim: { math: 90, art: 72 },
  lee: { math: 65, art: 88 },
  max: { math: 78, art: 78 },
};
for (const name in scores) {
  const s = scores[name];
  let best = "";
  let bestV = -1;
  for (const subject in s) {
    const v = subject === "math" ? s.math : s.art;
    if (v > bestV) { bestV = v; best = subject; }
  }
  console.log(name, "best at", best, bestV);
}
const copy: Record<string, number> = {};
for (const k in rec) if (rec[k] % 2 === 1) copy[k] = rec[k] * 10;
console.log(copy, Object.keys(copy).length);
