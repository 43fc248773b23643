// A type parameter is known only when the program runs: no checker can be generated for it.
function load<T>(text: string): T {
  return JSON.parse(text) as T;
}
print(load<number>("1"));
// expect: TSFW1004 3:10
