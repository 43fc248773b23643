// Huffman coding: build the tree with a sorted work list, derive codes, encode and decode a message.
interface HNode {
  ch: string;
  freq: number;
  order: number;
  left?: HNode;
  right?: HNode;
}
const message = "abracadabra alakazam";
const freq = new Map<string, number>();
for (const c of message) freq.set(c, (freq.get(c) ?? 0) + 1);
let order = 0;
let work: HNode[] = [...freq].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([ch, f]) => ({ ch, freq: f, order: order++ }));
while (work.length > 1) {
  const [a, b, ...rest] = work;
  const merged: HNode = { ch: a.ch + b.ch, freq: a.freq + b.freq, order: order++, left: a, right: b };
  work = [...rest, merged].sort((x, y) => x.freq - y.freq || x.order - y.order);
}
const root = work[0];
const codes: Record<string, string> = {};
function assign(n: HNode, prefix: string): void {
  if (!n.left || !n.right) {
    codes[n.ch] = prefix || "0";
    return;
  }
  assign(n.left, prefix + "0");
  assign(n.right, prefix + "1");
}
assign(root, "");
print(freq);
for (const ch of Object.keys(codes).sort()) print(JSON.stringify(ch), freq.get(ch), codes[ch]);
const encoded = [...message].map((c) => codes[c]).join("");
print("encoded bits:", encoded.length, "vs fixed 8-bit:", message.length * 8);
print(encoded);
let decoded = "";
let node = root;
for (const bit of encoded) {
  node = (bit === "0" ? node.left : node.right)!;
  if (!node.left) {
    decoded += node.ch;
    node = root;
  }
}
print("decoded:", decoded, decoded === message);
const avg = encoded.length / message.length;
print("average bits per symbol:", avg.toFixed(4));
