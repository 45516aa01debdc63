import type { TypeAttribute } from "../../ir/attribute.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import type { Value } from "../../ir/value.js";
import {
  affineMapAttr,
  anyMemref,
  anyType,
  anyVector,
  boolAttr as boolAttrConstraint,
  confined,
  Constraint,
  denseI64Array,
  index,
  integerAttrOf,
  unitAttr,
} from "../../irdl/constraint.js";
import { defaultProp, quoted, variadic, type OpDef, segmentSizesAttr } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { Pure, ReturnLike, Terminator } from "../../irdl/traits.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import type { DenseArrayAttr } from "../builtin/attributes/dense-array-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { UnitAttr } from "../builtin/attributes/unit-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import type { ShapedType } from "../builtin/types/shaped-type.js";
import { AffineForOp, AffineIfOp } from "./control-ops.js";
import { AffineDmaStartOp, AffineDmaWaitOp } from "./dma-ops.js";
import { AffineParallelOp } from "./parallel-op.js";
import {
  boolAttr,
  i64Array,
  i64ArrayValues,
  kDynamic,
  parseDimAndSymbolList,
  parseOperandGroup,
  printAttrDict,
  printDimAndSymbolList,
  PropsBuilder,
  resolveIndices,
} from "./syntax.js";
import { affineScope, isValidAffineIndexOperand, isValidDim, isValidSymbol, verifyDimAndSymbolIdentifiers } from "./validity.js";

// ---- affine.apply, affine.min, affine.max ----------------------------------------------------

function mapOf(op: Operation): import("../builtin/affine/affine-map.js").AffineMap {
  return (op.getInherentAttr("map") as AffineMapAttr).map;
}

/** `#map(%d...)[%s...] {attrs}` (affine.apply, min, max): map, dims and symbols of index type. */
function parseMapAndOperands(p: OpAsmParser, state: ParsedOperationState, checkCounts: boolean): void {
  const at = p.currentOffset();
  const attr = p.parseAttribute();
  if (attr.kind !== BuiltinKind.AffineMapAttr) p.emitError("invalid kind of attribute specified", at);
  const { operands, numDims } = parseDimAndSymbolList(p);
  const props = new PropsBuilder(p.context, ["map"]);
  props.set("map", attr);
  const dict = p.parseOptionalAttrDict();
  const map = (attr as AffineMapAttr).map;
  if (checkCounts && (map.numDims !== numDims || numDims + map.numSymbols !== operands.length)) {
    p.emitError("dimension or symbol index mismatch", p.nameOffset);
  }
  state.operands = operands;
  state.resultTypes = checkCounts ? map.results.map(() => IndexType.get(p.context)) : [IndexType.get(p.context)];
  props.finish(state, dict);
}

function printMapAndOperands(p: OpAsmPrinter, op: Operation): void {
  const map = mapOf(op);
  p.write(" ");
  p.printAttribute(op.getInherentAttr("map")!);
  printDimAndSymbolList(p, op.operands.map((o) => o.value), map.numDims);
  printAttrDict(p, op, ["map"]);
}

/** `affine.apply #map(%d)[%s]`: applies a single-result affine map to dims and symbols. */
export class AffineApplyOp extends defineOp({
  name: "affine.apply",
  operands: { mapOperands: variadic(index) },
  results: { result: index },
  properties: { map: affineMapAttr },
  traits: [Pure],
  parse: (p, state) => parseMapAndOperands(p, state, true),
  print: printMapAndOperands,
  verify(op) {
    const map = mapOf(op);
    if (op.operands.length !== map.numDims + map.numSymbols) {
      throw opError(op, "operand count and affine map dimension and symbol count must match");
    }
    if (map.numResults !== 1) throw opError(op, "mapping must produce one value");
    // A value that may vary inside the scope cannot stand for a symbol.
    for (let i = map.numDims; i < op.operands.length; i++) {
      const v = op.operands[i]!.value;
      if (isValidDim(v) && !isValidSymbol(v)) throw opErrorPlain(op, "dimensional operand cannot be used as a symbol");
    }
  },
}) {}

function verifyMinMax(op: Operation): void {
  const map = mapOf(op);
  if (op.operands.length !== map.numDims + map.numSymbols) {
    throw opError(op, "operand count and affine map dimension and symbol count must match");
  }
  if (map.numResults === 0) throw opError(op, "affine map expect at least one result");
}

