import type { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import { ShapedType } from "./shaped-type.js";

const table = newUniquingTable();
const scratch: unknown[] = [];
const noScalable: readonly boolean[] = Object.freeze([]);

/**
 * `vector<4x[8]xf32>`: a fixed-rank vector; bracketed dimensions are
 * scalable (a runtime multiple of the given size).
 */
export class VectorType extends ShapedType {
  private constructor(
    readonly shape: readonly number[],
    readonly elementType: TypeAttribute,
    /** Per-dimension scalability flags; empty when no dimension is scalable. */
    readonly scalableDims: readonly boolean[],
  ) {
    super(BuiltinKind.VectorType);
  }

  /** The uniqued vector type. Arrays are copied; `scalableDims` may be omitted. */
  static get(ctx: Context, shape: readonly number[], elementType: TypeAttribute, scalableDims?: readonly boolean[]): VectorType {
    const scalable = scalableDims !== undefined && scalableDims.includes(true) ? scalableDims : noScalable;
    scratch.length = 0;
    scratch.push(elementType, shape.length);
    for (const d of shape) scratch.push(d);
    for (const s of scalable) scratch.push(s);
    return ctx.trie<VectorType>(table).intern(scratch, scratch.length, () =>
      new VectorType(Object.freeze(shape.slice()), elementType, scalable === noScalable ? noScalable : Object.freeze(scalable.slice())),
    );
  }

  /** True when some dimension is scalable. */
  get isScalable(): boolean {
    return this.scalableDims.length > 0;
  }
}
