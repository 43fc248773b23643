/** Function bodies: statements, scopes, temporaries, releases and jumps. */
import ts from "typescript";
import { passThroughRest } from "../mixins";
import * as C from "../cir/build";
import { Expr, Func, Local, Repr, Stmt, isHeap } from "../cir/nodes";
import { declaredSymbol, isFunctionLike, isModuleLevel, owningFunction } from "../analyze/captures";
import { Refusals } from "../diag";
import {
  ClassInfo,
  EntryParams,
  FunctionContext,
  FunctionLike,
  ModuleContext,
  MovedParam,
  ScalarLocals,
  VarInfo,
  entryParams,
  functionName,
  restArray,
  unboxField,
  valArray,
  zero,
} from "./context";
import { receiverKind } from "./builtins";
import { counterIndex, elementRead } from "./arrays";
import { I32, asInt32 } from "./int32";
import { Borrows, findBorrows } from "./borrow";
import { ctypeOf } from "./ctypes";
import { assignTo, emitExpr } from "./expr";
import { cName } from "./names";
import { defineField, instanceClass, moveField, movedParams } from "./layout";
import { settled } from "./operands";
import { viewLoops } from "./numviews";
import { fieldRuns } from "./fieldruns";
import { isObjectMethod } from "../subset";
import { Aggregate, isAggregate } from "../analyze/scalars";

interface JumpTarget {
  label?: string;
  isLoop: boolean;
  /** A labelled block or statement: only `break label` leaves it. */
  labelOnly?: boolean;
  brk: string;
  cont: string;
  usedBrk: boolean;
  usedCont: boolean;
  depth: number; // scopes.length inside the target
  frames: number; // tries.length inside the target
}

/**
 * A scope's owned locals, released when it ends, the root mark taken before the first was rooted, and how
 * many borrowed values it declared.
 */
interface Scope {
  locals: Local[];
  mark?: Local;
  borrowed: number;
}

/**
 * A borrowed value in scope (emit/borrow.ts): the value, and its pin, which holds a reference to it
 * (undefined until taken) once a borrowed value that is not an instance of its class is in scope,
 * whose accessors may run the app's code.
 */
interface Borrowed {
  value: Expr;
  pin: Local;
}

/** A return, break or continue that leaves try statements. */
type Exit = { kind: "return" } | { kind: "break" | "continue"; target: JumpTarget };

/**
 * A try frame open around the code being emitted: a catch's during its try block, a finally's during
 * the try and catch blocks. A finally also records the exits that run it on their way out.
 */
interface TryFrame {
  frame: Local;
  fin?: {
    label: string;
    /** What the finally block ends with: 0 go on, 1 rethrow `pending`, 2 + i the i-th exit. */
    how: Local;
    /** The exception being rethrown, or the value being returned, rooted. */
    pending: Local;
    /** scopes.length inside the try statement. */
    depth: number;
    exits: Exit[];
  };
}

const K = ts.SyntaxKind;

function usesThis(n: ts.Node): boolean {
  return (
    n.kind === K.ThisKeyword ||
    (!isFunctionLike(n) && (ts.forEachChild(n, usesThis) ?? false)) ||
    (ts.isArrowFunction(n) && usesThis(n.body))
  );
}

/** A value with no effect of its own: dropped when it ends an expression statement's sequence. */
function isPlain(e: Expr): boolean {
  if (e.k === "name" || e.k === "lit") return true;
  return (e.k === "field" || e.k === "wrap" || (e.k === "cast" && e.t === "void")) && isPlain(e.of);
}

/** The statements of an expression evaluated for its effects: a sequence becomes one statement a step. */
function effects(e: Expr): Stmt[] {
  if (e.k === "seq") return e.items.flatMap((x, i) => (i === e.items.length - 1 && isPlain(x) ? [] : effects(x)));
  if (e.k === "cast" && e.t === "void") return isPlain(e.of) ? [] : effects(e.of);
  return [C.exprStmt(e)];
}

/** Emits the body of one C function: statements, with scopes, temporaries and cleanups. */
export class FunctionEmitter extends FunctionContext {
  /** The block being filled, innermost last; the first is the function's body. */
  private readonly blocks: Stmt[][] = [[]];
  /** Owned locals of each open scope, to release when it ends or is jumped out of. */
  private readonly scopes: Scope[] = [];
  private readonly targets: JumpTarget[] = [];
  /** Try frames open here, innermost last. */
  private readonly tries: TryFrame[] = [];
  /** Locals a try statement needs volatile. */
  private readonly volatiles: Set<ts.Symbol>;
  private pendingLabel?: string;
  /** In a constructor with parameters that callers may hand over: its mv parameter and those parameters. */
  private moves?: { mv: Expr; params: MovedParam[]; info: ClassInfo };
  private anyTmp = false;
  private readonly borrows: Borrows;
  /** The borrowed values in scope, innermost last. */
  private readonly borrowed: Borrowed[] = [];

  constructor(m: ModuleContext, node: ts.Node, ret: Repr | "void", cls?: ClassInfo) {
    super(m, node, ret, cls);
    this.volatiles = assignedInTry(this.checker, node);
    this.borrows = findBorrows(m, node);
  }

  expr(node: ts.Expression, discard = false): Expr {
    return emitExpr(this, node, discard);
  }

  // --------------------------------------------------------------- plumbing

  private emit(...s: Stmt[]): void {
    this.blocks[this.blocks.length - 1].push(...s);
  }

  /** The statements fn emits, in a block of their own. */
  private collect(fn: () => void): Stmt[] {
    this.blocks.push([]);
    fn();
    return this.blocks.pop()!;
  }

  private lineDirective(node: ts.Node): void {
    const sf = node.getSourceFile();
    this.emit(C.lineStmt(sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, this.m.fileName(sf)));
  }

  private newLocal(name: string, t: Local["t"], owned = false): Local {
    return { name: this.names.take(name), t, owned };
  }

  /** The finished function body, declarations first. */
  finish(): Stmt[] {
    const head: Stmt[] = [];
    if (this.anyTmp) head.push(C.decl(this.tm, C.call("ts_tmp_mark", [], "size_t", { mayThrow: false })));
    head.push(...this.scratchLocals.map((v) => C.decl(v)));
    return fieldRuns(viewLoops([...head, ...this.blocks[0]], (base) => this.names.take(base)));
  }

  /** Releases of owned locals, innermost first. */
  private releases(locals: Local[]): Stmt[] {
    return [...locals].reverse().map(C.release);
  }

  private pushScope(): void {
    this.scopes.push({ locals: [], borrowed: 0 });
  }

  private popScope(emitReleases = true): void {
    const s = this.scopes.pop()!;
    this.borrowed.length -= s.borrowed;
    if (emitReleases) {
      this.emit(...this.releases(s.locals));
      if (s.mark) this.emit(rootsPop(s.mark));
    }
  }

  /**
   * An owned local of the innermost scope, just declared: rooted, so that a throw that unwinds past it
   * releases it, and released when the scope ends.
   */
  private releaseAtEnd(v: Local): void {
    this.emit(this.releasedAtEnd(v));
  }

  /** releaseAtEnd, but the root is the statement returned, for the caller to place (in a branch). */
  private releasedAtEnd(v: Local): Stmt {
    const s = this.scopes[this.scopes.length - 1];
    if (!s.mark) {
      s.mark = this.newLocal("rm", "size_t");
      this.emit(C.decl(s.mark, C.call("ts_roots_mark", [], "size_t", { mayThrow: false })));
    }
    s.locals.push(v);
    const fn = v.t === "box" ? "ts_root_box" : v.t === "str" ? "ts_root_str" : "ts_root_val";
    return C.exprStmt(C.call(fn, [C.addr(C.ref(v))], "void", { mayThrow: false }));
  }

