async function load(): Promise<number> {
  return 1;
}
print(load);
// expect: TSFW1007 1:1
