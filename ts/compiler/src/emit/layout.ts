/**
 * Fixed layouts of classes: a class's instance fields become members of a C struct with typed
 * members (`double x`, `TsString *name`, `TsObject *left`), read and written in place by the
 * runtime's inline ts_fld_* helpers. A subclass's struct starts with its parent's. The class
 * table's TsLayout lists every field's key, kind and offset, so that the runtime's generic code
 * (console.log, JSON, Object.keys, spread, `in`, access by key) sees them as own properties.
 */
import ts from "typescript";
import * as C from "../cir/build";
import { CType, Data, Expr, Repr, Stmt, Struct } from "../cir/nodes";
import { ClassInfo, FieldKind as Kind, FunctionContext, LayoutField, ModuleContext, MovedParam } from "./context";
import { ctypeOf } from "./ctypes";
import { cName } from "./names";

const memberType: Record<Kind, CType> = {
  NUM: "double",
  BOOL: { named: "uint8_t" },
  STR: "str",
  OBJ: { ptr: { named: "TsObject" } },
  VAL: "val",
};
const memberComment: Record<Kind, string> = {
  NUM: "undefined: ts_undef_num()",
  BOOL: "0, 1, TS_FIELD_BOOL_UNDEF: undefined",
  STR: "NULL: undefined",
  OBJ: "NULL: null, TS_FIELD_OBJ_UNDEF: undefined",
  VAL: "any value",
};
/** The representation a field's reads give and its writes take. */
const kindRepr: Record<Kind, Repr> = { NUM: "double", BOOL: "bool", STR: "str", OBJ: "val", VAL: "val" };
const helper: Record<Kind, string> = { NUM: "num", BOOL: "bool", STR: "str", OBJ: "obj", VAL: "val" };

/** The declarations of a class's instance fields, in the order of ClassInfo.fields. */
function fieldDecls(info: ClassInfo): Map<string, ts.PropertyDeclaration | ts.ParameterDeclaration> {
  const out = new Map<string, ts.PropertyDeclaration | ts.ParameterDeclaration>();
  for (const m of info.decl.members) {
    if (ts.isConstructorDeclaration(m))
      for (const p of m.parameters)
        if (ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier && ts.isIdentifier(p.name))
          out.set(p.name.text, p);
    if (ts.isPropertyDeclaration(m) && !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static))
      out.set(m.name.getText(), m);
  }
  return out;
}

/** The class of the app an object type is an instance of. */
export function instanceClass(m: ModuleContext, t: ts.Type): ClassInfo | undefined {
  const decl = t.getSymbol()?.valueDeclaration;
  return decl && ts.isClassLike(decl) ? m.classOf(decl) : undefined;
}

function kindOf(m: ModuleContext, t: ts.Type): Kind {
  const r = ctypeOf(t);
  if (r !== "val") return r === "double" ? "NUM" : r === "bool" ? "BOOL" : "STR";
  // an instance of a class of the app, or null: a pointer
  const parts = (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & ts.TypeFlags.Null));
  return parts.length === 1 && !(parts[0].flags & ts.TypeFlags.Undefined) && instanceClass(m, parts[0]) ? "OBJ" : "VAL";
}

/**
 * Plans the layout of a class whose parents are planned. A class keeps its properties by key (no
 * layout) when it extends Error, when its parent has none, or when a field is optional (it could
 * be deleted) or has an integer-like name (JS orders those first).
 */
export function planLayout(m: ModuleContext, info: ClassInfo): void {
  if (m.isErrorClass(info) || (info.parent && !info.parent.layout)) return;
  const decls = fieldDecls(info);
  for (const name of info.fields) {
    const d = decls.get(name);
    if (!d || d.questionToken || /^(0|[1-9][0-9]*)$/.test(name)) return;
  }
  const inherited = info.parent?.layout?.fields ?? [];
  const fields = [...inherited];
  const members: Struct["members"] = [];
  const used = new Set(["base"]);
  for (const name of info.fields) {
    // a field a parent declares too is the parent's: same property, same place
    if (!name.startsWith("#") && inherited.some((f) => f.name === name)) continue;
    const d = decls.get(name)!;
    const kind = kindOf(m, m.checker.getTypeAtLocation(d));
    let member = name.startsWith("#") ? `private_${cName(name.slice(1))}` : cName(name);
    while (used.has(member)) member += "_";
    used.add(member);
    members.push({ name: member, t: memberType[kind], comment: `${name} (${memberComment[kind]})` });
    fields.push({ name, key: m.key(name, info.decl), owner: info, member, kind, index: fields.length });
  }
  const struct: Struct = {
    k: "struct",
    name: `${info.c}_obj`,
    base: info.parent?.layout?.struct ?? { named: "TsObject" },
    members,
  };
  info.layout = { struct, fields, acyclic: fields.every((f) => f.kind !== "OBJ" && f.kind !== "VAL") };
}

