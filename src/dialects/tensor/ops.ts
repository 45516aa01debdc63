import type { TypeAttribute } from "../../ir/attribute.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import type { Operation } from "../../ir/operation.js";
import {
  anyFloat,
  anyOf,
  anyRankedTensor,
  anySignlessInteger,
  anyTensor,
  anyType,
  arrayOf,
  denseI64Array,
  i64Attr,
  index,
  rankedTensorOf,
  tensorOf,
  unitAttr,
} from "../../irdl/constraint.js";
import { defineOp, optionalProp, type OpDef, quoted, region, variadic } from "../../irdl/op-def.js";
import {
  HasParent,
  NoMemoryEffect,
  Pure,
  RecursiveMemoryEffects,
  ReturnLike,
  SingleBlockImplicitTerminator,
  Terminator,
} from "../../irdl/traits.js";
import { IndexType } from "../builtin/types/index-type.js";
import { DYNAMIC, type ShapedType } from "../builtin/types/shaped-type.js";
import { countDynamic, denseI64ArrayList, DynamicIndexList, i64ArrayValues, indexTypes } from "./dynamic-index-list.js";

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
  operands: { source: anyOf([anyTensor], "non-0-ranked or unranked tensor"), index },
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
  const sa = a as ShapedType;
  const sb = b as ShapedType;
  if (sa.elementType !== sb.elementType) return false;
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
}) {}

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
  if (offsets !== rank) throw opError(op, `expected ${rank} offset values`);
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
    verifySliceLists(op, rankOf(op.operands[0]!.value.type), ExtractSliceOp.def);
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
    verifySliceLists(op, rankOf(op.operands[1]!.value.type), InsertSliceOp.def);
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
  },
}) {}

// ---- Other -------------------------------------------------------------------------------

const intOrFloatTensor = tensorOf(anyOf([anySignlessInteger, anyFloat], "integer or float"));

/** `tensor.bitcast %t : tensor<4xf32> to tensor<4xi32>`. */
export class BitcastOp extends defineOp({
  name: "tensor.bitcast",
  operands: { source: intOrFloatTensor },
  results: { dest: intOrFloatTensor },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type($dest)",
}) {}

/** `tensor.concat dim(0) %a, %b : (tensor<1xf32>, tensor<1xf32>) -> tensor<2xf32>`. */
export class ConcatOp extends defineOp({
  name: "tensor.concat",
  operands: { inputs: variadic(anyRankedTensor) },
  results: { result: anyRankedTensor },
  properties: { dim: i64Attr },
  traits: [Pure],
  format: "`dim` `(` $dim `)` $inputs attr-dict `:` functional-type(operands, results)",
  resultName: name("concat"),
}) {}

/** `tensor.gather %t[%idx] gather_dims([0]) : (...) -> ...`. */
export class GatherOp extends defineOp({
  name: "tensor.gather",
  operands: { source: anyRankedTensor, indices: rankedTensorOf(anyOf([anySignlessInteger, index], "signless integer or index")) },
  results: { result: anyRankedTensor },
  properties: { gather_dims: denseI64ArrayList, unique: optionalProp(unitAttr) },
  traits: [Pure],
  format: "$source `[` $indices `]` `gather_dims` `(` $gather_dims `)` (`unique` $unique^)? attr-dict `:` functional-type(operands, results)",
  resultName: name("gather"),
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
  PadOp,
  BitcastOp,
  ConcatOp,
  GatherOp,
  ScatterOp,
];
