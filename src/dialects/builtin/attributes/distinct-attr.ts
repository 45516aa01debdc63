import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { BuiltinKind } from "../kind.js";

/**
 * `distinct[N]<#attr>`: an attribute that is unique by identity, never
 * equal to another distinct attribute even with the same referenced value.
 * `N` in the text is only a local identifier, renumbered when printing.
 */
export class DistinctAttr extends Attribute {
  private constructor(
    /** The referenced attribute. */
    readonly referenced: Attribute,
  ) {
    super(BuiltinKind.DistinctAttr);
  }

  /** A new distinct attribute (never shared) in `ctx`. */
  static create(ctx: Context, referenced: Attribute): DistinctAttr {
    ctx.madeAliasable = true;
    return new DistinctAttr(referenced);
  }
}
