// Literals the device's engine cannot match as JavaScript does, all reported in one pass, each
// at its file:line:col with node's SyntaxError text and a hint.
const lookbehind = /(?<=\d+)px/;
const skipped = /(?:(a)|b)+/g;
const emptyRepeat = /(a*)*/;
const lone = /\ud800/u;
const backInBehind = /(?<=(a)\1)b/;
const count = /a{70000}/;
const fine = /^[a-z]+$/i;
print(lookbehind, skipped, emptyRepeat, lone, backInBehind, count, fine);
// expect: TSFW1001 3:20
// expect: TSFW1001 4:17
// expect: TSFW1001 5:21
// expect: TSFW1001 6:14
// expect: TSFW1001 7:22
// expect: TSFW1001 8:15
// hint: fixed length
// hint: capture outside the repetition
// hint: at least one character
// hint: drop the u flag
// hint: lookahead
// hint: 65535
