import type { Attribute, TypeAttribute } from "./attribute.js";
import type { Context } from "./context.js";
import type { DialectAsmParser } from "./op-asm.js";
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
  /**
   * Operations of this namespace that the dialect does not define are
   * accepted and kept generic (MLIR's `allowUnknownOperations`; the test
   * dialect does this).
   */
  allowsUnknownOperations = false;

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

/**
 * Parse hooks of a dialect's attributes and types. Printing needs no hook:
 * dialect attributes and types print themselves (see `DialectAttribute`).
 */
export interface DialectHooks {
  /**
   * Parses a `#dialect.mnemonic...` attribute: the lexer stands just after
   * the `#dialect.mnemonic` token (at a `<`, typically). Throws a parse
   * error (through `parser.emitError`) for an unknown mnemonic.
   */
  parseAttribute?(parser: DialectAsmParser, mnemonic: string, type: TypeAttribute | null): Attribute;
  /** Parses a `!dialect.mnemonic...` type, like {@link parseAttribute}. */
  parseType?(parser: DialectAsmParser, mnemonic: string): TypeAttribute;
  /** Alias name suggested for an attribute or type (`#map`, `!tuple`...), if any. */
  aliasName?(attr: Attribute): string | null;
}
