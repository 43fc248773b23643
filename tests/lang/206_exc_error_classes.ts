// The runtime's error classes: name, message, cause, instanceof along the chain, String().
function make(kind: number, msg: string): Error {
  switch (kind) {
    case 0:
      return new Error(msg);
    case 1:
      return new TypeError(msg);
    case 2:
      return new RangeError(msg, { cause: 42 });
    case 3:
      return new SyntaxError(msg, { cause: "bad token" });
    case 4:
      return new EvalError(msg);
    case 5:
      return new URIError(msg);
    default:
      return new ReferenceError(msg);
  }
}

for (let k = 0; k < 7; k++) {
  const e = make(k, "message " + k);
  console.log(
    e.name,
    "|",
    e.message,
    "|",
    String(e),
    "|",
    e instanceof Error,
    e instanceof TypeError,
    e instanceof RangeError,
    e instanceof SyntaxError,
    e instanceof EvalError,
    "|",
    e.cause,
  );
}

const empty = new Error();
console.log(JSON.stringify(empty.message), String(empty), empty.toString());
const noMessage = new TypeError(undefined, { cause: [1, 2] });
console.log(String(noMessage), noMessage.cause);
const nested = new Error("outer", { cause: new TypeError("inner") });
console.log(String(nested.cause));
console.log(Object.keys(nested), JSON.stringify(nested));

function thrower(kind: number): never {
  throw make(kind, "thrown " + kind);
}
let tally = "";
for (let k = 0; k < 7; k++) {
  try {
    thrower(k);
  } catch (e) {
    if (e instanceof TypeError) tally += "T";
    else if (e instanceof RangeError) tally += "R";
    else if (e instanceof SyntaxError) tally += "S";
    else if (e instanceof Error) tally += "E";
  }
}
console.log(tally);