  /**
   * A borrowed value, declared, enters the scope with its pin, undefined and rooted (in the branch that
   * takes it, when no borrowed value is declared inside its scope: nothing else pins it). It and the
   * values around it are pinned when it is not an instance of its class (`instance`, a test; none for an
   * array) or when they are pinned already, before any of their accessors can run.
   */
  private enterBorrowed(value: Expr, name: string, instance: Expr | undefined, inner: boolean): void {
    const around = this.borrowed[this.borrowed.length - 1];
    if (!instance && !around && !inner) return; // nothing can run the app's code while it is borrowed
    const pin = this.newLocal(`${name}_pin`, "val", true);
    this.emit(C.decl(pin, C.UNDEFINED));
    const root = this.releasedAtEnd(pin);
    if (inner) this.emit(root);
    const self = { value, pin };
    const pins = [...this.borrowed, self].map((b) =>
      C.exprStmt(C.call("ts_pin", [C.addr(C.ref(b.pin)), b.value], "void", { mayThrow: false })),
    );
    if (!inner) pins.push(root);
    const pinned =
      around && C.binary("!=", C.field(C.ref(around.pin), "tag", "int"), C.lit("TS_UNDEFINED", "int"), "bool");
    const tests = [instance && C.not(instance), pinned].filter((x): x is Expr => !!x);
    if (tests.length)
      this.emit(
        C.ifStmt(
          tests.reduce((a, b) => C.binary("||", a, b, "bool")),
          pins,
        ),
      );
    this.borrowed.push(self);
    this.scopes[this.scopes.length - 1].borrowed++;
  }

  /** Releases of every scope deeper than `depth`, innermost first, and their roots (for jumps out). */
  private releasesDownTo(depth: number): void {
    for (let d = this.scopes.length - 1; d >= depth; d--) this.emit(...this.releases(this.scopes[d].locals));
    const marked = this.scopes.slice(depth).find((s) => s.mark);
    if (marked) this.emit(rootsPop(marked.mark!));
  }

  private tmpRelease(): Stmt {
    this.anyTmp = true;
    return C.exprStmt(C.call("ts_tmp_release", [C.ref(this.tm)], "void", { mayThrow: false }));
  }

  /** Runs an emitter for one statement's expressions and releases their temporaries after it. */
  private withTemps(emit: () => void): void {
    const saved = this.usedTmp;
    this.usedTmp = false;
    emit();
    if (this.usedTmp) this.emit(this.tmpRelease());
    this.usedTmp = saved;
  }

  /** Evaluates a condition into plain C, releasing its temporaries first. */
  private condition(node: ts.Expression): Expr {
    const saved = this.usedTmp;
    this.usedTmp = false;
    const e = this.truthy(node);
    const used = this.usedTmp;
    this.usedTmp = saved;
    if (!used) return e;
    const c = this.newLocal("_cond", "bool");
    this.emit(C.decl(c, e), this.tmpRelease());
    return C.ref(c);
  }

  // ---------------------------------------------------------------- variables

  /** Declares a new local for a binding, initialised from e (or zero). */
  declareLocal(id: ts.Identifier, e: Expr | undefined): VarInfo {
    const sym = declaredSymbol(this.checker, id)!;
    const global = this.m.globalVar(sym);
    if (global) {
      // module-level declaration: the global is assigned in app_main_module
      if (e) this.emit(...effects(this.assignVar(global, e)));
      return global;
    }
    const t = ctypeOf(this.checker.getTypeOfSymbolAtLocation(sym, id));
    const existing = this.vars.get(sym);
    if (existing && existing.kind === "box") {
      // box allocated at scope entry
      if (e) this.emit(...effects(this.assignVar(existing, e)));
      return existing;
    }
    if (this.m.captures.boxed.has(sym)) {
      const init = e && this.convert(e, t);
      if (!init || (init.owned && isHeap(init.t))) {
        const v = this.newBox(sym, id.text, t);
        if (e) this.emit(...effects(this.assignVar(v, e)));
        return v;
      }
      return this.newBox(sym, id.text, t, C.wrap(init));
    }
    const borrow = this.borrows.locals.get(sym);
    const cls = borrow && instanceClass(this.m, this.checker.getTypeOfSymbolAtLocation(sym, id));
    if (cls && e && !e.owned && e.t === "val") {
      // no reference taken: the fields are reached through a pointer to them, NULL when not an instance
      const local = this.newLocal(cName(id.text), t);
      const fields = this.newLocal(`${local.name}_f`, { ptr: { named: "char" } });
      this.emit(C.decl(local, e));
      this.emit(C.decl(fields, C.call("ts_layout", [C.ref(local), C.addr(C.defRef(cls.table))], fields.t)));
      this.enterBorrowed(C.ref(local), local.name, C.ref(fields), borrow.inner);
      const v: VarInfo = { local, t, kind: "local", owned: false, fields };
      this.vars.set(sym, v);
      return v;
    }
    const int64 = t === "double" && this.m.counters.has(sym) && !this.volatiles.has(sym);
    const int32 = t === "double" && this.m.ints.int32Vars.has(sym) && !this.volatiles.has(sym);
    const counter = int64 || int32;
    const local = this.newLocal(cName(id.text), int64 ? { named: "int64_t" } : int32 ? I32 : t, isHeap(t));
    if (this.volatiles.has(sym)) local.volatile = true;
    const v: VarInfo = { local, t, kind: "local", owned: isHeap(t), counter };
    let init = e ? this.convert(e, t) : undefined;
    if (counter && init?.k === "lit")
      init = C.lit(String(Number(init.text)), local.t); // int64_t i = 0;
    else if (int32 && init) init = asInt32(init);
    else if (counter && init) init = counterIndex(init) ?? C.cast(local.t, init); // int64_t j = i + 1;
    this.emit(C.decl(local, init ? (isHeap(t) ? this.own(init) : init) : zero(t)));
    if (!isHeap(t) && !this.m.reads.has(sym)) this.emit(C.exprStmt(C.cast("void", C.ref(local))));
    this.vars.set(sym, v);
    if (v.owned) this.releaseAtEnd(local);
    return v;
  }

  /** A box for a variable closures share, holding `init` (borrowed) or the representation's zero. */
  private newBox(sym: ts.Symbol, name: string, t: Repr, init?: Expr): VarInfo {
    const local = this.newLocal(`${cName(name)}_box`, "box", true);
    const initial = init ?? (t === "double" ? C.wrap(zero(t)) : t === "bool" ? C.wrap(C.FALSE) : C.UNDEFINED);
    this.emit(C.decl(local, C.field(C.call("ts_box_new", [initial], "val", { owned: true }), "u.box", "box")));
    const v: VarInfo = { local, t, kind: "box", owned: true };
    this.vars.set(sym, v);
    this.releaseAtEnd(local);
    return v;
  }

  // ------------------------------------------------------------ function bodies

  /** Parameters of a native-signature function (p0, p1, ...) become typed locals. */
  private bindNativeParams(decl: ts.SignatureDeclaration, params: Local[]): void {
    const native = params.filter((p) => p.name !== "self");
    decl.parameters.forEach((p, i) => this.bindParam(p, C.ref(native[i])));
  }

