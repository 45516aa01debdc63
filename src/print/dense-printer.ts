/**
 * Element lists of the dense attribute family, as MLIR's
 * `printDenseIntOrFPElementsAttr`, `printDenseStringElementsAttr` and
 * `printDenseArrayAttr` (`AsmPrinter.cpp`) print them. The surrounding
 * `dense<`...`>` and type are printed by the caller.
 *
 * Elements are read from the raw little-endian storage and written into
 * the output digit by digit: integers up to 32 bits (and 64-bit values
 * that fit a double) make no bigint or string.
 */
import type { TypeAttribute } from "../ir/attribute.js";
import type { DenseArrayAttr } from "../dialects/builtin/attributes/dense-array-attr.js";
import type { DenseIntOrFPElementsAttr } from "../dialects/builtin/attributes/dense-elements-attr.js";
import type { DenseStringElementsAttr } from "../dialects/builtin/attributes/dense-string-elements-attr.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import type { ComplexType } from "../dialects/builtin/types/complex-type.js";
import type { FloatType } from "../dialects/builtin/types/float-type.js";
import { type IntegerType, Signedness } from "../dialects/builtin/types/integer-type.js";
import { floatSemantics, type FloatSemantics, formatFloat } from "../support/float/index.js";
import type { AttrPrinter } from "./attribute-printer.js";
import { escapeBytes } from "./escape.js";
import type { Output } from "./output.js";

/**
 * Prints the contents of `dense<...>` for numeric elements: a splat as its
 * one element, `[...]` nested by the shape otherwise (nothing when there
 * are no elements), or, when `allowHex` and there are more than
 * `p.hexElementsAbove` elements (100 by default, as in MLIR), the raw storage as `"0x..."`. Complex numbers print `(re,im)`.
 */
export function printDenseIntOrFPElements(p: AttrPrinter, attr: DenseIntOrFPElementsAttr, allowHex: boolean): void {
  const out = p.out;
  const n = attr.numElements;
  const hexAbove = p.hexElementsAbove;
  if (!attr.isSplat && allowHex && hexAbove >= 0 && n > hexAbove) {
    printHex(out, attr.data);
    return;
  }
  const elt = attr.elementType;
  const isComplex = elt.kind === BuiltinKind.ComplexType;
  const reader = new ElementReader(out, attr.data, isComplex ? (elt as ComplexType).elementType : elt, false);
  const partBits = isComplex ? attr.elementBitWidth >> 1 : attr.elementBitWidth;
  const partBytes = partBits >> 3;
  printNested(out, attr.isSplat, attr.type.shape!, n, (i) => {
    if (!isComplex) {
      reader.print(i, partBytes);
      return;
    }
    out.writeByte(40); // (
    reader.print(2 * i, partBytes);
    out.writeByte(44); // ,
    reader.print(2 * i + 1, partBytes);
    out.writeByte(41); // )
  });
}

/** Prints the contents of `dense<...>` for string elements, each quoted and escaped. */
export function printDenseStringElements(p: AttrPrinter, attr: DenseStringElementsAttr): void {
  const out = p.out;
  const values = attr.values;
  printNested(out, attr.isSplat, attr.type.shape!, attr.type.numElements, (i) => {
    out.writeByte(34); // "
    out.write(escapeBytes(values[i]!));
    out.writeByte(34);
  });
}

/**
 * Prints the elements of `array<T: ...>`, separated by `, `: `true`/`false`
 * for `i1` (any non-zero byte is true), integers signed unless the type is
 * unsigned, floats as float attributes print.
 */
export function printDenseArrayElements(p: AttrPrinter, attr: DenseArrayAttr): void {
  const out = p.out;
  const reader = new ElementReader(out, attr.data, attr.elementType, true);
  const bytes = attr.elementByteWidth;
  for (let i = 0; i < attr.size; i++) {
    if (i > 0) {
      out.writeByte(44);
      out.writeByte(32);
    }
    reader.print(i, bytes);
  }
}

// ---- Shared helpers -------------------------------------------------------------

/** Uppercase hex digit char codes of each byte's high and low nibble. */
const hexHigh = new Uint8Array(256);
const hexLow = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  hexHigh[b] = "0123456789ABCDEF".charCodeAt(b >> 4);
  hexLow[b] = "0123456789ABCDEF".charCodeAt(b & 15);
}

/** `"0x` and the bytes in uppercase hex, `"`. */
function printHex(out: Output, data: Uint8Array): void {
  out.write('"0x');
  // Byte by byte into the output buffer: faster than building strings.
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    out.writeByte(hexHigh[b]!);
    out.writeByte(hexLow[b]!);
  }
  out.writeByte(34);
}

/**
 * MLIR's `printDenseElementsAttrImpl`: the splat element alone, nothing for
 * no elements, else the elements in row-major order inside one bracket
 * level per dimension (a mixed-radix counter closes and reopens them).
 */
