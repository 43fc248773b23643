// Integer partitions: counting with memoized recursion and listing small partitions explicitly.
const memo = new Map<string, number>();
function countParts(n: number, max: number): number {
  if (n === 0) return 1;
  if (n < 0 || max === 0) return 0;
  const key = n + ":" + max;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const v = countParts(n - max, max) + countParts(n, max - 1);
  memo.set(key, v);
  return v;
}
function listParts(n: number, max = n, prefix: number[] = [], out: number[][] = []): number[][] {
  if (n === 0) {
    out.push(prefix.slice());
    return out;
  }
  for (let k = Math.min(n, max); k >= 1; k--) {
    prefix.push(k);
    listParts(n - k, k, prefix, out);
    prefix.pop();
  }
  return out;
}
console.log(Array.from({ length: 21 }, (_, n) => countParts(n, n)));
console.log("p(100) =", countParts(100, 100), "memo size:", memo.size);
const six = listParts(6);
console.log(six.length, six.map((p) => p.join("+")).join("  "));
const distinct = listParts(10).filter((p) => new Set(p).size === p.length);
const odd = listParts(10).filter((p) => p.every((x) => x % 2 === 1));
console.log("distinct parts of 10:", distinct.length, "odd parts of 10:", odd.length);
console.log(distinct.map((p) => p.join("+")));
const byLength = new Map<number, number>();
for (const p of listParts(12)) byLength.set(p.length, (byLength.get(p.length) ?? 0) + 1);
console.log(byLength);
