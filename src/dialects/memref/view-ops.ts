// memref operations that make views: subview, reinterpret_cast, reshape,
// expand/collapse_shape, view, transpose, and the metadata queries.
import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState } from "../../ir/op-asm.js";
import { Operation } from "../../ir/operation.js";
import type { Value } from "../../ir/value.js";
import type { Context } from "../../ir/context.js";
import { affineMapAttr, denseI64Array, index } from "../../irdl/constraint.js";
import { quoted, variadic, type OpDef } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { Pure } from "../../irdl/traits.js";
import type { AffineMap } from "../builtin/affine/affine-map.js";
import { AffineDimExpr } from "../builtin/affine/affine-expr.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import type { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { StridedLayoutAttr } from "../builtin/attributes/strided-layout-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { MemRefType } from "../builtin/types/memref-type.js";
import { DYNAMIC } from "../builtin/types/shaped-type.js";
import { printAffineMap } from "../../print/affine-printer.js";
import { DynamicIndexList as dynamicIndexList, i64ArrayValues as staticValues } from "../common/dynamic-index-list.js";
import {
  addDyn,
  isRankedMemRef,
  memorySpaceOf,
  mulDyn,
  stridedLinearLayoutAttr,
  stridesAndOffset,
  withShapeAndLayout,
} from "./layout.js";
import {
  rankedMemref,
  unrankedOrRanked,
  stridedMemref,
  stridedMemrefRank0,
  shapeOperand,
  i8Memref1D,
  isPow2,
  positiveI32,
  indexListArray,
  indexTypes,
  memrefOfOp,
  elementOf,
  intValue,
  splitInherent,
} from "./constraints.js";

// ---- Views ------------------------------------------------------------------------------------------

/**
 * MLIR's `verifyOffsetSizeAndStrideOp`: each dynamic operand list matches
 * the `?` entries of its static array; offsets (unless a single offset
 * where at most one is allowed), sizes and strides have one rank; each
 * list has its op's maximal rank (`maxRanks`).
 */
function verifyMixed(op: Operation, maxRanks: readonly [number, number, number]): void {
  const def = op.name.def as OpDef;
  const lens: number[] = [];
  for (const [operands, stat] of offsetsSizesStrides) {
    const vals = staticValues(def.prop(op, stat));
    lens.push(vals.length);
    const dyn = vals.filter((v) => v === DYNAMIC).length;
    const [, n] = def.operandRange(op, def.operands.findIndex((o) => o.name === operands));
    if (dyn !== n) {
      throw opErrorPlain(op, `expected the number of '${operands}' to match the number of dynamic entries in '${stat}' (${n} vs ${dyn})`);
    }
  }
  if (!(lens[0] === 1 && maxRanks[0] === 1) && lens[0] !== lens[1]) {
    throw opErrorPlain(op, `expected mixed offsets rank to match mixed sizes rank (${lens[0]} vs ${lens[1]}) so the rank of the result type is well-formed.`);
  }
  if (lens[1] !== lens[2]) {
    throw opErrorPlain(op, `expected mixed sizes rank to match mixed strides rank (${lens[1]} vs ${lens[2]}) so the rank of the result type is well-formed.`);
  }
  const names = ["offset", "size", "stride"];
  for (let i = 0; i < 3; i++) {
    if (lens[i] !== maxRanks[i]) throw opErrorPlain(op, `expected ${maxRanks[i]} ${names[i]} values, got ${lens[i]}`);
  }
}

const offsetsSizesStrides: readonly [string, string][] = [
  ["offsets", "static_offsets"],
  ["sizes", "static_sizes"],
  ["strides", "static_strides"],
];

