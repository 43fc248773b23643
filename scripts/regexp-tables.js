#!/usr/bin/env node
// regexp-tables.js - writes components/runtime/regexp/regexp_tables.h: the
// facts about JavaScript's RegExp that the runtime needs and PCRE2 does not
// give in the same form, all taken from node (the oracle):
//   - case-insensitive equivalence classes, without (/i) and with (/iu) the
//     u flag, found by asking node's RegExp which code points match which;
//   - the characters of \s;
//   - the property names \p{...} accepts under /u (candidates from perl's
//     Unicode::UCD, kept when node accepts them), with the PCRE2 form of each.
//
//   node scripts/regexp-tables.js            regenerate the header (about 2 minutes)
//   node scripts/regexp-tables.js --check    compare the committed header with node
//                                            (the tables that are quick to rebuild,
//                                            and every case class against node)
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const OUT = path.join(__dirname, "..", "components", "runtime", "regexp", "regexp_tables.h");

const hex = (c) => c.toString(16);
const esc = (c, u) => (u ? `\\u{${hex(c)}}` : `\\u${hex(c).padStart(4, "0")}`);
const chr = (c, u) => (u ? String.fromCodePoint(c) : String.fromCharCode(c));

/* Every code point whose case class (under /i or /iu) has more than one member,
 * as [member, representative] with the representative the smallest member. */
function caseClasses(u) {
  const max = u ? 0x10ffff : 0xffff;
  const flags = u ? "iu" : "i";
  const found = (s, lo, hi, acc) => {
    if (lo > hi || !new RegExp(`^[${esc(lo, u)}-${esc(hi, u)}]$`, flags).test(s)) return;
    if (lo === hi) return void acc.push(lo);
    const mid = (lo + hi) >> 1;
    found(s, lo, mid, acc);
    found(s, mid + 1, hi, acc);
  };
  const rep = new Map();
  for (let c = 0; c <= max; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (rep.has(c)) continue;
    const s = chr(c, u);
    const acc = [];
    found(s, c + 1, max, acc); // smaller members were seen first
    for (const d of acc) rep.set(d, c);
  }
  return [...rep.entries()].sort((a, b) => a[0] - b[0]);
}

/* Runs of members with the same distance to their representative and a
 * constant step (1 or 2): { start, count, step, delta }. */
function toRuns(pairs) {
  const runs = [];
  for (const [c, r] of pairs) {
    const delta = r - c;
    const last = runs[runs.length - 1];
    const step = last && last.count === 1 ? c - last.start : last && last.step;
    if (last && last.delta === delta && (step === 1 || step === 2) && c === last.start + last.count * step && last.count < 127) {
      last.step = step;
      last.count++;
    } else {
      runs.push({ start: c, count: 1, step: 1, delta });
    }
  }
  return runs;
}

function whitespace() {
  const ranges = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (!/\s/.test(String.fromCharCode(c))) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  return ranges;
}

// ECMAScript's binary properties (ECMA-262, table "Binary Unicode property aliases").
const BINARY = `ASCII ASCII_Hex_Digit Alphabetic Any Assigned Bidi_Control Bidi_Mirrored Case_Ignorable Cased
  Changes_When_Casefolded Changes_When_Casemapped Changes_When_Lowercased Changes_When_NFKC_Casefolded
  Changes_When_Titlecased Changes_When_Uppercased Dash Default_Ignorable_Code_Point Deprecated Diacritic Emoji
  Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extended_Pictographic Extender
  Grapheme_Base Grapheme_Extend Hex_Digit IDS_Binary_Operator IDS_Trinary_Operator ID_Continue ID_Start Ideographic
  Join_Control Logical_Order_Exception Lowercase Math Noncharacter_Code_Point Pattern_Syntax Pattern_White_Space
  Quotation_Mark Radical Regional_Indicator Sentence_Terminal Soft_Dotted Terminal_Punctuation Unified_Ideograph
  Uppercase Variation_Selector White_Space XID_Continue XID_Start`.split(/\s+/);

function perlLines(code) {
  return execFileSync("perl", ["-MUnicode::UCD=prop_aliases,prop_values,prop_value_aliases", "-e", code], {
    encoding: "utf8",
  })
    .trim()
    .split("\n");
}

const accepts = (body) => {
  try {
    new RegExp(`\\p{${body}}`, "u");
    return true;
  } catch {
    return false;
  }
};

/* Entries "name\0Ktarget\0": K is g (General_Category value), b (binary
 * property) or s (script); an empty target means the name itself. */
