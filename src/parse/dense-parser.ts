/**
 * The dense attribute family: `dense<...>`, `sparse<...>`, `array<...>` and
 * `dense_resource<...>` (MLIR's `TensorLiteralParser`,
 * `parseDenseElementsAttr`, `parseSparseElementsAttr`, `parseDenseArrayAttr`
 * and `parseDenseResourceElementsAttr` in `AttributeParser.cpp`).
 *
 * Elements are written straight into the little-endian byte storage of the
 * attributes: a literal records only token offsets in typed arrays while it
 * is parsed (the element type comes after the `>`), and hex strings are
 * decoded with a char-code loop. No object is made per element, and no
 * bigint unless an element is wider than 32 bits or too long for a double.
 */
import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { DenseArrayAttr } from "../dialects/builtin/attributes/dense-array-attr.js";
import { DenseIntOrFPElementsAttr } from "../dialects/builtin/attributes/dense-elements-attr.js";
import { DenseResourceElementsAttr } from "../dialects/builtin/attributes/dense-resource-attr.js";
import { denseElementBitWidth } from "../dialects/builtin/attributes/dense-storage.js";
import { DenseStringElementsAttr } from "../dialects/builtin/attributes/dense-string-elements-attr.js";
import { SparseElementsAttr } from "../dialects/builtin/attributes/sparse-elements-attr.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import type { ComplexType } from "../dialects/builtin/types/complex-type.js";
import type { FloatType } from "../dialects/builtin/types/float-type.js";
import type { IndexType } from "../dialects/builtin/types/index-type.js";
import { IntegerType, Signedness } from "../dialects/builtin/types/integer-type.js";
import { ShapedType } from "../dialects/builtin/types/shaped-type.js";
import { RankedTensorType } from "../dialects/builtin/types/tensor-type.js";
import {
  F32,
  F64,
  floatSemantics,
  type FloatSemantics,
  parseFloatLiteral,
  parseHexFloatLiteral,
  storageBits,
} from "../support/float/index.js";
import { printType } from "../print/attribute-printer.js";
import { buildAttributeInt } from "./attribute-parser.js";
import { Ch } from "./char-codes.js";
import { Lexer } from "./lexer.js";
import type { ParserState } from "./parser-state.js";
import { decodeHexString, parseResourceHandle } from "./resource-parser.js";
import { Tok } from "./token.js";
import { parseNonFunctionType, parseType } from "./type-parser.js";

// ---- Entry points -------------------------------------------------------------

/**
 * dense-elements ::= `dense` `<` (tensor-literal | hex-string)? `>` (`:` shaped-type)?
 *
 * The type suffix is parsed unless `type` is given. Numeric element types
 * give a {@link DenseIntOrFPElementsAttr}, others a
 * {@link DenseStringElementsAttr}. The current token is `dense`.
 */
export function parseDenseElementsAttr(p: ParserState, type: TypeAttribute | null): Attribute {
  const loc = p.lex.start;
  p.consume();
  const literal = new TensorLiteral();
  if (p.tok() !== Tok.Less) p.wrongToken("expected '<' after 'dense'");
  if (literal.scanHex(p)) {
    p.expect(Tok.Greater, "expected '>'");
  } else {
    p.consume();
    if (!p.consumeIf(Tok.Greater)) {
      literal.parse(p, true);
      p.expect(Tok.Greater, "expected '>'");
    }
  }
  const shaped = parseElementsLiteralType(p, loc, type);
  return literal.toAttr(p, loc, shaped);
}

/**
 * dense-resource ::= `dense_resource` `<` resource-key `>` (`:` shaped-type)?
 *
 * The key names a blob of the builtin dialect's resources, declared on
 * first use (its data may come later, in the file's `{-# ... #-}` section).
 */
export function parseDenseResourceElementsAttr(p: ParserState, type: TypeAttribute | null): Attribute {
  const loc = p.lex.start;
  p.consume();
  p.expect(Tok.Less, "expected '<' after 'dense_resource'");
  const handle = parseResourceHandle(p);
  p.expect(Tok.Greater, "expected '>'");
  let typeLoc = loc;
  if (type === null) {
    typeLoc = p.lex.start;
    p.expect(Tok.Colon, "expected ':'");
    type = parseAnyType(p);
  }
  if (!(type instanceof ShapedType)) p.error("`dense_resource` expected a shaped type", typeLoc);
  return DenseResourceElementsAttr.get(p.ctx, type, handle);
}

