import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";

/**
 * The kinds of {@link AffineExpr}, in MLIR's order (`AffineExprKind`): the
 * binary operations first, then the leaves.
 */
export const enum AffineExprKind {
  Add,
  /** Multiplication; one operand is always symbolic or constant. */
  Mul,
  /** Euclidean remainder (the result is never negative for a positive divisor). */
  Mod,
  FloorDiv,
  CeilDiv,
  Constant,
  /** A dimension identifier `dN`. */
  DimId,
  /** A symbol identifier `sN`. */
  SymbolId,
}

/** Flag bits cached on every expression so the simplifier's tests are O(1). */
const enum Flag {
  SymbolicOrConstant = 1,
  PureAffine = 2,
}

const constTable = newUniquingTable();
const dimTable = newUniquingTable();
const symbolTable = newUniquingTable();
/** One table per binary kind, keyed by lhs then rhs (both already uniqued). */
const binaryTables = [newUniquingTable(), newUniquingTable(), newUniquingTable(), newUniquingTable(), newUniquingTable()];

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/** Wraps `v` to a two's complement int64, as C++ arithmetic does in MLIR's simplifier. */
function wrap(v: bigint): bigint {
  return v >= I64_MIN && v <= I64_MAX ? v : BigInt.asIntN(64, v);
}

function toInt64(v: number | bigint): bigint {
  if (typeof v === "number") {
    if (!Number.isSafeInteger(v)) throw new RangeError(`affine constant ${v} is not a safe integer; pass a bigint`);
    return BigInt(v);
  }
  if (v < I64_MIN || v > I64_MAX) throw new RangeError(`affine constant ${v} does not fit in 64 bits`);
  return v;
}

/** Floor division; `b` is non-zero and the quotient fits (not `MIN / -1`). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

/** Ceiling division; `b` is non-zero and the quotient fits. */
function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) === (b < 0n) ? q + 1n : q;
}

/** Euclidean-style modulo for a positive `b` (MLIR's `mod`): result in `[0, b)`. */
function mod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r < 0n ? r + b : r;
}

/**
 * `std::gcd` of two int64s cast to uint64, as MLIR computes it: a negative
 * (wrapped) divisor counts as its two's complement, so gcd(-64, 6) is 6.
 */
function gcdU64(a: bigint, b: bigint): bigint {
  a = BigInt.asUintN(64, a);
  b = BigInt.asUintN(64, b);
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return BigInt.asIntN(64, a);
}

/**
 * An affine expression: a dimension `dN`, a symbol `sN`, an int64 constant,
 * or a binary `+`, `*`, `mod`, `floordiv`, `ceildiv` of two expressions
 * (MLIR's `AffineExpr`, see LangRef "Affine Expressions").
 *
 * Expressions are uniqued per {@link Context}: structurally equal
 * expressions are the same object, so compare them with `===`. They are
 * built only through the static constructors and the combinators
 * ({@link add}, {@link mul}...), which apply MLIR's construction-time
 * simplifications and canonical operand order (constants to the right,
 * `4 + d0` is `d0 + 4`, `(d0 * 2) * 3` is `d0 * 6`, `d0 - d0 floordiv 4 * 4`
 * is `d0 mod 4`...), so printing matches `mlir-opt` exactly.
 *
 * Constants are int64 as in MLIR. Folding two constants never loses
 * precision: a sum or product that would overflow is kept unfolded, as
 * MLIR 22 does; the few folds MLIR performs in plain C++ int64 arithmetic
 * (merging the constants of `(e + c1) + c2`, `(e * c1) * c2`,
 * `c1 * e + c2 * e`) wrap around like MLIR's.
 */
export abstract class AffineExpr {
  protected constructor(
    /** The context the expression is uniqued in. */
    readonly context: Context,
    /** What the expression is. */
    readonly kind: AffineExprKind,
    /** @internal {@link Flag} bits. */
    readonly flags: number,
  ) {}

