import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { DialectAttrKind } from "../ir/attribute.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import { ComplexType } from "../dialects/builtin/types/complex-type.js";
import { FloatType, isFloatTypeName } from "../dialects/builtin/types/float-type.js";
import { FunctionType } from "../dialects/builtin/types/function-type.js";
import { IndexType } from "../dialects/builtin/types/index-type.js";
import { IntegerType, maxIntegerWidth, Signedness } from "../dialects/builtin/types/integer-type.js";
import { MemRefType, UnrankedMemRefType } from "../dialects/builtin/types/memref-type.js";
import { NoneType } from "../dialects/builtin/types/none-type.js";
import { DYNAMIC } from "../dialects/builtin/types/shaped-type.js";
import { RankedTensorType, UnrankedTensorType } from "../dialects/builtin/types/tensor-type.js";
import { TupleType } from "../dialects/builtin/types/tuple-type.js";
import { VectorType } from "../dialects/builtin/types/vector-type.js";
import type { AffineMapAttr } from "../dialects/builtin/attributes/affine-map-attr.js";
import { parseAttribute, parseOptionalAttribute } from "./attribute-parser.js";
import { Ch } from "./char-codes.js";
import { parseDialectType } from "./dialect-symbol-parser.js";
import type { ParserState } from "./parser-state.js";
import { Tok } from "./token.js";

/**
 * type ::= type-alias | dialect-type | builtin-type | function-type
 *
 * Fails with "expected non-function type" (MLIR's message: a type that is
 * not a function type is what it wants when no `(` follows) when the
 * current token cannot start a type.
 */
export function parseType(p: ParserState): TypeAttribute {
  const t = parseOptionalType(p);
  if (t === null) p.wrongToken("expected non-function type");
  return t;
}

/** Parses a type if the current token can start one; null otherwise. */
export function parseOptionalType(p: ParserState): TypeAttribute | null {
  switch (p.tok()) {
    case Tok.LParen:
      return parseFunctionType(p);
    case Tok.IntType:
    case Tok.BareIdentifier:
    case Tok.ExclamationIdentifier:
      return parseOptionalNonFunctionType(p);
    default:
      return null;
  }
}

/** Parses a type that is not a function type ("expected non-function type"). */
export function parseNonFunctionType(p: ParserState): TypeAttribute {
  const t = p.tok() === Tok.LParen ? null : parseOptionalNonFunctionType(p);
  if (t === null) p.wrongToken("expected non-function type");
  return t;
}

/**
 * The scalar keyword type (`i32`, `f32`, `index`...) at the current token
 * if this parse has met its spelling before, consumed: found by span, then
 * by spelling. Undefined (nothing consumed) for a new spelling.
 */
function knownKeywordType(p: ParserState): TypeAttribute | undefined {
  const lex = p.lex;
  let ty = p.typeSpans.get(lex.start, lex.end);
  if (ty === undefined) {
    const kw = p.internSpan(lex.start, lex.end);
    ty = p.keywordTypes.get(kw);
    if (ty === undefined) return undefined;
    p.typeSpans.set(lex.start, lex.end, kw, ty);
  }
  lex.next();
  return ty;
}

/** Caches composite type `ty`, read from `start` to the previous token's end, by its text. */
function rememberType(p: ParserState, start: number, ty: TypeAttribute): TypeAttribute {
  p.typeTexts.set(start, p.lex.prevEnd, ty);
  return ty;
}

function parseOptionalNonFunctionType(p: ParserState): TypeAttribute | null {
  const lex = p.lex;
  if (lex.kind === Tok.IntType) return parseIntType(p);
  if (lex.kind === Tok.ExclamationIdentifier) return parseDialectType(p);
  if (lex.kind !== Tok.BareIdentifier) return null;
  const known = knownKeywordType(p);
  if (known !== undefined) return known;
  // A shaped or composite type written the same way before: skip to its end.
  const start = lex.start;
  const seen = p.typeTexts.get(start, lex.limit);
  if (seen !== undefined) {
    lex.resetTo(start + p.typeTexts.hitLength);
    return seen;
  }
  const kw = p.internSpan(lex.start, lex.end);
  const ctx = p.ctx;
  let ty: TypeAttribute;
  switch (kw) {
    case "index":
      ty = IndexType.get(ctx);
      break;
    case "none":
      ty = NoneType.get(ctx);
      break;
    case "complex":
      return rememberType(p, start, parseComplexType(p));
    case "tuple":
      return rememberType(p, start, parseTupleType(p));
    case "vector":
      return rememberType(p, start, parseVectorType(p));
    case "tensor":
      return rememberType(p, start, parseTensorType(p));
    case "memref":
      return rememberType(p, start, parseMemRefType(p));
    default:
      if (!isFloatTypeName(kw)) return null;
      ty = FloatType.get(ctx, kw);
  }
  p.keywordTypes.set(kw, ty);
  p.typeSpans.set(lex.start, lex.end, kw, ty);
  lex.next();
  return ty;
}

