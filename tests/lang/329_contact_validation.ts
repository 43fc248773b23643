// Form fields a device's setup page checks: e-mail, phone, time zone, schedules.
const email = /^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/;
const phone = /^\+?(\d{1,3})?[-. ]?\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$/;
const tz = /^(?:UTC|GMT)?([+-])(0\d|1[0-4]):?([0-5]\d)$/;
const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;
for (const e of ["user@example.com", "a.b+tag@sub.domain.org", "bad@", "@bad.com", "no at.com", "x@y.z"]) print(e, email.test(e));
for (const p of ["+1 (555) 123-4567", "555.123.4567", "5551234567", "12-34", "+44 555 123 4567"]) {
  const m = phone.exec(p);
  print(p, m ? `${m[1] ?? "-"} ${m[2]} ${m[3]} ${m[4]}` : "invalid");
}
for (const z of ["+05:30", "UTC-08:00", "GMT+1400", "+15:00", "-0945"]) {
  const m = tz.exec(z);
  print(z, m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : "invalid");
}
const schedule = "on 06:30, off 08:15, on 18:00, off 24:00, on 7:5";
for (const m of schedule.matchAll(/(on|off) (\S+?)(?:,|$)/g)) print(m[1], m[2], hhmm.test(m[2]));
