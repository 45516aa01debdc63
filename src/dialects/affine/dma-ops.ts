import type { Attribute } from "../../ir/attribute.js";
import { opError } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import type { Value } from "../../ir/value.js";
import { anyType } from "../../irdl/constraint.js";
import { variadic } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import type { AffineMap } from "../builtin/affine/affine-map.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import { affineScope, isValidAffineIndexOperand } from "./validity.js";

// affine.dma_start and affine.dma_wait are plain C++ ops in MLIR (no ODS,
// no properties): their maps are ordinary attributes (`src_map`, `dst_map`,
// `tag_map`), printed in `{...}` in the generic form and nowhere else.

/** `%memref[map of SSA ids]`: the memref, its map and the map's operands. */
function parseMemRefAccess(p: OpAsmParser): { memref: UnresolvedOperand; map: AffineMap; operands: UnresolvedOperand[] } {
  const memref = p.parseOperand();
  const r = p.parseAffineMapOfSSAIds("[");
  return { memref, map: r.value, operands: [...r.dims, ...r.symbols] };
}

function printMemRefAccess(p: OpAsmPrinter, memref: Value, map: AffineMap, operands: readonly Value[]): void {
  p.printOperand(memref);
  p.write("[");
  p.printAffineMapOfSSAIds(map, operands);
  p.write("]");
}

/** The map in attribute `name` of `op`, or a verifier error. */
function mapAttr(op: Operation, name: string): AffineMap {
  const a = op.attributes === null ? undefined : op.attributes.get(name);
  if (a === undefined || a.kind !== BuiltinKind.AffineMapAttr) throw opError(op, `requires attribute '${name}'`);
  return (a as AffineMapAttr).map;
}

/** Operand positions of a dma_start: [memref, first index, index count] for src, dst and tag. */
function dmaStartLayout(op: Operation): { src: number; dst: number; tag: number; numElements: number } {
  const src = 0;
  const dst = src + 1 + mapAttr(op, "src_map").numInputs;
  const tag = dst + 1 + mapAttr(op, "dst_map").numInputs;
  const numElements = tag + 1 + mapAttr(op, "tag_map").numInputs;
  return { src, dst, tag, numElements };
}

function values(op: Operation, from: number, to: number): Value[] {
  return op.operands.slice(from, to).map((o) => o.value);
}

function checkIndices(op: Operation, indices: readonly Value[], what: string): void {
  const scope = affineScope(op);
  for (const idx of indices) {
    if (idx.type.kind !== BuiltinKind.IndexType) throw opError(op, `${what} index to dma_start must have 'index' type`);
    if (!isValidAffineIndexOperand(idx, scope)) throw opError(op, `${what} index must be a valid dimension or symbol identifier`);
  }
}

/**
 * `affine.dma_start %src[...], %dst[...], %tag[...], %num (, %stride,
 * %perStride)? : srcType, dstType, tagType`: starts a DMA transfer of
 * `%num` elements, optionally strided.
 */
