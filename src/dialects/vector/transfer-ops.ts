import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { opError } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import { affineMapAttr, anyShaped, anyType, anyVector, i1, index, tensorOf, vectorOf } from "../../irdl/constraint.js";
import { optional, type OpDef, segmentSizesAttr, variadic } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { printAttribute, printType } from "../../print/attribute-printer.js";
import { Operation } from "../../ir/operation.js";
import { type AffineConstantExpr, AffineExpr, AffineExprKind, type AffineDimExpr } from "../builtin/affine/affine-expr.js";
import { AffineMap } from "../builtin/affine/affine-map.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { VectorType } from "../builtin/types/vector-type.js";
import { boolValues } from "../common/dynamic-index-list.js";
import { bitWidth, boolArrayAttr, elementOf, isVector, rankOf, splitAttrs } from "./utils.js";

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
