// Comparisons of integer counters with integer literals, other counters and bit operators'
// results are made on the integers: they agree with the comparisons of the doubles.

function main(): void {
  const rows: string[] = [];
  for (let i = -3; i < 3; i++) {
    let row = "";
    for (let j = -2; j <= 2; j++) {
      const bits = [i < j, i <= j, i > j, i >= j, i === j, i !== j];
      row += bits.map((b) => (b ? "1" : "0")).join("") + " ";
    }
    rows.push(row);
  }
  console.log(rows.join("\n"));

  // a uint32 (>>>) against an int32 (|): -1 >>> 0 is 4294967295, not -1
  let x = -1;
  x--;
  x++;
  console.log(x >>> 0 > (x | 0), x >>> 0 === 4294967295, x >>> 0 === -1, (x | 0) < x >>> 0);

  // literals that are not int32: large, fractional, -0, NaN
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i < 9007199254740991) n++;
    if (i < 2.5) n += 10;
    if (i > -0) n += 100;
    if (i < Number.NaN) n += 1000;
    if (i !== 1e300) n += 10000;
  }
  console.log(n);

  // a counter past int32 and its low 32 bits
  let big = 0;
  big = 2147483647;
  big++;
  console.log(big > 2147483647, big === 2147483648, (big | 0) < 0, (big | 0) === -2147483648);

  // the result of a shift, compared with a literal and a counter
  let neg = 0;
  for (let s = 0; s < 33; s++) if (1 << s < 0 || 1 << s === s) neg++;
  console.log(neg);
}

main();
