import { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** The `none` type. */
export class NoneType extends TypeAttribute {
  private constructor() {
    super(BuiltinKind.NoneType);
  }

  /** The uniqued `none` type. */
  static get(ctx: Context): NoneType {
    const t = ctx.table<0, NoneType>(table);
    let ty = t.get(0);
    if (ty === undefined) t.set(0, (ty = new NoneType()));
    return ty;
  }
}
