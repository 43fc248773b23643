// A const bound to an element of an array, used only for its number, boolean and string fields in a
// scope that runs no code of the app, takes no reference (emit/borrow.ts). These are such scopes:
// nested loops over the same array, for...of, string and boolean fields, subclasses, holes, early
// exits, and values that are not instances of the class (an object literal typed as the class,
// whose accessors run the app's code while the others are borrowed).
class P {
  constructor(
    public x: number,
    public y: number,
    public name: string,
    public on: boolean,
  ) {}
}

class Q extends P {
  z = 7;
}

function pairs(ps: P[]): number {
  let s = 0;
  const n = ps.length;
  for (let i = 0; i < n; i++) {
    const a = ps[i];
    for (let j = i + 1; j < n; j++) {
      const b = ps[j];
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      s += Math.sqrt(dx * dx + dy * dy);
      a.x += 0.5;
      b.y -= 0.25;
    }
  }
  return s;
}

function rename(ps: P[], suffix: string): number {
  let on = 0;
  for (const p of ps) {
    p.name = p.name + suffix;
    p.on = !p.on;
    if (p.on) on++;
  }
  return on;
}

function firstOn(ps: P[]): string {
  for (const p of ps) {
    if (p.on) return p.name;
  }
  return "none";
}

function sumUntil(ps: P[], limit: number): number {
  let s = 0;
  let i = 0;
  while (i < ps.length) {
    const p = ps[i];
    if (p.x > limit) break;
    s += p.x;
    i++;
  }
  return s;
}

function scaled(ps: P[], k: number[]): number {
  let s = 0;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    k[i] = p.x * 2;
    s += k[i] + p.name.length;
  }
  return s;
}

const ps = [new P(1, 2, "a", true), new Q(4, 6, "b", false), new P(-3, 0.5, "c", false)];
console.log(pairs(ps).toFixed(6));
console.log(ps.map((p) => `${p.x},${p.y}`).join(" "));
console.log(rename(ps, "!"), rename(ps, "?"), firstOn(ps));
console.log(ps.map((p) => p.name).join(" "));
console.log(sumUntil(ps, 5), sumUntil(ps, 100));
const ks: number[] = [];
console.log(scaled(ps, ks), ks.join(","));

// holes and undefined: reading a field is node's TypeError, nothing leaks
const holes: P[] = new Array<P>(2);
holes[1] = new P(1, 1, "h", true);
try {
  console.log(pairs(holes));
} catch (e) {
  console.log("caught", e instanceof TypeError);
}

// object literals typed as P: their accessors run while other elements are borrowed
let store: P[] = [];
// a function's array argument is borrowed from the caller: only a loop's own array may be replaced
let clear = true;
function literal(x: number): P {
  return {
    get x() {
      // drops every element while a, b or p is borrowed
      if (clear) store.length = 0;
      else store = [];
      return x;
    },
    set x(v: number) {
      store.length = 0;
      console.log("set", v);
    },
    y: 1,
    name: "lit",
    on: false,
  };
}
function attempt(f: () => string): void {
  try {
    console.log(f(), store.length);
  } catch (e) {
    console.log("caught", e instanceof TypeError, store.length);
  }
}
store = [new P(1, 2, "a", true), literal(10), new P(5, 5, "e", false)];
attempt(() => pairs(store).toFixed(6));
store = [literal(3), new P(1, 2, "a", true), new P(5, 5, "e", false)];
attempt(() => pairs(store).toFixed(6));
store = [new P(1, 2, "a", true), new P(5, 5, "e", false), literal(4)];
attempt(() => String(sumUntil(store, 50)));
store = [new P(1, 2, "a", true), literal(4), new P(5, 5, "e", false)];
attempt(() => String(rename(store, "+")));

// a's getter runs while b holds a hole (pinned as nothing) and c an instance: c is pinned all the same
function three(ps: P[]): number {
  let s = 0;
  for (let i = 0; i < ps.length; i++) {
    const a = ps[i];
    for (let j = 0; j < ps.length; j++) {
      const b = ps[j];
      for (let k = 0; k < ps.length; k++) {
        const c = ps[k];
        if (i === 0 && j === 1 && k === 2) s += a.x + c.y;
      }
    }
  }
  return s;
}
store = [literal(2), new P(1, 1, "hole", true), new P(1, 9, "c", true)];
delete store[1];
attempt(() => String(three(store)));

function renameStore(): number {
  let on = 0;
  for (const p of store) {
    p.name = p.name + p.x;
    if (p.on) on++;
  }
  return on;
}
clear = false;
store = [new P(1, 2, "a", true), literal(8), new P(5, 5, "e", true)];
attempt(() => String(renameStore()));
