import { Attribute } from "../../../ir/attribute.js";
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

  /** A new distinct attribute (never shared). */
  static create(referenced: Attribute): DistinctAttr {
    return new DistinctAttr(referenced);
  }
}