/** `iN`, `siN`, `uiN`. */
function parseIntType(p: ParserState): TypeAttribute {
  const lex = p.lex;
  const known = knownKeywordType(p);
  if (known !== undefined) return known;
  const kw = p.internSpan(lex.start, lex.end);
  const c0 = kw.charCodeAt(0);
  const signedness = c0 === Ch.s ? Signedness.Signed : c0 === Ch.u ? Signedness.Unsigned : Signedness.Signless;
  const digits = kw.slice(signedness === Signedness.Signless ? 1 : 2);
  // MLIR reads the width as an `unsigned`: beyond 32 bits it is invalid,
  // below that merely too large.
  const width = Number(digits);
  if (width > 0xffffffff) p.error("invalid integer width");
  if (width > maxIntegerWidth) p.error(`integer bitwidth is limited to ${maxIntegerWidth} bits`);
  const ty = IntegerType.get(p.ctx, width, signedness);
  p.keywordTypes.set(kw, ty);
  p.typeSpans.set(lex.start, lex.end, kw, ty);
  lex.next();
  return ty;
}

/**
 * function-type ::= `(` type-list? `)` `->` function-result-type
 * function-result-type ::= `(` type-list? `)` | non-function-type
 */
export function parseFunctionType(p: ParserState): FunctionType {
  const inputs = parseTypeListParens(p);
  p.expect(Tok.Arrow, "expected '->' in function type");
  const results = parseFunctionResultTypes(p);
  return FunctionType.get(p.ctx, inputs, results);
}

/** `(` type-list? `)`; each element may itself be a function type. */
export function parseTypeListParens(p: ParserState): TypeAttribute[] {
  p.expect(Tok.LParen, "expected '('");
  const out: TypeAttribute[] = [];
  if (p.consumeIf(Tok.RParen)) return out;
  out.push(parseType(p));
  while (p.consumeIf(Tok.Comma)) out.push(parseType(p));
  p.expect(Tok.RParen, "expected ')'");
  return out;
}

/** Results after `->`: a parenthesized list or one non-function type. */
export function parseFunctionResultTypes(p: ParserState): TypeAttribute[] {
  if (p.tok() === Tok.LParen) return parseTypeListParens(p);
  return [parseNonFunctionType(p)];
}

/** type-list-no-parens ::= type (`,` type)* */
export function parseTypeListNoParens(p: ParserState): TypeAttribute[] {
  const out = [parseType(p)];
  while (p.consumeIf(Tok.Comma)) out.push(parseType(p));
  return out;
}

/** complex-type ::= `complex` `<` type `>` */
function parseComplexType(p: ParserState): TypeAttribute {
  p.consume();
  p.expect(Tok.Less, "expected '<' in complex type");
  const at = p.lex.start;
  const el = parseType(p);
  p.expect(Tok.Greater, "expected '>' in complex type");
  if (el.kind !== BuiltinKind.IntegerType && el.kind !== BuiltinKind.FloatType) p.error("invalid element type for complex", at);
  return ComplexType.get(p.ctx, el);
}

/** tuple-type ::= `tuple` `<` (type (`,` type)*)? `>` */
function parseTupleType(p: ParserState): TypeAttribute {
  p.consume();
  p.expect(Tok.Less, "expected '<' in tuple type");
  const types: TypeAttribute[] = [];
  if (!p.consumeIf(Tok.Greater)) {
    types.push(parseType(p));
    while (p.consumeIf(Tok.Comma)) types.push(parseType(p));
    p.expect(Tok.Greater, "expected '>' in tuple type");
  }
  return TupleType.get(p.ctx, types);
}

/**
 * Consumes the `x` of a dimension list. The lexer reads `4xf32` as the
 * integer `4` and the identifier `xf32`; when the identifier is longer than
 * `x`, lexing restarts just after the `x` (MLIR's `parseXInDimensionList`).
 */
function parseXInDimensionList(p: ParserState): void {
  const lex = p.lex;
  if (lex.kind !== Tok.BareIdentifier || p.source.text.charCodeAt(lex.start) !== Ch.x) {
    p.wrongToken("expected 'x' in dimension list");
  }
  if (lex.end - lex.start !== 1) lex.resetTo(lex.start + 1);
  else lex.next();
}

