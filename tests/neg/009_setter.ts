class Box {
  private v = 0;
  set value(n: number) {
    this.v = n;
  }
  read(): number { return this.v; }
}
print(new Box().read());
// expect: TSFW1009 3:3
