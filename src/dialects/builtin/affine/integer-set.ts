import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { AffineExpr, checkPositions } from "./affine-expr.js";

const table = newUniquingTable();
const scratch: unknown[] = [];

/**
 * A conjunction of affine constraints over dimensions and symbols,
 * `(d0)[s0] : (d0 - s0 >= 0, d0 == 0)` (MLIR's `IntegerSet`). Each
 * constraint is an expression compared with zero: `expr == 0` when its
 * equality flag is set, else `expr >= 0`. Uniqued per {@link Context}.
 *
 * A set always has at least one constraint, as in MLIR: a set built with
 * none is the universe, spelled `0 == 0` (what MLIR's parser makes of
 * `() : ()`); the canonical empty set is `1 == 0` ({@link emptySet}).
 */
export class IntegerSet {
  private constructor(
    /** The context the set is uniqued in. */
    readonly context: Context,
    /** Number of dimension identifiers. */
    readonly numDims: number,
    /** Number of symbol identifiers. */
    readonly numSymbols: number,
    /** The constraint expressions, each compared with 0 (frozen). */
    readonly constraints: readonly AffineExpr[],
    /** `eqFlags[i]`: constraint i is `== 0` (else `>= 0`) (frozen). */
    readonly eqFlags: readonly boolean[],
  ) {}

  /**
   * The uniqued set (the arrays are copied). `eqFlags` must be as long as
   * `constraints`. No constraints gives the universe `0 == 0`. Throws a
   * RangeError when a constraint uses a dimension or symbol out of range.
   */
  static get(
    ctx: Context,
    numDims: number,
    numSymbols: number,
    constraints: readonly AffineExpr[],
    eqFlags: readonly boolean[],
  ): IntegerSet {
    if (constraints.length !== eqFlags.length) {
      throw new RangeError(`integer set has ${constraints.length} constraints but ${eqFlags.length} equality flags`);
    }
    if (constraints.length === 0) {
      constraints = [AffineExpr.constant(ctx, 0)];
      eqFlags = [true];
    }
    const n = constraints.length;
    scratch.length = 0;
    scratch.push(numDims, numSymbols);
    for (let i = 0; i < n; i++) scratch.push(constraints[i], eqFlags[i]);
    const trie = ctx.trie<IntegerSet>(table);
    let set = trie.get(scratch, 2 * n + 2);
    if (set === undefined) {
      for (let i = 0; i < n; i++) checkPositions(constraints[i]!, numDims, numSymbols, "integer set");
      const cs = Object.freeze(constraints.slice());
      const eqs = Object.freeze(eqFlags.slice());
      set = trie.intern(scratch, 2 * n + 2, () => new IntegerSet(ctx, numDims, numSymbols, cs, eqs));
    }
    return set;
  }

  /** The canonical empty set `1 == 0` (MLIR's `IntegerSet::getEmptySet`). */
  static emptySet(ctx: Context, numDims: number, numSymbols: number): IntegerSet {
    return IntegerSet.get(ctx, numDims, numSymbols, [AffineExpr.constant(ctx, 1)], [true]);
  }

  /** True for the canonical empty set `1 == 0` (MLIR's `isEmptyIntegerSet`). */
  get isEmptyIntegerSet(): boolean {
    return this === IntegerSet.emptySet(this.context, this.numDims, this.numSymbols);
  }

  /** Number of constraints (at least 1). */
  get numConstraints(): number {
    return this.constraints.length;
  }

  /** Number of equality constraints. */
  get numEqualities(): number {
    let n = 0;
    for (const eq of this.eqFlags) if (eq) n++;
    return n;
  }

  /** Number of inequality (`>= 0`) constraints. */
  get numInequalities(): number {
    return this.constraints.length - this.numEqualities;
  }

  /** Number of dims plus symbols (the operands the set takes). */
  get numInputs(): number {
    return this.numDims + this.numSymbols;
  }

  /** Constraint `i`. */
  constraint(i: number): AffineExpr {
    return this.constraints[i]!;
  }

  /** True when constraint `i` is an equality. */
  isEq(i: number): boolean {
    return this.eqFlags[i]!;
  }
}
