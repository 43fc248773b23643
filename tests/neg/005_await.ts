async function main(): Promise<void> {
  const v = await Promise.resolve(3);
  print(v);
}
main();
// expect: TSFW1007 1:1
// expect: TSFW1007 2:13
// expect: TSFW1003 2:19
