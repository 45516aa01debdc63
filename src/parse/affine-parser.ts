import { AffineExpr, AffineExprKind, smallConstant } from "../dialects/builtin/affine/affine-expr.js";
import { AffineMap } from "../dialects/builtin/affine/affine-map.js";
import { IntegerSet } from "../dialects/builtin/affine/integer-set.js";
import type { ParserState } from "./parser-state.js";
import { Tok } from "./token.js";

// The affine sub-language (MLIR's AffineParser.cpp): the bodies of
// `affine_map<...>` and `affine_set<...>`.
//
//   affine-map  ::= dim-and-symbol-id-lists `->` `(` (affine-expr (`,` affine-expr)*)? `)`
//   integer-set ::= dim-and-symbol-id-lists `:` `(` (affine-constraint (`,` affine-constraint)*)? `)`
//   dim-and-symbol-id-lists ::= `(` (bare-id (`,` bare-id)*)? `)` (`[` (bare-id (`,` bare-id)*)? `]`)?
//   affine-constraint ::= affine-expr (`>=` | `<=` | `==`) affine-expr
//   affine-expr ::= `(` affine-expr `)` | `-` affine-expr | bare-id | integer-literal
//                 | affine-expr (`+` | `-`) affine-expr
//                 | affine-expr (`*` | `floordiv` | `ceildiv` | `mod`) affine-expr
//
// Dims and symbols may be named by any bare identifier (keywords included);
// they are bound by position. `*`, `floordiv`, `ceildiv`, `mod` bind tighter
// than `+`, `-`; unary `-` tighter still; all binary operators are left
// associative. Expressions are simplified as they are built, exactly as
// MLIR does, so errors and results match `mlir-opt`.

const I64_MAX = (1n << 63n) - 1n;

/** `+` or `-`, or neither. */
const enum LowOp {
  None,
  Add,
  Sub,
}

/** State of one map or set body: the identifiers bound so far. */
class AffineParser {
  /** Names of the dims then symbols, in declaration order. */
  readonly names: string[] = [];
  /** `exprs[i]` is what `names[i]` denotes. */
  readonly exprs: AffineExpr[] = [];

  /**
   * In maps of SSA ids (op custom forms): parses the `%x` at the current
   * token as a dim or symbol operand; null in `affine_map<...>` bodies.
   */
  readonly ssa: ((isSymbol: boolean) => void) | null;
  /** Dims and symbols bound so far by SSA ids. */
  numDims = 0;
  numSymbols = 0;

  constructor(readonly p: ParserState, ssa: ((isSymbol: boolean) => void) | null = null) {
    this.ssa = ssa;
  }

  /** The expression bound to the current token's text, or null. */
  lookup(): AffineExpr | null {
    const lex = this.p.lex;
    for (let i = 0; i < this.names.length; i++) if (lex.is(this.names[i]!)) return this.exprs[i]!;
    return null;
  }
}

/**
 * Parses an affine map body, `(d0)[s0] -> (d0 + s0)`: the text inside
 * `affine_map<...>` (the caller handles `affine_map<` and `>`). Throws a
 * ParseError with MLIR's message and position; an integer set body gives
 * "expected AffineMap, but got IntegerSet".
 */
export function parseAffineMapBody(p: ParserState): AffineMap {
  const start = p.lex.start;
  const r = parseAffineMapOrIntegerSetBody(p);
  if (r instanceof IntegerSet) p.error("expected AffineMap, but got IntegerSet", start);
  return r;
}

/**
 * Parses an integer set body, `(d0)[s0] : (d0 - s0 >= 0)`: the text inside
 * `affine_set<...>`. An affine map body gives "expected IntegerSet, but got
 * AffineMap".
 */
export function parseIntegerSetBody(p: ParserState): IntegerSet {
  const start = p.lex.start;
  const r = parseAffineMapOrIntegerSetBody(p);
  if (r instanceof AffineMap) p.error("expected IntegerSet, but got AffineMap", start);
  return r;
}

/**
 * Parses a map or a set body, deciding on the token after the identifier
 * lists (`->` or `:`), like MLIR's `parseAffineMapOrIntegerSetReference`.
 */
