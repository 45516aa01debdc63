import { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();
const scratch: unknown[] = [];

/**
 * A type of a dialect that is not loaded, kept verbatim: `!foo.bar<1>` is
 * namespace `foo` with data `bar<1>`; `opaque<"foo", "bar<1>">` spells the
 * same type.
 */
export class OpaqueType extends TypeAttribute {
  private constructor(
    /** The dialect namespace. */
    readonly dialectNamespace: string,
    /** Everything after `!namespace.`. */
    readonly data: string,
  ) {
    super(BuiltinKind.OpaqueType);
  }

  /** The uniqued opaque type. */
  static get(ctx: Context, dialectNamespace: string, data: string): OpaqueType {
    scratch[0] = dialectNamespace;
    scratch[1] = data;
    return ctx.trie<OpaqueType>(table).intern(scratch, 2, () => new OpaqueType(dialectNamespace, data));
  }
}
