/**
 * Runs of field accesses through borrowed instances (emit/borrow.ts). Each access to a number or
 * boolean field, `ts_fldp_num(bi_f, bi, offset, key, at)`, tests its field pointer, and its
 * out-of-line path for a value that is not an instance (a read or write by key) is a call that could
 * change any memory: after each access the C compiler reloads everything, and keeps nothing in
 * registers. A run of straight-line statements (declarations and expressions) gets a second copy for
 * when every field pointer it uses is set, in which an access is a load or a store (`ts_fld_at_num`):
 * plain arithmetic on memory. The first copy serves a value that is not an instance of its class.
 *
 * The copies do the same: a pointer the run does not assign stays set through it, so each access
 * of the first copy would take its in-place branch too. Only runs in loops are copied, where they
 * repeat, and only those with a few accesses: the code is there twice.
 *
 * This runs on a function's finished C, after emit/numviews.ts.
 */
import * as C from "../cir/build";
import { Expr, Local, Stmt } from "../cir/nodes";
import { children, mapChildren, mapLists, ownExprs, someStmt } from "../cir/walk";

/** The accesses a run takes in place, with their in-place form and the positions of its arguments. */
const inPlace: Record<string, { fn: string; args: number[] }> = {
  ts_fldp_num: { fn: "ts_fld_at_num", args: [0, 2] },
  ts_fldp_bool: { fn: "ts_fld_at_bool", args: [0, 2] },
  ts_fldp_set_num: { fn: "ts_fld_at_set_num", args: [0, 2, 3] },
  ts_fldp_set_bool: { fn: "ts_fld_at_set_bool", args: [0, 2, 3] },
};

/** A run shorter than this many accesses keeps one copy: the tests it saves do not pay for the code. */
const MIN_ACCESSES = 4;

/** body with the runs of field accesses in its loops given an in-place copy. */
export function fieldRuns(body: Stmt[]): Stmt[] {
  return body.map((s) => nestedRuns(s, false));
}

function loopBody(body: Stmt[]): Stmt[] {
  const out: Stmt[] = [];
  let run: Stmt[] = [];
  const close = (rest: Stmt[]): void => {
    out.push(...versioned(run, rest));
    run = [];
  };
  body.forEach((s, i) => {
    if (inRun(s)) {
      run.push(s);
      return;
    }
    close(body.slice(i));
    out.push(nestedRuns(s, true));
  });
  close([]);
  return out;
}

/** s with its nested lists done: as loop bodies inside a loop, else looked into for loops. */
function nestedRuns(s: Stmt, inLoop: boolean): Stmt {
  if (s.k === "for") return { ...s, body: loopBody(s.body) };
  return mapLists(s, inLoop ? loopBody : fieldRuns);
}

/** Straight-line code: a declaration, an expression or a #line. */
const inRun = (s: Stmt): boolean => s.k === "line" || s.k === "decl" || s.k === "expr";

/** The run as it is, or tested and given its in-place copy when it has enough accesses. */
function versioned(run: Stmt[], rest: Stmt[]): Stmt[] {
  const pointers = new Map<string, Local>();
  let accesses = 0;
  let local = true;
  const find = (e: Expr): void => {
    if (e.k === "call" && e.fn in inPlace) {
      const p = e.args[0];
      if (p.k === "name" && p.local) pointers.set(p.name, p.local);
      else local = false;
      accesses++;
    }
    children(e).forEach(find);
  };
  run.forEach((s) => ownExprs(s).forEach(find));
  if (accesses < MIN_ACCESSES || !local || assignsAny(run, pointers)) return run;
  // a local the run declares and later code uses is declared before the copies, which assign it
  const later = usedLater(run, rest);
  const hoisted = (s: Stmt): Stmt[] => {
    if (s.k !== "decl" || !later.has(s.v.name)) return [s];
    return s.init ? [C.exprStmt(C.assign(C.ref(s.v), s.init))] : [];
  };
  const slow = run.flatMap(hoisted);
  const test = [...pointers.values()].map((p) => C.ref(p) as Expr).reduce((a, b) => C.binary("&&", a, b, "bool"));
  return [
    ...run.flatMap((s) => (s.k === "decl" && later.has(s.v.name) ? [C.decl(s.v)] : [])),
    C.ifStmt(test, slow.map(fast), slow),
  ];
}

/** Does the run assign one of the pointers (then the test made before it would not hold)? */
function assignsAny(run: Stmt[], pointers: Map<string, Local>): boolean {
  const hit = (e: Expr): boolean =>
    (e.k === "assign" && e.target.k === "name" && pointers.has(e.target.name)) || children(e).some(hit);
  return run.some((s) => (s.k === "decl" && pointers.has(s.v.name)) || ownExprs(s).some(hit));
}

/** The locals the run declares that code after it uses. */
function usedLater(run: Stmt[], rest: Stmt[]): Set<string> {
  const declared = new Set(run.flatMap((s) => (s.k === "decl" ? [s.v.name] : [])));
  const used = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.k === "name" && declared.has(e.name)) used.add(e.name);
    children(e).forEach(visit);
  };
  someStmt(rest, (s) => {
    if (s.k === "release" && declared.has(s.v.name)) used.add(s.v.name);
    ownExprs(s).forEach(visit);
    return false;
  });
  return used;
}

function fast(s: Stmt): Stmt {
  const rewrite = (e: Expr): Expr => {
    const mapped = mapChildren(e, rewrite);
    if (mapped.k !== "call" || !(mapped.fn in inPlace)) return mapped;
    const { fn, args } = inPlace[mapped.fn];
    return C.call(
      fn,
      args.map((i) => mapped.args[i]),
      mapped.t,
      { mayThrow: false, pure: mapped.t !== "void" },
    );
  };
  if (s.k === "decl") return s.init ? { ...s, init: rewrite(s.init) } : s;
  if (s.k === "expr") return { ...s, e: rewrite(s.e) };
  return s;
}
