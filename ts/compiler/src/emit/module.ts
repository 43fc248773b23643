/** One C module for one TypeScript file: globals, functions, classes and main, as C IR. */
import path from "node:path";
import ts from "typescript";
import * as C from "../cir/build";
import { Data, Def, Expr, Func, Local, Module, Repr, Stmt, isHeap } from "../cir/nodes";
import { usesTemps } from "../cir/walk";
import { Captures, isFunctionLike } from "../analyze/captures";
import { Diag, Refusal, Refusals, refusal } from "../diag";
import { isTopLevelConst } from "../subset";
import { appliedMixin, mixinClass, passThroughRest, valueDeclaration } from "../mixins";
import { isLocalClass, isLocalConstClass } from "../local_classes";
import {
  ClassInfo,
  EntryParams,
  FunctionInfo,
  FunctionLike,
  MethodSlot,
  ModuleContext,
  VarInfo,
  entryParams,
  functionName,
  restArray,
} from "./context";
import { ctypeOf, returnCType } from "./ctypes";
import { FunctionEmitter } from "./function";
import { errorClassRef, errorClasses } from "./builtins/globals";
import { NameTable, cName } from "./names";
import { splitLiteral } from "../analyze/regexp_literals";
import { directStores, layoutTable, movedParams, planLayout, storeDirect, undefinedFields } from "./layout";
import { methodSlot, planMethodTables } from "./vtables";
import { Quiet, findQuiet, standInClasses, stoodIn } from "./quiet";
import { Aggregate } from "../analyze/scalars";
import { IntegerRanges } from "../analyze/integers";
import { quietFunctions } from "./numviews";
import { I32 } from "./int32";

/** What the analyses found that the emitter needs. */
export interface Analyses {
  captures: Captures;
  /** The device API's optional parts the app reaches (ts_api_use_*). */
  apiParts: string[];
  /** Variables read somewhere; the others are marked as used for gcc. */
  reads: Set<ts.Symbol>;
  /** Number variables that only count in steps of one (analyze/counters.ts): int64_t locals. */
  counters: Set<ts.Symbol>;
  /** Object and array literals held as one local per property (analyze/scalars.ts). */
  scalars: Map<ts.Symbol, Aggregate>;
  /** Number values that are always integers, and their ranges (analyze/integers.ts). */
  ints: IntegerRanges;
}

/** True when a refusal at a node would only repeat one made before emission. */
export type AlreadyRefused = (node: ts.Node) => boolean;

/** File names the C mentions, relative to the app's folder. */
export interface OutputNames {
  appFile: string;
  cFile: string;
}

import { defaultOfVariable } from "../modules";
import { Platform } from "../platform";

const K = ts.SyntaxKind;

const selfParam = (): Local => ({ name: "self", t: "val", owned: false });

/** Emits one C module for one TypeScript source file. */
export class ModuleEmitter implements ModuleContext {
  readonly diags: Diag[] = [];
  usesDeviceApi = false;
  private readonly globalNames = new NameTable();
  /** Classes by declaration; a mixin's application by its call. */
  readonly classes = new Map<ts.Node, ClassInfo>();
  /** The applications of each mixin's class expression, in the order they are made. */
  private readonly applications = new Map<ts.ClassExpression, ClassInfo[]>();
  /** The application whose members are being emitted, for each mixin's class expression. */
  private readonly current = new Map<ts.ClassExpression, ClassInfo>();
  readonly functions = new Map<ts.FunctionDeclaration, FunctionInfo>();
  private readonly globals = new Map<ts.Symbol, VarInfo>();
  private readonly defs: Def[] = [];
  private readonly strings = new Map<string, Data>();
  private readonly keyArrays = new Map<string, Data>();
  private icCount = 0;
  private readonly locs = new Map<string, Data>();
  private readonly privateKeys = new Map<string, Data>();
  /** Module-level variables released at exit, so leak checkers see every block freed. */
  private readonly heapGlobals: Data[] = [];
  /** Functions used as values, by the name of their native function or builtin. */
  private readonly values = new Map<string, Expr>();
  private readonly enums = new Map<ts.EnumDeclaration, Data>();
  /** RegExp literals: one TsRegExpSite each, compiled once at start-up (tsfw_regexp.h). */
  private readonly regexpSites = new Map<ts.RegularExpressionLiteral, Data>();
  /** Whether the app uses a RegExp: none, literals only ("static"), or `new RegExp` and friends. */
  regexp: "none" | "static" | "dynamic" = "none";
  readonly captures: Captures;
  readonly reads: Set<ts.Symbol>;
  readonly counters: Set<ts.Symbol>;
  readonly scalars: Map<ts.Symbol, Aggregate>;
  readonly ints: IntegerRanges;

  /** The entry file: its top-level code runs last, after the files it imports. */
  private readonly source: ts.SourceFile;

  constructor(
    /** The app's files in the order they run (modules.ts). */
    private readonly files: ts.SourceFile[],
    readonly checker: ts.TypeChecker,
    private readonly analyses: Analyses,
    private readonly names: OutputNames,
    private readonly alreadyRefused: AlreadyRefused,
    readonly platform: Platform,
  ) {
    this.captures = analyses.captures;
    this.source = files[files.length - 1];
    this.reads = analyses.reads;
    this.counters = analyses.counters;
    this.scalars = analyses.scalars;
    this.ints = analyses.ints;
  }

  error<A extends string[]>(node: ts.Node, r: Refusal<A>, ...args: A): void {
    if (!this.alreadyRefused(node)) this.diags.push(refusal(node, r, ...args));
  }

  define<D extends Def>(d: D): D {
    this.defs.push(d);
    return d;
  }

