import ts from "typescript";

/**
 * The variables the app reads somewhere. A local that is only declared (or only
 * assigned) is legal TypeScript but an unused variable to gcc -Wall -Werror, so the
 * emitter marks those as used on purpose. Every occurrence of a name counts as a read
 * except its own declaration and the target of a plain `=`.
 */
export function readSymbols(source: ts.SourceFile, checker: ts.TypeChecker): Set<ts.Symbol> {
  const read = new Set<ts.Symbol>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && !isDeclarationName(n) && !isAssignmentTarget(n)) {
      const sym = checker.getSymbolAtLocation(n);
      if (sym) read.add(sym);
      // `{ x }` reads the variable x, whose symbol is not the property's
      if (ts.isShorthandPropertyAssignment(n.parent)) {
        const value = checker.getShorthandAssignmentValueSymbol(n.parent);
        if (value) read.add(value);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return read;
}

function isDeclarationName(n: ts.Identifier): boolean {
  const p = n.parent;
  return (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p)) && p.name === n;
}

function isAssignmentTarget(n: ts.Identifier): boolean {
  let e: ts.Node = n;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const p = e.parent;
  return ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.left === e;
}
