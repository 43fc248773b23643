// JSON.stringify with an array replacer, a function replacer, and numeric and string indentation.
const data = {
  id: 42,
  name: "pump",
  secret: "hunter2",
  readings: [1.5, 2, null, -0],
  nested: { id: 1, secret: "x", keep: true, deeper: { id: 2, name: "in" } },
  when: "2024-01-01",
};

console.log(JSON.stringify(data, ["id", "name", "nested", "deeper"]));
console.log(JSON.stringify(data, ["readings", "id"], 2));
console.log(JSON.stringify(data, (key, value) => (key === "secret" ? undefined : value)));
console.log(
  JSON.stringify(data, (key, value) => (typeof value === "number" ? value * 10 : value), "\t"),
);
console.log(JSON.stringify(data, (key, value) => (key === "" ? { wrapped: true } : value)));
console.log(JSON.stringify([1, "a", { b: 2 }], null, 4));
console.log(JSON.stringify({ a: [], b: {}, c: [[]] }, null, 2));
console.log(JSON.stringify({ a: 1, b: [2, 3] }, null, 20));
console.log(JSON.stringify({ a: 1, b: [2, 3] }, null, "-->--->--->"));
console.log(JSON.stringify({ a: 1 }, null, ""));
console.log(JSON.stringify({ a: 1 }, null, 0));
console.log(JSON.stringify({ a: 1, b: 2 }, undefined, 1));
console.log(JSON.stringify({ 1: "one", b: "bee", 2: "two" }, [2, "b"]));
console.log(JSON.stringify("text", (k, v) => v + "!"));
