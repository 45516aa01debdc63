import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/**
 * A strided memref layout: `strided<[s0, s1], offset: o>`. Dynamic values
 * are `DYNAMIC` (printed `?`).
 */
export class StridedLayoutAttr extends Attribute {
  private constructor(
    /** The offset. */
    readonly offset: number,
    /** One stride per dimension. */
    readonly strides: readonly number[],
  ) {
    super(BuiltinKind.StridedLayoutAttr);
  }

  /** The uniqued layout (the array is copied). */
  static get(ctx: Context, offset: number, strides: readonly number[]): StridedLayoutAttr {
    const key = [offset, ...strides];
    return ctx.trie<StridedLayoutAttr>(table).intern(key, key.length, () => new StridedLayoutAttr(offset, Object.freeze(strides.slice())));
  }
}