/**
 * dense-array ::= `array` `<` (integer-type | float-type) (`:` element (`,` element)*)? `>`
 *
 * `i1` elements are `true`/`false`; integers of other widths are integer
 * literals; floats are float literals or hexadecimal bit patterns. Element
 * types must be a whole number of bytes wide (except `i1`). `type` is
 * ignored, as in MLIR.
 */
export function parseDenseArrayAttr(p: ParserState, _type: TypeAttribute | null): Attribute {
  p.consume();
  p.expect(Tok.Less, "expected '<' after 'array'");
  const typeLoc = p.lex.start;
  const elt = parseAnyType(p);
  if (elt.kind !== BuiltinKind.IntegerType && elt.kind !== BuiltinKind.FloatType) {
    p.error(`expected integer or float type, got: '${printType(elt)}'`, typeLoc);
  }
  const et = elt as IntegerType | FloatType;
  const isBool = et.kind === BuiltinKind.IntegerType && et.width === 1;
  if (!isBool && et.width % 8 !== 0) p.error("element type bitwidth must be a multiple of 8", typeLoc);
  if (p.consumeIf(Tok.Greater)) return DenseArrayAttr.get(p.ctx, et, 0, empty);
  p.expect(Tok.Colon, "expected ':' after dense array type");
  const bytes = isBool ? 1 : et.width >> 3;
  let data = new Uint8Array(Math.max(16, bytes * 16));
  let view = new DataView(data.buffer);
  let size = 0;
  const sem = et.kind === BuiltinKind.FloatType ? floatSemantics((et as FloatType).name)! : null;
  const range = sem === null ? new IntRange(et as IntegerType) : null;
  do {
    if ((size + 1) * bytes > data.length) {
      data = grow(data, (size + 1) * bytes);
      view = new DataView(data.buffer);
    }
    if (sem !== null) parseArrayFloat(p, sem, data, view, size * bytes, bytes);
    else parseArrayInt(p, range!, isBool, data, size * bytes, bytes);
    size++;
  } while (p.consumeIf(Tok.Comma));
  p.expect(Tok.Greater, "expected '>' to close an array attribute");
  return DenseArrayAttr.get(p.ctx, et, size, data.slice(0, size * bytes));
}

/**
 * sparse-elements ::= `sparse` `<` (tensor-literal `,` (tensor-literal | hex-string))? `>`
 *                     (`:` shaped-type)?
 *
 * The indices are an `N x rank` list of i64 coordinates (or one coordinate
 * splatted over all dimensions); the values a list of N elements (or a
 * splat). The attribute is verified as MLIR's `SparseElementsAttr::verify`
 * does.
 */
export function parseSparseElementsAttr(p: ParserState, type: TypeAttribute | null): Attribute {
  const loc = p.lex.start;
  p.consume();
  p.expect(Tok.Less, "Expected '<' after 'sparse'");
  const i64 = IntegerType.get(p.ctx, 64);
  if (p.consumeIf(Tok.Greater)) {
    const shaped = parseElementsLiteralType(p, loc, type);
    const indicesType = RankedTensorType.get(p.ctx, [0, shaped.rank], i64);
    const valuesType = RankedTensorType.get(p.ctx, [0], shaped.elementType);
    const indices = DenseIntOrFPElementsAttr.get(p.ctx, indicesType, empty, false);
    const values = isNumeric(shaped.elementType)
      ? DenseIntOrFPElementsAttr.get(p.ctx, valuesType, empty, false)
      : DenseStringElementsAttr.get(p.ctx, valuesType, [], false);
    return verifiedSparse(p, loc, shaped, indices, values);
  }
  // No hex indices: the inferred shape is needed.
  const indicesLoc = p.lex.start;
  const indicesLiteral = new TensorLiteral();
  indicesLiteral.parse(p, false);
  p.expect(Tok.Comma, "expected ','");
  const valuesLoc = p.lex.start;
  const valuesLiteral = new TensorLiteral();
  valuesLiteral.parse(p, true);
  p.expect(Tok.Greater, "expected '>'");
  const shaped = parseElementsLiteralType(p, loc, type);
  // A single index (not a list) stands for one coordinate [i, i, ...].
  const indicesShape = indicesLiteral.shape.length === 0 ? [1, shaped.rank] : indicesLiteral.shape;
  const indices = indicesLiteral.toAttr(p, indicesLoc, RankedTensorType.get(p.ctx, indicesShape, i64)) as DenseIntOrFPElementsAttr;
  const valuesShape = valuesLiteral.shape.length === 0 ? [indicesShape[0]!] : valuesLiteral.shape;
  const values = valuesLiteral.toAttr(p, valuesLoc, RankedTensorType.get(p.ctx, valuesShape, shaped.elementType));
  return verifiedSparse(p, loc, shaped, indices, values);
}