export function parseAffineMapOrIntegerSetBody(p: ParserState): AffineMap | IntegerSet {
  const s = new AffineParser(p);
  const ctx = p.ctx;
  let numDims = 0;
  let numSymbols = 0;
  p.expect(Tok.LParen, "expected '(' in dimensional identifier list");
  if (!p.consumeIf(Tok.RParen)) {
    do defineIdentifier(s, AffineExpr.dim(ctx, numDims++));
    while (p.consumeIf(Tok.Comma));
    p.expect(Tok.RParen, "expected ')' in dimensional identifier list");
  }
  if (p.tok() === Tok.LSquare) {
    p.consume();
    if (!p.consumeIf(Tok.RSquare)) {
      do defineIdentifier(s, AffineExpr.symbol(ctx, numSymbols++));
      while (p.consumeIf(Tok.Comma));
      p.expect(Tok.RSquare, "expected ']' in symbol list");
    }
  }

  if (p.consumeIf(Tok.Arrow)) {
    const results: AffineExpr[] = [];
    p.expect(Tok.LParen, "expected '(' in affine map range");
    if (!p.consumeIf(Tok.RParen)) {
      do results.push(parseAffineExpr(s));
      while (p.consumeIf(Tok.Comma));
      p.expect(Tok.RParen, "expected ')' in affine map range");
    }
    return AffineMap.get(ctx, numDims, numSymbols, results);
  }

  p.expect(Tok.Colon, "expected '->' or ':'");
  const constraints: AffineExpr[] = [];
  const eqFlags: boolean[] = [];
  p.expect(Tok.LParen, "expected '(' in integer set constraint list");
  if (!p.consumeIf(Tok.RParen)) {
    do parseConstraint(s, constraints, eqFlags);
    while (p.consumeIf(Tok.Comma));
    p.expect(Tok.RParen, "expected ')' in integer set constraint list");
  }
  // No constraints is the universe, `0 == 0` (IntegerSet.get does that).
  return IntegerSet.get(ctx, numDims, numSymbols, constraints, eqFlags);
}

/** True for tokens that can name a dim or symbol: bare identifiers (keywords included) and `iN` types. */
function isIdentifier(t: Tok): boolean {
  return t === Tok.BareIdentifier || t === Tok.IntType;
}

/** Binds the current identifier to `expr`. */
function defineIdentifier(s: AffineParser, expr: AffineExpr): void {
  const p = s.p;
  if (!isIdentifier(p.tok())) p.wrongToken("expected bare identifier");
  if (s.lookup() !== null) p.error(`redefinition of identifier '${p.spelling()}'`);
  s.names.push(p.spelling());
  s.exprs.push(expr);
  p.consume();
}

/**
 * affine-constraint ::= affine-expr (`>=` | `<=` | `==`) affine-expr,
 * normalized to `e >= 0` or `e == 0`. Like MLIR, each two-token operator is
 * tried by consuming its first token and then testing the second, so a
 * lone `>` or `=` is consumed before the error is reported.
 */
function parseConstraint(s: AffineParser, constraints: AffineExpr[], eqFlags: boolean[]): void {
  const p = s.p;
  const lhs = parseAffineExpr(s);
  if (p.consumeIf(Tok.Greater) && p.consumeIf(Tok.Equal)) {
    constraints.push(lhs.sub(parseAffineExpr(s)));
    eqFlags.push(false);
    return;
  }
  if (p.consumeIf(Tok.Less) && p.consumeIf(Tok.Equal)) {
    constraints.push(parseAffineExpr(s).sub(lhs));
    eqFlags.push(false);
    return;
  }
  if (p.consumeIf(Tok.Equal) && p.consumeIf(Tok.Equal)) {
    constraints.push(lhs.sub(parseAffineExpr(s)));
    eqFlags.push(true);
    return;
  }
  p.error("expected '== affine-expr' or '>= affine-expr' at end of affine constraint");
}

/** The `+`/`-` at the current token, consumed. */
function consumeLowOp(s: AffineParser): LowOp {
  const p = s.p;
  if (p.tok() === Tok.Plus) {
    p.consume();
    return LowOp.Add;
  }
  if (p.tok() === Tok.Minus) {
    p.consume();
    return LowOp.Sub;
  }
  return LowOp.None;
}

