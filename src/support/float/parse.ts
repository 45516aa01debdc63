/**
 * Turning MLIR float literal tokens into values, as MLIR's
 * `Parser::parseFloatFromLiteral` and `parseFloatFromIntegerLiteral`
 * (`mlir/lib/AsmParser/Parser.cpp`) do.
 */
import { fromStorageBits } from "./bits.js";
import { roundNumber } from "./round.js";
import { FloatSemantics } from "./semantics.js";

/** Outcome of {@link parseHexFloatLiteral}: bits, or MLIR's diagnostic. */
export type FloatLiteralResult =
  | { ok: true; bits: bigint }
  | { ok: false; message: string; note: string | undefined };

/**
 * The value of a `floatliteral` token (`[0-9]+\.[0-9]*([eE][+-]?[0-9]+)?`)
 * of type `sem`, preceded by a `-` token when `negative`.
 *
 * MLIR reads the spelling as a double (correctly rounded, so JS `Number`
 * agrees), negates it, then converts with `APFloat::convert` and ties to
 * even. It never rejects: too-large values become inf (`1.0e39 : f32`),
 * NaN (`1000.0 : f8E4M3FN` prints `0x7F`) or the largest value
 * (`1.0e39 : f4E2M1FN` is `6.0`); `1.0e400` is already inf as a double, which
 * finite-only formats keep as an unencodable infinity; negative values in
 * `f8E8M0FNU` keep a detached sign and `0.0` there becomes `2^-127`.
 *
 * Throws a `SyntaxError` if `text` is not a float literal.
 */
export function parseFloatLiteral(sem: FloatSemantics, text: string, negative: boolean): bigint {
  // Number() also reads "0x1F", "Infinity" and "": insist on MLIR's shape.
  const first = text.charCodeAt(0);
  const value = Number(text);
  if (!(first >= 48 && first <= 57) || !text.includes(".") || value !== value) {
    throw new SyntaxError(`invalid float literal '${text}'`);
  }
  return roundNumber(sem, negative ? -value : value);
}

/**
 * The value of an `integer` token used as a float of type `sem`, preceded by
 * a `-` token when `negative`: MLIR accepts only hexadecimal spellings
 * (`0x7FC00000 : f32`), taken as the raw bit pattern. Leading zeros are
 * allowed; the value's significant bits must fit the width.
 *
 * Errors, with `mlir-opt`'s wording:
 * - decimal spelling: `unexpected decimal integer literal for a floating
 *   point value`, note `add a trailing dot to make the literal a float`;
 * - `negative`: `hexadecimal float literal should not have a leading minus`;
 * - too many bits: `hexadecimal float constant out of range for type`.
 *
 * `f80` patterns are canonicalized as `APFloat` does (see `fromStorageBits`).
 */
export function parseHexFloatLiteral(sem: FloatSemantics, text: string, negative = false): FloatLiteralResult {
  const isHex = text.length > 1 && text.charCodeAt(1) === 120; // 'x'
  if (!isHex) {
    return {
      ok: false,
      message: "unexpected decimal integer literal for a floating point value",
      note: "add a trailing dot to make the literal a float",
    };
  }
  if (negative) return { ok: false, message: "hexadecimal float literal should not have a leading minus", note: undefined };
  let value: bigint;
  try {
    value = BigInt(text);
  } catch {
    throw new SyntaxError(`invalid hexadecimal literal '${text}'`);
  }
  if (value > sem.widthMask) {
    return { ok: false, message: "hexadecimal float constant out of range for type", note: undefined };
  }
  return { ok: true, bits: fromStorageBits(sem, value) };
}
