// A small expression parser that reports bad input with SyntaxError and a position.
class ParseFailure extends SyntaxError {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(`${message} at position ${pos}`);
    this.name = "ParseFailure";
  }
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parse(): number {
    const v = this.sum();
    this.skip();
    if (this.pos < this.text.length) throw new ParseFailure(`unexpected '${this.text[this.pos]}'`, this.pos);
    return v;
  }

  private skip(): void {
    while (this.text[this.pos] === " ") this.pos++;
  }

  private sum(): number {
    let v = this.product();
    for (;;) {
      this.skip();
      const op = this.text[this.pos];
      if (op !== "+" && op !== "-") return v;
      this.pos++;
      const r = this.product();
      v = op === "+" ? v + r : v - r;
    }
  }

  private product(): number {
    let v = this.atom();
    for (;;) {
      this.skip();
      const op = this.text[this.pos];
      if (op !== "*" && op !== "/") return v;
      this.pos++;
      const r = this.atom();
      if (op === "/" && r === 0) throw new RangeError("division by zero at position " + this.pos);
      v = op === "*" ? v * r : v / r;
    }
  }

  private atom(): number {
    this.skip();
    const start = this.pos;
    if (this.text[this.pos] === "(") {
      this.pos++;
      const v = this.sum();
      this.skip();
      if (this.text[this.pos] !== ")") throw new ParseFailure("missing ')'", this.pos);
      this.pos++;
      return v;
    }
    while (this.pos < this.text.length && "0123456789.".includes(this.text[this.pos])) this.pos++;
    if (start === this.pos) throw new ParseFailure("expected a number", start);
    return Number(this.text.slice(start, this.pos));
  }
}

const inputs = ["1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + 4", "8 / (4 - 4)", "5 +", "7 7", "((2))*10/4", ""];
for (const input of inputs) {
  try {
    console.log(JSON.stringify(input), "=", new Parser(input).parse());
  } catch (e) {
    if (e instanceof ParseFailure) console.log(JSON.stringify(input), "syntax:", e.message, "pos", e.pos, e instanceof SyntaxError);
    else if (e instanceof RangeError) console.log(JSON.stringify(input), "range:", e.message);
    else throw e;
  }
}
