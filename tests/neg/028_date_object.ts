const d = new Date();
print(d.getFullYear());
// expect: TSFW1004 1:11
// expect: TSFW1004 2:9
