// Edit distance with operation trace, longest common subsequence, and a line diff built on LCS.
function editDistance(a: string, b: string): { dist: number; ops: string } {
  const dp: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    dp.push([]);
    for (let j = 0; j <= b.length; j++) dp[i].push(i === 0 ? j : j === 0 ? i : 0);
  }
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  let ops = "";
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && dp[i][j] === dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      ops = (a[i - 1] === b[j - 1] ? "=" : "~") + ops;
      i--;
      j--;
    } else if (i > 0 && dp[i][j] === dp[i - 1][j] + 1) {
      ops = "-" + ops;
      i--;
    } else {
      ops = "+" + ops;
      j--;
    }
  }
  return { dist: dp[a.length][b.length], ops };
}
for (const [a, b] of [["kitten", "sitting"], ["flaw", "lawn"], ["", "abc"], ["same", "same"], ["intention", "execution"]]) {
  console.log(a.padEnd(10), b.padEnd(10), editDistance(a, b));
}

function lcs<T>(a: T[], b: T[]): T[] {
  const L: number[][] = a.map(() => Array.from({ length: b.length + 1 }, () => 0));
  L.push(Array.from({ length: b.length + 1 }, () => 0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { out.push(a[i]); i++; j++; }
    else if (L[i + 1][j] >= L[i][j + 1]) i++;
    else j++;
  }
  return out;
}
console.log(lcs([..."ABCBDAB"], [..."BDCABA"]).join(""), lcs([1, 3, 4, 1, 2, 1, 3], [3, 4, 1, 2, 1, 3]));

const before = ["import x", "let a = 1", "let b = 2", "print(a)", "done"];
const after = ["let a = 1", "let c = 3", "let b = 2", "print(a + b)", "done"];
const common = lcs(before, after);
let bi = 0;
let ai = 0;
for (const line of [...common, null]) {
  while (bi < before.length && before[bi] !== line) console.log("- " + before[bi++]);
  while (ai < after.length && after[ai] !== line) console.log("+ " + after[ai++]);
  if (line !== null) { console.log("  " + line); bi++; ai++; }
}
