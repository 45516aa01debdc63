import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { AffineExpr, AffineExprKind, type AffineBinaryOpExpr, type AffineConstantExpr, type AffineDimExpr } from "../builtin/affine/affine-expr.js";
import { AffineMap } from "../builtin/affine/affine-map.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import type { StridedLayoutAttr } from "../builtin/attributes/strided-layout-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { MemRefType } from "../builtin/types/memref-type.js";
import { DYNAMIC } from "../builtin/types/shaped-type.js";

/** Strides and offset of a memref layout (MLIR's `getStridesAndOffset`). */
export interface Strided {
  readonly strides: number[];
  readonly offset: number;
}

/** Row-major strides of `shape` (dynamic once a dynamic size is passed). */
export function identityStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let running = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = running;
    const d = shape[i]!;
    running = running === DYNAMIC || d === DYNAMIC ? DYNAMIC : running * d;
  }
  return strides;
}

/**
 * The strides and offset of `t` (MLIR's `getStridesAndOffset`): from its
 * strided layout, row-major for the identity layout, or read off a
 * one-result affine map that is a sum of `dim * factor` and symbolic terms
 * (non-constant strides and offsets are dynamic); null when the layout is
 * not strided (`mod`, `floordiv`, `ceildiv` of dimensions, several results).
 */
export function stridesAndOffset(t: MemRefType): Strided | null {
  const l = t.layout;
  if (l === null) return { strides: identityStrides(t.shape), offset: 0 };
  if (l.kind === BuiltinKind.StridedLayoutAttr) {
    const s = l as StridedLayoutAttr;
    return { strides: s.strides.slice(), offset: s.offset };
  }
  if (l.kind !== BuiltinKind.AffineMapAttr) return null;
  const m = (l as AffineMapAttr).map;
  if (m.isIdentity) return { strides: identityStrides(t.shape), offset: 0 };
  if (m.numResults !== 1) return null;
  const ctx = m.context;
  const zero = AffineExpr.constant(ctx, 0);
  const acc: LinearTerms = { strides: new Array<AffineExpr>(t.shape.length).fill(zero), offset: zero };
  if (!extractStrides(m.results[0]!, AffineExpr.constant(ctx, 1), acc)) return null;
  const value = (e: AffineExpr): number => (e.kind === AffineExprKind.Constant ? Number((e as AffineConstantExpr).value) : DYNAMIC);
  return { strides: acc.strides.map(value), offset: value(acc.offset) };
}

/** Strides (by dimension) and offset being read off a layout expression. */
interface LinearTerms {
  strides: AffineExpr[];
  offset: AffineExpr;
}

/** Adds `e * factor` to `acc`; false when `e` is not linear in the dimensions (MLIR's `extractStrides`). */
function extractStrides(e: AffineExpr, factor: AffineExpr, acc: LinearTerms): boolean {
  switch (e.kind) {
    case AffineExprKind.DimId: {
      const d = (e as AffineDimExpr).position;
      acc.strides[d] = acc.strides[d]!.add(factor);
      return true;
    }
    case AffineExprKind.Constant:
    case AffineExprKind.SymbolId:
      acc.offset = acc.offset.add(e.mul(factor));
      return true;
    case AffineExprKind.Add: {
      const b = e as AffineBinaryOpExpr;
      const l = extractStrides(b.lhs, factor, acc);
      const r = extractStrides(b.rhs, factor, acc);
      return l && r;
    }
    case AffineExprKind.Mul: {
      const b = e as AffineBinaryOpExpr;
      if (b.lhs.kind === AffineExprKind.DimId) {
        const d = (b.lhs as AffineDimExpr).position;
        acc.strides[d] = acc.strides[d]!.add(b.rhs.mul(factor));
        return true;
      }
      // One side has no dimension (affine products always have one).
      if (b.lhs.isSymbolicOrConstant) return extractStrides(b.rhs, factor.mul(b.lhs), acc);
      return extractStrides(b.lhs, factor.mul(b.rhs), acc);
    }
    default:
      return false;
  }
}

