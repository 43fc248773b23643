// console.log of RegExps and match results, alone and inside arrays and objects, as node prints them.
console.log(/abc/gi);
console.log([/a/, /b/g], { re: /c+/m, n: 1 });
console.log(/(?<y>\d{4})/.exec("in 2024"));
console.log(/(a)|(b)/.exec("b"));
console.log("aXbX".match(/X/g));
console.log("none".match(/X/));
console.log("a-b".match(/(\w)-(\w)/));
console.log([..."k=v;x=y".matchAll(/(\w)=(\w)/g)]);
console.log({ m: /x/.exec("x") });
console.log(/d/d.exec("ad"));
console.log(/(?<k>a)(b)?/d.exec("a"));
console.log(new RegExp("/path/", "g"), [new RegExp("")]);
const nested = { rules: [{ name: "digits", re: /^\d+$/ }], count: 1 };
console.log(nested);
console.log(JSON.stringify({ re: /x/ }), JSON.stringify("a1".match(/\d/)));
print(/x/y, [/a/, "b"]);
