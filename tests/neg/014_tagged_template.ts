function tag(parts: TemplateStringsArray, ...vals: number[]): string {
  return parts.join("") + vals.length;
}
print(tag`a${1}b`);
// expect: TSFW1001 4:7
// expect: TSFW1004 2:16
// hint: call the function with the parts and the values