/** `affine.min`/`affine.max`: one shape, the least or greatest of the map's results. */
function minMax<N extends string>(name: N) {
  return {
    name,
    operands: { operands: variadic(index) },
    results: { result: index },
    properties: { map: affineMapAttr },
    traits: [Pure],
    parse: (p: OpAsmParser, state: ParsedOperationState) => parseMapAndOperands(p, state, false),
    print: printMapAndOperands,
    verify: verifyMinMax,
  } as const;
}

/** `affine.min #map(%d)[%s]`: the least of the map's results. */
export class AffineMinOp extends defineOp(minMax("affine.min")) {}

/** `affine.max #map(%d)[%s]`: the greatest of the map's results. */
export class AffineMaxOp extends defineOp(minMax("affine.max")) {}

// ---- Memory operations ----------------------------------------------------------------------

/** `: memref<...>`: a colon then a memref type (MLIR's `parseColonType(MemRefType&)`). */
function parseColonMemRef(p: OpAsmParser): ShapedType {
  p.parsePunctuation(":");
  const at = p.currentOffset();
  const t = p.parseType();
  if (t.kind !== BuiltinKind.MemRefType) p.emitError(`invalid kind of type specified: expected builtin.memref, but found ${quoted(t)}`, at);
  return t as ShapedType;
}

/** `[` map of SSA ids `]`: the map attribute and its operands, dims first. */
function parseSubscripts(p: OpAsmParser): { map: AffineMapAttr; operands: UnresolvedOperand[] } {
  const r = p.parseAffineMapOfSSAIds("[");
  return { map: AffineMapAttr.get(p.context, r.value), operands: [...r.dims, ...r.symbols] };
}

/** ` %memref[subscripts]`. */
function printSubscripts(p: OpAsmPrinter, op: Operation, memrefIndex: number): void {
  p.write(" ");
  p.printOperand(op.operands[memrefIndex]!.value);
  p.write("[");
  p.printAffineMapOfSSAIds(mapOf(op), op.operands.slice(memrefIndex + 1).map((o) => o.value));
  p.write("]");
}

/**
 * Parses the memory ops' common shape: `(%value ,)? %memref[subscripts]
 * {attrs} : memref-type (, vector-type)?`.
 */
function parseMemoryOp(p: OpAsmParser, state: ParsedOperationState, hasValue: boolean, vector: boolean): void {
  const value = hasValue ? p.parseOperand() : null;
  if (hasValue) p.parsePunctuation(",");
  const memref = p.parseOperand();
  const { map, operands } = parseSubscripts(p);
  const props = new PropsBuilder(p.context, ["map"]);
  props.set("map", map);
  const dict = p.parseOptionalAttrDict();
  const type = parseColonMemRef(p);
  let vectorType: TypeAttribute | null = null;
  if (vector) {
    p.parsePunctuation(",");
    const at = p.currentOffset();
    vectorType = p.parseType();
    if (vectorType.kind !== BuiltinKind.VectorType) p.emitError(`invalid kind of type specified: expected builtin.vector, but found ${quoted(vectorType)}`, at);
  }
  const out: Value[] = [];
  if (value !== null) out.push(p.resolveOperand(value, vectorType ?? type.elementType));
  out.push(p.resolveOperand(memref, type));
  out.push(...resolveIndices(p, operands));
  state.operands = out;
  state.resultTypes = hasValue ? [] : [vectorType ?? type.elementType];
  props.finish(state, dict);
}

function printMemoryOp(p: OpAsmPrinter, op: Operation, hasValue: boolean, vector: boolean): void {
  if (hasValue) {
    p.write(" ");
    p.printOperand(op.operands[0]!.value);
    p.write(",");
  }
  const m = hasValue ? 1 : 0;
  printSubscripts(p, op, m);
  printAttrDict(p, op, ["map"]);
  p.write(" : ");
  p.printType(op.operands[m]!.value.type);
  if (vector) {
    p.write(", ");
    p.printType(hasValue ? op.operands[0]!.value.type : op.results[0]!.type);
  }
}

/** MLIR's `verifyMemoryOpIndexing`. */
function verifyIndexing(op: Operation, memrefIndex: number): void {
  const map = mapOf(op);
  const type = op.operands[memrefIndex]!.value.type as ShapedType;
  if (map.numResults !== type.rank) throw opError(op, "affine map num results must equal memref rank");
  const indices = op.operands.slice(memrefIndex + 1);
  if (map.numInputs !== indices.length) throw opError(op, "expects as many subscripts as affine map inputs");
  for (const o of indices) {
    if (o.value.type.kind !== BuiltinKind.IndexType) throw opError(op, "index to load must have 'index' type");
  }
  verifyDimAndSymbolIdentifiers(op, indices.map((o) => o.value), map.numDims);
}

