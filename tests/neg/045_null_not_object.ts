function len(s: string | null): number {
  return s.length;
}
print(len("ab"));
// expect: TS18047 2:10
