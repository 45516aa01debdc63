import type { Attribute, TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import { ShapedType } from "./shaped-type.js";

const rankedTable = newUniquingTable();
const unrankedTable = newUniquingTable();
const scratch: unknown[] = [];

/** `tensor<2x?xf32>` or `tensor<4xf32, #encoding>`. */
export class RankedTensorType extends ShapedType {
  private constructor(
    readonly shape: readonly number[],
    readonly elementType: TypeAttribute,
    /** Optional encoding attribute (e.g. a sparse encoding). */
    readonly encoding: Attribute | null,
  ) {
    super(BuiltinKind.RankedTensorType);
  }

  /** The uniqued ranked tensor type (the shape is copied). */
  static get(ctx: Context, shape: readonly number[], elementType: TypeAttribute, encoding: Attribute | null = null): RankedTensorType {
    scratch.length = 0;
    scratch.push(elementType, encoding);
    for (const d of shape) scratch.push(d);
    return ctx.trie<RankedTensorType>(rankedTable).intern(scratch, scratch.length, () =>
      new RankedTensorType(Object.freeze(shape.slice()), elementType, encoding),
    );
  }
}

/** `tensor<*xf32>`. */
export class UnrankedTensorType extends ShapedType {
  readonly shape = null;

  private constructor(readonly elementType: TypeAttribute) {
    super(BuiltinKind.UnrankedTensorType);
  }

  /** The uniqued unranked tensor type. */
  static get(ctx: Context, elementType: TypeAttribute): UnrankedTensorType {
    const t = ctx.table<TypeAttribute, UnrankedTensorType>(unrankedTable);
    let ty = t.get(elementType);
    if (ty === undefined) t.set(elementType, (ty = new UnrankedTensorType(elementType)));
    return ty;
  }
}
