import ts from "typescript";
import { isLocalConstClass } from "../local_classes";

/**
 * Which local variables closures capture, and how.
 * A captured variable is copied into the closure when it is initialised before
 * the closure is made and never assigned again; otherwise it lives in a box
 * shared by the declaring scope and every closure (capture by reference).
 */
export interface Captures {
  /** Free local variables of each function-like node, in first-use order. */
  free: Map<ts.Node, ts.Symbol[]>;
  /** Functions (arrows, transitively) that use the enclosing `this`. */
  usesThis: Set<ts.Node>;
  /** Variables that must live in a box. */
  boxed: Set<ts.Symbol>;
  /** Boxed variables a closure may capture before their declaration runs: their box is made when their block starts. */
  early: Set<ts.Symbol>;
}

export type FunctionLike =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.AccessorDeclaration;

/** Functions, methods, constructors, and an object literal's accessors (closures like its methods). */
export function isFunctionLike(n: ts.Node): n is FunctionLike {
  return (
    ts.isFunctionDeclaration(n) ||
    ts.isFunctionExpression(n) ||
    ts.isArrowFunction(n) ||
    ts.isMethodDeclaration(n) ||
    ts.isConstructorDeclaration(n) ||
    (ts.isAccessor(n) && ts.isObjectLiteralExpression(n.parent))
  );
}

/** The function (or source file, or class for field initialisers) a declaration belongs to. */
export function owningFunction(n: ts.Node): ts.Node {
  for (let p = n.parent; p; p = p.parent) {
    if (isFunctionLike(p) || ts.isSourceFile(p)) return p;
    if (ts.isPropertyDeclaration(p)) return p.parent; // field initialisers run in the constructor
  }
  return n.getSourceFile();
}

function isLocalVariable(sym: ts.Symbol): ts.Declaration | undefined {
  const d = sym.valueDeclaration;
  if (!d) return undefined;
  if (!(ts.isVariableDeclaration(d) || ts.isParameter(d) || ts.isFunctionDeclaration(d) || ts.isBindingElement(d)))
    return undefined;
  if (d.getSourceFile().isDeclarationFile) return undefined;
  // const Entry = class { ... } inside a function is a class compiled once, not a variable
  if (ts.isVariableDeclaration(d) && d.initializer && ts.isClassExpression(d.initializer)) {
    if (isLocalConstClass(d.initializer)) return undefined;
  }
  return d;
}

/** True for declarations that live in C globals: top-level statements of the file. */
export function isModuleLevel(d: ts.Declaration): boolean {
  let n: ts.Node = d;
  while (ts.isBindingElement(n) || ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n)) n = n.parent;
  if (ts.isVariableDeclaration(n))
    return ts.isVariableStatement(n.parent.parent) && ts.isSourceFile(n.parent.parent.parent);
  if (ts.isFunctionDeclaration(n)) return ts.isSourceFile(n.parent);
  return false;
}

function isWrite(id: ts.Identifier): boolean {
  let n: ts.Node = id;
  let p = n.parent;
  // walk out of destructuring assignment patterns
  while (
    ts.isParenthesizedExpression(p) ||
    ts.isArrayLiteralExpression(p) ||
    ts.isShorthandPropertyAssignment(p) ||
    ts.isPropertyAssignment(p) ||
    ts.isObjectLiteralExpression(p) ||
    ts.isSpreadElement(p)
  ) {
    if (ts.isPropertyAssignment(p) && p.name === n) return false;
    n = p;
    p = p.parent;
  }
  if (ts.isBinaryExpression(p) && p.left === n) {
    const k = p.operatorToken.kind;
    return k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
  }
  if (
    (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) &&
    (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)
  )
    return true;
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return true;
  return false;
}

export function analyzeCaptures(source: ts.SourceFile, checker: ts.TypeChecker): Captures {
  const free = new Map<ts.Node, ts.Symbol[]>();
  const usesThis = new Set<ts.Node>();
  const boxed = new Set<ts.Symbol>();
  const written = new Set<ts.Symbol>();
  const captured = new Set<ts.Symbol>();
  const capturedEarly = new Set<ts.Symbol>(); // captured by a closure that textually precedes the declaration's end

  const addFree = (fn: ts.Node, sym: ts.Symbol) => {
    let list = free.get(fn);
    if (!list) free.set(fn, (list = []));
    if (!list.includes(sym)) list.push(sym);
  };

  const visit = (node: ts.Node, fnStack: ts.Node[]) => {
    if (isFunctionLike(node)) {
      if (!free.has(node)) free.set(node, []);
      fnStack = [...fnStack, node];
    }
    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      // arrows use the `this` of the nearest non-arrow function
      for (let i = fnStack.length - 1; i >= 0 && ts.isArrowFunction(fnStack[i]); i--) usesThis.add(fnStack[i]);
    }
    if (ts.isIdentifier(node) && !isPropertyName(node)) {
      const sym =
        ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
          ? checker.getShorthandAssignmentValueSymbol(node.parent)
          : checker.getSymbolAtLocation(node);
      const decl = sym && isLocalVariable(sym);
      if (sym && decl && !isModuleLevel(decl) && !(ts.isFunctionDeclaration(decl) && decl.name === node)) {
        if (isWrite(node)) written.add(sym);
        const home = owningFunction(decl);
        // every function between the use and the declaring function captures the variable
        for (let i = fnStack.length - 1; i >= 0 && fnStack[i] !== home; i--) {
          const fn = fnStack[i];
          addFree(fn, sym);
          captured.add(sym);
          // nested function declarations are created when their block starts
          const hoisted = ts.isFunctionDeclaration(fn) && !ts.isParameter(decl);
          if (fn.getStart() < declEnd(decl) || ts.isFunctionDeclaration(decl) || hoisted) capturedEarly.add(sym);
        }
      }
    }
    ts.forEachChild(node, (c) => visit(c, fnStack));
  };
  visit(source, []);

  for (const sym of captured) {
    if (written.has(sym) || capturedEarly.has(sym)) boxed.add(sym);
  }
  return { free, usesThis, boxed, early: capturedEarly };
}

/** The variable a declaration name introduces (for parameter properties, the parameter, not the field). */
export function declaredSymbol(checker: ts.TypeChecker, id: ts.Identifier): ts.Symbol | undefined {
  const p = id.parent;
  if (
    ts.isParameter(p) &&
    p.name === id &&
    ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier
  ) {
    return checker.getSymbolsOfParameterPropertyDeclaration(p, id.text)[0];
  }
  return checker.getSymbolAtLocation(id);
}

/** Identifiers that name a property rather than read a variable. */
export function isPropertyName(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isPropertySignature(p) ||
      ts.isMethodSignature(p) ||
      ts.isEnumMember(p)) &&
    p.name === id
  )
    return true;
  if (ts.isBindingElement(p) && p.propertyName === id) return true;
  if (ts.isQualifiedName(p)) return true;
  return false;
}

function declEnd(d: ts.Declaration): number {
  let n: ts.Node = d;
  while (ts.isBindingElement(n) || ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n)) n = n.parent;
  return n.getEnd();
}
