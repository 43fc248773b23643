// Every Array method on arrays of strings only (kept as string pointers), against node.

const a: string[] = ["pear", "apple", "fig", "kiwi", "date", "plum"];
console.log(a.push("lime"), a.pop(), a.shift(), a.unshift("zz", "aa"), a);
console.log(a.splice(1, 2), a, a.splice(2, 0, "x", "y"), a);
console.log(a.slice(1, -1), a.slice(-2), a.concat("m", ["n", "o"]), a.indexOf("kiwi"), a.lastIndexOf("x"));
console.log(a.includes("y"), a.includes("q"), a.join(), a.join(" / "), a.reverse(), a.at(-1), a.at(100));
console.log(a.map((s) => s.toUpperCase()), a.map((s) => s.length), a.filter((s) => s.length > 2));
console.log(a.reduce((acc, s) => acc + s, ""), a.reduceRight((acc, s) => acc + "," + s, "<"), a.reduce((x, y) => y + x));
console.log(a.some((s) => s === "x"), a.every((s) => s.length > 0), a.find((s) => s > "m"), a.findIndex((s) => s > "m"));
console.log(a.find((s) => s === "none"));
console.log(a.slice().sort(), a.slice().sort((x, y) => y.localeCompare(x)), a.slice().sort((x, y) => x.length - y.length));
const filled = a.slice();
console.log(filled.fill("-", 4), filled.fill("+", -1), filled);
let lens = 0;
a.forEach((s, i) => (lens += s.length * i));
console.log(lens, [...a], Array.from(a, (s) => s + "!"), Array.of("u", "v"), Array.isArray(a), Array.isArray("a"));
for (const s of ["one", "two"]) console.log(s, s.length);
const [p, q, ...rest] = ["p", "q", "r", "s"];
console.log(p, q, rest, rest.length, typeof rest[0]);
console.log(JSON.stringify(a), JSON.stringify(["a\"b", "\n", "é"]), JSON.parse('["x","y"]'), ["k", "l"].toString());
console.log([...a.keys()].length, [...a.entries()][1], Object.keys(["s", "t"]), Object.values(["s", "t"]), Object.entries(["s"]));
console.log(["b", "a"].flatMap((s) => [s, s + s]), [["a"], ["b", "c"]].flat(), "a,b,,c".split(","), "x".split(""));
console.log(String(["a", "b"]), `${["c", "d"]}`, ["a", "b"] + "", [["nested", "x"], "y"].join(";"));

// elements written through the index, the length and the string methods
const b: string[] = [];
for (let i = 0; i < 5; i++) b[i] = "s" + i;
b[1] = b[1] + b[2];
b[b.length] = "end";
console.log(b, b.length, b[0].length, b[1].charAt(2), b[9]);
b.length = 3;
console.log(b, b.join(""));
b.length = 5;
console.log(b, b[4], b.join("."));
let count = 0;
for (const s of b) if (s === undefined) count++;
console.log(count);
const copy = [...b];
console.log(copy, copy.indexOf(undefined as unknown as string));
const words = "the quick brown fox jumps over the lazy dog".split(" ");
words.sort();
console.log(words, words.indexOf("the"), words.lastIndexOf("the"), words.includes("cat"));
const keys = Object.keys({ z: 1, y: 2, x: 3 });
keys.push("w");
console.log(keys.sort(), keys.reverse().join(">"));
console.log(["b", "a", "c"].map((s, i, arr) => s + i + arr.length));
