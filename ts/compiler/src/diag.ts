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

/** One refusal: its code, its text and a hint at what to write instead; both may take parameters. */
export interface Refusal<A extends string[] = []> {
  code: string;
  text: (...a: A) => string;
  hint?: (...a: A) => string | undefined;
}

type Text<A extends string[]> = string | ((...a: A) => string);
type Hint<A extends string[]> = string | ((...a: A) => string | undefined);

function row<A extends string[] = []>(code: string, text: Text<A>, hint?: Hint<A>): Refusal<A> {
  return {
    code,
    text: typeof text === "string" ? () => text : text,
    hint: hint === undefined ? undefined : typeof hint === "string" ? () => hint : hint,
  };
}

const Syntax = "TSFW1001";
const AnyType = "TSFW1002";
const Forbidden = "TSFW1003";
const Library = "TSFW1004";
const Operand = "TSFW1005";
const Async = "TSFW1007";
const Modules = "TSFW1008";
const This = "TSFW1010";
const Type = "TSFW1011";
const MethodValue = "TSFW1012";

const callbacks = "use callbacks, as the device API does";
const noImport = "the device API needs no 'require' or 'import': Http, print, console and the timers are globals";

/** What to write instead of a RegExp construct that PCRE2, the device's engine, cannot match as JavaScript does. */
function regexpHint(msg: string): string | undefined {
  const hints: [RegExp, string][] = [
    [/lookbehind of variable length/, "give each alternative of the lookbehind a fixed length: (?<=ab|c) not (?<=a+)"],
    [/(backreference|repeated capture group) inside a lookbehind/, "match the text, then check it with a lookahead"],
    [/quantifier count above 65535/, "use a count of 65535 or less, or check the length apart"],
    [/capture group that a repeated group can skip/, "capture outside the repetition, or use (?:...) inside it"],
    [/repeated group that can match the empty string/, "make the repeated group match at least one character"],
    [/lone surrogate/, "drop the u flag, or match the whole pair"],
    [/not supported/, "docs/regexp.md lists what PCRE2, the device's engine, cannot match as JavaScript does"],
  ];
  return hints.find(([re]) => re.test(msg))?.[1];
}