const offset = (f: LayoutField): Expr =>
  C.call("offsetof", [C.defRef(f.owner.layout!.struct), C.lit(f.member, "int")], "size_t", { mayThrow: false });

/** The statements that make every field of a fresh instance `self` undefined (ts_inst_new). */
export function undefinedFields(info: ClassInfo, self: Expr): Stmt[] {
  return (info.layout?.fields ?? []).map((f) =>
    C.exprStmt(
      C.call("ts_fld_undef", [self, offset(f), C.lit(`TS_FIELD_${f.kind}`, "int")], "void", { mayThrow: false }),
    ),
  );
}

/** The TsLayout of a class (its address), or NULL: the last member of its TsClass. */
export function layoutTable(m: ModuleContext, info: ClassInfo): Expr {
  const l = info.layout;
  if (!l) return C.NULL;
  m.define(l.struct);
  const entries = l.fields.map((f) => C.init([f.key, C.lit(`TS_FIELD_${f.kind}`, "int"), offset(f)]));
  const fields = entries.length
    ? C.defRef(
        m.define<Data>({
          k: "data",
          name: `${info.c}_fields`,
          t: { named: "TsField" },
          isConst: true,
          array: true,
          forward: false,
          section: "code",
          init: C.init(entries),
        }),
      )
    : C.NULL;
  const size = C.call("sizeof", [C.defRef(l.struct)], "size_t", { mayThrow: false });
  l.table = m.define<Data>({
    k: "data",
    name: `${info.c}_layout`,
    t: { named: "TsLayout" },
    isConst: true,
    array: false,
    forward: false,
    section: "code",
    init: C.init([
      size,
      C.int(l.fields.length),
      C.lit(l.acyclic ? "TS_CLASS_ACYCLIC" : "0", "int"),
      fields,
      C.addr(C.name("ts_layout_ops", { named: "TsLayoutOps" })),
    ]),
  });
  return C.addr(C.defRef(l.table));
}

/** The field a property symbol names, and the layout class whose instances hold it. */
export function fieldOf(
  m: ModuleContext,
  sym: ts.Symbol | undefined,
): { field: LayoutField; holder: ClassInfo } | undefined {
  const d = sym?.valueDeclaration;
  if (!d || !(ts.isPropertyDeclaration(d) || ts.isParameter(d))) return undefined;
  if (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Static) return undefined;
  const cls = ts.isParameter(d) ? d.parent.parent : d.parent;
  if (!ts.isClassLike(cls) || (ts.isParameter(d) && !ts.isConstructorDeclaration(d.parent))) return undefined;
  const holder = m.classOf(cls);
  if (!holder?.layout || (!ts.isIdentifier(d.name) && !ts.isPrivateIdentifier(d.name) && !ts.isStringLiteral(d.name)))
    return undefined;
  const name = d.name.text;
  const own = holder.layout.fields.filter((f) => f.name === name);
  // a #private name is its declaring class's own field; another name may be a parent's
  const field = name.startsWith("#") ? own.find((f) => f.owner === holder) : own[0];
  return field && { field, holder };
}

/** The most derived class with a layout that a receiver's static type names, or the field's holder. */
function checkedClass(fe: FunctionContext, recv: ts.Expression, holder: ClassInfo): ClassInfo {
  const t = fe.checker.getApparentType(fe.checker.getNonNullableType(fe.checker.getTypeAtLocation(recv)));
  const cls = instanceClass(fe.m, t);
  for (let c = cls; c; c = c.parent) if (c === holder) return cls!;
  return holder;
}

