// A call's argument read from a variable that other code reassigns during the call (a module-level
// `let`, a variable shared with a closure) stays alive until the call is over, as in node.
let queue: string[] = ["a", "bb"];
function drain(q: string[], done: () => void): number {
  done();
  return q.length + q[0].length + q[1].length;
}
console.log(drain(queue, () => (queue = [])), queue.length);

interface P {
  x: number;
}
let list: P[] = [{ x: 1 }, { x: 2 }];
list.push({
  get x(): number {
    list = [];
    return 10;
  },
});
function total(a: P[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i].x;
  return s;
}
console.log(total(list), list.length);

function run(): string {
  let shared = { name: "first" };
  const reset = (): void => {
    shared = { name: "second" };
  };
  const show = (o: { name: string }, f: () => void): string => {
    f();
    return o.name;
  };
  return show(shared, reset) + " then " + shared.name;
}
console.log(run());

class Box {
  constructor(public items: string[]) {}
}
let items = ["x", "y"];
const b = new Box(items);
items = [];
console.log(b.items.join(","), items.length, new Box(items).items.length);
