// env: TZ=Asia/Kolkata
// A zone with a half-hour offset and no daylight saving.
const d = new Date(Date.UTC(2023, 5, 15, 20, 10, 5));
console.log(d.toString(), d.getTimezoneOffset());
console.log(d.getDate(), d.getHours(), d.getMinutes(), d.getUTCDate(), d.getUTCHours());
console.log(new Date(2023, 0, 1, 0, 0).toISOString());
console.log(d.toDateString(), "|", d.toTimeString());
console.log(d);
