import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { opError } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import {
  affineMapAttr,
  anyFloat,
  anyOf,
  anySignlessInteger,
  anyShaped,
  anyType,
  anyVector,
  arrayOf,
  boolAttr,
  i1,
  i64Attr,
  index,
  memrefOf,
  strAttr,
  tensorOf,
  typeVar,
  vectorOf,
} from "../../irdl/constraint.js";
import { AllTypesMatch, defaultProp, defineOp, optional, optionalProp, type OpDef, quoted, region, segmentSizesAttr, variadic } from "../../irdl/op-def.js";
import { printAttribute, printType } from "../../print/attribute-printer.js";
import { Elementwise, HasParent, Pure, RecursiveMemoryEffects, ReturnLike, Terminator } from "../../irdl/traits.js";
import { Block } from "../../ir/block.js";
import { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import { type AffineConstantExpr, AffineExpr, AffineExprKind, type AffineDimExpr } from "../builtin/affine/affine-expr.js";
import { AffineMap } from "../builtin/affine/affine-map.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import type { ShapedType } from "../builtin/types/shaped-type.js";
import { VectorType } from "../builtin/types/vector-type.js";
import { FastMathFlagsAttr } from "../arith/attributes.js";
import { boolValues, denseI64ArrayList, DynamicIndexList, i64ArrayValues, indexTypes } from "../tensor/dynamic-index-list.js";
import { CombiningKindAttr, IteratorTypeAttr, PrintPunctuationAttr } from "./attributes.js";
import { StringAttr } from "../builtin/attributes/string-attr.js";

const dynamicIndexList = { DynamicIndexList };
const shapeOf = (t: TypeAttribute): readonly number[] => (t as ShapedType).shape ?? [];
const elementOf = (t: TypeAttribute): TypeAttribute => (t as ShapedType).elementType;
const rankOf = (t: TypeAttribute): number => shapeOf(t).length;
const indexOperands = (...names: string[]) => Object.fromEntries(names.map((n) => [n, indexTypes]));
const isVector = (t: Attribute): boolean => t.kind === BuiltinKind.VectorType;

/** `I64ArrayAttr`: `[1, 2]` of `i64` integer attributes. */
const i64ArrayAttr = arrayOf(i64Attr, "64-bit integer array attribute");
/** `BoolArrayAttr`: `[true, false]`. */
const boolArrayAttr = arrayOf(boolAttr, "1-bit boolean array attribute");
const fastmath = defaultProp(FastMathFlagsAttr.constraint, (ctx) => FastMathFlagsAttr.get(ctx, 0));

function intArrayValues(a: Attribute | undefined): number[] {
  const els = (a as ArrayAttr | undefined)?.elements ?? [];
  return els.map((e) => (e as IntegerAttr).number);
}

// ---- Broadcast, extract, insert ----------------------------------------------------------------

/** `vector.broadcast %f : f32 to vector<4xf32>`. */
export class BroadcastOp extends defineOp({
  name: "vector.broadcast",
  operands: { source: anyType },
  results: { vector: anyVector },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type($vector)",
  verify(op) {
    const src = op.operands[0]!.value.type;
    const dst = op.results[0]!.type;
    if (!isVector(src)) {
      if (src !== elementOf(dst)) throw opError(op, `source type is not a vector`);
      return;
    }
    const s = shapeOf(src);
    const d = shapeOf(dst);
    if (s.length > d.length) throw opError(op, "source rank higher than destination rank");
    const lead = d.length - s.length;
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== 1 && s[i] !== d[lead + i]) {
        throw opError(op, `dimension mismatch (${s[i]} vs. ${d[lead + i]})`);
      }
    }
  },
}) {}

function verifyPosition(op: Operation, def: OpDef, vector: TypeAttribute, what: string, suffix: string): void {
  const pos = i64ArrayValues(def.prop(op, "static_position"));
  const shape = shapeOf(vector);
  for (let i = 0; i < pos.length; i++) {
    const p = pos[i]!;
    if (p === Number.MIN_SAFE_INTEGER || p === -1) continue;
    if (p < 0 || p >= shape[i]!) {
      throw opError(op, `expected position attribute #${i + 1} to be a non-negative integer smaller than the corresponding ${what} dimension${suffix}`);
    }
  }
}

/** The type `vector.extract` gives for `n` positions into `source` (MLIR's `inferReturnTypes`). */
function extractedType(ctx: Context, source: VectorType, n: number): TypeAttribute {
  if (n >= source.shape.length) return source.elementType;
  const scalable = source.scalableDims.slice(n);
  return VectorType.get(ctx, source.shape.slice(n), source.elementType, scalable.some((b) => b) ? scalable : undefined);
}

/** MLIR's `ExtractOp::isCompatibleReturnTypes`: `vector<1xT>` may stand for `T`. */
function compatibleExtract(a: TypeAttribute, b: TypeAttribute): boolean {
  if (a === b) return true;
  const one = (t: TypeAttribute) => isVector(t) && (t as VectorType).shape.reduce((x, y) => x * y, 1) === 1;
  const el = (t: TypeAttribute) => (isVector(t) ? (t as VectorType).elementType : t);
  return (one(a) || one(b)) && (one(a) || !isVector(a)) && (one(b) || !isVector(b)) && el(a) === el(b);
}

/** `vector.extract %v[0, %i] : f32 from vector<4x8xf32>`. */
export class ExtractOp extends defineOp({
  name: "vector.extract",
  operands: { source: anyVector, dynamic_position: variadic(index) },
  results: { result: anyType },
  properties: { static_position: denseI64ArrayList },
  traits: [Pure],
  format: "$source `` custom<DynamicIndexList>($dynamic_position, $static_position) attr-dict `:` type($result) `from` type($source)",
  customDirectives: dynamicIndexList,
  inferOperandTypes: indexOperands("dynamic_position"),
  verify(op) {
    const source = op.operands[0]!.value.type as VectorType;
    const pos = i64ArrayValues(ExtractOp.def.prop(op, "static_position"));
    if (pos.length > source.shape.length) throw opError(op, "expected position attribute of rank no greater than vector rank");
    const inferred = extractedType(op.context, source, pos.length);
    const result = op.results[0]!.type;
    if (!compatibleExtract(inferred, result)) {
      throw opError(op, `inferred type(s) ${quoted(inferred)} are incompatible with return type(s) of operation ${quoted(result)}`);
    }
    verifyPosition(op, ExtractOp.def, source, "vector", " or poison (-1)");
  },
}) {}

/** `vector.insert %f, %v[1, %i] : f32 into vector<4x8xf32>`. */
export class InsertOp extends defineOp({
  name: "vector.insert",
  operands: { valueToStore: anyType, dest: anyVector, dynamic_position: variadic(index) },
  results: { result: anyVector },
  properties: { static_position: denseI64ArrayList },
  traits: [Pure, AllTypesMatch("dest", "result")],
  format: "$valueToStore `,` $dest custom<DynamicIndexList>($dynamic_position, $static_position) attr-dict `:` type($valueToStore) `into` type($dest)",
  customDirectives: dynamicIndexList,
  inferOperandTypes: indexOperands("dynamic_position"),
  verify(op) {
    const dest = op.operands[1]!.value.type as VectorType;
    const value = op.operands[0]!.value.type;
    const pos = i64ArrayValues(InsertOp.def.prop(op, "static_position"));
    if (pos.length > dest.shape.length) throw opError(op, "expected position attribute of rank no greater than dest vector rank");
    if (isVector(value)) {
      if (pos.length + rankOf(value) !== dest.shape.length) throw opError(op, "expected position attribute rank + source rank to match dest vector rank");
    } else if (pos.length !== dest.shape.length) {
      throw opError(op, "expected position attribute rank to match the dest vector rank");
    }
    verifyPosition(op, InsertOp.def, dest, "dest vector", "");
  },
}) {}

