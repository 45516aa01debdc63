import { TypeAttribute } from "../../../ir/attribute.js";

/**
 * Marks a dynamic dimension (`?`) in a shape, and a dynamic offset or
 * stride in a strided layout, like MLIR's `ShapedType::kDynamic`.
 */
export const DYNAMIC = Number.MIN_SAFE_INTEGER;

/**
 * Base of the types with a shape and an element type: vectors, tensors and
 * memrefs (MLIR's `ShapedType` interface).
 */
export abstract class ShapedType extends TypeAttribute {
  /** The element type. */
  abstract readonly elementType: TypeAttribute;
  /** Dimension sizes ({@link DYNAMIC} for `?`), or null when unranked. */
  abstract readonly shape: readonly number[] | null;

  /** True unless the type is unranked. */
  get hasRank(): boolean {
    return this.shape !== null;
  }

  /** The number of dimensions; throws for an unranked type. */
  get rank(): number {
    if (this.shape === null) throw new RangeError("rank of an unranked type");
    return this.shape.length;
  }

  /** True when ranked with no dynamic dimension. */
  get hasStaticShape(): boolean {
    return this.shape !== null && !this.shape.includes(DYNAMIC);
  }

  /** The number of elements; throws unless the shape is static. */
  get numElements(): number {
    if (!this.hasStaticShape) throw new RangeError("number of elements of a dynamically shaped type");
    let n = 1;
    for (const d of this.shape!) n *= d;
    return n;
  }
}

/** The product of `shape`'s sizes (all static). */
export function shapeElementCount(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