  private bindParam(p: ts.ParameterDeclaration, incoming: Expr): void {
    let value = incoming;
    if (p.initializer) {
      // default: undefined -> initializer
      const t = ctypeOf(this.type(p));
      const sym = ts.isIdentifier(p.name) ? declaredSymbol(this.checker, p.name) : undefined;
      const direct = sym && !this.m.captures.boxed.has(sym);
      const target = this.newLocal(direct ? cName((p.name as ts.Identifier).text) : "_arg", t);
      if (direct && this.volatiles.has(sym)) target.volatile = true;
      this.emit(C.decl(target));
      const store = (e: Expr) => this.emit(C.exprStmt(C.assign(C.ref(target), isHeap(t) ? this.own(e) : e)));
      const dflt = this.collect(() => this.withTemps(() => store(this.as(p.initializer!, t))));
      const given = this.collect(() => store(this.convert(incoming, t)));
      const isUndefined = C.binary("==", C.field(incoming, "tag", "int"), C.lit("TS_UNDEFINED", "int"), "bool");
      this.emit(C.ifStmt(isUndefined, dflt, given));
      if (direct) {
        // the parameter's own local, owning what it holds
        target.owned = isHeap(t);
        this.vars.set(sym, { local: target, t, kind: "local", owned: target.owned });
        if (target.owned) this.releaseAtEnd(target);
        else if (!this.isReferenced(sym)) this.emit(C.exprStmt(C.ref(target)));
        return;
      }
      // the binding takes over the reference
      value = { ...C.ref(target), owned: isHeap(t) };
    }
    if (ts.isIdentifier(p.name)) {
      const sym = declaredSymbol(this.checker, p.name)!;
      if (value.t === "double" && this.m.ints.int32Vars.has(sym) && !this.volatiles.has(sym)) {
        // an integer of int32's range (analyze/integers.ts)
        const local = this.newLocal(cName(p.name.text), I32);
        this.emit(C.decl(local, asInt32(value)));
        if (!this.isReferenced(sym)) this.emit(C.exprStmt(C.cast("void", C.ref(local))));
        this.vars.set(sym, { local, t: "double", kind: "local", owned: false, counter: true });
        return;
      }
      if (!this.m.captures.boxed.has(sym) && !value.owned && !this.isAssigned(sym)) {
        // borrowed parameter: read directly
        const local = this.newLocal(cName(p.name.text), value.t);
        this.emit(C.decl(local, value));
        if (!this.isReferenced(sym)) this.emit(C.exprStmt(C.ref(local)));
        this.vars.set(sym, { local, t: value.t as Repr, kind: "local", owned: false });
        return;
      }
      this.declareLocal(p.name, value);
    } else {
      this.destructure(p.name, value);
    }
  }

  private isReferenced(sym: ts.Symbol): boolean {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(n) && n.parent && !ts.isParameter(n.parent)) {
        const s =
          ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n
            ? this.checker.getShorthandAssignmentValueSymbol(n.parent)
            : this.checker.getSymbolAtLocation(n);
        if (s === sym) found = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(this.node);
    return found;
  }

