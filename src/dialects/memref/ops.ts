import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import { Block } from "../../ir/block.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import { OpTrait } from "../../ir/op-definition.js";
import { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import type { Value } from "../../ir/value.js";
import type { Context } from "../../ir/context.js";
import {
  affineMapAttr,
  anyAttr,
  anyFloat,
  anyOf,
  anySignlessInteger,
  anyType,
  boolAttr,
  Constraint,
  denseI64Array,
  flatSymbolRefAttr,
  index,
  integerAttrOf,
  shapedOf,
  strAttr,
  symbolNameAttr,
  typeAttrOf,
  unitAttr,
  type AttrFormat,
} from "../../irdl/constraint.js";
import type { CustomDirective, FormatParseState } from "../../irdl/format/compile.js";
import {
  defaultValuedOptionalProp,
  defineOp,
  optional,
  optionalProp,
  quoted,
  region,
  variadic,
  type OpDef,
} from "../../irdl/op-def.js";
import {
  AutomaticAllocationScope,
  HasParent,
  Pure,
  RecursiveMemoryEffects,
  ReturnLike,
  SingleBlock,
  SingleBlockImplicitTerminator,
  Terminator,
  Symbol,
  type Trait,
} from "../../irdl/traits.js";
import { lookupSymbol } from "../func/ops.js";
import type { SymbolRefAttr } from "../builtin/attributes/symbol-ref-attr.js";
import type { AffineMap } from "../builtin/affine/affine-map.js";
import { AffineDimExpr } from "../builtin/affine/affine-expr.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import type { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { StringAttr } from "../builtin/attributes/string-attr.js";
import { StridedLayoutAttr } from "../builtin/attributes/strided-layout-attr.js";
import { TypeAttr } from "../builtin/attributes/type-attr.js";
import { UnitAttr } from "../builtin/attributes/unit-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { MemRefType } from "../builtin/types/memref-type.js";
import { DYNAMIC, type ShapedType } from "../builtin/types/shaped-type.js";
import { RankedTensorType } from "../builtin/types/tensor-type.js";
import { printAffineMap } from "../../print/affine-printer.js";
import { AtomicRMWKind } from "./attributes.js";
import { dynamicIndexList, staticValues } from "./index-list.js";
import {
  addDyn,
  castCompatible,
  compatible,
  isRankedMemRef,
  memorySpaceOf,
  mulDyn,
  stridedLinearLayoutAttr,
  stridesAndOffset,
  withShapeAndLayout,
} from "./layout.js";

// ---- Constraints -------------------------------------------------------------------------------

/**
 * ODS's `AnyMemRef` ("memref of any type values"): ranked memrefs only, as
 * MLIR's `MemRefOf` (tsdl's core `memrefOf` also admits unranked ones).
 */
const rankedMemref = shapedOf<ShapedType>([BuiltinKind.MemRefType], "memref", anyType);
const unrankedOrRanked = new Constraint<ShapedType>(
  "ranked or unranked memref of any type values",
  (a) => a.kind === BuiltinKind.MemRefType || a.kind === BuiltinKind.UnrankedMemRefType,
);
const nonZeroRankedOrUnranked = new Constraint<ShapedType>(
  "unranked.memref of any type values or non-0-ranked.memref of any type values",
  (a) => a.kind === BuiltinKind.UnrankedMemRefType || (a.kind === BuiltinKind.MemRefType && (a as MemRefType).shape.length > 0),
);
/**
 * A ranked memref with strided layout. Affine-map layouts are accepted
 * unchecked (MLIR accepts those that are strided linear maps; tsdl does not
 * analyse maps yet).
 */
const stridedMemref = new Constraint<ShapedType>("strided memref of any type values", (a) => {
  if (a.kind !== BuiltinKind.MemRefType) return false;
  const l = (a as MemRefType).layout;
  return l === null || l.kind === BuiltinKind.StridedLayoutAttr || l.kind === BuiltinKind.AffineMapAttr;
});
const stridedMemrefRank0 = new Constraint<ShapedType>("strided memref of any type values of ranks 0", (a) => stridedMemref.test(a) && (a as MemRefType).shape.length === 0);
const atomicValue = anyOf<TypeAttribute>([anySignlessInteger, anyFloat], "signless integer or floating-point");
const atomicMemref = shapedOf<ShapedType>([BuiltinKind.MemRefType], "memref", atomicValue);
const shapeOperand = new Constraint<ShapedType>(
  "1D memref of signless integer or index values",
  (a) =>
    a.kind === BuiltinKind.MemRefType &&
    (a as MemRefType).shape.length === 1 &&
    ((a as MemRefType).elementType.kind === BuiltinKind.IndexType || anySignlessInteger.test((a as MemRefType).elementType)),
);
const i8Memref1D = new Constraint<ShapedType>(
  "1D memref of 8-bit signless integer values",
  (a) => a.kind === BuiltinKind.MemRefType && (a as MemRefType).shape.length === 1 && anySignlessInteger.test((a as MemRefType).elementType) && ((a as MemRefType).elementType as IntegerType).width === 8,
);
const memref1D = new Constraint<ShapedType>("1D memref of any type values", (a) => a.kind === BuiltinKind.MemRefType && (a as MemRefType).shape.length === 1);

const i64 = integerAttrOf(64);
const i32 = integerAttrOf(32);
const isPow2 = (v: bigint): boolean => v > 0n && (v & (v - 1n)) === 0n;
/** `ConfinedAttr<I64Attr, [IntPositive, IntPowerOf2]>`: memory alignments. */
const alignmentAttr = new Constraint<IntegerAttr>(
  "64-bit signless integer attribute whose value is positive and whose value is a power of two > 0",
  (a) => i64.test(a) && isPow2((a as IntegerAttr).value),
  i64.format!,
);
const localityAttr = new Constraint<IntegerAttr>(
  "32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3",
  (a) => i32.test(a) && (a as IntegerAttr).value >= 0n && (a as IntegerAttr).value <= 3n,
  i32.format!,
);
const positiveI32 = new Constraint<IntegerAttr>("32-bit signless integer attribute whose value is positive", (a) => i32.test(a) && (a as IntegerAttr).value > 0n, i32.format!);
const memrefTypeAttr = typeAttrOf(new Constraint("memref type", (a) => a.kind === BuiltinKind.MemRefType), "memref type attribute");
const indexListArray = new Constraint<ArrayAttr>("Array of 64-bit integer array attributes", (a) => {
  if (a.kind !== BuiltinKind.ArrayAttr) return false;
  for (const g of (a as ArrayAttr).elements) {
    if (g.kind !== BuiltinKind.ArrayAttr) return false;
    for (const e of (g as ArrayAttr).elements) if (!i64.test(e)) return false;
  }
  return true;
});
/** A string attribute written as a string literal (`"private"`), never an arbitrary attribute. */
const stringLiteralFormat: AttrFormat = {
  parseOptional: (p) => {
    const s = p.parseOptionalString();
    return s === null ? null : StringAttr.get(p.context, s);
  },
  parse: (p) => StringAttr.get(p.context, p.parseString()),
  print: (p, a) => p.printString((a as StringAttr).value),
};
/** `false` (`BoolAttr`), the default of `nontemporal`. */
const falseAttr = (ctx: Context): Attribute => IntegerAttr.bool(ctx, false);

/** `index` for each of `n` operands (variadic index groups the format does not type). */
const indexTypes = (_earlier: readonly Value[], n: number, ctx: Context): TypeAttribute[] => {
  const t = IndexType.get(ctx);
  const out: TypeAttribute[] = [];
  for (let i = 0; i < n; i++) out.push(t);
  return out;
};

/**
 * ODS's `SameOperandsShape`, with MLIR's compatible-shape rule: a dynamic
 * size matches any size, an unranked operand any shape.
 */
const SameOperandsShape: Trait = {
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
const SameOperandsElementType: Trait = {
  name: "SameOperandsElementType",
  flags: 0,
  verify(op) {
    const os = op.operands;
    for (let i = 1; i < os.length; i++) {
      if (elementOf(os[i]!.value.type) !== elementOf(os[0]!.value.type)) throw opError(op, "requires the same element type for all operands");
    }
  },
};

function memrefOfOp(op: Operation, i = 0): MemRefType {
  return op.operands[i]!.value.type as MemRefType;
}

function elementOf(t: TypeAttribute): TypeAttribute {
  return (t as ShapedType).elementType;
}

function intValue(a: Attribute | undefined): bigint | null {
  return a !== undefined && a.kind === BuiltinKind.IntegerAttr ? (a as IntegerAttr).value : null;
}

// ---- Allocation -----------------------------------------------------------------------------------

function verifyAllocLike(op: Operation): void {
  const t = op.results[0]!.type as MemRefType;
  const def = op.name.def as OpDef;
  const [, nDyn] = def.operandRange(op, 0);
  const [, nSym] = def.operandRange(op, 1);
  const expected = t.shape.filter((d) => d === DYNAMIC).length;
  if (nDyn !== expected) throw opError(op, `incorrect number of dynamic sizes, has ${nDyn}, expected ${expected}`);
  let symbols = 0;
  if (t.layout !== null && t.layout.kind === BuiltinKind.AffineMapAttr) symbols = (t.layout as AffineMapAttr).map.numSymbols;
  else if (t.layout !== null && t.layout.kind === BuiltinKind.StridedLayoutAttr) {
    // The symbols of the strided layout's linear map: one per dynamic offset or stride.
    const l = t.layout as StridedLayoutAttr;
    symbols = (l.offset === DYNAMIC ? 1 : 0) + l.strides.filter((x) => x === DYNAMIC).length;
  }
  if (nSym !== symbols) throw opError(op, `symbol operand count does not equal memref symbol count: expected ${symbols}, got ${nSym}`);
}

function allocLike<N extends string>(name: N, resultName: string) {
  return {
    name,
    operands: { dynamicSizes: variadic(index), symbolOperands: variadic(index) },
    results: { memref: rankedMemref },
    properties: { alignment: optionalProp(alignmentAttr) },
    format: "`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)",
    inferOperandTypes: { dynamicSizes: indexTypes, symbolOperands: indexTypes },
    resultName: () => resultName,
    verify: verifyAllocLike,
  } as const;
}

/** `memref.alloc`: allocates a memref on the heap. */
export class AllocOp extends defineOp(allocLike("memref.alloc", "alloc")) {}

/** `memref.alloca`: allocates a memref on the stack, freed when the scope returns. */
export class AllocaOp extends defineOp(allocLike("memref.alloca", "alloca")) {}

/** `memref.realloc`: resizes a 1-D memref. */
export class ReallocOp extends defineOp({
  name: "memref.realloc",
  operands: { source: memref1D, dynamicResultSize: optional(index) },
  results: { result: memref1D },
  properties: { alignment: optionalProp(alignmentAttr) },
  format: "$source (`(` $dynamicResultSize^ `)`)? attr-dict `:` type($source) `to` type(results)",
  inferOperandTypes: { dynamicResultSize: indexTypes },
  verify(op) {
    const src = memrefOfOp(op);
    const res = op.results[0]!.type as MemRefType;
    if (src.elementType !== res.elementType) {
      throw opErrorPlain(op, `different element types specified for source memref type ${quoted(src)} and result memref type ${quoted(res)}`);
    }
    const dynamic = res.shape[0] === DYNAMIC;
    if (dynamic !== (op.operands.length === 2)) {
      throw opErrorPlain(op, `${dynamic ? "missing" : "unnecessary"} dimension operand for result type ${quoted(res)}`);
    }
  },
}) {}

/** `memref.dealloc`: frees a heap memref. */
export class DeallocOp extends defineOp({
  name: "memref.dealloc",
  operands: { memref: unrankedOrRanked },
  format: "$memref attr-dict `:` type($memref)",
}) {}

// ---- alloca_scope -------------------------------------------------------------------------------------

/** `memref.alloca_scope.return`: ends an `alloca_scope` body, yielding its results. */
export class AllocaScopeReturnOp extends defineOp({
  name: "memref.alloca_scope.return",
  operands: { results: variadic(anyType) },
  traits: [HasParent("memref.alloca_scope"), Pure, ReturnLike, Terminator],
  format: "attr-dict ($results^ `:` type($results))?",
}) {}

/** `memref.alloca_scope`: a region whose stack allocations are freed at its end. */
export class AllocaScopeOp extends defineOp({
  name: "memref.alloca_scope",
  results: { results: variadic(anyType) },
  regions: { bodyRegion: region(1) },
  traits: [AutomaticAllocationScope, RecursiveMemoryEffects, SingleBlockImplicitTerminator("memref.alloca_scope.return")],
  parse: parseAllocaScope,
  print: printAllocaScope,
  verify(op) {
    const b = op.regions[0]!.first;
    const term = b === null ? null : b.last;
    if (term === null || term.opName !== "memref.alloca_scope.return") return;
    if (term.operands.length !== op.results.length) {
      const e = opError(
        op,
        `along control flow edge from Operation memref.alloca_scope.return to parent: region branch point has ${term.operands.length} operands, but region successor needs ${op.results.length} inputs`,
      );
      e.diagnostic.attachNote("region branch point", term.location);
      throw e;
    }
    for (let i = 0; i < term.operands.length; i++) {
      if (term.operands[i]!.value.type !== op.results[i]!.type) {
        throw opError(
          op,
          `along control flow edge from Operation memref.alloca_scope.return to parent: source type #${i} ${quoted(term.operands[i]!.value.type)} should match input type #${i} ${quoted(op.results[i]!.type)}`,
        );
      }
    }
  },
}) {}

/** `(-> (types))? region attr-dict` (MLIR's hand-written `AllocaScopeOp::parse`). */
function parseAllocaScope(p: OpAsmParser, state: ParsedOperationState): void {
  let types: TypeAttribute[] = [];
  if (p.parseOptionalPunctuation("->")) {
    p.parsePunctuation("(");
    if (!p.parseOptionalPunctuation(")")) {
      types = p.parseTypeList();
      p.parsePunctuation(")");
    }
  }
  const r = new Region();
  p.parseRegion(r);
  if (r.first === null) r.append(new Block());
  const b = r.first!;
  const last = b.last;
  if (last === null || !last.name.hasTrait(OpTrait.IsTerminator)) {
    const t = Operation.create(p.context.operationName("memref.alloca_scope.return"));
    p.setImplicitLocation(t);
    b.append(t);
  }
  state.attributes = p.parseOptionalAttrDict();
  state.regions = [r];
  state.resultTypes = types;
}

function printAllocaScope(p: OpAsmPrinter, op: Operation): void {
  let printTerminators = false;
  p.write(" ");
  if (op.results.length > 0) {
    p.write(" -> (");
    op.results.forEach((r, i) => {
      if (i > 0) p.write(", ");
      p.printType(r.type);
    });
    p.write(")");
    printTerminators = true;
  }
  p.write(" ");
  p.printRegion(op.regions[0]!, false, printTerminators);
  p.printOptionalAttrDict(op.attributes);
}

// ---- Load and store -------------------------------------------------------------------------------

const nontemporal = defaultValuedOptionalProp(boolAttr, falseAttr);

/** `memref.load`: reads one element. */
export class LoadOp extends defineOp({
  name: "memref.load",
  operands: { memref: rankedMemref, indices: variadic(index) },
  results: { result: anyType },
  properties: { nontemporal, alignment: optionalProp(alignmentAttr) },
  format: "$memref `[` $indices `]` attr-dict `:` type($memref)",
  inferOperandTypes: { indices: indexTypes },
  inferResultTypes: (_ctx, operands) => (operands.length > 0 && isRankedMemRef(operands[0]!.type) ? [elementOf(operands[0]!.type)] : null),
  verify(op) {
    const t = memrefOfOp(op);
    if (op.results[0]!.type !== t.elementType) throw opError(op, "failed to verify that result type matches element type of 'memref'");
    const n = op.operands.length - 1;
    if (n !== t.shape.length) throw opError(op, `incorrect number of indices for load, expected ${t.shape.length} but got ${n}`);
  },
}) {}

/** `memref.store`: writes one element. */
export class StoreOp extends defineOp({
  name: "memref.store",
  operands: { value: anyType, memref: rankedMemref, indices: variadic(index) },
  properties: { nontemporal, alignment: optionalProp(alignmentAttr) },
  parse: parseStore,
  print: printStore,
  verify(op) {
    const t = memrefOfOp(op, 1);
    if (op.operands[0]!.value.type !== t.elementType) throw opError(op, "failed to verify that type of 'value' matches element type of 'memref'");
    if (op.operands.length - 2 !== t.shape.length) throw opError(op, "store index operand count not equal to memref rank");
  },
}) {}

/** `%v, %m[%i, ...] attr-dict : memref-type` (ODS format; the value's type is the element type). */
function parseStore(p: OpAsmParser, state: ParsedOperationState): void {
  const at = p.currentOffset();
  const value = p.parseOperand();
  p.parsePunctuation(",");
  const memref = p.parseOperand();
  p.parsePunctuation("[");
  const indices = p.parseOperandList();
  p.parsePunctuation("]");
  const dictAt = p.currentOffset();
  state.attributes = splitInherent(p, state, p.parseOptionalAttrDict(), { nontemporal: boolAttr, alignment: alignmentAttr }, "memref.store", dictAt);
  p.parsePunctuation(":");
  const tat = p.currentOffset();
  const t = p.parseType();
  if (!isRankedMemRef(t)) p.emitError(`'memref' must be memref of any type values, but got ${quoted(t)}`, tat);
  const idx = IndexType.get(p.context);
  state.operands = p.resolveOperands([value, memref, ...indices], [(t as MemRefType).elementType, t, ...indices.map(() => idx)], at);
}

function printStore(p: OpAsmPrinter, op: Operation): void {
  p.write(" ");
  p.printOperand(op.operands[0]!.value);
  p.write(", ");
  p.printOperand(op.operands[1]!.value);
  p.write("[");
  p.printOperands(op.operandValues.slice(2));
  p.write("]");
  printAttrsWithProps(p, op, ["nontemporal"]);
  p.write(" : ");
  p.printType(op.operands[1]!.value.type);
}

/**
 * Moves the inherent attributes of a parsed attr-dict (`{nontemporal = true}`)
 * into the properties, checking their constraints on the spot as MLIR's
 * parser does (the error is at `at`, the dictionary).
 */
function splitInherent(
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

/** Prints the discardable attributes and the properties (`false` bool properties in `falseDefaults` elided). */
function printAttrsWithProps(p: OpAsmPrinter, op: Operation, falseDefaults: readonly string[], elided: readonly string[] = []): void {
  let dict = op.attributes;
  const props = op.properties;
  if (props !== null && props.kind === BuiltinKind.DictionaryAttr) {
    const d = props as DictionaryAttr;
    for (let i = 0; i < d.names.length; i++) {
      const n = d.names[i]!;
      if (elided.includes(n)) continue;
      if (falseDefaults.includes(n) && intValue(d.values[i]) === 0n) continue;
      dict = DictionaryAttr.with(op.context, dict, n, d.values[i]!);
    }
  }
  p.printOptionalAttrDict(dict);
}

// ---- Casts and queries ----------------------------------------------------------------------------

function verifyCast(op: Operation, checkMemorySpace: boolean): void {
  const a = op.operands[0]!.value.type;
  const b = op.results[0]!.type;
  if (!castCompatible(a, b, checkMemorySpace)) throw opError(op, `operand type ${quoted(a)} and result type ${quoted(b)} are cast incompatible`);
}

/** `memref.cast`: converts between compatible memref types. */
export class CastOp extends defineOp({
  name: "memref.cast",
  operands: { source: unrankedOrRanked },
  results: { dest: unrankedOrRanked },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type($dest)",
  resultName: () => "cast",
  verify: (op) => verifyCast(op, true),
}) {}

/** `memref.memory_space_cast`: changes the memory space. */
export class MemorySpaceCastOp extends defineOp({
  name: "memref.memory_space_cast",
  operands: { source: unrankedOrRanked },
  results: { dest: unrankedOrRanked },
  traits: [Pure],
  format: "$source attr-dict `:` type($source) `to` type($dest)",
  resultName: () => "memspacecast",
  verify(op) {
    // Unranked to unranked is fine here (only the memory space changes).
    const a = op.operands[0]!.value.type;
    const b = op.results[0]!.type;
    if (!isRankedMemRef(a) && !isRankedMemRef(b) && elementOf(a) === elementOf(b)) return;
    verifyCast(op, false);
  },
}) {}

/** `memref.copy`: copies the contents of one memref into another. */
export class CopyOp extends defineOp({
  name: "memref.copy",
  operands: { source: unrankedOrRanked, target: unrankedOrRanked },
  traits: [SameOperandsElementType, SameOperandsShape],
  format: "$source `,` $target attr-dict `:` type($source) `to` type($target)",
}) {}

/** `memref.dim`: the size of one dimension. */
export class DimOp extends defineOp({
  name: "memref.dim",
  operands: { source: nonZeroRankedOrUnranked, index },
  results: { result: index },
  format: "attr-dict $source `,` $index `:` type($source)",
  inferOperandTypes: { index: indexTypes },
  inferResultTypes: (ctx) => [IndexType.get(ctx)],
  resultName: () => "dim",
}) {}

/** `memref.rank`: the rank of a memref. */
export class RankOp extends defineOp({
  name: "memref.rank",
  operands: { memref: unrankedOrRanked },
  results: { result: index },
  traits: [Pure],
  format: "$memref attr-dict `:` type($memref)",
  inferResultTypes: (ctx) => [IndexType.get(ctx)],
}) {}

// ---- Globals ----------------------------------------------------------------------------------------

function tensorTypeOf(ctx: Context, t: MemRefType): RankedTensorType {
  return RankedTensorType.get(ctx, t.shape, t.elementType);
}

/** Dense, resource, string and sparse elements attributes (MLIR's `ElementsAttr`). */
function isElementsAttr(a: Attribute): boolean {
  const k = a.kind;
  return (
    k === BuiltinKind.DenseIntOrFPElementsAttr ||
    k === BuiltinKind.DenseResourceElementsAttr ||
    k === BuiltinKind.DenseStringElementsAttr ||
    k === BuiltinKind.SparseElementsAttr
  );
}

/** `custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value)`: `memref<2xf32> (= uninitialized | = dense<...>)?`. */
const globalTypeAndInitialValue: CustomDirective = {
  parse(p: OpAsmParser, st: FormatParseState): void {
    const t = p.parseType();
    if (t.kind !== BuiltinKind.MemRefType || !(t as MemRefType).hasStaticShape) {
      p.emitError(`type should be static shaped memref, but got ${quoted(t)}`, p.nameOffset);
    }
    st.setProp("type", TypeAttr.get(p.context, t));
    if (!p.parseOptionalPunctuation("=")) return;
    if (p.parseOptionalKeyword("uninitialized")) {
      st.setProp("initial_value", UnitAttr.get(p.context));
      return;
    }
    const init = p.parseAttribute(tensorTypeOf(p.context, t as MemRefType));
    if (!isElementsAttr(init)) p.emitError("initial value should be a unit or elements attribute", p.nameOffset);
    st.setProp("initial_value", init);
  },
  print(p: OpAsmPrinter, op: Operation, _args: readonly string[], def: OpDef): void {
    const t = def.prop(op, "type") as TypeAttr;
    p.printType(t.value);
    const init = def.prop(op, "initial_value");
    if (init === undefined) return;
    p.write(" = ");
    if (init.kind === BuiltinKind.UnitAttr) p.write("uninitialized");
    else p.printAttributeWithoutType(init);
  },
};

/** `memref.global`: a named global memref, maybe constant and initialized. */
export class GlobalOp extends defineOp({
  name: "memref.global",
  properties: {
    sym_name: symbolNameAttr,
    sym_visibility: optionalProp(strAttr.withFormat(stringLiteralFormat)),
    type: memrefTypeAttr,
    initial_value: optionalProp(anyAttr),
    constant: optionalProp(unitAttr),
    alignment: optionalProp(alignmentAttr),
  },
  traits: [Symbol],
  format: "($sym_visibility^)? (`constant` $constant^)? $sym_name `:` custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value) attr-dict",
  customDirectives: { GlobalMemrefOpTypeAndInitialValue: globalTypeAndInitialValue },
  verify(op) {
    const t = (op.getInherentAttr("type") as TypeAttr).value;
    if (t.kind !== BuiltinKind.MemRefType || !(t as MemRefType).hasStaticShape) {
      throw opError(op, `type should be static shaped memref, but got ${quoted(t)}`);
    }
    const init = op.getInherentAttr("initial_value");
    if (init !== undefined && init.kind !== BuiltinKind.UnitAttr) {
      const it = (init as unknown as { type?: TypeAttribute | null }).type;
      const expected = tensorTypeOf(op.context, t as MemRefType);
      if (!isElementsAttr(init)) throw opError(op, `initial value should be a unit or elements attribute, but got ${quoted(init).slice(1, -1)}`);
      const is = it as ShapedType;
      if (is.elementType !== expected.elementType) {
        throw opError(op, `initial value element expected to be of type ${quoted(expected.elementType)}, but was of type ${quoted(is.elementType)}`);
      }
      const ishape = is.shape ?? [];
      if (ishape.length !== expected.shape.length || ishape.some((d, i) => d !== expected.shape[i])) {
        throw opError(op, `initial value shape expected to be ${expected.shape.join(", ")} but was ${ishape.join(", ")}`);
      }
    }
  },
}) {}

/** `memref.get_global`: the memref of a `memref.global`. */
export class GetGlobalOp extends defineOp({
  name: "memref.get_global",
  properties: { name: flatSymbolRefAttr },
  results: { result: new Constraint<ShapedType>("statically shaped memref of any type values", (a) => a.kind === BuiltinKind.MemRefType && (a as MemRefType).hasStaticShape) },
  traits: [Pure],
  format: "$name `:` type($result) attr-dict",
  verify(op) {
    const name = (op.getInherentAttr("name") as SymbolRefAttr).root;
    const g = lookupSymbol(op, name);
    if (g === null || g.opName !== "memref.global") throw opError(op, `'${name}' does not reference a valid global memref`);
    const gt = (g.getInherentAttr("type") as TypeAttr).value;
    const rt = op.results[0]!.type;
    if (gt !== rt) throw opError(op, `result type ${quoted(rt)} does not match type ${quoted(gt)} of the global memref @${name}`);
  },
}) {}

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

// ---- Atomics -----------------------------------------------------------------------------------------------

const integerKinds = new Set(["addi", "andi", "maxs", "maxu", "mins", "minu", "muli", "ori", "xori"]);
const floatKinds = new Set(["addf", "maximumf", "maxnumf", "minimumf", "minnumf", "mulf"]);

/** `memref.atomic_rmw`: an atomic read-modify-write of one element. */
export class AtomicRMWOp extends defineOp({
  name: "memref.atomic_rmw",
  operands: { value: atomicValue, memref: atomicMemref, indices: variadic(index) },
  properties: { kind: AtomicRMWKind },
  results: { result: atomicValue },
  format: "$kind $value `,` $memref `[` $indices `]` attr-dict `:` `(` type($value) `,` type($memref) `)` `->` type($result)",
  inferOperandTypes: { indices: indexTypes },
  verify(op) {
    const t = memrefOfOp(op, 1);
    const v = op.operands[0]!.value.type;
    if (v !== t.elementType || op.results[0]!.type !== v) throw opError(op, "failed to verify that value type matches element type of memref");
    if (t.shape.length !== op.operands.length - 2) throw opError(op, "expects the number of subscripts to be equal to memref rank");
    const kind = AtomicRMWKind.names.get(Number(intValue(op.getInherentAttr("kind"))))!;
    if (floatKinds.has(kind) && v.kind !== BuiltinKind.FloatType) throw opError(op, `with kind '${kind}' expects a floating-point type`);
    if (integerKinds.has(kind) && v.kind !== BuiltinKind.IntegerType) throw opError(op, `with kind '${kind}' expects an integer type`);
  },
}) {}

/** `memref.atomic_yield`: yields the new value of a `generic_atomic_rmw`. */
export class AtomicYieldOp extends defineOp({
  name: "memref.atomic_yield",
  operands: { result: anyType },
  traits: [HasParent("memref.generic_atomic_rmw"), Pure, Terminator],
  format: "$result attr-dict `:` type($result)",
  verify(op) {
    const parent = op.parentOp!;
    const t = op.operands[0]!.value.type;
    const pt = parent.results[0]!.type;
    if (t !== pt) throw opError(op, `types mismatch between yield op: ${quoted(t)} and its parent: ${quoted(pt)}`);
  },
}) {}

/** `memref.generic_atomic_rmw`: an atomic read-modify-write with the update computed in a region. */
export class GenericAtomicRMWOp extends defineOp({
  name: "memref.generic_atomic_rmw",
  operands: { memref: atomicMemref, indices: variadic(index) },
  results: { result: atomicValue },
  regions: { atomic_body: region() },
  traits: [SingleBlock, RecursiveMemoryEffects],
  parse: parseGenericAtomicRMW,
  print: printGenericAtomicRMW,
  verify(op) {
    const b = op.regions[0]!.first;
    if (b === null || b.arguments.length !== 1) throw opError(op, "expected single number of entry block arguments");
    if (op.results[0]!.type !== b.arguments[0]!.type) throw opError(op, "expected block argument of the same type result type");
    const t = memrefOfOp(op);
    if (t.shape.length !== op.operands.length - 1) throw opError(op, "expects the number of subscripts to be equal to memref rank");
    // Every nested operation must be free of memory effects (reported on it).
    const stack: Operation[] = [];
    for (let o = b.first; o !== null; o = o.next) stack.push(o);
    while (stack.length > 0) {
      const o = stack.pop()!;
      const n = o.name;
      if (n.hasTrait(OpTrait.RecursiveMemoryEffects)) {
        for (const r of o.regions) for (let bb = r.first; bb !== null; bb = bb.next) for (let x = bb.first; x !== null; x = x.next) stack.push(x);
        continue;
      }
      if (!n.hasTrait(OpTrait.Pure) && !n.hasTrait(OpTrait.NoMemoryEffect)) {
        throw opErrorPlain(o, "body of 'memref.generic_atomic_rmw' should contain only operations with no side effects");
      }
    }
  },
}) {}

/** `%m[%i, ...] : type region attr-dict` (MLIR's hand-written `GenericAtomicRMWOp::parse`). */
function parseGenericAtomicRMW(p: OpAsmParser, state: ParsedOperationState): void {
  const at = p.currentOffset();
  const memref = p.parseOperand();
  p.parsePunctuation("[");
  const indices = p.parseOperandList();
  p.parsePunctuation("]");
  p.parsePunctuation(":");
  const t = p.parseType();
  const idx = IndexType.get(p.context);
  state.operands = p.resolveOperands([memref, ...indices], [t, ...indices.map(() => idx)], at);
  const r = new Region();
  p.parseRegion(r);
  state.regions = [r];
  state.attributes = p.parseOptionalAttrDict();
  state.resultTypes = [elementOf(t)];
}

function printGenericAtomicRMW(p: OpAsmPrinter, op: Operation): void {
  p.write(" ");
  p.printOperand(op.operands[0]!.value);
  p.write("[");
  p.printOperands(op.operandValues.slice(1));
  p.write("] : ");
  p.printType(op.operands[0]!.value.type);
  p.write(" ");
  p.printRegion(op.regions[0]!);
  p.printOptionalAttrDict(op.attributes);
}

// ---- Prefetch ------------------------------------------------------------------------------------------

/** `memref.prefetch`: a cache prefetch hint. */
export class PrefetchOp extends defineOp({
  name: "memref.prefetch",
  operands: { memref: rankedMemref, indices: variadic(index) },
  properties: { isWrite: boolAttr, localityHint: localityAttr, isDataCache: boolAttr },
  parse: parsePrefetch,
  print: printPrefetch,
  verify(op) {
    if (op.operands.length !== 1 + memrefOfOp(op).shape.length) throw opError(op, "too few indices");
  },
}) {}

/** `%m[%i], read|write, locality<N>, data|instr attr-dict : type` (MLIR's hand-written `PrefetchOp::parse`). */
function parsePrefetch(p: OpAsmParser, state: ParsedOperationState): void {
  const at = p.currentOffset();
  const memref = p.parseOperand();
  p.parsePunctuation("[");
  const indices = p.parseOperandList();
  p.parsePunctuation("]");
  p.parsePunctuation(",");
  const rwAt = p.currentOffset();
  const rw = p.parseKeywordAny();
  if (rw !== "read" && rw !== "write") p.emitError("rw specifier has to be 'read' or 'write'", rwAt);
  p.parsePunctuation(",");
  p.parseKeyword("locality");
  p.parsePunctuation("<");
  const hint = p.parseAttribute(IntegerType.get(p.context, 32));
  p.parsePunctuation(">");
  p.parsePunctuation(",");
  const ctAt = p.currentOffset();
  const ct = p.parseKeywordAny();
  if (ct !== "data" && ct !== "instr") p.emitError("cache type has to be 'data' or 'instr'", ctAt);
  // As MLIR's parser: no attribute dictionary (the printer would print one).
  p.parsePunctuation(":");
  const t = p.parseType();
  const idx = IndexType.get(p.context);
  state.operands = p.resolveOperands([memref, ...indices], [t, ...indices.map(() => idx)], at);
  const ctx = p.context;
  state.properties = DictionaryAttr.fromParallel(
    ctx,
    ["isDataCache", "isWrite", "localityHint"],
    [IntegerAttr.bool(ctx, ct === "data"), IntegerAttr.bool(ctx, rw === "write"), hint],
    3,
  );
}

function printPrefetch(p: OpAsmPrinter, op: Operation): void {
  p.write(" ");
  p.printOperand(op.operands[0]!.value);
  p.write("[");
  p.printOperands(op.operandValues.slice(1));
  p.write("], ");
  p.write(intValue(op.getInherentAttr("isWrite")) !== 0n ? "write" : "read");
  p.write(`, locality<${intValue(op.getInherentAttr("localityHint"))}>, `);
  p.write(intValue(op.getInherentAttr("isDataCache")) !== 0n ? "data" : "instr");
  p.printOptionalAttrDict(op.attributes);
  p.write(" : ");
  p.printType(op.operands[0]!.value.type);
}

// ---- DMA and aliasing ----------------------------------------------------------------------------------

/** `memref.distinct_objects`: asserts that its memrefs do not alias; returns them. */
export class DistinctObjectsOp extends defineOp({
  name: "memref.distinct_objects",
  operands: { operands: variadic(rankedMemref) },
  results: { results: variadic(rankedMemref) },
  traits: [Pure],
  format: "$operands attr-dict `:` type($operands)",
  inferResultTypes: (_ctx, operands) => operands.map((o) => o.type),
  verify(op) {
    const os = op.operands;
    const rs = op.results;
    if (os.length !== rs.length || os.some((o, i) => o.value.type !== rs[i]!.type)) throw opError(op, "operand types and result types must match");
  },
}) {}

/** The operand layout of a `memref.dma_start` (MLIR computes positions from the memref ranks). */
function dmaLayout(op: Operation): { dst: number; numElements: number; tag: number; end: number } {
  const rankOf = (i: number): number => {
    const t = op.operands[i]?.value.type;
    return t !== undefined && isRankedMemRef(t) ? t.shape.length : 0;
  };
  const dst = 1 + rankOf(0);
  const numElements = dst + 1 + rankOf(dst);
  const tag = numElements + 1;
  return { dst, numElements, tag, end: tag + 1 + rankOf(tag) };
}

/**
 * `memref.dma_start`: starts a copy between memrefs, signalled on a tag
 * memref. One variadic operand list; MLIR finds the groups from the ranks.
 */
export class DmaStartOp extends defineOp({
  name: "memref.dma_start",
  operands: { operands: variadic(anyType) },
  parse: parseDmaStart,
  print: printDmaStart,
  verify(op) {
    const n = op.operands.length;
    const t = (i: number): TypeAttribute => op.operands[i]!.value.type;
    const allIndex = (from: number, to: number): boolean => {
      for (let i = from; i < to; i++) if (t(i).kind !== BuiltinKind.IndexType) return false;
      return true;
    };
    if (n < 4) throw opError(op, "expected at least 4 operands");
    if (!isRankedMemRef(t(0))) throw opError(op, "expected source to be of memref type");
    const srcRank = (t(0) as MemRefType).shape.length;
    if (n < srcRank + 4) throw opError(op, `expected at least ${srcRank + 4} operands`);
    if (!allIndex(1, 1 + srcRank)) throw opError(op, "expected source indices to be of index type");
    const dst = 1 + srcRank;
    if (!isRankedMemRef(t(dst))) throw opError(op, "expected destination to be of memref type");
    let expected = srcRank + (t(dst) as MemRefType).shape.length + 4;
    if (n < expected) throw opError(op, `expected at least ${expected} operands`);
    const { numElements, tag } = dmaLayout(op);
    if (!allIndex(dst + 1, numElements)) throw opError(op, "expected destination indices to be of index type");
    if (t(numElements).kind !== BuiltinKind.IndexType) throw opError(op, "expected num elements to be of index type");
    if (!isRankedMemRef(t(tag))) throw opError(op, "expected tag to be of memref type");
    expected += (t(tag) as MemRefType).shape.length;
    if (n < expected) throw opError(op, `expected at least ${expected} operands`);
    if (!allIndex(tag + 1, expected)) throw opError(op, "expected tag indices to be of index type");
    if (n !== expected && n !== expected + 2) throw opError(op, "incorrect number of operands");
    if (n === expected + 2 && !allIndex(expected, n)) throw opError(op, "expected stride and num elements per stride to be of index type");
  },
}) {}

/** `%src[...], %dst[...], %n, %tag[...] (, %stride, %perStride)? : src-type, dst-type, tag-type` (MLIR's `DmaStartOp::parse`). */
function parseDmaStart(p: OpAsmParser, state: ParsedOperationState): void {
  const at = p.currentOffset();
  const indexed = (): UnresolvedOperand[] => {
    const m = p.parseOperand();
    p.parsePunctuation("[");
    const idx = p.parseOperandList();
    p.parsePunctuation("]");
    return [m, ...idx];
  };
  const src = indexed();
  p.parsePunctuation(",");
  const dst = indexed();
  p.parsePunctuation(",");
  const num = p.parseOperand();
  p.parsePunctuation(",");
  const tag = indexed();
  const strides: UnresolvedOperand[] = [];
  while (p.parseOptionalPunctuation(",")) strides.push(p.parseOperand());
  if (strides.length !== 0 && strides.length !== 2) p.emitError("expected two stride related operands", p.nameOffset);
  // As MLIR's parser: no attribute dictionary (the printer would print one).
  p.parsePunctuation(":");
  const types = p.parseTypeList();
  if (types.length !== 3) p.emitError("fewer/more types expected", p.nameOffset);
  const idx = IndexType.get(p.context);
  const all = [...src, ...dst, num, ...tag, ...strides];
  const ts: TypeAttribute[] = [types[0]!, ...src.slice(1).map(() => idx), types[1]!, ...dst.slice(1).map(() => idx), idx, types[2]!, ...tag.slice(1).map(() => idx), ...strides.map(() => idx)];
  state.operands = p.resolveOperands(all, ts, at);
}

function printDmaStart(p: OpAsmPrinter, op: Operation): void {
  const { dst, numElements, tag, end } = dmaLayout(op);
  const vs = op.operandValues;
  const indexed = (from: number, to: number): void => {
    p.printOperand(vs[from]!);
    p.write("[");
    p.printOperands(vs.slice(from + 1, to));
    p.write("]");
  };
  p.write(" ");
  indexed(0, dst);
  p.write(", ");
  indexed(dst, numElements);
  p.write(", ");
  p.printOperand(vs[numElements]!);
  p.write(", ");
  indexed(tag, end);
  if (vs.length === end + 2) {
    p.write(", ");
    p.printOperand(vs[end]!);
    p.write(", ");
    p.printOperand(vs[end + 1]!);
  }
  p.printOptionalAttrDict(op.attributes);
  p.write(" : ");
  p.printType(vs[0]!.type);
  p.write(", ");
  p.printType(vs[dst]!.type);
  p.write(", ");
  p.printType(vs[tag]!.type);
}

/** `memref.dma_wait`: waits for the DMA signalled on a tag memref. */
export class DmaWaitOp extends defineOp({
  name: "memref.dma_wait",
  operands: { tagMemRef: rankedMemref, tagIndices: variadic(index), numElements: index },
  format: "$tagMemRef `[` $tagIndices `]` `,` $numElements attr-dict `:` type($tagMemRef)",
  inferOperandTypes: { tagIndices: indexTypes, numElements: indexTypes },
  verify(op) {
    const rank = memrefOfOp(op).shape.length;
    const n = op.operands.length - 2;
    if (n !== rank) throw opError(op, `expected tagIndices to have the same number of elements as the tagMemRef rank, expected ${rank}, but got ${n}`);
  },
}) {}

/** Every operation of the dialect. */
export const memrefOps: readonly { readonly def: OpDef }[] = [
  AllocOp, AllocaOp, ReallocOp, DeallocOp, AllocaScopeOp, AllocaScopeReturnOp, LoadOp, StoreOp, CastOp, MemorySpaceCastOp,
  CopyOp, DimOp, RankOp, GlobalOp, GetGlobalOp, SubViewOp, ReinterpretCastOp, ReshapeOp, ExpandShapeOp, CollapseShapeOp,
  ViewOp, TransposeOp, ExtractStridedMetadataOp, ExtractAlignedPointerAsIndexOp, AssumeAlignmentOp, AtomicRMWOp,
  AtomicYieldOp, GenericAtomicRMWOp, PrefetchOp, DistinctObjectsOp, DmaStartOp, DmaWaitOp,
];
