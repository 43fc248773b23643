import ts from "typescript";
import { Code, Diag, diagAt } from "../diag";
import { Captures, analyzeCaptures, isModuleLevel } from "../analyze/captures";
import { optionalApiParts } from "../analyze/optional_parts";
import { CType, cDouble, cStringLiteral, cDecl, cTypeName, ctypeOf, returnCType, wtf8, zeroOf } from "./ctypes";
import { NameTable, cName } from "./names";
import { FunctionEmitter, VarInfo } from "./function";

/** A user class as the C code sees it. */
export interface ClassInfo {
  decl: ts.ClassDeclaration;
  c: string; // C prefix, e.g. Point
  parent?: ClassInfo;
  fields: string[]; // instance fields in initialisation order
  methods: Map<string, ts.MethodDeclaration>;
  statics: Map<string, VarInfo>;
  staticMethods: Map<string, ts.MethodDeclaration>;
  /** Method names that some subclass overrides: these dispatch by name. */
  virtual: Set<string>;
}

/** Top-level function declaration compiled to a native C function. */
export interface FunctionInfo {
  decl: ts.FunctionDeclaration;
  c: string;
  usedAsValue: boolean;
}

/** Emits one C file for one TypeScript source file. */
export class ModuleEmitter {
  readonly diags: Diag[] = [];
  /** Set when the app calls the device API (runtime/api). */
  usesDeviceApi = false;
  readonly captures: Captures;
  readonly globalNames = new NameTable();
  readonly classes = new Map<ts.ClassDeclaration, ClassInfo>();
  readonly functions = new Map<ts.FunctionDeclaration, FunctionInfo>();
  readonly globals = new Map<ts.Symbol, VarInfo>();
  /** Function bodies and thunks, in order. */
  readonly bodies: string[] = [];
  readonly prototypes: string[] = [];
  private readonly strings = new Map<string, string>();
  private readonly stringDefs: string[] = [];
  private readonly globalDefs: string[] = [];
  private icCount = 0;
  /** Module-level variables released at exit, so leak checkers see every block freed. */
  private readonly heapGlobals: { c: string; t: CType }[] = [];

  constructor(
    readonly source: ts.SourceFile,
    readonly checker: ts.TypeChecker,
    readonly fileName: string,
  ) {
    this.captures = analyzeCaptures(source, checker);
  }

  error(node: ts.Node, code: string, message: string, hint?: string): void {
    this.diags.push(diagAt(node, code, message, hint));
  }

  /** A pooled immortal string literal; returns a `TsString *` expression. */
  str(value: string): string {
    let name = this.strings.get(value);
    if (!name) {
      const base = /^[A-Za-z_][A-Za-z0-9_]{0,24}$/.test(value) ? `tsg_s_${value}` : `tsg_s${this.strings.size}`;
      name = this.globalNames.take(base);
      this.strings.set(value, name);
      const bytes = wtf8(value);
      this.stringDefs.push(
        `static TsString ${name} = TS_STR_LIT(${cStringLiteral(bytes)}, ${bytes.length}, ${value.length});`,
      );
    }
    return `&${name}`;
  }

  /** A fresh inline cache for one property access site. */
  ic(): string {
    const name = `tsg_ic${this.icCount++}`;
    this.globalDefs.push(`static TsPropCache ${name};`);
    return `&${name}`;
  }

  lambdaName(base: string): string {
    return this.globalNames.take(`${base}__fn`);
  }

  line(node: ts.Node): string {
    const sf = node.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return `#line ${line + 1} ${cStringLiteral(wtf8(this.fileName))}`;
  }

