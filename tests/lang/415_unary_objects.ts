// Unary -, + and ~ on arrays, objects and strings convert as in JavaScript (ToPrimitive).
const nested = [[25]];
const empty: number[] = [];
const two = [1, 2];
console.log(-(nested as unknown as number), +(empty as unknown as number), ~([3] as unknown as number));
console.log(-[[25]], +[], ~[3], +[" 7 "], -[true], +{}, -"5", +"0x1f", ~"12", +"", -" ");
console.log(+two, -[null], +[undefined], ~{});
class Celsius {
  constructor(private readonly v: number) {}
  valueOf(): number {
    return this.v;
  }
  toString(): string {
    return `${this.v}°C`;
  }
}
const c = new Celsius(21.5);
console.log(+c, -c, ~c, `${c}`, String(c));
const plain = { valueOf: () => 4, toString: () => "four" };
console.log(+plain, -plain, `${plain}`);
const onlyString = { toString: () => "12" };
console.log(+onlyString, -onlyString);
