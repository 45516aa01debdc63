import type { Attribute } from "./attribute.js";
import type { Context } from "./context.js";
import type { DialectAsmParser, DialectAsmPrinter } from "./op-asm.js";
import type { OpDefinition } from "./op-definition.js";

/**
 * A dialect: a namespace of operations, attributes and types, registered in
 * a {@link Context} with `context.loadDialect`.
 *
 * Attribute and type syntax of the form `#name.mnemonic<...>` /
 * `!name.mnemonic<...>` is delegated to the hooks; a dialect without hooks
 * keeps such attributes opaque, like an unregistered dialect.
 */
export class Dialect {
  /** Operation definitions by full name. */
  readonly ops = new Map<string, OpDefinition>();

  constructor(
    /** The namespace, e.g. `"arith"`. */
    readonly name: string,
    ops: readonly OpDefinition[] = [],
    /** Optional syntax hooks for the dialect's attributes and types. */
    readonly hooks: DialectHooks = {},
  ) {
    for (const op of ops) this.ops.set(op.name, op);
  }
}

/** Parse/print hooks of a dialect's attributes and types. */
export interface DialectHooks {
  /** Parses the body after `#dialect.`; returns the attribute. */
  parseAttribute?(parser: DialectAsmParser, ctx: Context): Attribute;
  /** Prints the body after `#dialect.` (mnemonic and parameters). */
  printAttribute?(attr: Attribute, printer: DialectAsmPrinter): void;
  /** Parses the body after `!dialect.`; returns the type. */
  parseType?(parser: DialectAsmParser, ctx: Context): Attribute;
  /** Prints the body after `!dialect.`. */
  printType?(type: Attribute, printer: DialectAsmPrinter): void;
  /** Alias name suggested for an attribute or type (`#map`, `!tuple`...), if any. */
  aliasName?(attr: Attribute): string | null;
}
