// Array and object destructuring with defaults, nesting, rest elements and swaps.
const [a, b = 10, ...rest] = [1, undefined, 3, 4, 5];
console.log(a, b, rest);
const [, second, , fourth = "d"] = ["A", "B", "C"];
console.log(second, fourth);

let x = 1;
let y = 2;
[x, y] = [y, x];
console.log(x, y);

interface Options {
  host?: string;
  port?: number;
  tls?: { enabled: boolean; ca?: string };
  tags?: string[];
}
function connect({ host = "localhost", port = 80, tls: { enabled = false, ca = "none" } = { enabled: false }, tags: [firstTag = "untagged"] = [] }: Options): string {
  return `${enabled ? "https" : "http"}://${host}:${port} ca=${ca} tag=${firstTag}`;
}
console.log(connect({}));
console.log(connect({ host: "example.com", tls: { enabled: true } }));
console.log(connect({ port: 8443, tls: { enabled: true, ca: "root" }, tags: ["prod", "eu"] }));

const user = { id: 7, name: { first: "Grace", last: "Hopper" }, roles: ["admin", "dev"], meta: { created: 1906, extra: undefined as number | undefined } };
const {
  id,
  name: { first, last: surname },
  roles: [primaryRole, ...otherRoles],
  meta: { extra = -1, ...metaRest },
  ...others
} = user;
console.log(id, first, surname, primaryRole, otherRoles, extra, metaRest, others);

const points: [number, number][] = [[1, 2], [3, 4], [5, 6]];
for (const [px, py] of points) console.log(`(${px}, ${py}) -> ${px * py}`);
const total = points.reduce((acc, [px, py]) => acc + px + py, 0);
console.log(total);

const entries = Object.entries({ apple: 3, kiwi: 0, fig: 12 });
for (const [fruit, count] of entries) console.log(fruit.padEnd(6), count);
const m = new Map([["k1", { v: 1 }], ["k2", { v: 2 }]]);
for (const [key, { v }] of m) console.log(key, v);

function minMax(xs: number[]): { min: number; max: number } {
  return { min: Math.min(...xs), max: Math.max(...xs) };
}
const { min, max: biggest } = minMax([4, -2, 9, 0]);
console.log(min, biggest);
const [[n11, n12], [n21]] = [[1, 2], [3, 4]];
console.log(n11 + n12 + n21);
const { length } = "destructure";
console.log(length);
const swapArr = [1, 2, 3, 4];
[swapArr[0], swapArr[3]] = [swapArr[3], swapArr[0]];
console.log(swapArr);
