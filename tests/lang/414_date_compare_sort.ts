// Dates compared and sorted by their time value; unary plus, instanceof, durations.
const stamps = ["2024-05-01T10:00:00Z", "2023-12-31T23:59:59Z", "2024-05-01T09:59:59.999Z", "2024-01-01T00:00:00Z"];
const dates = stamps.map((s) => new Date(s));
dates.sort((a, b) => a.getTime() - b.getTime());
console.log(dates.map((d) => d.toISOString()).join("\n"));
const [a, b] = [dates[0], dates[1]];
console.log(a < b, a > b, a <= b, a >= b, +a < +b, a.valueOf() === a.getTime());
console.log(a instanceof Date, b instanceof Date);
const ms = dates[3].getTime() - dates[0].getTime();
const days = Math.floor(ms / 86400000);
const hours = Math.floor((ms % 86400000) / 3600000);
console.log(days, "days", hours, "hours");
const copy = new Date(a);
copy.setUTCDate(copy.getUTCDate() + 1);
console.log(copy.toISOString(), a.toISOString(), copy > a);
const start = Date.now();
const later = new Date();
console.log(later.getTime() >= start, typeof start);
