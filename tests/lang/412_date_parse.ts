// Date.parse and new Date(string): the ISO forms node accepts, the forms Date's own strings take,
// and NaN for the rest.
const inputs = [
  "2024-03-10",
  "2024-03",
  "2024",
  "+002024-03-10T10:20:30Z",
  "-000001-01-01T00:00:00Z",
  "2024-03-10T10:20",
  "2024-03-10T10:20:30.5Z",
  "2024-03-10T10:20:30.123456Z",
  "2024-03-10T10:20:30+05:30",
  "2024-03-10T10:20:30-0800",
  "2024-02-30",
  "2024-13-01",
  "2024-03-10T24:00:00Z",
  "2024-03-10T24:00:01Z",
  "Sun Mar 10 2024 10:20:30 GMT+0100 (Central European Standard Time)",
  "Sun, 10 Mar 2024 10:20:30 GMT",
  "Mar 10 2024",
  "10 Mar 2024 10:20",
  "March 10, 2024",
  "2024/03/10",
  "3/10/2024",
  "",
  "garbage",
  "2024-3-10",
];
for (const s of inputs) {
  const t = Date.parse(s);
  const d = new Date(s);
  console.log(JSON.stringify(s), t, isNaN(d.getTime()) ? "Invalid" : d.toISOString());
}