  // ---- Construction -------------------------------------------------------

  /** The dimension identifier `d<position>`. */
  static dim(ctx: Context, position: number): AffineDimExpr {
    const t = ctx.table<number, AffineDimExpr>(dimTable);
    let e = t.get(position);
    if (e === undefined) t.set(position, (e = new AffineDimExpr(ctx, position)));
    return e;
  }

  /** The symbol identifier `s<position>`. */
  static symbol(ctx: Context, position: number): AffineSymbolExpr {
    const t = ctx.table<number, AffineSymbolExpr>(symbolTable);
    let e = t.get(position);
    if (e === undefined) t.set(position, (e = new AffineSymbolExpr(ctx, position)));
    return e;
  }

  /**
   * The constant `value`. Throws a RangeError when `value` is a number that
   * is not a safe integer or a bigint outside int64.
   */
  static constant(ctx: Context, value: number | bigint): AffineConstantExpr {
    return typeof value === "number" && Number.isSafeInteger(value) ? smallConstant(ctx, value) : constantOf(ctx, toInt64(value));
  }

  /**
   * `lhs <kind> rhs`, simplified (MLIR's `getAffineBinaryOpExpr`). `kind`
   * must be a binary kind.
   */
  static binary(kind: AffineExprKind, lhs: AffineExpr, rhs: AffineExpr): AffineExpr {
    switch (kind) {
      case AffineExprKind.Add: return add(lhs, rhs);
      case AffineExprKind.Mul: return mul(lhs, rhs);
      case AffineExprKind.FloorDiv: return floorDivExpr(lhs, rhs);
      case AffineExprKind.CeilDiv: return ceilDivExpr(lhs, rhs);
      case AffineExprKind.Mod: return modExpr(lhs, rhs);
      default: throw new RangeError(`not a binary affine expression kind: ${kind}`);
    }
  }

  /** `this + other`, simplified. */
  add(other: AffineExpr | number | bigint): AffineExpr {
    return add(this, this.operand(other));
  }

  /** `this - other`, built as `this + other * -1` like MLIR. */
  sub(other: AffineExpr | number | bigint): AffineExpr {
    if (typeof other !== "object") return add(this, constantOf(this.context, wrap(-toInt64(other))));
    return add(this, mul(other, constantOf(this.context, -1n)));
  }

  /**
   * `this * other`, simplified. Throws when neither operand is symbolic or
   * constant (not an affine expression; MLIR asserts).
   */
  mul(other: AffineExpr | number | bigint): AffineExpr {
    return mul(this, this.operand(other));
  }

  /** `-this`, built as `this * -1` like MLIR. */
  neg(): AffineExpr {
    return mul(this, constantOf(this.context, -1n));
  }

  /** `this floordiv other`, simplified. */
  floorDiv(other: AffineExpr | number | bigint): AffineExpr {
    return floorDivExpr(this, this.operand(other));
  }

  /** `this ceildiv other`, simplified. */
  ceilDiv(other: AffineExpr | number | bigint): AffineExpr {
    return ceilDivExpr(this, this.operand(other));
  }

  /** `this mod other`, simplified. */
  mod(other: AffineExpr | number | bigint): AffineExpr {
    return modExpr(this, this.operand(other));
  }

  private operand(other: AffineExpr | number | bigint): AffineExpr {
    return typeof other === "object" ? other : constantOf(this.context, toInt64(other));
  }

  // ---- Queries -------------------------------------------------------------

  /** True when made only of symbols and constants (no dimension). O(1). */
  get isSymbolicOrConstant(): boolean {
    return (this.flags & Flag.SymbolicOrConstant) !== 0;
  }

  /**
   * True when pure affine: multiplication only by a constant operand, and
   * `floordiv`, `ceildiv`, `mod` only by a constant. O(1).
   */
  get isPureAffine(): boolean {
    return (this.flags & Flag.PureAffine) !== 0;
  }

