/**
 * Loops over number arrays. Each inline element read or write (ts_arr_get_num, ts_arr_set_num and
 * their `_i` forms) tests the value's tag, the array's kind and its length, and loads its block: the
 * C compiler cannot keep any of it in registers, since the out-of-line path of any access is a call
 * that could change the array. A loop whose C calls nothing but those accesses and pure helpers
 * cannot change an array's kind, length or block except through a write's out-of-line path (it may
 * grow the array, or store into one of another kind). So such a loop reads each array's block and
 * length once, into a TsNumView (tsfw.h), and its accesses test the index against the view's length
 * only; a write that takes the out-of-line path reads every view of the loop again (two locals may
 * hold the same array). An array of another kind has an empty view: all its accesses take the
 * general path, with the same results as before.
 *
 * This runs on a function's finished C: a loop qualifies, or the loops inside it are tried. Once
 * every function is emitted, quietFunctions drops the polls of the cycle collector from the loops
 * that make no garbage.
 */
import * as C from "../cir/build";
import { CType, Def, Expr, Func, Local, Stmt } from "../cir/nodes";
import { children, mapChildren, mapLists, ownExprs, someStmt } from "../cir/walk";

const VIEW: CType = { named: "TsNumView" };

/** The number element accesses a view serves, with the name of their view form. */
const accesses: Record<string, string> = {
  ts_arr_get_num: "ts_view_get_num",
  ts_arr_get_num_i: "ts_view_get_num_i",
  ts_arr_set_num: "ts_view_set_num",
  ts_arr_set_num_i: "ts_view_set_num_i",
};
/** Calls that change no array: the length read, and the cycle collector's poll (it frees only unreachable objects). */
const harmless = new Set(["ts_arr_length", "ts_gc_poll"]);

/** The loops of body with views of their number arrays where they qualify; newName gives a fresh C name. */
export function viewLoops(body: Stmt[], newName: (base: string) => string): Stmt[] {
  return body.map((s) => viewStmt(s, newName));
}

function viewStmt(s: Stmt, newName: (base: string) => string): Stmt {
  if (s.k !== "for") return mapLists(s, (body) => viewLoops(body, newName));
  const arrays = viewable(s);
  if (arrays) return withViews(s, arrays, newName);
  return { ...s, body: viewLoops(s.body, newName) };
}

/** Runtime calls that make no garbage: number element accesses (views too), lengths, the poll, the temporaries' mark. */
const quietRuntime = new Set([
  ...Object.keys(accesses),
  ...Object.values(accesses),
  "ts_num_view",
  "ts_arr_length",
  "ts_gc_poll",
  "ts_tmp_mark",
]);

/**
 * A loop that calls nothing but pure helpers, number element reads and writes, and functions of the
 * app that make no garbage (`quiet`, see quietFunctions), and releases nothing, makes no cycle
 * candidates: its polls of the cycle collector could never collect. (A number written over an
 * element of a number[] releases nothing: the array holds no object.) Code on its way to a throw
 * leaves the loop, and does not count.
 */
function makesNoGarbage(loop: Stmt, quiet: ReadonlySet<Func>): boolean {
  const clean = (e: Expr): boolean =>
    e.k !== "temp" &&
    (e.k !== "call" || e.pure || quietRuntime.has(e.fn) || (e.def?.k === "func" && quiet.has(e.def))) &&
    children(e).every(clean);
  return !outsideThrows([loop], (s) => s.k === "release" || !ownExprs(s).every(clean));
}

/** A statement list that ends in a throw: it runs only on the way out of the function's loops and calls. */
function throws(list: Stmt[]): boolean {
  return (
    list.some((s) => s.k === "expr" && s.e.k === "call" && s.e.fn === "ts_throw") &&
    !someStmt(list, (s) => s.k === "goto" || s.k === "label" || s.k === "break" || s.k === "return")
  );
}

/** someStmt, but not inside the lists that end in a throw. */
function outsideThrows(body: Stmt[], test: (s: Stmt) => boolean): boolean {
  if (throws(body)) return false;
  return body.some((s) => {
    if (test(s)) return true;
    switch (s.k) {
      case "if":
        return outsideThrows(s.then, test) || (!!s.else && outsideThrows(s.else, test));
      case "for":
        return (!!s.init && outsideThrows([s.init], test)) || outsideThrows(s.body, test);
      case "block":
        return outsideThrows(s.body, test);
      case "switch":
        return s.cases.some((c) => outsideThrows(c.body, test));
      default:
        return false;
    }
  });
}

/** The loops in body that make no garbage, without their polls (in a loop that makes some). */
function quietLoops(body: Stmt[], quiet: ReadonlySet<Func>): Stmt[] {
  return body.map((s) =>
    s.k === "for" && makesNoGarbage(s, quiet)
      ? { ...s, body: withoutPolls(s.body) }
      : mapLists(s, (list) => quietLoops(list, quiet)),
  );
}

/**
 * The app's functions that make no garbage: whose C calls nothing but pure helpers, number element
 * accesses and such functions (a recursive one too), and releases nothing, but on its way to a
 * throw. A loop that calls only those does not poll either: each function's loops lose their polls
 * once every function is emitted.
 */
export function quietFunctions(defs: Def[]): void {
  const funcs = defs.filter((d): d is Func => d.k === "func");
  const quiet = new Set(funcs);
  for (let changed = true; changed;) {
    changed = false;
    for (const f of quiet) {
      const body: Stmt = { k: "block", body: f.body };
      if (!makesNoGarbage(body, quiet)) {
        quiet.delete(f);
        changed = true;
      }
    }
  }
  for (const f of funcs) f.body = quietLoops(f.body, quiet);
}

