/**
 * Binary data: ArrayBuffer, the typed arrays, DataView, TextEncoder and TextDecoder
 * (components/runtime/core/tsfw_binary.h). The element type of a typed array is a TsTypedKind.
 */
import * as C from "../../cir/build";
import { Expr, Repr } from "../../cir/nodes";
import { FunctionContext } from "../context";
import { argvOf, callWithArgv } from "../operands";
import { Builtin, BuiltinCall, Lowering, d0, dInf, sNull, spec, vU } from "./spec";

/** The typed array classes and their TsTypedKind, with the size of an element. */
export const typedKinds: Record<string, { kind: string; size: number }> = {
  Int8Array: { kind: "TS_TA_INT8", size: 1 },
  Uint8Array: { kind: "TS_TA_UINT8", size: 1 },
  Uint8ClampedArray: { kind: "TS_TA_UINT8_CLAMPED", size: 1 },
  Int16Array: { kind: "TS_TA_INT16", size: 2 },
  Uint16Array: { kind: "TS_TA_UINT16", size: 2 },
  Int32Array: { kind: "TS_TA_INT32", size: 4 },
  Uint32Array: { kind: "TS_TA_UINT32", size: 4 },
  Float32Array: { kind: "TS_TA_FLOAT32", size: 4 },
  Float64Array: { kind: "TS_TA_FLOAT64", size: 8 },
};

export type BinaryKind = "typed" | "arraybuffer" | "dataview" | "textencoder" | "textdecoder";

/** The receiver kind of a library class name, if it is one of binary data's. */
export function binaryKind(name: string): BinaryKind | undefined {
  if (Object.prototype.hasOwnProperty.call(typedKinds, name)) return "typed";
  if (name === "ArrayBuffer") return "arraybuffer";
  if (name === "DataView") return "dataview";
  if (name === "TextEncoder") return "textencoder";
  if (name === "TextDecoder") return "textdecoder";
  return undefined;
}

export const isBinaryKind = (k: string): k is BinaryKind =>
  k === "typed" || k === "arraybuffer" || k === "dataview" || k === "textencoder" || k === "textdecoder";

const kindLit = (name: string) => C.lit(typedKinds[name].kind, "int");

/** The elements as a new array (owned): for-of, values(), and the methods that take a callback. */
export const typedToArray = (a: Expr): Expr => C.call("ts_ta_to_array", [a], "val", { owned: true });

/** What the array methods that viaArray runs return. */
const viaArrayResult: Record<string, Repr | "void"> = {
  ts_arr_for_each: "void",
  ts_arr_some: "bool",
  ts_arr_every: "bool",
  ts_arr_find_index: "double",
  ts_arr_find_last_index: "double",
};

/** a.method(fn, ...) run on a copy of the elements as an array; `like` makes the result a typed array of a's type. */
function viaArray(fn: string, like = false): Lowering {
  return (fe, c) => {
    const recv = fe.scratch("val");
    const steps = [C.assign(recv, c.recv("val"))];
    const args = c.args.map((a) => fe.arg(a, "val"));
    const t = viaArrayResult[fn] ?? "val";
    const r = C.call(fn, [fe.borrow(typedToArray(recv)), ...args], t, { owned: t === "val" });
    return C.after(steps, like ? C.call("ts_ta_like", [recv, fe.borrow(r)], "val", { owned: true }) : r);
  };
}

function reduceVia(fn: string): Lowering {
  return (fe, c) => {
    const recv = fe.scratch("val");
    const steps = [C.assign(recv, c.recv("val"))];
    const [f, init] = c.args.map((a) => fe.arg(a, "val"));
    const call = C.call(fn, [fe.borrow(typedToArray(recv)), f, C.int(init ? 1 : 0), init ?? C.UNDEFINED], "val", {
      owned: true,
    });
    return C.after(steps, call);
  };
}

/** Methods of the typed arrays; the receiver is the TsValue. */
export const typedMethods: Record<string, Builtin> = {
  subarray: spec("ts_ta_subarray", [d0, dInf], "val"),
  slice: spec("ts_ta_slice", [d0, dInf], "val"),
  set: spec("ts_ta_set_from", ["val", d0], "void"),
  fill: spec("ts_ta_fill", ["double", d0, dInf], "val"),
  copyWithin: spec("ts_ta_copy_within", ["double", d0, dInf], "val"),
  indexOf: spec("ts_ta_index_of", ["val", d0], "double"),
  lastIndexOf: spec("ts_ta_last_index_of", ["val", dInf], "double"),
  includes: spec("ts_ta_includes", ["val", d0], "bool"),
  join: spec("ts_ta_join", [sNull], "str"),
  toString: spec("ts_ta_join", [sNull], "str"),
  reverse: spec("ts_ta_reverse", [], "val"),
  sort: spec("ts_ta_sort", [vU], "val"),
  at: spec("ts_ta_at", [d0], "val"),
  values: (fe, c) => typedToArray(c.recv("val")),
  keys: (fe, c) => C.call("ts_arr_keys", [fe.borrow(typedToArray(c.recv("val")))], "val", { owned: true }),
  entries: (fe, c) => C.call("ts_arr_entries", [fe.borrow(typedToArray(c.recv("val")))], "val", { owned: true }),
  forEach: viaArray("ts_arr_for_each"),
  some: viaArray("ts_arr_some"),
  every: viaArray("ts_arr_every"),
  find: viaArray("ts_arr_find"),
  findIndex: viaArray("ts_arr_find_index"),
  findLast: viaArray("ts_arr_find_last"),
  findLastIndex: viaArray("ts_arr_find_last_index"),
  map: viaArray("ts_arr_map", true),
  filter: viaArray("ts_arr_filter", true),
  reduce: reduceVia("ts_arr_reduce"),
  reduceRight: reduceVia("ts_arr_reduce_right"),
};

