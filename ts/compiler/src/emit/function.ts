import ts from "typescript";
import { Code } from "../diag";
import { declaredSymbol, isFunctionLike, isModuleLevel, owningFunction } from "../analyze/captures";
import { CExpr, CType, cDecl, cTypeName, ctypeOf, isHeap, toVal, zeroOf } from "./ctypes";
import { NameTable, cName } from "./names";
import type { ClassInfo, ModuleEmitter } from "./module";
import { assignTo, emitExpr } from "./expr";

/** How one variable is reached from the C code of the current function. */
export interface VarInfo {
  c: string; // C identifier; for boxes, the TsBox * variable
  t: CType;
  kind: "local" | "box" | "global";
  owned: boolean; // released by this function when its scope ends
}

interface JumpTarget {
  label?: string;
  isLoop: boolean;
  brk: string;
  cont: string;
  usedBrk: boolean;
  usedCont: boolean;
  depth: number; // scopes.length inside the target
}

const K = ts.SyntaxKind;

/** True when code is one call, f(...), and not f(...), g(...). */
function balancedCall(code: string): boolean {
  let depth = 0;
  for (let i = code.indexOf("("); i < code.length; i++) {
    if (code[i] === "(") depth++;
    else if (code[i] === ")" && --depth === 0) return i === code.length - 1;
  }
  return false;
}

function usesThis(n: ts.Node): boolean {
  return (
    n.kind === K.ThisKeyword ||
    (!isFunctionLike(n) && (ts.forEachChild(n, usesThis) ?? false)) ||
    (ts.isArrowFunction(n) && usesThis(n.body))
  );
}

