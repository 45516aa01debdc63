import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { opError } from "../../ir/diagnostic.js";
import type { UnresolvedOperand } from "../../ir/op-asm.js";
import {
  anyFloat,
  anyOf,
  anySignlessInteger,
  anyShaped,
  anyType,
  anyVector,
  boolAttr,
  i1,
  i64Attr,
  index,
  memrefOf,
  shapedOf,
  strAttr,
  tensorOf,
  typeVar,
  vectorOf,
} from "../../irdl/constraint.js";
import { AllTypesMatch, defaultProp, optional, optionalProp, type OpDef, quoted, variadic } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { Elementwise, Pure, type Trait } from "../../irdl/traits.js";
import type { Operation } from "../../ir/operation.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import type { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import type { ShapedType } from "../builtin/types/shaped-type.js";
import { VectorType } from "../builtin/types/vector-type.js";
import { denseI64ArrayList, i64ArrayValues } from "../common/dynamic-index-list.js";
import { combiningKindName, CombiningKindAttr, PrintPunctuationAttr, supportsCombiningKind } from "./attributes.js";
import { bitWidth, dynamicIndexList, elementOf, fastmath, i64ArrayAttr, indexOperands, intArrayValues, isVector, rankOf, shapeOf, splitAttrs } from "./utils.js";
import { TransferReadOp, TransferWriteOp } from "./transfer-ops.js";
import { ContractionOp } from "./contraction-op.js";
import { MaskOp, YieldOp } from "./mask-op.js";

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
    const scalable = (t: VectorType) => t.scalableDims.filter((x) => x).length;
    if (scalable(a) !== scalable(b)) {
      throw opError(op, `has different number of scalable dims at source (${scalable(a)}) and result (${scalable(b)})`);
    }
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
    const kind = (ReductionOp.def.prop(op, "kind") as unknown as { value: number }).value;
    const dest = op.results[0]!.type;
    // MLIR quotes the type twice here ('' around the quoted type).
    if (!supportsCombiningKind(kind, dest)) throw opError(op, `unsupported reduction type '${quoted(dest)}' for kind '${combiningKindName(kind)}'`);
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

/** ODS's `AnyVectorOfNonZeroRank` (its summary is `AnyVectorOfAnyRank`'s). */
const nonZeroRankVector = shapedOf<VectorType>([BuiltinKind.VectorType], "vector", anyType, (rank) => rank > 0);

/**
 * ODS's `PredOpTrait<"... operand and result have same element type",
 * TCresVTEtIsSameAsOpBase<0, i>>`: operand `i` (a scalar stands for
 * itself) has the result's element type.
 */
function sameElementAsResult(i: number, which: string): Trait {
  return {
    name: "PredOpTrait",
    flags: 0,
    verify(op) {
      if (elementOrSelf(op.operands[i]!.value.type) !== elementOrSelf(op.results[0]!.type)) {
        throw opError(op, `failed to verify that ${which} operand and result have same element type`);
      }
    },
  };
}

