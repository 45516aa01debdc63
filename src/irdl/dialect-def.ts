import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { Dialect } from "../ir/dialect.js";
import type { AsmParser } from "../ir/op-asm.js";
import type { OpDef } from "./op-def.js";

/** A dialect attribute or type class the dialect parses by mnemonic. */
export interface ParametricClass<A extends Attribute = Attribute> {
  readonly mnemonic: string;
  /** Parses what follows the mnemonic. */
  parseParameters(p: AsmParser): A;
}

/** What {@link defineDialect} takes. */
export interface DialectSpec {
  /** The operation classes (from `defineOp`), or compiled definitions. */
  readonly ops: readonly ({ readonly def: OpDef } | OpDef)[];
  /** Attribute classes (`#dialect.mnemonic<...>`). */
  readonly attributes?: readonly ParametricClass[];
  /** Type classes (`!dialect.mnemonic<...>`). */
  readonly types?: readonly ParametricClass<TypeAttribute>[];
  /** Accept operations of the namespace that are not defined (MLIR's `allowUnknownOperations`). */
  readonly allowUnknownOperations?: boolean;
}

/**
 * Makes a {@link Dialect} from operation classes and attribute/type
 * classes: attribute and type syntax dispatches on the mnemonic.
 */
export function defineDialect(name: string, spec: DialectSpec): Dialect {
  const attrs = new Map<string, ParametricClass>();
  for (const a of spec.attributes ?? []) attrs.set(a.mnemonic, a);
  const types = new Map<string, ParametricClass<TypeAttribute>>();
  for (const t of spec.types ?? []) types.set(t.mnemonic, t);
  const defs = spec.ops.map((o) => ("def" in o ? o.def : o));
  const dialect = new Dialect(name, defs, {
    parseAttribute:
      attrs.size === 0
        ? undefined
        : (p, mnemonic) => {
            const c = attrs.get(mnemonic);
            return c === undefined ? p.emitError(`unknown attribute \`${mnemonic}\` in dialect \`${name}\``, p.mnemonicOffset) : c.parseParameters(p);
          },
    parseType:
      types.size === 0
        ? undefined
        : (p, mnemonic) => {
            const c = types.get(mnemonic);
            return c === undefined ? p.emitError(`unknown type \`${mnemonic}\` in dialect \`${name}\``, p.mnemonicOffset) : c.parseParameters(p);
          },
  });
  dialect.allowsUnknownOperations = !!spec.allowUnknownOperations;
  return dialect;
}
