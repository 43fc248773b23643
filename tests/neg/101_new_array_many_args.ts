// new Array(n) takes one length; new Array(a, b) is an array literal in disguise.
const xs = new Array(1, 2, 3);
console.log(xs);
// expect: TSFW1004 2:12
// hint: use new Array(n) with one number, or an array literal [a, b]
