class Temp {
  private c = 20;
  get fahrenheit(): number {
    return this.c * 1.8 + 32;
  }
}
print(new Temp().fahrenheit);
// expect: TSFW1009 3:3