// ---- Shared helpers ---------------------------------------------------------------

const empty = new Uint8Array(0);
const noShape: number[] = [];

/** MLIR's `parseType`: a function type when at `(`, else a non-function type. */
function parseAnyType(p: ParserState): TypeAttribute {
  return p.tok() === Tok.LParen ? parseType(p) : parseNonFunctionType(p);
}

/**
 * elements-literal-type ::= `:` shaped-type (skipped when `type` is given);
 * the type must be shaped with a static shape. Errors point at `loc`.
 */
function parseElementsLiteralType(p: ParserState, loc: number, type: TypeAttribute | null): ShapedType {
  if (type === null) {
    p.expect(Tok.Colon, "expected ':'");
    type = parseAnyType(p);
  }
  if (!(type instanceof ShapedType)) return p.error("elements literal must be a shaped type", loc);
  if (!type.hasStaticShape) p.error("elements literal type must have static shape", loc);
  return type;
}

/** True for element types stored as numbers (integers, index, floats, complex). */
function isNumeric(t: TypeAttribute): boolean {
  return denseElementBitWidth(t) !== 0;
}

/** `'type'`, as MLIR's diagnostics print types. */
function quoted(t: TypeAttribute): string {
  return `'${printType(t)}'`;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function grow<T extends Int32Array | Uint8Array>(a: T, need: number): T {
  let n = a.length * 2;
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

// ---- Tensor literals ----------------------------------------------------------------

/** Kinds of recorded element tokens (low 3 bits of a flag byte). */
const enum Elt {
  Integer = 0,
  Float = 1,
  True = 2,
  False = 3,
  String = 4,
  KindMask = 7,
  /** Set when a `-` preceded the token. */
  Negative = 8,
}

/**
 * A tensor literal being parsed (MLIR's `TensorLiteralParser`): the element
 * tokens as offsets and flags in typed arrays, the inferred shape, or the
 * span of a hex string. Converting to an attribute waits for the type.
 */
class TensorLiteral {
  /** Shape inferred from nested lists; empty for a single element or hex. */
  shape: number[] = noShape;
  /** Number of element tokens (complex numbers count two). */
  count = 0;
  /** Element token starts (after any `-`). */
  starts = new Int32Array(16);
  /** Element token ends. */
  ends = new Int32Array(16);
  /** `Elt` kind and sign per token. */
  flags = new Uint8Array(16);
  /** Span of the hex string token, when the literal is one. */
  hexStart = -1;
  hexEnd = -1;
  /** The decoded hex string, when {@link scanHex} read it. */
  hexData: Uint8Array | null = null;

  /**
   * The fast path of large constants, `dense<"0x...">`: with the current
   * token `<` directly followed by `"`, decodes the hex string from the
   * source text and moves the lexer past it, so that its megabytes are
   * scanned once instead of by the lexer and then by the decoder. Returns
   * false (having consumed nothing) unless the string is valid hex.
   */
  scanHex(p: ParserState): boolean {
    const text = p.source.text;
    const start = p.lex.end;
    if (text.charCodeAt(start) !== Ch.DoubleQuote) return false;
    const quote = text.indexOf('"', start + 1);
    if (quote < 0 || quote >= p.lex.limit) return false;
    const data = decodeHexString(text, start, quote + 1);
    if (data === null) return false;
    this.hexStart = start;
    this.hexEnd = quote + 1;
    this.hexData = data;
    p.lex.resetTo(quote + 1);
    return true;
  }

  /** tensor-literal ::= element | `[` (tensor-literal (`,` tensor-literal)*)? `]`; or a string when `allowHex`. */
  parse(p: ParserState, allowHex: boolean): void {
    if (allowHex && p.tok() === Tok.String) {
      this.hexStart = p.lex.start;
      this.hexEnd = p.lex.end;
      p.consume();
      return;
    }
    if (p.tok() === Tok.LSquare) this.shape = this.parseList(p);
    else this.parseElement(p);
  }

  /**
   * `[` ... `]`: returns the list's dimensions, its length first. All
   * elements must have the same dimensions.
   */
  private parseList(p: ParserState): number[] {
    p.consume();
    let size = 0;
    let inner: number[] = noShape;
    if (!p.consumeIf(Tok.RSquare)) {
      do {
        let dims = noShape;
        if (p.tok() === Tok.LSquare) dims = this.parseList(p);
        else this.parseElement(p);
        if (size === 0) inner = dims;
        else if (!sameShape(inner, dims)) p.error("tensor literal is invalid; ranks are not consistent between elements");
        size++;
      } while (p.consumeIf(Tok.Comma));
      p.expect(Tok.RSquare, "expected ']'");
    }
    const dims = new Array<number>(inner.length + 1);
    dims[0] = size;
    for (let i = 0; i < inner.length; i++) dims[i + 1] = inner[i]!;
    return dims;
  }

  /** element ::= `true` | `false` | `-`? (integer | float) | string | `(` element `,` element `)` */
  private parseElement(p: ParserState): void {
    const lex = p.lex;
    switch (lex.kind) {
      case Tok.Integer:
        this.push(Elt.Integer, lex.start, lex.end);
        p.consume();
        return;
      case Tok.FloatLiteral:
        this.push(Elt.Float, lex.start, lex.end);
        p.consume();
        return;
      case Tok.String:
        this.push(Elt.String, lex.start, lex.end);
        p.consume();
        return;
      case Tok.BareIdentifier:
        if (lex.is("true")) this.push(Elt.True, lex.start, lex.end);
        else if (lex.is("false")) this.push(Elt.False, lex.start, lex.end);
        else break;
        p.consume();
        return;
      case Tok.Minus:
        p.consume();
        if (p.tok() === Tok.Integer) this.push(Elt.Integer | Elt.Negative, lex.start, lex.end);
        else if (p.tok() === Tok.FloatLiteral) this.push(Elt.Float | Elt.Negative, lex.start, lex.end);
        else p.error("expected integer or floating point literal");
        p.consume();
        return;
      case Tok.LParen:
        p.consume();
        this.parseElement(p);
        p.expect(Tok.Comma, "expected ',' between complex elements");
        this.parseElement(p);
        p.expect(Tok.RParen, "expected ')' after complex elements");
        return;
      default:
        break;
    }
    p.error("expected element literal of primitive type");
  }

  private push(flag: number, start: number, end: number): void {
    const i = this.count++;
    if (i === this.starts.length) {
      this.starts = grow(this.starts, i + 1);
      this.ends = grow(this.ends, i + 1);
      this.flags = grow(this.flags, i + 1);
    }
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flag;
  }

  /**
   * The attribute of type `type` (MLIR's `TensorLiteralParser::getAttr`).
   * Shape errors point at `loc`; element errors at the element.
   */
  toAttr(p: ParserState, loc: number, type: ShapedType): DenseIntOrFPElementsAttr | DenseStringElementsAttr {
    const elt = type.elementType;
    const bits = denseElementBitWidth(elt);
    const isHex = this.hexStart >= 0;
    if (isHex && bits !== 0) return this.hexAttr(p, loc, type, bits);
    const shape = type.shape!;
    if (this.shape.length !== 0 && !sameShape(this.shape, shape)) {
      p.error(`inferred shape of elements literal ([${this.shape.join(", ")}]) does not match type ([${shape.join(", ")}])`, loc);
    }
    const n = type.numElements;
    if (!isHex && this.count === 0 && n !== 0) {
      p.error(`parsed zero elements, but type (${quoted(type)}) expected at least 1`, loc);
    }
    if (bits === 0) return this.stringAttr(p, loc, type);
    let part: TypeAttribute = elt;
    let perElement = 1;
    if (elt.kind === BuiltinKind.ComplexType) {
      part = (elt as ComplexType).elementType;
      perElement = 2;
      if (this.shape.length === 0 && n !== 0 && this.count !== 2) {
        p.error(`parsed ${this.count} elements, but type (${quoted(elt)}) expected 2 elements`, loc);
      }
      if (this.shape.length !== 0 && this.count !== n * 2) {
        p.error(`parsed ${this.count} elements, but type (${quoted(type)}) expected ${n * 2} elements`, loc);
      }
    }
    // One value (or pair) is a splat. More values than elements can only
    // come from parentheses in a non-complex literal; MLIR keeps the first.
    const values = Math.floor(this.count / perElement);
    const isSplat = values === 1;
    const stored = isSplat ? 1 : n;
    const partBits = bits / perElement;
    const data = new Uint8Array(partBits === 1 ? (isSplat ? 1 : (stored + 7) >> 3) : (stored * bits) >> 3);
    const parts = Math.min(this.count, stored * perElement);
    if (part.kind === BuiltinKind.FloatType) this.writeFloats(p, part as FloatType, data, parts, partBits >> 3);
    else this.writeInts(p, part as IntegerType | IndexType, data, parts, partBits);
    return DenseIntOrFPElementsAttr.get(p.ctx, type, data, isSplat);
  }

  /** Writes the first `parts` integer tokens as `bits`-wide values (1: bit-packed). */
  private writeInts(p: ParserState, type: IntegerType | IndexType, data: Uint8Array, parts: number, bits: number): void {
    const text = p.source.text;
    const range = new IntRange(type);
    const bytes = bits >> 3;
    for (let j = 0; j < parts; j++) {
      const flag = this.flags[j]!;
      const kind = flag & Elt.KindMask;
      const negative = (flag & Elt.Negative) !== 0;
      const start = this.starts[j]!;
      if (negative && range.isUnsigned) p.error("expected unsigned integer elements, but parsed negative value", start);
      if (kind === Elt.Float) p.error("expected integer elements, but parsed floating-point", start);
      if (kind === Elt.True || kind === Elt.False) {
        if (range.width !== 1 || range.isIndex) p.error("expected i1 type for 'true' or 'false' values", start);
        if (kind === Elt.True) {
          if (bits === 1) data[j >> 3]! |= 1 << (j & 7);
          else data[j * bytes] = 1;
        }
        continue;
      }
      // A string token is no integer: MLIR fails to read its spelling as one.
      const v = kind === Elt.Integer ? range.value(text, start, this.ends[j]!, negative) : null;
      if (v === null) return p.error("integer constant out of range for type", start);
      if (bits === 1) {
        if (typeof v === "number" ? v !== 0 : (v & 1n) !== 0n) data[j >> 3]! |= 1 << (j & 7);
      } else if (typeof v === "number") {
        writeSmallInt(data, j * bytes, bytes, v);
      } else {
        writeBig(data, j * bytes, bytes, v);
      }
    }
  }

  /** Writes the first `parts` tokens as floats of `type`, `bytes` each. */
  private writeFloats(p: ParserState, type: FloatType, data: Uint8Array, parts: number, bytes: number): void {
    const sem = floatSemantics(type.name)!;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let j = 0; j < parts; j++) {
      const flag = this.flags[j]!;
      const kind = flag & Elt.KindMask;
      const start = this.starts[j]!;
      if (kind !== Elt.Float && kind !== Elt.Integer) p.error("expected floating point literal", start);
      writeFloat(p, sem, kind === Elt.Float, (flag & Elt.Negative) !== 0, start, this.ends[j]!, data, view, j * bytes, bytes);
    }
  }

  /** A {@link DenseStringElementsAttr}: a hex string is one (splat) value; else all tokens must be strings. */
  private stringAttr(p: ParserState, loc: number, type: ShapedType): DenseStringElementsAttr {
    const text = p.source.text;
    if (this.hexStart >= 0) {
      return DenseStringElementsAttr.get(p.ctx, type, [Lexer.decodeString(text, this.hexStart, this.hexEnd)], true);
    }
    const values: string[] = [];
    for (let j = 0; j < this.count; j++) {
      const start = this.starts[j]!;
      const end = this.ends[j]!;
      if ((this.flags[j]! & Elt.KindMask) !== Elt.String) p.error(`expected string token, got ${text.slice(start, end)}`, loc);
      values.push(Lexer.decodeString(text, start, end));
    }
    if (values.length === 1) return DenseStringElementsAttr.get(p.ctx, type, values, true);
    // Parentheses can give more strings than elements: MLIR keeps them all
    // (and prints the first ones); fewer, which crashes MLIR, are padded.
    for (let n = type.numElements; values.length < n; ) values.push("");
    return DenseStringElementsAttr.get(p.ctx, type, values, false);
  }

  /**
   * Raw little-endian data from a hex string (MLIR's `getHexAttr`): the
   * size must be one element (a splat) or all of them; `i1` is bit-packed,
   * and a single `0x00` or `0xFF` byte is a splat.
   */
  private hexAttr(p: ParserState, loc: number, type: ShapedType, bits: number): DenseIntOrFPElementsAttr {
    const data = this.hexData ?? decodeHexString(p.source.text, this.hexStart, this.hexEnd);
    if (data === null) p.error("expected string containing hex digits starting with `0x`", this.hexStart);
    const n = type.numElements;
    let isSplat = n === 1;
    let valid: boolean;
    if (bits === 1) {
      if (data.length === 1 && (data[0] === 0 || data[0] === 0xff)) isSplat = valid = true;
      else valid = data.length * 8 === ((n + 7) & ~7);
    } else {
      if (data.length * 8 === bits) isSplat = valid = true;
      else valid = data.length * 8 === bits * n;
    }
    if (!valid) p.error(`elements hex data size is invalid for provided type: ${quoted(type)}`, loc);
    // A boolean splat is true when its byte is non-zero.
    if (bits === 1 && isSplat) return DenseIntOrFPElementsAttr.get(p.ctx, type, Uint8Array.of(data[0] !== 0 ? 1 : 0), true);
    return DenseIntOrFPElementsAttr.get(p.ctx, type, data, isSplat);
  }
}

/** Bits of a hexadecimal float literal token, or MLIR's error (with its note). */
function hexFloat(p: ParserState, sem: FloatSemantics, start: number, end: number, negative: boolean): bigint {
  const r = parseHexFloatLiteral(sem, p.source.text.slice(start, end), negative);
  if (r.ok) return r.bits;
  if (r.note !== undefined) p.errorWithNote(r.message, start, r.note, start);
  return p.error(r.message, start);
}

/**
 * Range checking and values of integer literals for one integer type, as
 * `buildAttributeInt` (MLIR's `buildAttributeAPInt`) does, with a fast path
 * for decimal literals of up to 15 digits that makes no string or bigint.
 * Values are masked to the type's width (`-1 : i3` stores `0x07`, as
 * MLIR's `APInt` does).
 */
class IntRange {
  readonly width: number;
  readonly isIndex: boolean;
  readonly isUnsigned: boolean;
  /** Largest magnitude of a positive / negative literal (fast path). */
  private readonly maxPositive: number;
  private readonly maxNegative: number;
  /** Mask for widths that are not whole bytes (and below 32), else 0. */
  private readonly mask: number;

  constructor(readonly type: IntegerType | IndexType) {
    this.isIndex = type.kind === BuiltinKind.IndexType;
    const w = this.isIndex ? 64 : (type as IntegerType).width;
    const signed = this.isIndex || (type as IntegerType).signedness === Signedness.Signed;
    this.width = w;
    this.isUnsigned = !this.isIndex && (type as IntegerType).signedness === Signedness.Unsigned;
    this.maxPositive = w >= 53 ? Number.MAX_SAFE_INTEGER : 2 ** (signed ? w - 1 : w) - 1;
    this.maxNegative = w >= 53 ? Number.MAX_SAFE_INTEGER : w === 0 ? -1 : 2 ** (w - 1);
    this.mask = w % 8 !== 0 && w < 32 ? 2 ** w - 1 : 0;
  }

  /** The value of the integer token `[start, end)`, or null when out of range. */
  value(text: string, start: number, end: number, negative: boolean): number | bigint | null {
    const w = this.width;
    if (end - start <= 15 && (end - start === 1 || text.charCodeAt(start + 1) !== Ch.x) && (w % 8 === 0 || w < 32)) {
      let m = 0;
      for (let i = start; i < end; i++) m = m * 10 + (text.charCodeAt(i) - Ch._0);
      if (negative ? m === 0 || m > this.maxNegative : m > this.maxPositive) return null;
      const v = negative ? -m : m;
      return this.mask !== 0 ? v & this.mask : v;
    }
    const big = buildAttributeInt(this.type, negative, text.slice(start, end));
    if (big === null) return null;
    return w % 8 !== 0 ? BigInt.asUintN(w, big) : big;
  }
}

/**
 * Writes the float token `[start, end)` (a float literal when `isLiteral`,
 * else a hexadecimal bit pattern) as `bytes` bytes at `off`.
 */
function writeFloat(
  p: ParserState,
  sem: FloatSemantics,
  isLiteral: boolean,
  negative: boolean,
  start: number,
  end: number,
  data: Uint8Array,
  view: DataView,
  off: number,
  bytes: number,
): void {
  const text = p.source.text;
  if (!isLiteral) {
    writeBig(data, off, bytes, storageBits(sem, hexFloat(p, sem, start, end, negative)));
    return;
  }
  // MLIR reads a double, then rounds it to the type (ties to even): for f64
  // and f32 the DataView conversions are that rounding, exactly.
  if (sem === F64 || sem === F32) {
    let v = simpleDecimal(text, start, end);
    if (v !== v) v = Number(text.slice(start, end));
    if (negative) v = -v;
    if (sem === F64) view.setFloat64(off, v, true);
    else view.setFloat32(off, v, true);
  } else {
    writeBig(data, off, bytes, storageBits(sem, parseFloatLiteral(sem, text.slice(start, end), negative)));
  }
}

/** Exact powers of ten as doubles (10^22 is the largest). */
const powersOf10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The double nearest to the float literal `[start, end)` when that is one
 * correctly rounded operation away (Clinger's fast path: at most 15
 * digits, so the digits are an exact integer, scaled by an exact power of
 * ten up to 10^22); NaN otherwise. Saves a string and `Number()` per
 * element of large float literals.
 */
function simpleDecimal(text: string, start: number, end: number): number {
  let m = 0;
  let digits = 0;
  let scale = 0;
  let seenDot = false;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= Ch._0 && c <= Ch._9) {
      m = m * 10 + (c - Ch._0);
      digits++;
      if (seenDot) scale--;
    } else if (c === Ch.Dot) {
      seenDot = true;
    } else {
      break;
    }
  }
  if (i < end) {
    // [eE][+-]?[0-9]+
    let j = i + 1;
    const sign = text.charCodeAt(j);
    const negativeExponent = sign === Ch.Minus;
    if (negativeExponent || sign === Ch.Plus) j++;
    let e = 0;
    for (; j < end && e < 1000; j++) e = e * 10 + (text.charCodeAt(j) - Ch._0);
    scale += negativeExponent ? -e : e;
  }
  if (digits > 15) return NaN;
  if (m === 0) return 0;
  if (scale === 0) return m;
  if (scale > 0 && scale <= 22) return m * powersOf10[scale]!;
  if (scale < 0 && scale >= -22) return m / powersOf10[-scale]!;
  return NaN;
}