  private data(name: string, t: Data["t"], section: Data["section"], more: Partial<Data> = {}): Data {
    return this.define({ k: "data", name, t, isConst: false, array: false, forward: false, section, ...more });
  }

  str(value: string): Expr {
    let d = this.strings.get(value);
    if (!d) {
      const base = /^[A-Za-z_][A-Za-z0-9_]{0,24}$/.test(value) ? `tsg_s_${value}` : `tsg_s${this.strings.size}`;
      const bytes = C.wtf8(value);
      d = this.data(this.globalNames.take(base), { named: "TsString" }, "literals", {
        init: C.call("TS_STR_LIT", [C.strlit(bytes), C.int(bytes.length), C.int(value.length)], "void"),
      });
      this.strings.set(value, d);
    }
    return { ...C.addr(C.defRef(d)), t: "str" };
  }

  useRegExp(dynamic: boolean): void {
    if (dynamic) this.regexp = "dynamic";
    else if (this.regexp === "none") this.regexp = "static";
  }

  regexpSite(node: ts.RegularExpressionLiteral): Expr {
    let d = this.regexpSites.get(node);
    if (!d) {
      const { source, flags } = splitLiteral(node.text);
      const sf = node.getSourceFile();
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      const init = C.call("TS_REGEXP_SITE", [this.str(source), C.cstring(flags)], "void");
      d = this.data(this.globalNames.take(`tsg_re_L${line}`), { named: "TsRegExpSite" }, "literals", { init });
      this.regexpSites.set(node, d);
    }
    this.useRegExp(false);
    return C.addr(C.defRef(d));
  }

  /** main()'s start-up call that compiles every literal: ts_regexp_init_sites(sites, n). */
  private regexpInit(): Stmt[] {
    if (!this.regexpSites.size) return [];
    const sites = this.data("tsg_re_sites", { ptr: { named: "TsRegExpSite" } }, "globals", {
      isConst: true,
      array: true,
      init: C.init([...this.regexpSites.values()].map((d) => C.addr(C.defRef(d)))),
    });
    return [C.exprStmt(C.call("ts_regexp_init_sites", [C.defRef(sites), C.int(this.regexpSites.size)], "void"))];
  }

  loc(node: ts.Node, pos?: number): Expr {
    const sf = node.getSourceFile();
    const p = sf.getLineAndCharacterOfPosition(pos ?? node.getStart(sf));
    const name = `tsl_${p.line + 1}_${p.character + 1}`;
    let d = this.locs.get(name);
    if (!d) {
      const init = C.init([C.cstring(this.names.appFile), C.int(p.line + 1), C.int(p.character + 1)]);
      d = this.data(name, { named: "TsLoc" }, "literals", { isConst: true, init });
      this.locs.set(name, d);
    }
    return C.addr(C.defRef(d));
  }

  key(name: string, owner?: ts.Node): Expr {
    if (!name.startsWith("#")) return this.str(name);
    // the class's C name in the key: a subclass's #x is another field than its parent's
    const cls = owner && ts.isClassLike(owner) ? this.classOf(owner)?.c : undefined;
    const text = `${cls ?? ""}${name}`;
    let d = this.privateKeys.get(text);
    if (!d) {
      const bytes = C.wtf8(text);
      const base = /^[A-Za-z0-9_#]{1,40}$/.test(text)
        ? `tsg_private_${text.replace("#", "_")}`
        : `tsg_private${this.privateKeys.size}`;
      d = this.data(this.globalNames.take(base), { named: "TsString" }, "literals", {
        init: C.call("TS_STR_HIDDEN_KEY", [C.strlit(bytes), C.int(bytes.length), C.int(text.length)], "void"),
      });
      this.privateKeys.set(text, d);
    }
    return { ...C.addr(C.defRef(d)), t: "str" };
  }

  ic(): Expr {
    return C.addr(C.defRef(this.data(`tsg_ic${this.icCount++}`, { named: "TsPropCache" }, "globals")));
  }

  templateSite(): Expr {
    return C.addr(C.defRef(this.data(this.globalNames.take("tsg_template"), "val", "globals")));
  }

  keys(names: string[]): Expr {
    const key = JSON.stringify(names);
    let d = this.keyArrays.get(key);
    if (!d) {
      const items = names.map((n) => this.str(n));
      const joined = names.join("_");
      const base = /^[A-Za-z0-9_]{1,40}$/.test(joined) ? `tsg_keys_${joined}` : `tsg_keys${this.keyArrays.size}`;
      d = this.data(this.globalNames.take(base), "str", "literals", {
        isConst: true,
        array: true,
        init: C.init(items),
      });
      this.keyArrays.set(key, d);
    }
    return C.defRef(d);
  }

  closureName(node: FunctionLike): string {
    const sf = node.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const enclosing = enclosingName(node);
    const base = ownName(node) ?? callbackName(node) ?? "fn";
    return this.globalNames.take(cName(`${enclosing ? `${enclosing}_` : ""}${base}_L${line}`));
  }

  fileName(sf: ts.SourceFile): string | undefined {
    if (sf === this.source) return undefined;
    return path.relative(path.dirname(this.source.fileName), sf.fileName).split(path.sep).join("/");
  }

  /** The top-level statements of every file, in the order the files run. */
  private allStatements(): ts.Statement[] {
    return this.files.flatMap((f) => [...f.statements]);
  }

  emit(): Module {
    const topStatements: ts.Statement[] = [];
    /** The classes whose static fields a top-level statement initialises, in order. */
    const staticsAt = new Map<ts.Statement, ClassInfo[]>();
    // Pass 1: name classes, functions and globals so bodies can refer to each other.
    for (const s of this.allStatements()) {
      if (ts.isClassDeclaration(s) && s.name) {
        this.declareApplications(s);
        this.declareClass(s, s.name.text);
      } else if (mixinClass(s))
        continue; // compiled at each application
      else if (ts.isFunctionDeclaration(s) && s.name && s.body) {
        const def = this.nativeFunction(this.globalNames.take(cName(s.name.text)), s, false);
        this.functions.set(s, { decl: s, def });
      } else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) {
          const c = classExpressionOf(d);
          const applied = d.initializer && appliedMixin(d.initializer, this.checker) && ts.isIdentifier(d.name);
          if (c) {
            this.declareApplications(c);
            this.declareClass(c, c.name?.text ?? (d.name as ts.Identifier).text);
          } else if (applied)
            this.declareApplication(d.initializer as ts.CallExpression, (d.name as ts.Identifier).text);
          else this.declareGlobals(d.name);
        }
      } else if (ts.isExportAssignment(s) && this.ownsDefault(s)) {
        const sym = this.defaultSymbol(s);
        const t = ctypeOf(this.checker.getTypeAtLocation(s.expression));
        const name = `${cName(path.basename(s.getSourceFile().fileName).replace(/\.tsx?$/, ""))}_default`;
        const d = this.data(this.globalNames.take(name), t, "globals");
        this.heapGlobals.push(d);
        if (sym) this.globals.set(sym, { global: d, t, kind: "global", owned: false });
      }
    }
    const locals = this.declareLocalClasses();
    for (const info of this.classes.values()) this.resolveClass(info);
    const planned = new Set<ClassInfo>();
    const plan = (info: ClassInfo): void => {
      if (planned.has(info)) return;
      planned.add(info);
      if (info.parent) plan(info.parent);
      planLayout(this, info);
    };
    for (const info of this.classes.values()) plan(info);
    planMethodTables(this, [...this.classes.values()]);

