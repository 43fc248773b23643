// Render a small markdown-like document to plain text: headings, bullets, numbered lists, emphasis.
const doc = `# Release Notes
Version *2.1* brings **faster** builds.

## Changes
- Parser rewritten
- New \`--fast\` flag
  - nested item is kept
- Fixed crash on empty input

## Steps
1. Download
1. Install
1. Run **tsfw** --help

> Note: backup first.
---
Thanks!`;

function inline(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    if (s.startsWith("**", i)) {
      const end = s.indexOf("**", i + 2);
      if (end > 0) { out += s.slice(i + 2, end).toUpperCase(); i = end + 2; continue; }
    }
    if (s[i] === "*" || s[i] === "`") {
      const end = s.indexOf(s[i], i + 1);
      if (end > 0) { out += (s[i] === "*" ? "_" : "'") + s.slice(i + 1, end) + (s[i] === "*" ? "_" : "'"); i = end + 1; continue; }
    }
    out += s[i++];
  }
  return out;
}

const out: string[] = [];
let counter = 0;
const toc: string[] = [];
for (const raw of doc.split("\n")) {
  const line = raw.trimEnd();
  if (line.startsWith("## ")) {
    const t = inline(line.slice(3));
    toc.push("  " + t);
    out.push("", t, "-".repeat(t.length));
    counter = 0;
  } else if (line.startsWith("# ")) {
    const t = inline(line.slice(2));
    toc.push(t);
    out.push(t.toUpperCase(), "=".repeat(t.length));
  } else if (line.trimStart().startsWith("- ")) {
    const indent = line.length - line.trimStart().length;
    out.push(" ".repeat(indent + 2) + (indent ? "o " : "* ") + inline(line.trimStart().slice(2)));
  } else if (line.length > 2 && line[0] >= "0" && line[0] <= "9" && line.includes(". ")) {
    counter++;
    out.push(`  ${counter}) ${inline(line.slice(line.indexOf(". ") + 2))}`);
  } else if (line.startsWith("> ")) {
    out.push("  | " + inline(line.slice(2)));
  } else if (line === "---") {
    out.push("~".repeat(30));
  } else if (line !== "") {
    out.push(inline(line));
  }
}
console.log(out.join("\n"));
console.log("TOC:", toc);
console.log("lines:", out.length, "longest:", Math.max(...out.map((l) => l.length)));
