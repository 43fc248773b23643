// Labelled blocks and statements: `break label` leaves them; an unlabelled break inside still leaves
// the nearest loop or switch; locals, finally blocks and loops inside are unwound on the way out.
function classify(n: number): string {
  let kind = "other";
  check: {
    if (n < 0) {
      kind = "negative";
      break check;
    }
    if (n === 0) {
      kind = "zero";
      break check;
    }
    kind = n % 2 === 0 ? "even" : "odd";
  }
  return kind;
}
print([-3, 0, 4, 7].map(classify));

// an unlabelled break inside a labelled block leaves the loop, not the block
const seen: number[] = [];
scan: {
  for (const x of [1, 2, 3, 4]) {
    if (x === 3) break;
    seen.push(x);
  }
  seen.push(99);
  if (seen.length > 2) break scan;
  seen.push(100);
}
print(seen);

// out of nested loops and a switch, with strings, arrays and closures held in locals
function find(grid: string[][], word: string): string {
  let where = "absent";
  search: {
    const names = grid.map((row) => row.join(""));
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let c = 0; c < row.length; c++) {
        const label = `${row[c]}@${r},${c}`;
        const hit = () => label.startsWith(word);
        switch (row[c]) {
          case "#":
            break;
          default:
            if (hit()) {
              where = label + " of " + names.length;
              break search;
            }
        }
      }
    }
  }
  return where;
}
const grid = [
  ["a", "#", "b"],
  ["c", "d", "#"],
];
print(find(grid, "d"), find(grid, "z"));

// a finally inside runs on the way out, and a labelled if
const log: string[] = [];
outer: {
  try {
    log.push("try");
    break outer;
  } finally {
    log.push("finally");
  }
}
maybe: if (log.length === 2) {
  log.push("if");
  break maybe;
}
print(log);

// a labelled switch
function weekday(d: number): string {
  let s = "";
  days: switch (d) {
    case 0:
    case 6:
      s = "weekend";
      break days;
    default:
      for (let i = 0; i < 3; i++) if (i === d) break days;
      s = "late week";
  }
  return s || "early week";
}
print([0, 1, 5, 6].map(weekday));