/** `memref.subview`: a strided view of part of a memref. */
export class SubViewOp extends defineOp({
  name: "memref.subview",
  operands: { source: rankedMemref, offsets: variadic(index), sizes: variadic(index), strides: variadic(index) },
  properties: { static_offsets: denseI64Array, static_sizes: denseI64Array, static_strides: denseI64Array },
  results: { result: rankedMemref },
  traits: [Pure],
  format:
    "$source `` custom<DynamicIndexList>($offsets, $static_offsets) custom<DynamicIndexList>($sizes, $static_sizes) custom<DynamicIndexList>($strides, $static_strides) attr-dict `:` type($source) `to` type($result)",
  customDirectives: { DynamicIndexList: dynamicIndexList },
  inferOperandTypes: { offsets: indexTypes, sizes: indexTypes, strides: indexTypes },
  resultName: () => "subview",
  verify(op) {
    const src = memrefOfOp(op);
    verifyMixed(op, [src.shape.length, src.shape.length, src.shape.length]);
    const res = op.results[0]!.type as MemRefType;
    const def = op.name.def as OpDef;
    const offsets = staticValues(def.prop(op, "static_offsets"));
    const sizes = staticValues(def.prop(op, "static_sizes"));
    const strides = staticValues(def.prop(op, "static_strides"));
    if (memorySpaceOf(src) !== memorySpaceOf(res)) {
      throw opErrorPlain(op, `different memory spaces specified for base memref type ${quoted(src)} and subview memref type ${quoted(res)}`);
    }
    if (src.elementType !== res.elementType) throw opErrorPlain(op, `expected result element type to be ${quoted(src.elementType)}, but got ${quoted(res)}`);
    const ss = stridesAndOffset(src);
    if (ss === null || offsets.length !== src.shape.length) return;
    let offset = ss.offset;
    const rs: number[] = [];
    for (let i = 0; i < offsets.length; i++) {
      offset = addDyn(offset, mulDyn(offsets[i]!, ss.strides[i]!));
      rs.push(mulDyn(ss.strides[i]!, strides[i]!));
    }
    const expected = MemRefType.get(op.context, sizes, src.elementType, StridedLayoutAttr.get(op.context, offset, rs), src.memorySpace);
    const mismatch = (what: string): never => {
      throw opErrorPlain(op, `expected result type to be ${quoted(expected)} or a rank-reduced version. (${what}), but got ${quoted(res)}`);
    };
    // Match the result's dimensions to the expected ones, dropping unit
    // dimensions of the expected type (MLIR's rank-reduction mask).
    if (res.shape.length > sizes.length) mismatch("mismatch of result rank");
    const kept: number[] = [];
    let i = 0;
    for (let j = 0; j < sizes.length; j++) {
      if (i < res.shape.length && res.shape[i] === sizes[j]) {
        kept.push(j);
        i++;
      } else if (sizes[j] !== 1) mismatch("mismatch of result sizes");
    }
    if (i !== res.shape.length) mismatch("mismatch of result sizes");
    if (memorySpaceOf(res) !== memorySpaceOf(src)) mismatch("mismatch of result memory space");
    const rso = stridesAndOffset(res);
    if (rso === null) return;
    if (rso.offset !== offset || kept.some((j, k) => rso.strides[k] !== rs[j])) mismatch("mismatch of result layout");
  },
}) {}

