// A property whose function uses 'this' is called on its object; taken away, it would have none.
const greeter = {
  name: "ada",
  greet: function (): string {
    return "hi " + this.name;
  },
};
const greet = greeter.greet;
print(greet());
// expect: TSFW1012 8:15
// hint: wrap it: (x) => obj.greet(x)
