let celsius = 20;
const temp = {
  get fahrenheit(): number {
    return celsius * 1.8 + 32;
  },
};
print(temp.fahrenheit);
// expect: TSFW1009 3:3
// hint: declare a class with 'get'