  /**
   * The largest integer known to divide the expression (MLIR's
   * `getLargestKnownDivisor`, with its int64 arithmetic). Memoized.
   */
  get largestKnownDivisor(): bigint {
    return knownDivisor(this);
  }

  /** True when dimension `position` occurs in the expression. */
  isFunctionOfDim(position: number): boolean {
    return occurs(this, AffineExprKind.DimId, position);
  }

  /** True when symbol `position` occurs in the expression. */
  isFunctionOfSymbol(position: number): boolean {
    return occurs(this, AffineExprKind.SymbolId, position);
  }

  /** Calls `fn` on every sub-expression in post-order (operands first). */
  walk(fn: (e: AffineExpr) => void): void {
    if (this instanceof AffineBinaryOpExpr) {
      this.lhs.walk(fn);
      this.rhs.walk(fn);
    }
    fn(this);
  }

  /**
   * Substitutes `dims[i]` for `di` and `symbols[j]` for `sj` (positions past
   * the arrays' ends are kept) and re-simplifies.
   */
  replaceDimsAndSymbols(dims: readonly AffineExpr[], symbols: readonly AffineExpr[]): AffineExpr {
    switch (this.kind) {
      case AffineExprKind.Constant:
        return this;
      case AffineExprKind.DimId: {
        const p = (this as unknown as AffineDimExpr).position;
        return p < dims.length ? dims[p]! : this;
      }
      case AffineExprKind.SymbolId: {
        const p = (this as unknown as AffineSymbolExpr).position;
        return p < symbols.length ? symbols[p]! : this;
      }
      default: {
        const b = this as unknown as AffineBinaryOpExpr;
        const l = b.lhs.replaceDimsAndSymbols(dims, symbols);
        const r = b.rhs.replaceDimsAndSymbols(dims, symbols);
        return l === b.lhs && r === b.rhs ? this : AffineExpr.binary(this.kind, l, r);
      }
    }
  }
}

/** `lhs op rhs` that did not simplify further. */
export class AffineBinaryOpExpr extends AffineExpr {
  /** @internal Memo of {@link largestKnownDivisor}. */
  divisor: bigint | null = null;

  /** @internal Use the combinators; this does not unique. */
  constructor(
    ctx: Context,
    kind: AffineExprKind,
    /** The left operand. */
    readonly lhs: AffineExpr,
    /** The right operand. */
    readonly rhs: AffineExpr,
  ) {
    super(ctx, kind, binaryFlags(kind, lhs, rhs));
  }
}

/** The dimension identifier `d<position>`. */
export class AffineDimExpr extends AffineExpr {
  /** @internal Use {@link AffineExpr.dim}. */
  constructor(
    ctx: Context,
    /** Index of the dimension. */
    readonly position: number,
  ) {
    super(ctx, AffineExprKind.DimId, Flag.PureAffine);
  }
}

/** The symbol identifier `s<position>`. */
export class AffineSymbolExpr extends AffineExpr {
  /** @internal Use {@link AffineExpr.symbol}. */
  constructor(
    ctx: Context,
    /** Index of the symbol. */
    readonly position: number,
  ) {
    super(ctx, AffineExprKind.SymbolId, Flag.SymbolicOrConstant | Flag.PureAffine);
  }
}

/** An int64 constant. */
export class AffineConstantExpr extends AffineExpr {
  /** @internal Use {@link AffineExpr.constant}. */
  constructor(
    ctx: Context,
    /** The value, in int64 range. */
    readonly value: bigint,
  ) {
    super(ctx, AffineExprKind.Constant, Flag.SymbolicOrConstant | Flag.PureAffine);
  }
}

