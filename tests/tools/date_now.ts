// Date.now() in milliseconds: count the distinct values seen in a 50 ms busy loop.
const start = Date.now();
let last = start;
let distinct = 1;
while (last - start < 50) {
  const t = Date.now();
  if (t !== last) {
    distinct++;
    last = t;
  }
}
print(distinct >= 10 ? "ms resolution" : `only ${distinct} distinct values`);