export class AffineDmaStartOp extends defineOp({
  name: "affine.dma_start",
  operands: { operands: variadic(anyType) },
  parse(p: OpAsmParser, state: ParsedOperationState) {
    const ctx = p.context;
    const src = parseMemRefAccess(p);
    p.parsePunctuation(",");
    const dst = parseMemRefAccess(p);
    p.parsePunctuation(",");
    const tag = parseMemRefAccess(p);
    p.parsePunctuation(",");
    const num = p.parseOperand();
    const stride: UnresolvedOperand[] = [];
    while (p.parseOptionalPunctuation(",")) stride.push(p.parseOperand());
    if (stride.length !== 0 && stride.length !== 2) p.emitError("expected two stride related operands", p.nameOffset);
    const types = p.parseOptionalColonTypeList();
    if (types.length !== 3) p.emitError("expected three types", p.nameOffset);
    const index = IndexType.get(ctx);
    const idx = (os: UnresolvedOperand[]): Value[] => os.map((o) => p.resolveOperand(o, index));
    state.operands = [
      p.resolveOperand(src.memref, types[0]!),
      ...idx(src.operands),
      p.resolveOperand(dst.memref, types[1]!),
      ...idx(dst.operands),
      p.resolveOperand(tag.memref, types[2]!),
      ...idx(tag.operands),
      p.resolveOperand(num, index),
      ...idx(stride),
    ];
    if (src.operands.length !== src.map.numInputs || dst.operands.length !== dst.map.numInputs || tag.operands.length !== tag.map.numInputs) {
      p.emitError("memref operand count not equal to map.numInputs", p.nameOffset);
    }
    const names = ["src_map", "dst_map", "tag_map"];
    const attrs: Attribute[] = [AffineMapAttr.get(ctx, src.map), AffineMapAttr.get(ctx, dst.map), AffineMapAttr.get(ctx, tag.map)];
    state.attributes = DictionaryAttr.fromParallel(ctx, names, attrs, 3);
  },
  print(p: OpAsmPrinter, op: Operation) {
    const l = dmaStartLayout(op);
    const v = (i: number): Value => op.operands[i]!.value;
    p.write(" ");
    printMemRefAccess(p, v(l.src), mapAttr(op, "src_map"), values(op, l.src + 1, l.dst));
    p.write(", ");
    printMemRefAccess(p, v(l.dst), mapAttr(op, "dst_map"), values(op, l.dst + 1, l.tag));
    p.write(", ");
    printMemRefAccess(p, v(l.tag), mapAttr(op, "tag_map"), values(op, l.tag + 1, l.numElements));
    p.write(", ");
    p.printOperand(v(l.numElements));
    if (op.operands.length > l.numElements + 1) {
      p.write(", ");
      p.printOperands(values(op, l.numElements + 1, op.operands.length));
    }
    p.write(" : ");
    p.printType(v(l.src).type);
    p.write(", ");
    p.printType(v(l.dst).type);
    p.write(", ");
    p.printType(v(l.tag).type);
  },
  verify(op: Operation) {
    const l = dmaStartLayout(op);
    const isMemRef = (i: number): boolean => i < op.operands.length && op.operands[i]!.value.type.kind === BuiltinKind.MemRefType;
    if (!isMemRef(l.src)) throw opError(op, "expected DMA source to be of memref type");
    if (!isMemRef(l.dst)) throw opError(op, "expected DMA destination to be of memref type");
    if (!isMemRef(l.tag)) throw opError(op, "expected DMA tag to be of memref type");
    const n = op.operands.length;
    if (n !== l.numElements + 1 && n !== l.numElements + 3) throw opError(op, "incorrect number of operands");
    checkIndices(op, values(op, l.src + 1, l.dst), "src");
    checkIndices(op, values(op, l.dst + 1, l.tag), "dst");
    checkIndices(op, values(op, l.tag + 1, l.numElements), "tag");
  },
}) {}

/** `affine.dma_wait %tag[...], %num : tagType`: waits for a DMA transfer to finish. */
export class AffineDmaWaitOp extends defineOp({
  name: "affine.dma_wait",
  operands: { operands: variadic(anyType) },
  parse(p: OpAsmParser, state: ParsedOperationState) {
    const ctx = p.context;
    const tag = parseMemRefAccess(p);
    p.parsePunctuation(",");
    const num = p.parseOperand();
    const type = p.parseColonType();
    const index = IndexType.get(ctx);
    state.operands = [p.resolveOperand(tag.memref, type), ...tag.operands.map((o) => p.resolveOperand(o, index)), p.resolveOperand(num, index)];
    if (type.kind !== BuiltinKind.MemRefType) p.emitError("expected tag to be of memref type", p.nameOffset);
    if (tag.operands.length !== tag.map.numInputs) p.emitError("tag memref operand count != to map.numInputs", p.nameOffset);
    state.attributes = DictionaryAttr.fromParallel(ctx, ["tag_map"], [AffineMapAttr.get(ctx, tag.map)], 1);
  },
  print(p: OpAsmPrinter, op: Operation) {
    const n = op.operands.length;
    p.write(" ");
    printMemRefAccess(p, op.operands[0]!.value, mapAttr(op, "tag_map"), values(op, 1, n - 1));
    p.write(", ");
    p.printOperand(op.operands[n - 1]!.value);
    p.write(" : ");
    p.printType(op.operands[0]!.value.type);
  },
  verify(op: Operation) {
    if (op.operands.length === 0 || op.operands[0]!.value.type.kind !== BuiltinKind.MemRefType) {
      throw opError(op, "expected DMA tag to be of memref type");
    }
    const scope = affineScope(op);
    for (const idx of values(op, 1, 1 + mapAttr(op, "tag_map").numInputs)) {
      if (idx.type.kind !== BuiltinKind.IndexType) throw opError(op, "index to dma_wait must have 'index' type");
      if (!isValidAffineIndexOperand(idx, scope)) throw opError(op, "index must be a valid dimension or symbol identifier");
    }
  },
}) {}