function propertyNames() {
  const entries = new Map();
  const add = (kind, name, target) => {
    const key = `${kind}:${name}`;
    if (!entries.has(key)) entries.set(key, [kind, name, target]);
  };
  const variants = (names) => [...new Set(names.flatMap((n) => [n, n.toLowerCase()]))];
  for (const line of perlLines('for (prop_values("gc")) { print join(" ", prop_value_aliases("gc", $_)), "\\n" }')) {
    const names = line.split(" ");
    for (const n of variants(names)) if (accepts(n) && accepts(`General_Category=${n}`)) add("g", n, names[0]);
  }
  for (const long of BINARY) {
    const names = [long, ...perlLines(`print join(" ", prop_aliases("${long}")), "\\n"`)[0].split(" ")];
    for (const n of variants(names)) if (accepts(n) && !accepts(`General_Category=${n}`)) add("b", n, long);
  }
  for (const line of perlLines('for (prop_values("sc")) { print join(" ", prop_value_aliases("sc", $_)), "\\n" }')) {
    const names = line.split(" ");
    const long = names[1] || names[0];
    for (const n of variants(names)) if (accepts(`Script=${n}`) && accepts(`Script_Extensions=${n}`)) add("s", n, long);
  }
  return [...entries.values()].sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
}

function header(foldN, foldU, props) {
  const runs = (name, list) =>
    `static const RxFoldRun ${name}[${list.length}] = {\n` +
    list.map((r) => `    {0x${hex(r.start)}, ${r.count}, ${r.step}, ${r.delta}},`).join("\n") +
    "\n};\n";
  const ws = whitespace();
  const names = props.map(([k, n, t]) => `    "${n}\\0${k}${t === n ? "" : t}",`).join("\n");
  return `/* regexp_tables.h - generated by scripts/regexp-tables.js from node ${process.version}; do not edit.
 * Included once, by regexp_syntax.c. */
/* clang-format off */

/* Case-insensitive equivalence classes: each member c of a run
 * (start + k * step, k < count) has the class representative c + delta (the
 * smallest member); characters that appear nowhere are alone in their class. */
typedef struct RxFoldRun {
    uint32_t start;
    uint8_t count;
    uint8_t step;
    int32_t delta;
} RxFoldRun;

/* without the u flag (JavaScript's Canonicalize through toUpperCase) */
${runs("rx_fold_units", foldN)}
/* with the u flag (simple case folding) */
${runs("rx_fold_code_points", foldU)}
/* \\s: WhiteSpace and LineTerminator */
static const uint16_t rx_space_ranges[${ws.length}][2] = {
${ws.map(([a, b]) => `    {0x${hex(a)}, 0x${hex(b)}},`).join("\n")}
};

/* \\p{...} names: "name\\0" then a kind (g General_Category value, b binary
 * property, s script) followed by the canonical name when it differs. */
static const char *const rx_property_names[] = {
${names}
};
/* clang-format on */
`;
}

function main() {
  const check = process.argv.includes("--check");
  if (!check) {
    const text = header(toRuns(caseClasses(false)), toRuns(caseClasses(true)), propertyNames());
    fs.writeFileSync(OUT, text);
    return;
  }
  const old = fs.readFileSync(OUT, "utf8");
  const expectProps = header([], [], propertyNames()).split("/* \\s")[1];
  let bad = 0;
  if (old.split("/* \\s")[1] !== expectProps) {
    console.error("regexp-tables: \\s or property names differ from node's; run node scripts/regexp-tables.js");
    bad++;
  }
  for (const [name, u] of [
    ["rx_fold_units", false],
    ["rx_fold_code_points", true],
  ]) {
    const body = old.split(`${name}[`)[1].split("};")[0];
    const classes = new Map();
    for (const m of body.matchAll(/\{0x([0-9a-f]+), (\d+), (\d+), (-?\d+)\}/g)) {
      const [start, count, step, delta] = [parseInt(m[1], 16), +m[2], +m[3], +m[4]];
      for (let k = 0; k < count; k++) {
        const c = start + k * step;
        const r = c + delta;
        if (!classes.has(r)) classes.set(r, [r]);
        classes.get(r).push(c);
      }
    }
    // every member matches every other member, and nothing else among their case mappings
    for (const members of classes.values()) {
      for (const a of members) {
        const re = new RegExp(`^${esc(a, u)}$`, u ? "iu" : "i");
        for (const b of members) if (!re.test(chr(b, u))) bad++, console.error(`${name}: ${hex(a)} !~ ${hex(b)}`);
      }
    }
    const rep = new Map();
    for (const [r, members] of classes) for (const c of members) rep.set(c, r);
    const max = u ? 0x10ffff : 0xffff;
    for (let c = 0; c <= max; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = chr(c, u);
      for (const t of [s.toUpperCase(), s.toLowerCase()]) {
        const d = t.codePointAt(0);
        if (t.length !== (d > 0xffff ? 2 : 1) || d === c) continue;
        const same = new RegExp(`^${esc(d, u)}$`, u ? "iu" : "i").test(s);
        if (same !== ((rep.get(c) ?? c) === (rep.get(d) ?? d))) bad++, console.error(`${name}: ${hex(c)} / ${hex(d)}`);
      }
    }
  }
  if (bad) process.exit(1);
  console.log("regexp-tables: the committed tables agree with node " + process.version);
}

main();
