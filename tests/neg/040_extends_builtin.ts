class Registry extends Map<string, number> {
  total(): number {
    return this.size;
  }
}
print(new Registry().total());
// expect: TSFW1001 1:24