/** `affine.load %m[%i + 1, symbol(%n)] : memref<...>`: reads an element at affine subscripts. */
export class AffineLoadOp extends defineOp({
  name: "affine.load",
  operands: { memref: anyMemref, indices: variadic(index) },
  results: { result: anyType },
  properties: { map: affineMapAttr },
  parse: (p, state) => parseMemoryOp(p, state, false, false),
  print: (p, op) => printMemoryOp(p, op, false, false),
  verify(op) {
    const type = op.operands[0]!.value.type as ShapedType;
    if (op.results[0]!.type !== type.elementType) throw opError(op, "result type must match element type of memref");
    verifyIndexing(op, 0);
  },
}) {}

/** `affine.store %v, %m[%i, %j] : memref<...>`: writes an element at affine subscripts. */
export class AffineStoreOp extends defineOp({
  name: "affine.store",
  operands: { value: anyType, memref: anyMemref, indices: variadic(index) },
  properties: { map: affineMapAttr },
  parse: (p, state) => parseMemoryOp(p, state, true, false),
  print: (p, op) => printMemoryOp(p, op, true, false),
  verify(op) {
    const type = op.operands[1]!.value.type as ShapedType;
    if (op.operands[0]!.value.type !== type.elementType) {
      throw opError(op, "value to store must have the same type as memref element type");
    }
    verifyIndexing(op, 1);
  },
}) {}

function verifyVectorMemoryOp(op: Operation, memref: Value, vector: TypeAttribute): void {
  if ((memref.type as ShapedType).elementType !== (vector as ShapedType).elementType) {
    throw opError(op, "requires memref and vector types of the same elemental type");
  }
}

/** `affine.vector_load %m[%i] : memref<...>, vector<...>`: reads a vector at affine subscripts. */
export class AffineVectorLoadOp extends defineOp({
  name: "affine.vector_load",
  operands: { memref: anyMemref, indices: variadic(index) },
  results: { result: anyVector },
  properties: { map: affineMapAttr },
  parse: (p, state) => parseMemoryOp(p, state, false, true),
  print: (p, op) => printMemoryOp(p, op, false, true),
  verify(op) {
    verifyIndexing(op, 0);
    verifyVectorMemoryOp(op, op.operands[0]!.value, op.results[0]!.type);
  },
}) {}

/** `affine.vector_store %v, %m[%i] : memref<...>, vector<...>`: writes a vector at affine subscripts. */
export class AffineVectorStoreOp extends defineOp({
  name: "affine.vector_store",
  operands: { value: anyVector, memref: anyMemref, indices: variadic(index) },
  properties: { map: affineMapAttr },
  parse: (p, state) => parseMemoryOp(p, state, true, true),
  print: (p, op) => printMemoryOp(p, op, true, true),
  verify(op) {
    verifyIndexing(op, 1);
    verifyVectorMemoryOp(op, op.operands[1]!.value, op.operands[0]!.value.type);
  },
}) {}

const locality = confined(integerAttrOf(32), "32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3", (a) => a.value >= 0n && a.value <= 3n);

/** `affine.prefetch %m[%i], read, locality<3>, data : memref<...>`: a prefetch hint. */
export class AffinePrefetchOp extends defineOp({
  name: "affine.prefetch",
  operands: { memref: anyMemref, indices: variadic(index) },
  properties: { isWrite: boolAttrConstraint, localityHint: locality, isDataCache: boolAttrConstraint, map: affineMapAttr },
  parse(p, state) {
    const ctx = p.context;
    const memref = p.parseOperand();
    const { map, operands } = parseSubscripts(p);
    const props = new PropsBuilder(ctx, ["isWrite", "localityHint", "isDataCache", "map"]);
    props.set("map", map);
    p.parsePunctuation(",");
    const rw = p.parseKeywordAny();
    p.parsePunctuation(",");
    p.parseKeyword("locality");
    p.parsePunctuation("<");
    props.set("localityHint", p.parseAttribute(IntegerType.get(ctx, 32)));
    p.parsePunctuation(">");
    p.parsePunctuation(",");
    const cache = p.parseKeywordAny();
    const dict = p.parseOptionalAttrDict();
    const type = parseColonMemRef(p);
    state.operands = [p.resolveOperand(memref, type), ...resolveIndices(p, operands)];
    if (rw !== "read" && rw !== "write") p.emitError("rw specifier has to be 'read' or 'write'", p.nameOffset);
    props.set("isWrite", boolAttr(ctx, rw === "write"));
    if (cache !== "data" && cache !== "instr") p.emitError("cache type has to be 'data' or 'instr'", p.nameOffset);
    props.set("isDataCache", boolAttr(ctx, cache === "data"));
    props.finish(state, dict);
  },
  print(p, op) {
    printSubscripts(p, op, 0);
    const isWrite = (op.getInherentAttr("isWrite") as IntegerAttr).value !== 0n;
    const isData = (op.getInherentAttr("isDataCache") as IntegerAttr).value !== 0n;
    const hint = (op.getInherentAttr("localityHint") as IntegerAttr).value;
    p.write(`, ${isWrite ? "write" : "read"}, locality<${hint}>, ${isData ? "data" : "instr"}`);
    printAttrDict(p, op, ["map", "localityHint", "isDataCache", "isWrite"]);
    p.write(" : ");
    p.printType(op.operands[0]!.value.type);
  },
  verify(op) {
    const map = mapOf(op);
    if (map.numResults !== (op.operands[0]!.value.type as ShapedType).rank) {
      throw opError(op, "affine.prefetch affine map num results must equal memref rank");
    }
    if (map.numInputs + 1 !== op.operands.length) throw opError(op, "too few operands");
    const scope = affineScope(op);
    for (const o of op.operands.slice(1)) {
      if (!isValidAffineIndexOperand(o.value, scope)) throw opError(op, "index must be a valid dimension or symbol identifier");
    }
  },
}) {}

