// env: TZ=Europe/Berlin
// Local and UTC setters with overflow; each returns the new time value.
const d = new Date(2020, 0, 31, 12, 0, 0);
console.log(d.setMonth(1), d.toString());
console.log(d.setDate(0), d.toString());
console.log(d.setDate(32), d.toString());
console.log(d.setFullYear(2021, 1, 29), d.toString());
console.log(d.setHours(24, 30, 15, 500), d.toISOString());
console.log(d.setMinutes(-1), d.toISOString());
console.log(d.setSeconds(3600), d.toISOString());
console.log(d.setMilliseconds(-1), d.toISOString());
console.log(d.setUTCFullYear(2000), d.toISOString());
console.log(d.setUTCMonth(13, 2), d.toISOString());
console.log(d.setUTCDate(15), d.setUTCHours(0, 0, 0, 0), d.toISOString());
console.log(d.setUTCMinutes(90, 90), d.setUTCSeconds(59, 999), d.setUTCMilliseconds(1000), d.toISOString());
console.log(d.setTime(86400000), d.toISOString(), d.toString());
const march = new Date(2024, 2, 31, 2, 30);
console.log(march.toString(), march.setHours(2), march.toString());
console.log(d.setTime(NaN), d.getFullYear(), d.setDate(1), d.toString());
const e = new Date(NaN);
console.log(e.setFullYear(2020), e.toISOString());
