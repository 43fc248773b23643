// Counting sort and LSD radix sort (base 16 using bit operations).
function countingSort(a: number[], max: number): number[] {
  const counts: number[] = [];
  for (let i = 0; i <= max; i++) counts.push(0);
  for (const v of a) counts[v]++;
  console.log("counts:", counts);
  const out: number[] = [];
  counts.forEach((c, v) => {
    for (let k = 0; k < c; k++) out.push(v);
  });
  return out;
}

function radixSort(a: number[]): number[] {
  let cur = a.slice();
  for (let shift = 0; shift < 32; shift += 4) {
    const buckets: number[][] = [];
    for (let b = 0; b < 16; b++) buckets.push([]);
    let any1 = false;
    for (const v of cur) {
      const digit = (v >>> shift) & 0xf;
      if (digit !== 0) any1 = true;
      buckets[digit].push(v);
    }
    cur = buckets.flat();
    if (!any1) break;
    console.log(`after shift ${shift}:`, cur.map((v) => v.toString(16)).join(" "));
  }
  return cur;
}

const small = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
console.log(countingSort(small, 9));

const vals = [0x1a2b, 0xff, 0x10, 0x3c4d5e, 7, 0x1a2a, 255, 4096, 0];
const r = radixSort(vals);
console.log(r);
console.log(r.map((v) => "0x" + v.toString(16).toUpperCase().padStart(6, "0")));

const hist = new Map<number, number>();
for (const v of small) hist.set(v, (hist.get(v) ?? 0) + 1);
const keys = [...hist.keys()].sort((a, b) => a - b);
for (const k of keys) console.log(`${k}: ${"#".repeat(hist.get(k) ?? 0)}`);
