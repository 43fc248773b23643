/**
 * Method tables: a method that a subclass overrides (or that is abstract) is called through
 * <Owner>_<name>__v when the receiver's class is not known statically.
 *   - When at most MAX_TESTED classes of the owner's subtree can have instances, that function
 *     compares the receiver's class with each of them and calls the method it runs directly, so
 *     that the C compiler can inline a small one (as a JIT's polymorphic inline cache does).
 *   - Otherwise it goes through a table. Classes are numbered in preorder, so that a class and its
 *     subclasses have consecutive ids; each class that has such methods gets a struct of function
 *     pointers (<C>_vt, starting with its parent's) and a table of that struct (<C>_vtable) holding
 *     the methods its instances run. The call is a class test on the receiver (ts_vtable), then
 *     the table's entry.
 * Any other receiver (an object literal typed as the class, a value from JSON.parse) has its method
 * looked up by name.
 */
import ts from "typescript";
import * as C from "../cir/build";
import { CType, Data, Expr, Func, Local, Repr, Stmt, Struct } from "../cir/nodes";
import { ClassInfo, MethodSlot, ModuleContext } from "./context";
import { cName } from "./names";
import { stoodIn } from "./quiet";

/** A class's own instance methods by name, abstract ones and overload signatures included. */
function ownMethods(info: ClassInfo): Map<string, ts.MethodDeclaration[]> {
  const out = new Map<string, ts.MethodDeclaration[]>();
  for (const m of info.decl.members) {
    if (!ts.isMethodDeclaration(m) || ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static) continue;
    if (!(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) continue;
    out.set(m.name.text, [...(out.get(m.name.text) ?? []), m]);
  }
  return out;
}

const sameSignature = (m: ModuleContext, a: ts.MethodDeclaration, b: ts.MethodDeclaration): boolean =>
  a.parameters.length === b.parameters.length &&
  m.returnType(a) === m.returnType(b) &&
  m.paramCTypes(a).every((t, i) => t === m.paramCTypes(b)[i]);

/**
 * Numbers the classes, decides which methods get a slot and defines the structs, the dispatch
 * functions and the tables (info.vtable). A method gets a slot in the class that declares it
 * first, when it is abstract, overridden below or stood in for (stoodIn), when every declaration of it in the subtree
 * has the same C signature and no rest parameter, and no class of the subtree declares a field
 * or an accessor of that name.
 */
export function planMethodTables(m: ModuleContext, classes: ClassInfo[]): void {
  const children = new Map<ClassInfo, ClassInfo[]>();
  for (const c of classes) if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
  let next = 1;
  const subtree = (c: ClassInfo): ClassInfo[] => [c, ...(children.get(c) ?? []).flatMap(subtree)];
  const number = (c: ClassInfo): void => {
    c.id = next++;
    (children.get(c) ?? []).forEach(number);
    c.span = next - c.id;
  };
  classes.filter((c) => !c.parent).forEach(number);

  const declared = new Map(classes.map((c) => [c, ownMethods(c)]));
  const inherits = (c: ClassInfo, name: string): boolean => {
    for (let p = c.parent; p; p = p.parent) if (declared.get(p)!.has(name)) return true;
    return false;
  };
  for (const owner of classes) {
    const slots = new Map<string, MethodSlot>();
    const used = new Set<string>();
    for (const [name, decls] of declared.get(owner)!) {
      if (inherits(owner, name) || decls.length !== 1 || decls[0].parameters.some((p) => p.dotDotDotToken)) continue;
      const decl = decls[0];
      const below = subtree(owner).slice(1);
      const overrides = below.flatMap((c) => declared.get(c)!.get(name) ?? []);
      if (decl.body && !overrides.length && !stoodIn(m, owner)) continue; // a direct call
      const shadowed = below.some(
        (c) => c.fields.includes(name) || [...c.accessors.values()].some((a) => a.decl.name.getText() === name),
      );
      if (shadowed || !overrides.every((o) => sameSignature(m, decl, o))) continue;
      if (below.some((c) => (declared.get(c)!.get(name) ?? []).length > 1)) continue;
      let member = cName(name);
      while (used.has(member)) member += "_";
      used.add(member);
      const params = m.paramCTypes(decl).map((t, i): Local => ({ name: `p${i}`, t, owned: false }));
      const text: Local = { name: "text", t: { ptr: { named: "char" }, const: true }, owned: false };
      const self: Local = { name: "self", t: "val", owned: false };
      const dispatch: Func = {
        k: "func",
        name: `${owner.c}_${member}__v`,
        ret: m.returnType(decl),
        params: [text, self, ...params],
        body: [],
        inline: true,
      };
      slots.set(name, { name, decl, member, dispatch });
    }
    owner.slots = slots;
  }
  for (const owner of classes) for (const s of owner.slots!.values()) s.tested = testedClasses(subtree(owner), s.name);
  for (const c of classes) defineTable(m, c);
  for (const c of classes)
    for (const s of c.slots!.values()) {
      const byName: Func = { ...s.dispatch, name: s.dispatch.name.replace(/__v$/, "__n"), inline: false };
      byName.body = byNameBody(m, byName, s);
      s.dispatch.body = dispatchBody(m, c, s, byName);
      m.define(byName);
      m.define(s.dispatch);
    }
}

function fnType(m: ModuleContext, decl: ts.MethodDeclaration): CType {
  return { fn: m.returnType(decl), params: ["val", ...m.paramCTypes(decl)] };
}

/** The struct of a class's table: its own slots after its parent's (undefined: no slots above). */
function structOf(c: ClassInfo | undefined): Struct | undefined {
  for (; c; c = c.parent) if (c.vtStruct) return c.vtStruct;
  return undefined;
}

function defineTable(m: ModuleContext, info: ClassInfo): void {
  if (info.vtable) return;
  if (info.parent) defineTable(m, info.parent);
  const slots = [...info.slots!.values()].filter((s) => !s.tested);
  if (slots.length) {
    const base = structOf(info.parent);
    info.vtStruct = m.define<Struct>({
      k: "struct",
      name: `${info.c}_vt`,
      base,
      members: slots.map((s) => ({ name: s.member, t: fnType(m, s.decl), comment: `${s.name}()` })),
    });
  }
  const struct = structOf(info);
  if (!struct) return;
  const init = (level: ClassInfo): Expr => {
    const up = level.parent && structOf(level.parent);
    const own = [...level.slots!.values()].filter((s) => !s.tested).map((s) => implementation(info, s.name));
    return C.init(up ? [init(classOwning(level.parent!, up)), ...own] : own);
  };
  info.vtable = m.define<Data>({
    k: "data",
    name: `${info.c}_vtable`,
    t: { named: struct.name, def: struct },
    isConst: true,
    array: false,
    forward: true,
    section: "code",
    init: init(classOwning(info, struct)),
  });
}

/** The class (info or an ancestor) whose own slots make struct. */
function classOwning(info: ClassInfo, struct: Struct): ClassInfo {
  let c: ClassInfo = info;
  while (c.vtStruct !== struct) c = c.parent!;
  return c;
}

/** The method an instance of info runs for name: its own or the nearest parent's; none when abstract. */
function runs(info: ClassInfo, name: string): Func | undefined {
  for (let c: ClassInfo | undefined = info; c; c = c.parent) {
    const f = c.methods.has(name) ? c.methodDefs.get(name) : undefined;
    if (f) return f;
  }
  return undefined;
}

function implementation(info: ClassInfo, name: string): Expr {
  const f = runs(info, name);
  return f ? C.defRef(f) : C.lit("NULL", "int");
}

/** Classes a dispatch function tests one by one, at most: a JIT's inline caches stop at four too. */
const MAX_TESTED = 4;

/** The classes of tree that can have instances (not abstract), when few enough to test one by one. */
function testedClasses(tree: ClassInfo[], name: string): ClassInfo[] | undefined {
  const concrete = tree.filter(
    (c) => !(ts.getCombinedModifierFlags(c.decl) & ts.ModifierFlags.Abstract) && runs(c, name),
  );
  return concrete.length <= MAX_TESTED ? concrete : undefined;
}

const boxers: Record<Repr, string | undefined> = { double: "ts_num", bool: "ts_bool", str: "ts_str_v", val: undefined };
const unboxers: Record<Repr, string | undefined> = {
  double: "ts_unbox_num",
  bool: "ts_unbox_bool",
  str: "ts_unbox_str",
  val: undefined,
};

/**
 * The body of <Owner>_<name>__v(text, self, p0, ...), inline at each call: a direct call of the
 * method self's class runs, found by testing the class or through its table, else
 * <Owner>_<name>__n, which looks the method up by name.
 */
function dispatchBody(m: ModuleContext, owner: ClassInfo, s: MethodSlot, byName: Func): Stmt[] {
  const [, self, ...params] = s.dispatch.params;
  const ret = s.dispatch.ret as Repr | "void";
  const owned = ret === "str" || ret === "val";
  const other = C.callDef(byName, s.dispatch.params.map(C.ref), ret, owned);
  const tail = ret === "void" ? C.exprStmt(other) : C.returnStmt(other);
  const run = (call: Expr): Stmt[] => (ret === "void" ? [C.exprStmt(call), C.returnStmt()] : [C.returnStmt(call)]);
  if (s.tested) {
    const clsType: CType = { ptr: { named: "TsClass" }, const: true };
    const cls: Local = { name: "cls", t: clsType, owned: false };
    const byMethod = new Map<Func, ClassInfo[]>();
    for (const c of s.tested) {
      const f = runs(c, s.name)!;
      byMethod.set(f, [...(byMethod.get(f) ?? []), c]);
    }
    const tests = [...byMethod].map(([f, of]) =>
      C.ifStmt(
        of
          .map((c) => C.binary("==", C.ref(cls), C.addr(C.defRef(c.table)), "bool"))
          .reduce((a, b) => C.binary("||", a, b, "bool")),
        run(C.callDef(f, [C.ref(self), ...params.map(C.ref)], ret, owned)),
      ),
    );
    return [C.decl(cls, C.call("ts_class_of", [C.ref(self)], clsType, { mayThrow: false })), ...tests, tail];
  }
  const struct = owner.vtStruct!;
  const vtType: CType = { ptr: { named: struct.name, def: struct }, const: true };
  const vt: Local = { name: "vt", t: vtType, owned: false };
  const test = C.call("ts_vtable", [C.ref(self), C.int(owner.id!), C.int(owner.span!)], vtType, { mayThrow: false });
  const direct = C.call(`vt->${s.member}`, [C.ref(self), ...params.map(C.ref)], ret, { owned });
  return [C.decl(vt, C.cast(vtType, test)), C.ifStmt(C.ref(vt), run(direct)), tail];
}

/** The body of <Owner>_<name>__n: the method looked up by name (text names the callee in a TypeError, as node names it). */
function byNameBody(m: ModuleContext, f: Func, s: MethodSlot): Stmt[] {
  const [text, self, ...params] = f.params;
  const ret = f.ret as Repr | "void";
  const boxed = params.map((p) => (boxers[p.t as Repr] ? C.call(boxers[p.t as Repr]!, [C.ref(p)], "val") : C.ref(p)));
  const argv = boxed.length ? C.arrayLit("val", boxed) : C.lit("NULL", "int");
  const args = [C.ref(self), m.str(s.name), C.ref(text), C.int(boxed.length), argv];
  const call = C.call("ts_call_method_as", args, "val", { owned: true });
  if (ret === "void") return [C.exprStmt(C.call("ts_release", [call], "void"))];
  return [C.returnStmt(unboxers[ret] ? C.call(unboxers[ret]!, [call], ret) : call)];
}

/** The slot of a method called on a receiver whose static type declares it in owner, if it has one. */
export function methodSlot(owner: ClassInfo, name: string): MethodSlot | undefined {
  for (let c: ClassInfo | undefined = owner; c; c = c.parent) {
    const s = c.slots?.get(name);
    if (s) return s;
  }
  return undefined;
}