    // Pass 2: bodies.
    for (const s of this.allStatements()) {
      if (ts.isFunctionDeclaration(s) && s.body) {
        if (!mixinClass(s)) this.emitTopFunction(this.functions.get(s)!);
      } else if (ts.isClassDeclaration(s) && s.name) {
        const classes = [...this.applicationsIn(s), this.classes.get(s)!];
        for (const c of classes) this.emitClass(c);
        staticsAt.set(s, classes);
      }
      // classes stay in the sequence: their static initialisers run there
      else if (ts.isVariableStatement(s)) {
        const classes = s.declarationList.declarations.flatMap((d) => {
          const c = classExpressionOf(d);
          const own = this.classOf(d);
          return c ? [...this.applicationsIn(c), own!] : own ? this.applicationsIn(d.initializer!) : [];
        });
        for (const c of classes) this.emitClass(c);
        // a const that holds a class is the class; any other declaration beside it is refused
        if (classes.length) {
          for (const d of s.declarationList.declarations) if (!this.classOf(d)) this.error(d, Refusals.ClassExpression);
          staticsAt.set(s, classes);
        }
      }
      if (
        !ts.isFunctionDeclaration(s) &&
        !ts.isInterfaceDeclaration(s) &&
        !ts.isTypeAliasDeclaration(s) &&
        !ts.isEnumDeclaration(s)
      )
        topStatements.push(s);
    }
    for (const info of locals) this.emitClass(info);
    const init = new FunctionEmitter(this, this.source, "void");
    init.emitModuleInit(topStatements, staticsAt);
    const initBody = init.finish();
    const moduleInit = this.define<Func>({
      k: "func",
      name: "app_main_module",
      ret: "void",
      params: [],
      body: [...this.enumInits(), ...initBody],
    });
    const releases = this.heapGlobals
      .filter((g) => isHeap(g.t))
      .map((g) => C.exprStmt(C.call(g.t === "str" ? "ts_str_release" : "ts_release", [C.defRef(g)], "void")));
    const releaseGlobals = this.define<Func>({
      k: "func",
      name: "app_release_globals",
      ret: "void",
      params: [],
      body: releases,
    });
    const argc: Local = { name: "argc", t: "int", owned: false };
    const argv: Local = { name: "argv", t: { ptr: { ptr: { named: "char" } } }, owned: false };
    const parts = this.usesDeviceApi ? this.analyses.apiParts : [];
    const main = this.define<Func>({
      k: "func",
      name: "main",
      ret: "int",
      params: [argc, argv],
      exported: true,
      body: [
        C.exprStmt(C.call("ts_rt_init", [C.ref(argc), C.ref(argv)], "void")),
        ...this.regexpInit(),
        ...parts.map((p) => C.exprStmt(C.call(p, [], "void"))),
        C.exprStmt(C.callDef(moduleInit, [], "void")),
        C.exprStmt(C.call("ts_rt_run", [], "void")),
        C.exprStmt(C.callDef(releaseGlobals, [], "void")),
        C.returnStmt(C.call("ts_rt_exit", [], "int")),
      ],
    });
    quietFunctions(this.defs);
    return {
      appFile: this.names.appFile,
      cFile: this.names.cFile,
      includes: [
        "tsfw.h",
        ...(this.usesDeviceApi ? ["tsfw_api.h"] : []),
        ...(this.regexp !== "none" ? ["tsfw_regexp.h"] : []),
      ],
      defs: this.defs,
      entries: [main],
    };
  }

  private declareGlobals(name: ts.BindingName): void {
    if (ts.isIdentifier(name)) {
      const sym = this.checker.getSymbolAtLocation(name);
      if (!sym) return;
      const t = ctypeOf(this.checker.getTypeOfSymbolAtLocation(sym, name));
      if (this.ints.int32Vars.has(sym)) {
        // an integer of int32's range (analyze/integers.ts), read as a double
        const d = this.data(this.globalNames.take(cName(name.text)), I32, "globals");
        this.globals.set(sym, { global: d, t, kind: "global", owned: false, counter: true });
        return;
      }
      const d = this.data(this.globalNames.take(cName(name.text)), t, "globals");
      this.heapGlobals.push(d);
      this.globals.set(sym, { global: d, t, kind: "global", owned: false });
    } else {
      for (const el of name.elements) if (!ts.isOmittedExpression(el)) this.declareGlobals(el.name);
    }
  }

  /** The symbol of a file's default export, as the files that import it resolve it. */
  private defaultSymbol(node: ts.ExportAssignment): ts.Symbol | undefined {
    const mod = this.checker.getSymbolAtLocation(node.getSourceFile());
    return mod && this.checker.getExportsOfModule(mod).find((e) => e.escapedName === "default");
  }

  defaultExport(node: ts.ExportAssignment): VarInfo | undefined {
    const sym = this.ownsDefault(node) ? this.defaultSymbol(node) : undefined;
    return sym && this.globals.get(sym);
  }

  /** `export default <expression>` or `export default <variable>` is a global of its own. */
  private ownsDefault(node: ts.ExportAssignment): boolean {
    return !ts.isIdentifier(node.expression) || !!defaultOfVariable(this.checker, this.defaultSymbol(node)!);
  }

  globalVar(sym: ts.Symbol): VarInfo | undefined {
    return this.globals.get(sym);
  }

  // ---------------------------------------------------------------- functions

  /** Native signature of a top-level function or method: typed parameters. */
  paramCTypes(decl: ts.SignatureDeclaration): Repr[] {
    return decl.parameters.map((p) =>
      p.initializer || p.dotDotDotToken ? "val" : ctypeOf(this.checker.getTypeAtLocation(p)),
    );
  }

  returnType(decl: ts.SignatureDeclaration): Repr | "void" {
    const sig = this.checker.getSignatureFromDeclaration(decl);
    return sig ? returnCType(sig.getReturnType()) : "void";
  }

  /** A native function (body still empty): self first for methods, then p0, p1, ... */
  private nativeFunction(name: string, decl: ts.SignatureDeclaration, self: boolean): Func {
    const params = this.paramCTypes(decl).map((t, i): Local => ({ name: `p${i}`, t, owned: false }));
    return { k: "func", name, ret: this.returnType(decl), params: self ? [selfParam(), ...params] : params, body: [] };
  }

  private emitTopFunction(f: FunctionInfo): void {
    const fe = new FunctionEmitter(this, f.decl, this.returnType(f.decl));
    fe.emitNativeBody(f.decl, f.def);
    f.def.body = fe.finish();
    this.define(f.def);
  }

  functionValue(f: FunctionInfo): Expr {
    return this.valueOf(f.def.name, () => this.nativeValue(f.def, f.decl, f.decl.name!.text));
  }

  staticMethodValue(cls: ClassInfo, name: string): Expr {
    const def = cls.methodDefs.get(name)!;
    return this.valueOf(def.name, () => this.nativeValue(def, cls.staticMethods.get(name)!, name));
  }

  private valueOf(key: string, make: () => Expr): Expr {
    let v = this.values.get(key);
    if (!v) this.values.set(key, (v = make()));
    return v;
  }

  /** A static TsFunc (<c>__value) whose generic entry (<c>__call) calls the native function. */
  private nativeValue(native: Func, decl: ts.SignatureDeclaration, jsName: string): Expr {
    const p = entryParams();
    const call = C.callDef(native, this.unpackArgs(decl, p), native.ret, isHeap(native.ret));
    const body = [C.exprStmt(C.ref(p.fn)), ...this.unusedArgs(decl, p), ...this.thunkReturn(native.ret, call)];
    const thunk = this.define<Func>({
      k: "func",
      name: `${native.name}__call`,
      ret: "val",
      params: [p.fn, p.argc, p.argv],
      body,
    });
    return this.funcValue(`${native.name}__value`, thunk, jsName);
  }

  /** static TsFunc <name> = TS_FUNC_STATIC(entry, "jsName"), as a TsValue. */
  private funcValue(name: string, entry: Func, jsName: string): Expr {
    const init = C.call("TS_FUNC_STATIC", [C.defRef(entry), C.cstring(jsName)], { named: "TsFunc" });
    const value = this.data(name, { named: "TsFunc" }, "code", { init, forward: true });
    return C.call("ts_fn_v", [C.addr(C.defRef(value))], "val");
  }

  builtinValue(name: string, body: (p: EntryParams) => Stmt[]): Expr {
    return this.valueOf(name, () => {
      const p = entryParams();
      const c = this.globalNames.take(`tsg_builtin_${name.replace(/\W/g, "_")}`);
      const entry = this.define<Func>({
        k: "func",
        name: c,
        ret: "val",
        params: [p.fn, p.argc, p.argv],
        body: [C.exprStmt(C.ref(p.fn)), ...body(p)],
      });
      return this.funcValue(`${c}_value`, entry, name.split(".").pop()!);
    });
  }

  enumObject(decl: ts.EnumDeclaration): Expr {
    let d = this.enums.get(decl);
    if (!d) {
      d = this.data(this.globalNames.take(`${cName(decl.name.text)}_enum`), "val", "globals");
      this.heapGlobals.push(d);
      this.enums.set(decl, d);
    }
    return C.defRef(d);
  }

  /** The enum objects, with reverse mappings for numeric members, built when the module starts. */
  private enumInits(): Stmt[] {
    return [...this.enums].map(([decl, d]) => {
      const keys: string[] = [];
      const vals: Expr[] = [];
      for (const m of decl.members) {
        const name = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
        const v = this.checker.getConstantValue(m);
        keys.push(name);
        vals.push(typeof v === "number" ? C.wrap(C.num(v)) : C.wrap(this.str(String(v))));
        if (typeof v === "number") {
          keys.push(String(v));
          vals.push(C.wrap(this.str(name)));
        }
      }
      const obj = C.call("ts_obj_lit", [C.int(keys.length), this.keys(keys), C.arrayLit("val", vals)], "val", {
        owned: true,
      });
      return C.exprStmt(C.assign(C.defRef(d), obj));
    });
  }

  /** argv entries converted to a native signature's parameter types. */
  private unpackArgs(decl: ts.SignatureDeclaration, p: EntryParams): Expr[] {
    return this.paramCTypes(decl).map((t, i) => {
      if (decl.parameters[i].dotDotDotToken) return C.temp(restArray(p, i));
      const a = C.call("ts_arg", [C.ref(p.argc), C.ref(p.argv), C.int(i)], "val");
      if (t === "val") return a;
      return C.call(t === "double" ? "ts_unbox_num" : t === "bool" ? "ts_unbox_bool" : "ts_unbox_str", [a], t);
    });
  }

  /** (void)argc; (void)argv; for an entry whose function takes no parameters. */
  private unusedArgs(decl: ts.SignatureDeclaration, p: EntryParams): Stmt[] {
    return decl.parameters.length ? [] : [C.exprStmt(C.ref(p.argc)), C.exprStmt(C.ref(p.argv))];
  }

  /** The end of a generic entry: the native call's result as a TsValue, temporaries released. */
  private thunkReturn(ret: Func["ret"], call: Expr): Stmt[] {
    if (!usesTemps(call))
      return ret === "void" ? [C.exprStmt(call), C.returnStmt(C.UNDEFINED)] : [C.returnStmt(C.wrap(call))];
    const tm: Local = { name: "tm", t: "size_t", owned: false };
    const mark = C.decl(tm, C.call("ts_tmp_mark", [], "size_t", { mayThrow: false }));
    const release = C.exprStmt(C.call("ts_tmp_release", [C.ref(tm)], "void", { mayThrow: false }));
    if (ret === "void") return [mark, C.exprStmt(call), release, C.returnStmt(C.UNDEFINED)];
    const r: Local = { name: "r", t: "val", owned: false };
    return [mark, C.decl(r, C.wrap(call)), release, C.returnStmt(C.ref(r))];
  }

  // ------------------------------------------------------------------ classes

  /** Class expressions inside functions (local_classes.ts): compiled once, as top-level classes are. */
  private declareLocalClasses(): ClassInfo[] {
    const found: ClassInfo[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isClassExpression(n) && isLocalClass(n) && !this.alreadyRefused(n)) {
        const d = n.parent;
        const constName = ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) ? d.name.text : undefined;
        const sf = n.getSourceFile();
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        const own = n.name?.text ?? constName;
        const cname = `${enclosingName(n) || "local"}_${own ?? `class_L${line}`}`;
        found.push(this.declareClass(n, n.name?.text ?? constName ?? "", cname));
      }
      ts.forEachChild(n, visit);
    };
    for (const f of this.files) visit(f);
    return found;
  }

  /** Declares the applications a class's `extends` clause makes: `class Admin extends Timestamped(User)`. */
  private declareApplications(decl: ts.ClassLikeDeclaration): void {
    const ext = decl.heritageClauses?.find((h) => h.token === K.ExtendsKeyword)?.types[0]?.expression;
    if (ext && ts.isCallExpression(ext)) this.declareApplication(ext, "");
  }

  /**
   * A mixin applied to a class known here: a class of its own, the mixin's class expression over that
   * class, named `<Mixin>_<Base>` in C. Nested applications are declared first, innermost first.
   */
  private declareApplication(call: ts.CallExpression, constName: string): ClassInfo | undefined {
    const known = this.classes.get(call);
    if (known) return known;
    const fn = appliedMixin(call, this.checker);
    const arg = call.arguments[0];
    if (!fn || !arg) return undefined;
    const base = ts.isCallExpression(arg)
      ? this.declareApplication(arg, "")
      : ts.isIdentifier(arg)
        ? this.classOf(valueDeclaration(arg, this.checker))
        : undefined;
    if (!base) return undefined; // refused by the subset check
    const expr = mixinClass(fn)!;
    // node names the class after its own name only: `return class extends Base {}` is ""
    const cname = constName || `${fn.name!.text}_${base.c}`;
    const info = this.declareClass(expr, expr.name?.text ?? "", cname, call);
    info.parent = base;
    info.mixin = fn;
    this.applications.set(expr, [...(this.applications.get(expr) ?? []), info]);
    return info;
  }

  /** The applications an expression or a class's `extends` clause makes, innermost first. */
  private applicationsIn(n: ts.Node): ClassInfo[] {
    if (ts.isClassLike(n)) {
      const ext = n.heritageClauses?.find((h) => h.token === K.ExtendsKeyword)?.types[0]?.expression;
      return ext ? this.applicationsIn(ext) : [];
    }
    if (!ts.isCallExpression(n)) return [];
    const info = this.classes.get(n);
    return info ? [...this.applicationsIn(n.arguments[0]), info] : [];
  }

  /** Runs `f` with a mixin's class expression standing for application `info`. */
  withClass<T>(info: ClassInfo, f: () => T): T {
    if (!info.mixin) return f();
    const expr = info.decl as ts.ClassExpression;
    const before = this.current.get(expr);
    this.current.set(expr, info);
    try {
      return f();
    } finally {
      if (before) this.current.set(expr, before);
      else this.current.delete(expr);
    }
  }

  private declareClass(decl: ts.ClassLikeDeclaration, name: string, cname = name, key: ts.Node = decl): ClassInfo {
    const c = this.globalNames.take(cName(cname));
    const info: ClassInfo = {
      decl,
      name: staticName(decl) ?? name,
      c,
      fields: [],
      methods: new Map(),
      statics: new Map(),
      staticMethods: new Map(),
      methodDefs: new Map(),
      accessors: new Map(),
      table: {
        k: "data",
        name: `${c}_class`,
        t: { named: "TsClass" },
        isConst: true,
        array: false,
        forward: true,
        section: "code",
      },
      init: { k: "func", name: `${c}_init`, ret: "void", params: [], body: [] },
      create: { k: "func", name: `${c}_new`, ret: "val", params: [], body: [] },
    };
    for (const m of decl.members) {
      if (ts.isConstructorDeclaration(m)) {
        for (const p of m.parameters) {
          if (ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier && ts.isIdentifier(p.name))
            info.fields.push(p.name.text);
        }
      }
    }
    for (const m of decl.members) {
      const isStatic = ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static;
      if (
        ts.isConstructorDeclaration(m) ||
        ts.isSemicolonClassElement(m) ||
        ts.isIndexSignatureDeclaration(m) ||
        ts.isClassStaticBlockDeclaration(m)
      )
        continue; // static blocks are refused by the subset check
      const name =
        m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isPrivateIdentifier(m.name))
          ? m.name.text
          : undefined;
      if (name === undefined) {
        this.error(m, Refusals.ComputedClassMember);
        continue;
      }
      if (ts.isPropertyDeclaration(m)) {
        if (isStatic) {
          const t = ctypeOf(this.checker.getTypeAtLocation(m));
          const d = this.data(this.globalNames.take(`${c}_${memberCName(name)}`), t, "globals");
          this.heapGlobals.push(d);
          info.statics.set(name, { global: d, t, kind: "global", owned: false });
        } else if (!(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Ambient)) {
          info.fields.push(name);
        }
      } else if (ts.isAccessor(m)) {
        if (!m.body) continue; // abstract
        const kind = ts.isGetAccessor(m) ? "get" : "set";
        const def = this.nativeFunction(`${c}_${kind}_${memberCName(name)}`, m, !isStatic);
        info.accessors.set(`${isStatic ? "static " : ""}${kind} ${name}`, { decl: m, def });
      } else if (ts.isMethodDeclaration(m)) {
        if (!m.body) continue; // abstract
        (isStatic ? info.staticMethods : info.methods).set(name, m);
        info.methodDefs.set(name, this.nativeFunction(`${c}_${memberCName(name)}`, m, !isStatic));
      }
    }
    this.classes.set(key, info);
    return info;
  }

  accessor(
    sym: ts.Symbol | undefined,
    kind: "get" | "set",
    exact = false,
  ): { def: Func; isStatic: boolean } | undefined {
    if (!sym || !(sym.flags & ts.SymbolFlags.Accessor)) return undefined;
    for (const d of sym.declarations ?? []) {
      if (!ts.isAccessor(d) || ts.isGetAccessor(d) !== (kind === "get")) continue;
      const info = ts.isClassLike(d.parent) ? this.classOf(d.parent) : undefined;
      const isStatic = (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Static) !== 0;
      const a = info?.accessors.get(`${isStatic ? "static " : ""}${kind} ${d.name.getText()}`);
      if (!a || a.decl !== d) continue;
      // overridden in a subclass: found by name at run time, through the class's accessor table
      const isPrivate = ts.isPrivateIdentifier(d.name); // a #private accessor is its class's own
      if (!exact && !isStatic && !isPrivate && this.isOverridden(info!, d.name.getText())) return undefined;
      return { def: a.def, isStatic };
    }
    return undefined;
  }

  /** True when a subclass of `info` declares an instance accessor `name`. */
  private isOverridden(info: ClassInfo, name: string): boolean {
    for (const other of this.classes.values()) {
      const own = [...other.accessors.values()].some(
        (a) => a.decl.name.getText() === name && !(ts.getCombinedModifierFlags(a.decl) & ts.ModifierFlags.Static),
      );
      if (other === info || !own) continue;
      for (let p = other.parent; p; p = p.parent) if (p === info) return true;
    }
    return false;
  }

  classOf(decl: ts.Declaration | undefined): ClassInfo | undefined {
    if (decl && ts.isVariableDeclaration(decl)) {
      if (decl.initializer && ts.isCallExpression(decl.initializer)) return this.classes.get(decl.initializer);
      const c = classExpressionOf(decl);
      return c && this.classes.get(c);
    }
    if (!decl || !ts.isClassLike(decl)) return undefined;
    const own = this.classes.get(decl);
    if (own || !ts.isClassExpression(decl)) return own;
    // a mixin's class: the application being emitted, or the only one there is
    const apps = this.applications.get(decl);
    return this.current.get(decl) ?? (apps?.length === 1 ? apps[0] : undefined);
  }

  private resolveClass(info: ClassInfo): void {
    if (info.mixin) return; // its parent is the class it was applied to
    const ext = info.decl.heritageClauses?.find((h) => h.token === K.ExtendsKeyword)?.types[0];
    if (ext) {
      const sym = this.checker.getSymbolAtLocation(ext.expression);
      const parent = ts.isCallExpression(ext.expression)
        ? this.classes.get(ext.expression)
        : this.classOf(sym?.valueDeclaration);
      if (parent) info.parent = parent;
      else if (!runtimeErrorBase(ext.expression)) this.error(ext, Refusals.Extends);
    }
  }

  private quiet?: Quiet;
  private stoodFor?: Set<ClassInfo>;

  standIns(): Set<ClassInfo> {
    return (this.stoodFor ??= standInClasses(this, this.files));
  }

  private quietFacts(): Quiet {
    return (this.quiet ??= findQuiet(this, this.files));
  }

  isQuiet(unit: ts.Node): boolean {
    return this.quietFacts().units.has(unit);
  }

  isQuietCall(method: ts.MethodDeclaration): boolean {
    return this.quietFacts().calls(method);
  }

  /** True when `name` on a receiver of class `info` might run another class's method or a stand-in's function. */
  isVirtual(info: ClassInfo, name: string): boolean {
    if (name.startsWith("#")) return false; // a #private method is its class's own
    if (stoodIn(this, info)) return true;
    for (const other of this.classes.values()) {
      if (other === info || !other.methods.has(name)) continue;
      for (let p = other.parent; p; p = p.parent) if (p === info) return true;
    }
    return false;
  }

  methodSlot(owner: ClassInfo, name: string): MethodSlot | undefined {
    return methodSlot(owner, name);
  }

  allFields(info: ClassInfo): string[] {
    return [...(info.parent ? this.allFields(info.parent) : []), ...info.fields];
  }

  isErrorClass(info: ClassInfo): boolean {
    const ext = info.decl.heritageClauses?.find((h) => h.token === K.ExtendsKeyword)?.types[0];
    if (!ext) return false;
    return info.parent ? this.isErrorClass(info.parent) : !!runtimeErrorBase(ext.expression);
  }

  private emitClass(info: ClassInfo): void {
    this.withClass(info, () => this.emitClassBody(info));
  }

  private emitClassBody(info: ClassInfo): void {
    const c = info.c;
    const entries: Expr[] = [];
    for (const [name, m] of info.methods) {
      const f = this.emitMethod(info, name, m);
      if (name.startsWith("#")) continue; // called directly only
      // the generic entry, for dynamic dispatch
      const p = entryParams();
      const self = selfParam();
      const call = C.callDef(f, [C.ref(self), ...this.unpackArgs(m, p)], f.ret, isHeap(f.ret));
      const thunk = this.define<Func>({
        k: "func",
        name: `${f.name}__m`,
        ret: "val",
        params: [self, p.argc, p.argv],
        body: [...this.unusedArgs(m, p), ...this.thunkReturn(f.ret, call)],
      });
      entries.push(C.init([this.str(name), C.defRef(thunk)]));
    }
    for (const [name, m] of info.staticMethods) this.emitMethod(info, name, m);
    // instance accessors also have generic entries, found by name when the receiver's class is not known
    const dynamic = new Map<string, { get?: Func; set?: Func }>();
    for (const { decl, def } of info.accessors.values()) {
      const fe = new FunctionEmitter(this, decl, this.returnType(decl), info);
      fe.emitNativeBody(decl, def);
      def.body = fe.finish();
      this.define(def);
      const name = ts.isPrivateIdentifier(decl.name) ? undefined : accessorName(decl);
      if (name === undefined || ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static) continue;
      const p = entryParams();
      const self = selfParam();
      const call = C.callDef(def, [C.ref(self), ...this.unpackArgs(decl, p)], def.ret, isHeap(def.ret));
      const thunk = this.define<Func>({
        k: "func",
        name: `${def.name}__a`,
        ret: "val",
        params: [self, p.argc, p.argv],
        body: [...this.unusedArgs(decl, p), ...this.thunkReturn(def.ret, call)],
      });
      dynamic.set(name, { ...dynamic.get(name), [ts.isGetAccessor(decl) ? "get" : "set"]: thunk });
    }
    const accessors = [...dynamic].map(([name, a]) =>
      C.init([this.str(name), a.get ? C.defRef(a.get) : C.NULL, a.set ? C.defRef(a.set) : C.NULL]),
    );
    const table = (suffix: string, t: string, items: Expr[]) =>
      items.length
        ? C.defRef(
            this.data(`${c}_${suffix}`, { named: t }, "code", { isConst: true, array: true, init: C.init(items) }),
          )
        : C.NULL;
    const methods = table("methods", "TsMethod", entries);
    const base = info.decl.heritageClauses?.find((h) => h.token === K.ExtendsKeyword)?.types[0]?.expression;
    const errorBase = !info.parent && base ? runtimeErrorBase(base) : undefined;
    const parent = info.parent ? C.addr(C.defRef(info.parent.table)) : errorBase ? errorClassRef(errorBase) : C.NULL;
    const layout = layoutTable(this, info);
    info.table.init = C.init([
      C.cstring(info.name),
      parent,
      C.int(entries.length),
      methods,
      C.NULL,
      C.int(accessors.length),
      table("accessors", "TsAccessor", accessors),
      layout,
      C.int(info.id!),
      info.vtable ? C.addr(C.defRef(info.vtable)) : C.NULL,
    ]);
    this.define(info.table);

    // constructor: <C>_init(self, params) runs field initialisers and the body; <C>_new allocates
    const ctor = info.decl.members.find(ts.isConstructorDeclaration);
    const params = this.ctorParams(info).map((t, i): Local => ({ name: `p${i}`, t, owned: false }));
    // mv: the arguments the caller hands over to the fields (bit i for parameter i, movedParams)
    if (movedParams(this, info).length) params.push({ name: "mv", t: "uint32", owned: false });
    info.init.params = [selfParam(), ...params];
    const fe = new FunctionEmitter(this, ctor ?? info.decl, "void", info);
    fe.emitConstructor(info, ctor, info.init);
    info.init.body = fe.finish();
    this.define(info.init);
    const self = selfParam();
    info.create.params = params;
    // self is rooted while the constructor runs: a throw there releases it
    const mark: Local = { name: "rm", t: "size_t", owned: false };
    // the root is a copy: self, whose address is never taken, stays in registers
    const rooted: Local = { name: "rooted", t: "val", owned: false };
    const direct = directStores(this, info);
    if (direct) {
      const n = C.lit(`${info.layout!.fields.length.toString()}u`, "uint32");
      info.create.body = [
        C.decl(self, C.call("ts_inst_new", [C.addr(C.defRef(info.table))], "val")),
        ...undefinedFields(info, C.ref(self)),
        ...storeDirect(this, info, direct, C.ref(self), params.map(C.ref)),
        C.exprStmt(C.call("ts_fld_defined", [C.ref(self), n], "void", { mayThrow: false })),
        C.returnStmt(C.ref(self)),
      ];
      this.define(info.create);
      return;
    }
    info.create.body = [
      C.decl(
        self,
        info.layout
          ? C.call("ts_inst_new", [C.addr(C.defRef(info.table))], "val")
          : C.call("ts_obj_new", [C.addr(C.defRef(info.table)), C.int(this.allFields(info).length)], "val"),
      ),
      ...undefinedFields(info, C.ref(self)),
      C.decl(rooted, C.ref(self)),
      C.decl(mark, C.call("ts_roots_mark", [], "size_t", { mayThrow: false })),
      C.exprStmt(C.call("ts_root_val", [C.addr(C.ref(rooted))], "void", { mayThrow: false })),
      C.exprStmt(C.callDef(info.init, [C.ref(self), ...params.map(C.ref)], "void")),
      C.exprStmt(C.call("ts_roots_pop", [C.ref(mark)], "void", { mayThrow: false })),
      C.returnStmt(C.ref(self)),
    ];
    this.define(info.create);
  }

  private emitMethod(info: ClassInfo, name: string, m: ts.MethodDeclaration): Func {
    const f = info.methodDefs.get(name)!;
    const fe = new FunctionEmitter(this, m, this.returnType(m), info);
    fe.emitNativeBody(m, f);
    f.body = fe.finish();
    return this.define(f);
  }

  /** A class's constructor, none for a mixin's that takes its base's parameters (`...args: any[]`). */
  private ownCtor(info: ClassInfo): ts.ConstructorDeclaration | undefined {
    if (info.mixin && passThroughRest(info.decl, this.checker)) return undefined;
    return info.decl.members.find(ts.isConstructorDeclaration);
  }

  /** Parameter types of a class's constructor, inherited when it declares none. */
  ctorParams(info: ClassInfo): Repr[] {
    const ctor = this.ownCtor(info);
    if (ctor) return this.paramCTypes(ctor);
    if (info.parent) return this.ctorParams(info.parent);
    if (this.isErrorClass(info)) return ["val", "val"];
    return [];
  }

  ctorDecl(info: ClassInfo): ts.ConstructorDeclaration | undefined {
    const ctor = this.ownCtor(info);
    return ctor ?? (info.parent ? this.ctorDecl(info.parent) : undefined);
  }
}

