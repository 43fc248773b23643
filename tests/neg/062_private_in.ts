// '#x in obj' (a brand check) stays refused; instanceof does the same.
class Token {
  #id = 1;
  static isToken(o: Token): boolean {
    return #id in o;
  }
  id(): number {
    return this.#id;
  }
}
print(Token.isToken(new Token()), new Token().id());
// expect: TSFW1001 5:12
// hint: use 'instanceof' with the class
