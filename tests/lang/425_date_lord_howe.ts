// env: TZ=Australia/Lord_Howe
// A zone whose daylight saving moves the clock by 30 minutes.
const t0 = Date.UTC(2024, 3, 6, 14, 0);
for (let i = 0; i < 4; i++) {
  const d = new Date(t0 + i * 30 * 60000);
  console.log(d.toString(), d.getTimezoneOffset(), d.getHours(), d.getMinutes());
}
const t1 = Date.UTC(2024, 9, 5, 15, 0);
for (let i = 0; i < 4; i++) {
  const d = new Date(t1 + i * 30 * 60000);
  console.log(d.toString(), d.getTimezoneOffset());
}
const local = new Date(2024, 9, 6, 2, 15);
console.log(local.toString(), local.toISOString());