function binaryFlags(kind: AffineExprKind, lhs: AffineExpr, rhs: AffineExpr): number {
  let f = lhs.flags & rhs.flags & Flag.SymbolicOrConstant;
  switch (kind) {
    case AffineExprKind.Add:
      f |= lhs.flags & rhs.flags & Flag.PureAffine;
      break;
    case AffineExprKind.Mul:
      if (lhs.flags & rhs.flags & Flag.PureAffine && (lhs.kind === AffineExprKind.Constant || rhs.kind === AffineExprKind.Constant)) {
        f |= Flag.PureAffine;
      }
      break;
    default:
      if (lhs.flags & Flag.PureAffine && rhs.kind === AffineExprKind.Constant) f |= Flag.PureAffine;
  }
  return f;
}

// ---- Uniquing ---------------------------------------------------------------

// Constants are keyed by number when the value is a safe integer (almost
// always), by bigint otherwise, so the parser can look small literals up
// without making a bigint.

function constantOf(ctx: Context, value: bigint): AffineConstantExpr {
  const key = value >= -0x1fffffffffffffn && value <= 0x1fffffffffffffn ? Number(value) : value;
  const t = ctx.table<number | bigint, AffineConstantExpr>(constTable);
  let e = t.get(key);
  if (e === undefined) t.set(key, (e = new AffineConstantExpr(ctx, value)));
  return e;
}

/** @internal The constant `value`, a safe integer (no bigint made when it exists). */
export function smallConstant(ctx: Context, value: number): AffineConstantExpr {
  const t = ctx.table<number | bigint, AffineConstantExpr>(constTable);
  let e = t.get(value);
  if (e === undefined) t.set(value, (e = new AffineConstantExpr(ctx, BigInt(value))));
  return e;
}

function binaryOf(kind: AffineExprKind, lhs: AffineExpr, rhs: AffineExpr): AffineBinaryOpExpr {
  const ctx = lhs.context;
  const t = ctx.table<AffineExpr, Map<AffineExpr, AffineBinaryOpExpr>>(binaryTables[kind]!);
  let byRhs = t.get(lhs);
  if (byRhs === undefined) t.set(lhs, (byRhs = new Map()));
  let e = byRhs.get(rhs);
  if (e === undefined) byRhs.set(rhs, (e = new AffineBinaryOpExpr(ctx, kind, lhs, rhs)));
  return e;
}

function asConst(e: AffineExpr): AffineConstantExpr | null {
  return e.kind === AffineExprKind.Constant ? (e as AffineConstantExpr) : null;
}

function asBinary(e: AffineExpr, kind: AffineExprKind): AffineBinaryOpExpr | null {
  return e.kind === kind ? (e as AffineBinaryOpExpr) : null;
}

function isBinary(e: AffineExpr): e is AffineBinaryOpExpr {
  return e.kind <= AffineExprKind.CeilDiv;
}

// ---- Simplification (MLIR's AffineExpr.cpp, construction time) --------------

function add(lhs: AffineExpr, rhs: AffineExpr): AffineExpr {
  return simplifyAdd(lhs, rhs) ?? binaryOf(AffineExprKind.Add, lhs, rhs);
}

function mul(lhs: AffineExpr, rhs: AffineExpr): AffineExpr {
  if (!lhs.isSymbolicOrConstant && !rhs.isSymbolicOrConstant) {
    throw new Error("non-affine multiplication: one operand must be symbolic or constant");
  }
  return simplifyMul(lhs, rhs) ?? binaryOf(AffineExprKind.Mul, lhs, rhs);
}

function floorDivExpr(lhs: AffineExpr, rhs: AffineExpr): AffineExpr {
  return simplifyFloorDiv(lhs, rhs) ?? binaryOf(AffineExprKind.FloorDiv, lhs, rhs);
}

function ceilDivExpr(lhs: AffineExpr, rhs: AffineExpr): AffineExpr {
  return simplifyCeilDiv(lhs, rhs) ?? binaryOf(AffineExprKind.CeilDiv, lhs, rhs);
}

function modExpr(lhs: AffineExpr, rhs: AffineExpr): AffineExpr {
  return simplifyMod(lhs, rhs) ?? binaryOf(AffineExprKind.Mod, lhs, rhs);
}