/** `memref.reinterpret_cast`: a view with explicit offset, sizes and strides. */
export class ReinterpretCastOp extends defineOp({
  name: "memref.reinterpret_cast",
  operands: { source: unrankedOrRanked, offsets: variadic(index), sizes: variadic(index), strides: variadic(index) },
  properties: { static_offsets: denseI64Array, static_sizes: denseI64Array, static_strides: denseI64Array },
  results: { result: rankedMemref },
  traits: [Pure],
  format:
    "$source `to` `offset` `` `:` custom<DynamicIndexList>($offsets, $static_offsets) `` `,` `sizes` `` `:` custom<DynamicIndexList>($sizes, $static_sizes) `` `,` `strides` `` `:` custom<DynamicIndexList>($strides, $static_strides) attr-dict `:` type($source) `to` type($result)",
  customDirectives: { DynamicIndexList: dynamicIndexList },
  inferOperandTypes: { offsets: indexTypes, sizes: indexTypes, strides: indexTypes },
  resultName: () => "reinterpret_cast",
  verify(op) {
    const rank = (op.results[0]!.type as MemRefType).shape.length;
    verifyMixed(op, [1, rank, rank]);
    const src = op.operands[0]!.value.type;
    const res = op.results[0]!.type as MemRefType;
    if (elementOf(src) !== res.elementType) {
      throw opErrorPlain(op, `different element types specified for source type ${quoted(src)} and result memref type ${quoted(res)}`);
    }
    if (memorySpaceOf(src) !== memorySpaceOf(res)) {
      throw opErrorPlain(op, `different memory spaces specified for source type ${quoted(src)} and result memref type ${quoted(res)}`);
    }
    const def = op.name.def as OpDef;
    const sizes = staticValues(def.prop(op, "static_sizes"));
    const strides = staticValues(def.prop(op, "static_strides"));
    const offsets = staticValues(def.prop(op, "static_offsets"));
    for (let i = 0; i < sizes.length && i < res.shape.length; i++) {
      const r = res.shape[i]!;
      if (r !== DYNAMIC && r !== sizes[i]) throw opErrorPlain(op, `expected result type with size = ${sizes[i] === DYNAMIC ? "dynamic" : sizes[i]} instead of ${r} in dim = ${i}`);
    }
    const rso = stridesAndOffset(res);
    if (rso === null) return;
    if (offsets.length > 0 && rso.offset !== DYNAMIC && rso.offset !== offsets[0]) {
      throw opErrorPlain(op, `expected result type with offset = ${offsets[0] === DYNAMIC ? "dynamic" : offsets[0]} instead of ${rso.offset}`);
    }
    for (let i = 0; i < strides.length && i < rso.strides.length; i++) {
      const r = rso.strides[i]!;
      if (r !== DYNAMIC && r !== strides[i]) throw opErrorPlain(op, `expected result type with stride = ${strides[i] === DYNAMIC ? "dynamic" : strides[i]} instead of ${r} in dim = ${i}`);
    }
  },
}) {}

/** `memref.reshape`: a memref with the shape given by a 1-D memref operand. */
export class ReshapeOp extends defineOp({
  name: "memref.reshape",
  operands: { source: unrankedOrRanked, shape: shapeOperand },
  results: { result: unrankedOrRanked },
  traits: [Pure],
  format: "$source `(` $shape `)` attr-dict `:` functional-type(operands, results)",
  resultName: () => "reshape",
  verify(op) {
    const src = op.operands[0]!.value.type;
    const shape = op.operands[1]!.value.type as MemRefType;
    const res = op.results[0]!.type;
    if (elementOf(src) !== elementOf(res)) throw opError(op, "element types of source and destination memref types should be the same");
    if (isRankedMemRef(src) && src.layout !== null) throw opError(op, "source memref type should have identity affine map");
    const n = shape.shape[0]!;
    if (isRankedMemRef(res)) {
      if (res.layout !== null) throw opError(op, "result memref type should have identity affine map");
      if (n === DYNAMIC) throw opError(op, "cannot use shape operand with dynamic length to reshape to statically-ranked memref type");
      if (n !== res.shape.length) throw opError(op, "length of shape operand differs from the result's memref rank");
    }
  },
}) {}

function reassociationOf(op: Operation): number[][] {
  const a = op.getInherentAttr("reassociation") as ArrayAttr;
  return a.elements.map((g) => (g as ArrayAttr).elements.map((e) => Number((e as IntegerAttr).value)));
}

