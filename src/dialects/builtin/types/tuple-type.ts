import { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** `tuple<T1, T2, ...>`. */
export class TupleType extends TypeAttribute {
  private constructor(
    /** Element types. */
    readonly types: readonly TypeAttribute[],
  ) {
    super(BuiltinKind.TupleType);
  }

  /** The uniqued tuple of `types` (the array is copied). */
  static get(ctx: Context, types: readonly TypeAttribute[]): TupleType {
    const trie = ctx.trie<TupleType>(table);
    // Tuples of more than 16 types print as `!tuple` aliases.
    if (types.length > 16) ctx.madeAliasable = true;
    return trie.intern(types, types.length, () => new TupleType(Object.freeze(types.slice())));
  }
}
