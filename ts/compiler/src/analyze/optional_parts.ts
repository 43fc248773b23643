import ts from "typescript";
import { isDeviceSymbol } from "../lib/symbols";

/**
 * The device API's optional parts (components/runtime/api/tsfw_api.h) that an
 * app can reach. Generated main() asks for each, and the runtime links only
 * those:
 * - static serving, when the app names `serve` (as an identifier or a string);
 * - the HTTPS server, when it names ssl_cert, ssl_key or ssl_ca_cert;
 * - the HTTPS client, unless every Http.request/Http.get is plain HTTP as
 *   written: a literal "http://..." URL, or an options literal whose
 *   `protocol`, if any, is a literal other than "https:".
 */
export function optionalApiParts(source: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const names = new Set<string>();
  let tlsClient = false;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) || ts.isStringLiteralLike(n)) names.add(n.text);
    if (
      ts.isPropertyAccessExpression(n) &&
      (n.name.text === "request" || n.name.text === "get") &&
      isDeviceSymbol(checker.getSymbolAtLocation(n))
    ) {
      const call = n.parent;
      if (!ts.isCallExpression(call) || call.expression !== n || mayBeHttps(call.arguments[0])) tlsClient = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  const parts: string[] = [];
  if (names.has("serve")) parts.push("ts_api_use_serve");
  if (["ssl_cert", "ssl_key", "ssl_ca_cert"].some((k) => names.has(k))) parts.push("ts_api_use_tls_server");
  if (tlsClient) parts.push("ts_api_use_tls_client");
  return parts;
}

/** False only when the request's first argument is plain HTTP as written. */
function mayBeHttps(arg: ts.Expression | undefined): boolean {
  while (arg && ts.isParenthesizedExpression(arg)) arg = arg.expression;
  if (!arg) return false;
  if (ts.isStringLiteralLike(arg)) return !arg.text.startsWith("http://");
  if (!ts.isObjectLiteralExpression(arg)) return true;
  return arg.properties.some((p) => {
    if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) return true;
    if (ts.isComputedPropertyName(p.name)) return true;
    if (p.name.text !== "protocol") return false;
    return !(ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer) && p.initializer.text !== "https:");
  });
}