/** `memref.expand_shape`: splits dimensions into groups of dimensions. */
export class ExpandShapeOp extends defineOp({
  name: "memref.expand_shape",
  operands: { src: stridedMemref, output_shape: variadic(index) },
  properties: { reassociation: indexListArray, static_output_shape: denseI64Array },
  results: { result: stridedMemref },
  traits: [Pure],
  format: "$src $reassociation `output_shape` custom<DynamicIndexList>($output_shape, $static_output_shape) attr-dict `:` type($src) `into` type($result)",
  customDirectives: { DynamicIndexList: dynamicIndexList },
  inferOperandTypes: { output_shape: indexTypes },
  resultName: () => "expand_shape",
  verify(op) {
    const src = memrefOfOp(op);
    const res = op.results[0]!.type as MemRefType;
    if (src.shape.length > res.shape.length) {
      const r0 = src.shape.length;
      const r1 = res.shape.length;
      throw opError(op, `has source rank ${r0} and result rank ${r1}. This is not an expansion (${r0} > ${r1}).`);
    }
    const groups = reassociationOf(op);
    verifyCollapsedShape(op, src.shape, res.shape, groups);
    const expected = expandedType(op.context, src, res.shape, groups);
    if (expected === null) return; // affine-map layouts are not analysed
    if (expected !== res) throw opError(op, `expected expanded type to be ${quoted(expected)} but found ${quoted(res)}`);
    const def = op.name.def as OpDef;
    const stat = staticValues(def.prop(op, "static_output_shape"));
    if (stat.length !== res.shape.length) {
      throw opError(op, `expected number of static shape bounds to be equal to the output rank (${res.shape.length}) but found ${stat.length} inputs instead`);
    }
    const dyn = stat.filter((d) => d === DYNAMIC).length;
    const n = op.operands.length - 1;
    if (n !== dyn) {
      throw opError(op, `mismatch in dynamic dims in output_shape and static_output_shape: static_output_shape has ${dyn} dynamic dims while output_shape has ${n} values`);
    }
    for (let i = 0; i < res.shape.length; i++) {
      if (res.shape[i] !== DYNAMIC && res.shape[i] !== stat[i]) throw opError(op, `invalid output shape provided at pos ${i}`);
    }
  },
}) {}

/** `memref.collapse_shape`: merges groups of dimensions. */
export class CollapseShapeOp extends defineOp({
  name: "memref.collapse_shape",
  operands: { src: stridedMemref },
  properties: { reassociation: indexListArray },
  results: { result: stridedMemref },
  traits: [Pure],
  format: "$src $reassociation attr-dict `:` type($src) `into` type($result)",
  resultName: () => "collapse_shape",
  verify(op) {
    const src = memrefOfOp(op);
    const res = op.results[0]!.type as MemRefType;
    if (src.shape.length < res.shape.length) {
      const r0 = src.shape.length;
      const r1 = res.shape.length;
      throw opError(op, `has source rank ${r0} and result rank ${r1}. This is not a collapse (${r0} < ${r1}).`);
    }
    const groups = reassociationOf(op);
    verifyCollapsedShape(op, res.shape, src.shape, groups);
    let layout: Attribute | null = null;
    if (src.layout !== null) {
      const so = stridesAndOffset(src);
      if (so === null) return; // affine-map layouts are not analysed
      const strides = collapsedStrides(src.shape, so.strides, groups);
      if (strides === null) throw opError(op, "invalid source layout map or collapsing non-contiguous dims");
      layout = StridedLayoutAttr.get(op.context, so.offset, strides);
    }
    const expected = MemRefType.get(op.context, res.shape, src.elementType, layout, src.memorySpace);
    if (expected !== res) throw opError(op, `expected collapsed type to be ${quoted(expected)} but found ${quoted(res)}`);
  },
}) {}

/**
 * MLIR's `verifyCollapsedShape` (dynamic dimensions may share a group):
 * one contiguous group of expanded dimensions per collapsed dimension,
 * sizes that multiply up, and only unit dimensions around rank 0.
 */
