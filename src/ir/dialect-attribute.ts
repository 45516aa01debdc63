import { Attribute, DialectAttrKind, TypeAttribute } from "./attribute.js";
import type { AsmPrinter } from "./op-asm.js";

/**
 * Base of the attributes that dialects other than builtin define
 * (`#arith.fastmath<fast>`). The printer writes `#` + {@link dialectName} +
 * `.` + {@link mnemonic} and then {@link printParameters} (`<fast>`); the
 * parser hands `#dialect.mnemonic` to the dialect's `parseAttribute` hook.
 * Declarative formats print only the parameters (MLIR's stripped form).
 *
 * Subclasses are uniqued like every attribute (a static `get` over a
 * context table) and define the three members on the prototype, so
 * instances carry only their parameters.
 */
export abstract class DialectAttribute extends Attribute {
  protected constructor() {
    super(DialectAttrKind);
  }
  /** The dialect namespace (`"arith"`). */
  abstract get dialectName(): string;
  /** The attribute's name in its dialect (`"fastmath"`). */
  abstract get mnemonic(): string;
  /** Prints the parameters after the mnemonic (`<fast>`), if any. */
  abstract printParameters(p: AsmPrinter): void;
  /**
   * True (the default) when the parameters print as `<...>` or not at all.
   * Attributes whose parameters print otherwise (an enum's bare keyword)
   * return false and print in MLIR's verbose form,
   * `#index<cmp_predicate slt>`: MLIR chooses that form whenever the text
   * after `#dialect.` is not an identifier optionally followed by `<...>`.
   */
  get prettyParameters(): boolean {
    return true;
  }
}

/** Base of dialect types (`!test.type<...>`); see {@link DialectAttribute}. */
export abstract class DialectType extends TypeAttribute {
  protected constructor() {
    super(DialectAttrKind);
  }
  /** The dialect namespace. */
  abstract get dialectName(): string;
  /** The type's name in its dialect. */
  abstract get mnemonic(): string;
  /** Prints the parameters after the mnemonic, if any. */
  abstract printParameters(p: AsmPrinter): void;
  /** See {@link DialectAttribute.prettyParameters} (`!dialect<mnemonic params>` when false). */
  get prettyParameters(): boolean {
    return true;
  }
}
