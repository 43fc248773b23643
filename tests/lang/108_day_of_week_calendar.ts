// Calendar arithmetic without Date: leap years, day of week (Zeller), days between dates, month grid.
function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
function dayOfWeek(y: number, m: number, d: number): number {
  if (m < 3) {
    m += 12;
    y -= 1;
  }
  const k = y % 100;
  const j = Math.floor(y / 100);
  const h = (d + Math.floor((13 * (m + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
  return (h + 6) % 7; // 0 = Sunday
}
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}
const names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const dates: [number, number, number][] = [[1970, 1, 1], [2000, 2, 29], [1969, 7, 20], [2024, 12, 25], [1900, 3, 1], [2038, 1, 19]];
for (const [y, m, d] of dates) {
  const days = daysFromCivil(y, m, d);
  console.log(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, names[dayOfWeek(y, m, d)], "epoch day", days, "unix", days * 86400, civilFromDays(days));
}
console.log([1900, 2000, 2023, 2024, 2100].map((y) => `${y}:${isLeap(y)}`).join(" "));
console.log("days 2000-01-01 .. 2024-06-15:", daysFromCivil(2024, 6, 15) - daysFromCivil(2000, 1, 1));
function monthGrid(y: number, m: number): string {
  const lines = [`    ${y}-${String(m).padStart(2, "0")}`, names.map((n) => n.slice(0, 2)).join(" ")];
  let line = "   ".repeat(dayOfWeek(y, m, 1));
  for (let d = 1; d <= daysInMonth(y, m); d++) {
    line += String(d).padStart(2) + " ";
    if (dayOfWeek(y, m, d) === 6) {
      lines.push(line.trimEnd());
      line = "";
    }
  }
  if (line) lines.push(line.trimEnd());
  return lines.join("\n");
}
console.log(monthGrid(2024, 2));
console.log(monthGrid(2023, 10));
console.log(civilFromDays(0), civilFromDays(-1), civilFromDays(19723), civilFromDays(100000));
