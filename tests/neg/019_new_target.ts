class Base {
  kind: string;
  constructor() {
    this.kind = new.target.name;
  }
}
print(new Base().kind);
// expect: TSFW1001 4:17
