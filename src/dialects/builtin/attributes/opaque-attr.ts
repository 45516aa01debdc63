import { Attribute, type TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();
const scratch: unknown[] = [];

/**
 * An attribute of a dialect that is not loaded, kept verbatim:
 * `#foo.bar<1>` is namespace `foo` with data `bar<1>`; the builtin spelling
 * is `opaque<"foo", "bar<1>"> : type`.
 */
export class OpaqueAttr extends Attribute {
  private constructor(
    /** The dialect namespace. */
    readonly dialectNamespace: string,
    /** Everything after `#namespace.`. */
    readonly data: string,
    /** The type given after `:`, or null. */
    readonly type: TypeAttribute | null,
  ) {
    super(BuiltinKind.OpaqueAttr);
  }

  /** The uniqued opaque attribute. */
  static get(ctx: Context, dialectNamespace: string, data: string, type: TypeAttribute | null = null): OpaqueAttr {
    scratch[0] = dialectNamespace;
    scratch[1] = data;
    scratch[2] = type;
    return ctx.trie<OpaqueAttr>(table).intern(scratch, 3, () => new OpaqueAttr(dialectNamespace, data, type));
  }
}