/** A dimension size; `0x4` lexes as hex but means `0`, `x`, `4` here. */
function parseIntegerInDimensionList(p: ParserState): number {
  const lex = p.lex;
  const text = p.source.text;
  if (lex.kind !== Tok.Integer) p.error("invalid dimension");
  if (lex.end - lex.start > 1 && text.charCodeAt(lex.start + 1) === Ch.x) {
    lex.resetTo(lex.start + 1);
    return 0;
  }
  const v = p.integerValue();
  if (v > 0x7fffffffffffffffn) p.error("invalid dimension");
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) p.error("dimension size too large");
  lex.next();
  return Number(v);
}

/**
 * dimension-list-ranked ::= (dimension `x`)*  with dimension ::= `?` | integer
 * (the trailing `x` form used by tensor and memref types).
 */
export function parseDimensionListRanked(p: ParserState, allowDynamic: boolean): number[] {
  const dims: number[] = [];
  for (;;) {
    const k = p.tok();
    if (k === Tok.Question) {
      if (!allowDynamic) p.error("expected static shape");
      p.consume();
      dims.push(DYNAMIC);
    } else if (k === Tok.Integer) {
      dims.push(parseIntegerInDimensionList(p));
    } else {
      return dims;
    }
    parseXInDimensionList(p);
  }
}

/**
 * Dimensions without a trailing `x` (`4x?x8`), as in `dense` shapes and
 * some dialect types.
 */
export function parseDimensionListNoTrailingX(p: ParserState, allowDynamic: boolean): number[] {
  const dims: number[] = [];
  const one = (): void => {
    if (p.tok() === Tok.Question) {
      if (!allowDynamic) p.error("expected static shape");
      p.consume();
      dims.push(DYNAMIC);
    } else {
      dims.push(parseIntegerInDimensionList(p));
    }
  };
  if (p.tok() !== Tok.Integer && p.tok() !== Tok.Question) return dims;
  one();
  while (p.tok() === Tok.BareIdentifier && p.source.text.charCodeAt(p.lex.start) === Ch.x) {
    parseXInDimensionList(p);
    one();
  }
  return dims;
}

/** vector-type ::= `vector` `<` (`[`? integer `]`? `x`)* type `>` */
function parseVectorType(p: ParserState): TypeAttribute {
  const loc = p.lex.start;
  p.consume();
  p.expect(Tok.Less, "expected '<' in vector type");
  const dims: number[] = [];
  const scalable: boolean[] = [];
  while (p.tok() === Tok.Integer || p.tok() === Tok.LSquare) {
    const isScalable = p.consumeIf(Tok.LSquare);
    dims.push(parseIntegerInDimensionList(p));
    if (isScalable && !p.consumeIf(Tok.RSquare)) p.wrongToken("missing ']' closing scalable dimension");
    scalable.push(isScalable);
    parseXInDimensionList(p);
  }
  const el = parseType(p);
  p.expect(Tok.Greater, "expected '>' in vector type");
  for (const d of dims) if (d <= 0) p.error(`vector types must have positive constant sizes but got ${d}`, loc);
  const k = el.kind;
  if (k !== BuiltinKind.IntegerType && k !== BuiltinKind.IndexType && k !== BuiltinKind.FloatType) {
    p.error("failed to verify 'elementType': VectorElementTypeInterface instance", loc);
  }
  return VectorType.get(p.ctx, dims, el, scalable);
}

/** True for types a tensor may hold (MLIR's `TensorType::isValidElementType`). */
function isValidTensorElement(t: TypeAttribute): boolean {
  switch (t.kind) {
    case BuiltinKind.IntegerType:
    case BuiltinKind.IndexType:
    case BuiltinKind.FloatType:
    case BuiltinKind.ComplexType:
    case BuiltinKind.VectorType:
    case BuiltinKind.OpaqueType:
    case DialectAttrKind:
      return true;
    default:
      return false;
  }
}

/** True for types a memref may hold (MLIR's `BaseMemRefType::isValidElementType`). */
function isValidMemRefElement(t: TypeAttribute): boolean {
  switch (t.kind) {
    case BuiltinKind.IntegerType:
    case BuiltinKind.IndexType:
    case BuiltinKind.FloatType:
    case BuiltinKind.ComplexType:
    case BuiltinKind.VectorType:
    case BuiltinKind.MemRefType:
    case BuiltinKind.UnrankedMemRefType:
      return true;
    default:
      return false;
  }
}

