// 'this' belongs to classes and to an object literal's methods; a function nested in a method has
// its own (an arrow function would see the method's). Computed accessor names are refused.
const key = "volume";
const player = {
  level: 3,
  get [key](): number {
    return 1;
  },
  louder(): () => number {
    return function (this: { level: number }): number {
      return this.level + 1;
    };
  },
};
print(player.level, player.louder()());
// expect: TSFW1001 6:7
// expect: TSFW1010 10:22
// expect: TSFW1010 11:14
// hint: use a property that holds a function
