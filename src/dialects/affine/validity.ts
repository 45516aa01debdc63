import { opError } from "../../ir/diagnostic.js";
import { OpTrait } from "../../ir/op-definition.js";
import type { Operation } from "../../ir/operation.js";
import type { Region } from "../../ir/region.js";
import { BlockArgument, type Value } from "../../ir/value.js";
import { BuiltinKind } from "../builtin/kind.js";

// Which SSA values may be affine dimensions and symbols (MLIR's
// `isValidDim`/`isValidSymbol` in AffineOps.cpp). A value is a symbol when
// it is fixed for the whole affine scope (the region of the nearest op with
// the AffineScope trait, e.g. func.func): defined at its top level, a
// constant, or an affine.apply of symbols. Dims may also vary with affine
// loops: induction variables of affine.for/affine.parallel.

/** Ops whose block arguments are affine induction variables. */
function isAffineLoop(op: Operation | null): boolean {
  return op !== null && (op.opName === "affine.for" || op.opName === "affine.parallel");
}

function isIndex(v: Value): boolean {
  return v.type.kind === BuiltinKind.IndexType;
}

/** The region of the nearest AffineScope op around `op` (MLIR's `getAffineScope`), or null. */
export function affineScope(op: Operation): Region | null {
  let cur = op;
  for (let parent = cur.parentOp; parent !== null; parent = cur.parentOp) {
    if (parent.name.hasTrait(OpTrait.AffineScope)) return cur.parentRegion;
    cur = parent;
  }
  return null;
}

function parentRegionOf(v: Value): Region | null {
  if (v instanceof BlockArgument) return v.owner === null ? null : v.owner.parent;
  return v.definingOp!.parentRegion;
}

/** Whether `v` is defined at the top level of an affine scope (MLIR's `isTopLevelValue`). */
export function isTopLevelValue(v: Value, region?: Region | null): boolean {
  if (region !== undefined) return parentRegionOf(v) === region;
  const parent = v instanceof BlockArgument ? (v.owner?.parentOp ?? null) : v.definingOp!.parentOp;
  return parent !== null && parent.name.hasTrait(OpTrait.AffineScope);
}

/** `memref.dim`/`tensor.dim` of a top-level shaped value (MLIR's `isDimOpValidSymbol`, conservatively). */
function isDimOpValidSymbol(op: Operation): boolean {
  return (op.opName === "memref.dim" || op.opName === "tensor.dim") && op.operands.length > 0 && isTopLevelValue(op.operands[0]!.value);
}

function isDimOp(op: Operation): boolean {
  return op.opName === "memref.dim" || op.opName === "tensor.dim";
}

/** Whether `v` can be an affine symbol (MLIR's `isValidSymbol(Value)`). */
export function isValidSymbol(v: Value, region?: Region | null): boolean {
  if (!isIndex(v)) return false;
  if (region === undefined) {
    if (isTopLevelValue(v)) return true;
    const def = v.definingOp;
    return def !== null && isValidSymbol(v, affineScope(def));
  }
  if (region !== null && isTopLevelValue(v, region)) return true;
  const def = v.definingOp;
  const regionOp = region === null ? null : region.parentOp;
  const outer = (): boolean => {
    if (regionOp !== null && !regionOp.name.hasTrait(OpTrait.IsolatedFromAbove)) {
      const r = regionOp.parentRegion;
      if (r !== null) return isValidSymbol(v, r);
    }
    return false;
  };
  if (def === null) return outer();
  if (def.name.hasTrait(OpTrait.ConstantLike)) return true;
  if (def.opName === "affine.apply") return def.operands.every((o) => isValidSymbol(o.value, region));
  if (isDimOp(def)) return isDimOpValidSymbol(def);
  return outer();
}

/** Whether `v` can be an affine dimension (MLIR's `isValidDim`). */
export function isValidDim(v: Value, region?: Region | null): boolean {
  if (!isIndex(v)) return false;
  if (region === undefined) {
    const def = v.definingOp;
    if (def !== null) return isValidDim(v, affineScope(def));
    const parent = (v as BlockArgument).owner?.parentOp ?? null;
    return isAffineLoop(parent) || (parent !== null && parent.name.hasTrait(OpTrait.AffineScope));
  }
  if (isValidSymbol(v, region)) return true;
  const def = v.definingOp;
  if (def === null) return isAffineLoop((v as BlockArgument).owner?.parentOp ?? null);
  if (def.opName === "affine.apply") return def.operands.every((o) => isValidDim(o.value, region));
  if (isDimOp(def)) return def.operands.length > 0 && isTopLevelValue(def.operands[0]!.value);
  return false;
}

/** A dim or a symbol (MLIR's `isValidAffineIndexOperand`). */
export function isValidAffineIndexOperand(v: Value, region: Region | null): boolean {
  return isValidDim(v, region) || isValidSymbol(v, region);
}

/**
 * Checks the first `numDims` operands are valid dims and the rest valid
 * symbols in `op`'s affine scope (MLIR's `verifyDimAndSymbolIdentifiers`).
 */
export function verifyDimAndSymbolIdentifiers(op: Operation, operands: readonly Value[], numDims: number): void {
  const scope = affineScope(op);
  for (let i = 0; i < operands.length; i++) {
    if (i < numDims) {
      if (!isValidDim(operands[i]!, scope)) throw opError(op, "operand cannot be used as a dimension id");
    } else if (!isValidSymbol(operands[i]!, scope)) {
      throw opError(op, "operand cannot be used as a symbol");
    }
  }
}
