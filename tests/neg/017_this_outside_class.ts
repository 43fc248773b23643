// 'this' outside a class and an object literal's methods: at the top level.
const self = this;
print(self === undefined);
// expect: TSFW1010 2:14
// hint: make the function a method of the object
