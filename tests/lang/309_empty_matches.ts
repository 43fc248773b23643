// Empty matches: global loops must step past them, as JavaScript does.
print("abc".split(/(?:)/), "a,b,,c".split(/,/), ",a,".split(/,/), "".split(/,/), "".split(/(?:)/));
print("abc".replace(/x*/g, "-"), "abc".replace(/(?:)/g, "."), "aaa".replace(/a*?/g, "<$&>"));
print("abc".match(/x*/g), "aab".match(/a*/g), "ab".match(/a??/g));
const re = /\b/g;
const idx: number[] = [];
let m: RegExpExecArray | null;
while ((m = re.exec("hi there")) !== null) {
  idx.push(m.index);
  if (m[0] === "") re.lastIndex++;
}
print(idx);
print([..."a1b".matchAll(/\d*/g)].map((x) => `${JSON.stringify(x[0])}@${x.index}`));
print("x".split(/(x)*/), "ab".split(/(?=b)/), "test".split(/t/, 2), "test".split(/t/, 0));
print("   ".replace(/\s*/g, "|"), "a\nb".replace(/^/gm, "> "), "a\nb\n".replace(/$/gm, ";"));
print("abc".search(/(?:)/), "".search(/x/), "".match(/^$/));