/** The class expression a top-level `const Name = class { ... }` holds. */
function classExpressionOf(d: ts.VariableDeclaration): ts.ClassExpression | undefined {
  return d.initializer &&
    ts.isClassExpression(d.initializer) &&
    (isTopLevelConst(d.initializer) || isLocalConstClass(d.initializer))
    ? d.initializer
    : undefined;
}

/** The value of `static name = "..."`, which node takes as the class's name (and console.log shows). */
function staticName(decl: ts.ClassLikeDeclaration): string | undefined {
  for (const m of decl.members)
    if (
      ts.isPropertyDeclaration(m) &&
      ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static &&
      ts.isIdentifier(m.name) &&
      m.name.text === "name" &&
      m.initializer &&
      ts.isStringLiteralLike(m.initializer)
    )
      return m.initializer.text;
  return undefined;
}

/** An accessor's property name: `area` for `get area()`, `"a b"` for `get "a b"()`. */
function accessorName(decl: ts.AccessorDeclaration): string | undefined {
  return ts.isIdentifier(decl.name) || ts.isStringLiteral(decl.name) ? decl.name.text : undefined;
}

/** A member's part of a C name: `area`, `private_count` for `#count`. */
function memberCName(name: string): string {
  return name.startsWith("#") ? `private_${cName(name.slice(1))}` : cName(name);
}