function verifyCollapsedShape(op: Operation, collapsed: readonly number[], expanded: readonly number[], groups: readonly number[][]): void {
  if (collapsed.length !== groups.length) {
    throw opError(op, `invalid number of reassociation groups: found ${groups.length}, expected ${collapsed.length}`);
  }
  let next = 0;
  for (let c = 0; c < groups.length; c++) {
    let foundDynamic = false;
    for (const d of groups[c]!) {
      if (d !== next++) throw opError(op, "reassociation indices must be contiguous");
      if (d >= expanded.length) throw opError(op, `reassociation index ${d} is out of bounds`);
      if (expanded[d] === DYNAMIC) foundDynamic = true;
    }
    if ((collapsed[c] === DYNAMIC) !== foundDynamic) {
      throw opError(op, `collapsed dim (${c}) must be dynamic if and only if reassociation group is dynamic`);
    }
    if (!foundDynamic) {
      let size = 1;
      for (const d of groups[c]!) size *= expanded[d]!;
      if (size !== collapsed[c]) throw opError(op, `collapsed dim size (${collapsed[c]}) must equal reassociation group size (${size})`);
    }
  }
  if (collapsed.length === 0) {
    if (expanded.some((d) => d !== 1)) throw opError(op, "rank 0 memrefs can only be extended/collapsed with/from ones");
  } else if (next !== expanded.length) {
    throw opError(op, `expanded rank (${expanded.length}) inconsistent with number of reassociation indices (${next})`);
  }
}

/**
 * MLIR's `ExpandShapeOp::computeExpandedType`: identity stays identity;
 * otherwise each source stride is expanded over its group, right to left.
 * Null when the source layout is an affine map (not analysed).
 */
function expandedType(ctx: Context, src: MemRefType, shape: readonly number[], groups: readonly number[][]): MemRefType | null {
  if (src.layout === null) return MemRefType.get(ctx, shape, src.elementType, null, src.memorySpace);
  const so = stridesAndOffset(src);
  if (so === null) return null;
  const reversed: number[] = [];
  let k = shape.length - 1;
  for (let g = groups.length - 1; g >= 0; g--) {
    let stride = so.strides[g]!;
    for (let i = 0; i < groups[g]!.length; i++) {
      reversed.push(stride);
      stride = mulDyn(stride, shape[k--]!);
    }
  }
  const strides = reversed.reverse();
  while (strides.length < shape.length) strides.push(1);
  return MemRefType.get(ctx, shape, src.elementType, StridedLayoutAttr.get(ctx, so.offset, strides), src.memorySpace);
}

/**
 * MLIR's `computeCollapsedLayoutMap` (not strict): the stride of each group
 * is that of its last non-unit dimension (dynamic for a dynamic size); null
 * when a group is statically not contiguous.
 */
function collapsedStrides(shape: readonly number[], strides: readonly number[], groups: readonly number[][]): number[] | null {
  const out: number[] = [];
  for (const g of groups) {
    let n = g.length;
    while (shape[g[n - 1]!] === 1 && n > 1) n--;
    const last = g[n - 1]!;
    out.push(shape[last] !== DYNAMIC || n === 1 ? strides[last]! : DYNAMIC);
  }
  for (let gi = groups.length - 1; gi >= 0; gi--) {
    const g = groups[gi]!;
    let stride = out[gi]!;
    for (let i = g.length - 1; i >= 1; i--) {
      const idx = g[i]!;
      stride = mulDyn(stride, shape[idx]!);
      const srcStride = strides[idx - 1]!;
      if (shape[idx - 1] === 1) continue;
      if (stride !== DYNAMIC && srcStride !== DYNAMIC && stride !== srcStride) return null;
    }
  }
  return out;
}

