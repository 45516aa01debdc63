import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** The unit attribute, `unit`: presence is the information (`{flag}`). */
export class UnitAttr extends Attribute {
  private constructor() {
    super(BuiltinKind.UnitAttr);
  }

  /** The uniqued unit attribute. */
  static get(ctx: Context): UnitAttr {
    const t = ctx.table<0, UnitAttr>(table);
    let a = t.get(0);
    if (a === undefined) t.set(0, (a = new UnitAttr()));
    return a;
  }
}
