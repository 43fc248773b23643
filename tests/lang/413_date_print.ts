// console.log of dates alone and inside arrays, objects and maps; invalid dates; JSON.stringify.
const d = new Date(Date.UTC(2021, 6, 4, 9, 8, 7, 6));
const bad = new Date("nope");
console.log(d);
console.log(bad);
console.log([d, bad]);
console.log({ at: d, list: [d], n: 1 });
console.log(new Map([["k", d]]));
console.log(String(d), `${d}`, "" + d);
console.log(String(bad), bad.getTime(), bad.getFullYear(), bad.toString(), bad.toDateString());
console.log(JSON.stringify({ at: d, bad }), JSON.stringify([d]));
console.log(d.toJSON(), bad.toJSON());
console.log("%s|%o", d, d);
