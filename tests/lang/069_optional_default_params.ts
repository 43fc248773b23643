// Optional parameters, default parameters depending on earlier ones, and rest parameters.
function greet(name: string, greeting = "Hello", punct?: string): string {
  return `${greeting}, ${name}${punct ?? "."}`;
}
console.log(greet("Ann"));
console.log(greet("Ben", "Hi"));
console.log(greet("Cy", undefined, "!"));
console.log(greet("Di", "Yo", ""));

function range(start: number, end?: number, step = end === undefined ? 1 : start < end ? 1 : -1): number[] {
  if (end === undefined) {
    end = start;
    start = 0;
  }
  const out: number[] = [];
  if (step === 0) return out;
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
console.log(range(5), range(2, 6), range(6, 2), range(0, 10, 3), range(10, 0, -4), range(1, 1), range(0, 3, 0));

function makeRect(w: number, h: number = w, unit = "px", area = w * h): string {
  return `${w}${unit} x ${h}${unit} = ${area}`;
}
console.log(makeRect(3), makeRect(3, 4), makeRect(2, 5, "cm"), makeRect(1, 1, "m", 99));

function stats(label: string, ...values: number[]): string {
  if (values.length === 0) return `${label}: no data`;
  const sum = values.reduce((a, b) => a + b, 0);
  return `${label}: n=${values.length} sum=${sum} mean=${(sum / values.length).toFixed(2)} min=${Math.min(...values)} max=${Math.max(...values)}`;
}
console.log(stats("empty"));
console.log(stats("one", 7));
console.log(stats("many", 3, 1, 4, 1, 5, 9, 2, 6));
const more = [10, 20, 30];
console.log(stats("spread", ...more, 40, ...more));

function joinAll(sep: string, ...parts: (string | number)[]): string {
  return parts.join(sep);
}
console.log(joinAll("-"), joinAll("-", "a"), joinAll(", ", 1, "two", 3));

let defaultsEvaluated = 0;
function stamp(): number {
  return ++defaultsEvaluated;
}
function withDefault(x: number = stamp()): number {
  return x;
}
console.log(withDefault(), withDefault(50), withDefault(), withDefault(undefined), "evaluated:", defaultsEvaluated);
const arrow = (a: number, b = a * 2, ...rest: number[]) => [a, b, rest.length];
console.log(arrow(1), arrow(1, 1), arrow(1, 2, 3, 4, 5));