/** `vector.extract_strided_slice %v {offsets = [0], sizes = [2], strides = [1]} : vector<4xf32> to vector<2xf32>`. */
export class ExtractStridedSliceOp extends defineOp({
  name: "vector.extract_strided_slice",
  operands: { source: anyVector },
  results: { result: anyVector },
  properties: { offsets: i64ArrayAttr, sizes: i64ArrayAttr, strides: i64ArrayAttr },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type(results)",
  verify(op) {
    const rank = rankOf(op.operands[0]!.value.type);
    const def = ExtractStridedSliceOp.def;
    for (const n of ["offsets", "sizes", "strides"]) {
      if (intArrayValues(def.prop(op, n)).length > rank) throw opError(op, `expected ${n} attribute of rank no greater than vector rank`);
    }
  },
}) {}

/** `vector.insert_strided_slice %s, %v {offsets = [2], strides = [1]} : vector<2xf32> into vector<4xf32>`. */
export class InsertStridedSliceOp extends defineOp({
  name: "vector.insert_strided_slice",
  operands: { valueToStore: anyVector, dest: anyVector },
  results: { result: anyVector },
  properties: { offsets: i64ArrayAttr, strides: i64ArrayAttr },
  traits: [Pure, AllTypesMatch("dest", "result")],
  format: "$valueToStore `,` $dest attr-dict `:` type($valueToStore) `into` type($dest)",
  verify(op) {
    const def = InsertStridedSliceOp.def;
    const src = rankOf(op.operands[0]!.value.type);
    const dst = rankOf(op.operands[1]!.value.type);
    if (intArrayValues(def.prop(op, "offsets")).length !== dst) throw opError(op, "expected offsets of same size as destination vector rank");
    if (intArrayValues(def.prop(op, "strides")).length !== src) throw opError(op, "expected strides of same size as source vector rank");
    if (src > dst) throw opError(op, "expected source rank to be no greater than destination rank");
  },
}) {}

// ---- Shape ----------------------------------------------------------------------------------

/** `vector.shape_cast %v : vector<4x8xf32> to vector<32xf32>`. */
export class ShapeCastOp extends defineOp({
  name: "vector.shape_cast",
  operands: { source: anyVector },
  results: { result: anyVector },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type($result)",
  verify(op) {
    const a = op.operands[0]!.value.type as VectorType;
    const b = op.results[0]!.type as VectorType;
    if (a.elementType !== b.elementType) throw opError(op, "has different source and result element types");
    const n = (t: VectorType) => t.shape.reduce((x, y) => x * y, 1);
    if (n(a) !== n(b)) throw opError(op, `has different number of elements at source (${n(a)}) and result (${n(b)})`);
  },
}) {}

/** `vector.transpose %v, [1, 0] : vector<4x8xf32> to vector<8x4xf32>`. */
export class TransposeOp extends defineOp({
  name: "vector.transpose",
  operands: { vector: anyVector },
  results: { result: anyVector },
  properties: { permutation: denseI64ArrayList },
  traits: [Pure],
  format: "$vector `,` $permutation attr-dict `:` type($vector) `to` type($result)",
  verify(op) {
    const perm = i64ArrayValues(TransposeOp.def.prop(op, "permutation"));
    const src = shapeOf(op.operands[0]!.value.type);
    const dst = shapeOf(op.results[0]!.type);
    if (src.length !== dst.length) throw opError(op, "vector result rank mismatch: " + dst.length);
    if (perm.length !== src.length) throw opError(op, "transposition length mismatch: " + perm.length);
    const seen = new Set<number>();
    for (let i = 0; i < perm.length; i++) {
      const p = perm[i]!;
      if (p < 0 || p >= src.length) throw opError(op, "transposition index out of range: " + p);
      if (seen.has(p)) throw opError(op, "duplicate position index: " + p);
      seen.add(p);
      if (dst[i] !== src[p]) throw opError(op, "dimension size mismatch at: " + p);
    }
  },
}) {}

// ---- Arithmetic -----------------------------------------------------------------------------

/** `vector.reduction <add>, %v : vector<4xf32> into f32`. */
export class ReductionOp extends defineOp({
  name: "vector.reduction",
  operands: { vector: anyVector, acc: optional(anyType) },
  results: { dest: anyType },
  properties: { kind: CombiningKindAttr.constraint, fastmath },
  traits: [Pure],
  format: "$kind `,` $vector (`,` $acc^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($vector) `into` type($dest)",
  inferOperandTypes: { acc: (_e, count, _ctx, results) => new Array<TypeAttribute>(count).fill(results[0]!) },
  verify(op) {
    const v = op.operands[0]!.value.type as VectorType;
    if (v.shape.length > 1) throw opError(op, `unsupported reduction rank: ${v.shape.length}`);
    if (op.results[0]!.type !== v.elementType) throw opError(op, `failed to verify that source operand and result have same element type`);
  },
}) {}

const fmaType = typeVar("T", vectorOf(anyFloat));

/** `vector.fma %a, %b, %c : vector<4xf32>`: fused multiply-add. */
export class FMAOp extends defineOp({
  name: "vector.fma",
  operands: { lhs: fmaType, rhs: fmaType, acc: fmaType },
  results: { result: fmaType },
  traits: [Pure, Elementwise],
  format: "$lhs `,` $rhs `,` $acc attr-dict `:` type($lhs)",
}) {}

// ---- Memory ---------------------------------------------------------------------------------

const baseMemref = memrefOf();
const loadProps = { nontemporal: optionalProp(boolAttr), alignment: optionalProp(i64Attr) };

function verifyIndices(op: Operation, base: TypeAttribute, count: number): void {
  if (count !== rankOf(base)) throw opError(op, "requires " + rankOf(base) + " indices");
}

/** `vector.load %m[%i] : memref<?xf32>, vector<4xf32>`. */
export class LoadOp extends defineOp({
  name: "vector.load",
  operands: { base: baseMemref, indices: variadic(index) },
  results: { result: anyVector },
  properties: loadProps,
  format: "$base `[` $indices `]` attr-dict `:` type($base) `,` type($result)",
  inferOperandTypes: indexOperands("indices"),
  verify(op) {
    verifyIndices(op, op.operands[0]!.value.type, op.operands.length - 1);
  },
}) {}

/** `vector.store %v, %m[%i] : memref<?xf32>, vector<4xf32>`. */
export class StoreOp extends defineOp({
  name: "vector.store",
  operands: { valueToStore: anyVector, base: baseMemref, indices: variadic(index) },
  properties: loadProps,
  format: "$valueToStore `,` $base `[` $indices `]` attr-dict `:` type($base) `,` type($valueToStore)",
  inferOperandTypes: indexOperands("indices"),
  verify(op) {
    verifyIndices(op, op.operands[1]!.value.type, op.operands.length - 2);
  },
}) {}

