// Generating permutations and combinations recursively; next-permutation in lexicographic order.
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((x, i) => {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) out.push([x, ...p]);
  });
  return out;
}

function combinations(n: number, k: number, start = 1, acc: number[] = [], out: number[][] = []): number[][] {
  if (acc.length === k) {
    out.push(acc.slice());
    return out;
  }
  for (let i = start; i <= n; i++) {
    acc.push(i);
    combinations(n, k, i + 1, acc, out);
    acc.pop();
  }
  return out;
}

function nextPermutation(a: number[]): boolean {
  let i = a.length - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i--;
  if (i < 0) return false;
  let j = a.length - 1;
  while (a[j] <= a[i]) j--;
  [a[i], a[j]] = [a[j], a[i]];
  let l = i + 1;
  let r = a.length - 1;
  while (l < r) {
    [a[l], a[r]] = [a[r], a[l]];
    l++;
    r--;
  }
  return true;
}

const perms = permutations(["a", "b", "c"]);
console.log(perms.length, perms.map((p) => p.join("")).join(" "));
console.log(permutations([1, 2, 3, 4]).length, permutations<number>([]).length);
console.log(combinations(5, 3));
console.log("C(10,4) =", combinations(10, 4).length);

const arr = [1, 2, 2, 3];
const seen: string[] = [arr.join("")];
while (nextPermutation(arr)) seen.push(arr.join(""));
console.log(seen.length, seen.join(","));

const word = "stop";
const anagrams = new Set(permutations(word.split("")).map((p) => p.join("")));
const dictionary = ["stop", "pots", "tops", "spot", "opts", "post", "stpo", "soap"];
console.log([...anagrams].filter((w) => dictionary.includes(w)).sort());
console.log(anagrams.size);

function powerSet<T>(xs: T[]): T[][] {
  return xs.reduce<T[][]>((sets, x) => sets.concat(sets.map((s) => [...s, x])), [[]]);
}
console.log(powerSet(["x", "y", "z"]));