/** The `*`/`floordiv`/`ceildiv`/`mod` at the current token, consumed; else Add (none). */
function consumeHighOp(s: AffineParser): AffineExprKind {
  const p = s.p;
  let op = AffineExprKind.Add;
  if (p.tok() === Tok.Star) op = AffineExprKind.Mul;
  else if (p.tok() !== Tok.BareIdentifier) return op;
  else if (p.lex.is("floordiv")) op = AffineExprKind.FloorDiv;
  else if (p.lex.is("ceildiv")) op = AffineExprKind.CeilDiv;
  else if (p.lex.is("mod")) op = AffineExprKind.Mod;
  else return op;
  p.consume();
  return op;
}

function lowBinary(op: LowOp, lhs: AffineExpr, rhs: AffineExpr): AffineExpr {
  return op === LowOp.Add ? lhs.add(rhs) : lhs.sub(rhs);
}

/** Builds `lhs op rhs` for a tight operator, checking affinity; errors point at `loc`. */
function highBinary(s: AffineParser, op: AffineExprKind, lhs: AffineExpr, rhs: AffineExpr, loc: number): AffineExpr {
  const p = s.p;
  switch (op) {
    case AffineExprKind.Mul:
      if (!lhs.isSymbolicOrConstant && !rhs.isSymbolicOrConstant) {
        p.error("non-affine expression: at least one of the multiply operands has to be either a constant or symbolic", loc);
      }
      return lhs.mul(rhs);
    case AffineExprKind.FloorDiv:
      if (!rhs.isSymbolicOrConstant) p.error("non-affine expression: right operand of floordiv has to be either a constant or symbolic", loc);
      return lhs.floorDiv(rhs);
    case AffineExprKind.CeilDiv:
      if (!rhs.isSymbolicOrConstant) p.error("non-affine expression: right operand of ceildiv has to be either a constant or symbolic", loc);
      return lhs.ceilDiv(rhs);
    default:
      if (!rhs.isSymbolicOrConstant) p.error("non-affine expression: right operand of mod has to be either a constant or symbolic", loc);
      return lhs.mod(rhs);
  }
}

/**
 * affine-expr, left associative over two precedence levels (MLIR's
 * `parseAffineLowPrecOpExpr`, written as a loop). `acc` is the sum so far
 * and `accOp` the operator joining it to the next operand.
 */
function parseAffineExpr(s: AffineParser): AffineExpr {
  const p = s.p;
  let acc: AffineExpr | null = null;
  let accOp = LowOp.None;
  for (;;) {
    const lhs = parseOperand(s, acc !== null);
    const low = consumeLowOp(s);
    if (low !== LowOp.None) {
      acc = acc === null ? lhs : lowBinary(accOp, acc, lhs);
      accOp = low;
      continue;
    }
    const opLoc = p.lex.start;
    const high = consumeHighOp(s);
    if (high === AffineExprKind.Add) return acc === null ? lhs : lowBinary(accOp, acc, lhs);
    const term = parseHighPrecTail(s, lhs, high, opLoc);
    const expr: AffineExpr = acc === null ? term : lowBinary(accOp, acc, term);
    const next = consumeLowOp(s);
    if (next === LowOp.None) return expr;
    acc = expr;
    accOp = next;
  }
}

/**
 * The rest of a product `lhs op ...` (MLIR's `parseAffineHighPrecOpExpr`).
 * As in MLIR, an affinity error on an inner operator is reported at the
 * operator that follows it, and on the last one at that operator itself.
 */
function parseHighPrecTail(s: AffineParser, lhs: AffineExpr, op: AffineExprKind, opLoc: number): AffineExpr {
  const p = s.p;
  for (;;) {
    const rhs = parseOperand(s, true);
    const nextLoc = p.lex.start;
    const next = consumeHighOp(s);
    if (next === AffineExprKind.Add) return highBinary(s, op, lhs, rhs, opLoc);
    lhs = highBinary(s, op, lhs, rhs, nextLoc);
    op = next;
    opLoc = nextLoc;
  }
}

/**
 * An operand: identifier, integer, `( expr )` or `- operand`. `hasLhs` says
 * whether a binary operator precedes it (for the "missing ... operand"
 * messages).
 */
