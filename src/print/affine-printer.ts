import {
  type AffineBinaryOpExpr,
  type AffineConstantExpr,
  type AffineDimExpr,
  type AffineExpr,
  AffineExprKind,
  type AffineSymbolExpr,
} from "../dialects/builtin/affine/affine-expr.js";
import type { AffineMap } from "../dialects/builtin/affine/affine-map.js";
import type { IntegerSet } from "../dialects/builtin/affine/integer-set.js";

/**
 * How tightly the context binds an expression: a `Strong` context (an
 * operand of `*`, `floordiv`, `ceildiv`, `mod` or unary `-`) parenthesizes
 * any binary expression; a `Weak` one (top level, an operand of `+`) none.
 * MLIR's `BindingStrength`.
 */
const enum Binding {
  Weak,
  Strong,
}

/**
 * Prints `expr` as `mlir-opt` does (MLIR's `printAffineExprInternal`),
 * dimensions as `dN` and symbols as `sN`: `d0 + s0 * 2`, `d0 - d1`,
 * `-d0`, `(d0 + 1) floordiv 2`.
 */
export function printAffineExpr(expr: AffineExpr): string {
  const out: string[] = [];
  printExpr(out, expr, Binding.Weak);
  return out.join("");
}

/** Appends the text of {@link printAffineExpr} to `out`. */
export function printAffineExprTo(out: string[], expr: AffineExpr): void {
  printExpr(out, expr, Binding.Weak);
}

/** Where {@link printAffineExprWith} writes: text, and the dims and symbols. */
export interface AffineExprSink {
  push(text: string): void;
  /** Prints dimension `position` (instead of `dN`). */
  dim(position: number): void;
  /** Prints symbol `position` (instead of `sN`). */
  symbol(position: number): void;
}

/**
 * Prints `expr` like {@link printAffineExpr}, but lets `sink` print the
 * dimensions and symbols: how ops print maps of SSA ids (`%i + symbol(%n)`,
 * MLIR's `printAffineExpr` with a `printValueName` callback).
 */
export function printAffineExprWith(sink: AffineExprSink, expr: AffineExpr): void {
  printExpr(sink, expr, Binding.Weak);
}

/**
 * Prints the body of `affine_map<...>`: `(d0, d1)[s0] -> (d0 + s0, d1)`
 * (the symbol list is omitted when there are no symbols).
 */
export function printAffineMap(map: AffineMap): string {
  const out: string[] = [];
  printAffineMapTo(out, map);
  return out.join("");
}

/** Appends the text of {@link printAffineMap} to `out`. */
export function printAffineMapTo(out: string[], map: AffineMap): void {
  printIdLists(out, map.numDims, map.numSymbols);
  out.push(" -> (");
  const results = map.results;
  for (let i = 0; i < results.length; i++) {
    if (i > 0) out.push(", ");
    printExpr(out, results[i]!, Binding.Weak);
  }
  out.push(")");
}

/** Prints the body of `affine_set<...>`: `(d0)[s0] : (d0 - s0 >= 0, d0 == 0)`. */
export function printIntegerSet(set: IntegerSet): string {
  const out: string[] = [];
  printIntegerSetTo(out, set);
  return out.join("");
}

/** Appends the text of {@link printIntegerSet} to `out`. */
export function printIntegerSetTo(out: string[], set: IntegerSet): void {
  printIdLists(out, set.numDims, set.numSymbols);
  out.push(" : (");
  const cs = set.constraints;
  for (let i = 0; i < cs.length; i++) {
    if (i > 0) out.push(", ");
    printExpr(out, cs[i]!, Binding.Weak);
    out.push(set.eqFlags[i] ? " == 0" : " >= 0");
  }
  out.push(")");
}

/** `(d0, d1)` then `[s0]` when there are symbols. */
function printIdLists(out: string[], numDims: number, numSymbols: number): void {
  out.push("(");
  for (let i = 0; i < numDims; i++) out.push(i > 0 ? ", d" + i : "d0");
  out.push(")");
  if (numSymbols === 0) return;
  out.push("[");
  for (let i = 0; i < numSymbols; i++) out.push(i > 0 ? ", s" + i : "s0");
  out.push("]");
}

/** `-v` in int64, wrapping like the C++ printer (so -MIN prints MIN). */
function negate(v: bigint): string {
  return BigInt.asIntN(64, -v).toString();
}

function spellingOf(kind: AffineExprKind): string {
  switch (kind) {
    case AffineExprKind.Mul: return " * ";
    case AffineExprKind.FloorDiv: return " floordiv ";
    case AffineExprKind.CeilDiv: return " ceildiv ";
    default: return " mod ";
  }
}

/** A string array, or a sink that prints dims and symbols itself. */
type ExprOut = string[] | AffineExprSink;

function printExpr(out: ExprOut, e: AffineExpr, enclosing: Binding): void {
  switch (e.kind) {
    case AffineExprKind.SymbolId:
      if (Array.isArray(out)) out.push("s" + (e as AffineSymbolExpr).position);
      else out.symbol((e as AffineSymbolExpr).position);
      return;
    case AffineExprKind.DimId:
      if (Array.isArray(out)) out.push("d" + (e as AffineDimExpr).position);
      else out.dim((e as AffineDimExpr).position);
      return;
    case AffineExprKind.Constant:
      out.push((e as AffineConstantExpr).value.toString());
      return;
    default:
      break;
  }
  const strong = enclosing === Binding.Strong;
  const { lhs, rhs } = e as AffineBinaryOpExpr;
  if (strong) out.push("(");
  if (e.kind !== AffineExprKind.Add) {
    if (e.kind === AffineExprKind.Mul && rhs.kind === AffineExprKind.Constant && (rhs as AffineConstantExpr).value === -1n) {
      // e * -1 prints as -e.
      out.push("-");
      printExpr(out, lhs, Binding.Strong);
    } else {
      printExpr(out, lhs, Binding.Strong);
      out.push(spellingOf(e.kind));
      printExpr(out, rhs, Binding.Strong);
    }
  } else if (rhs.kind === AffineExprKind.Mul && (rhs as AffineBinaryOpExpr).rhs.kind === AffineExprKind.Constant &&
      ((rhs as AffineBinaryOpExpr).rhs as AffineConstantExpr).value <= -1n) {
    // a + b * -1 prints as a - b; a + b * -c as a - b * c.
    const m = rhs as AffineBinaryOpExpr;
    const c = (m.rhs as AffineConstantExpr).value;
    printExpr(out, lhs, Binding.Weak);
    out.push(" - ");
    if (c === -1n) {
      printExpr(out, m.lhs, m.lhs.kind === AffineExprKind.Add ? Binding.Strong : Binding.Weak);
    } else {
      printExpr(out, m.lhs, Binding.Strong);
      out.push(" * " + negate(c));
    }
  } else if (rhs.kind === AffineExprKind.Constant && (rhs as AffineConstantExpr).value < 0n) {
    // a + -c prints as a - c.
    printExpr(out, lhs, Binding.Weak);
    out.push(" - " + negate((rhs as AffineConstantExpr).value));
  } else {
    printExpr(out, lhs, Binding.Weak);
    out.push(" + ");
    printExpr(out, rhs, Binding.Weak);
  }
  if (strong) out.push(")");
}
