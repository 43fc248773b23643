const re = new RegExp("a+");
print(re.test("aaa"));
// expect: TSFW1004 1:12
// expect: TSFW1004 2:10
