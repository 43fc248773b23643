import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { Diag, Refusals, refusal } from "../diag";
import { packageRoot } from "../load";

/**
 * RegExp literals, checked at compile time by the runtime itself: build/regexp/regexp-check
 * (scripts/regexp-check.c) runs the runtime's translation and PCRE2 in the device's
 * configuration, so a literal it accepts compiles at start-up on every target. tsc reports the
 * syntax errors of a literal; the tool also knows what PCRE2 cannot match as JavaScript does.
 */
export interface RegExpLiteral {
  node: ts.RegularExpressionLiteral;
  /** The text between the slashes, as written. */
  source: string;
  flags: string;
}

export function regexpLiterals(source: ts.SourceFile): RegExpLiteral[] {
  const out: RegExpLiteral[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(n)) out.push({ node: n, ...splitLiteral(n.text) });
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

/** "/a\/b/gi" -> a\/b and gi: the flags follow the last slash. */
export function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf("/");
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

const toolDir = path.join(packageRoot, "build", "regexp");

/** The tool's answers, one a literal ("ok" or the SyntaxError), or why it could not run. */
function runTool(variant: "" | "-nounicode", lits: RegExpLiteral[]): string[] | string {
  const tool = path.join(toolDir, `regexp-check${variant}`);
  if (!fs.existsSync(tool)) {
    // a fresh clone: build it (and PCRE2 from Debian's source) once
    const make = spawnSync("make", ["--no-print-directory", "-s", "-C", packageRoot, "regexp-check"], {
      encoding: "utf8",
    });
    if (make.status !== 0 || !fs.existsSync(tool))
      return `${path.relative(packageRoot, tool)} could not be built (${(make.stderr || make.error?.message || "").trim().split("\n").pop()})`;
  }
  // a literal holds no line terminator, so one line is one literal
  const input = lits.map((l) => `${l.flags}/${l.source}\n`).join("");
  const r = spawnSync(tool, [], { input, encoding: "utf8" });
  const lines = (r.stdout ?? "").split("\n").slice(0, lits.length);
  if (r.status !== 0 || lines.length !== lits.length)
    return `${tool} failed (${r.error?.message ?? `exit ${r.status}`})`;
  return lines;
}

/**
 * An error for each literal the device would refuse, at its file:line:col. Literals in which tsc
 * already found a syntax error are left to tsc's diagnostic.
 */
export function checkRegExpLiterals(lits: RegExpLiteral[], tsDiags: readonly Diag[]): Diag[] {
  const sf = lits[0]?.node.getSourceFile();
  const withTsError = (l: RegExpLiteral) => {
    const a = sf.getLineAndCharacterOfPosition(l.node.getStart(sf));
    const b = sf.getLineAndCharacterOfPosition(l.node.getEnd());
    return tsDiags.some((d) => d.line === a.line + 1 && d.col > a.character && d.col <= b.character + 1);
  };
  const todo = lits.filter((l) => !withTsError(l));
  if (!todo.length) return [];
  const answers = runTool("", todo);
  if (typeof answers === "string") return [refusal(todo[0].node, Refusals.RegExpCheck, answers)];
  return todo.flatMap((l, i) => (answers[i] === "ok" ? [] : [refusal(l.node, Refusals.RegExpLiteral, answers[i])]));
}

/** True when PCRE2 built without Unicode gives every literal the same answers (devices then link the smaller one). */
export function literalsFitNoUnicode(lits: RegExpLiteral[]): boolean {
  if (!lits.length) return true;
  const answers = runTool("-nounicode", lits);
  return typeof answers !== "string" && answers.every((a) => a === "ok");
}