  private isAssigned(sym: ts.Symbol): boolean {
    const decl = sym.valueDeclaration;
    if (!decl) return false;
    const home = owningFunction(decl);
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(n) && this.checker.getSymbolAtLocation(n) === sym) {
        const p = n.parent;
        if (
          (ts.isBinaryExpression(p) &&
            p.left === n &&
            p.operatorToken.kind >= K.FirstAssignment &&
            p.operatorToken.kind <= K.LastAssignment) ||
          ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
            (p.operator === K.PlusPlusToken || p.operator === K.MinusMinusToken))
        )
          found = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(home);
    return found;
  }

  /** The `self` parameter of a method or constructor. */
  private bindSelf(params: Local[]): void {
    const self = params.find((p) => p.name === "self")!;
    this.thisExpr = C.ref(self);
    this.emit(C.exprStmt(C.ref(self)));
  }

  emitNativeBody(decl: ts.FunctionDeclaration | ts.MethodDeclaration | ts.AccessorDeclaration, f: Func): void {
    if (this.cls && !(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static)) this.bindSelf(f.params);
    this.pushScope();
    this.bindNativeParams(decl, f.params);
    this.emitBodyStatements(decl.body!.statements);
    this.endFunction();
  }

  /** A closure (TsValue) for a nested function: a generic entry, with its captures in the TsFunc. */
  closure(node: FunctionLike): Expr {
    const jsName = functionName(node);
    const caps = this.m.captures.free.get(node) ?? [];
    const capsThis = this.m.captures.usesThis.has(node);
    const inner = new FunctionEmitter(this.m, node, "val", this.cls);
    const entry = entryParams();
    inner.emitClosureBody(node, entry, caps, capsThis);
    const body = inner.finish();
    const f = this.m.define<Func>({
      k: "func",
      name: this.m.closureName(node),
      ret: "val",
      params: [entry.fn, entry.argc, entry.argv],
      body: caps.length || capsThis ? body : [C.exprStmt(C.ref(entry.fn)), ...body],
    });
    const nameLit = C.cstring(jsName);
    if (!caps.length && !capsThis) {
      const value = this.m.define({
        k: "data",
        name: `${f.name}_value`,
        t: { named: "TsFunc" },
        init: C.call("TS_FUNC_STATIC", [C.defRef(f), nameLit], { named: "TsFunc" }),
        isConst: false,
        array: false,
        forward: true,
        section: "code",
      });
      return C.call("ts_fn_v", [C.addr(C.defRef(value))], "val");
    }
    const values = caps.map((sym) => {
      const v = this.lookup(sym);
      if (!v) {
        this.m.error(node, Refusals.Capture, sym.name);
        return C.UNDEFINED;
      }
      if (this.m.captures.boxed.has(sym))
        return v.kind === "box" ? C.call("ts_box_v", [this.varRef(v)], "val") : C.UNDEFINED;
      return C.wrap(this.readVar(v));
    });
    if (capsThis) values.push(this.thisExpr ?? C.UNDEFINED);
    return C.call("ts_closure", [C.defRef(f), nameLit, C.int(values.length), valArray(values)], "val", {
      owned: true,
    });
  }

  /** Closure bodies: argv unpacked into parameters, captures loaded from fn->caps. */
  private emitClosureBody(decl: FunctionLike, entry: EntryParams, caps: ts.Symbol[], capsThis: boolean): void {
    this.entry = entry;
    if (isObjectMethod(decl) && decl.body && usesThis(decl.body)) {
      // the receiver is read before anything else can call
      const self = this.newLocal("self", "val");
      this.emit(C.decl(self, C.name("ts_recv", "val")));
      this.thisExpr = C.ref(self);
    }
    const cap = (i: number) => C.index(C.field(C.ref(entry.fn), "caps", { ptr: "val" }, true), C.int(i), "val");
    caps.forEach((sym, i) => {
      const t = ctypeOf(this.checker.getTypeOfSymbolAtLocation(sym, sym.valueDeclaration!));
      if (this.m.captures.boxed.has(sym)) {
        const local = this.newLocal(`${cName(sym.name)}_box`, "box");
        this.emit(C.decl(local, C.field(cap(i), "u.box", "box")));
        this.vars.set(sym, { local, t, kind: "box", owned: false });
      } else {
        const local = this.newLocal(cName(sym.name), t);
        this.emit(C.decl(local, unboxField(cap(i), t)));
        this.vars.set(sym, { local, t, kind: "local", owned: false });
      }
    });
    if (capsThis) {
      const self = this.newLocal("self", "val");
      this.emit(C.decl(self, cap(caps.length)));
      this.thisExpr = C.ref(self);
    }
    this.pushScope();
    decl.parameters.forEach((p, i) => {
      if (p.dotDotDotToken) {
        const rest = this.newLocal("_rest", "val", true);
        this.emit(C.decl(rest, restArray(entry, i)));
        this.releaseAtEnd(rest);
        this.bindParam(p, C.ref(rest));
        return;
      }
      const raw = C.call("ts_arg", [C.ref(entry.argc), C.ref(entry.argv), C.int(i)], "val");
      this.bindParam(p, p.initializer ? raw : this.convert(raw, ctypeOf(this.type(p))));
    });
    if (!decl.parameters.length) this.emit(C.exprStmt(C.ref(entry.argc)), C.exprStmt(C.ref(entry.argv)));
    const body = decl.body!;
    if (ts.isBlock(body)) {
      this.emitBodyStatements(body.statements);
    } else {
      this.lineDirective(body);
      this.emitReturn(body);
    }
    this.endFunction();
  }

  private endFunction(): void {
    const body = this.blocks[0];
    if (body[body.length - 1]?.k !== "return") {
      this.popScope(true);
      if (this.ret !== "void") this.emit(C.returnStmt(zero(this.ret)));
    } else {
      this.scopes.pop();
    }
  }

  emitConstructor(info: ClassInfo, ctor: ts.ConstructorDeclaration | undefined, f: Func): void {
    this.bindSelf(f.params);
    this.pushScope();
    if (!ctor) {
      // implicit constructor: pass everything to the parent (nothing handed over), then initialise fields
      const args: Expr[] = f.params.map(C.ref);
      if (info.parent && movedParams(this.m, info.parent).length) args.push(C.lit("0u", "uint32"));
      if (info.parent) this.emit(C.exprStmt(C.callDef(info.parent.init, args, "void")));
      else if (this.m.isErrorClass(info))
        this.emit(C.exprStmt(C.call("ts_error_init", [this.thisExpr!, args[1], args[2]], "void")));
      this.emitFieldInits(info);
      this.popScope();
      return;
    }
    if (info.mixin && passThroughRest(info.decl, this.checker)) this.passThrough = f.params.slice(1).map(C.ref);
    else this.bindNativeParams(ctor, f.params);
    const mv = f.params.find((p) => p.name === "mv");
    if (mv) {
      this.emit(C.exprStmt(C.cast("void", C.ref(mv))));
      this.moves = { mv: C.ref(mv), params: movedParams(this.m, info), info };
    }
    if (!info.parent && !this.m.isErrorClass(info)) this.emitFieldInits(info, ctor);
    this.emitBodyStatements(ctor.body!.statements, info);
    this.endFunction();
  }

  /** Fields in declaration order; parameter properties first, as TypeScript emits them. */
  private emitFieldInits(info: ClassInfo, ctor?: ts.ConstructorDeclaration): void {
    const paramProps = new Map<string, VarInfo>();
    for (const p of ctor?.parameters ?? []) {
      if (ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier && ts.isIdentifier(p.name)) {
        paramProps.set(p.name.text, this.lookup(declaredSymbol(this.checker, p.name)!)!);
      }
    }
    // Parameter properties are assigned after the field initialisers; when no
    // initialiser can read `this`, they may take their values straight away.
    const initializers = info.decl.members.filter(
      (mm): mm is ts.PropertyDeclaration => ts.isPropertyDeclaration(mm) && !!mm.initializer,
    );
    const early = !initializers.some((mm) => usesThis(mm.initializer!));
    // a field of a fixed layout is stored in place (value undefined: it already is)
    const set = (name: string, value: Expr | undefined) =>
      info.layout
        ? defineField(this, info, this.thisExpr!, name, value).map(C.exprStmt)
        : [
            C.exprStmt(
              C.call(
                "ts_obj_set",
                [
                  this.thisExpr!,
                  this.m.key(name, info.decl),
                  value ? this.borrow(this.convert(value, "val")) : C.UNDEFINED,
                ],
                "void",
              ),
            ),
          ];
    // a parameter property whose argument the caller may hand over
    const moved = (name: string, value: Expr | undefined): Stmt[] | undefined => {
      const mp = value && this.moves?.params.find((x) => !x.stmt && x.field.name === name && paramProps.has(name));
      if (!mp || !value) return undefined;
      const store = moveField(this, info, mp.field, value, this.moves!.mv, mp.index);
      return [
        store,
        C.call("ts_fld_defined", [this.thisExpr!, C.int(mp.field.index + 1)], "void", { mayThrow: false }),
      ].map(C.exprStmt);
    };
    for (const name of info.fields) {
      const decl = info.decl.members.find((mm) => ts.isPropertyDeclaration(mm) && mm.name.getText() === name) as
        ts.PropertyDeclaration | undefined;
      const param = paramProps.get(name);
      this.withTemps(() => {
        const value = decl?.initializer
          ? this.expr(decl.initializer)
          : param && early
            ? this.readVar(param)
            : undefined;
        this.emit(...((!decl?.initializer && moved(name, value)) || set(name, value)));
      });
    }
    if (!early)
      for (const [name, v] of paramProps) {
        const value = this.readVar(v);
        this.emit(...(moved(name, value) ?? set(name, value)));
      }
  }

  /**
   * The top-level code of every file, in order. A class's static initialisers run where the class
   * is declared, as in JavaScript, so they see the variables set before it.
   */
  /** Top-level statements; where a statement makes classes (`classes`), their static fields are initialised. */
  emitModuleInit(statements: ts.Statement[], classes: Map<ts.Statement, ClassInfo[]>): void {
    this.pushScope();
    this.hoist(statements);
    for (const s of statements) {
      const made = classes.get(s);
      if (!made) {
        this.statement(s);
        continue;
      }
      for (const c of made) this.m.withClass(c, () => this.emitStaticInits(c));
    }
    this.popScope();
  }

  private emitStaticInits(c: ClassInfo): void {
    for (const m of c.decl.members) {
      if (ts.isPropertyDeclaration(m) && ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static && m.initializer) {
        const v = c.statics.get(m.name.getText())!;
        this.lineDirective(m);
        this.withTemps(() => this.emit(...effects(this.assignVar(v, this.expr(m.initializer!)))));
      }
    }
  }

  /** A block's statements, with boxes and nested function declarations hoisted. */
  private emitBodyStatements(statements: readonly ts.Statement[], ctorOf?: ClassInfo): void {
    this.hoist(statements);
    for (const s of statements) {
      this.statement(s);
      if (
        ctorOf &&
        ts.isExpressionStatement(s) &&
        ts.isCallExpression(s.expression) &&
        s.expression.expression.kind === K.SuperKeyword
      ) {
        this.emitFieldInits(ctorOf, ctorOf.decl.members.find(ts.isConstructorDeclaration));
      }
    }
  }

  /** Boxes that closures made before their declaration need, and nested function declarations. */
  private hoist(statements: readonly ts.Statement[]): void {
    const names: ts.Identifier[] = [];
    const collect = (name: ts.BindingName) => {
      if (ts.isIdentifier(name)) names.push(name);
      else for (const el of name.elements) if (!ts.isOmittedExpression(el)) collect(el.name);
    };
    for (const s of statements) {
      if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) collect(d.name);
      if (ts.isFunctionDeclaration(s) && s.name && !isModuleLevel(s)) names.push(s.name);
    }
    for (const id of names) this.boxEarly(id);
    for (const s of statements) {
      if (ts.isFunctionDeclaration(s) && s.name && s.body && !isModuleLevel(s)) {
        this.lineDirective(s);
        this.withTemps(() => this.declareLocal(s.name!, this.closure(s)));
      }
    }
  }

  /** The box of a variable that a closure captures before the declaration runs. */
  private boxEarly(id: ts.Identifier): void {
    const sym = this.checker.getSymbolAtLocation(id);
    if (sym && this.m.captures.early.has(sym) && !this.m.globalVar(sym))
      this.newBox(sym, id.text, ctypeOf(this.checker.getTypeOfSymbolAtLocation(sym, id)));
  }

  // -------------------------------------------------------------- statements

  private statement(s: ts.Statement): void {
    if (
      ts.isFunctionDeclaration(s) ||
      ts.isInterfaceDeclaration(s) ||
      ts.isTypeAliasDeclaration(s) ||
      ts.isEnumDeclaration(s) ||
      ts.isClassDeclaration(s) ||
      ts.isEmptyStatement(s) ||
      ts.isImportDeclaration(s) ||
      ts.isExportDeclaration(s)
    )
      return;
    this.lineDirective(s);
    switch (s.kind) {
      case K.ExportAssignment: {
        // export default <expression>: a global that the importing files read
        const v = this.m.defaultExport(s as ts.ExportAssignment);
        if (v)
          this.withTemps(() =>
            this.emit(...effects(this.assignVar(v, this.expr((s as ts.ExportAssignment).expression)))),
          );
        return;
      }
      case K.Block:
        this.emit(C.block(this.scoped(() => this.emitBodyStatements((s as ts.Block).statements))));
        return;
      case K.VariableStatement:
        for (const d of (s as ts.VariableStatement).declarationList.declarations) this.variableDeclaration(d);
        return;
      case K.ExpressionStatement: {
        const mp = this.moves?.params.find((x) => x.stmt === s);
        if (mp) {
          // this.f = p of a parameter the caller may hand over
          const p = ((s as ts.ExpressionStatement).expression as ts.BinaryExpression).right;
          this.emit(C.exprStmt(moveField(this, this.moves!.info, mp.field, this.expr(p), this.moves!.mv, mp.index)));
          return;
        }
        this.withTemps(() => this.expressionStatement((s as ts.ExpressionStatement).expression));
        return;
      }
      case K.ReturnStatement:
        this.emitReturn((s as ts.ReturnStatement).expression);
        return;
      case K.IfStatement:
        return this.ifStatement(s as ts.IfStatement);
      case K.WhileStatement:
      case K.DoStatement:
      case K.ForStatement:
      case K.ForOfStatement:
      case K.ForInStatement:
        return this.loop(s as ts.IterationStatement);
      case K.BreakStatement:
      case K.ContinueStatement:
        return this.jump(s as ts.BreakOrContinueStatement);
      case K.SwitchStatement:
        return this.switchStatement(s as ts.SwitchStatement);
      case K.LabeledStatement: {
        const l = s as ts.LabeledStatement;
        this.pendingLabel = l.label.text;
        if (ts.isIterationStatement(l.statement, false) || ts.isSwitchStatement(l.statement))
          return this.statement(l.statement);
        // a labelled block: `break label` jumps past its end
        const target = { ...this.newTarget(false), labelOnly: true };
        this.targets.push(target);
        this.statement(l.statement);
        this.targets.pop();
        if (target.usedBrk) this.emit(C.label(target.brk));
        return;
      }
      case K.TryStatement:
        return this.tryStatement(s as ts.TryStatement);
      case K.ThrowStatement:
        this.withTemps(() => {
          // a thrown value that is not an error is reported where it is thrown
          const e = settled(this, [this.borrow(C.wrap(this.expr((s as ts.ThrowStatement).expression)))]);
          this.emit(...effects(C.seq([...e.pre, this.at(s), C.call("ts_throw", e.items, "void")])));
        });
        return;
      default:
        this.m.error(s, Refusals.Statement, K[s.kind]);
    }
  }

  /** The statements fn emits, in a scope of their own whose owned locals are released at its end. */
  private scoped(fn: () => void): Stmt[] {
    return this.collect(() => {
      this.pushScope();
      fn();
      this.popScope();
    });
  }

  private expressionStatement(e: ts.Expression): void {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    // x++ / x += y as statements need no value
    const r = this.expr(e, true);
    if (r.owned && isHeap(r.t))
      this.emit(C.exprStmt(C.call(r.t === "str" ? "ts_str_release" : "ts_release", [r], "void")));
    else this.emit(...effects(r));
  }

  private variableDeclaration(d: ts.VariableDeclaration): void {
    // const Entry = class { ... } inside a function: the class is compiled once, and holds no value
    if (d.initializer && ts.isClassExpression(d.initializer) && this.m.classOf(d)) return;
    this.withTemps(() => {
      const sym = ts.isIdentifier(d.name) ? declaredSymbol(this.checker, d.name) : undefined;
      const literal = sym && this.m.scalars.get(sym);
      if (literal && !this.m.globalVar(sym!)) {
        this.scalarVars.set(sym!, this.declareParts((d.name as ts.Identifier).text, literal));
      } else if (ts.isIdentifier(d.name)) {
        this.declareLocal(d.name, d.initializer ? this.expr(d.initializer) : undefined);
      } else {
        this.destructure(d.name, this.expr(d.initializer!));
      }
    });
  }

  /** A literal's parts as locals named `<name>_<key>`, evaluated in the literal's order. */
  private declareParts(name: string, literal: Aggregate): ScalarLocals {
    const out: ScalarLocals = { parts: new Map() };
    if (ts.isArrayLiteralExpression(literal.literal)) out.length = literal.parts.size;
    for (const [key, part] of literal.parts) {
      if (isAggregate(part)) {
        out.parts.set(key, this.declareParts(`${name}_${key}`, part));
        continue;
      }
      const t = this.ctype(part.value);
      const owned = isHeap(t);
      const local = this.newLocal(cName(`${name}_${key}`), t, owned);
      const init = this.as(part.value, t);
      this.emit(C.decl(local, owned ? this.own(init) : init));
      if (owned) this.releaseAtEnd(local);
      else if (!part.read) this.emit(C.exprStmt(C.cast("void", C.ref(local))));
      out.parts.set(key, { local, t, kind: "local", owned });
    }
    return out;
  }

  /** Binds a destructuring pattern from a value. */
  private destructure(pattern: ts.BindingName, value: Expr): void {
    if (ts.isIdentifier(pattern)) {
      this.declareLocal(pattern, value);
      return;
    }
    // hold the source in a local so every element reads the same value
    const src = this.newLocal("_src", "val", true);
    // a typed array is read through an array of its elements
    if (ts.isArrayBindingPattern(pattern) && receiverKind(this.checker, this.type(pattern)) === "typed")
      value = C.call("ts_ta_to_array", [this.borrow(C.wrap(value))], "val", { owned: true });
    this.emit(C.decl(src, this.own(C.wrap(value))));
    this.releaseAtEnd(src);
    pattern.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      let item: Expr;
      if (ts.isArrayBindingPattern(pattern)) {
        item = el.dotDotDotToken
          ? C.call("ts_arr_slice", [C.ref(src), C.int(i), C.INFINITY], "val", { owned: true })
          : C.call("ts_arr_get", [C.ref(src), C.int(i)], "val");
      } else {
        const key = el.propertyName ?? el.name;
        if (el.dotDotDotToken) {
          const taken = pattern.elements
            .filter((e) => !e.dotDotDotToken)
            .map((e) => ((e.propertyName ?? e.name) as ts.Identifier).text);
          const keys = taken.length ? this.m.keys(taken) : C.NULL;
          const rest = C.call("ts_obj_without", [C.ref(src), C.int(taken.length), keys], "val", { owned: true });
          this.destructure(el.name, rest);
          return;
        }
        if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) {
          this.m.error(key, Refusals.ComputedPatternKey);
          return;
        }
        item = C.call("ts_obj_get", [C.ref(src), this.m.str(key.text)], "val");
      }
      this.bindElement(el, item);
    });
  }

  /** Binds one element of a destructuring pattern to its item, or to its default when the item is undefined. */
  private bindElement(el: ts.BindingElement, item: Expr): void {
    if (el.initializer) {
      const t = ctypeOf(this.type(el.name));
      const tmp = this.scratch("val");
      const d = this.as(el.initializer, t);
      const missing = C.binary("==", C.field(C.assign(tmp, item), "tag", "int"), C.lit("TS_UNDEFINED", "int"), "bool");
      item = C.cond(missing, this.borrow(C.wrap(d)), tmp, "val");
    }
    const target = ts.isIdentifier(el.name) ? ctypeOf(this.type(el.name)) : "val";
    this.destructure(el.name, this.convert(item, target));
  }

  private emitReturn(e: ts.Expression | undefined): void {
    this.exit({ kind: "return" }, e);
  }

  /**
   * Leaves for a return, break or continue: the try frames on the way are left, and the first finally
   * on the way runs before the exit goes on from there. A return's value is `e`, or the value a finally
   * holds in `held` when the exit goes on after it.
   */
  private exit(x: Exit, e?: ts.Expression, held?: Local): void {
    const floor = x.kind === "return" ? 0 : x.target.frames;
    let at = this.tries.length - 1;
    while (at >= floor && !this.tries[at].fin) at--;
    const fin = at >= floor ? this.tries[at].fin : undefined;
    if (!fin) return this.exitNow(x, floor, e, held);
    if (x.kind === "return") {
      // the value is computed inside the frames (a throw there is caught), then held by the finally
      const pending = C.ref(fin.pending);
      if (held) this.emit(C.exprStmt(C.assign(pending, C.ref(held))), C.exprStmt(C.assign(C.ref(held), C.UNDEFINED)));
      else if (e && this.ret !== "void") {
        const ret = this.ret;
        this.withTemps(() => this.emit(C.exprStmt(C.assign(pending, this.own(C.wrap(this.as(e, ret)))))));
      } else if (e) this.withTemps(() => this.expressionStatement(e));
    }
    for (let i = this.tries.length - 1; i >= at; i--) this.emit(tryLeave(this.tries[i].frame));
    this.releasesDownTo(fin.depth);
    let code = fin.exits.findIndex(
      (y) => y.kind === x.kind && (y.kind === "return" || y.target === (x as typeof y).target),
    );
    if (code < 0) code = fin.exits.push(x) - 1;
    this.emit(C.exprStmt(C.assign(C.ref(fin.how), C.int(code + 2))), C.gotoStmt(fin.label));
  }

  /** An exit with no finally on the way: leave the frames, release, and jump or return. */
  private exitNow(x: Exit, floor: number, e?: ts.Expression, held?: Local): void {
    const leaves = () => {
      for (let i = this.tries.length - 1; i >= floor; i--) this.emit(tryLeave(this.tries[i].frame));
    };
    if (x.kind !== "return") {
      const isBreak = x.kind === "break";
      leaves();
      // break leaves the loop's own scope too; continue only the body's
      this.releasesDownTo(isBreak ? x.target.depth : x.target.depth + 1);
      if (isBreak) x.target.usedBrk = true;
      else x.target.usedCont = true;
      this.emit(C.gotoStmt(isBreak ? x.target.brk : x.target.cont));
      return;
    }
    const ret = this.ret;
    if (ret === "void" || (!e && !held)) {
      if (e) this.withTemps(() => this.expressionStatement(e));
      leaves();
      this.releasesDownTo(0);
      this.emit(C.returnStmt(ret === "void" ? undefined : zero(ret)));
      return;
    }
    const saved = this.usedTmp;
    this.usedTmp = false;
    const v = held ? this.convert(C.ref(held), ret) : this.as(e!, ret);
    const value = isHeap(ret) ? this.own(v) : v;
    if (!this.usedTmp && !this.tries.length && !this.scopes.some((s) => s.locals.length > 0)) {
      this.emit(C.returnStmt(value));
    } else {
      const r = this.newLocal("_result", ret);
      this.emit(C.decl(r, value));
      if (this.usedTmp) this.emit(this.tmpRelease());
      leaves();
      this.releasesDownTo(0);
      this.emit(C.returnStmt(C.ref(r)));
    }
    this.usedTmp = saved;
  }

  private ifStatement(s: ts.IfStatement): void {
    const c = this.condition(s.expression);
    const then = this.nested(s.thenStatement);
    this.emit(C.ifStmt(c, then, s.elseStatement ? this.nested(s.elseStatement) : undefined));
  }

  /** A sub-statement in its own C block and scope. */
  private nested(s: ts.Statement): Stmt[] {
    return this.scoped(() => {
      if (ts.isBlock(s)) this.emitBodyStatements(s.statements);
      else {
        this.hoist([s]);
        this.statement(s);
      }
    });
  }

  private newTarget(isLoop: boolean): JumpTarget {
    const id = this.names.take(this.pendingLabel ? `_${cName(this.pendingLabel)}` : isLoop ? "_loop" : "_sw");
    const t: JumpTarget = {
      label: this.pendingLabel,
      isLoop,
      brk: `${id}_break`,
      cont: `${id}_continue`,
      usedBrk: false,
      usedCont: false,
      depth: this.scopes.length,
      frames: this.tries.length,
    };
    this.pendingLabel = undefined;
    return t;
  }

  private jump(s: ts.BreakOrContinueStatement): void {
    const isBreak = s.kind === K.BreakStatement;
    let target: JumpTarget | undefined;
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      if (s.label ? t.label === s.label.text : !t.labelOnly && (isBreak || t.isLoop)) {
        target = t;
        break;
      }
    }
    if (!target) {
      this.m.error(s, Refusals.JumpTarget);
      return;
    }
    this.exit({ kind: isBreak ? "break" : "continue", target });
  }

  private loop(s: ts.IterationStatement): void {
    const target = this.newTarget(true);
    const outer = this.scoped(() => {
      let perIteration: VarInfo[] = [];
      let update: (() => void) | undefined;
      let head: Head = { prefix: undefined };
      let test: ts.Expression | undefined;
      let testAfter = false;

      if (ts.isForStatement(s)) {
        if (s.initializer) {
          if (ts.isVariableDeclarationList(s.initializer)) {
            for (const d of s.initializer.declarations) if (ts.isIdentifier(d.name)) this.boxEarly(d.name);
            for (const d of s.initializer.declarations) this.variableDeclaration(d);
            perIteration = s.initializer.declarations
              .flatMap((d) => (ts.isIdentifier(d.name) ? [d.name] : []))
              .map((id) => this.vars.get(this.checker.getSymbolAtLocation(id)!)!)
              .filter((v) => v && v.kind === "box");
          } else {
            this.withTemps(() => this.expressionStatement(s.initializer as ts.Expression));
          }
        }
        test = s.condition;
        if (s.incrementor) update = () => this.withTemps(() => this.expressionStatement(s.incrementor!));
      } else if (ts.isWhileStatement(s)) {
        test = s.expression;
      } else if (ts.isDoStatement(s)) {
        test = s.expression;
        testAfter = true;
      } else if (ts.isForOfStatement(s)) {
        head = this.forOfHead(s);
      } else if (ts.isForInStatement(s)) {
        head = this.forInHead(s);
      }

      this.targets.push(target);
      const exitUnless = (t: ts.Expression) => this.emit(C.ifStmt(C.not(this.condition(t)), [C.breakStmt]));
      const body = this.collect(() => {
        if (test && !testAfter) exitUnless(test);
        this.pushScope();
        head.prefix?.();
        if (ts.isBlock(s.statement)) this.emitBodyStatements(s.statement.statements);
        else {
          this.hoist([s.statement]);
          this.statement(s.statement);
        }
        this.popScope();
        this.targets.pop();
        if (target.usedCont) this.emit(C.label(target.cont));
        this.emit(C.exprStmt(C.call("ts_gc_poll", [], "void")));
        for (const v of perIteration) {
          // a fresh binding per iteration, as `let` in a for loop requires
          const next: Local = { name: "next", t: "box", owned: false };
          const copy = C.field(
            C.call("ts_box_new", [C.field(this.varRef(v), "v", "val", true)], "val"),
            "u.box",
            "box",
          );
          this.emit(
            C.block([C.decl(next, copy), C.release(v.local!), C.exprStmt(C.assign(this.varRef(v), C.ref(next)))]),
          );
        }
        update?.();
        if (test && testAfter) exitUnless(test);
      });
      this.emit(C.forStmt(body, head.loop));
    });
    this.emit(C.block(outer));
    if (target.usedBrk) this.emit(C.label(target.brk));
  }

  /** for (x of xs): iterate over an index; the iterable is held in a local. */
  private forOfHead(s: ts.ForOfStatement): Head {
    const live = this.liveMapIteration(s.expression);
    if (live) return this.mapIterHead(live.map, live.what, s.initializer);
    const iterT = this.checker.getNonNullableType(this.type(s.expression));
    const kind = this.iterKind(iterT);
    if (this.borrows.iters.has(s)) {
      // the body runs no code that could free the array: its variable's reference is enough
      const arr = this.newLocal("_iter", "val");
      this.emit(C.decl(arr, this.expr(s.expression)));
      this.enterBorrowed(C.ref(arr), arr.name, undefined, this.borrows.iters.get(s)!.inner);
      return this.indexLoop(arr, s.initializer, s.expression);
    }
    const src = this.newLocal("_iter", kind === "string" ? "str" : "val", true);
    this.withTemps(() => {
      let e = this.expr(s.expression);
      if (kind === "typed") e = C.call("ts_ta_to_array", [this.borrow(e)], "val", { owned: true });
      this.emit(C.decl(src, this.own(kind === "string" ? this.convert(e, "str") : C.wrap(e))));
    });
    this.releaseAtEnd(src);
    if (kind === "iterator" && !ts.isCallExpression(s.expression)) {
      // an iterator held in a variable (a snapshot array) is consumed: what a break leaves is what next() returns
      const item = this.newLocal("_item", "val", true);
      return {
        loop: { test: C.binary(">", C.call("ts_arr_length", [C.ref(src)], "double"), C.num(0), "bool") },
        prefix: () => {
          this.emit(C.decl(item, C.call("ts_arr_shift", [C.ref(src)], "val", { owned: true })));
          this.releaseAtEnd(item);
          this.bindLoopVar(s.initializer, C.ref(item));
        },
      };
    }
    if (kind === "string") {
      const idx = this.newLocal("_i", "uint32");
      const cp = this.newLocal("_cp", "str", true);
      this.emit(C.decl(idx, C.int(0)));
      return {
        prefix: () => {
          this.emit(
            C.decl(cp, C.call("ts_str_next_code_point", [C.ref(src), C.addr(C.ref(idx))], "str", { owned: true })),
          );
          this.emit(C.ifStmt(C.not(C.ref(cp)), [C.breakStmt]));
          this.releaseAtEnd(cp);
          this.bindLoopVar(s.initializer, C.ref(cp));
        },
      };
    }
    return this.indexLoop(src, s.initializer, s.expression);
  }

  /**
   * A loop over a Map or Set, or over its keys(), values() or entries(), iterates the collection itself, live
   * as in node (entries deleted before they are reached are skipped, added ones are visited), without a copy.
   */
  private liveMapIteration(e: ts.Expression): { map: ts.Expression; what: "keys" | "values" | "entries" } | undefined {
    const collection = (x: ts.Expression) => {
      const kind = this.iterKind(this.checker.getNonNullableType(this.type(x)));
      return kind === "map" || kind === "set" ? kind : undefined;
    };
    const direct = collection(e);
    if (direct) return { map: e, what: direct === "map" ? "entries" : "values" };
    if (!ts.isCallExpression(e) || e.arguments.length || !ts.isPropertyAccessExpression(e.expression)) return undefined;
    const method = e.expression.name.text;
    const kind = collection(e.expression.expression);
    if (!kind || (method !== "keys" && method !== "values" && method !== "entries")) return undefined;
    // a Set's keys are its values, and its entries are [value, value]
    return { map: e.expression.expression, what: method };
  }

  private mapIterHead(map: ts.Expression, what: "keys" | "values" | "entries", init: ts.ForInitializer): Head {
    const it = this.newLocal("_iter", "val", true);
    this.withTemps(() =>
      this.emit(C.decl(it, C.call("ts_map_iter", [this.borrow(C.wrap(this.expr(map)))], "val", { owned: true }))),
    );
    this.releaseAtEnd(it);
    const key = () => C.call("ts_map_iter_key", [C.ref(it)], "val", { mayThrow: false });
    const value = () => C.call("ts_map_iter_value", [C.ref(it)], "val", { mayThrow: false });
    return {
      loop: { test: C.call("ts_map_iter_next", [C.ref(it)], "bool", { mayThrow: false }) },
      prefix: () => {
        if (what !== "entries") return this.bindLoopVar(init, what === "keys" ? key() : value());
        const pattern = ts.isVariableDeclarationList(init) ? init.declarations[0].name : undefined;
        if (
          pattern &&
          ts.isArrayBindingPattern(pattern) &&
          pattern.elements.every((el) => !ts.isBindingElement(el) || !el.dotDotDotToken)
        ) {
          // const [k, v]: the key and the value, with no [k, v] array made for them
          this.withTemps(() =>
            pattern.elements.forEach((el, i) => {
              if (ts.isOmittedExpression(el)) return;
              this.bindElement(el, i === 0 ? key() : i === 1 ? value() : C.UNDEFINED);
            }),
          );
          return;
        }
        const entry = this.newLocal("_entry", "val", true);
        this.emit(C.decl(entry, C.call("ts_map_iter_entry", [C.ref(it)], "val", { owned: true })));
        this.releaseAtEnd(entry);
        this.bindLoopVar(init, C.ref(entry));
      },
    };
  }

  private forInHead(s: ts.ForInStatement): Head {
    const keys = this.newLocal("_keys", "val", true);
    this.withTemps(() =>
      this.emit(C.decl(keys, C.call("ts_obj_keys", [this.arg(s.expression, "val")], "val", { owned: true }))),
    );
    this.releaseAtEnd(keys);
    return this.indexLoop(keys, s.initializer, s.expression);
  }

  /** for (int64_t _i = 0; _i < ts_arr_length(arr); _i++), binding each item. */
  private indexLoop(arr: Local, init: ts.ForInitializer, over: ts.Expression): Head {
    const idx = this.newLocal("_i", { named: "int64_t" });
    const at = C.cast("double", C.ref(idx));
    return {
      loop: {
        init: C.decl(idx, C.lit("0", idx.t)),
        test: C.binary("<", at, C.call("ts_arr_length", [C.ref(arr)], "double"), "bool"),
        step: C.unary("++", C.ref(idx), idx.t, true),
      },
      prefix: () => this.bindLoopVar(init, elementRead(C.ref(arr), at, this.loopVarType(init), this.m.loc(over))),
    };
  }

  private iterKind(t: ts.Type): "array" | "string" | "map" | "set" | "typed" | "iterator" {
    if (t.flags & ts.TypeFlags.StringLike) return "string";
    const name = t.getSymbol()?.getName();
    if (name === "Map") return "map";
    if (name === "Set") return "set";
    const kind = receiverKind(this.checker, t);
    if (kind === "typed" || kind === "iterator") return kind;
    return "array";
  }

  /** The C type a loop's variable is bound in (a TsValue for a pattern or an assignment target). */
  private loopVarType(init: ts.ForInitializer): Repr {
    const d = ts.isVariableDeclarationList(init) ? init.declarations[0] : undefined;
    return d && ts.isIdentifier(d.name) ? ctypeOf(this.type(d.name)) : "val";
  }

  private bindLoopVar(init: ts.ForInitializer, item: Expr): void {
    if (ts.isVariableDeclarationList(init)) {
      const d = init.declarations[0];
      const t = this.loopVarType(init);
      this.withTemps(() => this.destructure(d.name, this.convert(item, t)));
    } else {
      this.withTemps(() => this.emit(...effects(assignTo(this, init, item))));
    }
  }

  /** try/catch/finally on the runtime's try frames (docs/exceptions.md shows the C). */
  private tryStatement(s: ts.TryStatement): void {
    if (!s.finallyBlock) {
      this.emit(C.block(this.collect(() => this.tryCatch(s))));
      return;
    }
    const stmt = this.scoped(() => {
      const frame = this.newLocal("_fin", { named: "TsTry" });
      const pending: Local = { ...this.newLocal("_pending", "val", true), volatile: true };
      const how: Local = { ...this.newLocal("_how", "int"), volatile: true };
      this.emit(C.decl(frame), C.decl(pending, C.UNDEFINED));
      this.releaseAtEnd(pending);
      this.emit(C.decl(how, C.int(0)), tryEnter(frame));
      const fin = { label: this.names.take("_finally"), how, pending, depth: this.scopes.length, exits: [] as Exit[] };
      this.tries.push({ frame, fin });
      const body = this.collect(() => {
        if (s.catchClause) this.emit(C.block(this.collect(() => this.tryCatch(s))));
        else this.emit(C.block(this.scoped(() => this.emitBodyStatements(s.tryBlock.statements))));
        this.emit(tryLeave(frame));
      });
      this.tries.pop();
      const landed = [
        C.exprStmt(C.assign(C.ref(pending), C.call("ts_caught", [], "val", { mayThrow: false }))),
        C.exprStmt(C.assign(C.ref(how), C.int(1))),
      ];
      this.emit(C.ifStmt(entering(frame), body, landed));
      if (fin.exits.length) this.emit(C.label(fin.label));
      this.lineDirective(s.finallyBlock!);
      this.emit(C.block(this.scoped(() => this.emitBodyStatements(s.finallyBlock!.statements))));
      const rethrow = C.call("ts_throw", [C.ref(pending)], "void");
      this.emit(C.ifStmt(C.binary("==", C.ref(how), C.int(1), "bool"), [C.exprStmt(rethrow)]));
      fin.exits.forEach((x, i) => {
        const test = C.binary("==", C.ref(how), C.int(i + 2), "bool");
        this.emit(
          C.ifStmt(
            test,
            this.collect(() => this.exit(x, undefined, x.kind === "return" ? pending : undefined)),
          ),
        );
      });
    });
    this.emit(C.block(stmt));
  }

  /** try { } catch (e) { }: the try block under a frame of its own, the catch where a throw lands. */
  private tryCatch(s: ts.TryStatement): void {
    const frame = this.newLocal("_try", { named: "TsTry" });
    this.emit(C.decl(frame), tryEnter(frame));
    this.tries.push({ frame });
    const body = this.scoped(() => this.emitBodyStatements(s.tryBlock.statements));
    body.push(tryLeave(frame));
    this.tries.pop();
    const clause = s.catchClause!;
    const handler = this.scoped(() => {
      const caught = C.call("ts_caught", [], "val", { owned: true, mayThrow: false });
      const binding = clause.variableDeclaration?.name;
      this.lineDirective(clause);
      if (!binding) this.emit(C.exprStmt(C.call("ts_release", [caught], "void", { mayThrow: false })));
      else this.withTemps(() => this.destructure(binding, caught));
      this.emitBodyStatements(clause.block.statements);
    });
    this.emit(C.ifStmt(entering(frame), body, handler));
  }

  private switchStatement(s: ts.SwitchStatement): void {
    const target = this.newTarget(false);
    const outer = this.scoped(() => {
      const t = this.ctype(s.expression);
      const disc = this.newLocal("_disc", t, isHeap(t));
      this.withTemps(() => {
        const d = this.as(s.expression, t);
        this.emit(C.decl(disc, isHeap(t) ? this.own(d) : d));
      });
      if (isHeap(t)) this.releaseAtEnd(disc);
      const which = this.newLocal("_which", "int");
      const clauses = s.caseBlock.clauses;
      this.emit(C.decl(which, C.int(clauses.findIndex((c) => c.kind === K.DefaultClause))));
      // cases are tested in order; the first match wins
      const tests: { test: Expr; index: number }[] = [];
      clauses.forEach((c, i) => {
        if (!ts.isCaseClause(c)) return;
        const saved = this.usedTmp;
        this.usedTmp = false;
        const v = this.as(c.expression, t);
        const d = C.ref(disc);
        const eq =
          t === "double" || t === "bool"
            ? C.binary("==", d, v, "bool")
            : C.call(t === "str" ? "ts_str_eq" : "ts_strict_eq", [d, this.borrow(v)], "bool");
        if (this.usedTmp) this.m.error(c.expression, Refusals.CaseExpression);
        this.usedTmp = saved;
        tests.push({ test: eq, index: i });
      });
      const dispatch = tests.reduceRight<Stmt[] | undefined>(
        (rest, { test, index }) => [C.ifStmt(test, [C.exprStmt(C.assign(C.ref(which), C.int(index)))], rest)],
        undefined,
      );
      if (dispatch) this.emit(...dispatch);
      this.targets.push(target);
      const cases = clauses.map((c, i) => ({
        value: i,
        body: this.scoped(() => this.emitBodyStatements(c.statements)),
        fallthrough: i < clauses.length - 1,
      }));
      this.emit(C.switchStmt(C.ref(which), [...cases, { body: [C.breakStmt], fallthrough: false }]));
      this.targets.pop();
    });
    this.emit(C.block(outer));
    if (target.usedBrk) this.emit(C.label(target.brk));
  }
}

