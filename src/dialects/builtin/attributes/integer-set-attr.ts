import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import type { IntegerSet } from "../affine/integer-set.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** An integer set as an attribute: `affine_set<(d0) : (d0 >= 0)>`. */
export class IntegerSetAttr extends Attribute {
  private constructor(
    /** The set (uniqued in the same context). */
    readonly set: IntegerSet,
  ) {
    super(BuiltinKind.IntegerSetAttr);
  }

  /** The uniqued attribute wrapping `set`. */
  static get(ctx: Context, set: IntegerSet): IntegerSetAttr {
    const t = ctx.table<IntegerSet, IntegerSetAttr>(table);
    let a = t.get(set);
    if (a === undefined) {
      t.set(set, (a = new IntegerSetAttr(set)));
      ctx.madeAliasable = true;
    }
    return a;
  }
}
