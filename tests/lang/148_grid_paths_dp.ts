// Grid dynamic programming: unique paths with obstacles, min path sum, and largest square of ones.
const obstacles = [
  "....#...",
  ".#......",
  "...#..#.",
  "#.......",
  "...##...",
  "........",
];
const R = obstacles.length;
const C = obstacles[0].length;
const ways: number[][] = [];
for (let r = 0; r < R; r++) {
  ways.push([]);
  for (let c = 0; c < C; c++) {
    if (obstacles[r][c] === "#") ways[r].push(0);
    else if (r === 0 && c === 0) ways[r].push(1);
    else ways[r].push((r > 0 ? ways[r - 1][c] : 0) + (c > 0 ? ways[r][c - 1] : 0));
  }
}
print(ways.map((row) => row.map((v) => String(v).padStart(4)).join("")).join("\n"));
print("paths to corner:", ways[R - 1][C - 1]);

const cost = [[1, 3, 1, 8], [1, 5, 1, 2], [4, 2, 1, 9], [7, 1, 3, 1]];
const best = cost.map((row) => row.slice());
for (let r = 0; r < 4; r++)
  for (let c = 0; c < 4; c++) {
    if (r === 0 && c === 0) continue;
    best[r][c] += Math.min(r > 0 ? best[r - 1][c] : Infinity, c > 0 ? best[r][c - 1] : Infinity);
  }
print("min path sum:", best[3][3], best);

const bits = ["10100", "10111", "11111", "10011", "01111"];
const sq: number[][] = bits.map(() => Array.from({ length: 5 }, () => 0));
let biggest = 0;
for (let r = 0; r < 5; r++)
  for (let c = 0; c < 5; c++) {
    if (bits[r][c] === "1") {
      sq[r][c] = r && c ? 1 + Math.min(sq[r - 1][c], sq[r][c - 1], sq[r - 1][c - 1]) : 1;
      biggest = Math.max(biggest, sq[r][c]);
    }
  }
print(sq, "largest square side:", biggest);
