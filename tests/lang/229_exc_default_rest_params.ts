// Throws from default parameter values, rest parameters and arguments evaluated in order.
function need(name: string): never {
  throw new Error(`parameter ${name} is required`);
}

function greet(who: string = need("who"), greeting = "hello"): string {
  return `${greeting}, ${who}`;
}

function total(label: string, ...values: number[]): string {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`${label}: ${v} is not finite`);
  return label + " " + values.reduce((a, b) => a + b, 0);
}

const order: string[] = [];
function arg(name: string, fail: boolean): string {
  order.push(name);
  if (fail) throw new Error("argument " + name + " failed");
  return name;
}
function three(a: string, b: string, c: string): string {
  return a + b + c;
}

const attempts: (() => string)[] = [
  () => greet("ann"),
  () => greet(undefined, "hi"),
  () => total("sum", 1, 2, 3),
  () => total("bad", 1, Infinity),
  () => three(arg("a", false), arg("b", true), arg("c", false)),
  () => three(arg("x", false), arg("y", false), arg("z", false)),
];
for (const a of attempts) {
  try {
    console.log(a());
  } catch (e) {
    console.log("error:", (e as Error).message);
  }
}
console.log(order.join(""));
