import ts from "typescript";

/** A compiler diagnostic in tsc's form: `file:line:col - error CODE: message`. */
export interface Diag {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  code: string; // "TS2322" or "TSFW1001"
  message: string;
  hint?: string;
}

/** Codes of the subset's own diagnostics. */
export const Code = {
  UnsupportedSyntax: "TSFW1001",
  AnyType: "TSFW1002",
  Forbidden: "TSFW1003",
  UnsupportedLibrary: "TSFW1004",
  UnsupportedOperand: "TSFW1005",
  Exceptions: "TSFW1006",
  Async: "TSFW1007",
  Modules: "TSFW1008",
  Accessors: "TSFW1009",
  ThisOutsideClass: "TSFW1010",
  UnsupportedType: "TSFW1011",
  MethodValue: "TSFW1012",
} as const;

export function diagAt(node: ts.Node, code: string, message: string, hint?: string): Diag {
  const sf = node.getSourceFile();
  const pos = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return { file: sf.fileName, line: pos.line + 1, col: pos.character + 1, code, message, hint };
}

export function fromTsDiagnostic(d: ts.Diagnostic): Diag {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file || d.start === undefined) {
    return { file: "tsconfig", line: 1, col: 1, code: `TS${d.code}`, message };
  }
  const pos = d.file.getLineAndCharacterOfPosition(d.start);
  return { file: d.file.fileName, line: pos.line + 1, col: pos.character + 1, code: `TS${d.code}`, message };
}

export function formatDiag(d: Diag, cwd = process.cwd()): string {
  let file = d.file;
  if (file.startsWith(cwd + "/")) file = file.slice(cwd.length + 1);
  const text = `${file}:${d.line}:${d.col} - error ${d.code}: ${d.message}`;
  return d.hint ? `${text}\n  hint: ${d.hint}` : text;
}
