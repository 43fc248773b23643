// Numeric and string enums: reverse mapping, iteration, bit-flag enums, and switch dispatch.
enum Direction {
  Up,
  Down,
  Left = 10,
  Right,
}

enum Level {
  Debug = "DEBUG",
  Info = "INFO",
  Warn = "WARN",
  Error = "ERROR",
}

enum Perm {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
  All = Read | Write | Exec,
}

console.log(Direction.Up, Direction.Down, Direction.Left, Direction.Right);
console.log(Direction[0], Direction[11], Direction[Direction.Left], Direction[5]);
console.log(Direction);
console.log(Level);
console.log(Object.keys(Direction), Object.values(Level));

function move(pos: [number, number], d: Direction): [number, number] {
  switch (d) {
    case Direction.Up: return [pos[0], pos[1] - 1];
    case Direction.Down: return [pos[0], pos[1] + 1];
    case Direction.Left: return [pos[0] - 1, pos[1]];
    case Direction.Right: return [pos[0] + 1, pos[1]];
  }
}
let pos: [number, number] = [0, 0];
const path = [Direction.Up, Direction.Up, Direction.Right, Direction.Down, Direction.Left, Direction.Left];
for (const d of path) {
  pos = move(pos, d);
  console.log(Direction[d].padEnd(6), pos);
}

const order = [Level.Debug, Level.Info, Level.Warn, Level.Error];
function log(threshold: Level, lvl: Level, msg: string): void {
  if (order.indexOf(lvl) >= order.indexOf(threshold)) console.log(`[${lvl}] ${msg}`);
}
log(Level.Warn, Level.Info, "hidden");
log(Level.Warn, Level.Error, "disk full");
log(Level.Debug, Level.Debug, "verbose " + Level.Debug.toLowerCase());

function permString(p: Perm): string {
  return (p & Perm.Read ? "r" : "-") + (p & Perm.Write ? "w" : "-") + (p & Perm.Exec ? "x" : "-");
}
for (const p of [Perm.None, Perm.Read, Perm.Read | Perm.Write, Perm.All, Perm.All & ~Perm.Write]) console.log(p, permString(p));
console.log(Perm.All, Perm[7], Perm[3]);
const counts: Record<string, number> = {};
for (const l of [Level.Info, Level.Warn, Level.Info, Level.Error]) counts[l] = (counts[l] ?? 0) + 1;
console.log(counts);
