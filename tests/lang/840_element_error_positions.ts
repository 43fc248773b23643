// An element read or write on a value that is not an array (an element past the end, typed as an
// array) throws node's TypeError, which the app catches; the error's position is checked natively
// in the CLI's tests.
const grid: number[][] = [[1, 2]];
const words: string[][] = [];
const flags: boolean[][] = [];
const boxes: { v: number }[][] = [];
const texts: string[] = [];
function attempt(f: () => unknown): void {
  try {
    console.log("value", f());
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
attempt(() => grid[3][0]);
attempt(() => words[1][0].length);
attempt(() => (flags[2][0] ? "yes" : "no"));
attempt(() => boxes[0][0].v);
attempt(() => texts[4][1]);
for (let i = 0; i < 2; i++) attempt(() => grid[i + 1][i]);
attempt(() => {
  grid[7][0] = 1;
});
attempt(() => {
  words[2][0] = "w";
});
attempt(() => {
  flags[3][1] = true;
});
attempt(() => {
  boxes[1][0] = { v: 1 };
});
attempt(() => grid[0][1]);
