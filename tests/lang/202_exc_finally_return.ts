// return inside try and catch runs the finally first; a return in finally replaces the completion.
const trace: string[] = [];

function fromTry(s: string): string {
  try {
    return s.toUpperCase() + "!";
  } finally {
    trace.push("fromTry finally " + s);
  }
}

function fromCatch(s: string): string {
  try {
    if (s.length > 3) throw new Error("too long: " + s);
    return "short " + s;
  } catch (e) {
    return "caught " + (e as Error).message;
  } finally {
    trace.push("fromCatch finally " + s);
  }
}

function finallyWins(): number {
  try {
    return 1;
  } finally {
    trace.push("finallyWins");
    // eslint-disable-next-line no-unsafe-finally
    return 2;
  }
}

function finallySwallows(): string {
  try {
    throw new Error("lost");
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return "swallowed";
  }
}

function numbers(xs: number[]): number[] {
  const out: number[] = [];
  try {
    for (const x of xs) {
      if (x < 0) return out;
      out.push(x * 2);
    }
    return [-1];
  } finally {
    out.push(999);
    trace.push("numbers finally " + out.length);
  }
}

function objectResult(k: string): { key: string; list: string[] } {
  const made = { key: k, list: [k, k + k] };
  try {
    return made;
  } finally {
    made.list.push("after");
  }
}

console.log(fromTry("abc"));
console.log(fromCatch("ab"), "/", fromCatch("abcdef"));
console.log(finallyWins(), finallySwallows());
console.log(numbers([1, 2, -3, 4]), numbers([5]));
console.log(objectResult("z"));
console.log(trace.join("\n"));

// a string returned through two finally blocks
function twoLevels(n: number): string {
  try {
    try {
      return "n=" + n;
    } finally {
      trace.push("inner " + n);
    }
  } finally {
    trace.push("outer " + n);
  }
}
console.log(twoLevels(7), trace.slice(-2).join(","));
