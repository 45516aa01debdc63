import type { Attribute, TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import { ShapedType } from "./shaped-type.js";

const rankedTable = newUniquingTable();
const unrankedTable = newUniquingTable();
const scratch: unknown[] = [];

/**
 * `memref<4x?xf32, layout, memory-space>`. A null layout is the identity
 * (row-major) layout and a null memory space the default one; `get`
 * canonicalizes identity affine-map layouts and an integer memory space 0
 * to null, as MLIR does, so equal types stay identical.
 */
export class MemRefType extends ShapedType {
  private constructor(
    readonly shape: readonly number[],
    readonly elementType: TypeAttribute,
    /** Layout (affine map, strided layout or a dialect attribute), or null. */
    readonly layout: Attribute | null,
    /** Memory space, or null for the default. */
    readonly memorySpace: Attribute | null,
  ) {
    super(BuiltinKind.MemRefType);
  }

  /** The uniqued memref type (the shape is copied). */
  static get(
    ctx: Context,
    shape: readonly number[],
    elementType: TypeAttribute,
    layout: Attribute | null = null,
    memorySpace: Attribute | null = null,
  ): MemRefType {
    if (layout !== null && isIdentityLayout(layout, shape.length)) layout = null;
    if (memorySpace !== null && isDefaultMemorySpace(memorySpace)) memorySpace = null;
    scratch.length = 0;
    scratch.push(elementType, layout, memorySpace);
    for (const d of shape) scratch.push(d);
    return ctx.trie<MemRefType>(rankedTable).intern(scratch, scratch.length, () =>
      new MemRefType(Object.freeze(shape.slice()), elementType, layout, memorySpace),
    );
  }
}

/** `memref<*xf32, memory-space>`. */
export class UnrankedMemRefType extends ShapedType {
  readonly shape = null;

  private constructor(
    readonly elementType: TypeAttribute,
    /** Memory space, or null for the default. */
    readonly memorySpace: Attribute | null,
  ) {
    super(BuiltinKind.UnrankedMemRefType);
  }

  /** The uniqued unranked memref type. */
  static get(ctx: Context, elementType: TypeAttribute, memorySpace: Attribute | null = null): UnrankedMemRefType {
    if (memorySpace !== null && isDefaultMemorySpace(memorySpace)) memorySpace = null;
    scratch.length = 0;
    scratch.push(elementType, memorySpace);
    return ctx.trie<UnrankedMemRefType>(unrankedTable).intern(scratch, 2, () => new UnrankedMemRefType(elementType, memorySpace));
  }
}

/** True for an affine-map layout that is the identity of the given rank. */
function isIdentityLayout(layout: Attribute, rank: number): boolean {
  if (layout.kind !== BuiltinKind.AffineMapAttr) return false;
  const map = (layout as unknown as { map: { isIdentity: boolean; numDims: number } }).map;
  return map.isIdentity && map.numDims === rank;
}

/** True for the integer attribute 0 (of any integer type). */
function isDefaultMemorySpace(space: Attribute): boolean {
  return space.kind === BuiltinKind.IntegerAttr && (space as unknown as { smallValue: number }).smallValue === 0;
}