// ---- affine.yield -----------------------------------------------------------------------------

/** `affine.yield %v : T`: ends the regions of affine.for, affine.if and affine.parallel. */
export class AffineYieldOp extends defineOp({
  name: "affine.yield",
  operands: { operands: variadic(anyType) },
  traits: [Pure, ReturnLike, Terminator],
  format: "attr-dict ($operands^ `:` type($operands))?",
  verify(op) {
    const parent = op.parentOp;
    if (parent === null || !["affine.for", "affine.if", "affine.parallel"].includes(parent.opName)) {
      throw opError(op, "only terminates affine.if/for/parallel regions");
    }
    if (parent.results.length !== op.operands.length) {
      throw opError(op, "parent of yield must have same number of results as the yield operands");
    }
    for (let i = 0; i < op.operands.length; i++) {
      if (parent.results[i]!.type !== op.operands[i]!.value.type) throw opError(op, "types mismatch between yield op and its parent");
    }
  },
}) {}

// ---- affine.delinearize_index, affine.linearize_index -----------------------------------------

/**
 * `(` (`%v` | integer) (`,` ...)* `)` (MLIR's `custom<DynamicIndexList>`
 * with parentheses): the dynamic values and the static list, with
 * {@link kDynamic} where a value stands.
 */
function parseDynamicIndexList(p: OpAsmParser): { dynamic: UnresolvedOperand[]; statics: bigint[] } {
  const dynamic: UnresolvedOperand[] = [];
  const statics: bigint[] = [];
  p.parseCommaSeparatedList("(", ")", () => {
    const o = p.parseOptionalOperand();
    if (o !== null) {
      dynamic.push(o);
      statics.push(kDynamic);
    } else {
      statics.push(p.parseInteger());
    }
  });
  return { dynamic, statics };
}

function printDynamicIndexList(p: OpAsmPrinter, dynamic: readonly Value[], statics: readonly bigint[]): void {
  p.write("(");
  let d = 0;
  for (let i = 0; i < statics.length; i++) {
    if (i > 0) p.write(", ");
    if (statics[i] === kDynamic) p.printOperand(dynamic[d++]!);
    else p.write(statics[i]!.toString());
  }
  p.write(")");
}

function staticBasis(op: Operation): bigint[] {
  return i64ArrayValues(op.getInherentAttr("static_basis") as DenseArrayAttr);
}

function verifyBasisMarkers(op: Operation, basis: readonly bigint[], numDynamic: number): void {
  if (basis.filter((b) => b === kDynamic).length !== numDynamic) {
    throw opError(op, "mismatch between dynamic and static basis (kDynamic marker but no corresponding dynamic basis entry) -- this can only happen due to an incorrect fold/rewrite");
  }
}