/** Writes `v` (an integer, |v| < 2^53) as `bytes` little-endian two's complement bytes. */
function writeSmallInt(data: Uint8Array, off: number, bytes: number, v: number): void {
  // `| 0` takes the low 32 bits of any integer double; the high word is the floored quotient.
  let w = v | 0;
  const n = bytes < 4 ? bytes : 4;
  for (let i = 0; i < n; i++, w >>= 8) data[off + i] = w & 0xff;
  if (bytes <= 4) return;
  w = Math.floor(v / 4294967296) | 0;
  const m = bytes < 8 ? bytes : 8;
  for (let i = 4; i < m; i++, w >>= 8) data[off + i] = w & 0xff;
  if (v < 0) data.fill(0xff, off + 8, off + bytes);
}

/** Writes the low `bytes * 8` bits of `v` little-endian at `off`. */
function writeBig(data: Uint8Array, off: number, bytes: number, v: bigint): void {
  for (let i = 0; i < bytes; i++) {
    data[off + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

// ---- Dense arrays -------------------------------------------------------------------

/** One element of an integer `array<...>` at byte `off`. */
function parseArrayInt(p: ParserState, range: IntRange, isBool: boolean, data: Uint8Array, off: number, bytes: number): void {
  const negative = p.consumeIf(Tok.Minus);
  const lex = p.lex;
  if (lex.kind === Tok.BareIdentifier && (lex.is("true") || lex.is("false"))) {
    if (!isBool) p.error("expected i1 type for 'true' or 'false' values");
    data[off] = lex.is("true") ? 1 : 0;
    p.consume();
    return;
  }
  if (lex.kind !== Tok.Integer) p.error("expected integer literal");
  const start = lex.start;
  const end = lex.end;
  p.consume();
  // MLIR reports these after consuming the literal: at the next token.
  if (isBool) p.error("expected 'true' or 'false' values for i1 type");
  const v = range.value(p.source.text, start, end, negative);
  if (v === null) return p.error("integer constant out of range");
  if (typeof v === "number") writeSmallInt(data, off, bytes, v);
  else writeBig(data, off, bytes, v);
}

/** One element of a float `array<...>` at byte `off`. */
function parseArrayFloat(p: ParserState, sem: FloatSemantics, data: Uint8Array, view: DataView, off: number, bytes: number): void {
  const negative = p.consumeIf(Tok.Minus);
  const lex = p.lex;
  if (lex.kind !== Tok.FloatLiteral && lex.kind !== Tok.Integer) p.error("expected floating point literal");
  writeFloat(p, sem, lex.kind === Tok.FloatLiteral, negative, lex.start, lex.end, data, view, off, bytes);
  p.consume();
}

// ---- Sparse verification ----------------------------------------------------------

/** MLIR's `SparseElementsAttr::verify`, errors at `loc`, then the attribute. */
function verifiedSparse(
  p: ParserState,
  loc: number,
  type: ShapedType,
  indices: DenseIntOrFPElementsAttr,
  values: DenseIntOrFPElementsAttr | DenseStringElementsAttr,
): SparseElementsAttr {
  const valuesShape = values.type.shape!;
  if (valuesShape.length !== 1) p.error("expected 1-d tensor for sparse element values", loc);
  const shape = type.shape!;
  const indicesShape = indices.type.shape!;
  const rank = shape.length;
  const shapeError = (): never =>
    p.error(
      `expected shape ([${shape.join(", ")}]); inferred shape of indices literal ([${indicesShape.join(", ")}]); ` +
        `inferred shape of values literal ([${valuesShape.join(", ")}])`,
      loc,
    );
  if (indicesShape.length === 2) {
    if (indicesShape[1] !== rank) shapeError();
  } else if (indicesShape.length !== 1 || rank !== 1) {
    shapeError();
  }
  const count = indicesShape[0]!;
  if (count !== valuesShape[0]) shapeError();
  // Coordinates compare as unsigned 64-bit values, as in MLIR (-1 is 2^64 - 1).
  const coordinate = (k: number): bigint => indices.rawElement(k);
  const check = (num: number, index: bigint[]): void => {
    let ok = index.length === rank;
    for (let d = 0; ok && d < rank; d++) if (index[d]! >= BigInt(shape[d]!)) ok = false;
    if (!ok) {
      p.error(
        `sparse index #${num} is not contained within the value shape, with index=[${index.join(", ")}], and type=${quoted(type)}`,
        loc,
      );
    }
  };
  if (indices.isSplat) {
    check(0, new Array<bigint>(rank).fill(coordinate(0)));
  } else {
    for (let i = 0; i < count; i++) {
      const index: bigint[] = [];
      for (let d = 0; d < rank; d++) index.push(coordinate(i * rank + d));
      check(i, index);
    }
  }
  return SparseElementsAttr.get(p.ctx, type, indices, values);
}
