/** Which symbols an app reaches in the library: TypeScript's own (lib.es2022) or the device API's (ts/lib/device.d.ts). */
import ts from "typescript";
import path from "node:path";
import { deviceTypings } from "../load";

/** Declared by the device API's typings: implemented by components/runtime/api. */
export function isDeviceSymbol(sym: ts.Symbol | undefined): boolean {
  return !!sym?.declarations?.some((d) => path.resolve(d.getSourceFile().fileName) === deviceTypings);
}

/** Declared only in declaration files: the ES library or the device API. */
export function isLibSymbol(sym: ts.Symbol): boolean {
  const decls = sym.declarations ?? [];
  return decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile);
}

/** Interfaces device.d.ts declares whose methods the core library implements, not the device API. */
export const libraryInterfaces: readonly string[] = ["Console", "JSON", "TextEncoder", "TextDecoder"];

/**
 * The runtime entry point of a device API method (tsfw_api.h): `ts_api_<Interface>_<method>`, called
 * with the receiver, e.g. res.writeHead(...) -> ts_api_Response_writeHead(res, argc, argv).
 * Undefined for anything else (console, JSON and the text coders are the library's).
 */
export function deviceMethod(sym: ts.Symbol | undefined): string | undefined {
  if (!sym || !isDeviceSymbol(sym) || !(sym.flags & ts.SymbolFlags.Method)) return undefined;
  const owner = sym.declarations?.[0]?.parent;
  if (!owner || !ts.isInterfaceDeclaration(owner) || libraryInterfaces.includes(owner.name.text)) return undefined;
  return `ts_api_${owner.name.text}_${sym.name}`;
}