function parseOperand(s: AffineParser, hasLhs: boolean): AffineExpr {
  const p = s.p;
  switch (p.tok()) {
    case Tok.Integer:
      return parseInteger(s);
    case Tok.LParen: {
      p.consume();
      if (p.tok() === Tok.RParen) p.error("no expression inside parentheses");
      const e = parseAffineExpr(s);
      p.expect(Tok.RParen, "expected ')'");
      return e;
    }
    case Tok.Minus:
      // Negation binds tighter than every binary operator: `-d0 * 2` is `(-d0) * 2`.
      p.consume();
      return parseOperand(s, hasLhs).neg();
    case Tok.PercentIdentifier:
      if (s.ssa !== null) return parseSSAIdExpr(s, false);
      return p.wrongToken("unexpected ssa identifier");
    case Tok.Plus:
    case Tok.Star:
      return p.error(hasLhs ? "missing right operand of binary operator" : "missing left operand of binary operator");
    case Tok.BareIdentifier:
      if (p.lex.is("symbol")) {
        // `symbol(%x)` only appears in affine maps of SSA ids (op custom forms).
        p.consume();
        p.expect(Tok.LParen, "expected '(' at start of SSA symbol");
        if (s.ssa === null) return p.wrongToken("unexpected ssa identifier");
        const e = parseSSAIdExpr(s, true);
        p.expect(Tok.RParen, "expected ')' at end of SSA symbol");
        return e;
      }
      return parseBareId(s);
    case Tok.IntType:
      return parseBareId(s);
    default:
      return p.error(hasLhs ? "missing right operand of binary operator" : "expected affine expression");
  }
}

/**
 * `%x` in a map of SSA ids: the dim or symbol already bound to that name, or
 * a new one (MLIR's `parseSSAIdExpr`).
 */
function parseSSAIdExpr(s: AffineParser, isSymbol: boolean): AffineExpr {
  const p = s.p;
  if (p.tok() !== Tok.PercentIdentifier) return p.wrongToken("expected ssa identifier");
  const name = p.spelling();
  const known = s.lookup();
  if (known !== null) {
    p.consume();
    return known;
  }
  s.ssa!(isSymbol);
  const e = isSymbol ? AffineExpr.symbol(p.ctx, s.numSymbols++) : AffineExpr.dim(p.ctx, s.numDims++);
  s.names.push(name);
  s.exprs.push(e);
  return e;
}

/**
 * The results of an affine map of SSA ids between `[` `]` (or `(` `)`):
 * `%i + 1, symbol(%n)`. `element` parses the operand at the current token
 * (consuming it) and records it as a dim or a symbol. The map has the dims
 * and symbols in order of first use (MLIR's `parseAffineMapOfSSAIds`).
 */
export function parseAffineMapOfSSAIds(p: ParserState, delimiter: "[" | "(", element: (isSymbol: boolean) => void): AffineMap {
  const s = new AffineParser(p, element);
  const close = delimiter === "[" ? Tok.RSquare : Tok.RParen;
  p.expect(delimiter === "[" ? Tok.LSquare : Tok.LParen, `expected '${delimiter}' in affine map`);
  const exprs: AffineExpr[] = [];
  if (!p.consumeIf(close)) {
    do exprs.push(parseAffineExpr(s));
    while (p.consumeIf(Tok.Comma));
    p.expect(close, `expected '${delimiter === "[" ? "]" : ")"}' in affine map`);
  }
  return AffineMap.get(p.ctx, s.numDims, s.numSymbols, exprs);
}

/** One affine expression of SSA ids (MLIR's `parseAffineExprOfSSAIds`); see {@link parseAffineMapOfSSAIds}. */
export function parseAffineExprOfSSAIds(p: ParserState, element: (isSymbol: boolean) => void): AffineExpr {
  return parseAffineExpr(new AffineParser(p, element));
}

/** A use of a dim or symbol. */
function parseBareId(s: AffineParser): AffineExpr {
  const e = s.lookup();
  if (e === null) return s.p.wrongToken("use of undeclared identifier");
  s.p.consume();
  return e;
}

/** A non-negative integer literal that fits in int64. */
function parseInteger(s: AffineParser): AffineExpr {
  const p = s.p;
  const small = p.smallIntegerValue();
  if (small >= 0) {
    p.consume();
    return smallConstant(p.ctx, small);
  }
  const v = p.integerValue();
  if (v > I64_MAX) p.error("constant too large for index");
  p.consume();
  return AffineExpr.constant(p.ctx, v);
}