/** True when `lhs` and `rhs` are both dims or both symbols, `lhs` the later one. */
function outOfOrder(lhs: AffineExpr, rhs: AffineExpr): boolean {
  return (
    lhs.kind === rhs.kind &&
    (lhs.kind === AffineExprKind.DimId || lhs.kind === AffineExprKind.SymbolId) &&
    (lhs as AffineDimExpr | AffineSymbolExpr).position > (rhs as AffineDimExpr | AffineSymbolExpr).position
  );
}

/** Null when `lhs + rhs` does not simplify. */
function simplifyAdd(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | null {
  const ctx = lhs.context;
  const lc = asConst(lhs);
  const rc = asConst(rhs);
  if (lc !== null && rc !== null) {
    const sum = lc.value + rc.value;
    return sum < I64_MIN || sum > I64_MAX ? null : constantOf(ctx, sum);
  }
  // Constants go right; so does the symbolic operand when only one is.
  if (lc !== null || (lhs.isSymbolicOrConstant && !rhs.isSymbolicOrConstant)) return add(rhs, lhs);
  // Two dims or two symbols go in position order: d1 + d0 is d0 + d1.
  if (outOfOrder(lhs, rhs)) return add(rhs, lhs);
  if (rc !== null && rc.value === 0n) return lhs;

  // (e + c1) + c2 = e + (c1 + c2).
  const lAdd = asBinary(lhs, AffineExprKind.Add);
  const lAddConst = lAdd === null ? null : asConst(lAdd.rhs);
  if (lAddConst !== null && rc !== null) return add(lAdd!.lhs, constantOf(ctx, wrap(lAddConst.value + rc.value)));

  // c1 * e + c2 * e = (c1 + c2) * e (a bare operand counts as 1 * e).
  const lMul = asBinary(lhs, AffineExprKind.Mul);
  const lMulConst = lMul === null ? null : asConst(lMul.rhs);
  const first = lMulConst !== null ? lMul!.lhs : lhs;
  const rMul = asBinary(rhs, AffineExprKind.Mul);
  const rMulConst = rMul === null ? null : asConst(rMul.rhs);
  const second = rMulConst !== null ? rMul!.lhs : rhs;
  if (first === second) {
    const c = wrap((lMulConst !== null ? lMulConst.value : 1n) + (rMulConst !== null ? rMulConst.value : 1n));
    return mul(first, constantOf(ctx, c));
  }

  // (e1 + c) + e2 = (e1 + e2) + c.
  if (lAddConst !== null) return add(add(lAdd!.lhs, rhs), lAddConst);

  // e - (e floordiv q) * q = e mod q, in both shapes the simplifier builds:
  // ((e floordiv q) * q) * -1 with q symbolic, and (e floordiv c) * -c with
  // c a positive constant (MLIR makes no mod by a negative number).
  if (!isBinary(rhs)) return null;
  const rl = rhs.lhs;
  const rr = rhs.rhs;
  const rrConst = asConst(rr);
  if (rrConst !== null && rrConst.value === -1n && rl.kind === AffineExprKind.Mul) {
    const q = (rl as AffineBinaryOpExpr).rhs;
    const div = asBinary((rl as AffineBinaryOpExpr).lhs, AffineExprKind.FloorDiv);
    if (div === null) return null;
    if (div.rhs === q && lhs === div.lhs) return modExpr(lhs, q);
  }
  const div = asBinary(rl, AffineExprKind.FloorDiv);
  if (div === null || rhs.kind !== AffineExprKind.Mul) return null;
  const c = asConst(div.rhs);
  if (c !== null && c.value > 0n && lhs === div.lhs && div.rhs === mul(rr, constantOf(ctx, -1n))) return modExpr(lhs, div.rhs);
  // (a + e) + (e floordiv c) * -c = a + e mod c: retry with the last term of
  // the sum. Like MLIR, any simplification of that pair is taken, even a
  // mere reordering ((d0 + s0) - d1 floordiv 2 becomes d0 + (-(d1 floordiv 2) + s0)).
  if (lAdd !== null) {
    const inner = simplifyAdd(lAdd.rhs, rhs);
    if (inner !== null) return add(lAdd.lhs, inner);
  }
  return null;
}

/** Null when `lhs * rhs` does not simplify. One operand is symbolic or constant. */
function simplifyMul(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | null {
  const ctx = lhs.context;
  const lc = asConst(lhs);
  const rc = asConst(rhs);
  if (lc !== null && rc !== null) {
    const product = lc.value * rc.value;
    return product < I64_MIN || product > I64_MAX ? null : constantOf(ctx, product);
  }
  // The constant, else the symbolic operand, goes right.
  if (!rhs.isSymbolicOrConstant || lc !== null) return mul(rhs, lhs);
  // Two symbols go in position order: s1 * s0 is s0 * s1.
  if (outOfOrder(lhs, rhs)) return mul(rhs, lhs);
  if (rc !== null) {
    if (rc.value === 1n) return lhs;
    if (rc.value === 0n) return rc;
  }
  const lMul = asBinary(lhs, AffineExprKind.Mul);
  const lMulConst = lMul === null ? null : asConst(lMul.rhs);
  if (lMulConst === null) return null;
  // (e * c1) * c2 = e * (c1 * c2).
  if (rc !== null) return mul(lMul!.lhs, constantOf(ctx, wrap(lMulConst.value * rc.value)));
  // (e1 * c) * e2 = (e1 * e2) * c.
  return mul(mul(lMul!.lhs, rhs), lMulConst);
}

/** Null when `lhs floordiv rhs` does not simplify. */
function simplifyFloorDiv(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | null {
  const rc = asConst(rhs);
  // Division by zero is undefined and kept as is.
  if (rc === null || rc.value === 0n) return null;
  const r = rc.value;
  const lc = asConst(lhs);
  if (lc !== null) return lc.value === I64_MIN && r === -1n ? null : constantOf(lhs.context, floorDiv(lc.value, r));
  if (r === 1n) return lhs;
  // (e * c1) floordiv c2 = e * (c1 / c2) when c2 divides c1.
  const lMul = asBinary(lhs, AffineExprKind.Mul);
  if (lMul !== null) {
    const c = asConst(lMul.rhs);
    if (c !== null && c.value % r === 0n) return mul(lMul.lhs, constantOf(lhs.context, wrap(c.value / r)));
  }
  // (e1 + e2) floordiv c = e1 floordiv c + e2 floordiv c when c divides either.
  const lAdd = asBinary(lhs, AffineExprKind.Add);
  if (lAdd !== null && (knownDivisor(lAdd.lhs) % r === 0n || knownDivisor(lAdd.rhs) % r === 0n)) {
    return add(floorDivExpr(lAdd.lhs, rc), floorDivExpr(lAdd.rhs, rc));
  }
  return null;
}

/** Null when `lhs ceildiv rhs` does not simplify. */
function simplifyCeilDiv(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | null {
  const rc = asConst(rhs);
  if (rc === null || rc.value === 0n) return null;
  const r = rc.value;
  const lc = asConst(lhs);
  if (lc !== null) return lc.value === I64_MIN && r === -1n ? null : constantOf(lhs.context, ceilDiv(lc.value, r));
  if (r === 1n) return lhs;
  // (e * c1) ceildiv c2 = e * (c1 / c2) when c2 divides c1.
  const lMul = asBinary(lhs, AffineExprKind.Mul);
  if (lMul !== null) {
    const c = asConst(lMul.rhs);
    if (c !== null && c.value % r === 0n) return mul(lMul.lhs, constantOf(lhs.context, wrap(c.value / r)));
  }
  return null;
}

/** Null when `lhs mod rhs` does not simplify. */
function simplifyMod(lhs: AffineExpr, rhs: AffineExpr): AffineExpr | null {
  const rc = asConst(rhs);
  // Modulo by zero or a negative number is undefined and kept as is.
  if (rc === null || rc.value < 1n) return null;
  const r = rc.value;
  const lc = asConst(lhs);
  if (lc !== null) return constantOf(lhs.context, mod(lc.value, r));
  // A known multiple of c: (i * 128) mod 64 = 0.
  if (knownDivisor(lhs) % r === 0n) return constantOf(lhs.context, 0n);
  // (e1 + e2) mod c drops a term that c divides.
  const lAdd = asBinary(lhs, AffineExprKind.Add);
  if (lAdd !== null) {
    if (knownDivisor(lAdd.lhs) % r === 0n) return modExpr(lAdd.rhs, rc);
    if (knownDivisor(lAdd.rhs) % r === 0n) return modExpr(lAdd.lhs, rc);
  }
  // (e mod c1) mod c2 = e mod c2 when c2 divides c1.
  const lMod = asBinary(lhs, AffineExprKind.Mod);
  if (lMod !== null) {
    const c = asConst(lMod.rhs);
    if (c !== null && c.value >= 1n && mod(c.value, r) === 0n) return modExpr(lMod.lhs, rc);
  }
  return null;
}

/** MLIR's `getLargestKnownDivisor` (int64, wrapping like the C++). */
function knownDivisor(e: AffineExpr): bigint {
  switch (e.kind) {
    case AffineExprKind.DimId:
    case AffineExprKind.SymbolId:
      return 1n;
    case AffineExprKind.Constant: {
      const v = (e as AffineConstantExpr).value;
      return wrap(v < 0n ? -v : v);
    }
    default:
      break;
  }
  const b = e as AffineBinaryOpExpr;
  if (b.divisor !== null) return b.divisor;
  let d: bigint;
  switch (b.kind) {
    case AffineExprKind.Mul:
      d = wrap(knownDivisor(b.lhs) * knownDivisor(b.rhs));
      break;
    case AffineExprKind.Add:
    case AffineExprKind.Mod:
      d = gcdU64(knownDivisor(b.lhs), knownDivisor(b.rhs));
      break;
    default: {
      // floordiv, ceildiv: a constant divisor that divides the dividend's
      // known divisor leaves the quotient's magnitude as a known divisor.
      d = 1n;
      const rc = asConst(b.rhs);
      if (rc !== null && rc.value !== 0n) {
        const l = knownDivisor(b.lhs);
        if (l % rc.value === 0n) {
          const q = l / rc.value;
          d = wrap(q < 0n ? -q : q);
        }
      }
    }
  }
  b.divisor = d;
  return d;
}

function occurs(e: AffineExpr, kind: AffineExprKind, position: number): boolean {
  if (e.kind === kind) return (e as AffineDimExpr | AffineSymbolExpr).position === position;
  if (!isBinary(e)) return false;
  return occurs(e.lhs, kind, position) || occurs(e.rhs, kind, position);
}

/**
 * @internal Throws a RangeError when `expr` uses a dimension at or past
 * `numDims` or a symbol at or past `numSymbols` (MLIR asserts this when
 * building maps and sets).
 */
export function checkPositions(expr: AffineExpr, numDims: number, numSymbols: number, what: string): void {
  switch (expr.kind) {
    case AffineExprKind.Constant:
      return;
    case AffineExprKind.DimId:
      if ((expr as AffineDimExpr).position >= numDims) {
        throw new RangeError(`${what} uses d${(expr as AffineDimExpr).position} but has ${numDims} dimensions`);
      }
      return;
    case AffineExprKind.SymbolId:
      if ((expr as AffineSymbolExpr).position >= numSymbols) {
        throw new RangeError(`${what} uses s${(expr as AffineSymbolExpr).position} but has ${numSymbols} symbols`);
      }
      return;
    default:
      checkPositions((expr as AffineBinaryOpExpr).lhs, numDims, numSymbols, what);
      checkPositions((expr as AffineBinaryOpExpr).rhs, numDims, numSymbols, what);
  }
}