/** Every refusal of the compiler: a new one is one row here. */
export const Refusals = {
  // the file
  Unreadable: row<[string]>("TSFW0001", (f) => `cannot read '${f}': no such file`),

  // syntax outside the subset
  AsyncFunction: row(Async, "async functions are not supported.", callbacks),
  Await: row(Async, "'await' is not supported.", callbacks),
  Generator: row(
    Async,
    "generators are not supported.",
    "return an array, or keep the position in an object with a next() method",
  ),
  RegExpLiteral: row<[string]>(Syntax, (msg) => `${msg}.`, regexpHint),
  RegExpCheck: row<[string]>(
    Syntax,
    (why) => `regular expression literals cannot be checked: ${why}.`,
    "run `make regexp-check` in the tsfw folder (it builds PCRE2 from Debian's source)",
  ),
  Decorator: row(Syntax, "decorators are not supported.", "call the wrapping function yourself: const f = wrap(g)"),
  Namespace: row(Modules, "namespaces are not supported.", "put the declarations in a file of their own and import it"),
  Import: row<[string]>(
    Modules,
    "only the app's own files can be imported (a path starting with './' or '../').",
    (from) =>
      /^(node:)?https?$/.test(from)
        ? "the device API is global: Http.createServer(...) and Http.request(...) need no import"
        : undefined,
  ),
  ImportEquals: row(Modules, "'import ... = require(...)' is not supported.", "use 'import { name } from \"./file\"'"),
  ExportEquals: row(Modules, "'export =' is not supported.", "use 'export default' or named exports"),
  ImportCycle: row<[string]>(
    Modules,
    (cycle) => `import cycle: ${cycle}.`,
    "move what the modules share into a module that imports neither",
  ),
  NamespaceValue: row<[string]>(
    Modules,
    (ns) => `the module namespace '${ns}' can only be used for its members (${ns}.name).`,
  ),
  AnonymousDefault: row(Modules, "an anonymous default export is not supported.", "give the function or class a name"),
  With: row(Syntax, "'with' is not supported.", "name the object: obj.x"),
  Debugger: row(Syntax, "'debugger' is not supported.", "use gdb on the host build"),
  ClassExpression: row(
    Syntax,
    "class expressions are supported only as a const's value, in 'new (class { ... })()', or as what a mixin function returns.",
    "write a class declaration at the top level, or 'const Name = class { ... }' there or in the function; for a mixin, write function Mixin<T extends Ctor>(Base: T) { return class extends Base { ... }; }",
  ),
  LocalClassCapture: row<[string]>(
    Syntax,
    (n) => `a class inside a function cannot use the function's '${n}': it is compiled once, for every run.`,
    "pass the value to the constructor (new Entry(x)), or declare the class at the top level",
  ),
  LocalClassStatic: row(
    Syntax,
    "a class inside a function cannot have static members: each run of the function would make them anew.",
    "declare the class at the top level, or keep the shared value in a top-level const",
  ),
  LocalClassInstanceOf: row(
    Syntax,
    "'instanceof' a class made inside a function is not supported: each run makes another class.",
    "declare the class at the top level and test against it",
  ),
  MixinSite: row(
    Syntax,
    "a mixin is applied only where its class is known when the program is compiled: 'const Name = Mixin(Base)' or 'class Name extends Mixin(Base)' at the top level.",
    "apply the mixin once at the top level and use the class it gives: const TimestampedUser = Timestamped(User)",
  ),
  MixinArgument: row(
    Syntax,
    "a mixin's argument must name a class declared at the top level, or be another application there.",
    "pass the class itself (Mixin(User)), not a variable, a parameter or an element that holds one",
  ),
  MixinValue: row(
    Syntax,
    "a mixin function can only be applied to a class: Mixin(Base).",
    "apply it at the top level and keep the class it gives: const Name = Mixin(Base)",
  ),
  MixinBaseUse: row(
    Syntax,
    "a mixin's class can name its base parameter only in its 'extends' clause.",
    "reach the base's members through 'super' or 'this'",
  ),
  MixinCtorArgs: row(
    Syntax,
    "a mixin's constructor can only pass its '...args' on, as super(...args): their values would have type 'any'.",
    "declare the values the mixin needs as fields, or set them in a method after construction",
  ),
  MetaProperty: row(
    Syntax,
    "'new.target' and 'import.meta' are not supported.",
    "pass what the code needs as a parameter",
  ),
  Void: row(Syntax, "'void' expressions are not supported.", "write 'undefined', or the expression as a statement"),
  ForIn: row(
    Syntax,
    "'for...in' is supported only on index-signature objects.",
    "use for (const k of Object.keys(obj)), or for...of on an array",
  ),
  ArrayNonIndex: row<[string]>(
    Type,
    (k) => `a[${k}] = ... stores no element: an array index is an integer from 0.`,
    "use a Map or an object for other keys, and a[a.length - 1] for the last element",
  ),
  PrivateName: row(Syntax, "'#name in obj' is not supported.", "use 'instanceof' with the class"),
  StaticBlock: row(
    Syntax,
    "static blocks are not supported.",
    "initialise each static field in its declaration, or in a static method called once",
  ),
  Any: row(
    AnyType,
    "'any' is not supported: every value needs a type the compiler can lay out.",
    "use a precise type, or 'unknown' for print arguments",
  ),
  BigInt: row(
    Type,
    "bigint is not supported.",
    "use number (integers are exact up to 2^53), or two numbers for 64 bits",
  ),
  Symbol: row(Type, "symbols are not supported.", "use a string key, or a Map"),
  Declare: row(
    Syntax,
    "'declare' is not supported: the app can only use code the compiler sees.",
    "write the code in a file of the app and import it",
  ),
  Var: row(Syntax, "'var' is not supported.", "use 'let' or 'const'"),
  Overload: row(
    Syntax,
    "overload signatures are not supported.",
    "write one signature with union types or optional parameters",
  ),
  ThisOutsideClass: row(
    This,
    "'this' is supported only in classes and in an object literal's methods and accessors.",
    "make the function a method of the object (inc() { this.n++; }), or name the object (config.port)",
  ),
  ThisInStatic: row(
    This,
    "'this' in a static member is not supported: it is the class, and classes are not values here.",
    "name the class (Counter.count); in a mixin, give the class expression a name: return class Named extends Base { ... }",
  ),
  ThisParameter: row(This, "'this' parameters are not supported.", "pass the object as an ordinary parameter"),
  ClassName: row(Syntax, "a class needs a name.", "give the class a name: class Name { ... }"),
  NestedClass: row(
    Syntax,
    "classes must be declared at the top level.",
    "move the class to the top level of the file; pass what it used from the function to its constructor",
  ),
  ComputedClassMember: row(
    Syntax,
    "computed member names are not supported in classes.",
    "give the member a name, or keep the entries in a Map",
  ),
  Extends: row(Syntax, "a class may extend only another class of the app, or Error."),
  AbstractNew: row(Syntax, "cannot create an abstract class."),
  NoParentMethod: row<[string]>(Syntax, (m) => `no parent method '${m}'.`),
  ComputedPatternKey: row(Syntax, "computed keys in patterns are not supported."),
  ComputedMethodName: row(
    Syntax,
    "computed method names are not supported.",
    "use a property that holds a function: [key]: () => ...",
  ),
  CaseExpression: row(Syntax, "case expressions must be constants or variables."),
  JumpTarget: row(Syntax, "jump target not found."),
  ArrayHole: row(Syntax, "array holes are not supported.", "write undefined, or use new Array(n)"),
  DestructuringAssignment: row(Syntax, "unsupported destructuring assignment."),
  AssignTo: row<[string]>(Syntax, (n) => `cannot assign to '${n}'.`),
  AssignTarget: row(Syntax, "unsupported assignment target."),
  Statement: row<[string]>(Syntax, (kind) => `${kind} is not supported.`),
  Expression: row<[string]>(Syntax, (kind) => `${kind} is not supported here.`),
  CannotUse: row<[string]>(Syntax, (n) => `'${n}' cannot be used here.`),
  ClassValue: row(
    Syntax,
    "classes are not values here.",
    "call 'new' or a static method; for a class's name, read C.name or obj.constructor.name",
  ),
  InheritedStaticWrite: row<[string, string]>(
    Syntax,
    (target, parent) =>
      `'${target}' is a static field of '${parent || "the parent class"}': a write through the subclass would give the subclass a field of its own.`,
    "write the parent's field by the parent's name, or declare the static field in the subclass too",
  ),
  ConstructorValue: row(
    Syntax,
    "'constructor' is supported only for the name of an object's or an array's class: obj.constructor.name.",
    "use 'instanceof' to test an object's class, or a method of the class to make another",
  ),
  EnumMember: row(Syntax, "enum members must be constants."),
  SpreadRestOnly: row(Syntax, "spread arguments are supported only for rest parameters."),
  SpreadHere: row(Syntax, "spread arguments are not supported here."),
  Capture: row<[string]>(Syntax, (n) => `internal: capture '${n}' not found.`),
  MethodValue: row<[string]>(MethodValue, "methods cannot be taken as values.", (m) => `wrap it: (x) => obj.${m}(x)`),

  // operators
  In: row(Operand, "'in' is supported only on objects."),
  InstanceOf: row(Operand, "'instanceof' needs a class of the app, Error or RegExp."),
  Operator: row<[string]>(Operand, (op) => `operator '${op}' is not supported.`),
  UnaryOperator: row(Operand, "unsupported unary operator."),

  // names the device does not have
  Eval: row(Forbidden, "'eval' is not supported on devices."),
  FunctionConstructor: row(Forbidden, "'Function' is not supported on devices."),
  Arguments: row(Forbidden, "'arguments' is not supported."),
  Require: row(Forbidden, "'require' is not supported.", `use 'import { name } from "./file"'; ${noImport}`),
  GlobalThis: row(Forbidden, "'globalThis' is not supported."),
  SymbolName: row(Forbidden, "symbols are not supported."),
  Proxy: row(Forbidden, "'Proxy' is not supported."),
  Reflect: row(Forbidden, "'Reflect' is not supported."),
  Promise: row(Forbidden, "Promises are not supported."),
  Process: row(
    Forbidden,
    "'process' is not available on devices.",
    "print or console.log write output; the app ends when no server, request or timer is left",
  ),

  // the library
  New: row<[string]>(
    Library,
    (n) => `'new ${n}' is not supported.`,
    (n) =>
      n === "Array"
        ? "use new Array(n) with one number, or an array literal [a, b]"
        : ["Object", "String", "Number", "Boolean"].includes(n)
          ? "use a literal"
          : undefined,
  ),
  LibraryMember: row<[string]>(Library, (n) => `'${n}' is not supported.`),
  NotAValue: row<[string]>(Library, (n) => `'${n}' is not supported as a value.`),
  NotSupportedOn: row<[string, string]>(Library, (n, on) => `'${n}' is not supported on ${on}.`),
  JsonReviver: row(Library, "JSON.parse's reviver is not supported.", "walk the parsed value instead"),
  JsonShape: row<[string, string]>(
    Library,
    (t, why) => `JSON.parse cannot check '${t}': ${why}.`,
    () =>
      "parse into an interface of JSON values (numbers, strings, booleans, null, arrays, objects), then build from it",
  ),
  ReplacerNeedsRegExp: row<[string]>(
    Library,
    (m) => `'${m}' with a replacer function needs a RegExp pattern.`,
    (m) => `write the pattern as a RegExp literal: s.${m}(/text/${m === "replaceAll" ? "g" : ""}, fn)`,
  ),
  FreezeExisting: row(
    Library,
    "Object.freeze of an object made elsewhere is not supported: the device does not freeze objects, " +
      "so a write through another reference would succeed where node throws.",
    "freeze a literal where it is made, so that only its readonly type reaches it: " +
      "const config = Object.freeze({ ... })",
  ),
  ListenHostPort: row<[string]>(
    Library,
    "listen takes one address, 'host:port', not a port and a host.",
    (addr) => `write listen('${addr}')`,
  ),
};

/** A diagnostic for a refusal at a node. */
export function refusal<A extends string[]>(node: ts.Node, r: Refusal<A>, ...args: A): Diag {
  const sf = node.getSourceFile();
  const pos = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return {
    file: sf.fileName,
    line: pos.line + 1,
    col: pos.character + 1,
    code: r.code,
    message: r.text(...args),
    hint: r.hint?.(...args),
  };
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

/**
 * One diagnostic a position, in line order: where two stages report the same place, the refusal
 * (which carries a hint) wins over TypeScript's error, and the earlier stage over the later.
 */
export function dedupe(diags: Diag[]): Diag[] {
  const byPos = new Map<string, Diag>();
  for (const d of diags) {
    const k = `${d.file}:${d.line}:${d.col}`;
    const prev = byPos.get(k);
    if (!prev || (prev.code.startsWith("TS") && !prev.code.startsWith("TSFW") && d.code.startsWith("TSFW")))
      byPos.set(k, d);
  }
  return [...byPos.values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col,
  );
}
