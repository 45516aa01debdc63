import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { AffineExpr, AffineExprKind, type AffineConstantExpr, type AffineDimExpr, checkPositions } from "./affine-expr.js";

const table = newUniquingTable();
const scratch: unknown[] = [];

/**
 * A multi-dimensional affine map `(d0, d1)[s0] -> (d0 + s0, d1 floordiv 2)`:
 * a list of result expressions over `numDims` dimensions and `numSymbols`
 * symbols (MLIR's `AffineMap`). Uniqued per {@link Context}: equal maps are
 * the same object. Results are kept as given (each already simplified when
 * built); the map itself does no further simplification.
 */
export class AffineMap {
  /** True when result i is `di` for every i and there are as many results as dims. */
  private readonly identity: boolean;

  private constructor(
    /** The context the map is uniqued in. */
    readonly context: Context,
    /** Number of dimension identifiers. */
    readonly numDims: number,
    /** Number of symbol identifiers. */
    readonly numSymbols: number,
    /** The result expressions (frozen). */
    readonly results: readonly AffineExpr[],
  ) {
    let identity = numDims === results.length;
    for (let i = 0; identity && i < results.length; i++) {
      const r = results[i]!;
      identity = r.kind === AffineExprKind.DimId && (r as AffineDimExpr).position === i;
    }
    this.identity = identity;
  }

  /**
   * The uniqued map (the array is copied). Throws a RangeError when a result
   * uses a dimension or symbol at or past `numDims`/`numSymbols` (MLIR
   * asserts `willBeValidAffineMap`).
   */
  static get(ctx: Context, numDims: number, numSymbols: number, results: readonly AffineExpr[]): AffineMap {
    const n = results.length;
    scratch.length = 0;
    scratch.push(numDims, numSymbols);
    for (let i = 0; i < n; i++) scratch.push(results[i]);
    const trie = ctx.trie<AffineMap>(table);
    let map = trie.get(scratch, n + 2);
    if (map === undefined) {
      for (let i = 0; i < n; i++) checkPositions(results[i]!, numDims, numSymbols, "affine map");
      map = trie.intern(scratch, n + 2, () => new AffineMap(ctx, numDims, numSymbols, Object.freeze(results.slice())));
    }
    return map;
  }

  /** The map `() -> ()` (MLIR's `AffineMap::get(context)`). */
  static empty(ctx: Context): AffineMap {
    return AffineMap.get(ctx, 0, 0, []);
  }

  /** The identity map of `n` dimensions: `(d0, ..., dn-1) -> (d0, ..., dn-1)`. */
  static multiDimIdentity(ctx: Context, n: number): AffineMap {
    const results: AffineExpr[] = [];
    for (let i = 0; i < n; i++) results.push(AffineExpr.dim(ctx, i));
    return AffineMap.get(ctx, n, 0, results);
  }

  /** The map `() -> (value)`. */
  static constantMap(ctx: Context, value: number | bigint): AffineMap {
    return AffineMap.get(ctx, 0, 0, [AffineExpr.constant(ctx, value)]);
  }

  /** Number of result expressions. */
  get numResults(): number {
    return this.results.length;
  }

  /** Number of dims plus symbols (the operands the map takes). */
  get numInputs(): number {
    return this.numDims + this.numSymbols;
  }

  /** Result `i`. */
  result(i: number): AffineExpr {
    return this.results[i]!;
  }

  /**
   * MLIR's `isIdentity`: as many results as dimensions and result i is `di`.
   * Symbols are allowed (`(d0)[s0] -> (d0)` is an identity). O(1).
   */
  get isIdentity(): boolean {
    return this.identity;
  }

  /** True for `() -> ()`: no dimensions, symbols or results. */
  get isEmpty(): boolean {
    return this.numDims === 0 && this.numSymbols === 0 && this.results.length === 0;
  }

  /** True when the map has one result and it is a constant. */
  get isSingleConstant(): boolean {
    return this.results.length === 1 && this.results[0]!.kind === AffineExprKind.Constant;
  }

  /** The constant of a {@link isSingleConstant} map. */
  get singleConstantResult(): bigint {
    if (!this.isSingleConstant) throw new Error("affine map does not have a single constant result");
    return (this.results[0] as AffineConstantExpr).value;
  }
}
