import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import type { ShapedType } from "../types/shaped-type.js";
import type { DenseIntOrFPElementsAttr } from "./dense-elements-attr.js";
import type { DenseStringElementsAttr } from "./dense-string-elements-attr.js";

const table = newUniquingTable();
const scratch: unknown[] = [];

/**
 * `sparse<indices, values> : tensor<...>`: the listed elements are set,
 * all others are zero.
 */
export class SparseElementsAttr extends Attribute {
  private constructor(
    /** The shaped type. */
    readonly type: ShapedType,
    /** Element coordinates: an `N x rank` (or `N`) i64 tensor. */
    readonly indices: DenseIntOrFPElementsAttr,
    /** The values, one per coordinate. */
    readonly values: DenseIntOrFPElementsAttr | DenseStringElementsAttr,
  ) {
    super(BuiltinKind.SparseElementsAttr);
  }

  /** The uniqued attribute. */
  static get(
    ctx: Context,
    type: ShapedType,
    indices: DenseIntOrFPElementsAttr,
    values: DenseIntOrFPElementsAttr | DenseStringElementsAttr,
  ): SparseElementsAttr {
    scratch[0] = type;
    scratch[1] = indices;
    scratch[2] = values;
    return ctx.trie<SparseElementsAttr>(table).intern(scratch, 3, () => new SparseElementsAttr(type, indices, values));
  }
}
