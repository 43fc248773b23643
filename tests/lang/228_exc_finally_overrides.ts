// What a finally block does to the pending completion: a throw replaces it, a catch inside keeps it.
function replaced(): string {
  try {
    try {
      throw new Error("first");
    } finally {
      throw new TypeError("second");
    }
  } catch (e) {
    return "caught " + String(e);
  }
}
console.log(replaced());

function returnReplaced(): string {
  try {
    try {
      return "value from try";
    } finally {
      throw new RangeError("finally threw");
    }
  } catch (e) {
    return "the return was dropped: " + String(e);
  }
}
console.log(returnReplaced());

function keeps(): string {
  const notes: string[] = [];
  try {
    try {
      throw new Error("kept");
    } finally {
      try {
        throw new Error("handled inside finally");
      } catch (e) {
        notes.push((e as Error).message);
      }
    }
  } catch (e) {
    notes.push("outer got " + (e as Error).message);
  }
  return notes.join("; ");
}
console.log(keeps());

function breakDrops(): string {
  let out = "";
  for (const x of [1, 2]) {
    try {
      throw new Error("dropped " + x);
    } finally {
      out += "f" + x;
      // eslint-disable-next-line no-unsafe-finally
      continue;
    }
  }
  return out;
}
console.log(breakDrops());
