import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import type { ShapedType } from "../types/shaped-type.js";

const table = newUniquingTable();

/**
 * `dense<["a", "b"]> : tensor<2x!foo.string>`: string elements, held as byte
 * strings (one char per byte, as in a binary `StringAttr`).
 */
export class DenseStringElementsAttr extends Attribute {
  private constructor(
    /** The shaped type. */
    readonly type: ShapedType,
    /** The elements (one when splat), as byte strings. */
    readonly values: readonly string[],
    /** True when one value stands for all elements. */
    readonly isSplat: boolean,
  ) {
    super(BuiltinKind.DenseStringElementsAttr);
  }

  /** The uniqued attribute; all-equal values are stored as a splat. */
  static get(ctx: Context, type: ShapedType, values: readonly string[], isSplat: boolean): DenseStringElementsAttr {
    if (!isSplat && values.length > 0 && values.every((v) => v === values[0])) {
      values = [values[0]!];
      isSplat = true;
    }
    const key: unknown[] = [type, isSplat, ...values];
    return ctx.trie<DenseStringElementsAttr>(table).intern(key, key.length, () =>
      new DenseStringElementsAttr(type, Object.freeze(values.slice()), isSplat),
    );
  }
}
