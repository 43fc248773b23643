namespace Geo {
  export const origin = 0;
}
print(Geo.origin);
// expect: TSFW1008 1:1