function withoutPolls(body: Stmt[]): Stmt[] {
  return body.flatMap((s): Stmt[] =>
    s.k === "expr" && s.e.k === "call" && s.e.fn === "ts_gc_poll" ? [] : [mapLists(s, withoutPolls)],
  );
}

/**
 * A list of statements that leaves the function (its last is a return) without a jump back into the
 * loop: what it calls cannot change what the loop reads afterwards, and its accesses keep the
 * general path, since they may follow such a call.
 */
function exits(list: Stmt[]): boolean {
  return (
    list.length > 0 &&
    list[list.length - 1].k === "return" &&
    !someStmt(list, (s) => s.k === "goto" || s.k === "break" || s.k === "label" || s.k === "for")
  );
}

/** The array locals a loop reads or writes as numbers, when it calls nothing else that could change them. */
function viewable(loop: Stmt & { k: "for" }): Local[] | undefined {
  const arrays = new Map<string, Local>();
  const assigned = new Set<string>(); // and declared inside the loop
  let ok = true;
  const expr = (e: Expr): void => {
    if (!ok) return;
    if (e.k === "call") {
      const a = e.args[0];
      if (accesses[e.fn] && a.k === "name" && a.local && !a.def) arrays.set(a.name, a.local);
      else if (!e.pure && !harmless.has(e.fn)) ok = false;
    } else if (e.k === "temp") ok = false;
    else if (e.k === "assign" && e.target.k === "name") assigned.add(e.target.name);
    else if (e.k === "unary" && (e.op === "&" || e.op === "++" || e.op === "--") && e.of.k === "name")
      assigned.add(e.of.name);
    children(e).forEach(expr);
  };
  const stmt = (s: Stmt): void => {
    switch (s.k) {
      case "decl":
        assigned.add(s.v.name);
        if (s.init) expr(s.init);
        break;
      case "expr":
        expr(s.e);
        break;
      case "if":
        expr(s.test);
        list(s.then);
        if (s.else) list(s.else);
        break;
      case "for":
        if (s.init) stmt(s.init);
        if (s.test) expr(s.test);
        if (s.step) expr(s.step);
        s.body.forEach(stmt);
        break;
      case "block":
        list(s.body);
        break;
      case "switch":
        expr(s.on);
        s.cases.forEach((c) => list(c.body));
        break;
      case "return":
        if (s.value) expr(s.value);
        break;
      case "release":
        ok = false;
        break;
    }
  };
  const list = (body: Stmt[]): void => {
    if (!exits(body)) body.forEach(stmt);
  };
  stmt(loop);
  if (!ok || arrays.size === 0) return undefined;
  const out = [...arrays.values()];
  return out.some((v) => assigned.has(v.name) || v.t !== "val") ? undefined : out;
}

function withViews(loop: Stmt & { k: "for" }, arrays: Local[], newName: (base: string) => string): Stmt {
  const views = new Map(arrays.map((a) => [a.name, { name: newName(`${a.name}_view`), t: VIEW, owned: false }]));
  const refreshAll = (): Expr => C.seq([...arrays.map((a) => C.assign(C.ref(views.get(a.name)!), view(a))), C.TRUE]);
  const rewrite = (e: Expr): Expr => {
    const mapped = mapChildren(e, rewrite);
    if (mapped.k !== "call" || !accesses[mapped.fn]) return mapped;
    const [a, ...rest] = mapped.args;
    // the view by address: a write inside the index or the value may read it again before the call
    const v = C.addr(C.ref(views.get((a as { name: string }).name)!));
    const fn = accesses[mapped.fn];
    const o = { mayThrow: mapped.mayThrow };
    if (!fn.startsWith("ts_view_set")) return C.call(fn, [v, a, ...rest], "double", o);
    const write = C.call(fn, [v, a, ...rest], "bool", o);
    // one array: the write reads its own view again; more: all of them, in case two are the same array
    return arrays.length === 1 ? C.cast("void", write) : C.cast("void", C.binary("||", write, refreshAll(), "bool"));
  };
  const body = mapStmts([loop], rewrite);
  return C.block([...arrays.map((a) => C.decl(views.get(a.name)!, view(a))), ...body]);
}

const view = (a: Local): Expr => C.call("ts_num_view", [C.ref(a)], VIEW, { mayThrow: false, pure: true });

function mapStmts(body: Stmt[], f: (e: Expr) => Expr): Stmt[] {
  if (exits(body)) return body;
  return body.map((s): Stmt => {
    switch (s.k) {
      case "decl":
        return s.init ? { ...s, init: f(s.init) } : s;
      case "expr":
        return { ...s, e: f(s.e) };
      case "if":
        return { ...s, test: f(s.test), then: mapStmts(s.then, f), else: s.else && mapStmts(s.else, f) };
      case "for":
        return {
          ...s,
          init: s.init && mapStmts([s.init], f)[0],
          test: s.test && f(s.test),
          step: s.step && f(s.step),
          body: mapStmts(s.body, f),
        };
      case "block":
        return { ...s, body: mapStmts(s.body, f) };
      case "switch":
        return { ...s, on: f(s.on), cases: s.cases.map((c) => ({ ...c, body: mapStmts(c.body, f) })) };
      case "return":
        return s.value ? { ...s, value: f(s.value) } : s;
      default:
        return s;
    }
  });
}
