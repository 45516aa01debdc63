import { Attribute, type TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** A type used as an attribute value: `{t = i32}`. */
export class TypeAttr extends Attribute {
  private constructor(
    /** The wrapped type. */
    readonly value: TypeAttribute,
  ) {
    super(BuiltinKind.TypeAttr);
  }

  /** The uniqued attribute wrapping `type`. */
  static get(ctx: Context, type: TypeAttribute): TypeAttr {
    const t = ctx.table<TypeAttribute, TypeAttr>(table);
    let a = t.get(type);
    if (a === undefined) t.set(type, (a = new TypeAttr(type)));
    return a;
  }
}
