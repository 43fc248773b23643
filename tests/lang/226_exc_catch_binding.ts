// Catch bindings: unknown values narrowed by instanceof and typeof, and destructured.
function thrower(kind: string): void {
  if (kind === "error") throw new Error("an error");
  if (kind === "type") throw new TypeError("a type error");
  if (kind === "string") throw "a string";
  if (kind === "number") throw 12.5;
  if (kind === "object") throw { message: "an object with a message", code: 3 };
  if (kind === "array") throw [1, 2, 3];
}

for (const kind of ["error", "type", "string", "number", "object", "array", "none"]) {
  try {
    thrower(kind);
    console.log(kind, "did not throw");
  } catch (e: unknown) {
    if (e instanceof TypeError) console.log(kind, "TypeError", e.message);
    else if (e instanceof Error) console.log(kind, "Error", e.message);
    else if (typeof e === "string") console.log(kind, "string of length", e.length);
    else if (typeof e === "number") console.log(kind, "number times two", e * 2);
    else if (Array.isArray(e)) console.log(kind, "array", e.length);
    else console.log(kind, "something else", e);
  }
}

interface Failure {
  message: string;
  code: number;
}
function failWith(code: number): never {
  const f: Failure = { message: "failure " + code, code };
  throw f;
}
try {
  failWith(8);
} catch (e) {
  const { code } = e as Failure;
  console.log("cast then destructured", code);
}
