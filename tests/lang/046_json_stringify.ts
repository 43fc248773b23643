// JSON.stringify on records and nested data, with and without indentation.
interface Address {
  street: string;
  city: string;
  zip?: string;
}
interface Person {
  name: string;
  age: number;
  email: string | null;
  address: Address;
  tags: string[];
  scores: number[];
  active: boolean;
}

const people: Person[] = [
  { name: "Ann Lee", age: 34, email: "ann@example.com", address: { street: "1 Main St", city: "Springfield", zip: "01101" }, tags: ["admin"], scores: [9.5, 8, 10], active: true },
  { name: 'Bo "The Hammer"', age: 27, email: null, address: { street: "22 Side Rd", city: "Shelbyville" }, tags: [], scores: [], active: false },
];

console.log(JSON.stringify(people[0]));
console.log(JSON.stringify(people[1]));
console.log(JSON.stringify(people, null, 2));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: "x" }, null, 4));
console.log(JSON.stringify({ a: 1, b: [] as number[], c: {} }, null, "--"));

const weird = {
  nan: NaN,
  inf: -Infinity,
  negZero: -0,
  big: 1e21,
  small: 1e-7,
  undef: undefined,
  nested: { deeper: { deepest: [null, undefined, true] } },
  text: "line1\nline2\t\"quoted\" back\\slash",
  unicode: "caf\u00e9 \u0001",
};
console.log(JSON.stringify(weird));
console.log(JSON.stringify([undefined, NaN, "s", 0.1 + 0.2]));
console.log(JSON.stringify("plain"), JSON.stringify(42), JSON.stringify(null), JSON.stringify(true), JSON.stringify([]), JSON.stringify({}));
console.log(JSON.stringify(undefined));

const summary = people.map(({ name, scores }) => ({
  name,
  best: scores.length ? Math.max(...scores) : null,
  avg: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
}));
console.log(JSON.stringify(summary));
const json = JSON.stringify(people);
console.log("length:", json.length, "braces:", json.split("{").length - 1);
const m = new Map<string, number>([["a", 1]]);
const s = new Set([1, 2]);
console.log(JSON.stringify({ m, s, d: [m] }));