/** ts_roots_pop(mark): the roots registered since the mark are dropped (their locals were released). */
function rootsPop(mark: Local): Stmt {
  return C.exprStmt(C.call("ts_roots_pop", [C.ref(mark)], "void", { mayThrow: false }));
}

function tryEnter(frame: Local): Stmt {
  return C.exprStmt(C.call("ts_try_enter", [C.addr(C.ref(frame))], "void", { mayThrow: false }));
}

function tryLeave(frame: Local): Stmt {
  return C.exprStmt(C.call("ts_try_leave", [C.addr(C.ref(frame))], "void", { mayThrow: false }));
}

/** setjmp(frame.jb) == 0: true when entering, false when a throw lands. */
function entering(frame: Local): Expr {
  const jb = C.field(C.ref(frame), "jb", { named: "jmp_buf" });
  return C.binary("==", C.call("setjmp", [jb], "int", { mayThrow: false }), C.int(0), "bool");
}

/**
 * Locals of `fn` that a try statement of `fn` assigns between its setjmp and a throw that may land there
 * (in its try block, and in its catch block when a finally follows), declared outside that region: C
 * leaves their values indeterminate after the longjmp unless they are volatile (C99 7.13.2.1).
 */
function assignedInTry(checker: ts.TypeChecker, fn: ts.Node): Set<ts.Symbol> {
  const found = new Set<ts.Symbol>();
  const targets = (e: ts.Node, region: ts.Node): void => {
    if (ts.isParenthesizedExpression(e)) return targets(e.expression, region);
    if (ts.isArrayLiteralExpression(e)) return e.elements.forEach((x) => targets(x, region));
    if (ts.isObjectLiteralExpression(e))
      return e.properties.forEach((p) =>
        targets(ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : p, region),
      );
    if (!ts.isIdentifier(e)) return;
    const decl = checker.getSymbolAtLocation(e)?.valueDeclaration;
    if (decl && (decl.pos < region.pos || decl.end > region.end)) found.add(checker.getSymbolAtLocation(e)!);
  };
  const assignments = (n: ts.Node, region: ts.Node): void => {
    if (isFunctionLike(n)) return;
    if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind >= K.FirstAssignment &&
      n.operatorToken.kind <= K.LastAssignment
    )
      targets(n.left, region);
    else if (
      (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
      (n.operator === K.PlusPlusToken || n.operator === K.MinusMinusToken)
    )
      targets(n.operand, region);
    else if ((ts.isForOfStatement(n) || ts.isForInStatement(n)) && !ts.isVariableDeclarationList(n.initializer))
      targets(n.initializer, region);
    ts.forEachChild(n, (c) => assignments(c, region));
  };
  const visit = (n: ts.Node): void => {
    if (n !== fn && isFunctionLike(n)) return;
    if (ts.isTryStatement(n)) {
      assignments(n.tryBlock, n.tryBlock);
      if (n.finallyBlock && n.catchClause) assignments(n.catchClause.block, n.catchClause.block);
    }
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return found;
}

/** How a loop walks its iterable: the for header, and what each iteration starts with. */
interface Head {
  loop?: { init?: Stmt; test?: Expr; step?: Expr };
  prefix?: () => void;
}
