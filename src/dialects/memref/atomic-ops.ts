// memref atomics (atomic_rmw, generic_atomic_rmw), prefetch, DMA and
// distinct_objects.
import type { TypeAttribute } from "../../ir/attribute.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import type {
  OpAsmParser,
  OpAsmPrinter,
  ParsedOperationState,
  UnresolvedOperand,
} from "../../ir/op-asm.js";
import { OpTrait } from "../../ir/op-definition.js";
import { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import { anyType, boolAttr, index } from "../../irdl/constraint.js";
import { quoted, region, variadic } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import {
  HasParent,
  Pure,
  RecursiveMemoryEffects,
  SingleBlock,
  Terminator,
} from "../../irdl/traits.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { MemRefType } from "../builtin/types/memref-type.js";
import { AtomicRMWKind } from "./attributes.js";
import { isRankedMemRef } from "./layout.js";
import {
  rankedMemref,
  atomicValue,
  atomicMemref,
  localityAttr,
  indexTypes,
  memrefOfOp,
  elementOf,
  intValue,
} from "./constraints.js";

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
