import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Operation } from "../../ir/operation.js";
import { opError } from "../../ir/diagnostic.js";
import { affineMapAttr, anyType, anyVector, arrayOf } from "../../irdl/constraint.js";
import { defaultProp, quoted } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { Pure } from "../../irdl/traits.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { AffineExprKind, type AffineDimExpr } from "../builtin/affine/affine-expr.js";
import type { AffineMap } from "../builtin/affine/affine-map.js";
import { IntegerType, Signedness } from "../builtin/types/integer-type.js";
import { VectorType } from "../builtin/types/vector-type.js";
import { CombiningKindAttr, IteratorTypeAttr, supportsCombiningKind } from "./attributes.js";
import { StringAttr } from "../builtin/attributes/string-attr.js";
import { splitAttrs } from "./utils.js";

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
          (v as ArrayAttr).elements.map((e) => {
            if (e.kind !== BuiltinKind.StringAttr) return e;
            const name = (e as StringAttr).value;
            if (name !== "parallel" && name !== "reduction") parser.emitError(`unexpected iterator_type (${name})`, at);
            return IteratorTypeAttr.get(ctx, name);
          }),
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
  verify: verifyContraction,
}) {}

// ---- Verification ---------------------------------------------------------------------------

/** Position of `d<dim>` among the results of `map`, or -1. */
function resultIndexOf(map: AffineMap, dim: number): number {
  const rs = map.results;
  for (let i = 0; i < rs.length; i++) {
    const e = rs[i]!;
    if (e.kind === AffineExprKind.DimId && (e as AffineDimExpr).position === dim) return i;
  }
  return -1;
}

/** Pairs (lhs dim, rhs dim) of the iterators of kind `which` that index both operands (MLIR's `getDimMap`). */
function dimMap(maps: readonly AffineMap[], iterators: readonly string[], which: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < iterators.length; i++) {
    if (iterators[i] !== which) continue;
    const l = resultIndexOf(maps[0]!, i);
    const r = resultIndexOf(maps[1]!, i);
    if (l >= 0 && r >= 0) out.push([l, r]);
  }
  return out;
}

function validDimMap(lhs: VectorType, rhs: VectorType, map: readonly [number, number][]): boolean {
  return map.every(([l, r]) => l < lhs.shape.length && r < rhs.shape.length && lhs.shape[l] === rhs.shape[r]);
}

/** MLIR's `ContractionOp::verify`, its output-shape check and the indexing-map interface's, in MLIR's order and words. */
function verifyContraction(op: Operation): void {
  if (op.results[0]!.type !== op.operands[2]!.value.type) throw opError(op, "failed to verify that result type matches accumulator type");
  const lhsType = op.operands[0]!.value.type as VectorType;
  const rhsType = op.operands[1]!.value.type as VectorType;
  const accType = op.operands[2]!.value.type;
  const resType = op.results[0]!.type;
  const lhsElement = lhsType.elementType;
  if (lhsElement.kind === BuiltinKind.IntegerType && (lhsElement as IntegerType).signedness !== Signedness.Signless) {
    throw opError(op, "only supports signless integer types");
  }
  const maps = (ContractionOp.def.prop(op, "indexing_maps") as ArrayAttr).elements.map((m) => (m as AffineMapAttr).map);
  if (maps.length !== 3) throw opError(op, "expected an indexing map for each vector operand");
  const iterators = (ContractionOp.def.prop(op, "iterator_types") as ArrayAttr).elements.map((e) => (e as unknown as { caseName: string }).caseName);
  const ranks = [lhsType.shape.length, rhsType.shape.length, accType.kind === BuiltinKind.VectorType ? (accType as VectorType).shape.length : 0];
  for (let i = 0; i < 3; i++) {
    const m = maps[i]!;
    if (m.numSymbols !== 0) throw opError(op, `expected indexing map ${i} to have no symbols`);
    if (m.numDims !== iterators.length) throw opError(op, `expected indexing map ${i} to have ${iterators.length} number of inputs`);
    if (m.numResults !== ranks[i]) throw opError(op, `expected indexing map ${i} to have ${ranks[i]} number of outputs`);
    if (!isProjectedPermutation(m)) throw opError(op, `expected indexing map ${i} to be a projected permutation of its inputs`);
  }
  const contracting = dimMap(maps, iterators, "reduction");
  const batch = dimMap(maps, iterators, "parallel");
  if (contracting.length === 0) throw opError(op, "expected at least one contracting dimension pair");
  if (!validDimMap(lhsType, rhsType, contracting)) throw opError(op, "invalid contracting dimension map");
  if (!validDimMap(lhsType, rhsType, batch)) throw opError(op, "invalid batch dimension map");
  verifyOutputShape(op, maps, lhsType, rhsType, accType, resType, contracting, batch);
  const kind = (ContractionOp.def.prop(op, "kind") as unknown as { value: number }).value;
  const element = resType.kind === BuiltinKind.VectorType ? (resType as VectorType).elementType : resType;
  if (!supportsCombiningKind(kind, element)) throw opError(op, "unsupported contraction type");
  verifyIndexingMaps(op, maps);
}

