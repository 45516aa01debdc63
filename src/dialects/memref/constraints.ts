// Type and attribute constraints of the memref dialect (with ODS's summaries), its
// shape traits, and small helpers shared by its operation files.
import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import { opError } from "../../ir/diagnostic.js";
import type { OpAsmParser, ParsedOperationState } from "../../ir/op-asm.js";
import { Operation } from "../../ir/operation.js";
import type { Value } from "../../ir/value.js";
import type { Context } from "../../ir/context.js";
import {
  anyFloat,
  anyOf,
  anySignlessInteger,
  anyType,
  confined,
  Constraint,
  integerAttrOf,
  shapedOf,
  stored,
  typeAttrOf,
  type AttrFormat,
} from "../../irdl/constraint.js";
import { type Trait } from "../../irdl/traits.js";
import type { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { StringAttr } from "../builtin/attributes/string-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { MemRefType } from "../builtin/types/memref-type.js";
import { type ShapedType } from "../builtin/types/shaped-type.js";
import { compatible, stridesAndOffset } from "./layout.js";

// ---- Constraints -------------------------------------------------------------------------------

/**
 * ODS's `AnyMemRef` ("memref of any type values"): ranked memrefs only, as
 * MLIR's `MemRefOf` (tsdl's core `memrefOf` also admits unranked ones).
 */
export const rankedMemref = shapedOf<ShapedType>([BuiltinKind.MemRefType], "memref", anyType);
/** ODS's `AnyRankedOrUnrankedMemRef`. */
export const unrankedOrRanked = new Constraint<ShapedType>(
  "ranked or unranked memref of any type values",
  (a) => a.kind === BuiltinKind.MemRefType || a.kind === BuiltinKind.UnrankedMemRefType,
);
/** ODS's `AnyNonZeroRankedOrUnrankedMemRef` (`memref.dim`'s source). */
export const nonZeroRankedOrUnranked = new Constraint<ShapedType>(
  "unranked.memref of any type values or non-0-ranked.memref of any type values",
  (a) => a.kind === BuiltinKind.UnrankedMemRefType || (a.kind === BuiltinKind.MemRefType && (a as MemRefType).shape.length > 0),
);
/** A ranked memref with a strided layout (an affine-map layout must be a strided linear map). */
export const stridedMemref = new Constraint<ShapedType>("strided memref of any type values", (a) => {
  if (a.kind !== BuiltinKind.MemRefType) return false;
  const l = (a as MemRefType).layout;
  return l === null || l.kind === BuiltinKind.StridedLayoutAttr || stridesAndOffset(a as MemRefType) !== null;
});
/** A rank-0 strided memref (`extract_strided_metadata`'s base buffer). */
export const stridedMemrefRank0 = new Constraint<ShapedType>("strided memref of any type values of ranks 0", (a) => stridedMemref.test(a) && (a as MemRefType).shape.length === 0);
/** What atomics update: a signless integer or a float. */
export const atomicValue = anyOf<TypeAttribute>([anySignlessInteger, anyFloat], "signless integer or floating-point");
/** A ranked memref of {@link atomicValue} elements. */
export const atomicMemref = shapedOf<ShapedType>([BuiltinKind.MemRefType], "memref", atomicValue);
/** `memref.reshape`'s shape: a 1-D memref of signless integers or indices. */
export const shapeOperand = new Constraint<ShapedType>(
  "1D memref of signless integer or index values",
  (a) =>
    a.kind === BuiltinKind.MemRefType &&
    (a as MemRefType).shape.length === 1 &&
    ((a as MemRefType).elementType.kind === BuiltinKind.IndexType || anySignlessInteger.test((a as MemRefType).elementType)),
);
/** `memref.view`'s source: a 1-D `i8` memref. */
export const i8Memref1D = new Constraint<ShapedType>(
  "1D memref of 8-bit signless integer values",
  (a) => a.kind === BuiltinKind.MemRefType && (a as MemRefType).shape.length === 1 && anySignlessInteger.test((a as MemRefType).elementType) && ((a as MemRefType).elementType as IntegerType).width === 8,
);
/** `memref.realloc`'s source and result: a 1-D memref. */
export const memref1D = new Constraint<ShapedType>("1D memref of any type values", (a) => a.kind === BuiltinKind.MemRefType && (a as MemRefType).shape.length === 1);

/** `I64Attr`. */
export const i64 = integerAttrOf(64);
/** `I32Attr`. */
export const i32 = integerAttrOf(32);
/** True for a positive power of two. */
export const isPow2 = (v: bigint): boolean => v > 0n && (v & (v - 1n)) === 0n;
/** `ConfinedAttr<I64Attr, [IntPositive, IntPowerOf2]>`: memory alignments. */
export const alignmentAttr = confined(i64, "64-bit signless integer attribute whose value is positive and whose value is a power of two > 0", (a) => isPow2(a.value));
/** `memref.prefetch`'s locality hint, 0 to 3. */
export const localityAttr = confined(i32, "32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3", (a) => a.value >= 0n && a.value <= 3n);
/** `memref.assume_alignment`'s alignment: a positive `i32`. */
export const positiveI32 = confined(i32, "32-bit signless integer attribute whose value is positive", (a) => a.value > 0n);
/** `memref.global`'s type: a memref type attribute. */
export const memrefTypeAttr = typeAttrOf(new Constraint("memref type", (a) => a.kind === BuiltinKind.MemRefType), "memref type attribute");
/** ODS's `IndexListArrayAttr`: reassociation groups `[[0, 1], [2]]`. */
export const indexListArray = stored(new Constraint<ArrayAttr>("Array of 64-bit integer array attributes", (a) => {
  if (a.kind !== BuiltinKind.ArrayAttr) return false;
  for (const g of (a as ArrayAttr).elements) {
    if (g.kind !== BuiltinKind.ArrayAttr) return false;
    for (const e of (g as ArrayAttr).elements) if (!i64.test(e)) return false;
  }
  return true;
}), (a) => a.kind === BuiltinKind.ArrayAttr);
/** A string attribute written as a string literal (`"private"`), never an arbitrary attribute. */
export const stringLiteralFormat: AttrFormat = {
  parseOptional: (p) => {
    const s = p.parseOptionalString();
    return s === null ? null : StringAttr.get(p.context, s);
  },
  parse: (p) => StringAttr.get(p.context, p.parseString()),
  print: (p, a) => p.printString((a as StringAttr).value),
};
/** `false` (`BoolAttr`), the default of `nontemporal`. */
export const falseAttr = (ctx: Context): Attribute => IntegerAttr.bool(ctx, false);

/** `index` for each of `n` operands (variadic index groups the format does not type). */
export const indexTypes = (_earlier: readonly Value[], n: number, ctx: Context): TypeAttribute[] => {
  const t = IndexType.get(ctx);
  const out: TypeAttribute[] = [];
  for (let i = 0; i < n; i++) out.push(t);
  return out;
};

/**
 * ODS's `SameOperandsShape`, with MLIR's compatible-shape rule: a dynamic
 * size matches any size, an unranked operand any shape.
 */
export const SameOperandsShape: Trait = {
  name: "SameOperandsShape",
  flags: 0,
  verify(op) {
    const os = op.operands;
    const first = (os[0]!.value.type as ShapedType).shape;
    for (let i = 1; i < os.length; i++) {
      const s = (os[i]!.value.type as ShapedType).shape;
      if (first === null || s === null) continue;
      if (s.length !== first.length || s.some((d, k) => !compatible(d, first[k]!))) throw opError(op, "requires the same shape for all operands");
    }
  },
};

/** ODS's `SameOperandsElementType`. */
export const SameOperandsElementType: Trait = {
  name: "SameOperandsElementType",
  flags: 0,
  verify(op) {
    const os = op.operands;
    for (let i = 1; i < os.length; i++) {
      if (elementOf(os[i]!.value.type) !== elementOf(os[0]!.value.type)) throw opError(op, "requires the same element type for all operands");
    }
  },
};

/** The (ranked) memref type of operand `i` of `op`. */
export function memrefOfOp(op: Operation, i = 0): MemRefType {
  return op.operands[i]!.value.type as MemRefType;
}

/** The element type of a shaped type. */
export function elementOf(t: TypeAttribute): TypeAttribute {
  return (t as ShapedType).elementType;
}

/** The value of an integer attribute, or null for anything else. */
export function intValue(a: Attribute | undefined): bigint | null {
  return a !== undefined && a.kind === BuiltinKind.IntegerAttr ? (a as IntegerAttr).value : null;
}

/**
 * Moves the inherent attributes of a parsed attr-dict (`{nontemporal = true}`)
 * into the properties, checking their constraints on the spot as MLIR's
 * parser does (the error is at `at`, the dictionary).
 */
export function splitInherent(
  p: OpAsmParser,
  state: ParsedOperationState,
  d: DictionaryAttr | null,
  inherent: Readonly<Record<string, Constraint>>,
  opName: string,
  at: number,
): DictionaryAttr | null {
  if (d === null) return null;
  const pn: string[] = [];
  const pv: Attribute[] = [];
  const rn: string[] = [];
  const rv: Attribute[] = [];
  for (let i = 0; i < d.names.length; i++) {
    const n = d.names[i]!;
    const v = d.values[i]!;
    const c = Object.hasOwn(inherent, n) ? inherent[n]! : undefined;
    if (c === undefined) {
      rn.push(n), rv.push(v);
      continue;
    }
    if (!c.test(v)) p.emitError(`'${opName}' op attribute '${n}' failed to satisfy constraint: ${c.summary}`, at);
    pn.push(n), pv.push(v);
  }
  if (pn.length > 0) state.properties = DictionaryAttr.fromParallel(p.context, pn, pv, pn.length);
  return rn.length === 0 ? null : DictionaryAttr.fromParallel(p.context, rn, rv, rn.length);
}
