const code = "1 + 1";
eval(code);
// expect: TSFW1003 2:1
