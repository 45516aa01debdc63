import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** An ordered list of attributes: `[1, "a", i32]`. */
export class ArrayAttr extends Attribute {
  private constructor(
    /** The elements. */
    readonly elements: readonly Attribute[],
  ) {
    super(BuiltinKind.ArrayAttr);
  }

  /** The uniqued array of `elements` (the array is copied). */
  static get(ctx: Context, elements: readonly Attribute[]): ArrayAttr {
    return ctx.trie<ArrayAttr>(table).intern(elements, elements.length, () => new ArrayAttr(Object.freeze(elements.slice())));
  }

  /** Number of elements. */
  get size(): number {
    return this.elements.length;
  }
}