/** `memref.view`: a typed view of a 1-D `i8` buffer at a byte shift. */
export class ViewOp extends defineOp({
  name: "memref.view",
  operands: { source: i8Memref1D, byte_shift: index, sizes: variadic(index) },
  results: { result: rankedMemref },
  traits: [Pure],
  format: "$source `[` $byte_shift `]` `` `[` $sizes `]` attr-dict `:` type($source) `to` type(results)",
  inferOperandTypes: { byte_shift: indexTypes, sizes: indexTypes },
  resultName: () => "view",
  verify(op) {
    const src = memrefOfOp(op);
    const res = op.results[0]!.type as MemRefType;
    if (src.layout !== null) throw opErrorPlain(op, `unsupported map for base memref type ${quoted(src)}`);
    if (res.layout !== null) throw opErrorPlain(op, `unsupported map for result memref type ${quoted(res)}`);
    if (memorySpaceOf(src) !== memorySpaceOf(res)) throw opErrorPlain(op, `different memory spaces specified for base memref type ${quoted(src)} and view memref type ${quoted(res)}`);
    const expected = res.shape.filter((d) => d === DYNAMIC).length;
    const n = op.operands.length - 2;
    if (n !== expected) throw opError(op, `incorrect number of dynamic sizes, has ${n}, expected ${expected}`);
  },
}) {}

/** `memref.transpose`: permutes the dimensions of a strided memref. */
export class TransposeOp extends defineOp({
  name: "memref.transpose",
  operands: { in: stridedMemref },
  properties: { permutation: affineMapAttr },
  results: { result: stridedMemref },
  traits: [Pure],
  parse: parseTranspose,
  print: printTranspose,
  resultName: () => "transpose",
  verify(op) {
    const src = memrefOfOp(op);
    const map = (op.getInherentAttr("permutation") as AffineMapAttr).map;
    if (!isPermutation(map)) throw opError(op, "expected a permutation map");
    if (map.numDims !== src.shape.length) throw opError(op, "expected a permutation map of same rank as the input");
    const res = op.results[0]!.type as MemRefType;
    const so = stridesAndOffset(src);
    if (so === null) return;
    const perm = map.results.map((e) => (e as unknown as { position: number }).position);
    const shape = perm.map((p) => src.shape[p]!);
    const strides = perm.map((p) => so.strides[p]!);
    const ro = stridesAndOffset(res);
    if (ro === null && res.layout !== null && res.layout.kind === BuiltinKind.AffineMapAttr) return; // maps are not analysed
    const same =
      ro !== null &&
      res.elementType === src.elementType &&
      memorySpaceOf(res) === memorySpaceOf(src) &&
      res.shape.length === shape.length &&
      res.shape.every((d, i) => d === shape[i]) &&
      ro.offset === so.offset &&
      ro.strides.every((s, i) => s === strides[i] || shape[i] === 1);
    if (!same) {
      const canonical = withShapeAndLayout(op.context, src, shape, stridedLinearLayoutAttr(op.context, strides, so.offset));
      throw opError(op, `result type ${quoted(res)} is not equivalent to the canonical transposed input type ${quoted(canonical)}`);
    }
  },
}) {}

function isPermutation(map: AffineMap): boolean {
  if (map.numSymbols !== 0 || map.numResults !== map.numDims) return false;
  const seen = new Set<number>();
  for (const e of map.results) {
    if (!(e instanceof AffineDimExpr)) return false;
    const p = e.position;
    if (seen.has(p)) return false;
    seen.add(p);
  }
  return true;
}

/** `%in (d0, d1) -> (d1, d0) attr-dict : type to type` (MLIR's hand-written `TransposeOp::parse`). */
function parseTranspose(p: OpAsmParser, state: ParsedOperationState): void {
  const at = p.currentOffset();
  const operand = p.parseOperand();
  const map = p.parseAffineMap();
  const dictAt = p.currentOffset();
  const attrs = p.parseOptionalAttrDict();
  p.parsePunctuation(":");
  const src = p.parseType();
  p.parseKeyword("to");
  const dst = p.parseType();
  state.operands = p.resolveOperands([operand], [src], at);
  state.resultTypes = [dst];
  let props = DictionaryAttr.fromParallel(p.context, ["permutation"], [AffineMapAttr.get(p.context, map)], 1);
  state.attributes = null;
  if (attrs !== null) {
    const rest = splitInherent(p, state, attrs, { permutation: affineMapAttr }, "memref.transpose", dictAt);
    if (state.properties !== null) props = state.properties as DictionaryAttr;
    state.attributes = rest;
  }
  state.properties = props;
}

