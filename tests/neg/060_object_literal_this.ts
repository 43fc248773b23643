// An object literal's methods and accessors have no 'this': the object is named instead. Computed
// accessor names are refused too.
const key = "volume";
const player = {
  level: 3,
  get loud(): boolean {
    return this.level > 5;
  },
  get [key](): number {
    return 1;
  },
};
print(player.loud);
// expect: TSFW1010 7:12
// expect: TSFW1001 9:7
// hint: name the object (config.port, not this.port)
// hint: use a property that holds a function
