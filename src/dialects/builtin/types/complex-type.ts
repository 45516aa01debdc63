import { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** `complex<T>`, T an integer or float type. */
export class ComplexType extends TypeAttribute {
  private constructor(
    /** The type of the real and imaginary parts. */
    readonly elementType: TypeAttribute,
  ) {
    super(BuiltinKind.ComplexType);
  }

  /** The uniqued complex type of `elementType`. */
  static get(ctx: Context, elementType: TypeAttribute): ComplexType {
    const t = ctx.table<TypeAttribute, ComplexType>(table);
    let ty = t.get(elementType);
    if (ty === undefined) t.set(elementType, (ty = new ComplexType(elementType)));
    return ty;
  }
}
