// Recursive-descent parser and evaluator for arithmetic with precedence and unary minus.
class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  private peek(): string {
    while (this.pos < this.src.length && this.src[this.pos] === " ") this.pos++;
    return this.pos < this.src.length ? this.src[this.pos] : "";
  }

  parseExpr(): number {
    let v = this.parseTerm();
    for (;;) {
      const c = this.peek();
      if (c === "+") { this.pos++; v += this.parseTerm(); }
      else if (c === "-") { this.pos++; v -= this.parseTerm(); }
      else return v;
    }
  }

  parseTerm(): number {
    let v = this.parseFactor();
    for (;;) {
      const c = this.peek();
      if (c === "*") { this.pos++; v *= this.parseFactor(); }
      else if (c === "/") { this.pos++; v /= this.parseFactor(); }
      else if (c === "%") { this.pos++; v %= this.parseFactor(); }
      else return v;
    }
  }

  parseFactor(): number {
    const base = this.parseUnary();
    if (this.peek() === "^") {
      this.pos++;
      return base ** this.parseFactor(); // right associative
    }
    return base;
  }

  parseUnary(): number {
    const c = this.peek();
    if (c === "-") { this.pos++; return -this.parseUnary(); }
    if (c === "+") { this.pos++; return +this.parseUnary(); }
    if (c === "(") {
      this.pos++;
      const v = this.parseExpr();
      if (this.peek() === ")") this.pos++;
      return v;
    }
    let start = this.pos;
    while (this.pos < this.src.length && "0123456789.".includes(this.src[this.pos])) this.pos++;
    if (start === this.pos) return NaN;
    return parseFloat(this.src.slice(start, this.pos));
  }
}

function evaluate(s: string): number {
  return new Parser(s).parseExpr();
}

const cases = [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "2 ^ 3 ^ 2",
  "-2 ^ 2",
  "10 / 4",
  "10 % 4 + 0.5",
  "1 / 0",
  "-1 / 0",
  "0 / 0",
  "0.1 + 0.2",
  "--3",
  "2 * (3 + (4 - 1)) / 3",
  "7 % -3",
  "-7 % 3",
];
let total = 0;
for (const c of cases) {
  const v = evaluate(c);
  if (Number.isFinite(v)) total += v;
  console.log(c.padEnd(24), "=", v);
}
console.log("sum of finite results:", total);
