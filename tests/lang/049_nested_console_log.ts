// console.log of nested objects at increasing depth (node abbreviates past depth 2).
interface Node1 {
  name: string;
  child?: Node1;
}

function chain(depth: number): Node1 {
  let n: Node1 = { name: "leaf" };
  for (let i = depth - 1; i >= 1; i--) n = { name: "level" + i, child: n };
  return n;
}

for (let d = 1; d <= 6; d++) {
  console.log(`depth ${d}:`);
  console.log(chain(d));
}

const config = {
  server: { http: { port: 80, host: "localhost" }, tls: { enabled: false, cert: { path: "/etc/cert", keySize: 2048 } } },
  features: [{ name: "a", opts: { x: 1, y: { z: 2 } } }],
  empty: {},
  emptyArr: [],
};
console.log(config);
console.log(config.server);
console.log([[1, [2, [3, [4, [5]]]]]]);
console.log({ a: [{ b: [{ c: [{ d: 1 }] }] }] });
console.log([{}, [], [[]], [{}], { x: [] }]);
const arrOfObjs = [
  { id: 1, pos: { x: 0, y: 0 }, tags: ["a"] },
  { id: 2, pos: { x: 1, y: -1 }, tags: [] },
];
console.log(arrOfObjs);
console.log("inline", { k: { k: { k: { k: 1 } } } }, [[[["deep"]]]]);