/** `vector.maskedload %m[%i], %mask, %pass : memref<?xf32>, vector<4xi1>, vector<4xf32> into vector<4xf32>`. */
export class MaskedLoadOp extends defineOp({
  name: "vector.maskedload",
  operands: { base: baseMemref, indices: variadic(index), mask: vectorOf(i1), pass_thru: anyVector },
  results: { result: anyVector },
  properties: { alignment: optionalProp(i64Attr) },
  format: "$base `[` $indices `]` `,` $mask `,` $pass_thru attr-dict `:` type($base) `,` type($mask) `,` type($pass_thru) `into` type($result)",
  inferOperandTypes: indexOperands("indices"),
  verify(op) {
    const n = op.operands.length;
    verifyIndices(op, op.operands[0]!.value.type, n - 3);
    if (op.operands[n - 1]!.value.type !== op.results[0]!.type) throw opError(op, "expected pass_thru of same type as result type");
  },
}) {}

/** `vector.maskedstore %m[%i], %mask, %v : memref<?xf32>, vector<4xi1>, vector<4xf32>`. */
export class MaskedStoreOp extends defineOp({
  name: "vector.maskedstore",
  operands: { base: baseMemref, indices: variadic(index), mask: vectorOf(i1), valueToStore: anyVector },
  properties: { alignment: optionalProp(i64Attr) },
  format: "$base `[` $indices `]` `,` $mask `,` $valueToStore attr-dict `:` type($base) `,` type($mask) `,` type($valueToStore)",
  inferOperandTypes: indexOperands("indices"),
  verify(op) {
    verifyIndices(op, op.operands[0]!.value.type, op.operands.length - 3);
  },
}) {}

// ---- Transfers ------------------------------------------------------------------------------

/** The permutation map a transfer of `vector` from `source` uses by default (minor identity). */
export function minorIdentityMap(ctx: Context, source: TypeAttribute, vector: TypeAttribute): AffineMap {
  const n = rankOf(source);
  const el = elementOf(source);
  const r = rankOf(vector) - (isVector(el) ? rankOf(el) : 0);
  const results: AffineExpr[] = [];
  for (let i = n - r; i < n; i++) results.push(AffineExpr.dim(ctx, i));
  return AffineMap.get(ctx, n, 0, results);
}