function elementOrSelf(t: TypeAttribute): TypeAttribute {
  return (t as Partial<ShapedType>).elementType ?? t;
}

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
  operands: { lhs: nonZeroRankVector, rhs: anyType, acc: optional(nonZeroRankVector) },
  results: { result: nonZeroRankVector },
  properties: { kind: defaultProp(CombiningKindAttr.constraint, (ctx) => CombiningKindAttr.get(ctx, 1)) },
  traits: [Pure, sameElementAsResult(0, "lhs"), sameElementAsResult(1, "rhs")],
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
    // MLIR resolves the first three operands only: a fourth is read and dropped.
    const types = [lt, rt, res];
    state.operands = operands.slice(0, 3).map((o, i) => parser.resolveOperand(o, types[i]!));
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
      // What MLIR supports of scalable vectors so far.
      if (lhs.scalableDims[0] === true && r.scalableDims[0] !== true) {
        throw opError(op, "expected either both or only #2 operand dim to be scalable");
      }
    } else {
      if (res.shape.length !== 1) throw opError(op, "expected 1-d vector result");
      if (lhs.shape[0] !== res.shape[0]) throw opError(op, "expected #1 operand dim to match result dim #1");
    }
    if (op.operands.length > 2 && op.operands[2]!.value.type !== res) throw opError(op, "expected operand #3 of same type as result type");
    const kind = (OuterProductOp.def.prop(op, "kind") as unknown as { value: number }).value;
    if (!supportsCombiningKind(kind, res.elementType)) throw opError(op, "unsupported outerproduct type");
  },
  print(p, op) {
    p.write(" ");
    p.printOperands(op.operands.map((o) => o.value));
    // As MLIR's hand-written printer: with an accumulator, every attribute,
    // `kind` too when it is the default `add`; without one, none at all (a
    // `kind` other than `add` and discardable attributes are not printed).
    if (op.operands.length > 2) {
      const kind = OuterProductOp.def.prop(op, "kind");
      let attrs = op.attributes;
      if (kind !== undefined) attrs = DictionaryAttr.with(op.context, attrs, "kind", kind);
      p.printOptionalAttrDict(attrs);
    }
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

const scanSource = typeVar("Source", nonZeroRankVector);
const scanInitial = typeVar("Initial", anyVector);

/**
 * `%d, %acc = vector.scan <add>, %v, %init {inclusive = true, reduction_dim = 0 : i64} : vector<4x8xf32>, vector<8xf32>`:
 * an inclusive or exclusive prefix scan of `source` along one dimension,
 * from `initial_value` (the source's shape without that dimension); also
 * gives the last reduction.
 */
export class ScanOp extends defineOp({
  name: "vector.scan",
  operands: { source: scanSource, initial_value: scanInitial },
  results: { dest: scanSource, accumulated_value: scanInitial },
  properties: { kind: CombiningKindAttr.constraint, reduction_dim: i64Attr, inclusive: boolAttr },
  traits: [Pure],
  format: "$kind `,` $source `,` $initial_value attr-dict `:` type($source) `,` type($initial_value)",
  resultName: () => ["dest", "accumulated_value"],
  verify(op) {
    const source = op.operands[0]!.value.type as VectorType;
    const initial = op.operands[1]!.value.type as VectorType;
    const rank = source.shape.length;
    // A bigint: MLIR compares and prints the full int64 (a negative dimension fails the shape check below).
    const dim = (ScanOp.def.prop(op, "reduction_dim") as IntegerAttr).value;
    if (dim >= BigInt(rank)) throw opError(op, `reduction dimension ${dim} has to be less than ${rank}`);
    if (initial.shape.length !== rank - 1) throw opError(op, `initial value rank ${initial.shape.length} has to be equal to ${rank - 1}`);
    // Static sizes only: scalable flags are not compared.
    const expected = source.shape.filter((_, i) => BigInt(i) !== dim);
    if (expected.length !== initial.shape.length || expected.some((d, i) => d !== initial.shape[i])) {
      throw opError(op, "incompatible input/initial value shapes");
    }
    const kind = (ScanOp.def.prop(op, "kind") as unknown as { value: number }).value;
    const element = (op.results[0]!.type as VectorType).elementType;
    if (!supportsCombiningKind(kind, element)) throw opError(op, `unsupported reduction type ${quoted(element)} for kind '${combiningKindName(kind)}'`);
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
    for (let i = 0; i < a.shape.length - 1; i++) if (a.shape[i] !== b.shape[i]) throw opError(op, `dimension size mismatch at: ${i}`);
    const sourceBits = bitWidth(a.elementType);
    const resultBits = bitWidth(b.elementType);
    if (a.shape.length === 0) {
      if (sourceBits !== resultBits) throw opError(op, "source/result bitwidth of the 0-D vector element types must be equal");
    } else if (sourceBits * a.shape[a.shape.length - 1]! !== resultBits * b.shape[b.shape.length - 1]!) {
      throw opError(op, "source/result bitwidth of the minor 1-D vectors must be equal");
    }
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
  ScanOp,
  ToElementsOp,
  ScalableInsertOp,
  ScalableExtractOp,
  TypeCastOp,
  VectorScaleOp,
];
