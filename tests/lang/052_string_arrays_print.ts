// console.log of arrays of strings, strings with quotes, and objects exceeding 80 columns.
const fruits = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine"];
console.log(fruits);
console.log(fruits.slice(0, 3));
console.log(["it's", 'say "hi"', `both ' and "`, "back`tick", "new\nline", "tab\there", "back\\slash"]);
console.log({ quote: "it's", dq: 'a "b" c', both: `'"`, empty: "" });
console.log("top-level strings are not quoted:", "it's", 'a "b"');

const words: string[] = [];
for (let i = 0; i < 30; i++) words.push("w" + i.toString(36).repeat((i % 4) + 1));
console.log(words);

const longObj = {
  firstName: "Alexandria",
  lastName: "Montgomery-Smythe",
  occupation: "software engineer",
  city: "San Francisco",
};
console.log(longObj);
const shortObj = { a: 1, b: "two", c: [3] };
console.log(shortObj);
const borderline = { key1: "value-one", key2: "value-two", key3: "value-three", k4: 12345 };
console.log(borderline);
const slightlyLonger = { key1: "value-one", key2: "value-two", key3: "value-three", k4: 1234567 };
console.log(slightlyLonger);
console.log([longObj, shortObj]);
console.log(["a very long string element number one", "a very long string element number two", "three"]);
console.log({ list: fruits.slice(0, 8), count: 8 });
console.log([["x", "y"], ["z"]], [[]], [""], ["", ""]);
const keysNeedingQuotes: Record<string, number> = { "has space": 1, "dash-key": 2, valid_id: 3, "123": 4, $dollar: 5, "": 6, "ünï": 7 };
console.log(keysNeedingQuotes);
