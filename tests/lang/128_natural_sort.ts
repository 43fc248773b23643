// Custom comparators: case-insensitive sort, natural (numeric-aware) sort, and multi-key stable sorts.
function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a[i];
    const cb = b[j];
    const da = ca >= "0" && ca <= "9";
    const db = cb >= "0" && cb <= "9";
    if (da && db) {
      let si = i;
      let sj = j;
      while (i < a.length && a[i] >= "0" && a[i] <= "9") i++;
      while (j < b.length && b[j] >= "0" && b[j] <= "9") j++;
      const na = Number(a.slice(si, i));
      const nb = Number(b.slice(sj, j));
      if (na !== nb) return na - nb;
    } else {
      const la = ca.toLowerCase();
      const lb = cb.toLowerCase();
      if (la !== lb) return la < lb ? -1 : 1;
      i++;
      j++;
    }
  }
  return a.length - i - (b.length - j);
}
const files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20.txt", "img12.png", "img2.png", "IMG100.png", "a", "file02.txt"];
console.log("plain:  ", files.slice().sort());
console.log("natural:", files.slice().sort(naturalCompare));
const ci = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
console.log("case-insensitive:", ["banana", "Apple", "cherry", "apple", "Banana"].sort(ci));
const versions = ["1.10.0", "1.2.0", "1.2.10", "1.2.9", "0.9.99", "10.0.0"];
console.log(versions.slice().sort(naturalCompare));
const people = [
  { name: "ann", dept: "b", age: 30 }, { name: "bob", dept: "a", age: 30 }, { name: "cy", dept: "b", age: 25 },
  { name: "di", dept: "a", age: 41 }, { name: "ed", dept: "b", age: 30 }, { name: "flo", dept: "a", age: 25 },
];
const byAge = people.slice().sort((a, b) => a.age - b.age);
console.log(byAge.map((p) => `${p.age}:${p.name}`).join(" "));
const byDeptThenAge = byAge.slice().sort((a, b) => (a.dept < b.dept ? -1 : a.dept > b.dept ? 1 : 0));
console.log(byDeptThenAge.map((p) => `${p.dept}/${p.age}/${p.name}`).join(" "));
console.log([3, 1, 2].sort((a, b) => b - a), [true, false, true].sort(), ["b", undefined, "a"].sort());
