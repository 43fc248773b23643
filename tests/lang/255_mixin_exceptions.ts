// Exceptions thrown while a mixin's class is constructed: in the base constructor, in a field
// initialiser, in the mixin's own constructor after super(...args), and from a method.
type Ctor<T = {}> = new (...args: any[]) => T;

let serials = 0;
function nextSerial(): number {
  if (serials >= 2) throw new Error("out of serials");
  return ++serials;
}

function Serialised<T extends Ctor>(Base: T) {
  return class extends Base {
    serial = nextSerial();
  };
}

function Checked<T extends Ctor<{ id: number }>>(Base: T) {
  return class extends Base {
    checked: boolean;
    constructor(...args: any[]) {
      super(...args);
      if (this.id < 0) throw new RangeError(`negative id ${this.id}`);
      this.checked = true;
    }
    verify(): string {
      if (this.id > 100) throw new TypeError(`id ${this.id} too large`);
      return `ok ${this.id}`;
    }
  };
}

class Item {
  label: string;
  constructor(
    public id: number,
    label: string,
  ) {
    if (label === "") throw new Error("empty label");
    this.label = label;
  }
}

const CheckedItem = Checked(Item);
console.log(new CheckedItem(3, "x"));
for (const [id, label] of [
  [-1, "neg"],
  [5, ""],
  [500, "big"],
] as [number, string][]) {
  try {
    const c = new CheckedItem(id, label);
    console.log(c.verify());
  } catch (e) {
    console.log(String(e), e instanceof RangeError, e instanceof TypeError);
  }
}

const SerialItem = Serialised(Checked(Item));
console.log(new SerialItem(1, "a"), new SerialItem(2, "b"));
try {
  console.log(new SerialItem(3, "c"));
} catch (e) {
  console.log((e as Error).message);
}

class Strict extends Checked(Item) {
  constructor(id: number) {
    super(id, `item${id}`);
    if (id === 0) throw new Error("zero");
  }
}
for (const id of [1, 0, -2]) {
  try {
    console.log(new Strict(id));
  } catch (e) {
    console.log(`caught ${(e as Error).name}: ${(e as Error).message}`);
  }
}

// a mixin over an error class: thrown, caught, tested with instanceof, and subclassed
function Coded<T extends Ctor>(Base: T) {
  return class extends Base {
    code = 500;
    describe(): string {
      return `code ${this.code}`;
    }
  };
}
class AppError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AppError";
  }
}
const CodedError = Coded(AppError);
try {
  throw new CodedError("boom");
} catch (e) {
  if (e instanceof CodedError) console.log(e.message, e.code, e.describe(), e instanceof AppError, e instanceof Error);
  console.log(String(e), (e as Error).name);
}
class NotFound extends Coded(AppError) {
  code = 404;
}
const nf = new NotFound("missing");
console.log(nf.describe(), nf.message, nf.name, nf.constructor.name);
