// break and continue through finally blocks, in for, for-of, while and labelled loops.
const out: string[] = [];
for (let i = 0; i < 6; i++) {
  try {
    if (i === 1) continue;
    if (i === 4) break;
    out.push("body" + i);
  } finally {
    out.push("fin" + i);
  }
}
console.log(out.join(" "));

let n = 0;
const seen: number[] = [];
while (true) {
  n++;
  try {
    try {
      if (n % 3 === 0) continue;
      if (n > 10) break;
      seen.push(n);
    } finally {
      seen.push(-n);
    }
  } catch (e) {
    seen.push(0);
  }
}
console.log(seen.join(","));

const grid = [
  ["a", "b", "c"],
  ["d", "STOP", "f"],
  ["g", "h", "i"],
];
const visited: string[] = [];
rows: for (const row of grid) {
  for (const cell of row) {
    try {
      if (cell === "b") continue rows;
      if (cell === "STOP") break rows;
      visited.push(cell);
    } finally {
      visited.push("/" + cell);
    }
  }
}
console.log(visited.join(""));

// break out of a switch inside a try, and out of a loop from a catch
const kinds: string[] = [];
for (const v of [1, 2, 3, 4]) {
  try {
    switch (v) {
      case 1:
        kinds.push("one");
        break;
      case 2:
        throw new Error("two");
      default:
        kinds.push("many");
    }
    kinds.push("after switch " + v);
  } catch (e) {
    kinds.push("caught " + (e as Error).message);
    if (v === 2) continue;
  } finally {
    kinds.push("fin " + v);
  }
}
console.log(kinds.join("; "));

let attempts = 0;
do {
  attempts++;
  try {
    if (attempts < 3) throw new Error("retry");
    break;
  } catch (e) {
    console.log("attempt", attempts, (e as Error).message);
  } finally {
    console.log("finally after attempt", attempts);
  }
} while (attempts < 10);
console.log("attempts", attempts);