/** MLIR's `AffineMap::isProjectedPermutation` (no zero results): distinct dimensions only. */
function isProjectedPermutation(m: AffineMap): boolean {
  const seen = new Set<number>();
  for (const e of m.results) {
    if (e.kind !== AffineExprKind.DimId) return false;
    const d = (e as AffineDimExpr).position;
    if (seen.has(d)) return false;
    seen.add(d);
  }
  return true;
}

function verifyOutputShape(
  op: Operation,
  maps: readonly AffineMap[],
  lhsType: VectorType,
  rhsType: VectorType,
  accType: TypeAttribute,
  resType: TypeAttribute,
  contracting: readonly [number, number][],
  batch: readonly [number, number][],
): void {
  const lhsContracting = new Set(contracting.map(([l]) => l));
  const rhsContracting = new Set(contracting.map(([, r]) => r));
  const rhsBatch = new Set(batch.map(([, r]) => r));
  // Free and batch dimensions of the lhs, then free dimensions of the rhs.
  const expectedDims: number[] = [];
  lhsType.shape.forEach((d, i) => lhsContracting.has(i) || expectedDims.push(d));
  rhsType.shape.forEach((d, i) => rhsContracting.has(i) || rhsBatch.has(i) || expectedDims.push(d));
  const isVector = (t: TypeAttribute): boolean => t.kind === BuiltinKind.VectorType;
  if (expectedDims.length === 0) {
    if (isVector(resType) || isVector(accType)) throw opError(op, "invalid accumulator/result vector shape");
    return;
  }
  if (!isVector(resType) || !isVector(accType)) throw opError(op, "invalid accumulator/result vector shape");
  const resVector = resType as VectorType;
  const [lhsMap, rhsMap, resMap] = maps as [AffineMap, AffineMap, AffineMap];
  // Every iteration dimension must index the lhs or the rhs; its extent comes from there.
  const extents = new Array<number | undefined>(lhsMap.numDims).fill(undefined);
  for (const [v, m] of [[lhsType, lhsMap], [rhsType, rhsMap]] as const) {
    v.shape.forEach((size, i) => {
      const pos = (m.results[i] as AffineDimExpr).position;
      if (extents[pos] === undefined) extents[pos] = size;
    });
  }
  const used = new Set<number>();
  for (const m of [lhsMap, rhsMap]) for (const e of m.results) used.add((e as AffineDimExpr).position);
  if (used.size !== lhsMap.numDims) throw opError(op, "expected all dimensions to be either a LHS or a RHS dimension");
  if (extents.some((e) => e === undefined)) throw opError(op, "expected all dimensions to get an extent as either a LHS or a RHS dimension");
  const shape = resMap.results.map((e) => extents[(e as AffineDimExpr).position]!);
  const expected = VectorType.get(op.context, shape, resVector.elementType, resVector.scalableDims);
  if (resType !== expected || accType !== expected) throw opError(op, `invalid accumulator/result vector shape, expected: ${quoted(expected)}`);
}

/**
 * MLIR's `IndexingMapOpInterface::verifyImpl` for projected-permutation
 * maps: each loop's extent is the size of the first operand dimension it
 * indexes, and every operand dimension must have its loop's extent.
 */
function verifyIndexingMaps(op: Operation, maps: readonly AffineMap[]): void {
  const shapes = op.operands.map((o) => (o.value.type.kind === BuiltinKind.VectorType ? (o.value.type as VectorType).shape : []));
  const extents = new Array<number>(maps[0]!.numDims).fill(-1);
  maps.forEach((m, i) =>
    m.results.forEach((e, k) => {
      const d = (e as AffineDimExpr).position;
      if (extents[d] === -1) extents[d] = shapes[i]![k]!;
    }),
  );
  maps.forEach((m, i) =>
    m.results.forEach((e, dim) => {
      const size = shapes[i]![dim]!;
      const inferred = extents[(e as AffineDimExpr).position]!;
      if (size !== 0 && inferred !== size) {
        throw opError(op, `inferred input/output operand #${i} has shape's dimension #${dim} to be ${inferred}, but found ${size}`);
      }
    }),
  );
}
