// memref allocation, alloca_scope, load/store, casts and queries, globals;
// the list of every memref operation (views and atomics in their files).
import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import { Block } from "../../ir/block.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState } from "../../ir/op-asm.js";
import { OpTrait } from "../../ir/op-definition.js";
import { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import type { Context } from "../../ir/context.js";
import {
  anyAttr,
  anyType,
  boolAttr,
  Constraint,
  flatSymbolRefAttr,
  index,
  strAttr,
  symbolNameAttr,
  unitAttr,
} from "../../irdl/constraint.js";
import type { CustomDirective, FormatParseState } from "../../irdl/format/compile.js";
import { defaultValuedOptionalProp, optional, optionalProp, quoted, region, variadic, type OpDef } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import {
  AutomaticAllocationScope,
  HasParent,
  Pure,
  RecursiveMemoryEffects,
  ReturnLike,
  SingleBlockImplicitTerminator,
  Terminator,
  Symbol,
} from "../../irdl/traits.js";
import { lookupSymbol } from "../func/ops.js";
import type { SymbolRefAttr } from "../builtin/attributes/symbol-ref-attr.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { StridedLayoutAttr } from "../builtin/attributes/strided-layout-attr.js";
import { TypeAttr } from "../builtin/attributes/type-attr.js";
import { UnitAttr } from "../builtin/attributes/unit-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { MemRefType } from "../builtin/types/memref-type.js";
import { DYNAMIC, type ShapedType } from "../builtin/types/shaped-type.js";
import { RankedTensorType } from "../builtin/types/tensor-type.js";
import { castCompatible, isRankedMemRef } from "./layout.js";
import {
  rankedMemref,
  unrankedOrRanked,
  nonZeroRankedOrUnranked,
  memref1D,
  alignmentAttr,
  memrefTypeAttr,
  stringLiteralFormat,
  falseAttr,
  indexTypes,
  SameOperandsShape,
  SameOperandsElementType,
  memrefOfOp,
  elementOf,
  intValue,
  splitInherent,
} from "./constraints.js";
import {
  SubViewOp,
  ReinterpretCastOp,
  ReshapeOp,
  ExpandShapeOp,
  CollapseShapeOp,
  ViewOp,
  TransposeOp,
  ExtractStridedMetadataOp,
  ExtractAlignedPointerAsIndexOp,
  AssumeAlignmentOp,
} from "./view-ops.js";
import {
  AtomicRMWOp,
  AtomicYieldOp,
  GenericAtomicRMWOp,
  PrefetchOp,
  DistinctObjectsOp,
  DmaStartOp,
  DmaWaitOp,
} from "./atomic-ops.js";

export * from "./view-ops.js";
export * from "./atomic-ops.js";

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

/** Every operation of the dialect. */
export const memrefOps: readonly { readonly def: OpDef }[] = [
  AllocOp, AllocaOp, ReallocOp, DeallocOp, AllocaScopeOp, AllocaScopeReturnOp, LoadOp, StoreOp, CastOp, MemorySpaceCastOp,
  CopyOp, DimOp, RankOp, GlobalOp, GetGlobalOp, SubViewOp, ReinterpretCastOp, ReshapeOp, ExpandShapeOp, CollapseShapeOp,
  ViewOp, TransposeOp, ExtractStridedMetadataOp, ExtractAlignedPointerAsIndexOp, AssumeAlignmentOp, AtomicRMWOp,
  AtomicYieldOp, GenericAtomicRMWOp, PrefetchOp, DistinctObjectsOp, DmaStartOp, DmaWaitOp,
];
