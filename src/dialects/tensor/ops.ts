import type { TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { formatOperation, opError, opErrorPlain } from "../../ir/diagnostic.js";
import type { Operation } from "../../ir/operation.js";
import {
  anyFloat,
  anyOf,
  anyRankedTensor,
  anySignlessInteger,
  anySignedInteger,
  anyUnsignedInteger,
  anyTensor,
  anyType,
  arrayOf,
  Constraint,
  denseI64Array,
  i64Attr,
  index,
  rankedTensorOf,
  tensorOf,
  unitAttr,
} from "../../irdl/constraint.js";
import { optionalProp, type OpDef, quoted, region, variadic } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import {
  HasParent,
  NoMemoryEffect,
  Pure,
  RecursiveMemoryEffects,
  ReturnLike,
  SingleBlockImplicitTerminator,
  Terminator,
} from "../../irdl/traits.js";
import type { ArrayAttr } from "../builtin/attributes/array-attr.js";
import type { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { RankedTensorType } from "../builtin/types/tensor-type.js";
import { DYNAMIC, type ShapedType } from "../builtin/types/shaped-type.js";
import { countDynamic, denseI64ArrayList, DynamicIndexList, i64ArrayValues, indexTypes } from "../common/dynamic-index-list.js";

const name = (n: string) => () => n;
const elementOf = (t: TypeAttribute): TypeAttribute => (t as ShapedType).elementType;
const rankOf = (t: TypeAttribute): number => ((t as ShapedType).shape ?? []).length;
const dynamicIndexList = { DynamicIndexList };
const indexOperands = (...names: string[]) => Object.fromEntries(names.map((n) => [n, indexTypes]));

/** `[[0, 1], [2]]`: reassociation indices (ODS's `IndexListArrayAttr`). */
const reassociationAttr = arrayOf(arrayOf(i64Attr, "Array of 64-bit integer attributes"), "Array of 64-bit integer array attributes");

// ---- Element access ------------------------------------------------------------------------

/** `tensor.extract %t[%i, %j] : tensor<4x?xf32>`: reads one element. */
export class ExtractOp extends defineOp({
  name: "tensor.extract",
  operands: { tensor: anyRankedTensor, indices: variadic(index) },
  results: { result: anyType },
  traits: [Pure],
  format: "$tensor `[` $indices `]` attr-dict `:` type($tensor)",
  resultName: name("extracted"),
  inferOperandTypes: indexOperands("indices"),
  inferResultTypes: (_ctx, operands) => (operands.length > 0 ? [elementOf(operands[0]!.type)] : null),
  verify(op) {
    const t = op.operands[0]!.value.type;
    if (op.results[0]!.type !== elementOf(t)) throw opError(op, "failed to verify that result type matches element type of tensor");
    if (op.operands.length - 1 !== rankOf(t)) throw opError(op, "incorrect number of indices for extract_element");
  },
}) {}

/** `tensor.insert %f into %t[%i] : tensor<?xf32>`: a tensor with one element replaced. */
export class InsertOp extends defineOp({
  name: "tensor.insert",
  operands: { scalar: anyType, dest: anyRankedTensor, indices: variadic(index) },
  results: { result: anyRankedTensor },
  traits: [Pure],
  resultName: name("inserted"),
  parse(parser, state) {
    const scalar = parser.parseOperand();
    parser.parseKeyword("into");
    const dest = parser.parseOperand();
    const indices: ReturnType<typeof parser.parseOperand>[] = [];
    parser.parseCommaSeparatedList("[", "]", () => void indices.push(parser.parseOperand()));
    state.attributes = parser.parseOptionalAttrDict();
    parser.parsePunctuation(":");
    const t = parser.parseType();
    const idx = IndexType.get(parser.context);
    state.operands = [
      parser.resolveOperand(scalar, elementOf(t)),
      parser.resolveOperand(dest, t),
      ...indices.map((i) => parser.resolveOperand(i, idx)),
    ];
    state.resultTypes = [t];
  },
  print(p, op) {
    p.write(" ");
    p.printOperand(op.operands[0]!.value);
    p.write(" into ");
    p.printOperand(op.operands[1]!.value);
    p.write("[");
    p.printOperands(op.operands.slice(2).map((o) => o.value));
    p.write("]");
    p.printOptionalAttrDict(op.attributes);
    p.write(" : ");
    p.printType(op.results[0]!.type);
  },
  verify(op) {
    const t = op.operands[1]!.value.type;
    if (op.results[0]!.type !== t) throw opError(op, "failed to verify that result type matches type of dest");
    if (op.operands[0]!.value.type !== elementOf(t)) throw opError(op, "failed to verify that scalar type matches element type of dest");
    if (op.operands.length - 2 !== rankOf(t)) throw opError(op, "incorrect number of indices");
  },
}) {}

// ---- Shape queries -----------------------------------------------------------------------

/** `tensor.dim %t, %i : tensor<?xf32>`: the size of a dimension. */
export class DimOp extends defineOp({
  name: "tensor.dim",
  operands: {
    source: new Constraint<TypeAttribute>("non-0-ranked or unranked tensor", (a) => anyTensor.test(a) && ((a as ShapedType).shape?.length ?? 1) > 0),
    index,
  },
  results: { result: index },
  traits: [NoMemoryEffect],
  format: "attr-dict $source `,` $index `:` type($source)",
  resultName: name("dim"),
  inferOperandTypes: { index: indexTypes },
  inferResultTypes: (ctx) => [IndexType.get(ctx)],
}) {}

/** `tensor.rank %t : tensor<*xf32>`: the rank. */
export class RankOp extends defineOp({
  name: "tensor.rank",
  operands: { tensor: anyTensor },
  results: { result: index },
  traits: [Pure],
  format: "$tensor attr-dict `:` type($tensor)",
  resultName: name("rank"),
  inferResultTypes: (ctx) => [IndexType.get(ctx)],
}) {}

// ---- Construction ------------------------------------------------------------------------

/** `tensor.empty(%d) : tensor<?x8xf32>`: a tensor with unspecified contents. */
export class EmptyOp extends defineOp({
  name: "tensor.empty",
  operands: { dynamicSizes: variadic(index) },
  results: { result: anyRankedTensor },
  traits: [Pure],
  format: "`(`$dynamicSizes`)` attr-dict `:` type($result)",
  inferOperandTypes: { dynamicSizes: indexTypes },
  verify(op) {
    const shape = (op.results[0]!.type as ShapedType).shape!;
    if (countDynamic(shape) !== op.operands.length) throw opError(op, "incorrect number of dynamic sizes, has " + op.operands.length + ", expected " + countDynamic(shape));
  },
}) {}

/** `tensor.cast %t : tensor<4xf32> to tensor<?xf32>`: a shape-compatible cast. */
export class CastOp extends defineOp({
  name: "tensor.cast",
  operands: { source: anyTensor },
  results: { dest: anyTensor },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type($dest)",
  resultName: name("cast"),
  verify(op) {
    const a = op.operands[0]!.value.type;
    const b = op.results[0]!.type;
    if (!castCompatible(a, b)) throw opError(op, `operand type ${quoted(a)} and result type ${quoted(b)} are cast incompatible`);
  },
}) {}

function castCompatible(a: TypeAttribute, b: TypeAttribute): boolean {
  return (a as ShapedType).elementType === (b as ShapedType).elementType && compatibleShapes(a, b);
}

/** MLIR's `verifyCompatibleShape` on two tensors: an unranked one matches any shape, a dynamic size any size. */
function compatibleShapes(a: TypeAttribute, b: TypeAttribute): boolean {
  const sa = a as ShapedType;
  const sb = b as ShapedType;
  if (sa.shape === null || sb.shape === null) return true;
  if (sa.shape.length !== sb.shape.length) return false;
  for (let i = 0; i < sa.shape.length; i++) {
    const x = sa.shape[i]!;
    const y = sb.shape[i]!;
    if (x !== DYNAMIC && y !== DYNAMIC && x !== y) return false;
  }
  return true;
}

/** `tensor.from_elements %a, %b : tensor<2xf32>`: a static tensor from its elements. */
export class FromElementsOp extends defineOp({
  name: "tensor.from_elements",
  operands: { elements: variadic(anyType) },
  results: { result: rankedTensorOf() },
  traits: [Pure],
  format: "$elements attr-dict `:` type($result)",
  resultName: name("from_elements"),
  inferOperandTypes: { elements: (_e, count, _ctx, results) => new Array<TypeAttribute>(count).fill(elementOf(results[0]!)) },
  verify(op) {
    const t = op.results[0]!.type as ShapedType;
    if (!t.hasStaticShape) throw opError(op, `result #0 must be statically shaped tensor of any type values, but got ${quoted(t)}`);
    if (op.operands.length !== t.numElements || op.operands.some((o) => o.value.type !== t.elementType)) {
      throw opError(op, "failed to verify that operand types match result element type");
    }
  },
}) {}

/** `tensor.generate %d { ^bb0(%i: index): tensor.yield %v : f32 } : tensor<?xf32>`. */
export class GenerateOp extends defineOp({
  name: "tensor.generate",
  operands: { dynamicExtents: variadic(index) },
  results: { result: anyRankedTensor },
  regions: { body: region() },
  traits: [RecursiveMemoryEffects, SingleBlockImplicitTerminator("tensor.yield")],
  format: "$dynamicExtents $body attr-dict `:` type($result)",
  resultName: name("generated"),
  inferOperandTypes: { dynamicExtents: indexTypes },
  verify(op) {
    const t = op.results[0]!.type as ShapedType;
    const n = countDynamic(t.shape!);
    if (n !== op.operands.length) throw opError(op, `incorrect number of dynamic sizes, has ${op.operands.length}, expected ${n}`);
    const body = op.regions[0]!.first;
    if (body === null) return;
    if (body.arguments.length !== t.shape!.length) throw opErrorPlain(op, "must have one body argument per input dimension");
    if (body.arguments.some((a) => a.type.kind !== BuiltinKind.IndexType)) throw opErrorPlain(op, "all body arguments must be index");
    const y = body.last;
    if (y === null || !YieldOp.is(y) || y.operands[0]?.value.type !== t.elementType) {
      throw opError(op, "body must be terminated with a `yield` operation of the tensor element type");
    }
  },
}) {}

/** `tensor.yield %v : f32`: ends the bodies of `tensor.generate` and `tensor.pad`. */
export class YieldOp extends defineOp({
  name: "tensor.yield",
  operands: { value: anyType },
  traits: [Pure, ReturnLike, Terminator, HasParent("tensor.generate", "tensor.pad")],
  format: "$value attr-dict `:` type($value)",
}) {}

/** `tensor.splat %f[%d] : tensor<?x4xf32>`: a tensor filled with one value. */
export class SplatOp extends defineOp({
  name: "tensor.splat",
  operands: { input: anyType, dynamicSizes: variadic(index) },
  results: { aggregate: anyRankedTensor },
  traits: [Pure],
  format: "$input (`[` $dynamicSizes^ `]`)? attr-dict `:` type($aggregate)",
  resultName: name("splat"),
  inferOperandTypes: {
    input: (_e, count, _ctx, results) => new Array<TypeAttribute>(count).fill(elementOf(results[0]!)),
    dynamicSizes: indexTypes,
  },
  verify(op) {
    const n = countDynamic((op.results[0]!.type as ShapedType).shape!);
    const has = op.operands.length - 1;
    if (n !== has) throw opError(op, `incorrect number of dynamic sizes, has ${has}, expected ${n}`);
  },
}) {}

// ---- Reshapes ----------------------------------------------------------------------------

/** `tensor.reshape %t(%shape) : (tensor<8xf32>, tensor<1xindex>) -> tensor<?xf32>`. */
export class ReshapeOp extends defineOp({
  name: "tensor.reshape",
  operands: { source: anyTensor, shape: tensorOf(anyOf([anySignlessInteger, index], "signless integer or index")) },
  results: { result: anyTensor },
  traits: [Pure],
  format: "$source `(` $shape `)` attr-dict `:` functional-type(operands, results)",
  resultName: name("reshape"),
  verify(op) {
    const src = op.operands[0]!.value.type as ShapedType;
    const res = op.results[0]!.type as ShapedType;
    if (src.elementType !== res.elementType) throw opError(op, "element types of source and destination tensor types should be the same");
    if (res.shape === null) return;
    if (src.hasStaticShape && res.hasStaticShape && src.numElements !== res.numElements) {
      throw opError(op, "source and destination tensor should have the same number of elements");
    }
    const shapeSize = (op.operands[1]!.value.type as ShapedType).shape![0]!;
    if (shapeSize === DYNAMIC) throw opError(op, "cannot use shape operand with dynamic length to reshape to statically-ranked tensor type");
    if (shapeSize !== res.shape.length) throw opError(op, "length of shape operand differs from the result's tensor rank");
  },
}) {}

/** `tensor.expand_shape %t [[0, 1]] output_shape [2, 4] : tensor<8xf32> into tensor<2x4xf32>`. */
export class ExpandShapeOp extends defineOp({
  name: "tensor.expand_shape",
  operands: { src: anyRankedTensor, output_shape: variadic(index) },
  results: { result: anyRankedTensor },
  properties: { reassociation: reassociationAttr, static_output_shape: denseI64Array },
  traits: [Pure],
  format: "$src $reassociation `output_shape` custom<DynamicIndexList>($output_shape, $static_output_shape) attr-dict `:` type($src) `into` type($result)",
  customDirectives: dynamicIndexList,
  resultName: name("expanded"),
  inferOperandTypes: indexOperands("output_shape"),
  verify(op) {
    const result = op.results[0]!.type as ShapedType;
    const n = i64ArrayValues(ExpandShapeOp.def.prop(op, "static_output_shape")).length;
    if (n !== result.shape!.length) {
      throw opError(op, `expected number of static shape dims to be equal to the output rank (${result.shape!.length}) but found ${n} inputs instead`);
    }
    verifyReshapeShapes(op, ExpandShapeOp.def, result, op.operands[0]!.value.type as ShapedType);
  },
}) {}

/** `tensor.collapse_shape %t [[0, 1]] : tensor<2x4xf32> into tensor<8xf32>`. */
export class CollapseShapeOp extends defineOp({
  name: "tensor.collapse_shape",
  operands: { src: anyRankedTensor },
  results: { result: anyRankedTensor },
  properties: { reassociation: reassociationAttr },
  traits: [Pure],
  format: "$src $reassociation attr-dict `:` type($src) `into` type($result)",
  resultName: name("collapsed"),
  verify(op) {
    verifyReshapeShapes(op, CollapseShapeOp.def, op.operands[0]!.value.type as ShapedType, op.results[0]!.type as ShapedType);
  },
}) {}

/** The collapsed sizes must be the products of their reassociation groups (MLIR's `reshapeLikeShapesAreCompatible`). */
function verifyReshapeShapes(op: Operation, def: OpDef, expanded: ShapedType, collapsed: ShapedType): void {
  const groups = ((def.prop(op, "reassociation") as ArrayAttr | undefined)?.elements ?? []).map((g) =>
    (g as ArrayAttr).elements.map((e) => (e as IntegerAttr).number),
  );
  const es = expanded.shape!;
  const cs = collapsed.shape!;
  for (let j = 0; j < groups.length && j < cs.length; j++) {
    const dims = groups[j]!.map((d) => es[d]!);
    if (dims.includes(DYNAMIC)) {
      if (cs[j] !== DYNAMIC) {
        throw opError(op, `expected dimension ${j} of collapsed type to be dynamic since one or more of the corresponding dimensions in the expanded type is dynamic`);
      }
      continue;
    }
    const product = dims.reduce((x, y) => x * y, 1);
    if (cs[j] !== product) throw opError(op, `expected dimension ${j} of collapsed type to be static value of ${product}`);
  }
}

// ---- Slices --------------------------------------------------------------------------------

const sliceProps = { static_offsets: denseI64Array, static_sizes: denseI64Array, static_strides: denseI64Array };
const sliceLists =
  "custom<DynamicIndexList>($offsets, $static_offsets) custom<DynamicIndexList>($sizes, $static_sizes) custom<DynamicIndexList>($strides, $static_strides)";

function verifySliceLists(op: Operation, rank: number, def: OpDef): void {
  const offsets = i64ArrayValues(def.prop(op, "static_offsets")).length;
  const sizes = i64ArrayValues(def.prop(op, "static_sizes")).length;
  const strides = i64ArrayValues(def.prop(op, "static_strides")).length;
  const wellFormed = "so the rank of the result type is well-formed.";
  if (offsets !== sizes) throw opErrorPlain(op, `expected mixed offsets rank to match mixed sizes rank (${offsets} vs ${sizes}) ${wellFormed}`);
  if (sizes !== strides) throw opErrorPlain(op, `expected mixed sizes rank to match mixed strides rank (${sizes} vs ${strides}) ${wellFormed}`);
  if (offsets !== rank) throw opErrorPlain(op, `expected ${rank} offset values, got ${offsets}`);
}

/**
 * MLIR's `computeRankReductionMask`: true when `reduced` is `original`
 * with some unit dimensions dropped.
 */
function isRankReducedShape(original: readonly number[], reduced: readonly number[]): boolean {
  let r = 0;
  for (let o = 0; o < original.length; o++) {
    if (r < reduced.length && original[o] === reduced[r]) {
      r++;
      continue;
    }
    if (original[o] !== 1) return false;
  }
  return r === reduced.length;
}

/**
 * The slice type check of `extract_slice` and `insert_slice`: `candidate`
 * must be the slice type the sizes give (elements of `element`), or a
 * rank-reduced version of it; mlir-opt's messages.
 */
function verifySliceType(op: Operation, def: OpDef, element: TypeAttribute, candidate: ShapedType): void {
  const sizes = i64ArrayValues(def.prop(op, "static_sizes"));
  const expected = RankedTensorType.get(op.context, sizes, element);
  if (candidate === expected) return;
  const cs = candidate.shape!;
  if (cs.length > sizes.length) throw opErrorPlain(op, "expected rank to be smaller or equal to the other rank. ");
  if (!isRankReducedShape(sizes, cs)) throw opErrorPlain(op, `expected type to be ${quoted(expected)} or a rank-reduced version. (size mismatch) `);
  if (candidate.elementType !== element) throw opErrorPlain(op, `expected element type to be ${quoted(element)}`);
}

/** `tensor.extract_slice %t[0, %i] [4, 4] [1, 1] : tensor<8x16xf32> to tensor<4x4xf32>`. */
export class ExtractSliceOp extends defineOp({
  name: "tensor.extract_slice",
  operands: { source: anyRankedTensor, offsets: variadic(index), sizes: variadic(index), strides: variadic(index) },
  results: { result: anyRankedTensor },
  properties: sliceProps,
  traits: [Pure],
  format: "$source `` " + sliceLists + " attr-dict `:` type($source) `to` type($result)",
  customDirectives: dynamicIndexList,
  resultName: name("extracted_slice"),
  inferOperandTypes: indexOperands("offsets", "sizes", "strides"),
  verify(op) {
    const source = op.operands[0]!.value.type as ShapedType;
    verifySliceLists(op, rankOf(source), ExtractSliceOp.def);
    verifySliceType(op, ExtractSliceOp.def, source.elementType, op.results[0]!.type as ShapedType);
  },
}) {}

/** `tensor.insert_slice %s into %t[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>`. */
export class InsertSliceOp extends defineOp({
  name: "tensor.insert_slice",
  operands: { source: anyRankedTensor, dest: anyRankedTensor, offsets: variadic(index), sizes: variadic(index), strides: variadic(index) },
  results: { result: anyRankedTensor },
  properties: sliceProps,
  traits: [Pure],
  format: "$source `into` $dest `` " + sliceLists + " attr-dict `:` type($source) `into` type($dest)",
  customDirectives: dynamicIndexList,
  resultName: name("inserted_slice"),
  inferOperandTypes: indexOperands("offsets", "sizes", "strides"),
  inferResultTypes: (_ctx, operands) => (operands.length > 1 ? [operands[1]!.type] : null),
  verify(op) {
    const dest = op.operands[1]!.value.type as ShapedType;
    verifySliceLists(op, rankOf(dest), InsertSliceOp.def);
    verifySliceType(op, InsertSliceOp.def, dest.elementType, op.operands[0]!.value.type as ShapedType);
  },
}) {}

/**
 * `tensor.parallel_insert_slice %src into %dest[...] [...] [...] : T into U`:
 * inserts a slice from each thread of an `scf.forall`, inside its
 * `scf.forall.in_parallel` terminator (no results).
 */
export class ParallelInsertSliceOp extends defineOp({
  name: "tensor.parallel_insert_slice",
  operands: { source: anyRankedTensor, dest: anyRankedTensor, offsets: variadic(index), sizes: variadic(index), strides: variadic(index) },
  properties: sliceProps,
  format: "$source `into` $dest `` " + sliceLists + " attr-dict `:` type($source) `into` type($dest)",
  customDirectives: dynamicIndexList,
  inferOperandTypes: indexOperands("offsets", "sizes", "strides"),
  verify(op) {
    const parent = op.parentOp;
    if (parent === null || parent.opName !== "scf.forall.in_parallel") {
      // mlir-opt prints the parent operation after the message (no op prefix).
      throw opErrorPlain(op, `expected InParallelOpInterface parent, got:\n${parent === null ? "" : formatOperation(parent)}`);
    }
    const dest = op.operands[1]!.value.type as ShapedType;
    verifySliceLists(op, rankOf(dest), ParallelInsertSliceOp.def);
    verifySliceType(op, ParallelInsertSliceOp.def, dest.elementType, op.operands[0]!.value.type as ShapedType);
  },
}) {}

/** `tensor.pad %t low[1, %i] high[2, 0] { ... } : tensor<8xf32> to tensor<?xf32>`. */
export class PadOp extends defineOp({
  name: "tensor.pad",
  operands: { source: anyRankedTensor, low: variadic(index), high: variadic(index) },
  results: { result: anyRankedTensor },
  properties: { static_low: denseI64Array, static_high: denseI64Array, nofold: optionalProp(unitAttr) },
  regions: { region: region() },
  traits: [Pure, SingleBlockImplicitTerminator("tensor.yield")],
  format:
    "$source (`nofold` $nofold^)? `low` `` custom<DynamicIndexList>($low, $static_low) `high` `` custom<DynamicIndexList>($high, $static_high) $region attr-dict `:` type($source) `to` type($result)",
  customDirectives: dynamicIndexList,
  resultName: name("padded"),
  inferOperandTypes: indexOperands("low", "high"),
  verify(op) {
    const rank = rankOf(op.operands[0]!.value.type);
    const low = i64ArrayValues(PadOp.def.prop(op, "static_low"));
    const high = i64ArrayValues(PadOp.def.prop(op, "static_high"));
    if (low.length !== rank) throw opError(op, `incorrect number of low padding values, expected ${rank}, got ${low.length}`);
    if (high.length !== rank) throw opError(op, `incorrect number of high padding values, expected ${rank}, got ${high.length}`);
    const source = op.operands[0]!.value.type as ShapedType;
    const result = op.results[0]!.type as ShapedType;
    const inferred = source.shape!.map((d, i) => (d === DYNAMIC || low[i] === DYNAMIC || high[i] === DYNAMIC ? DYNAMIC : d + low[i]! + high[i]!));
    const rs = result.shape!;
    if (
      rs.length !== inferred.length ||
      result.elementType !== source.elementType ||
      rs.some((d, i) => d !== DYNAMIC && inferred[i] !== DYNAMIC && d !== inferred[i])
    ) {
      const t = RankedTensorType.get(op.context, inferred, source.elementType);
      throw opErrorPlain(op, `specified type ${quoted(result)} does not match the inferred type ${quoted(t)}`);
    }
    const body = op.regions[0]!.first;
    if (body === null) return;
    if (body.arguments.length !== rank) throw opErrorPlain(op, `expected the block to have ${rank} arguments`);
    body.arguments.forEach((a, i) => {
      if (a.type.kind !== BuiltinKind.IndexType) throw opError(op, `expected block argument ${i + 1} to be an index`);
    });
    const y = body.last;
    if (y !== null && YieldOp.is(y) && y.operands[0]?.value.type !== result.elementType) {
      throw opError(op, "expected yield type to match shape element type");
    }
  },
}) {}

// ---- Other -------------------------------------------------------------------------------

/** ODS's `TensorOf<[AnySignlessInteger, AnyUnsignedInteger, AnySignedInteger, AnyFloat]>`: integers of any signedness. */
const intOrFloatTensor = tensorOf(anyOf([anySignlessInteger, anyUnsignedInteger, anySignedInteger, anyFloat]));

/** `tensor.bitcast %t : tensor<4xf32> to tensor<4xi32>`. */
export class BitcastOp extends defineOp({
  name: "tensor.bitcast",
  operands: { source: intOrFloatTensor },
  results: { dest: intOrFloatTensor },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type($dest)",
  // MLIR's `areCastCompatible`: equal element widths, compatible shapes.
  verify(op) {
    const a = op.operands[0]!.value.type;
    const b = op.results[0]!.type;
    if (elementWidth(a) !== elementWidth(b) || !compatibleShapes(a, b)) {
      throw opError(op, `operand type ${quoted(a)} and result type ${quoted(b)} are cast incompatible`);
    }
  },
}) {}

/** The bit width of a tensor's integer or float elements. */
function elementWidth(t: TypeAttribute): number {
  return ((t as ShapedType).elementType as unknown as { width: number }).width;
}

/** `tensor.concat dim(0) %a, %b : (tensor<1xf32>, tensor<1xf32>) -> tensor<2xf32>`. */
export class ConcatOp extends defineOp({
  name: "tensor.concat",
  operands: { inputs: variadic(anyRankedTensor) },
  results: { result: anyRankedTensor },
  properties: { dim: i64Attr },
  traits: [Pure],
  format: "`dim` `(` $dim `)` $inputs attr-dict `:` functional-type(operands, results)",
  resultName: name("concat"),
  verify(op) {
    if (op.operands.length < 1) throw opError(op, "requires at least one input");
    const inputs = op.operands.map((o) => o.value.type as ShapedType);
    const result = op.results[0]!.type as ShapedType;
    const rank = result.shape!.length;
    if (inputs.some((t) => t.shape!.length !== rank)) throw opError(op, "rank of concatenated inputs must match result rank");
    if (inputs.some((t) => t.elementType !== result.elementType)) throw opError(op, "inputs and result element type must match");
    const dim = (ConcatOp.def.prop(op, "dim") as IntegerAttr).number;
    if (dim >= rank) throw opError(op, "concatenation dim must be less than the tensor rank");
    const sizes: number[] = [];
    for (let i = 0; i < rank; i++) {
      if (i === dim) {
        sizes.push(inputs.some((t) => t.shape![dim] === DYNAMIC) ? DYNAMIC : inputs.reduce((n, t) => n + t.shape![dim]!, 0));
        continue;
      }
      let size = DYNAMIC;
      for (const t of inputs) {
        const d = t.shape![i]!;
        if (d === DYNAMIC) continue;
        if (size !== DYNAMIC && size !== d) throw opError(op, `static concatenation size mismatch along non-concatenated dimension ${i}`);
        size = d;
      }
      sizes.push(size);
    }
    if (sizes.some((d, i) => d !== DYNAMIC && result.shape![i] !== DYNAMIC && d !== result.shape![i])) {
      const inferred = RankedTensorType.get(op.context, sizes, inputs[0]!.elementType);
      throw opError(op, `result type ${quoted(result)}does not match inferred shape ${quoted(inferred)} static sizes`);
    }
  },
}) {}

/** MLIR's `verifyGatherOrScatterDims`, with its messages (`gather_dims must be non-empty`). */
function verifyGatherOrScatterDims(op: Operation, dims: readonly number[], indices: readonly number[], rank: number, what: string, sourceOrDest: string): void {
  if (dims.length === 0) throw opError(op, `${what}_dims must be non-empty`);
  if (dims.length > rank) throw opError(op, `${what}_dims overflow ${sourceOrDest} rank`);
  if (indices.length === 0 || indices[indices.length - 1] !== dims.length) {
    throw opError(op, `${what}_dims length must match the size of last dimension of indices`);
  }
  for (const d of dims) {
    if (d < 0) throw opError(op, `${what}_dims value must be non-negative`);
    if (d >= rank) throw opError(op, `${what}_dims value must be smaller than ${sourceOrDest} rank`);
  }
  for (let i = 1; i < dims.length; i++) if (dims[i - 1]! >= dims[i]!) throw opError(op, `${what}_dims values must be strictly increasing`);
}

/** The type `tensor.gather` produces (MLIR's `GatherOp::inferResultType`). */
function gatherResultType(ctx: Context, source: RankedTensorType, indices: ShapedType, dims: readonly number[], rankReduced: boolean): RankedTensorType {
  const shape = indices.shape!.slice(0, -1);
  for (let i = 0; i < source.shape.length; i++) {
    if (dims.includes(i)) {
      if (!rankReduced) shape.push(1);
      continue;
    }
    shape.push(source.shape[i]!);
  }
  return RankedTensorType.get(ctx, shape, source.elementType, source.encoding);
}

/** `tensor.gather %t[%idx] gather_dims([0]) : (...) -> ...`. */
export class GatherOp extends defineOp({
  name: "tensor.gather",
  operands: { source: anyRankedTensor, indices: rankedTensorOf(anyOf([anySignlessInteger, index], "signless integer or index")) },
  results: { result: anyRankedTensor },
  properties: { gather_dims: denseI64ArrayList, unique: optionalProp(unitAttr) },
  traits: [Pure],
  format: "$source `[` $indices `]` `gather_dims` `(` $gather_dims `)` (`unique` $unique^)? attr-dict `:` functional-type(operands, results)",
  resultName: name("gather"),
  verify(op) {
    const source = op.operands[0]!.value.type as RankedTensorType;
    const indices = op.operands[1]!.value.type as ShapedType;
    const dims = i64ArrayValues(GatherOp.def.prop(op, "gather_dims"));
    verifyGatherOrScatterDims(op, dims, indices.shape!, source.shape.length, "gather", "source");
    const full = gatherResultType(op.context, source, indices, dims, false);
    const reduced = gatherResultType(op.context, source, indices, dims, true);
    const result = op.results[0]!.type;
    if (result !== full && result !== reduced) {
      throw opError(op, `result type mismatch: expected ${quoted(full)} or its rank-reduced variant ${quoted(reduced)} (got: ${quoted(result)})`);
    }
  },
}) {}

/** `tensor.scatter %s into %t[%idx] scatter_dims([0]) unique : (...) -> ...`. */
export class ScatterOp extends defineOp({
  name: "tensor.scatter",
  operands: {
    source: anyRankedTensor,
    dest: anyRankedTensor,
    indices: rankedTensorOf(anyOf([anySignlessInteger, index], "signless integer or index")),
  },
  results: { result: anyRankedTensor },
  properties: { scatter_dims: denseI64ArrayList, unique: optionalProp(unitAttr) },
  traits: [Pure],
  format:
    "$source `into` $dest `[` $indices `]` `scatter_dims` `(` $scatter_dims `)` (`unique` $unique^)? attr-dict `:` functional-type(operands, results)",
  resultName: name("scatter"),
  verify(op) {
    const dest = op.operands[1]!.value.type as RankedTensorType;
    const indices = op.operands[2]!.value.type as ShapedType;
    const dims = i64ArrayValues(ScatterOp.def.prop(op, "scatter_dims"));
    verifyGatherOrScatterDims(op, dims, indices.shape!, dest.shape.length, "scatter", "dest");
    if (ScatterOp.def.prop(op, "unique") === undefined) throw opError(op, "requires 'unique' attribute to be set");
    const full = gatherResultType(op.context, dest, indices, dims, false);
    const reduced = gatherResultType(op.context, dest, indices, dims, true);
    const source = op.operands[0]!.value.type;
    if (source !== full && source !== reduced) {
      throw opError(op, `source type mismatch: expected ${quoted(full)} or its rank-reduced variant ${quoted(reduced)} (got: ${quoted(source)})`);
    }
  },
}) {}

/** Every operation of the dialect. */
export const tensorOps: readonly { readonly def: OpDef }[] = [
  ExtractOp,
  InsertOp,
  DimOp,
  RankOp,
  EmptyOp,
  CastOp,
  FromElementsOp,
  GenerateOp,
  YieldOp,
  SplatOp,
  ReshapeOp,
  ExpandShapeOp,
  CollapseShapeOp,
  ExtractSliceOp,
  InsertSliceOp,
  ParallelInsertSliceOp,
  PadOp,
  BitcastOp,
  ConcatOp,
  GatherOp,
  ScatterOp,
];
