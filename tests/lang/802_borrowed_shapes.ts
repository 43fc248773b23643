// Borrowed locals (emit/borrow.ts) in statements of every kind a borrowed scope may hold: nested
// for...of over the same array, labelled continue and break, do...while, switch, templates of
// fields, logical assignments, reads of string arrays and stores into number and boolean arrays,
// and returns from inside nested loops (each exit releases what the scopes hold).
class Cell {
  constructor(
    public id: number,
    public label: string,
    public live: boolean,
    public weight: number,
  ) {}
}

function grid(n: number): Cell[] {
  const cells: Cell[] = [];
  for (let i = 0; i < n; i++) cells.push(new Cell(i, `c${i}`, i % 3 !== 0, (i * 7) % 5));
  return cells;
}

function crossed(cells: Cell[], names: string[], seen: boolean[], sums: number[]): string {
  let out = "";
  outer: for (const a of cells) {
    for (const b of cells) {
      if (a.id === b.id) continue outer;
      if (a.weight + b.weight > 7) break outer;
      seen[b.id] = true;
      sums[a.id] = (sums[a.id] ?? 0) + b.weight;
      out += `${a.label}${b.label}:${names[b.id % names.length]} `;
    }
  }
  return out;
}

function kinds(cells: Cell[]): string {
  let s = "";
  let i = 0;
  do {
    const c = cells[i];
    switch (c.weight) {
      case 0:
        s += "z";
        break;
      case 1:
      case 2:
        s += c.live ? "L" : "l";
        break;
      default:
        s += `${c.weight}`.length;
    }
    c.label ||= "never";
    c.weight ??= 0;
    c.weight += c.live ? 1 : -1;
    i++;
  } while (i < cells.length);
  return s;
}

function find(cells: Cell[], w: number): string {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    for (const d of cells) {
      if (c.weight + d.weight === w && c.id < d.id) return `${c.id}+${d.id}`;
    }
  }
  return "none";
}

const cells = grid(7);
const seen: boolean[] = new Array<boolean>(7).fill(false);
const sums: number[] = [];
console.log(crossed(cells, ["x", "y", "z"], seen, sums));
console.log(seen.join(","), sums.join(","));
console.log(kinds(cells), cells.map((c) => c.weight).join(""));
console.log(find(cells, 5), find(cells, 99));