/** tensor-type ::= `tensor` `<` (`*` `x` | dimension-list) type (`,` encoding)? `>` */
function parseTensorType(p: ParserState): TypeAttribute {
  p.consume();
  const { dims, el, elLoc } = parseShapeAndElement(p, "tensor");
  const unranked = dims === null;
  let encoding: Attribute | null = null;
  if (p.consumeIf(Tok.Comma)) encoding = parseOptionalAttribute(p);
  p.expect(Tok.Greater, "expected '>' in tensor type");
  if (!isValidTensorElement(el)) p.error("invalid tensor element type", elLoc);
  if (unranked) {
    // Reported after the `>`, as MLIR does.
    if (encoding !== null) p.error("cannot apply encoding to unranked tensor");
    return UnrankedTensorType.get(p.ctx, el);
  }
  for (const d of dims) if (d < 0 && d !== DYNAMIC) p.error("invalid tensor dimension size", elLoc);
  return RankedTensorType.get(p.ctx, dims, el, encoding);
}

/**
 * The start of tensor and memref types after the keyword:
 * `<` (`*` `x` | dimension-list) type. `dims` is null when unranked;
 * `elLoc` is where the element type starts.
 */
function parseShapeAndElement(p: ParserState, what: string): { dims: number[] | null; el: TypeAttribute; elLoc: number } {
  if (p.tok() !== Tok.Less) p.wrongToken(`expected '<' in ${what} type`);
  p.consume();
  let dims: number[] | null = null;
  if (p.consumeIf(Tok.Star)) parseXInDimensionList(p);
  else dims = parseDimensionListRanked(p, true);
  const elLoc = p.lex.start;
  return { dims, el: parseType(p), elLoc };
}

/**
 * True for memory spaces MLIR accepts (`isSupportedMemorySpace`): integer,
 * string and dictionary attributes, and attributes of dialects other than
 * builtin (opaque attributes of unknown dialects are builtin ones).
 */
function isSupportedMemorySpace(a: Attribute): boolean {
  switch (a.kind) {
    case BuiltinKind.IntegerAttr:
    case BuiltinKind.StringAttr:
    case BuiltinKind.DictionaryAttr:
    case DialectAttrKind:
      return true;
    default:
      return false;
  }
}

/** True for attributes that can be a memref layout. */
function isLayoutAttr(a: Attribute): boolean {
  return a.kind === BuiltinKind.AffineMapAttr || a.kind === BuiltinKind.StridedLayoutAttr;
}

/**
 * memref-type ::= `memref` `<` (`*` `x` | dimension-list) type
 *                 (`,` layout)? (`,` memory-space)? `>`
 */
function parseMemRefType(p: ParserState): TypeAttribute {
  const loc = p.lex.start;
  p.consume();
  const { dims, el, elLoc } = parseShapeAndElement(p, "memref");
  const unranked = dims === null;
  if (!isValidMemRefElement(el)) p.error("invalid memref element type", elLoc);
  let layout: Attribute | null = null;
  let space: Attribute | null = null;
  if (!p.consumeIf(Tok.Greater)) {
    p.expect(Tok.Comma, "expected ',' or '>' in memref type");
    if (p.tok() === Tok.Greater) p.wrongToken("expected list element");
    for (;;) {
      const attr = parseAttribute(p);
      if (isLayoutAttr(attr)) {
        layout = attr;
        if (unranked) p.error("cannot have affine map for unranked memref type");
        if (space !== null) p.error("expected memory space to be last in memref type");
      } else if (space !== null) {
        p.error("multiple memory spaces specified in memref type");
      } else {
        space = attr;
      }
      if (!p.consumeIf(Tok.Comma)) break;
    }
    p.expect(Tok.Greater, "expected ',' or '>'");
  }
  // The type's own checks (MLIR's `MemRefType::verify`) point at `memref`.
  const badSpace = space !== null && !isSupportedMemorySpace(space);
  if (unranked) {
    if (badSpace) p.error("unsupported memory space Attribute", loc);
    return UnrankedMemRefType.get(p.ctx, el, space);
  }
  if (layout !== null && layout.kind === BuiltinKind.AffineMapAttr) {
    const map = (layout as AffineMapAttr).map;
    if (map.numDims !== dims.length) {
      p.error(`memref layout mismatch between rank and affine map: ${dims.length} != ${map.numDims}`, loc);
    }
  }
  if (layout !== null && layout.kind === BuiltinKind.StridedLayoutAttr) {
    const strides = (layout as unknown as { strides: readonly number[] }).strides;
    if (strides.length !== dims.length) p.error("expected the number of strides to match the rank", loc);
  }
  if (badSpace) p.error("unsupported memory space Attribute", loc);
  return MemRefType.get(p.ctx, dims, el, layout, space);
}
