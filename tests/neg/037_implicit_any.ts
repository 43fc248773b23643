function twice(v) {
  return v + v;
}
print(twice(2));
// expect: TS7006 1:16
