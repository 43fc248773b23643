// JSON.setLimits's maxDepth bounds JSON.stringify as it bounds JSON.parse: a value nested deeper
// throws a catchable RangeError, natively and under the Node shim.
const before = JSON.setLimits({ maxDepth: 3 });
console.log(JSON.stringify([[[1]]]), JSON.stringify({ a: { b: [2] } }));
const attempts: unknown[] = [[[[[1]]]], { a: { b: { c: 1 } } }, [{ a: [] }], [1, [2, [3, []]]]];
for (const v of attempts) {
  try {
    console.log(JSON.stringify(v));
  } catch (e) {
    console.log(e instanceof RangeError, (e as Error).message);
  }
}
JSON.setLimits(before);
console.log(JSON.stringify([[[[[1]]]]]));
