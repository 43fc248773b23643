let n = 0;
outer: {
  n++;
  break outer;
}
print(n);
// expect: TSFW1001 2:1
