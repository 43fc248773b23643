// How errors become text: String(e), e.toString(), templates, concatenation, stack's first line.
class Named extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Named";
  }
}

const errors: Error[] = [
  new Error("plain"),
  new TypeError("typed"),
  new Error(""),
  new Named("custom name"),
  new RangeError("multi\nline"),
];
for (const e of errors) {
  console.log(JSON.stringify(String(e)));
  console.log(JSON.stringify(e.toString()));
  console.log(JSON.stringify(`${e}`));
  console.log(JSON.stringify("[" + e + "]"));
  console.log(JSON.stringify(e.stack?.split("\n")[0]));
}

const renamed = new Error("was plain");
renamed.name = "Renamed";
console.log(String(renamed), renamed.stack?.split("\n")[0]);

const remessaged = new TypeError("before");
remessaged.message = "after";
console.log(String(remessaged));

try {
  throw new Named("from a throw");
} catch (e) {
  console.log(`caught: ${e}`);
  console.log("caught: " + String(e));
}