  emit(): string {
    const topStatements: ts.Statement[] = [];
    // Pass 1: name classes, functions and globals so bodies can refer to each other.
    for (const s of this.source.statements) {
      if (ts.isClassDeclaration(s) && s.name) this.declareClass(s);
      else if (ts.isFunctionDeclaration(s) && s.name && s.body) {
        this.functions.set(s, { decl: s, c: this.globalNames.take(cName(s.name.text)), usedAsValue: false });
      } else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) this.declareGlobals(d.name);
      }
    }
    for (const info of this.classes.values()) this.resolveClass(info);

    // Pass 2: bodies.
    for (const s of this.source.statements) {
      if (ts.isFunctionDeclaration(s) && s.body) this.emitTopFunction(this.functions.get(s)!);
      else if (ts.isClassDeclaration(s) && s.name) this.emitClass(this.classes.get(s)!);
      if (
        !ts.isFunctionDeclaration(s) &&
        !ts.isClassDeclaration(s) &&
        !ts.isInterfaceDeclaration(s) &&
        !ts.isTypeAliasDeclaration(s) &&
        !ts.isEnumDeclaration(s)
      )
        topStatements.push(s);
    }
    const init = new FunctionEmitter(this, this.source, "void");
    init.emitModuleInit(topStatements, [...this.classes.values()]);
    const initBody = init.finish();
    this.bodies.push(`static void app_main_module(void) {\n${this.enumInits().join("")}${initBody}}`);
    for (const f of this.functions.values()) if (f.usedAsValue) this.emitFunctionValue(f);

    const releases = this.heapGlobals
      .filter((g) => g.t === "str" || g.t === "val")
      .map((g) => `    ${g.t === "str" ? "ts_str_release" : "ts_release"}(${g.c});\n`)
      .join("");
    this.bodies.push(`static void app_release_globals(void) {\n${releases}}`);
    const keep = reachable(
      [...this.stringDefs, ...this.globalDefs, ...this.prototypes, ...this.bodies],
      "app_main_module",
      "app_release_globals",
    );
    return [
      `/* Generated by tsfw from ${this.fileName.replace(/\*\//g, "* /")}. Do not edit. */`,
      `#include "tsfw.h"`,
      ...(this.usesDeviceApi ? [`#include "tsfw_api.h"`] : []),
      "",
      ...this.stringDefs.filter(keep),
      ...this.globalDefs.filter(keep),
      "",
      ...this.prototypes.filter(keep),
      "",
      ...this.bodies.filter(keep),
      "",
      "int main(int argc, char **argv) {",
      "    ts_rt_init(argc, argv);",
      ...(this.usesDeviceApi ? optionalApiParts(this.source, this.checker) : []).map((f) => `    ${f}();`),
      "    app_main_module();",
      "    ts_rt_run();",
      "    app_release_globals();",
      "    return ts_rt_exit();",
      "}",
      "",
    ].join("\n");
  }

  private declareGlobals(name: ts.BindingName): void {
    if (ts.isIdentifier(name)) {
      const sym = this.checker.getSymbolAtLocation(name);
      if (!sym) return;
      const t = ctypeOf(this.checker.getTypeOfSymbolAtLocation(sym, name));
      const c = this.globalNames.take(cName(name.text));
      this.globalDefs.push(`static ${cDecl(t, c)};`);
      this.heapGlobals.push({ c, t });
      this.globals.set(sym, { c, t, kind: "global", owned: false });
    } else {
      for (const el of name.elements) if (!ts.isOmittedExpression(el)) this.declareGlobals(el.name);
    }
  }

  // ---------------------------------------------------------------- functions

  /** Native signature of a top-level function or method: typed parameters. */
  paramCTypes(decl: ts.SignatureDeclaration): CType[] {
    return decl.parameters.map((p) =>
      p.initializer || p.dotDotDotToken ? "val" : ctypeOf(this.checker.getTypeAtLocation(p)),
    );
  }

  returnType(decl: ts.SignatureDeclaration): CType | "void" {
    const sig = this.checker.getSignatureFromDeclaration(decl);
    return sig ? returnCType(sig.getReturnType()) : "void";
  }

  private signature(name: string, decl: ts.SignatureDeclaration, selfParam: boolean): string {
    const ret = this.returnType(decl);
    const params = this.paramCTypes(decl).map((t, i) => `${cDecl(t, `p${i}`)}`);
    if (selfParam) params.unshift("TsValue self");
    return `static ${ret === "void" ? "void" : cTypeName[ret]} ${name}(${params.length ? params.join(", ") : "void"})`;
  }

  private emitTopFunction(f: FunctionInfo): void {
    const sig = this.signature(f.c, f.decl, false);
    this.prototypes.push(`${sig};`);
    const fe = new FunctionEmitter(this, f.decl, this.returnType(f.decl));
    fe.emitNativeBody(f.decl);
    this.bodies.push(`${sig} {\n${fe.finish()}}`);
  }

  /** A generic entry point (argc/argv) for a top-level function used as a value. */
  private emitFunctionValue(f: FunctionInfo): void {
    this.functionValue(f.c, f.decl, f.decl.name!.text);
  }

  /** A static TsFunc (named <c>__value) whose generic entry calls the native function c. */
  private functionValue(c: string, decl: ts.SignatureDeclaration, jsName: string): string {
    const thunk = `${c}__call`;
    const call = `${c}(${this.unpackArgs(decl).join(", ")})`;
    const body = this.returnThunkBody(this.returnType(decl), call);
    this.prototypes.push(`static TsValue ${thunk}(TsFunc *fn, int argc, const TsValue *argv);`);
    this.prototypes.push(`static TsFunc ${c}__value;`);
    this.bodies.push(
      `static TsValue ${thunk}(TsFunc *fn, int argc, const TsValue *argv) {\n    (void)fn; (void)argc; (void)argv;\n${body}}`,
    );
    this.bodies.push(`static TsFunc ${c}__value = TS_FUNC_STATIC(${thunk}, ${cStringLiteral(wtf8(jsName))});`);
    return `${c}__value`;
  }

  private readonly staticValues = new Map<string, string>();

  /** A static method used as a value, e.g. arr.map(Version.parse). */
  staticMethodValue(cls: ClassInfo, name: string): string {
    const c = `${cls.c}_${cName(name)}`;
    let v = this.staticValues.get(c);
    if (!v) {
      v = this.functionValue(c, cls.staticMethods.get(name)!, name);
      this.staticValues.set(c, v);
    }
    return v;
  }

  /** A library function used as a value (Math.abs, Boolean, ...): body works on a0, a1, argc, argv. */
  builtinValue(name: string, body: string): string {
    let v = this.staticValues.get(name);
    if (!v) {
      const c = this.globalNames.take(`tsg_builtin_${name.replace(/\W/g, "_")}`);
      this.prototypes.push(`static TsValue ${c}(TsFunc *fn, int argc, const TsValue *argv);`);
      this.bodies.push(
        `static TsValue ${c}(TsFunc *fn, int argc, const TsValue *argv) {\n    TsValue a0 = ts_arg(argc, argv, 0), a1 = ts_arg(argc, argv, 1);\n    (void)fn; (void)a0; (void)a1;\n    ${body}\n}`,
      );
      this.bodies.push(
        `static TsFunc ${c}_value = TS_FUNC_STATIC(${c}, ${cStringLiteral(wtf8(name.split(".").pop()!))});`,
      );
      v = `${c}_value`;
      this.staticValues.set(name, v);
    }
    return v;
  }

  private readonly enums = new Map<ts.EnumDeclaration, string>();

  /** The object an enum declaration creates in JS (with reverse mappings), as a global. */
  enumObject(decl: ts.EnumDeclaration): string {
    let g = this.enums.get(decl);
    if (!g) {
      g = this.globalNames.take(`${cName(decl.name.text)}_enum`);
      this.globalDefs.push(`static TsValue ${g};`);
      this.heapGlobals.push({ c: g, t: "val" });
      this.enums.set(decl, g);
    }
    return g;
  }

  private enumInits(): string[] {
    const lines: string[] = [];
    for (const [decl, g] of this.enums) {
      const keys: string[] = [];
      const vals: string[] = [];
      for (const m of decl.members) {
        const name = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText();
        const v = this.checker.getConstantValue(m);
        keys.push(this.str(name));
        vals.push(typeof v === "number" ? `ts_num(${cDouble(v)})` : `ts_str_v(${this.str(String(v))})`);
        if (typeof v === "number") {
          keys.push(this.str(String(v)));
          vals.push(`ts_str_v(${this.str(name)})`);
        }
      }
      lines.push(
        `    ${g} = ts_obj_lit(${keys.length}, (TsString *const[]){ ${keys.join(", ")} }, (const TsValue[]){ ${vals.join(", ")} });\n`,
      );
    }
    return lines;
  }

  /** Converts argv entries to a native signature's parameter types. */
  private unpackArgs(decl: ts.SignatureDeclaration): string[] {
    return this.paramCTypes(decl).map((t, i) => {
      if (decl.parameters[i].dotDotDotToken)
        return `ts_tmp(ts_arr_of(argc > ${i} ? argc - ${i} : 0, argv + (argc > ${i} ? ${i} : argc)))`;
      const a = `ts_arg(argc, argv, ${i})`;
      return t === "val"
        ? a
        : t === "double"
          ? `ts_unbox_num(${a})`
          : t === "bool"
            ? `ts_unbox_bool(${a})`
            : `ts_unbox_str(${a})`;
    });
  }

  private returnThunkBody(ret: CType | "void", call: string): string {
    const usesTmp = call.includes("ts_tmp(");
    const pre = usesTmp ? "    size_t tm = ts_tmp_mark();\n" : "";
    const post = usesTmp ? "    ts_tmp_release(tm);\n" : "";
    if (ret === "void") return `${pre}    ${call};\n${post}    return ts_undefined();\n`;
    const wrap =
      ret === "double"
        ? `ts_num(${call})`
        : ret === "bool"
          ? `ts_bool(${call})`
          : ret === "str"
            ? `ts_str_v(${call})`
            : call;
    return `${pre}    TsValue r = ${wrap};\n${post}    return r;\n`;
  }

  // ------------------------------------------------------------------ classes

  private declareClass(decl: ts.ClassDeclaration): void {
    const c = this.globalNames.take(cName(decl.name!.text));
    const info: ClassInfo = {
      decl,
      c,
      fields: [],
      methods: new Map(),
      statics: new Map(),
      staticMethods: new Map(),
      virtual: new Set(),
    };
    for (const m of decl.members) {
      const isStatic = ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static;
      const name = m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined;
      if (ts.isConstructorDeclaration(m)) {
        for (const p of m.parameters) {
          if (ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier && ts.isIdentifier(p.name))
            info.fields.push(p.name.text);
        }
      }
    }
    for (const m of decl.members) {
      const isStatic = ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static;
      if (ts.isConstructorDeclaration(m) || ts.isSemicolonClassElement(m) || ts.isIndexSignatureDeclaration(m))
        continue;
      const name = m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined;
      if (name === undefined) {
        this.error(m, Code.UnsupportedSyntax, "computed member names are not supported in classes.");
        continue;
      }
      if (ts.isPropertyDeclaration(m)) {
        if (isStatic) {
          const t = ctypeOf(this.checker.getTypeAtLocation(m));
          const cn = this.globalNames.take(`${c}_${cName(name)}`);
          this.globalDefs.push(`static ${cDecl(t, cn)};`);
          this.heapGlobals.push({ c: cn, t });
          info.statics.set(name, { c: cn, t, kind: "global", owned: false });
        } else if (!(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Ambient)) {
          info.fields.push(name);
        }
      } else if (ts.isMethodDeclaration(m)) {
        if (!m.body) continue; // abstract
        (isStatic ? info.staticMethods : info.methods).set(name, m);
      }
    }
    this.classes.set(decl, info);
  }

  classOf(decl: ts.Declaration | undefined): ClassInfo | undefined {
    return decl && ts.isClassDeclaration(decl) ? this.classes.get(decl) : undefined;
  }

  private resolveClass(info: ClassInfo): void {
    const ext = info.decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!ext) return;
    const sym = this.checker.getSymbolAtLocation(ext.expression);
    const parent = this.classOf(sym?.valueDeclaration);
    if (parent) {
      info.parent = parent;
    } else if (!(ts.isIdentifier(ext.expression) && ext.expression.text === "Error")) {
      this.error(ext, Code.UnsupportedSyntax, "a class may extend only another class of the app, or Error.");
    }
  }

  /** All method names a class has, own and inherited, with the class that defines each. */
  methodTable(info: ClassInfo): Map<string, ClassInfo> {
    const table = info.parent ? this.methodTable(info.parent) : new Map<string, ClassInfo>();
    for (const name of info.methods.keys()) table.set(name, info);
    return table;
  }

  /** True when `name` on a receiver of class `info` might run another class's method. */
  isVirtual(info: ClassInfo, name: string): boolean {
    for (const other of this.classes.values()) {
      if (other === info || !other.methods.has(name)) continue;
      for (let p = other.parent; p; p = p.parent) if (p === info) return true;
    }
    return false;
  }

  allFields(info: ClassInfo): string[] {
    return [...(info.parent ? this.allFields(info.parent) : []), ...info.fields];
  }

  isErrorClass(info: ClassInfo): boolean {
    const ext = info.decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!ext) return false;
    return info.parent
      ? this.isErrorClass(info.parent)
      : ts.isIdentifier(ext.expression) && ext.expression.text === "Error";
  }

  private emitClass(info: ClassInfo): void {
    const c = info.c;
    // methods
    const entries: string[] = [];
    for (const [name, m] of info.methods) {
      const fn = `${c}_${cName(name)}`;
      const sig = this.signature(fn, m, true);
      this.prototypes.push(`${sig};`);
      const fe = new FunctionEmitter(this, m, this.returnType(m), info);
      fe.emitNativeBody(m);
      this.bodies.push(`${sig} {\n${fe.finish()}}`);
      // generic entry for dynamic dispatch
      const thunk = `${fn}__m`;
      const call = `${fn}(${["self", ...this.unpackArgs(m)].join(", ")})`;
      this.prototypes.push(`static TsValue ${thunk}(TsValue self, int argc, const TsValue *argv);`);
      this.bodies.push(
        `static TsValue ${thunk}(TsValue self, int argc, const TsValue *argv) {\n    (void)argc; (void)argv;\n${this.returnThunkBody(this.returnType(m), call)}}`,
      );
      entries.push(`    { ${this.str(name)}, ${thunk} },`);
    }
    for (const [name, m] of info.staticMethods) {
      const fn = `${c}_${cName(name)}`;
      const sig = this.signature(fn, m, false);
      this.prototypes.push(`${sig};`);
      const fe = new FunctionEmitter(this, m, this.returnType(m), info);
      fe.emitNativeBody(m);
      this.bodies.push(`${sig} {\n${fe.finish()}}`);
    }
    const methods = entries.length ? `${c}_methods` : "NULL";
    if (entries.length) this.bodies.push(`static const TsMethod ${c}_methods[] = {\n${entries.join("\n")}\n};`);
    const parent = info.parent ? `&${info.parent.c}_class` : this.isErrorClass(info) ? "&ts_error_class" : "NULL";
    this.prototypes.push(`static const TsClass ${c}_class;`);
    this.bodies.push(
      `static const TsClass ${c}_class = { ${cStringLiteral(wtf8(info.decl.name!.text))}, ${parent}, ${entries.length}, ${methods}, NULL };`,
    );

    // constructor: <C>_init(self, params) runs field initialisers and the body; <C>_new allocates
    const ctor = info.decl.members.find(ts.isConstructorDeclaration);
    const initSig = this.initSignature(info);
    this.prototypes.push(`${initSig};`);
    const fe = new FunctionEmitter(this, ctor ?? info.decl, "void", info);
    fe.emitConstructor(info, ctor);
    this.bodies.push(`${initSig} {\n${fe.finish()}}`);
    const ps = this.ctorParams(info);
    const newSig = `static TsValue ${c}_new(${ps.length ? ps.map((t, i) => `${cDecl(t, `p${i}`)}`).join(", ") : "void"})`;
    this.prototypes.push(`${newSig};`);
    const nfields = this.allFields(info).length;
    this.bodies.push(
      `${newSig} {\n    TsValue self = ts_obj_new(&${c}_class, ${nfields});\n    ${c}_init(${["self", ...ps.map((_, i) => `p${i}`)].join(", ")});\n    return self;\n}`,
    );
  }

  /** Parameter types of a class's constructor, inherited when it declares none. */
  ctorParams(info: ClassInfo): CType[] {
    const ctor = info.decl.members.find(ts.isConstructorDeclaration);
    if (ctor) return this.paramCTypes(ctor);
    if (info.parent) return this.ctorParams(info.parent);
    if (this.isErrorClass(info)) return ["val"];
    return [];
  }

  ctorDecl(info: ClassInfo): ts.ConstructorDeclaration | undefined {
    const ctor = info.decl.members.find(ts.isConstructorDeclaration);
    return ctor ?? (info.parent ? this.ctorDecl(info.parent) : undefined);
  }

  private initSignature(info: ClassInfo): string {
    const ps = this.ctorParams(info);
    return `static void ${info.c}_init(${["TsValue self", ...ps.map((t, i) => `${cDecl(t, `p${i}`)}`)].join(", ")})`;
  }

  globalVar(sym: ts.Symbol): VarInfo | undefined {
    return this.globals.get(sym);
  }

  isModuleLevel(d: ts.Declaration): boolean {
    return isModuleLevel(d);
  }

  zero(t: CType): string {
    return zeroOf(t);
  }
}

/** The C name a top-level definition or declaration introduces. */
function definedName(text: string): string | undefined {
  return /^static\s+(?:const\s+)?[\w\s*]*?\b([A-Za-z_]\w*)\s*(?:\(|=|;|\[)/.exec(text)?.[1];
}

/**
 * Keeps only what the program can reach from its entry: unused functions,
 * classes and literals would otherwise trip -Wunused-function/-variable.
 */
function reachable(chunks: string[], ...entries: string[]): (chunk: string) => boolean {
  const byName = new Map<string, string[]>();
  for (const c of chunks) {
    const n = definedName(c);
    if (n) byName.set(n, [...(byName.get(n) ?? []), c]);
  }
  const seen = new Set<string>(entries);
  const queue = [...entries];
  while (queue.length) {
    for (const c of byName.get(queue.pop()!) ?? []) {
      for (const id of c.match(/[A-Za-z_]\w*/g) ?? []) {
        if (!seen.has(id) && byName.has(id)) {
          seen.add(id);
          queue.push(id);
        }
      }
    }
  }
  return (c) => {
    const n = definedName(c);
    return n === undefined || seen.has(n);
  };
}