export const arrayBufferMethods: Record<string, Builtin> = {
  slice: spec("ts_abuf_slice", [d0, dInf], "val"),
};

/** getInt8 ... setFloat64: the element type is a trailing parameter that the app never passes. */
const dataViewTypes: Record<string, string> = {
  Int8: "Int8Array",
  Uint8: "Uint8Array",
  Int16: "Int16Array",
  Uint16: "Uint16Array",
  Int32: "Int32Array",
  Uint32: "Uint32Array",
  Float32: "Float32Array",
  Float64: "Float64Array",
};
const little = { t: "bool" as const, dflt: C.FALSE };
export const dataViewMethods: Record<string, Builtin> = Object.fromEntries(
  Object.entries(dataViewTypes).flatMap(([t, name]) => {
    const kind = { t: "double" as const, dflt: kindLit(name) };
    return [
      [`get${t}`, spec("ts_dv_get", ["double", little, kind], "double")],
      [`set${t}`, spec("ts_dv_set", ["double", "double", little, kind], "void")],
    ];
  }),
);

export const textEncoderMethods: Record<string, Builtin> = {
  encode: spec("ts_text_encode", [sNull], "val"),
};

export const textDecoderMethods: Record<string, Builtin> = {
  decode: spec("ts_text_decode", [vU], "str"),
};

/** Uint8Array.from, Uint8Array.of, ... */
export function typedStatics(name: string): Record<string, Builtin> {
  return {
    from: (fe, c) =>
      C.call(
        "ts_ta_from",
        [kindLit(name), fe.arg(c.args[0], "val"), c.args[1] ? fe.arg(c.args[1], "val") : C.UNDEFINED],
        "val",
        { owned: true },
      ),
    of: (fe, c) => callWithArgv("ts_ta_of", [kindLit(name)], argvOf(fe, c.args), "val", { owned: true }),
  };
}

export const typedConstants = (name: string): Record<string, Expr> => ({
  BYTES_PER_ELEMENT: C.num(typedKinds[name].size),
});

/** `new X(...)` of binary data's classes. */
export function binaryConstructor(name: string): Lowering | undefined {
  if (binaryKind(name) === "typed")
    return (fe, c) => callWithArgv("ts_ta_new", [kindLit(name)], argvOf(fe, c.args), "val", { owned: true });
  const optional = (fe: FunctionContext, c: BuiltinCall, i: number) =>
    c.args[i] ? fe.arg(c.args[i], "val") : C.UNDEFINED;
  switch (name) {
    case "ArrayBuffer":
      return (fe, c) =>
        C.call("ts_abuf_new", [c.args[0] ? fe.arg(c.args[0], "double") : C.num(0)], "val", { owned: true });
    case "DataView":
      return (fe, c) =>
        C.call("ts_dv_new", [optional(fe, c, 0), optional(fe, c, 1), optional(fe, c, 2)], "val", { owned: true });
    case "TextEncoder":
      return () => C.call("ts_text_encoder_new", [], "val", { owned: true });
    case "TextDecoder":
      return (fe, c) =>
        C.call("ts_text_decoder_new", [c.args[0] ? fe.arg(c.args[0], "str") : C.NULL, optional(fe, c, 1)], "val", {
          owned: true,
        });
  }
  return undefined;
}

/** recv.name of binary data: length, byteLength, buffer, encoding, ... */
export function binaryProperty(kind: BinaryKind, name: string, recv: () => Expr): Expr | undefined {
  switch (name) {
    case "length":
      return kind === "typed" ? C.call("ts_ta_length", [recv()], "double") : undefined;
    case "byteLength":
      return kind === "typed" || kind === "dataview" || kind === "arraybuffer"
        ? C.call("ts_bin_byte_length", [recv()], "double")
        : undefined;
    case "byteOffset":
      return kind === "typed" || kind === "dataview" ? C.call("ts_bin_byte_offset", [recv()], "double") : undefined;
    case "buffer":
      return kind === "typed" || kind === "dataview"
        ? C.call("ts_bin_buffer", [recv()], "val", { owned: true })
        : undefined;
    case "BYTES_PER_ELEMENT":
      return kind === "typed" ? C.call("ts_ta_bytes_per_element", [recv()], "double") : undefined;
    case "encoding":
      return kind === "textencoder" || kind === "textdecoder" ? C.call("ts_text_encoding", [recv()], "str") : undefined;
    case "fatal":
      return kind === "textdecoder" ? C.call("ts_text_fatal", [recv()], "bool") : undefined;
    case "ignoreBOM":
      return kind === "textdecoder" ? C.call("ts_text_ignore_bom", [recv()], "bool") : undefined;
  }
  return undefined;
}
