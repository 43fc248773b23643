// Dynamic programming: 0/1 knapsack with item reconstruction, coin change, and rod cutting.
interface Item {
  name: string;
  weight: number;
  value: number;
}
const items: Item[] = [
  { name: "tent", weight: 5, value: 60 },
  { name: "stove", weight: 3, value: 50 },
  { name: "food", weight: 4, value: 70 },
  { name: "camera", weight: 2, value: 30 },
  { name: "book", weight: 1, value: 10 },
  { name: "rope", weight: 2, value: 25 },
];

function knapsack(items: Item[], cap: number): { best: number; chosen: string[] } {
  const dp: number[][] = [];
  for (let i = 0; i <= items.length; i++) dp.push(Array.from({ length: cap + 1 }, () => 0));
  for (let i = 1; i <= items.length; i++) {
    const { weight, value } = items[i - 1];
    for (let w = 0; w <= cap; w++) {
      dp[i][w] = dp[i - 1][w];
      if (weight <= w && dp[i - 1][w - weight] + value > dp[i][w]) dp[i][w] = dp[i - 1][w - weight] + value;
    }
  }
  const chosen: string[] = [];
  let w = cap;
  for (let i = items.length; i > 0; i--) {
    if (dp[i][w] !== dp[i - 1][w]) {
      chosen.unshift(items[i - 1].name);
      w -= items[i - 1].weight;
    }
  }
  return { best: dp[items.length][cap], chosen };
}
for (const cap of [0, 3, 7, 10, 17]) console.log(`cap ${cap}:`, knapsack(items, cap));

function minCoins(coins: number[], amount: number): number[] | null {
  const best: (number[] | null)[] = [[]];
  for (let a = 1; a <= amount; a++) {
    let cur: number[] | null = null;
    for (const c of coins) {
      const prev = a - c >= 0 ? best[a - c] : null;
      if (prev && (cur === null || prev.length + 1 < cur.length)) cur = [...prev, c];
    }
    best.push(cur);
  }
  return best[amount];
}
console.log(minCoins([1, 5, 10, 25], 63), minCoins([4, 7], 5), minCoins([3, 7, 11], 25));

const prices = [0, 1, 5, 8, 9, 10, 17, 17, 20];
const rod: number[] = [0];
const cut: number[] = [0];
for (let n = 1; n < prices.length; n++) {
  let best = -Infinity;
  for (let k = 1; k <= n; k++) {
    if (prices[k] + rod[n - k] > best) {
      best = prices[k] + rod[n - k];
      cut[n] = k;
    }
  }
  rod.push(best);
}
console.log("rod values:", rod, "first cuts:", cut);
