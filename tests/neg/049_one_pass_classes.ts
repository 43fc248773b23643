// A class's refusals and the library refusals after them, all at once.
class Temp {
  c = 20;
  get fahrenheit(): number {
    return this.c * 1.8 + 32;
  }
  static {
    print("init");
  }
}
class Registry extends Map<string, number> {}
const t = new Temp();
print(t.c.toString(2), "x".normalize("NFC"), new Registry());
const f = t.c.toExponential;
// expect: TSFW1009 4:3
// expect: TSFW1001 7:3
// expect: TSFW1001 11:24
// expect: TSFW1004 13:28
// expect: TSFW1012 14:11