/** The mask type of a transfer (MLIR's `inferTransferOpMaskType`): the vector shape seen through the inverse permutation. */
export function transferMaskType(ctx: Context, vector: VectorType, map: AffineMap): VectorType {
  const pairs: [number, number, boolean][] = [];
  map.results.forEach((e, i) => {
    if (e.kind === AffineExprKind.DimId) pairs.push([(e as AffineDimExpr).position, vector.shape[i]!, vector.scalableDims[i] ?? false]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const scalable = pairs.map((p) => p[2]);
  return VectorType.get(
    ctx,
    pairs.map((p) => p[1]),
    IntegerType.get(ctx, 1),
    scalable.some((s) => s) ? scalable : undefined,
  );
}

const transferElided = ["operandSegmentSizes"];

/** The transfer attributes to print: `in_bounds` unless all false, `permutation_map` unless the default. */
function transferAttrs(op: Operation, source: TypeAttribute, vector: TypeAttribute): DictionaryAttr | null {
  const ctx = op.context;
  const props = op.properties as DictionaryAttr | null;
  const names: string[] = [];
  const values: Attribute[] = [];
  if (props !== null) {
    for (let i = 0; i < props.names.length; i++) {
      const n = props.names[i]!;
      const v = props.values[i]!;
      if (transferElided.includes(n)) continue;
      if (n === "in_bounds" && !boolValues(v).some((b) => b)) continue;
      if (n === "permutation_map" && (v as AffineMapAttr).map === minorIdentityMap(ctx, source, vector)) continue;
      names.push(n), values.push(v);
    }
  }
  const attrs = op.attributes;
  if (attrs !== null) for (let i = 0; i < attrs.names.length; i++) names.push(attrs.names[i]!), values.push(attrs.values[i]!);
  return names.length === 0 ? null : DictionaryAttr.fromParallel(ctx, names, values, names.length);
}

/** Splits a parsed attribute dictionary into properties (inherent names) and attributes. */
function splitAttrs(ctx: Context, d: DictionaryAttr | null, inherent: readonly string[]): [Map<string, Attribute>, DictionaryAttr | null] {
  const props = new Map<string, Attribute>();
  if (d === null) return [props, null];
  const rn: string[] = [];
  const rv: Attribute[] = [];
  for (let i = 0; i < d.names.length; i++) {
    const n = d.names[i]!;
    if (inherent.includes(n)) props.set(n, d.values[i]!);
    else rn.push(n), rv.push(d.values[i]!);
  }
  return [props, rn.length === 0 ? null : DictionaryAttr.fromParallel(ctx, rn, rv, rn.length)];
}

function transferProps(
  ctx: Context,
  props: Map<string, Attribute>,
  source: TypeAttribute,
  vector: TypeAttribute,
  segments: readonly number[],
): DictionaryAttr {
  if (!props.has("permutation_map")) props.set("permutation_map", AffineMapAttr.get(ctx, minorIdentityMap(ctx, source, vector)));
  if (!props.has("in_bounds")) {
    const n = (props.get("permutation_map") as AffineMapAttr).map.numResults;
    props.set("in_bounds", ArrayAttr.get(ctx, new Array<Attribute>(n).fill(IntegerAttr.bool(ctx, false))));
  }
  if (!props.has("operandSegmentSizes")) props.set("operandSegmentSizes", segmentSizesAttr(ctx, segments));
  const names = [...props.keys()];
  const values = [...props.values()];
  return DictionaryAttr.fromParallel(ctx, names, values, names.length);
}

function parseIndices(parser: OpAsmParser): UnresolvedOperand[] {
  const out: UnresolvedOperand[] = [];
  parser.parseCommaSeparatedList("[", "]", () => void out.push(parser.parseOperand()));
  return out;
}

/** `vector.transfer_read %m[%i, %j], %pad, %mask {in_bounds = [true]} : memref<?x?xf32>, vector<4xf32>`. */
export class TransferReadOp extends defineOp({
  name: "vector.transfer_read",
  operands: { base: anyShaped, indices: variadic(index), padding: anyType, mask: optional(vectorOf(i1)) },
  results: { vector: anyVector },
  properties: { permutation_map: affineMapAttr, in_bounds: boolArrayAttr },
  parse(parser: OpAsmParser, state: ParsedOperationState) {
    const ctx = parser.context;
    const base = parser.parseOperand();
    const indices = parseIndices(parser);
    parser.parsePunctuation(",");
    const padding = parser.parseOperand();
    const mask = parser.parseOptionalPunctuation(",") ? parser.parseOperand() : null;
    const [props, attrs] = splitAttrs(ctx, parser.parseOptionalAttrDict(), TransferReadOp.def.inherentAttrs);
    const typesAt = parser.currentOffset();
    parser.parsePunctuation(":");
    const types = parser.parseTypeList();
    if (types.length !== 2) parser.emitError("requires two types");
    const [st, vt] = types as [TypeAttribute, TypeAttribute];
    if (st.kind !== BuiltinKind.MemRefType && st.kind !== BuiltinKind.RankedTensorType) parser.emitError("requires memref or ranked tensor type", typesAt);
    if (!isVector(vt)) parser.emitError("requires vector type", typesAt);
    const properties = transferProps(ctx, props, st, vt, [1, indices.length, 1, mask === null ? 0 : 1]);
    const idx = IndexType.get(ctx);
    state.operands = [parser.resolveOperand(base, st), ...indices.map((i) => parser.resolveOperand(i, idx)), parser.resolveOperand(padding, elementOf(st))];
    if (mask !== null) {
      const map = (properties.get("permutation_map") as AffineMapAttr).map;
      state.operands.push(parser.resolveOperand(mask, transferMaskType(ctx, vt as VectorType, map)));
    }
    state.properties = properties;
    state.attributes = attrs;
    state.resultTypes = [vt];
  },
  print(p: OpAsmPrinter, op: Operation) {
    const os = op.operands.map((o) => o.value);
    const [, n] = TransferReadOp.def.operandRange(op, 1);
    const source = os[0]!.type;
    const vector = op.results[0]!.type;
    p.write(" ");
    p.printOperand(os[0]!);
    p.write("[");
    p.printOperands(os.slice(1, 1 + n));
    p.write("], ");
    p.printOperands(os.slice(1 + n));
    p.printOptionalAttrDict(transferAttrs(op, source, vector));
    p.write(" : ");
    p.printType(source);
    p.write(", ");
    p.printType(vector);
  },
  verify: (op) => verifyTransfer(op, TransferReadOp.def, op.operands[0]!.value.type, op.results[0]!.type),
}) {}

/** `vector.transfer_write %v, %m[%i], %mask {in_bounds = [true]} : vector<4xf32>, memref<?xf32>`. */
export class TransferWriteOp extends defineOp({
  name: "vector.transfer_write",
  operands: { valueToStore: anyVector, base: anyShaped, indices: variadic(index), mask: optional(vectorOf(i1)) },
  results: { result: optional(tensorOf()) },
  properties: { permutation_map: affineMapAttr, in_bounds: boolArrayAttr },
  parse(parser: OpAsmParser, state: ParsedOperationState) {
    const ctx = parser.context;
    const value = parser.parseOperand();
    parser.parsePunctuation(",");
    const base = parser.parseOperand();
    const indices = parseIndices(parser);
    const mask = parser.parseOptionalPunctuation(",") ? parser.parseOperand() : null;
    const [props, attrs] = splitAttrs(ctx, parser.parseOptionalAttrDict(), TransferWriteOp.def.inherentAttrs);
    parser.parsePunctuation(":");
    const types = parser.parseTypeList();
    if (types.length !== 2) parser.emitError("requires two types");
    const [vt, st] = types as [TypeAttribute, TypeAttribute];
    const properties = transferProps(ctx, props, st, vt, [1, 1, indices.length, mask === null ? 0 : 1]);
    const idx = IndexType.get(ctx);
    state.operands = [parser.resolveOperand(value, vt), parser.resolveOperand(base, st), ...indices.map((i) => parser.resolveOperand(i, idx))];
    if (mask !== null) {
      const map = (properties.get("permutation_map") as AffineMapAttr).map;
      state.operands.push(parser.resolveOperand(mask, transferMaskType(ctx, vt as VectorType, map)));
    }
    state.properties = properties;
    state.attributes = attrs;
    state.resultTypes = st.kind === BuiltinKind.RankedTensorType ? [st] : [];
  },
  print(p: OpAsmPrinter, op: Operation) {
    const os = op.operands.map((o) => o.value);
    const [, n] = TransferWriteOp.def.operandRange(op, 2);
    const vector = os[0]!.type;
    const source = os[1]!.type;
    p.write(" ");
    p.printOperand(os[0]!);
    p.write(", ");
    p.printOperand(os[1]!);
    p.write("[");
    p.printOperands(os.slice(2, 2 + n));
    p.write("]");
    if (os.length > 2 + n) {
      p.write(", ");
      p.printOperand(os[2 + n]!);
    }
    p.printOptionalAttrDict(transferAttrs(op, source, vector));
    p.write(" : ");
    p.printType(vector);
    p.write(", ");
    p.printType(source);
  },
  verify: (op) => verifyTransfer(op, TransferWriteOp.def, op.operands[1]!.value.type, op.operands[0]!.value.type),
}) {}

/** Bits of a scalar type (`index` counts 64, as in MLIR's default data layout). */
function bitWidth(t: TypeAttribute): number {
  if (t.kind === BuiltinKind.IndexType) return 64;
  return (t as unknown as { width?: number }).width ?? 0;
}

const projectedPermutation = "requires a projected permutation_map (at most one dim or the zero constant can appear in each result)";

/** MLIR's `verifyTransferOp` and `verifyPermutationMap`, in their order and with their messages. */
function verifyTransfer(op: Operation, def: OpDef, source: TypeAttribute, vector: TypeAttribute): void {
  const isRead = def === TransferReadOp.def;
  const [, indices] = def.operandRange(op, isRead ? 1 : 2);
  const [maskStart, maskCount] = def.operandRange(op, 3);
  const mask = maskCount > 0 ? op.operands[maskStart]!.value.type : null;
  if (source.kind !== BuiltinKind.MemRefType && source.kind !== BuiltinKind.RankedTensorType) {
    throw opError(op, "requires source to be a memref or ranked tensor type");
  }
  if (indices !== rankOf(source)) throw opError(op, "requires " + rankOf(source) + " indices");
  const map = (def.prop(op, "permutation_map") as AffineMapAttr).map;
  const v = vector as VectorType;
  const el = elementOf(source);
  if (isVector(el)) {
    const ev = el as VectorType;
    const sourceBits = bitWidth(ev.elementType) * (ev.shape[ev.shape.length - 1] ?? 1);
    const resultBits = bitWidth(v.elementType) * (v.shape[v.shape.length - 1] ?? 1);
    if (resultBits % sourceBits !== 0) {
      throw opError(op, "requires the bitwidth of the minor 1-D vector to be an integral multiple of the bitwidth of the minor 1-D vector of the source");
    }
    if (ev.shape.length > v.shape.length) throw opError(op, "requires source vector element and vector result ranks to match.");
    if (map.numResults !== v.shape.length - ev.shape.length) {
      throw opError(op, "requires a permutation_map with result dims of the same rank as the vector type");
    }
    if (mask !== null) throw opError(op, "does not support masks with vector element type");
  } else {
    const resultBits = bitWidth(v.elementType) * (v.shape.length === 0 ? 1 : v.shape[v.shape.length - 1]!);
    if (resultBits % bitWidth(el) !== 0) {
      throw opError(op, "requires the bitwidth of the minor 1-D vector to be an integral multiple of the bitwidth of the source element type");
    }
    if (map.numResults !== v.shape.length) throw opError(op, "requires a permutation_map with result dims of the same rank as the vector type");
    if (mask !== null && mask !== transferMaskType(op.context, v, map)) {
      throw opError(op, `expects mask type consistent with permutation map: ${printType(mask)}`);
    }
  }
  if (map.numSymbols !== 0) throw opError(op, "requires permutation_map without symbols");
  if (map.numDims !== rankOf(source)) throw opError(op, "requires a permutation_map with input dims of the same rank as the source type");
  const inBounds = boolValues(def.prop(op, "in_bounds")).length;
  if (inBounds !== map.numResults) {
    throw opError(
      op,
      `expects the in_bounds attr of same rank as permutation_map results: ${printAttribute(AffineMapAttr.get(op.context, map))} vs inBounds of size: ${inBounds}`,
    );
  }
  const seen = new Set<number>();
  for (const e of map.results) {
    if (e.kind === AffineExprKind.Constant) {
      if ((e as AffineConstantExpr).value !== 0n) throw opError(op, projectedPermutation);
      continue;
    }
    if (e.kind !== AffineExprKind.DimId) throw opError(op, projectedPermutation);
    const d = (e as AffineDimExpr).position;
    if (seen.has(d)) throw opError(op, "requires a permutation_map that is a permutation (found one dim used more than once)");
    seen.add(d);
  }
}

// ---- Contraction ----------------------------------------------------------------------------

const contractTraitAttrs = ["indexing_maps", "iterator_types", "kind"];

/**
 * `vector.contract {indexing_maps = [...], iterator_types = ["parallel", ...], kind = #vector.kind<add>}
 * %a, %b, %acc : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>`.
 */
export class ContractionOp extends defineOp({
  name: "vector.contract",
  operands: { lhs: anyVector, rhs: anyVector, acc: anyType },
  results: { result: anyType },
  properties: {
    indexing_maps: arrayOf(affineMapAttr, "AffineMap array attribute"),
    iterator_types: arrayOf(IteratorTypeAttr.constraint, "Iterator type should be an enum."),
    kind: defaultProp(CombiningKindAttr.constraint, (ctx) => CombiningKindAttr.get(ctx, 1)),
  },
  traits: [Pure],
  parse(parser, state) {
    const ctx = parser.context;
    const at = parser.currentOffset();
    const d = parser.parseAttribute();
    if (d.kind !== BuiltinKind.DictionaryAttr) parser.emitError("expected a dictionary of contraction attributes", at);
    const dict = d as DictionaryAttr;
    const props = new Map<string, Attribute>();
    const leading: [string, Attribute][] = [];
    for (let i = 0; i < dict.names.length; i++) {
      const n = dict.names[i]!;
      let v = dict.values[i]!;
      if (!ContractionOp.def.inherentAttrs.includes(n)) {
        leading.push([n, v]);
        continue;
      }
      if (n === "iterator_types" && v.kind === BuiltinKind.ArrayAttr) {
        v = ArrayAttr.get(
          ctx,
          (v as ArrayAttr).elements.map((e) => (e.kind === BuiltinKind.StringAttr ? IteratorTypeAttr.get(ctx, (e as StringAttr).value) : e)),
        );
      }
      props.set(n, v);
    }
    if (!props.has("kind")) props.set("kind", CombiningKindAttr.get(ctx, 1));
    const lhs = parser.parseOperand();
    parser.parsePunctuation(",");
    const rhs = parser.parseOperand();
    parser.parsePunctuation(",");
    const acc = parser.parseOperand();
    const [extra, trailing] = splitAttrs(ctx, parser.parseOptionalAttrDict(), ContractionOp.def.inherentAttrs);
    for (const [k, v] of extra) props.set(k, v);
    let attrs = trailing;
    for (const [k, v] of leading) attrs = DictionaryAttr.with(ctx, attrs, k, v);
    parser.parsePunctuation(":");
    const lt = parser.parseType();
    parser.parsePunctuation(",");
    const rt = parser.parseType();
    parser.parseKeyword("into");
    const resT = parser.parseType();
    state.operands = [parser.resolveOperand(lhs, lt), parser.resolveOperand(rhs, rt), parser.resolveOperand(acc, resT)];
    state.properties = DictionaryAttr.fromParallel(ctx, [...props.keys()], [...props.values()], props.size);
    state.attributes = attrs;
    state.resultTypes = [resT];
  },
  print(p, op) {
    const ctx = op.context;
    const def = ContractionOp.def;
    const names: string[] = [];
    const values: Attribute[] = [];
    for (const n of contractTraitAttrs) {
      let v = def.prop(op, n);
      if (v === undefined) continue;
      if (n === "iterator_types") {
        v = ArrayAttr.get(
          ctx,
          (v as ArrayAttr).elements.map((e) => StringAttr.get(ctx, (e as unknown as { caseName: string }).caseName)),
        );
      }
      names.push(n), values.push(v);
    }
    p.write(" ");
    p.printAttribute(DictionaryAttr.fromParallel(ctx, names, values, names.length));
    p.write(" ");
    p.printOperands(op.operands.map((o) => o.value));
    p.printOptionalAttrDict(op.attributes);
    p.write(" : ");
    p.printType(op.operands[0]!.value.type);
    p.write(", ");
    p.printType(op.operands[1]!.value.type);
    p.write(" into ");
    p.printType(op.results[0]!.type);
  },
  verify(op) {
    const maps = (ContractionOp.def.prop(op, "indexing_maps") as ArrayAttr).elements;
    if (maps.length !== 3) throw opError(op, "expected an indexing map for each vector operand");
    const iters = (ContractionOp.def.prop(op, "iterator_types") as ArrayAttr).elements.length;
    for (const m of maps) {
      if ((m as AffineMapAttr).map.numDims !== iters) throw opError(op, "expected indexing map 0 to have " + iters + " number of inputs");
    }
    if (op.results[0]!.type !== op.operands[2]!.value.type) throw opError(op, "failed to verify that result type matches accumulator type");
  },
}) {}

// ---- Shuffles, gathers, outer products --------------------------------------------------------

/** `vector.shuffle %a, %b [0, 3] : vector<2xf32>, vector<2xf32>`: picks elements (or leading slices) of two vectors. */
export class ShuffleOp extends defineOp({
  name: "vector.shuffle",
  operands: { v1: anyVector, v2: anyVector },
  results: { vector: anyVector },
  properties: { mask: denseI64ArrayList },
  traits: [Pure],
  format: "operands $mask attr-dict `:` type(operands)",
  inferResultTypes(ctx, operands, props) {
    if (operands.length < 1 || props === null) return null;
    const v1 = operands[0]!.type as VectorType;
    const n = i64ArrayValues(props.get("mask")).length;
    const tail = v1.shape.length === 0 ? [] : v1.shape.slice(1);
    const scalable = v1.scalableDims.length === 0 ? [] : [false, ...v1.scalableDims.slice(1)];
    return [VectorType.get(ctx, [n, ...tail], v1.elementType, scalable.some((b) => b) ? scalable : undefined)];
  },
  verify(op) {
    const v1 = op.operands[0]!.value.type as VectorType;
    const v2 = op.operands[1]!.value.type as VectorType;
    const res = op.results[0]!.type as VectorType;
    if (v1.elementType !== res.elementType) throw opError(op, "failed to verify that first operand v1 and result have same element type");
    if (v2.elementType !== res.elementType) throw opError(op, "failed to verify that second operand v2 and result have same element type");
    const r = res.shape.length;
    const zeroD = v1.shape.length === 0 && v2.shape.length === 0 && r === 1;
    if (!zeroD && (v1.shape.length !== r || v2.shape.length !== r)) throw opError(op, "rank mismatch");
    for (let i = 1; i < v1.shape.length; i++) {
      if (res.shape[i] !== v1.shape[i] || v1.shape[i] !== v2.shape[i]) throw opError(op, "dimension mismatch");
    }
    const mask = i64ArrayValues(ShuffleOp.def.prop(op, "mask"));
    if (mask.length <= 0) throw opError(op, "invalid mask length");
    if (mask.length !== res.shape[0]) throw opError(op, "mask length mismatch");
    const total = (v1.shape[0] ?? 1) + (v2.shape[0] ?? 1);
    for (let i = 0; i < mask.length; i++) {
      if (mask[i]! < -1 || mask[i]! >= total) throw opError(op, `mask index #${i + 1} out of range`);
    }
  },
}) {}

const alignment = { alignment: optionalProp(i64Attr) };
const intOrIndexVector = vectorOf(anyOf([anySignlessInteger, index], "integer or index"));

/** `vector.gather %m[%i] [%idx], %mask, %pass : memref<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32> into vector<16xf32>`. */
export class GatherOp extends defineOp({
  name: "vector.gather",
  operands: { base: anyShaped, offsets: variadic(index), indices: intOrIndexVector, mask: vectorOf(i1), pass_thru: anyVector },
  results: { result: anyVector },
  properties: alignment,
  format:
    "$base `[` $offsets `]` `[` $indices `]` `,` $mask `,` $pass_thru attr-dict `:` type($base) `,` type($indices) `,` type($mask) `,` type($pass_thru) `into` type($result)",
  inferOperandTypes: indexOperands("offsets"),
}) {}

/** `vector.scatter %m[%i] [%idx], %mask, %v : memref<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32>`. */
export class ScatterOp extends defineOp({
  name: "vector.scatter",
  operands: { base: anyShaped, offsets: variadic(index), indices: intOrIndexVector, mask: vectorOf(i1), valueToStore: anyVector },
  results: { result: optional(tensorOf()) },
  properties: alignment,
  format:
    "$base `[` $offsets `]` `[` $indices `]` `,` $mask `,` $valueToStore attr-dict `:` type($base) `,` type($indices) `,` type($mask) `,` type($valueToStore) (`->` type($result)^)?",
  inferOperandTypes: indexOperands("offsets"),
}) {}

/** `vector.expandload %m[%i], %mask, %pass : memref<?xf32>, vector<16xi1>, vector<16xf32> into vector<16xf32>`. */
export class ExpandLoadOp extends defineOp({
  name: "vector.expandload",
  operands: { base: baseMemref, indices: variadic(index), mask: vectorOf(i1), pass_thru: anyVector },
  results: { result: anyVector },
  properties: alignment,
  format: "$base `[` $indices `]` `,` $mask `,` $pass_thru attr-dict `:` type($base) `,` type($mask) `,` type($pass_thru) `into` type($result)",
  inferOperandTypes: indexOperands("indices"),
  verify(op) {
    verifyIndices(op, op.operands[0]!.value.type, op.operands.length - 3);
  },
}) {}

/** `vector.compressstore %m[%i], %mask, %v : memref<?xf32>, vector<16xi1>, vector<16xf32>`. */
export class CompressStoreOp extends defineOp({
  name: "vector.compressstore",
  operands: { base: baseMemref, indices: variadic(index), mask: vectorOf(i1), valueToStore: anyVector },
  properties: alignment,
  format: "$base `[` $indices `]` `,` $mask `,` $valueToStore attr-dict `:` type($base) `,` type($mask) `,` type($valueToStore)",
  inferOperandTypes: indexOperands("indices"),
  verify(op) {
    verifyIndices(op, op.operands[0]!.value.type, op.operands.length - 3);
  },
}) {}

/** The result type of `vector.outerproduct %lhs, %rhs`. */
function outerProductType(ctx: Context, lhs: TypeAttribute, rhs: TypeAttribute): TypeAttribute {
  if (!isVector(rhs)) return lhs;
  const l = lhs as VectorType;
  const r = rhs as VectorType;
  const scalable = [l.scalableDims[0] ?? false, r.scalableDims[0] ?? false];
  return VectorType.get(ctx, [l.shape[0]!, r.shape[0]!], l.elementType, scalable.some((b) => b) ? scalable : undefined);
}

/** `vector.outerproduct %a, %b, %acc {kind = #vector.kind<maxnumf>} : vector<4xf32>, vector<8xf32>`. */
export class OuterProductOp extends defineOp({
  name: "vector.outerproduct",
  operands: { lhs: anyType, rhs: anyType, acc: variadic(anyVector) },
  results: { result: anyVector },
  properties: { kind: defaultProp(CombiningKindAttr.constraint, (ctx) => CombiningKindAttr.get(ctx, 1)) },
  traits: [Pure],
  parse(parser, state) {
    const ctx = parser.context;
    const operands: UnresolvedOperand[] = [parser.parseOperand()];
    while (parser.parseOptionalPunctuation(",")) operands.push(parser.parseOperand());
    const [props, attrs] = splitAttrs(ctx, parser.parseOptionalAttrDict(), OuterProductOp.def.inherentAttrs);
    parser.parsePunctuation(":");
    const lt = parser.parseType();
    parser.parsePunctuation(",");
    const rt = parser.parseType();
    if (operands.length < 2) parser.emitError("expected at least 2 operands", parser.nameOffset);
    if (!isVector(lt)) parser.emitError("expected vector type for operand #1", parser.nameOffset);
    const res = outerProductType(ctx, lt, rt);
    const types = [lt, rt, ...operands.slice(2).map(() => res)];
    state.operands = operands.map((o, i) => parser.resolveOperand(o, types[i]!));
    if (!props.has("kind")) props.set("kind", CombiningKindAttr.get(ctx, 1));
    state.properties = DictionaryAttr.fromParallel(ctx, [...props.keys()], [...props.values()], props.size);
    state.attributes = attrs;
    state.resultTypes = [res];
  },
  verify(op) {
    const lhs = op.operands[0]!.value.type as VectorType;
    const rhs = op.operands[1]!.value.type;
    const res = op.results[0]!.type as VectorType;
    if (lhs.shape.length !== 1) throw opError(op, "expected 1-d vector for operand #1");
    if (isVector(rhs)) {
      const r = rhs as VectorType;
      if (r.shape.length !== 1) throw opError(op, "expected 1-d vector for operand #2");
      if (res.shape.length !== 2) throw opError(op, "expected 2-d vector result");
      if (lhs.shape[0] !== res.shape[0]) throw opError(op, "expected #1 operand dim to match result dim #1");
      if (r.shape[0] !== res.shape[1]) throw opError(op, "expected #2 operand dim to match result dim #2");
    } else {
      if (res.shape.length !== 1) throw opError(op, "expected 1-d vector result");
      if (lhs.shape[0] !== res.shape[0]) throw opError(op, "expected #1 operand dim to match result dim #1");
    }
    if (op.operands.length > 2 && op.operands[2]!.value.type !== res) throw opError(op, "expected operand #3 of same type as result type");
  },
  print(p, op) {
    p.write(" ");
    p.printOperands(op.operands.map((o) => o.value));
    const ctx = op.context;
    const kind = OuterProductOp.def.prop(op, "kind");
    let attrs = op.attributes;
    if (kind !== undefined && kind !== CombiningKindAttr.get(ctx, 1)) attrs = DictionaryAttr.with(ctx, attrs, "kind", kind);
    p.printOptionalAttrDict(attrs);
    p.write(" : ");
    p.printType(op.operands[0]!.value.type);
    p.write(", ");
    p.printType(op.operands[1]!.value.type);
  },
}) {}

const interleaveOperand = typeVar("V", anyVector);

/** `vector.interleave %a, %b : vector<4xf32> -> vector<8xf32>`. */
export class InterleaveOp extends defineOp({
  name: "vector.interleave",
  operands: { lhs: interleaveOperand, rhs: interleaveOperand },
  results: { result: anyVector },
  traits: [Pure],
  format: "$lhs `,` $rhs  attr-dict `:` type($lhs) `->` type($result)",
}) {}

const deinterleaveResult = typeVar("R", anyVector);

/** `%a, %b = vector.deinterleave %v : vector<8xf32> -> vector<4xf32>`. */
export class DeinterleaveOp extends defineOp({
  name: "vector.deinterleave",
  operands: { source: anyVector },
  results: { res1: deinterleaveResult, res2: deinterleaveResult },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `->` type($res1)",
  resultName: () => ["res1", "res2"],
}) {}

// ---- Masking --------------------------------------------------------------------------------

/** `vector.yield %v : f32`: ends the region of `vector.mask` (implicit in its custom form). */
export class YieldOp extends defineOp({
  name: "vector.yield",
  operands: { operands: variadic(anyType) },
  traits: [Pure, ReturnLike, Terminator, HasParent("vector.mask")],
  format: "attr-dict ($operands^ `:` type($operands))?",
}) {}

/** Operations `vector.mask` can mask (those of this dialect with MLIR's `MaskableOpInterface`). */
const maskableOps = ["vector.transfer_read", "vector.transfer_write", "vector.reduction", "vector.contract", "vector.gather", "vector.outerproduct"];

/**
 * `%r = vector.mask %m, %pass { vector.transfer_read ... } : vector<16xi1> -> vector<16xf32>`:
 * applies a mask to the single operation in its region.
 */
export class MaskOp extends defineOp({
  name: "vector.mask",
  operands: { mask: vectorOf(i1), passthru: optional(anyType) },
  results: { results: variadic(anyType) },
  regions: { maskRegion: region() },
  traits: [RecursiveMemoryEffects],
  parse(parser, state) {
    const ctx = parser.context;
    const mask = parser.parseOperand();
    const passthru = parser.parseOptionalPunctuation(",") ? parser.parseOperand() : null;
    const r = new Region();
    parser.parseRegion(r);
    if (r.first === null) r.append(new Block());
    const b = r.first!;
    const last = b.last;
    if (last === null || !YieldOp.is(last)) {
      const results = last === null ? [] : last.results.slice();
      b.append(Operation.create(ctx.operationName(YieldOp.opName), { operands: results }));
    }
    state.attributes = parser.parseOptionalAttrDict();
    parser.parsePunctuation(":");
    const maskType = parser.parseType();
    const results = parser.parseOptionalArrowTypeList();
    state.operands = [parser.resolveOperand(mask, maskType)];
    if (passthru !== null) {
      if (results.length === 0) parser.emitError("expects a result if passthru operand is provided");
      state.operands.push(parser.resolveOperand(passthru, results[0]!));
    }
    state.regions = [r];
    state.resultTypes = results;
  },
  verify(op) {
    const b = op.regions[0]!.first;
    if (b === null) return;
    const last = b.last;
    if (last === null || !YieldOp.is(last)) throw opError(op, "expects a terminator within the mask region");
    if (last.operands.length !== op.results.length) throw opError(op, "expects number of results to match mask region yielded values");
    const first = b.first!;
    if (first === last) return;
    if (first.next !== last) throw opError(op, "expects only one operation to mask");
    if (!maskableOps.includes(first.opName)) throw opError(op, "expects a MaskableOpInterface within the mask region");
    if (op.results.length !== first.results.length) throw opError(op, "expects number of results to match maskable operation number of results");
    for (let i = 0; i < op.results.length; i++) {
      if (op.results[i]!.type !== first.results[i]!.type) throw opError(op, "expects result type to match maskable operation result type");
    }
  },
  print(p, op) {
    p.write(" ");
    p.printOperands(op.operands.map((o) => o.value));
    p.write(" { ");
    const b = op.regions[0]!.first;
    if (b !== null && b.first !== null) p.printCustomOrGenericOp(b.first);
    p.write(" }");
    p.printOptionalAttrDict(op.attributes);
    p.write(" : ");
    p.printType(op.operands[0]!.value.type);
    if (op.results.length > 0) {
      p.write(" -> ");
      op.results.forEach((r, i) => {
        if (i > 0) p.write(", ");
        p.printType(r.type);
      });
    }
  },
}) {}

// ---- More reductions, scalable vectors, casts ----------------------------------------------------

const multiReductionAcc = typeVar("Acc", anyType);

/** `vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32>`: reduces along several dimensions. */
export class MultiDimReductionOp extends defineOp({
  name: "vector.multi_reduction",
  operands: { source: anyVector, acc: multiReductionAcc },
  results: { dest: multiReductionAcc },
  properties: { kind: CombiningKindAttr.constraint, reduction_dims: denseI64ArrayList },
  traits: [Pure],
  format: "$kind `,` $source `,` $acc attr-dict $reduction_dims `:` type($source) `to` type($dest)",
  verify(op) {
    const src = shapeOf(op.operands[0]!.value.type);
    const dims = i64ArrayValues(MultiDimReductionOp.def.prop(op, "reduction_dims"));
    const kept = src.filter((_, i) => !dims.includes(i));
    const dest = op.results[0]!.type;
    const expected = kept.length === 0 ? elementOf(op.operands[0]!.value.type) : null;
    if (expected !== null ? dest !== expected : shapeOf(dest).join("x") !== kept.join("x")) {
      throw opError(op, `destination type ${quoted(dest)} is incompatible with source type ${quoted(op.operands[0]!.value.type)}`);
    }
  },
}) {}

/** `%e:4 = vector.to_elements %v : vector<4xf32>`: the elements of a vector. */
export class ToElementsOp extends defineOp({
  name: "vector.to_elements",
  operands: { source: anyVector },
  results: { elements: variadic(anyType) },
  traits: [Pure],
  format: "$source attr-dict `:` type($source)",
  inferResultTypes(_ctx, operands) {
    if (operands.length === 0) return null;
    const v = operands[0]!.type as VectorType;
    return new Array<TypeAttribute>(v.shape.reduce((x, y) => x * y, 1)).fill(v.elementType);
  },
}) {}

/** `vector.scalable.insert %v, %s[0] : vector<4xf32> into vector<[4]xf32>`. */
export class ScalableInsertOp extends defineOp({
  name: "vector.scalable.insert",
  operands: { valueToStore: vectorOf(anyType), dest: anyVector },
  results: { res: anyVector },
  properties: { pos: i64Attr },
  traits: [Pure, AllTypesMatch("dest", "res")],
  format: "$valueToStore `,` $dest `[` $pos `]` attr-dict `:` type($valueToStore) `into` type($dest)",
}) {}

/** `vector.scalable.extract %s[0] : vector<4xf32> from vector<[4]xf32>`. */
export class ScalableExtractOp extends defineOp({
  name: "vector.scalable.extract",
  operands: { source: anyVector },
  results: { res: anyVector },
  properties: { pos: i64Attr },
  traits: [Pure],
  format: "$source `[` $pos `]` attr-dict `:` type($res) `from` type($source)",
}) {}

/** `vector.type_cast %m : memref<8x8xf32> to memref<vector<8x8xf32>>`. */
export class TypeCastOp extends defineOp({
  name: "vector.type_cast",
  operands: { memref: memrefOf() },
  results: { result: memrefOf() },
  traits: [Pure],
  format: "$memref attr-dict `:` type($memref) `to` type($result)",
}) {}

/** `%vscale = vector.vscale`: the runtime multiple of scalable vector sizes. */
export class VectorScaleOp extends defineOp({
  name: "vector.vscale",
  results: { res: index },
  traits: [Pure],
  format: "attr-dict",
  resultName: () => "vscale",
  inferResultTypes: (ctx) => [IndexType.get(ctx)],
}) {}

// ---- Masks ----------------------------------------------------------------------------------

/** `vector.create_mask %a, %b : vector<4x8xi1>`. */
export class CreateMaskOp extends defineOp({
  name: "vector.create_mask",
  operands: { operands: variadic(index) },
  results: { result: vectorOf(i1) },
  traits: [Pure],
  format: "$operands attr-dict `:` type(results)",
  inferOperandTypes: indexOperands("operands"),
  verify(op) {
    const r = rankOf(op.results[0]!.type);
    if (op.operands.length !== r) throw opError(op, "must specify an operand for each result vector dimension");
  },
}) {}

/** `vector.constant_mask [2, 3] : vector<4x8xi1>`. */
export class ConstantMaskOp extends defineOp({
  name: "vector.constant_mask",
  results: { result: vectorOf(i1) },
  properties: { mask_dim_sizes: denseI64ArrayList },
  traits: [Pure],
  format: "$mask_dim_sizes attr-dict `:` type(results)",
  verify(op) {
    const sizes = i64ArrayValues(ConstantMaskOp.def.prop(op, "mask_dim_sizes"));
    const shape = shapeOf(op.results[0]!.type);
    if (shape.length === 0) {
      if (sizes.length !== 1) throw opError(op, "array attr must have length 1 for 0-D vectors");
      if (sizes[0] !== 0 && sizes[0] !== 1) throw opError(op, "mask dim size must be either 0 or 1 for 0-D vectors");
      return;
    }
    if (sizes.length !== shape.length) throw opError(op, "must specify array attr of size equal vector result rank");
    for (let i = 0; i < sizes.length; i++) {
      if (sizes[i]! < 0 || sizes[i]! > shape[i]!) {
        throw opError(op, `array attr of size out of bounds of vector result dimension size`);
      }
    }
  },
}) {}

// ---- Print ----------------------------------------------------------------------------------

/** `vector.print %v : vector<4xf32>`, `vector.print str "hi"`, `vector.print punctuation <comma>`. */
export class PrintOp extends defineOp({
  name: "vector.print",
  operands: { source: optional(anyType) },
  properties: {
    punctuation: defaultProp(PrintPunctuationAttr.constraint, (ctx) => PrintPunctuationAttr.get(ctx, "newline")),
    stringLiteral: optionalProp(strAttr),
  },
  parse(parser, state) {
    const ctx = parser.context;
    const src = parser.parseOptionalOperand();
    let srcType: TypeAttribute | null = null;
    if (src !== null) {
      parser.parsePunctuation(":");
      srcType = parser.parseType();
    }
    const props = new Map<string, Attribute>();
    for (;;) {
      if (!props.has("stringLiteral") && parser.parseOptionalKeyword("str")) {
        const s = parser.parseAttribute();
        props.set("stringLiteral", s);
      } else if (!props.has("punctuation") && parser.parseOptionalKeyword("punctuation")) {
        props.set("punctuation", PrintPunctuationAttr.constraint.format!.parse(parser));
      } else break;
    }
    const [extra, attrs] = splitAttrs(ctx, parser.parseOptionalAttrDict(), PrintOp.def.inherentAttrs);
    for (const [k, v] of extra) props.set(k, v);
    if (!props.has("punctuation")) props.set("punctuation", PrintPunctuationAttr.get(ctx, "newline"));
    state.operands = src === null ? [] : [parser.resolveOperand(src, srcType!)];
    state.properties = DictionaryAttr.fromParallel(ctx, [...props.keys()], [...props.values()], props.size);
    state.attributes = attrs;
    state.resultTypes = [];
  },
  print(p, op) {
    if (op.operands.length > 0) {
      p.write(" ");
      p.printOperand(op.operands[0]!.value);
      p.write(" : ");
      p.printType(op.operands[0]!.value.type);
    }
    const def = PrintOp.def;
    const s = def.prop(op, "stringLiteral");
    if (s !== undefined) {
      p.write(" str ");
      p.printAttribute(s);
    }
    const punct = def.prop(op, "punctuation") as { caseName: string } | undefined;
    if (punct !== undefined && punct.caseName !== "newline") p.write(` punctuation <${punct.caseName}>`);
    p.printOptionalAttrDict(op.attributes);
  },
}) {}

// ---- Other ----------------------------------------------------------------------------------

/** `vector.bitcast %v : vector<4xf32> to vector<8xi16>`. */
export class BitCastOp extends defineOp({
  name: "vector.bitcast",
  operands: { source: anyVector },
  results: { result: anyVector },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type($result)",
  verify(op) {
    const a = op.operands[0]!.value.type as VectorType;
    const b = op.results[0]!.type as VectorType;
    if (a.shape.length !== b.shape.length) throw opError(op, "failed to verify that all of {source, result} have same rank");
  },
}) {}

/** `vector.from_elements %a, %b : vector<2xf32>`. */
export class FromElementsOp extends defineOp({
  name: "vector.from_elements",
  operands: { elements: variadic(anyType) },
  results: { dest: anyVector },
  traits: [Pure],
  format: "$elements attr-dict `:` type($dest)",
  inferOperandTypes: { elements: (_e, count, _ctx, results) => new Array<TypeAttribute>(count).fill(elementOf(results[0]!)) },
  verify(op) {
    const t = op.results[0]!.type as VectorType;
    const n = t.shape.reduce((x, y) => x * y, 1);
    if (op.operands.length !== n || op.operands.some((o) => o.value.type !== t.elementType)) {
      throw opError(op, "failed to verify that shaped type 'dest' matches 'elements' element count and types");
    }
  },
}) {}

/** `vector.step : vector<4xindex>`: the vector `[0, 1, ..., n-1]`. */
export class StepOp extends defineOp({
  name: "vector.step",
  results: { result: vectorOf(index) },
  traits: [Pure],
  format: "attr-dict `:` type($result)",
}) {}

/** Every operation of the dialect. */
export const vectorOps: readonly { readonly def: OpDef }[] = [
  BroadcastOp,
  ExtractOp,
  InsertOp,
  ExtractStridedSliceOp,
  InsertStridedSliceOp,
  ShapeCastOp,
  TransposeOp,
  ReductionOp,
  FMAOp,
  LoadOp,
  StoreOp,
  MaskedLoadOp,
  MaskedStoreOp,
  TransferReadOp,
  TransferWriteOp,
  CreateMaskOp,
  ConstantMaskOp,
  ContractionOp,
  PrintOp,
  BitCastOp,
  FromElementsOp,
  StepOp,
  ShuffleOp,
  GatherOp,
  ScatterOp,
  ExpandLoadOp,
  CompressStoreOp,
  OuterProductOp,
  InterleaveOp,
  DeinterleaveOp,
  MaskOp,
  YieldOp,
  MultiDimReductionOp,
  ToElementsOp,
  ScalableInsertOp,
  ScalableExtractOp,
  TypeCastOp,
  VectorScaleOp,
];
