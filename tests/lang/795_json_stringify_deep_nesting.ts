// JSON.stringify of deeply nested objects and arrays: each level opens a frame while a member of the level
// above is written, so the writer's frame stack grows in the middle of a member.
interface Node {
  k: Node | number;
}

function nest(depth: number): Node {
  let n: Node = { k: 0 };
  for (let i = 1; i < depth; i++) n = { k: n };
  return n;
}

for (const depth of [7, 8, 9, 16, 17, 33, 100]) {
  const text = JSON.stringify(nest(depth));
  console.log(depth, text.length, text.slice(0, 12), text.slice(-12));
  const back = JSON.parse(text) as Node;
  console.log(JSON.stringify(back) === text);
}

// objects and arrays alternating, with indentation and a replacer
type Mixed = { list: Mixed[]; name: string } | number;
let m: Mixed = 1;
for (let i = 0; i < 20; i++) m = { list: [m, i], name: "level" + i };
const pretty = JSON.stringify(m, null, 1);
console.log(pretty.length, pretty.split("\n").length);
console.log(JSON.stringify(m, (key, value) => (key === "name" ? undefined : value)).length);
console.log(JSON.stringify(m, ["list"]).slice(0, 40));
