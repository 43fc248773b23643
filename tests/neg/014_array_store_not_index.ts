// A store at a constant that is no array index: node would add a property, arrays here hold elements.
const a = [1, 2, 3];
a[-1] = 4;
a[1.5] = 5;
a[2] = 6;
const t: string[] = [];
t[-2] = "x";
print(a, t);
// expect: TSFW1011 3:1
// expect: TSFW1011 4:1
// expect: TSFW1011 7:1
// hint: use a Map or an object for other keys
