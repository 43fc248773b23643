// Tic-tac-toe with a full minimax search: perfect play from a few openings, node counts.
type Cell = "X" | "O" | ".";
const LINES = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

function winner(b: Cell[]): Cell {
  for (const [a, c, d] of LINES) if (b[a] !== "." && b[a] === b[c] && b[a] === b[d]) return b[a];
  return ".";
}
let nodes = 0;
function minimax(b: Cell[], player: Cell, depth: number): number {
  nodes++;
  const w = winner(b);
  if (w === "X") return 10 - depth;
  if (w === "O") return depth - 10;
  if (!b.includes(".")) return 0;
  let best = player === "X" ? -Infinity : Infinity;
  for (let i = 0; i < 9; i++) {
    if (b[i] !== ".") continue;
    b[i] = player;
    const score = minimax(b, player === "X" ? "O" : "X", depth + 1);
    b[i] = ".";
    best = player === "X" ? Math.max(best, score) : Math.min(best, score);
  }
  return best;
}
function bestMove(b: Cell[], player: Cell): number {
  let move = -1;
  let best = player === "X" ? -Infinity : Infinity;
  for (let i = 0; i < 9; i++) {
    if (b[i] !== ".") continue;
    b[i] = player;
    const s = minimax(b, player === "X" ? "O" : "X", 1);
    b[i] = ".";
    if (player === "X" ? s > best : s < best) {
      best = s;
      move = i;
    }
  }
  return move;
}
function play(opening: number[]): void {
  const b: Cell[] = Array.from({ length: 9 }, (): Cell => ".");
  let player: Cell = "X";
  const moves: number[] = [];
  for (const m of opening) {
    b[m] = player;
    moves.push(m);
    player = player === "X" ? "O" : "X";
  }
  nodes = 0;
  while (winner(b) === "." && b.includes(".")) {
    const m = bestMove(b, player);
    b[m] = player;
    moves.push(m);
    player = player === "X" ? "O" : "X";
  }
  console.log(`opening [${opening}] moves ${moves.join(",")} result ${winner(b) === "." ? "draw" : winner(b) + " wins"} nodes ${nodes}`);
  for (let r = 0; r < 3; r++) console.log("  " + b.slice(r * 3, r * 3 + 3).join(" "));
}
play([4]);
play([0, 1]);
play([0, 4, 8, 2]);
play([1, 0, 4, 3]);
