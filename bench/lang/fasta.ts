// fasta (the Benchmarks Game): DNA sequences from a repeated string and from
// weighted random choices with a linear congruential generator.

const IM = 139968;
const IA = 3877;
const IC = 29573;
let last = 42;

function random(max: number): number {
  last = (last * IA + IC) % IM;
  return (max * last) / IM;
}

const ALU =
  "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
  "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
  "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
  "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
  "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
  "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
  "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

interface Freq {
  c: string;
  p: number;
}

const IUB: Freq[] = [
  { c: "a", p: 0.27 }, { c: "c", p: 0.12 }, { c: "g", p: 0.12 }, { c: "t", p: 0.27 },
  { c: "B", p: 0.02 }, { c: "D", p: 0.02 }, { c: "H", p: 0.02 }, { c: "K", p: 0.02 },
  { c: "M", p: 0.02 }, { c: "N", p: 0.02 }, { c: "R", p: 0.02 }, { c: "S", p: 0.02 },
  { c: "V", p: 0.02 }, { c: "W", p: 0.02 }, { c: "Y", p: 0.02 },
];

const HOMO_SAPIENS: Freq[] = [
  { c: "a", p: 0.302954942668 },
  { c: "c", p: 0.1979883004921 },
  { c: "g", p: 0.1975473066391 },
  { c: "t", p: 0.3015094502008 },
];

const LINE = 60;

function repeatFasta(header: string, src: string, n: number): void {
  console.log(header);
  const s = src + src + src.slice(0, LINE);
  let pos = 0;
  while (n > 0) {
    const len = n < LINE ? n : LINE;
    console.log(s.slice(pos, pos + len));
    pos += len;
    if (pos > src.length) pos -= src.length;
    n -= len;
  }
}

function randomFasta(header: string, table: Freq[], n: number): void {
  console.log(header);
  let acc = 0;
  const cumulative: number[] = [];
  for (const f of table) {
    acc += f.p;
    cumulative.push(acc);
  }
  while (n > 0) {
    const len = n < LINE ? n : LINE;
    let line = "";
    for (let i = 0; i < len; i++) {
      const r = random(1);
      let k = 0;
      while (k < cumulative.length - 1 && r >= cumulative[k]) k++;
      line += table[k].c;
    }
    console.log(line);
    n -= len;
  }
}

const N = 250000;
repeatFasta(">ONE Homo sapiens alu", ALU, 2 * N);
randomFasta(">TWO IUB ambiguity codes", IUB, 3 * N);
randomFasta(">THREE Homo sapiens frequency", HOMO_SAPIENS, 5 * N);
