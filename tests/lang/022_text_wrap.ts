// Greedy word wrapping, justification and centering of a paragraph at several widths.
const paragraph =
  "Compilers translate programs written in one language into another. A good compiler " +
  "preserves meaning exactly, reports errors clearly, and produces efficient code. " +
  "Supercalifragilisticexpialidocious words must still be handled gracefully.";

function wrap(text: string, width: number): string[] {
  const words = text.split(" ").filter((w) => w !== "");
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    if (cur === "") cur = w;
    else if (cur.length + 1 + w.length <= width) cur += " " + w;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur !== "") lines.push(cur);
  return lines;
}

function justify(line: string, width: number): string {
  const words = line.split(" ");
  if (words.length === 1) return line;
  const letters = words.reduce((s, w) => s + w.length, 0);
  const gaps = words.length - 1;
  let spaces = width - letters;
  let out = "";
  for (let i = 0; i < words.length; i++) {
    out += words[i];
    if (i < gaps) {
      const n = Math.ceil(spaces / (gaps - i));
      out += " ".repeat(n);
      spaces -= n;
    }
  }
  return out;
}

function center(line: string, width: number): string {
  const total = Math.max(0, width - line.length);
  const left = Math.floor(total / 2);
  return " ".repeat(left) + line + " ".repeat(total - left);
}

for (const width of [40, 28]) {
  const lines = wrap(paragraph, width);
  console.log(`== width ${width}: ${lines.length} lines`);
  console.log("+" + "-".repeat(width) + "+");
  lines.forEach((l, i) => {
    const body = i === lines.length - 1 ? l.padEnd(width) : justify(l, width).padEnd(width);
    console.log("|" + body + "|");
  });
  console.log("+" + "-".repeat(width) + "+");
}
for (const l of wrap("one two three four five six seven", 12)) console.log("[" + center(l, 16) + "]");
console.log(wrap("", 10), wrap("tiny", 1));
