// Word ladder: BFS over a small dictionary where neighbours differ by one letter.
const dict = ["cold", "cord", "card", "ward", "warm", "word", "worm", "wore", "core", "care", "dare", "date", "gate", "cote", "cold", "bold", "bolt", "boat", "coat", "cost", "most", "mist", "mint", "mind", "wind"];
const words = [...new Set(dict)];
console.log("dictionary size:", words.length);

function neighbours(w: string): string[] {
  return words.filter((x) => {
    if (x.length !== w.length || x === w) return false;
    let diff = 0;
    for (let i = 0; i < x.length; i++) if (x[i] !== w[i]) diff++;
    return diff === 1;
  });
}
function ladder(from: string, to: string): string[] | null {
  const prev = new Map<string, string>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const w of frontier) {
      for (const n of neighbours(w)) {
        if (seen.has(n)) continue;
        seen.add(n);
        prev.set(n, w);
        if (n === to) {
          const path = [to];
          while (path[0] !== from) path.unshift(prev.get(path[0])!);
          return path;
        }
        next.push(n);
      }
    }
    frontier = next;
  }
  return null;
}
for (const [a, b] of [["cold", "warm"], ["cold", "wind"], ["card", "gate"], ["boat", "most"], ["cold", "cold"], ["warm", "bolt"]]) {
  const p = ladder(a, b);
  console.log(`${a} -> ${b}:`, p ? `${p.length - 1} steps: ${p.join(" > ")}` : "no ladder");
}
const degree = words.map((w) => [w, neighbours(w).length] as [string, number]).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
console.log(degree.slice(0, 5));
console.log(neighbours("cord"));
