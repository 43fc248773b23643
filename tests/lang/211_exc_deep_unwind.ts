// A throw from deep recursion unwinds every frame, each holding its own values.
function descend(n: number, path: string[]): number {
  const here = "level" + n;
  const local = { here, values: [n, n + 1] };
  path.push(here);
  if (n === 0) throw new Error("bottom reached after " + path.length + " levels");
  const below = descend(n - 1, path);
  return below + local.values[0];
}

for (const depth of [1, 10, 200]) {
  const path: string[] = [];
  try {
    descend(depth, path);
  } catch (e) {
    console.log((e as Error).message, path[path.length - 1], path.length);
  }
}

// a catch in the middle of the recursion resumes there
function partial(n: number): string {
  const tag = "p" + n;
  if (n === 0) throw new TypeError("zero");
  if (n === 5) {
    try {
      return tag + ">" + partial(n - 1);
    } catch (e) {
      return tag + " caught " + (e as Error).message;
    }
  }
  return tag + ">" + partial(n - 1);
}
console.log(partial(8));

let rounds = 0;
for (let r = 0; r < 500; r++) {
  try {
    descend(20, []);
  } catch (e) {
    rounds++;
  }
}
console.log("rounds", rounds);