function printTranspose(p: OpAsmPrinter, op: Operation): void {
  p.write(" ");
  p.printOperand(op.operands[0]!.value);
  p.write(" " + printAffineMap((op.getInherentAttr("permutation") as AffineMapAttr).map));
  p.printOptionalAttrDict(op.attributes);
  p.write(" : ");
  p.printType(op.operands[0]!.value.type);
  p.write(" to ");
  p.printType(op.results[0]!.type);
}

// ---- Metadata -----------------------------------------------------------------------------------------

/**
 * `memref.extract_strided_metadata`: base buffer, offset, sizes and strides
 * of a strided memref. MLIR's results `sizes` and `strides` are two
 * variadic groups of one size (`SameVariadicResultSize`, no segment sizes
 * property): here one group `sizes_and_strides`, with `sizes` and
 * `strides` accessors.
 */
export class ExtractStridedMetadataOp extends defineOp({
  name: "memref.extract_strided_metadata",
  operands: { source: stridedMemref },
  results: { base_buffer: stridedMemrefRank0, offset: index, sizes_and_strides: variadic(index) },
  traits: [Pure],
  format: "$source `:` type($source) `->` type(results) attr-dict",
  resultName(op) {
    const rank = (op.results.length - 2) / 2;
    const names: (string | true)[] = ["base_buffer", "offset"];
    for (let i = 0; i < rank; i++) names.push(i === 0 ? "sizes" : true);
    for (let i = 0; i < rank; i++) names.push(i === 0 ? "strides" : true);
    return names;
  },
  verify(op) {
    const src = memrefOfOp(op);
    // InferTypeOpInterface: the result types follow from the source type.
    const rank = src.shape.length;
    const idx = IndexType.get(op.context);
    const inferred: TypeAttribute[] = [MemRefType.get(op.context, [], src.elementType, null, src.memorySpace), idx];
    for (let i = 0; i < 2 * rank; i++) inferred.push(idx);
    const actual = op.results.map((r) => r.type);
    if (actual.length !== inferred.length || actual.some((t, i) => t !== inferred[i])) {
      throw opError(
        op,
        `inferred type(s) ${inferred.map((t) => quoted(t)).join(", ")} are incompatible with return type(s) of operation ${actual.map((t) => quoted(t)).join(", ")}`,
      );
    }
  },
}) {
  /** The size results. */
  get sizes(): Value[] {
    const r = this.operation.results;
    const rank = (r.length - 2) / 2;
    return r.slice(2, 2 + rank);
  }
  /** The stride results. */
  get strides(): Value[] {
    const r = this.operation.results;
    const rank = (r.length - 2) / 2;
    return r.slice(2 + rank);
  }
}

/** `memref.extract_aligned_pointer_as_index`: the aligned pointer of a memref as an index. */
export class ExtractAlignedPointerAsIndexOp extends defineOp({
  name: "memref.extract_aligned_pointer_as_index",
  operands: { source: unrankedOrRanked },
  results: { aligned_pointer: index },
  traits: [Pure],
  format: "$source `:` type($source) `->` type(results) attr-dict",
  resultName: () => "intptr",
}) {}

/** `memref.assume_alignment`: asserts the alignment of a memref's buffer. */
export class AssumeAlignmentOp extends defineOp({
  name: "memref.assume_alignment",
  operands: { memref: rankedMemref },
  properties: { alignment: positiveI32 },
  results: { result: rankedMemref },
  traits: [Pure],
  format: "$memref `,` $alignment attr-dict `:` type($memref)",
  inferResultTypes: (_ctx, operands) => (operands.length > 0 ? [operands[0]!.type] : null),
  resultName: () => "assume_align",
  verify(op) {
    if (!isPow2(intValue(op.getInherentAttr("alignment"))!)) throw opError(op, "alignment must be power of 2");
  },
}) {}
