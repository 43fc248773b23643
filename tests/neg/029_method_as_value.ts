class Greeter {
  greet(name: string): string {
    return "hi " + name;
  }
}
const g = new Greeter();
const f = g.greet;
print(f("x"));
// expect: TSFW1012 7:11
