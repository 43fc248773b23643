/** Questions asked of the C IR by walking it: references between definitions, temporaries, primitive values. */
import { CType, Def, Expr, Module, Stmt, Struct } from "./nodes";

/** The direct sub-expressions of an expression. */
export function children(e: Expr): Expr[] {
  switch (e.k) {
    case "lit":
    case "strlit":
    case "name":
      return [];
    case "call":
    case "array":
    case "init":
      return e.k === "call" ? e.args : e.items;
    case "wrap":
    case "temp":
    case "field":
    case "unary":
    case "cast":
      return [e.of];
    case "index":
      return [e.of, e.index];
    case "binary":
      return [e.left, e.right];
    case "cond":
      return [e.test, e.then, e.else];
    case "assign":
      return [e.target, e.value];
    case "seq":
      return e.items;
  }
}

/** True when e or any expression inside it satisfies the test. */
export function someExpr(e: Expr, test: (e: Expr) => boolean): boolean {
  return test(e) || children(e).some((c) => someExpr(c, test));
}

/** The expressions a statement evaluates itself (not those of nested statements). */
export function ownExprs(s: Stmt): Expr[] {
  switch (s.k) {
    case "decl":
      return s.init ? [s.init] : [];
    case "expr":
      return [s.e];
    case "if":
      return [s.test];
    case "for":
      return [s.test, s.step].filter((e): e is Expr => e !== undefined);
    case "switch":
      return [s.on];
    case "return":
      return s.value ? [s.value] : [];
    default:
      return [];
  }
}

/** The statements nested in a statement. */
function nested(s: Stmt): Stmt[] {
  switch (s.k) {
    case "if":
      return [...s.then, ...(s.else ?? [])];
    case "for":
      return [...(s.init ? [s.init] : []), ...s.body];
    case "switch":
      return s.cases.flatMap((c) => c.body);
    case "block":
      return s.body;
    default:
      return [];
  }
}

/** Every expression of a list of statements, nested statements included. */
function allExprs(body: Stmt[]): Expr[] {
  return body.flatMap((s) => [...ownExprs(s), ...allExprs(nested(s))]);
}

/** True when a statement list contains a statement that satisfies the test. */
export function someStmt(body: Stmt[], test: (s: Stmt) => boolean): boolean {
  return body.some((s) => test(s) || someStmt(nested(s), test));
}

/** The definitions a definition refers to by name or calls. */
function references(d: Def): Set<Def> {
  const out = new Set<Def>();
  const visit = (e: Expr): void => {
    if ((e.k === "name" || e.k === "call") && e.def) out.add(e.def);
    const s = e.k === "cast" ? structOf(e.t) : undefined;
    if (s) out.add(s);
    children(e).forEach(visit);
  };
  if (d.k === "func") allExprs(d.body).forEach(visit);
  else if (d.k === "struct") {
    if (d.base && "k" in d.base) out.add(d.base);
  } else {
    const s = structOf(d.t);
    if (s) out.add(s);
    if (d.init) visit(d.init);
  }
  return out;
}

/** The struct of the module a type names, directly or through pointers. */
function structOf(t: CType): Struct | undefined {
  if (typeof t !== "object") return undefined;
  if ("ptr" in t) return structOf(t.ptr);
  return "named" in t ? t.def : undefined;
}

/**
 * The definitions the module's entries reach, in their original order:
 * unused functions, classes and literals would trip -Wunused-function/-variable.
 */
export function reachable(m: Module): Def[] {
  const seen = new Set<Def>(m.entries);
  const queue = [...m.entries];
  while (queue.length) {
    for (const d of references(queue.pop()!)) {
      if (!seen.has(d)) {
        seen.add(d);
        queue.push(d);
      }
    }
  }
  return m.defs.filter((d) => seen.has(d));
}

/** True when evaluating e pushes a value on the temporary stack. */
export const usesTemps = (e: Expr): boolean => someExpr(e, (x) => x.k === "temp");

/** A TsValue that holds no reference: a number, a boolean, undefined or null. */
export function isPrimitiveValue(e: Expr): boolean {
  if (e.t !== "val") return false;
  if (e.k === "lit") return true;
  return e.k === "wrap" && (e.of.t === "double" || e.of.t === "bool");
}

/** s with f applied to each statement list nested in it (a for's body, an if's branches, a block, cases). */
export function mapLists(s: Stmt, f: (body: Stmt[]) => Stmt[]): Stmt {
  switch (s.k) {
    case "for":
      return { ...s, body: f(s.body) };
    case "if":
      return { ...s, then: f(s.then), else: s.else && f(s.else) };
    case "block":
      return { ...s, body: f(s.body) };
    case "switch":
      return { ...s, cases: s.cases.map((c) => ({ ...c, body: f(c.body) })) };
    default:
      return s;
  }
}

/** e with f applied to its direct sub-expressions. */
export function mapChildren(e: Expr, f: (e: Expr) => Expr): Expr {
  switch (e.k) {
    case "call":
      return { ...e, args: e.args.map(f) };
    case "array":
    case "init":
      return { ...e, items: e.items.map(f) };
    case "wrap":
    case "temp":
    case "field":
    case "unary":
    case "cast":
      return { ...e, of: f(e.of) };
    case "index":
      return { ...e, of: f(e.of), index: f(e.index) };
    case "binary":
      return { ...e, left: f(e.left), right: f(e.right) };
    case "cond":
      return { ...e, test: f(e.test), then: f(e.then), else: f(e.else) };
    case "assign":
      return { ...e, target: f(e.target), value: f(e.value) };
    case "seq":
      return { ...e, items: e.items.map(f) };
    default:
      return e;
  }
}
