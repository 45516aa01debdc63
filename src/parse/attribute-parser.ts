import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { AffineMapAttr } from "../dialects/builtin/attributes/affine-map-attr.js";
import { ArrayAttr } from "../dialects/builtin/attributes/array-attr.js";
import { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import { DistinctAttr } from "../dialects/builtin/attributes/distinct-attr.js";
import { FloatAttr } from "../dialects/builtin/attributes/float-attr.js";
import { IntegerAttr } from "../dialects/builtin/attributes/integer-attr.js";
import { IntegerSetAttr } from "../dialects/builtin/attributes/integer-set-attr.js";
import { StringAttr } from "../dialects/builtin/attributes/string-attr.js";
import { StridedLayoutAttr } from "../dialects/builtin/attributes/strided-layout-attr.js";
import { SymbolRefAttr } from "../dialects/builtin/attributes/symbol-ref-attr.js";
import { TypeAttr } from "../dialects/builtin/attributes/type-attr.js";
import { UnitAttr } from "../dialects/builtin/attributes/unit-attr.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import { FloatType } from "../dialects/builtin/types/float-type.js";
import type { IndexType } from "../dialects/builtin/types/index-type.js";
import { IntegerType, Signedness } from "../dialects/builtin/types/integer-type.js";
import { DYNAMIC } from "../dialects/builtin/types/shaped-type.js";
import { floatSemantics, parseFloatLiteral, parseHexFloatLiteral } from "../support/float/index.js";
import { printAttribute } from "../print/attribute-printer.js";
import { parseAffineMapBody, parseIntegerSetBody } from "./affine-parser.js";
import { Ch } from "./char-codes.js";
import {
  parseDenseArrayAttr,
  parseDenseElementsAttr,
  parseDenseResourceElementsAttr,
  parseSparseElementsAttr,
} from "./dense-parser.js";
import { parseExtendedAttr } from "./dialect-symbol-parser.js";
import { Lexer } from "./lexer.js";
import { parseLocationInstance } from "./location-parser.js";
import type { ParserState } from "./parser-state.js";
import { Tok } from "./token.js";
import { parseOptionalType, parseType } from "./type-parser.js";

/** Scratch arrays for dictionary parsing (reused: dictionaries nest, see depth). */
const dictNames: string[][] = [];
const dictValues: Attribute[][] = [];
let dictDepth = 0;

/**
 * attribute-value ::= `unit` | bool | integer (`:` type)? | float (`:` type)?
 *                   | string (`:` type)? | type | `[` attrs `]` | `{` dict `}`
 *                   | symbol-ref | `dense<...>` | `sparse<...>` | `array<...>`
 *                   | `dense_resource<...>` | `strided<...>` | `distinct[N]<...>`
 *                   | `affine_map<...>` | `affine_set<...>` | `loc(...)`
 *                   | extended-attribute (alias or dialect attribute)
 *
 * `type`, when given, is the type the attribute must have (as in
 * `dense<...> : T` contexts): integer and float literals then take no
 * `: type` suffix.
 */
export function parseAttribute(p: ParserState, type: TypeAttribute | null = null): Attribute {
  const lex = p.lex;
  switch (lex.kind) {
    case Tok.LSquare:
      return parseArrayAttr(p);
    case Tok.LBrace:
      return parseDictionaryAttr(p);
    case Tok.HashIdentifier:
      return parseExtendedAttr(p, type);
    case Tok.FloatLiteral:
      return parseFloatAttr(p, type, false);
    case Tok.Integer:
      return parseDecOrHexAttr(p, type, false);
    case Tok.Minus:
      p.consume();
      if (p.tok() === Tok.Integer) return parseDecOrHexAttr(p, type, true);
      if (p.tok() === Tok.FloatLiteral) return parseFloatAttr(p, type, true);
      return p.wrongToken("expected constant integer or floating point value");
    case Tok.String: {
      const bytes = p.stringValue();
      p.consume();
      let t = type;
      if (t === null && p.consumeIf(Tok.Colon)) t = parseType(p);
      return StringAttr.fromBytes(p.ctx, bytes, t);
    }
    case Tok.AtIdentifier:
      return parseSymbolRefAttr(p);
    case Tok.BareIdentifier: {
      const a = parseKeywordAttr(p, type);
      if (a !== null) return a;
      break;
    }
    default:
      break;
  }
  const t = parseOptionalType(p);
  if (t === null) p.wrongToken("expected attribute value");
  return TypeAttr.get(p.ctx, t);
}

/** Parses an attribute when the current token can start one; null otherwise. */
export function parseOptionalAttribute(p: ParserState, type: TypeAttribute | null = null): Attribute | null {
  switch (p.tok()) {
    case Tok.AtIdentifier:
    case Tok.FloatLiteral:
    case Tok.Integer:
    case Tok.HashIdentifier:
    case Tok.LBrace:
    case Tok.LSquare:
    case Tok.Minus:
    case Tok.String:
      return parseAttribute(p, type);
    case Tok.BareIdentifier: {
      const a = parseKeywordAttr(p, type);
      if (a !== null) return a;
      break;
    }
    default:
      break;
  }
  const t = parseOptionalType(p);
  return t === null ? null : TypeAttr.get(p.ctx, t);
}

/** Attributes introduced by a keyword; null when the keyword is not one. */
function parseKeywordAttr(p: ParserState, type: TypeAttribute | null): Attribute | null {
  const lex = p.lex;
  const n = lex.end - lex.start;
  const c = p.source.text.charCodeAt(lex.start);
  // Dispatch on the first char before comparing text: most keywords here are
  // type names (`i32` lexes as IntType, but `index`, `f32`... do not).
  switch (c) {
    case Ch.t:
      if (n === 4 && lex.is("true")) {
        lex.next();
        return IntegerAttr.bool(p.ctx, true);
      }
      break;
    case Ch.f:
      if (n === 5 && lex.is("false")) {
        lex.next();
        return IntegerAttr.bool(p.ctx, false);
      }
      break;
    case Ch.u:
      if (n === 4 && lex.is("unit")) {
        lex.next();
        return UnitAttr.get(p.ctx);
      }
      break;
    case Ch.d:
      if (lex.is("dense")) return parseDenseElementsAttr(p, type);
      if (lex.is("dense_resource")) return parseDenseResourceElementsAttr(p, type);
      if (lex.is("distinct")) return parseDistinctAttr(p, type);
      break;
    case Ch.a:
      if (lex.is("array")) return parseDenseArrayAttr(p, type);
      if (lex.is("affine_map")) {
        lex.next();
        p.expect(Tok.Less, "expected '<' in affine map");
        const map = parseAffineMapBody(p);
        p.expect(Tok.Greater, "expected '>' in affine map");
        return AffineMapAttr.get(p.ctx, map);
      }
      if (lex.is("affine_set")) {
        lex.next();
        p.expect(Tok.Less, "expected '<' in integer set");
        const set = parseIntegerSetBody(p);
        p.expect(Tok.Greater, "expected '>' in integer set");
        return IntegerSetAttr.get(p.ctx, set);
      }
      break;
    case Ch.l:
      if (n === 3 && lex.is("loc")) {
        lex.next();
        p.expect(Tok.LParen, "expected '(' in inline location");
        const loc = parseLocationInstance(p);
        p.expect(Tok.RParen, "expected ')' in inline location");
        return loc;
      }
      break;
    case Ch.s:
      if (lex.is("sparse")) return parseSparseElementsAttr(p, type);
      if (lex.is("strided")) return parseStridedLayoutAttr(p);
      break;
    default:
      break;
  }
  return null;
}

/** `[` (attribute (`,` attribute)*)? `]` */
function parseArrayAttr(p: ParserState): Attribute {
  p.consume();
  const elems: Attribute[] = [];
  if (p.tok() === Tok.RSquare) {
    p.consume();
    return ArrayAttr.get(p.ctx, elems);
  }
  elems.push(parseAttribute(p));
  while (p.consumeIf(Tok.Comma)) elems.push(parseAttribute(p));
  p.expect(Tok.RSquare, "expected ',' or ']'");
  return ArrayAttr.get(p.ctx, elems);
}

/**
 * attribute-dict ::= `{` (attribute-entry (`,` attribute-entry)*)? `}`
 * attribute-entry ::= (bare-id | string-literal) (`=` attribute-value)?
 *
 * An entry without `=` is a unit attribute. This is on the hot path of
 * generic operation parsing (`<{...}>` and `{...}`): names and values are
 * collected in scratch arrays reused across calls, and the dictionary is
 * uniqued without building key strings.
 */
export function parseDictionaryAttr(p: ParserState): DictionaryAttr {
  // The same text parsed before: skip to its end.
  const start = p.lex.start;
  if (p.lex.kind === Tok.LBrace) {
    const hit = p.dictTexts.get(start, p.lex.limit);
    if (hit !== undefined) {
      p.lex.resetTo(start + p.dictTexts.hitLength);
      return hit;
    }
  }
  const dict = parseDictionaryBody(p);
  p.dictTexts.set(start, p.lex.prevEnd, dict);
  return dict;
}

function parseDictionaryBody(p: ParserState): DictionaryAttr {
  const depth = dictDepth++;
  if (depth === dictNames.length) {
    dictNames.push([]);
    dictValues.push([]);
  }
  const names = dictNames[depth]!;
  const values = dictValues[depth]!;
  let n = 0;
  try {
    p.expect(Tok.LBrace, "expected '{' in attribute dictionary");
    if (!p.consumeIf(Tok.RBrace)) {
      for (;;) {
        const lex = p.lex;
        let name: string;
        if (lex.kind === Tok.String) name = StringAttr.fromBytes(p.ctx, p.stringValue()).value;
        else if (lex.kind === Tok.BareIdentifier || lex.kind === Tok.IntType) {
          const hit = p.keySpans.get(lex.start, lex.end);
          if (hit !== undefined) name = hit;
          else p.keySpans.set(lex.start, lex.end, (name = p.internSpan(lex.start, lex.end)), name);
        }
        else p.wrongToken("expected attribute name");
        if (name.length === 0) p.error("expected valid attribute name");
        for (let i = 0; i < n; i++) if (names[i] === name) p.error(`duplicate key '${name}' in dictionary attribute`);
        lex.next();
        names[n] = name;
        values[n] = p.consumeIf(Tok.Equal) ? parseAttribute(p) : UnitAttr.get(p.ctx);
        n++;
        if (p.tok() === Tok.Comma) {
          p.consume();
          continue;
        }
        p.expect(Tok.RBrace, "expected '}' in attribute dictionary");
        break;
      }
    }
    return DictionaryAttr.fromParallel(p.ctx, names, values, n);
  } finally {
    dictDepth--;
    // Drop references so the scratch arrays do not keep attributes alive.
    for (let i = 0; i < n; i++) values[i] = undefined as unknown as Attribute;
  }
}

/** `@name` (`::` `@name`)* */
function parseSymbolRefAttr(p: ParserState): Attribute {
  const root = symbolName(p);
  p.consume();
  const nested: string[] = [];
  while (p.tok() === Tok.Colon) {
    const save = p.lex.start;
    p.consume();
    if (!p.consumeIf(Tok.Colon)) {
      p.lex.resetTo(save);
      break;
    }
    if (p.tok() !== Tok.AtIdentifier) p.error("expected nested symbol reference identifier");
    nested.push(symbolName(p));
    p.consume();
  }
  return SymbolRefAttr.get(p.ctx, root, nested);
}

/** The name of the current `@` identifier (`@foo` or `@"any text"`). */
export function symbolName(p: ParserState): string {
  const text = p.source.text;
  const lex = p.lex;
  if (text.charCodeAt(lex.start + 1) === Ch.DoubleQuote) {
    return StringAttr.fromBytes(p.ctx, Lexer.decodeString(text, lex.start + 1, lex.end)).value;
  }
  return text.slice(lex.start + 1, lex.end);
}

/** The integer type used when a literal has no `: type` (i64), or index/int given. */
function defaultIntType(p: ParserState): IntegerType {
  return IntegerType.get(p.ctx, 64);
}

/** integer-literal (`:` type)?, as an integer (or, for float types, hex float) attribute. */
function parseDecOrHexAttr(p: ParserState, type: TypeAttribute | null, negative: boolean): Attribute {
  const lex = p.lex;
  const loc = lex.start;
  const tokStart = lex.start;
  const tokEnd = lex.end;
  const small = p.smallIntegerValue();
  lex.next();
  let t = type;
  if (t === null) t = p.consumeIf(Tok.Colon) ? parseType(p) : defaultIntType(p);
  if (t.kind === BuiltinKind.FloatType) {
    const spelling = p.source.text.slice(tokStart, tokEnd);
    const r = parseHexFloatLiteral(floatSemantics((t as FloatType).name)!, spelling, negative);
    if (!r.ok) {
      if (r.note !== undefined) p.errorWithNote(r.message, loc, r.note, loc);
      p.error(r.message, loc);
    }
    return FloatAttr.fromBits(p.ctx, t as FloatType, r.bits);
  }
  if (t.kind !== BuiltinKind.IntegerType && t.kind !== BuiltinKind.IndexType) {
    p.error("integer literal not valid for specified type", loc);
  }
  const it = t as IntegerType | IndexType;
  if (negative && it.kind === BuiltinKind.IntegerType && (it as IntegerType).isUnsigned) {
    p.error("negative integer literal not valid for unsigned integer type", loc);
  }
  // Fast path: a small decimal literal (up to 15 digits) checked with
  // numbers, exactly as `buildAttributeInt` would.
  if (small >= 0) {
    const isIndex = it.kind === BuiltinKind.IndexType;
    const w = isIndex ? 64 : (it as IntegerType).width;
    if (negative) {
      if (w === 0 || small === 0 || (w < 54 && small > 2 ** (w - 1))) p.error("integer constant out of range for attribute", loc);
      return IntegerAttr.get(p.ctx, it, -small);
    }
    const signed = isIndex || (it as IntegerType).signedness === Signedness.Signed;
    if (w < 54 && small >= 2 ** (signed ? w - 1 : w) && !(w === 0 && small === 0)) p.error("integer constant out of range for attribute", loc);
    return IntegerAttr.get(p.ctx, it, small);
  }
  const v = buildAttributeInt(it, negative, p.source.text.slice(tokStart, tokEnd));
  if (v === null) p.error("integer constant out of range for attribute", loc);
  return IntegerAttr.get(p.ctx, it, v);
}

/**
 * The value of an integer literal for `type`, or null when it does not fit
 * (MLIR's `buildAttributeAPInt`): the magnitude must fit the width; a
 * negative value must have its sign bit set once negated (so `-0` is
 * rejected, as in MLIR); a positive signed or index value must not.
 */
export function buildAttributeInt(type: IntegerType | IndexType, negative: boolean, spelling: string): bigint | null {
  const width = type.kind === BuiltinKind.IndexType ? 64 : (type as IntegerType).width;
  const v = BigInt(spelling);
  if (v >> BigInt(width) !== 0n) return null;
  if (width === 0) return negative ? null : 0n;
  const sign = 1n << BigInt(width - 1);
  if (negative) {
    const neg = BigInt.asUintN(width, -v);
    if ((neg & sign) === 0n) return null;
    return -v;
  }
  const signed = type.kind === BuiltinKind.IndexType || (type as IntegerType).signedness === Signedness.Signed;
  if (signed && (v & sign) !== 0n) return null;
  return v;
}

/** float-literal (`:` float-type)? */
function parseFloatAttr(p: ParserState, type: TypeAttribute | null, negative: boolean): Attribute {
  const tokStart = p.lex.start;
  const text = p.spelling();
  p.consume();
  let t = type;
  if (t === null) t = p.consumeIf(Tok.Colon) ? parseType(p) : FloatType.get(p.ctx, "f64");
  if (t.kind !== BuiltinKind.FloatType) p.error("floating point value not valid for specified type");
  void tokStart;
  return FloatAttr.fromBits(p.ctx, t as FloatType, parseFloatLiteral(floatSemantics((t as FloatType).name)!, text, negative));
}

/**
 * strided-layout ::= `strided` `<` `[` (int-or-? (`,` int-or-?)*)? `]`
 *                    (`,` `offset` `:` int-or-?)? `>`
 */
function parseStridedLayoutAttr(p: ParserState): Attribute {
  p.consume();
  p.expect(Tok.Less, "expected '<' after 'strided'");
  p.expect(Tok.LSquare, "expected '['");
  const strides: number[] = [];
  // As in MLIR, errors point before the sign and the magnitude must fit an
  // int64 (so -2^63, MLIR's dynamic marker, is rejected).
  const value = (): number => {
    if (p.consumeIf(Tok.Question)) return DYNAMIC;
    const loc = p.lex.start;
    const negative = p.consumeIf(Tok.Minus);
    if (p.tok() !== Tok.Integer) p.error("expected a 64-bit signed integer or '?'", loc);
    const v = p.integerValue();
    if (v > 0x7fffffffffffffffn) p.error("expected a 64-bit signed integer or '?'", loc);
    // Strides are JS numbers: refuse what they cannot hold exactly.
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) p.error("stride or offset too large", loc);
    p.consume();
    return negative ? -Number(v) : Number(v);
  };
  if (!p.consumeIf(Tok.RSquare)) {
    strides.push(value());
    while (p.consumeIf(Tok.Comma)) strides.push(value());
    p.expect(Tok.RSquare, "expected ']'");
  }
  let offset = 0;
  if (p.consumeIf(Tok.Comma)) {
    p.expectKeyword("offset", "expected 'offset' after comma");
    p.expect(Tok.Colon, "expected ':' after 'offset'");
    offset = value();
  }
  p.expect(Tok.Greater, "expected '>'");
  return StridedLayoutAttr.get(p.ctx, offset, strides);
}

/** distinct-attribute ::= `distinct` `[` integer `]` `<` attribute `>` */
function parseDistinctAttr(p: ParserState, type: TypeAttribute | null): Attribute {
  const loc = p.lex.start;
  p.consume();
  p.expect(Tok.LSquare, "expected '[' after 'distinct'");
  if (p.tok() !== Tok.Integer) p.wrongToken("expected distinct ID");
  const id = p.spelling();
  p.consume();
  p.expect(Tok.RSquare, "expected ']' to close distinct ID");
  p.expect(Tok.Less, "expected '<' after distinct ID");
  let referenced: Attribute;
  if (p.tok() === Tok.Greater) {
    referenced = UnitAttr.get(p.ctx);
  } else {
    referenced = parseAttribute(p, type);
  }
  p.expect(Tok.Greater, "expected '>' to close distinct attribute");
  const existing = p.distinctAttrs.get(id);
  if (existing !== undefined) {
    if (existing.referenced !== referenced) {
      p.error("referenced attribute does not match previous definition: " + printAttribute(existing.referenced), loc);
    }
    return existing;
  }
  const d = DistinctAttr.create(p.ctx, referenced);
  p.distinctAttrs.set(id, d);
  return d;
}
