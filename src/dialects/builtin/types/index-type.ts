import { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** The `index` type: a target-sized integer for sizes and subscripts. */
export class IndexType extends TypeAttribute {
  private constructor() {
    super(BuiltinKind.IndexType);
  }

  /** Storage width of `index` values in dense elements (as in MLIR). */
  static readonly storageWidth = 64;

  /** The uniqued `index` type. */
  static get(ctx: Context): IndexType {
    const t = ctx.table<0, IndexType>(table);
    let ty = t.get(0);
    if (ty === undefined) t.set(0, (ty = new IndexType()));
    return ty;
  }
}