/** `affine.delinearize_index %i into (16, %n) : index, index`: splits a linear index by a basis. */
export class AffineDelinearizeIndexOp extends defineOp({
  name: "affine.delinearize_index",
  operands: { linear_index: index, dynamic_basis: variadic(index) },
  results: { multi_index: variadic(index) },
  properties: { static_basis: denseI64Array },
  traits: [Pure],
  parse(p, state) {
    const ctx = p.context;
    const linear = p.parseOperand();
    p.parseKeyword("into");
    const { dynamic, statics } = parseDynamicIndexList(p);
    const props = new PropsBuilder(ctx, ["static_basis"]);
    props.set("static_basis", i64Array(ctx, statics));
    const dict = p.parseOptionalAttrDict();
    p.parsePunctuation(":");
    state.resultTypes = p.parseTypeList();
    state.operands = resolveIndices(p, [linear, ...dynamic]);
    props.finish(state, dict);
  },
  print(p, op) {
    p.write(" ");
    p.printOperand(op.operands[0]!.value);
    p.write(" into ");
    printDynamicIndexList(p, op.operands.slice(1).map((o) => o.value), staticBasis(op));
    printAttrDict(p, op, ["static_basis"]);
    p.write(" : ");
    op.results.forEach((r, i) => {
      if (i > 0) p.write(", ");
      p.printType(r.type);
    });
  },
  verify(op) {
    const basis = staticBasis(op);
    if (op.results.length !== basis.length && op.results.length !== basis.length + 1) {
      throw opError(op, "should return an index for each basis element and up to one extra index");
    }
    verifyBasisMarkers(op, basis, op.operands.length - 1);
    if (!basis.every((v) => v > 0n || v === kDynamic)) throw opError(op, "no basis element may be statically non-positive");
  },
}) {}

/** UnitProp: present (`unit`) or absent, which MLIR 22's generic form prints as `false`. */
const unitProp = new Constraint("unit attribute", (a) => unitAttr.test(a) || (a.kind === BuiltinKind.IntegerAttr && (a as IntegerAttr).value === 0n));

function isSet(op: Operation, name: string): boolean {
  const a = op.getInherentAttr(name);
  return a !== undefined && a.kind === BuiltinKind.UnitAttr;
}

/** `affine.linearize_index disjoint [%i, %j] by (%n, 16) : index`: combines indices by a basis. */
export class AffineLinearizeIndexOp extends defineOp({
  name: "affine.linearize_index",
  operands: { multi_index: variadic(index), dynamic_basis: variadic(index) },
  results: { linear_index: index },
  properties: { static_basis: denseI64Array, disjoint: defaultProp(unitProp, (ctx) => boolAttr(ctx, false)) },
  traits: [Pure],
  parse(p, state) {
    const ctx = p.context;
    const props = new PropsBuilder(ctx, ["static_basis", "disjoint", "operandSegmentSizes"]);
    props.set("disjoint", p.parseOptionalKeyword("disjoint") ? UnitAttr.get(ctx) : boolAttr(ctx, false));
    const indices = parseOperandGroup(p, "[", false);
    p.parseKeyword("by");
    const { dynamic, statics } = parseDynamicIndexList(p);
    props.set("static_basis", i64Array(ctx, statics));
    props.set("operandSegmentSizes", segmentSizesAttr(ctx, [indices.length, dynamic.length]));
    const dict = p.parseOptionalAttrDict();
    p.parsePunctuation(":");
    state.resultTypes = [p.parseType()];
    state.operands = resolveIndices(p, [...indices, ...dynamic]);
    props.finish(state, dict);
  },
  print(p, op) {
    const n = (AffineLinearizeIndexOp.def as OpDef).operandRange(op, 0)[1];
    if (isSet(op, "disjoint")) p.write(" disjoint");
    p.write(" [");
    p.printOperands(op.operands.slice(0, n).map((o) => o.value));
    p.write("] by ");
    printDynamicIndexList(p, op.operands.slice(n).map((o) => o.value), staticBasis(op));
    printAttrDict(p, op, ["static_basis", "disjoint", "operandSegmentSizes"]);
    p.write(" : ");
    p.printType(op.results[0]!.type);
  },
  verify(op) {
    const [, numIndexes] = (AffineLinearizeIndexOp.def as OpDef).operandRange(op, 0);
    const basis = staticBasis(op);
    if (numIndexes !== basis.length && numIndexes !== basis.length + 1) {
      throw opError(op, "should be passed a basis element for each index except possibly the first");
    }
    verifyBasisMarkers(op, basis, op.operands.length - numIndexes);
  },
}) {}

/** Every operation of the dialect. */
export const affineOps: readonly { readonly def: OpDef }[] = [
  AffineApplyOp,
  AffineMinOp,
  AffineMaxOp,
  AffineForOp,
  AffineIfOp,
  AffineParallelOp,
  AffineLoadOp,
  AffineStoreOp,
  AffineVectorLoadOp,
  AffineVectorStoreOp,
  AffinePrefetchOp,
  AffineDmaStartOp,
  AffineDmaWaitOp,
  AffineYieldOp,
  AffineDelinearizeIndexOp,
  AffineLinearizeIndexOp,
];