/** The runtime error class a class of the app extends directly: `Error`, `TypeError`, ... */
function runtimeErrorBase(e: ts.Expression): string | undefined {
  return ts.isIdentifier(e) && Object.prototype.hasOwnProperty.call(errorClasses, e.text) ? e.text : undefined;
}

// ------------------------------------------------------------------- naming

/** A function's own name for C: its JS name, or an object literal method's. */
function ownName(node: ts.Node): string | undefined {
  const n = functionName(node);
  if (n) return n;
  if (ts.isMethodDeclaration(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)))
    return node.name.text;
  return undefined;
}

/** An anonymous callback after what it is passed to: `createServer_cb`, `on_error_cb`, `forEach_cb`. */
function callbackName(node: ts.Node): string | undefined {
  const call = node.parent;
  if (
    !call ||
    !(ts.isCallExpression(call) || ts.isNewExpression(call)) ||
    !call.arguments?.includes(node as ts.Expression)
  )
    return undefined;
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
  if (!name) return undefined;
  const event = call.arguments[0];
  const on = event !== node && ts.isStringLiteralLike(event) && /^\w{1,24}$/.test(event.text) ? `_${event.text}` : "";
  return `${name}${on}_cb`;
}

/** The nearest named function around a node: `handler`, `Point_dist`; empty at the top level. */
function enclosingName(node: ts.Node): string {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isConstructorDeclaration(p) && ts.isClassDeclaration(p.parent) && p.parent.name)
      return `${p.parent.name.text}_constructor`;
    if (!isFunctionLike(p)) continue;
    const own = ownName(p);
    if (own && ts.isMethodDeclaration(p) && ts.isClassDeclaration(p.parent) && p.parent.name)
      return `${p.parent.name.text}_${own}`;
    if (own) return own;
  }
  return "";
}