/** Two static-or-dynamic values that may be equal at run time. */
export function compatible(a: number, b: number): boolean {
  return a === DYNAMIC || b === DYNAMIC || a === b;
}

/** `a * b`: 0 if either is 0 (MLIR's `SaturatedInteger`), else dynamic if either is. */
export function mulDyn(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return a === DYNAMIC || b === DYNAMIC ? DYNAMIC : a * b;
}

/** `a + b`, dynamic if either is. */
export function addDyn(a: number, b: number): number {
  return a === DYNAMIC || b === DYNAMIC ? DYNAMIC : a + b;
}

/**
 * MLIR's `makeStridedLinearLayoutMap`: `offset + sum(d_i * stride_i)`,
 * dynamic values as symbols.
 */
export function stridedLinearLayoutMap(ctx: Context, strides: readonly number[], offset: number): AffineMap {
  let symbols = 0;
  let expr: AffineExpr = offset === DYNAMIC ? AffineExpr.symbol(ctx, symbols++) : AffineExpr.constant(ctx, offset);
  for (let i = 0; i < strides.length; i++) {
    const s = strides[i]!;
    const m = s === DYNAMIC ? AffineExpr.symbol(ctx, symbols++) : AffineExpr.constant(ctx, s);
    expr = expr.add(AffineExpr.dim(ctx, i).mul(m));
  }
  return AffineMap.get(ctx, strides.length, symbols, [expr]);
}

/** The layout attribute of a strided linear map (for messages about canonical types). */
export function stridedLinearLayoutAttr(ctx: Context, strides: readonly number[], offset: number): Attribute {
  return AffineMapAttr.get(ctx, stridedLinearLayoutMap(ctx, strides, offset));
}

/** The memory space of a memref type (ranked or not). */
export function memorySpaceOf(t: TypeAttribute): Attribute | null {
  return (t as unknown as { memorySpace: Attribute | null }).memorySpace;
}

/** Whether `t` is a ranked memref type. */
export function isRankedMemRef(t: TypeAttribute): t is MemRefType {
  return t.kind === BuiltinKind.MemRefType;
}

/**
 * MLIR's `memref::CastOp::areCastCompatible` (with `checkMemorySpace`
 * false for `memory_space_cast`).
 */
export function castCompatible(a: TypeAttribute, b: TypeAttribute, checkMemorySpace: boolean, checkElement = true): boolean {
  const ea = (a as unknown as { elementType: TypeAttribute }).elementType;
  const eb = (b as unknown as { elementType: TypeAttribute }).elementType;
  if (checkElement && ea !== eb) return false;
  if (checkMemorySpace && memorySpaceOf(a) !== memorySpaceOf(b)) return false;
  const ra = isRankedMemRef(a);
  const rb = isRankedMemRef(b);
  if (!ra && !rb) return false;
  if (!ra || !rb) return true;
  const ma = a as MemRefType;
  const mb = b as MemRefType;
  if (ma.shape.length !== mb.shape.length) return false;
  for (let i = 0; i < ma.shape.length; i++) if (!compatible(ma.shape[i]!, mb.shape[i]!)) return false;
  if (ma.layout === mb.layout) return true;
  const sa = stridesAndOffset(ma);
  const sb = stridesAndOffset(mb);
  if (sa === null || sb === null) return false;
  if (!compatible(sa.offset, sb.offset)) return false;
  for (let i = 0; i < sa.strides.length; i++) if (!compatible(sa.strides[i]!, sb.strides[i]!)) return false;
  return true;
}

/** A memref type like `t` with another shape and layout. */
export function withShapeAndLayout(ctx: Context, t: MemRefType, shape: readonly number[], layout: Attribute | null): MemRefType {
  return MemRefType.get(ctx, shape, t.elementType, layout, t.memorySpace);
}
