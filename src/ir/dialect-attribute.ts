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
}
