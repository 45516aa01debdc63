import type { Context } from "./context.js";
import type { Dialect } from "./dialect.js";
import type { OpDefinition } from "./op-definition.js";

/**
 * An interned operation name, shared by all operations of that name in a
 * context (MLIR's `OperationName`). Holds the definition when registered,
 * so `op.name.def` reaches traits and hooks without a map lookup.
 *
 * A name interned before its dialect was loaded is registered in place
 * when the dialect is loaded, so operations created earlier become
 * registered too (names stay `===`).
 */
export class OperationName {
  /** @internal Use `context.operationName(name)`. */
  constructor(
    /** The context owning this name. */
    readonly context: Context,
    /** The full name, e.g. `"arith.addi"`. */
    readonly name: string,
    /** The loaded dialect of the name's namespace, if any. */
    readonly dialect: Dialect | null,
    /** The definition, or null for an unregistered operation. */
    readonly def: OpDefinition | null,
  ) {
    this.traits = def === null ? 0 : def.traits;
  }

  /** Trait bitset (0 for unregistered operations). */
  readonly traits: number;

  /**
   * @internal Registers this name in place with the definition `def` (null
   * when `dialect` does not define it); see `Context.loadDialect`.
   */
  register(dialect: Dialect, def: OpDefinition | null): void {
    const self = this as { dialect: Dialect | null; def: OpDefinition | null; traits: number };
    self.dialect = dialect;
    self.def = def;
    self.traits = def === null ? 0 : def.traits;
  }

  /** The namespace: the part of the name before the first dot. */
  get dialectName(): string {
    const dot = this.name.indexOf(".");
    return dot < 0 ? "" : this.name.slice(0, dot);
  }

  /** True when the operation is registered. */
  get isRegistered(): boolean {
    return this.def !== null;
  }

  /**
   * Whether an operation of this name may have trait `t`: registered ops
   * answer exactly, unregistered ones might have any trait (MLIR's
   * `mightHaveTrait`).
   */
  mightHaveTrait(t: number): boolean {
    return this.def === null || (this.traits & t) !== 0;
  }

  /** Whether an operation of this name certainly has trait `t`. */
  hasTrait(t: number): boolean {
    return (this.traits & t) !== 0;
  }
}
