// A field of function type is not JSON: the checker cannot be generated.
interface Handler {
  path: string;
  run: (body: string) => number;
}
const h: Handler = JSON.parse('{"path":"/"}');
print(h.path);
// expect: TSFW1004 6:20