/** A TsValue built from a primitive holds no reference. */
const isPrimitiveVal = (code: string) => /^ts_(num|bool|undefined|null)\(/.test(code);

/** Emits the body of one C function: statements, with scopes, temporaries and cleanups. */
export class FunctionEmitter {
  readonly checker: ts.TypeChecker;
  private out: string[] = [];
  private level = 1;
  readonly vars = new Map<ts.Symbol, VarInfo>();
  private scopes: VarInfo[][] = [];
  private targets: JumpTarget[] = [];
  private pendingLabel?: string;
  private scratchDecls: string[] = [];
  private prologue: string[] = [];
  readonly names = new NameTable(["self", "fn", "argc", "argv", "tm"]);
  /** Set when an expression pushed a temporary; the statement then releases it. */
  usedTmp = false;
  private anyTmp = false;
  /** C expression for `this`, when the function has one. */
  thisCode?: string;
  /** Guards of the optional chain being emitted. */
  chainGuards?: string[];

  constructor(
    readonly m: ModuleEmitter,
    readonly node: ts.Node,
    readonly ret: CType | "void",
    readonly cls?: ClassInfo,
  ) {
    this.checker = m.checker;
  }

  // --------------------------------------------------------------- plumbing

  line(s: string): void {
    this.out.push("    ".repeat(this.level) + s);
  }

  private lineDirective(node: ts.Node): void {
    this.out.push(this.m.line(node));
  }

  scratch(t: CType): string {
    const name = `tsc${this.scratchDecls.length}`;
    this.scratchDecls.push(`${cDecl(t, name)} = ${zeroOf(t)};`);
    return name;
  }

  /** The finished function body, declarations first. */
  finish(): string {
    const head: string[] = [];
    if (this.anyTmp) head.push("size_t tm = ts_tmp_mark();");
    head.push(...this.scratchDecls, ...this.prologue);
    return head.map((h) => `    ${h}\n`).join("") + this.out.map((l) => `${l}\n`).join("");
  }

  type(node: ts.Node): ts.Type {
    return this.checker.getTypeAtLocation(node);
  }

  ctype(node: ts.Node): CType {
    return ctypeOf(this.type(node));
  }

  expr(node: ts.Expression): CExpr {
    return emitExpr(this, node);
  }

  convert(e: CExpr, to: CType): CExpr {
    if (e.isVoid) e = { code: `(${e.code}, ts_undefined())`, t: "val", owned: false };
    if (e.t === to) return e;
    if (to === "val") return toVal(e);
    if (e.t === "val") {
      if (to === "double") return { code: `ts_unbox_num(${e.code})`, t: to, owned: false };
      if (to === "bool") return { code: `ts_unbox_bool(${e.code})`, t: to, owned: false };
      return { code: `ts_unbox_str(${e.code})`, t: to, owned: e.owned };
    }
    if (to === "str") {
      const code = e.t === "double" ? `ts_num_to_str(${e.code})` : `ts_bool_to_str(${e.code})`;
      return { code, t: "str", owned: e.t === "double" };
    }
    if (to === "bool") return { code: this.truthyOf(e), t: "bool", owned: false };
    if (e.t === "bool") return { code: `((${e.code}) ? 1.0 : 0.0)`, t: to, owned: false };
    return { code: `ts_str_to_num(${this.borrow(e)})`, t: to, owned: false };
  }

  as(node: ts.Expression, t: CType): CExpr {
    return this.convert(this.expr(node), t);
  }

  /** Code for a borrowed use of e: owned heap values go on the temp stack. */
  borrow(e: CExpr): string {
    if (!e.owned || !isHeap(e.t)) return e.code;
    this.usedTmp = true;
    return e.t === "str" ? `ts_tmp_str(${e.code})` : `ts_tmp(${e.code})`;
  }

  /** Code for an owned use of e: borrowed heap values are retained. */
  own(e: CExpr): string {
    if (e.owned || !isHeap(e.t) || isPrimitiveVal(e.code)) return e.code;
    return e.t === "str" ? `ts_str_retain(${e.code})` : `ts_dup(${e.code})`;
  }

  arg(node: ts.Expression, t: CType): string {
    return this.borrow(this.as(node, t));
  }

  truthyOf(e: CExpr): string {
    switch (e.t) {
      case "bool":
        return e.code;
      case "double":
        return `ts_num_truthy(${e.code})`;
      case "str":
        return `ts_str_truthy(${this.borrow(e)})`;
      case "val":
        return `ts_truthy(${this.borrow(e)})`;
    }
  }

  truthy(node: ts.Expression): string {
    return this.truthyOf(this.expr(node));
  }

  /** Releases an owned local (or a box). */
  private releaseCode(v: VarInfo): string {
    if (v.kind === "box") return `ts_heap_release(&${v.c}->h);`;
    return v.t === "str" ? `ts_str_release(${v.c});` : `ts_release(${v.c});`;
  }

  private pushScope(): void {
    this.scopes.push([]);
  }

  private popScope(emitReleases = true): void {
    const s = this.scopes.pop()!;
    if (emitReleases) for (let i = s.length - 1; i >= 0; i--) this.line(this.releaseCode(s[i]));
  }

  /** Releases of every scope deeper than `depth`, innermost first (for jumps out). */
  private releasesDownTo(depth: number): void {
    for (let d = this.scopes.length - 1; d >= depth; d--) {
      const s = this.scopes[d];
      for (let i = s.length - 1; i >= 0; i--) this.line(this.releaseCode(s[i]));
    }
  }

  /** Runs an emitter for one statement's expressions and releases their temporaries after it. */
  private withTemps(emit: () => void): void {
    const saved = this.usedTmp;
    this.usedTmp = false;
    emit();
    if (this.usedTmp) {
      this.line("ts_tmp_release(tm);");
      this.anyTmp = true;
    }
    this.usedTmp = saved;
  }

  /** Evaluates a condition into plain C, releasing its temporaries first. */
  private condition(node: ts.Expression): string {
    const saved = this.usedTmp;
    this.usedTmp = false;
    const code = this.truthy(node);
    const used = this.usedTmp;
    this.usedTmp = saved;
    if (!used) return code;
    this.anyTmp = true;
    const c = this.names.take("_cond");
    this.line(`bool ${c} = ${code};`);
    this.line("ts_tmp_release(tm);");
    return c;
  }

  // ---------------------------------------------------------------- variables

  lookup(sym: ts.Symbol): VarInfo | undefined {
    return this.vars.get(sym) ?? this.m.globalVar(sym);
  }

  /** The expression reading a variable, in its storage type. */
  readVar(v: VarInfo): CExpr {
    if (v.kind === "box") return this.unboxField(`${v.c}->v`, v.t);
    return { code: v.c, t: v.t, owned: false };
  }

  private unboxField(lv: string, t: CType): CExpr {
    const code = t === "double" ? `${lv}.u.num` : t === "bool" ? `${lv}.u.b` : t === "str" ? `${lv}.u.str` : lv;
    return { code, t, owned: false };
  }

  /** Statement code storing e into a variable. */
  assignVar(v: VarInfo, e: CExpr): string {
    const val = this.convert(e, v.t);
    if (v.kind === "box") return `ts_move(&${v.c}->v, ${this.own(toVal(val))});`;
    if (v.t === "str") return `ts_move_str(&${v.c}, ${this.own(val)});`;
    if (v.t === "val") return `ts_move(&${v.c}, ${this.own(val)});`;
    return `${v.c} = ${val.code};`;
  }

  /** Expression form of an assignment to a variable, yielding the new value (borrowed). */
  assignVarExpr(v: VarInfo, e: CExpr): CExpr {
    const stmt = this.assignVar(v, e).replace(/;$/, "");
    if (!isHeap(v.t) && v.kind !== "box") return { code: `(${stmt})`, t: v.t, owned: false };
    return { code: `(${stmt}, ${this.readVar(v).code})`, t: v.t, owned: false };
  }

  /** Declares a new local for a binding, initialised from e (or zero). */
  declareLocal(id: ts.Identifier, e: CExpr | undefined): VarInfo {
    const sym = declaredSymbol(this.checker, id)!;
    const global = this.m.globalVar(sym);
    if (global) {
      // module-level declaration: the global is assigned in app_main_module
      if (e) this.line(this.assignVar(global, e));
      return global;
    }
    const t = ctypeOf(this.checker.getTypeOfSymbolAtLocation(sym, id));
    const existing = this.vars.get(sym);
    if (existing && existing.kind === "box") {
      // box allocated at scope entry
      if (e) this.line(this.assignVar(existing, e));
      return existing;
    }
    if (this.m.captures.boxed.has(sym)) {
      const v = this.newBox(sym, id.text, t);
      if (e) this.line(this.assignVar(v, e));
      return v;
    }
    const c = this.names.take(cName(id.text));
    const v: VarInfo = { c, t, kind: "local", owned: isHeap(t) };
    const init = e ? this.convert(e, t) : undefined;
    this.line(`${cDecl(t, c)} = ${init ? (isHeap(t) ? this.own(init) : init.code) : zeroOf(t)};`);
    this.vars.set(sym, v);
    if (v.owned) this.scopes[this.scopes.length - 1].push(v);
    return v;
  }

  private newBox(sym: ts.Symbol, name: string, t: CType): VarInfo {
    const c = this.names.take(`${cName(name)}_box`);
    this.line(
      `TsBox *${c} = ts_box_new(${t === "double" ? "ts_num(0)" : t === "bool" ? "ts_bool(false)" : "ts_undefined()"}).u.box;`,
    );
    const v: VarInfo = { c, t, kind: "box", owned: true };
    this.vars.set(sym, v);
    this.scopes[this.scopes.length - 1].push(v);
    return v;
  }

  // ------------------------------------------------------------ function bodies

  /** Parameters of a native-signature function (p0, p1, ...) become typed locals. */
  private bindNativeParams(decl: ts.SignatureDeclaration): void {
    const types = this.m.paramCTypes(decl);
    decl.parameters.forEach((p, i) => this.bindParam(p, { code: `p${i}`, t: types[i], owned: false }));
  }

  private bindParam(p: ts.ParameterDeclaration, incoming: CExpr): void {
    let value = incoming;
    if (p.initializer) {
      // default: undefined -> initializer
      const t = ctypeOf(this.type(p));
      const tmp = this.names.take("_arg");
      this.line(`${cDecl(t, tmp)};`);
      this.line(`if (${incoming.code}.tag == TS_UNDEFINED) {`);
      this.level++;
      this.withTemps(() => {
        const d = this.as(p.initializer!, t);
        this.line(`${tmp} = ${isHeap(t) ? this.own(d) : d.code};`);
      });
      this.level--;
      this.line("} else {");
      this.level++;
      const conv = this.convert(incoming, t);
      this.line(`${tmp} = ${isHeap(t) ? this.own(conv) : conv.code};`);
      this.level--;
      this.line("}");
      // the parameter's local takes over the reference
      value = { code: tmp, t, owned: isHeap(t) };
    }
    if (ts.isIdentifier(p.name)) {
      const sym = declaredSymbol(this.checker, p.name)!;
      if (!this.m.captures.boxed.has(sym) && !value.owned && !this.isAssigned(sym)) {
        // borrowed parameter: read directly
        const c = this.names.take(cName(p.name.text));
        this.line(`${cDecl(value.t, c)} = ${value.code};`);
        if (!this.isReferenced(sym)) this.line(`(void)${c};`);
        this.vars.set(sym, { c, t: value.t, kind: "local", owned: false });
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

  emitNativeBody(decl: ts.FunctionDeclaration | ts.MethodDeclaration): void {
    if (this.cls && !(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static)) {
      this.thisCode = "self";
      this.line("(void)self;");
    }
    this.pushScope();
    this.bindNativeParams(decl);
    this.emitBodyStatements(decl.body!.statements);
    this.endFunction();
  }

  /** Closure bodies: argv unpacked into parameters, captures loaded from fn->caps. */
  emitClosureBody(
    decl: ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration,
    caps: ts.Symbol[],
    capsThis: boolean,
  ): void {
    caps.forEach((sym, i) => {
      const outer = this.m.captures.boxed.has(sym);
      const t = ctypeOf(this.checker.getTypeOfSymbolAtLocation(sym, sym.valueDeclaration!));
      if (outer) {
        const c = this.names.take(`${cName(sym.name)}_box`);
        this.line(`TsBox *${c} = fn->caps[${i}].u.box;`);
        this.vars.set(sym, { c, t, kind: "box", owned: false });
      } else {
        const c = this.names.take(cName(sym.name));
        const field = this.unboxField(`fn->caps[${i}]`, t).code;
        this.line(`${cDecl(t, c)} = ${field};`);
        this.vars.set(sym, { c, t, kind: "local", owned: false });
      }
    });
    if (capsThis) {
      this.line(`TsValue self = fn->caps[${caps.length}];`);
      this.thisCode = "self";
    }
    this.pushScope();
    decl.parameters.forEach((p, i) => {
      if (p.dotDotDotToken) {
        const rest = this.names.take("_rest");
        this.line(`TsValue ${rest} = ts_arr_of(argc > ${i} ? argc - ${i} : 0, argv + (argc > ${i} ? ${i} : argc));`);
        this.scopes[this.scopes.length - 1].push({ c: rest, t: "val", kind: "local", owned: true });
        this.bindParam(p, { code: rest, t: "val", owned: false });
        return;
      }
      const raw: CExpr = { code: `ts_arg(argc, argv, ${i})`, t: "val", owned: false };
      this.bindParam(p, p.initializer ? raw : this.convert(raw, ctypeOf(this.type(p))));
    });
    if (!decl.parameters.length) this.line("(void)argc; (void)argv;");
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
    const last = this.out[this.out.length - 1];
    const returned = last !== undefined && /^\s*return\b/.test(last);
    if (!returned) {
      this.popScope(true);
      if (this.ret !== "void") this.line(`return ${zeroOf(this.ret)};`);
    } else {
      this.scopes.pop();
    }
  }

  emitConstructor(info: ClassInfo, ctor: ts.ConstructorDeclaration | undefined): void {
    this.thisCode = "self";
    this.line("(void)self;");
    this.pushScope();
    const params = this.m.ctorParams(info);
    if (!ctor) {
      // implicit constructor: pass everything to the parent, then initialise fields
      if (info.parent) this.line(`${info.parent.c}_init(${["self", ...params.map((_, i) => `p${i}`)].join(", ")});`);
      else if (this.m.isErrorClass(info))
        this.line(`if (p0.tag != TS_UNDEFINED) ts_obj_set(self, ${this.m.str("message")}, p0);`);
      this.emitFieldInits(info);
      this.popScope();
      return;
    }
    this.bindNativeParams(ctor);
    if (!info.parent && !this.m.isErrorClass(info)) this.emitFieldInits(info, ctor);
    this.emitBodyStatements(ctor.body!.statements, info);
    this.endFunction();
  }

  /** Fields in declaration order; parameter properties first, as TypeScript emits them. */
  emitFieldInits(info: ClassInfo, ctor?: ts.ConstructorDeclaration): void {
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
    for (const name of info.fields) {
      const decl = info.decl.members.find((mm) => ts.isPropertyDeclaration(mm) && mm.name.getText() === name) as
        ts.PropertyDeclaration | undefined;
      const key = this.m.str(name);
      const param = paramProps.get(name);
      this.withTemps(() => {
        const value = decl?.initializer
          ? this.borrow(this.as(decl.initializer, "val"))
          : param && early
            ? toVal(this.readVar(param)).code
            : "ts_undefined()";
        this.line(`ts_obj_set(self, ${key}, ${value});`);
      });
    }
    if (!early) {
      for (const [name, v] of paramProps)
        this.line(`ts_obj_set(self, ${this.m.str(name)}, ${toVal(this.readVar(v)).code});`);
    }
  }

  emitModuleInit(statements: ts.Statement[], classes: ClassInfo[]): void {
    this.pushScope();
    for (const c of classes) {
      for (const m of c.decl.members) {
        if (ts.isPropertyDeclaration(m) && ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static && m.initializer) {
          const v = c.statics.get(m.name.getText())!;
          this.lineDirective(m);
          this.withTemps(() => this.line(this.assignVar(v, this.expr(m.initializer!))));
        }
      }
    }
    this.emitBodyStatements(statements);
    this.popScope();
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

  private hoist(statements: readonly ts.Statement[]): void {
    const boxes: ts.Identifier[] = [];
    const collect = (name: ts.BindingName) => {
      if (ts.isIdentifier(name)) boxes.push(name);
      else for (const el of name.elements) if (!ts.isOmittedExpression(el)) collect(el.name);
    };
    for (const s of statements) {
      if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) collect(d.name);
      if (ts.isFunctionDeclaration(s) && s.name && !isModuleLevel(s)) boxes.push(s.name);
    }
    for (const id of boxes) {
      const sym = this.checker.getSymbolAtLocation(id);
      if (sym && this.m.captures.boxed.has(sym) && !this.m.globalVar(sym)) {
        this.newBox(sym, id.text, ctypeOf(this.checker.getTypeOfSymbolAtLocation(sym, id)));
      }
    }
    for (const s of statements) {
      if (ts.isFunctionDeclaration(s) && s.name && s.body && !isModuleLevel(s)) {
        this.lineDirective(s);
        this.withTemps(() => {
          const closure = emitExpr(this, s as unknown as ts.Expression);
          this.declareLocal(s.name!, closure);
        });
      }
    }
  }

  // -------------------------------------------------------------- statements

  statement(s: ts.Statement): void {
    if (
      ts.isFunctionDeclaration(s) ||
      ts.isInterfaceDeclaration(s) ||
      ts.isTypeAliasDeclaration(s) ||
      ts.isEnumDeclaration(s) ||
      ts.isClassDeclaration(s) ||
      ts.isEmptyStatement(s)
    )
      return;
    this.lineDirective(s);
    switch (s.kind) {
      case K.Block:
        this.line("{");
        this.level++;
        this.pushScope();
        this.emitBodyStatements((s as ts.Block).statements);
        this.popScope();
        this.level--;
        this.line("}");
        return;
      case K.VariableStatement:
        for (const d of (s as ts.VariableStatement).declarationList.declarations) this.variableDeclaration(d);
        return;
      case K.ExpressionStatement:
        this.withTemps(() => this.expressionStatement((s as ts.ExpressionStatement).expression));
        return;
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
        this.statement(l.statement);
        return;
      }
      case K.ThrowStatement:
        this.withTemps(() =>
          this.line(`ts_throw(${this.borrow(toVal(this.expr((s as ts.ThrowStatement).expression)))});`),
        );
        return;
      default:
        this.m.error(s, Code.UnsupportedSyntax, `${K[s.kind]} is not supported.`);
    }
  }

  private expressionStatement(e: ts.Expression): void {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    // x++ / x += y as statements need no value
    const r = emitExpr(this, e, true);
    if (r.owned && isHeap(r.t)) this.line(r.t === "str" ? `ts_str_release(${r.code});` : `ts_release(${r.code});`);
    else if (/^[A-Za-z_]\w*\(/.test(r.code) && balancedCall(r.code)) this.line(`${r.code};`);
    else if (/^\((\+\+|--)?[\w>.-]+(\+\+|--)?\)$/.test(r.code)) this.line(`${r.code.slice(1, -1)};`);
    else this.line(`(void)(${r.code});`);
  }

  private variableDeclaration(d: ts.VariableDeclaration): void {
    this.withTemps(() => {
      if (ts.isIdentifier(d.name)) {
        this.declareLocal(d.name, d.initializer ? this.expr(d.initializer) : undefined);
      } else {
        this.destructure(d.name, this.expr(d.initializer!));
      }
    });
  }

  /** Binds a destructuring pattern from a value. */
  destructure(pattern: ts.BindingName, value: CExpr): void {
    if (ts.isIdentifier(pattern)) {
      this.declareLocal(pattern, value);
      return;
    }
    // hold the source in a local so every element reads the same value
    const src = this.names.take("_src");
    this.line(`TsValue ${src} = ${this.own(toVal(value))};`);
    this.scopes[this.scopes.length - 1].push({ c: src, t: "val", kind: "local", owned: true });
    pattern.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      let item: CExpr;
      if (ts.isArrayBindingPattern(pattern)) {
        item = el.dotDotDotToken
          ? { code: `ts_arr_slice(${src}, ${i}, 1.0 / 0.0)`, t: "val", owned: true }
          : { code: `ts_arr_get(${src}, ${i})`, t: "val", owned: false };
      } else {
        const key = el.propertyName ?? el.name;
        if (el.dotDotDotToken) {
          const taken = pattern.elements
            .filter((e) => !e.dotDotDotToken)
            .map((e) => (e.propertyName ?? e.name) as ts.Identifier);
          const keys = taken.map((k) => this.m.str(k.text));
          const rest: CExpr = {
            code: `ts_obj_without(${src}, ${keys.length}, ${keys.length ? `(TsString *const[]){ ${keys.join(", ")} }` : "NULL"})`,
            t: "val",
            owned: true,
          };
          this.destructure(el.name, rest);
          return;
        }
        if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) {
          this.m.error(key, Code.UnsupportedSyntax, "computed keys in patterns are not supported.");
          return;
        }
        item = { code: `ts_obj_get(${src}, ${this.m.str(key.text)})`, t: "val", owned: false };
      }
      if (el.initializer) {
        const t = ctypeOf(this.type(el.name));
        const tmp = this.scratch("val");
        const d = this.as(el.initializer, t);
        item = {
          code: `((${tmp} = ${item.code}).tag == TS_UNDEFINED ? ${this.borrow(toVal(d))} : ${tmp})`,
          t: "val",
          owned: false,
        };
      }
      const target = ts.isIdentifier(el.name) ? ctypeOf(this.type(el.name)) : "val";
      this.destructure(el.name, this.convert(item, target));
    });
  }

  emitReturn(e: ts.Expression | undefined): void {
    const retTarget = this.ret;
    if (!e || retTarget === "void") {
      if (e) this.withTemps(() => this.expressionStatement(e));
      this.releasesDownTo(0);
      this.line(retTarget === "void" ? "return;" : `return ${zeroOf(retTarget)};`);
      return;
    }
    const saved = this.usedTmp;
    this.usedTmp = false;
    const v = this.as(e, retTarget);
    const code = isHeap(retTarget) ? this.own(v) : v.code;
    const needsTemp = this.usedTmp || this.scopes.some((s) => s.length > 0);
    if (!needsTemp) {
      this.line(`return ${code};`);
    } else {
      const r = this.names.take("_result");
      this.line(`${cDecl(retTarget, r)} = ${code};`);
      if (this.usedTmp) {
        this.line("ts_tmp_release(tm);");
        this.anyTmp = true;
      }
      this.releasesDownTo(0);
      this.line(`return ${r};`);
    }
    this.usedTmp = saved;
  }

  private ifStatement(s: ts.IfStatement): void {
    const c = this.condition(s.expression);
    this.line(`if (${c}) {`);
    this.nested(s.thenStatement);
    if (s.elseStatement) {
      this.line("} else {");
      this.nested(s.elseStatement);
    }
    this.line("}");
  }

  /** A sub-statement in its own C block and scope. */
  private nested(s: ts.Statement): void {
    this.level++;
    this.pushScope();
    if (ts.isBlock(s)) this.emitBodyStatements(s.statements);
    else {
      this.hoist([s]);
      this.statement(s);
    }
    this.popScope();
    this.level--;
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
    };
    this.pendingLabel = undefined;
    return t;
  }

  private jump(s: ts.BreakOrContinueStatement): void {
    const isBreak = s.kind === K.BreakStatement;
    let target: JumpTarget | undefined;
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      if (s.label ? t.label === s.label.text : isBreak || t.isLoop) {
        target = t;
        break;
      }
    }
    if (!target) {
      this.m.error(s, Code.UnsupportedSyntax, "jump target not found.");
      return;
    }
    // break leaves the loop's own scope too; continue only the body's
    this.releasesDownTo(isBreak ? target.depth : target.depth + 1);
    if (isBreak) target.usedBrk = true;
    else target.usedCont = true;
    this.line(`goto ${isBreak ? target.brk : target.cont};`);
  }

  private loop(s: ts.IterationStatement): void {
    const target = this.newTarget(true);
    this.line("{");
    this.level++;
    this.pushScope();
    let perIteration: VarInfo[] = [];
    let update: (() => void) | undefined;
    let bodyPrefix: (() => void) | undefined;
    let test: ts.Expression | undefined;
    let testAfter = false;

    if (ts.isForStatement(s)) {
      if (s.initializer) {
        if (ts.isVariableDeclarationList(s.initializer)) {
          this.hoistDeclList(s.initializer);
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
      bodyPrefix = this.forOfHead(s);
    } else if (ts.isForInStatement(s)) {
      bodyPrefix = this.forInHead(s);
    }

    this.targets.push(target);
    const loopHead = bodyPrefix ? "" : "for (;;) {";
    if (loopHead) this.line(loopHead);
    this.level++;
    if (test && !testAfter) this.line(`if (!(${this.condition(test)})) break;`);
    this.pushScope();
    if (bodyPrefix) bodyPrefix();
    if (ts.isBlock(s.statement)) this.emitBodyStatements(s.statement.statements);
    else {
      this.hoist([s.statement]);
      this.statement(s.statement);
    }
    this.popScope();
    this.targets.pop();
    if (target.usedCont) this.out.push(`${"    ".repeat(this.level - 1)}${target.cont}:;`);
    this.line("ts_gc_poll();");
    for (const v of perIteration) {
      // a fresh binding per iteration, as `let` in a for loop requires
      this.line(`{ TsBox *next = ts_box_new(${v.c}->v).u.box; ts_heap_release(&${v.c}->h); ${v.c} = next; }`);
    }
    if (update) update();
    if (test && testAfter) this.line(`if (!(${this.condition(test)})) break;`);
    this.level--;
    this.line("}");
    this.popScope();
    this.level--;
    this.line("}");
    if (target.usedBrk) this.out.push(`${"    ".repeat(this.level)}${target.brk}:;`);
  }

  private hoistDeclList(list: ts.VariableDeclarationList): void {
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) continue;
      const sym = this.checker.getSymbolAtLocation(d.name);
      if (sym && this.m.captures.boxed.has(sym)) this.newBox(sym, d.name.text, ctypeOf(this.type(d.name)));
    }
  }

  /** for (x of xs): iterate over a snapshot-free index; the iterable is held in a local. */
  private forOfHead(s: ts.ForOfStatement): () => void {
    const iterT = this.checker.getNonNullableType(this.type(s.expression));
    const src = this.names.take("_iter");
    const idx = this.names.take("_i");
    const kind = this.iterKind(iterT);
    this.withTemps(() => {
      let e = this.expr(s.expression);
      if (kind === "map") e = { code: `ts_map_entries(${this.borrow(e)})`, t: "val", owned: true };
      else if (kind === "set") e = { code: `ts_set_values(${this.borrow(e)})`, t: "val", owned: true };
      if (kind === "string") this.line(`TsString *${src} = ${this.own(this.convert(e, "str"))};`);
      else this.line(`TsValue ${src} = ${this.own(toVal(e))};`);
    });
    this.scopes[this.scopes.length - 1].push({
      c: src,
      t: kind === "string" ? "str" : "val",
      kind: "local",
      owned: true,
    });
    if (kind === "string") {
      const cp = this.names.take("_cp");
      this.line(`uint32_t ${idx} = 0;`);
      this.line("for (;;) {");
      return () => {
        this.line(`TsString *${cp} = ts_str_next_code_point(${src}, &${idx});`);
        this.line(`if (!${cp}) break;`);
        this.scopes[this.scopes.length - 1].push({ c: cp, t: "str", kind: "local", owned: true });
        this.bindLoopVar(s.initializer, { code: cp, t: "str", owned: false });
      };
    }
    this.line(`for (double ${idx} = 0; ${idx} < ts_arr_length(${src}); ${idx}++) {`);
    return () => this.bindLoopVar(s.initializer, { code: `ts_arr_get(${src}, ${idx})`, t: "val", owned: false });
  }

  private forInHead(s: ts.ForInStatement): () => void {
    const keys = this.names.take("_keys");
    const idx = this.names.take("_i");
    this.withTemps(() => this.line(`TsValue ${keys} = ts_obj_keys(${this.arg(s.expression, "val")});`));
    this.scopes[this.scopes.length - 1].push({ c: keys, t: "val", kind: "local", owned: true });
    this.line(`for (double ${idx} = 0; ${idx} < ts_arr_length(${keys}); ${idx}++) {`);
    return () => this.bindLoopVar(s.initializer, { code: `ts_arr_get(${keys}, ${idx})`, t: "val", owned: false });
  }

  private iterKind(t: ts.Type): "array" | "string" | "map" | "set" {
    if (t.flags & ts.TypeFlags.StringLike) return "string";
    const name = t.getSymbol()?.getName();
    if (name === "Map") return "map";
    if (name === "Set") return "set";
    return "array";
  }

  private bindLoopVar(init: ts.ForInitializer, item: CExpr): void {
    if (ts.isVariableDeclarationList(init)) {
      const d = init.declarations[0];
      const t = ts.isIdentifier(d.name) ? ctypeOf(this.type(d.name)) : "val";
      this.withTemps(() => this.destructure(d.name, this.convert(item, t)));
    } else {
      this.withTemps(() => this.line(`${assignTo(this, init, item).code};`));
    }
  }

  private switchStatement(s: ts.SwitchStatement): void {
    const target = this.newTarget(false);
    this.line("{");
    this.level++;
    this.pushScope();
    const t = this.ctype(s.expression);
    const disc = this.names.take("_disc");
    this.withTemps(() => {
      const d = this.as(s.expression, t);
      this.line(`${cDecl(t, disc)} = ${isHeap(t) ? this.own(d) : d.code};`);
    });
    if (isHeap(t)) this.scopes[this.scopes.length - 1].push({ c: disc, t, kind: "local", owned: true });
    const which = this.names.take("_which");
    const clauses = s.caseBlock.clauses;
    const defaultIndex = clauses.findIndex((c) => c.kind === K.DefaultClause);
    this.line(`int ${which} = ${defaultIndex};`);
    // cases are tested in order; the first match wins
    let first = true;
    clauses.forEach((c, i) => {
      if (!ts.isCaseClause(c)) return;
      const saved = this.usedTmp;
      this.usedTmp = false;
      const v = this.as(c.expression, t);
      const eq =
        t === "double" || t === "bool"
          ? `${disc} == ${v.code}`
          : t === "str"
            ? `ts_str_eq(${disc}, ${this.borrow(v)})`
            : `ts_strict_eq(${disc}, ${this.borrow(v)})`;
      if (this.usedTmp) {
        this.m.error(c.expression, Code.UnsupportedSyntax, "case expressions must be constants or variables.");
      }
      this.usedTmp = saved;
      this.line(`${first ? "" : "else "}if (${eq}) ${which} = ${i};`);
      first = false;
    });
    this.targets.push(target);
    this.line(`switch (${which}) {`);
    clauses.forEach((c, i) => {
      if (i > 0) this.line("/* fallthrough */");
      this.line(`case ${i}: {`);
      this.level++;
      this.pushScope();
      this.emitBodyStatements(c.statements);
      this.popScope();
      this.level--;
      this.line("}");
    });
    this.line("default: break;");
    this.line("}");
    this.targets.pop();
    this.popScope();
    this.level--;
    this.line("}");
    if (target.usedBrk) this.out.push(`${"    ".repeat(this.level)}${target.brk}:;`);
  }
}
