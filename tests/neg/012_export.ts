// An anonymous default export: the compiled program names what it exports.
export default function (n: number): number {
  return n * 2;
}
// expect: TSFW1008 2:1
// hint: give the function or class a name
