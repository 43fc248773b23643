// Object.freeze of an object that other references reach: the device does
// not freeze, so a later write would succeed where node throws.
const limits = { max: 3 };
Object.freeze(limits);
limits.max = 4;
print(limits.max);
// expect: TSFW1004 4:15
// hint: freeze a literal where it is made, so that only its readonly type reaches it: const config = Object.freeze({ ... })