/** A place's read and write of a field of an object `o` (a stable TsValue expression). */
export function fieldPlace(
  fe: FunctionContext,
  recv: ts.Expression,
  o: Expr,
  at: ts.Node,
  found: { field: LayoutField; holder: ClassInfo },
): { t: Repr; read: () => Expr; write: (e: Expr) => Expr } {
  const { field } = found;
  const cls = C.addr(C.defRef(checkedClass(fe, recv, found.holder).table));
  const loc = fe.m.loc(at);
  const t = kindRepr[field.kind];
  const sym = ts.isIdentifier(recv) ? fe.checker.getSymbolAtLocation(recv) : undefined;
  const fields = sym && fe.vars.get(sym)?.fields;
  if (fields) {
    // a borrowed local (emit/borrow.ts), its layout tested once: a number, boolean or string field
    const p = C.ref(fields);
    return {
      t,
      read: () => C.call(`ts_fldp_${helper[field.kind]}`, [p, o, offset(field), field.key, loc], t),
      write: (e) =>
        C.call(
          `ts_fldp_set_${helper[field.kind]}`,
          [p, o, offset(field), fe.borrow(fe.convert(e, t)), field.key, loc],
          "void",
        ),
    };
  }
  return {
    t,
    read: () => C.call(`ts_fld_${helper[field.kind]}`, [o, cls, offset(field), field.key, loc], t),
    write: (e) =>
      C.call(
        `ts_fld_set_${helper[field.kind]}`,
        [o, cls, offset(field), fe.borrow(fe.convert(e, t)), field.key, loc],
        "void",
      ),
  };
}

/**
 * The parameters of a class's own constructor that it only stores in a field of an object kind
 * (OBJ or VAL): a parameter property that the body never names, or a parameter that the body
 * names once, as `this.f = p;`, a statement of the body itself. Such a parameter is read by
 * nothing after the store, so a caller that made the argument (a fresh temporary) can hand its
 * reference to the field instead of the field retaining and the statement's end releasing it.
 */
export function movedParams(m: ModuleContext, info: ClassInfo): MovedParam[] {
  if (info.moves) return info.moves;
  const moves: MovedParam[] = (info.moves = []);
  const ctor = info.decl.members.find(ts.isConstructorDeclaration);
  const layout = info.layout;
  if (!layout || !ctor?.body || m.isErrorClass(info)) return moves;
  const reprs = m.ctorParams(info);
  const objectField = (f: LayoutField | undefined) => (f && (f.kind === "OBJ" || f.kind === "VAL") ? f : undefined);
  ctor.parameters.forEach((p, index) => {
    if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || p.questionToken || reprs[index] !== "val")
      return;
    const name = p.name.text;
    // every identifier of that name, in any scope (more than the parameter's uses: safe)
    const uses: ts.Identifier[] = [];
    const visit = (n: ts.Node): void => {
      const member = ts.isPropertyAccessExpression(n.parent) && n.parent.name === n; // `name` of `x.name`
      if (ts.isIdentifier(n) && n.text === name && !member) uses.push(n);
      ts.forEachChild(n, visit);
    };
    visit(ctor.body!);
    for (const q of ctor.parameters) if (q.initializer) visit(q.initializer);
    if (ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier) {
      const field = objectField(layout.fields.find((f) => f.name === name));
      if (field && uses.length === 0) moves.push({ index, field });
      return;
    }
    if (uses.length !== 1) return;
    const a = uses[0].parent;
    if (
      !ts.isBinaryExpression(a) ||
      a.operatorToken.kind !== ts.SyntaxKind.EqualsToken ||
      a.right !== uses[0] ||
      !ts.isPropertyAccessExpression(a.left) ||
      a.left.expression.kind !== ts.SyntaxKind.ThisKeyword ||
      !ts.isExpressionStatement(a.parent) ||
      a.parent.parent !== ctor.body
    )
      return;
    const found = fieldOf(m, m.checker.getSymbolAtLocation(a.left));
    const field = objectField(found?.field);
    if (field && layout.fields.includes(field)) moves.push({ index, field, stmt: a.parent });
  });
  return moves;
}

/** A constructor's store of parameter `param` in `field` (directStores). */
export interface DirectStore {
  param: number;
  field: LayoutField;
}

/**
 * The stores of a constructor that does nothing but store its parameters in fields of its class's
 * layout (parameter properties, and `this.f = p;` statements), each field at most once, in a class
 * without a parent or any instance field initialiser; undefined for any other. Such a constructor
 * runs no code that could see the instance or throw (but for an unsound value stored in an object
 * field, ts_inst_set_obj), so <C>_new makes the stores itself, in place, without rooting the
 * instance.
 */