function printNested(out: Output, isSplat: boolean, shape: readonly number[], n: number, element: (i: number) => void): void {
  if (isSplat) {
    element(0);
    return;
  }
  if (n === 0) return;
  const rank = shape.length;
  const counter = new Array<number>(rank).fill(0);
  let open = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      out.writeByte(44);
      out.writeByte(32);
    }
    for (; open < rank; open++) out.writeByte(91); // [
    element(i);
    if (rank === 0) continue;
    counter[rank - 1]!++;
    for (let d = rank - 1; d > 0; d--) {
      if (counter[d]! < shape[d]!) break;
      counter[d] = 0;
      counter[d - 1]!++;
      open--;
      out.writeByte(93); // ]
    }
  }
  for (; open > 0; open--) out.writeByte(93);
}

/** How an {@link ElementReader} prints. */
const enum Form {
  Bool,
  Signed,
  Unsigned,
  Float,
}

/**
 * Reads element `i` (of `bytes` bytes, 0 meaning bit-packed `i1`) from raw
 * storage and prints it as MLIR prints an element of `type`. Values are
 * read at the type's width, ignoring padding bits (as MLIR's `APInt`
 * reads), except that an `i1` array element is true when any bit of its
 * byte is set (MLIR reads those as 8-bit values).
 */
class ElementReader {
  private readonly form: Form;
  /** Integer width in bits (64 for index). */
  private readonly width: number;
  private readonly sem: FloatSemantics | null;

  constructor(
    private readonly out: Output,
    private readonly data: Uint8Array,
    type: TypeAttribute,
    /** True for `array<i1: ...>`: any non-zero byte is true. */
    private readonly wholeByteBools: boolean,
  ) {
    if (type.kind === BuiltinKind.FloatType) {
      this.form = Form.Float;
      this.width = (type as FloatType).width;
      this.sem = floatSemantics((type as FloatType).name)!;
      return;
    }
    this.sem = null;
    if (type.kind === BuiltinKind.IndexType) {
      this.form = Form.Signed;
      this.width = 64;
      return;
    }
    const t = type as IntegerType;
    this.width = t.width;
    this.form = t.width === 1 ? Form.Bool : t.signedness === Signedness.Unsigned ? Form.Unsigned : Form.Signed;
  }

  print(i: number, bytes: number): void {
    const out = this.out;
    const data = this.data;
    if (bytes === 0) {
      // Bit-packed i1 (or a zero-width integer, always 0).
      if (this.width === 0) out.writeByte(48);
      else out.write(((data[i >> 3]! >> (i & 7)) & 1) !== 0 ? "true" : "false");
      return;
    }
    const off = i * bytes;
    switch (this.form) {
      case Form.Bool: {
        const b = data[off]!;
        out.write((this.wholeByteBools ? b !== 0 : (b & 1) !== 0) ? "true" : "false");
        return;
      }
      case Form.Float: {
        const sem = this.sem!;
        out.write(formatFloat(sem, readBig(data, off, bytes) & sem.widthMask));
        return;
      }
      default:
        break;
    }
    const w = this.width;
    const signed = this.form === Form.Signed;
    if (w <= 32) {
      let v = 0;
      for (let k = bytes - 1; k >= 0; k--) v = v * 256 + data[off + k]!;
      if (w === 0) v = 0;
      else if (w < 32) {
        v = v % 2 ** w;
        if (signed && v >= 2 ** (w - 1)) v -= 2 ** w;
      } else if (signed && v >= 2147483648) {
        v -= 4294967296;
      }
      writeInt(out, v);
      return;
    }
    if (w === 64) {
      // Two 32-bit halves; a value of at most 53 bits prints as a number.
      const lo = (data[off]! | (data[off + 1]! << 8) | (data[off + 2]! << 16) | (data[off + 3]! << 24)) >>> 0;
      const hi = data[off + 4]! | (data[off + 5]! << 8) | (data[off + 6]! << 16) | (data[off + 7]! << 24);
      if (hi >= 0 && hi < 0x200000) {
        writeInt(out, hi * 4294967296 + lo);
        return;
      }
      if (signed && hi < 0 && hi >= -0x200000) {
        writeInt(out, hi * 4294967296 + lo);
        return;
      }
    }
    const raw = BigInt.asUintN(w, readBig(data, off, bytes));
    out.write((signed ? BigInt.asIntN(w, raw) : raw).toString());
  }
}

/** Writes an integer-valued number (|v| < 2^53). */
function writeInt(out: Output, v: number): void {
  if (v < 0) {
    out.writeByte(45); // -
    out.writeUint(-v);
  } else {
    out.writeUint(v);
  }
}

/** The little-endian unsigned value of `bytes` bytes at `off`. */
function readBig(data: Uint8Array, off: number, bytes: number): bigint {
  let v = 0n;
  for (let k = bytes - 1; k >= 0; k--) v = (v << 8n) | BigInt(data[off + k]!);
  return v;
}
