// Locals bound to array elements that must keep their reference (emit/borrow.ts): in each scope
// something can make the array let go of the element while the local is still used, or the local
// escapes. Each would read freed memory (the test runs under AddressSanitizer) if it were borrowed.
class V {
  next: V | null = null;
  constructor(
    public x: number,
    public tag: string,
  ) {}
  twice(): number {
    return this.x * 2;
  }
}

let vs: V[] = [];
function reset(): void {
  vs = [new V(1, "a"), new V(2, "b"), new V(3, "c")];
}
function shrink(a: V[]): number {
  a.length = 0;
  return 0;
}

// a call that empties the array
function afterCall(a: V[]): number {
  const v = a[0];
  const before = v.x;
  shrink(a);
  return before + v.x;
}

// a call through an array element of numbers is no call: but this one stores an object
function replaced(a: V[]): string {
  const v = a[1];
  a[1] = new V(20, "new");
  return v.tag + a[1].tag;
}

// the local escapes: stored in another array, in a variable, in a field
const kept: V[] = [];
let last: V | null = null;
function escapes(a: V[]): number {
  for (const v of a) {
    kept.push(v);
    last = v;
  }
  const w = a[0];
  w.next = a[2];
  a.length = 0;
  return kept.length + (last ? last.x : 0) + (w.next ? w.next.x : 0);
}

// a method call, a closure, a field holding an object, a template with an object
function others(a: V[]): string {
  const v = a[0];
  const t = v.twice();
  const u = a[1];
  const read = () => u.x;
  const w = a[2];
  w.next = v;
  const n = w.next;
  a.length = 0;
  return `${t} ${read()} ${n.x} ${w.x}`;
}

// a throw in scope: the error is made by a call, and a hole's field read throws too
function throws(a: V[], limit: number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v.x > limit) throw new RangeError(`too big: ${v.x}`);
    s += v.x;
  }
  return s;
}

// nested loops where the inner one calls a function that empties the array
function nested(a: V[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    for (let j = 0; j < 2; j++) {
      if (i === 1 && j === 1) shrink(a);
      s += v.x;
    }
  }
  return s;
}

// the loop's array is replaced by the body (a call), the element read through the old one
function swapDuring(): number {
  let s = 0;
  for (const v of vs) {
    s += v.x;
    reset();
    vs.length = 1;
    s += v.x;
  }
  return s;
}

reset();
console.log(afterCall(vs));
reset();
console.log(replaced(vs));
reset();
console.log(escapes(vs), kept.map((v) => v.tag).join(""));
reset();
console.log(others(vs));
reset();
try {
  console.log(throws(vs, 10));
  console.log(throws(vs, 2));
} catch (e) {
  console.log("caught", e instanceof RangeError, (e as Error).message);
}
const holes: V[] = new Array<V>(3);
holes[0] = new V(5, "h");
try {
  console.log(throws(holes, 10));
} catch (e) {
  console.log("caught", e instanceof TypeError);
}
reset();
console.log(nested(vs));
reset();
console.log(swapDuring());