export function directStores(m: ModuleContext, info: ClassInfo): DirectStore[] | undefined {
  const ctor = info.decl.members.find(ts.isConstructorDeclaration);
  const layout = info.layout;
  if (!layout || !ctor?.body || info.parent || m.isErrorClass(info)) return undefined;
  const initialised = info.decl.members.some(
    (d) => ts.isPropertyDeclaration(d) && d.initializer && !(ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Static),
  );
  if (initialised) return undefined;
  const reprs = m.ctorParams(info);
  const stores: DirectStore[] = [];
  const store = (param: number, field: LayoutField | undefined): boolean => {
    if (!field || field.owner !== info || kindRepr[field.kind] !== reprs[param]) return false;
    if (stores.some((s) => s.field === field)) return false;
    stores.push({ param, field });
    return true;
  };
  for (const [i, p] of ctor.parameters.entries()) {
    if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || p.questionToken) return undefined;
    const name = p.name.text;
    const property = ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier;
    if (
      property &&
      !store(
        i,
        layout.fields.find((f) => f.name === name),
      )
    )
      return undefined;
  }
  for (const st of ctor.body.statements) {
    const a = ts.isExpressionStatement(st) ? st.expression : undefined;
    if (
      !a ||
      !ts.isBinaryExpression(a) ||
      a.operatorToken.kind !== ts.SyntaxKind.EqualsToken ||
      !ts.isPropertyAccessExpression(a.left) ||
      a.left.expression.kind !== ts.SyntaxKind.ThisKeyword ||
      !ts.isIdentifier(a.right)
    )
      return undefined;
    const decl = m.checker.getSymbolAtLocation(a.right)?.valueDeclaration;
    const param = ctor.parameters.findIndex((p) => p === decl);
    if (param < 0 || !store(param, fieldOf(m, m.checker.getSymbolAtLocation(a.left))?.field)) return undefined;
  }
  return stores;
}

/**
 * <C>_new's stores for a constructor of directStores, given the instance and the parameters (mv last when
 * there is one): last first, so that each moved argument is the top entry of the temp stack (ts_tmp_take).
 */
export function storeDirect(
  m: ModuleContext,
  info: ClassInfo,
  stores: DirectStore[],
  self: Expr,
  params: Expr[],
): Stmt[] {
  const moves = movedParams(m, info);
  return stores
    .map(({ param, field }): Stmt => {
      const value = params[param];
      const mp = moves.find((mm) => mm.index === param && mm.field === field);
      const moved = mp
        ? C.binary("&", params[params.length - 1], C.lit(`${(2 ** param).toString()}u`, "uint32"), "uint32")
        : C.lit("0u", "uint32");
      const args =
        field.kind === "OBJ"
          ? [self, offset(field), value, field.key, moved]
          : field.kind === "VAL"
            ? [self, offset(field), value, moved]
            : [self, offset(field), value];
      return C.exprStmt(C.call(`ts_inst_set_${helper[field.kind]}`, args, "void", { mayThrow: field.kind === "OBJ" }));
    })
    .reverse();
}

/** The store of a moved parameter's value in its field: moved when bit `bit` of the constructor's mv is set. */
export function moveField(
  fe: FunctionContext,
  info: ClassInfo,
  field: LayoutField,
  value: Expr,
  mv: Expr,
  bit: number,
): Expr {
  const cls = C.addr(C.defRef(info.table));
  const moved = C.binary("&", mv, C.lit(`${(2 ** bit).toString()}u`, "uint32"), "uint32");
  return C.call(
    `ts_fld_move_${helper[field.kind]}`,
    [fe.thisExpr!, cls, offset(field), fe.convert(value, "val"), field.key, C.lit("NULL", "int"), moved],
    "void",
  );
}

/**
 * The constructor's definition of field `name` of `info` on self: the value stored (undefined
 * needs no store: every field starts undefined), then the count of defined fields.
 */
export function defineField(
  fe: FunctionContext,
  info: ClassInfo,
  self: Expr,
  name: string,
  value: Expr | undefined,
): Expr[] {
  const l = info.layout!;
  const field = name.startsWith("#")
    ? l.fields.find((f) => f.name === name && f.owner === info)!
    : l.fields.find((f) => f.name === name)!;
  const t = kindRepr[field.kind];
  const cls = C.addr(C.defRef(info.table));
  const steps: Expr[] = [];
  if (value)
    steps.push(
      C.call(
        `ts_fld_set_${helper[field.kind]}`,
        [self, cls, offset(field), fe.borrow(fe.convert(value, t)), field.key, C.lit("NULL", "int")],
        "void",
      ),
    );
  steps.push(C.call("ts_fld_defined", [self, C.int(field.index + 1)], "void", { mayThrow: false }));
  return steps;
}
