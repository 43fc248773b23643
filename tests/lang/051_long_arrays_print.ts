// console.log of long numeric arrays: column grouping for >6 items and truncation past 100 items.
const squares: number[] = [];
for (let i = 0; i < 30; i++) squares.push(i * i);
console.log(squares);

const hundredAndFive: number[] = [];
for (let i = 0; i < 105; i++) hundredAndFive.push((i * 37) % 101);
console.log(hundredAndFive);
console.log("length:", hundredAndFive.length);

const exactly100 = hundredAndFive.slice(0, 100);
console.log(exactly100);

const seven = [1, 22, 333, 4444, 55555, 666666, 7777777];
console.log(seven);
console.log(seven.slice(0, 6));

const negatives = [-1, 2, -3, 4, -5, 6, -7, 8, -9, 10, -11, 12];
console.log(negatives);

const fractions: number[] = [];
for (let i = 1; i <= 16; i++) fractions.push(1 / i);
console.log(fractions);

const mixedWidth = [1, 1000000, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26];
console.log(mixedWidth);

const nested = [squares.slice(0, 8), squares.slice(8, 20)];
console.log(nested);
console.log({ data: squares.slice(0, 12), label: "squares" });

const bools: boolean[] = [];
for (let i = 0; i < 12; i++) bools.push(i % 3 === 0);
console.log(bools);
const big = Array.from({ length: 250 }, (_, i) => i * 2);
console.log(big);
console.log([big.length, big[249], big.reduce((a, b) => a + b, 0)]);
