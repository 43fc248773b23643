class Secret {
  #code = 42;
  reveal(): number {
    return this.#code;
  }
}
print(new Secret().reveal());
// expect: TSFW1001 2:3
// expect: TSFW1001 4:17
