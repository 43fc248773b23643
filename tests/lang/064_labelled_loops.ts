// Labelled break and continue in nested loops: searching matrices, prime pairs and pattern matching.
const matrix = [
  [3, 8, 1, 9],
  [4, 7, 6, 2],
  [5, 0, 11, 12],
  [10, 13, 14, 15],
];

let found: [number, number] | null = null;
outer: for (let r = 0; r < matrix.length; r++) {
  for (let c = 0; c < matrix[r].length; c++) {
    if (matrix[r][c] === 0) {
      found = [r, c];
      break outer;
    }
  }
}
console.log("zero found at", found);

const rowsWithoutEven: number[] = [];
rows: for (let r = 0; r < matrix.length; r++) {
  for (const v of matrix[r]) {
    if (v % 2 === 0 && v > 5) continue rows;
  }
  rowsWithoutEven.push(r);
}
console.log("rows without even > 5:", rowsWithoutEven);

const twinPrimes: string[] = [];
candidates: for (let n = 3; n < 120; n += 2) {
  for (const m of [n, n + 2]) {
    for (let d = 2; d * d <= m; d++) {
      if (m % d === 0) continue candidates;
    }
  }
  twinPrimes.push(`(${n},${n + 2})`);
}
console.log(twinPrimes.join(" "));

function findSub(hay: string, needle: string): number {
  let pos = -1;
  search: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (needle[j] !== "?" && hay[i + j] !== needle[j]) continue search;
    }
    pos = i;
    break;
  }
  return pos;
}
for (const n of ["cat", "c?t", "d?g", "???", "zebra", ""]) console.log(n, findSub("the cat and dog sat", n));

let iterations = 0;
let i = 0;
loopA: while (i < 10) {
  i++;
  let j = 0;
  do {
    j++;
    iterations++;
    if (j === 3) continue loopA;
    if (i * j > 20) break loopA;
  } while (j < 5);
}
console.log("i", i, "iterations", iterations);
const triples: number[][] = [];
search3: for (let a = 1; a < 30; a++) {
  for (let b = a; b < 30; b++) {
    for (let c = b; c < 30; c++) {
      if (a * a + b * b === c * c) {
        triples.push([a, b, c]);
        if (triples.length >= 6) break search3;
        continue search3;
      }
    }
  }
}
console.log(triples);
