// switch statements with fallthrough, default in the middle, string and number cases.
function classify(n: number): string {
  const tags: string[] = [];
  switch (n) {
    case 0:
      tags.push("zero");
    // falls through
    case 1:
      tags.push("tiny");
      break;
    default:
      tags.push("other");
    // falls through
    case 10:
      tags.push("ten-ish");
      break;
    case 20:
    case 30:
      tags.push("round");
      break;
  }
  return `${n}: ${tags.join(",")}`;
}
for (const n of [0, 1, 5, 10, 20, 30, -1]) console.log(classify(n));

function daysIn(month: string, leap: boolean): number {
  switch (month.toLowerCase()) {
    case "feb":
      return leap ? 29 : 28;
    case "apr":
    case "jun":
    case "sep":
    case "nov":
      return 30;
    default:
      return 31;
  }
}
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
console.log(months.map((m) => daysIn(m, false)).join(" "), months.reduce((s, m) => s + daysIn(m, true), 0));

function grade(score: number): string {
  switch (true) {
    case score >= 90:
      return "A";
    case score >= 80:
      return "B";
    case score >= 70:
      return "C";
    default:
      return "F";
  }
}
console.log([95, 85, 75, 65, 90, 79.999].map(grade).join(""));

// Duff-style accumulation using fallthrough from a computed entry point
function sumTail(a: number[], start: number): number {
  let s = 0;
  switch (a.length - start) {
    case 4: s += a[a.length - 4];
    case 3: s += a[a.length - 3];
    case 2: s += a[a.length - 2];
    case 1: s += a[a.length - 1];
    case 0: break;
    default: s = -1;
  }
  return s;
}
console.log([0, 1, 2, 3, 4, -1].map((st) => sumTail([1, 10, 100, 1000], st)));

let log = "";
for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      log += "a";
      continue;
    case 1:
      log += "b";
    case 2:
      log += "c";
  }
  log += "|";
}
console.log(log);
const v: string | number = "5";
switch (v) {
  case "5": console.log("matched string 5"); break;
  default: console.log("no strict match");
}
