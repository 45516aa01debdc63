/**
 * Float values as bit patterns: classification, packing and unpacking.
 *
 * A value of a format is a `bigint` holding its storage encoding (the
 * `APInt` that `APFloat::bitcastToAPInt` returns) in the low `width` bits.
 * Bits above `width` are normally zero; they carry the few `APFloat` states
 * that have no encoding, so that printing reproduces `mlir-opt` exactly:
 *
 * - `1n << width`: the sign of a negative `f8E8M0FNU` value. The format
 *   has no sign bit, yet `APFloat` converts `-4.0` to "negative 4", which a
 *   `FloatAttr` prints as `-4.000000e+00` (a dense element stores it as its
 *   storage bits, see {@link storageBits}).
 * - `2n << width` / `4n << width`: infinity / NaN in a format without them
 *   (`f6E3M2FN`, `f6E2M3FN`, `f4E2M1FN`). `APFloat` keeps the category when
 *   converting a double infinity or NaN, and `mlir-opt` prints the attribute
 *   as the hexadecimal storage pattern (`1.0e400 : f4E2M1FN` prints `0x0`).
 *
 * Use {@link storageBits} to get the bytes a dense elements attribute or a
 * memory image holds.
 */
import { FloatSemantics, NanEncoding, NonFiniteBehavior } from "./semantics.js";

/** `APFloat`'s value categories. @internal */
export const enum Category {
  Zero,
  Normal,
  Infinity,
  NaN,
}

/**
 * `APFloat`'s view of a value. `significand` includes the integer bit for
 * normal numbers; `exponent` is `minExponent` for denormals. For NaNs,
 * `significand` is the payload as stored (without an implicit integer bit).
 * @internal
 */
export interface Unpacked {
  category: Category;
  sign: boolean;
  exponent: number;
  significand: bigint;
}

/** Flag bits above the storage width (see the module comment). @internal */
export const enum Extra {
  DetachedSign = 1,
  FiniteOnlyInfinity = 2,
  FiniteOnlyNaN = 4,
}

/** `APFloat`'s exponentNaN: the exponent a NaN is stored with. */
function exponentNaN(sem: FloatSemantics): number {
  if (sem.nonFinite === NonFiniteBehavior.NanOnly) {
    if (sem.nanEncoding === NanEncoding.NegativeZero) return sem.minExponent - 1;
    if (sem.hasSign) return sem.maxExponent;
  }
  return sem.maxExponent + 1;
}

/** The exponent field for an exponent, masked as `APFloat`'s bitcast does. */
function field(sem: FloatSemantics, exponent: number): bigint {
  return BigInt((exponent + sem.bias) & sem.exponentFieldMask) << BigInt(sem.fractionBits);
}

function extra(sem: FloatSemantics, flag: Extra): bigint {
  return BigInt(flag) << BigInt(sem.width);
}

/**
 * Decodes `bits` the way `APFloat(sem, APInt)` does, including the flag bits
 * above the storage width.
 * @internal
 */
export function unpack(sem: FloatSemantics, bits: bigint): Unpacked {
  const flags = Number(bits >> BigInt(sem.width));
  const raw = bits & sem.widthMask;
  if (!sem.hasSign) {
    // f8E8M0FNU: an 8-bit exponent; all ones is NaN; no zero, no sign bit.
    const e = Number(raw);
    const sign = (flags & Extra.DetachedSign) !== 0;
    if (e === sem.exponentFieldMask) {
      return { category: Category.NaN, sign: false, exponent: exponentNaN(sem), significand: 1n };
    }
    return { category: Category.Normal, sign, exponent: e - sem.bias, significand: 1n };
  }
  const sign = (raw & sem.signMask) !== 0n;
  const frac = raw & sem.fractionMask;
  const e = Number(raw >> BigInt(sem.fractionBits)) & sem.exponentFieldMask;
  if (flags & Extra.FiniteOnlyInfinity) {
    return { category: Category.Infinity, sign, exponent: sem.maxExponent + 1, significand: 0n };
  }
  if (flags & Extra.FiniteOnlyNaN) {
    return { category: Category.NaN, sign, exponent: sem.maxExponent + 1, significand: frac };
  }
  if (sem.explicitIntegerBit) return unpackX87(sem, sign, e, frac);
  const isZero = e === 0 && frac === 0n;
  const unbiased = e - sem.bias;
  if (sem.nonFinite === NonFiniteBehavior.IEEE754 && unbiased === sem.maxExponent + 1 && frac === 0n) {
    return { category: Category.Infinity, sign, exponent: unbiased, significand: 0n };
  }
  let isNaN: boolean;
  switch (sem.nanEncoding) {
    case NanEncoding.IEEE:
      isNaN = unbiased === exponentNaN(sem) && frac !== 0n;
      break;
    case NanEncoding.AllOnes:
      isNaN = unbiased === exponentNaN(sem) && frac === sem.fractionMask;
      break;
    case NanEncoding.NegativeZero:
      isNaN = isZero && sign;
      break;
  }
  if (isNaN) return { category: Category.NaN, sign, exponent: exponentNaN(sem), significand: frac };
  if (isZero) return { category: Category.Zero, sign, exponent: sem.minExponent - 1, significand: 0n };
  if (e === 0) return { category: Category.Normal, sign, exponent: sem.minExponent, significand: frac };
  return { category: Category.Normal, sign, exponent: unbiased, significand: frac | sem.integerBit };
}

/**
 * x87 extended precision stores the integer bit. As in `APFloat`, the
 * pseudo-infinities, pseudo-NaNs and unnormals Intel rejects are NaNs, and
 * pseudo-denormals (field 0, integer bit set) are normal numbers.
 */
function unpackX87(sem: FloatSemantics, sign: boolean, e: number, sig: bigint): Unpacked {
  const intBit = sem.integerBit;
  if (e === 0 && sig === 0n) return { category: Category.Zero, sign, exponent: sem.minExponent - 1, significand: 0n };
  if (e === sem.exponentFieldMask && sig === intBit) {
    return { category: Category.Infinity, sign, exponent: sem.maxExponent + 1, significand: 0n };
  }
  if (e === sem.exponentFieldMask || (e !== 0 && (sig & intBit) === 0n)) {
    return { category: Category.NaN, sign, exponent: sem.maxExponent + 1, significand: sig };
  }
  return { category: Category.Normal, sign, exponent: e === 0 ? sem.minExponent : e - sem.bias, significand: sig };
}

/**
 * Encodes a finite non-zero value: `significand × 2^(exponent - precision + 1)`
 * with `significand < 2^precision`, normal unless `exponent` is `minExponent`
 * and the integer bit is clear. Performs no rounding or range check.
 * @internal
 */
export function packNormal(sem: FloatSemantics, sign: boolean, exponent: number, significand: bigint): bigint {
  if (!sem.hasSign) {
    const bits = BigInt(exponent + sem.bias);
    return sign ? bits | extra(sem, Extra.DetachedSign) : bits;
  }
  let biased = exponent + sem.bias;
  if (biased === 1 && (significand & sem.integerBit) === 0n) biased = 0;
  const frac = sem.explicitIntegerBit ? significand : significand & sem.fractionMask;
  const bits = (BigInt(biased) << BigInt(sem.fractionBits)) | frac;
  return sign ? bits | sem.signMask : bits;
}

/** Re-encodes an unpacked value, as `APFloat::bitcastToAPInt` plus flags. @internal */
export function pack(sem: FloatSemantics, u: Unpacked): bigint {
  const sign = u.sign && sem.hasSign ? sem.signMask : 0n;
  switch (u.category) {
    case Category.Normal:
      return packNormal(sem, u.sign, u.exponent, u.significand);
    case Category.Zero:
      return sign;
    case Category.Infinity: {
      // x87 stores infinity with its integer bit set.
      const bits = sign | field(sem, sem.maxExponent + 1) | (sem.explicitIntegerBit ? sem.integerBit : 0n);
      return sem.nonFinite === NonFiniteBehavior.FiniteOnly ? bits | extra(sem, Extra.FiniteOnlyInfinity) : bits;
    }
    case Category.NaN: {
      const bits = sign | field(sem, exponentNaN(sem)) | (u.significand & sem.fractionMask);
      return sem.nonFinite === NonFiniteBehavior.FiniteOnly ? bits | extra(sem, Extra.FiniteOnlyNaN) : bits;
    }
  }
}

/**
 * Classifies `bits` without allocating.
 * @internal
 */
export function classify(sem: FloatSemantics, bits: bigint): Category {
  if (bits > sem.widthMask) {
    const flags = Number(bits >> BigInt(sem.width));
    if (flags & Extra.FiniteOnlyInfinity) return Category.Infinity;
    if (flags & Extra.FiniteOnlyNaN) return Category.NaN;
    bits &= sem.widthMask;
  }
  if (!sem.hasSign) return bits === sem.widthMask ? Category.NaN : Category.Normal;
  if (sem.explicitIntegerBit) return unpack(sem, bits).category;
  const frac = bits & sem.fractionMask;
  const e = Number(bits >> BigInt(sem.fractionBits)) & sem.exponentFieldMask;
  if (e === 0 && frac === 0n) {
    return sem.nanEncoding === NanEncoding.NegativeZero && bits !== 0n ? Category.NaN : Category.Zero;
  }
  if (e === sem.exponentFieldMask) {
    switch (sem.nonFinite) {
      case NonFiniteBehavior.IEEE754:
        return frac === 0n ? Category.Infinity : Category.NaN;
      case NonFiniteBehavior.NanOnly:
        if (sem.nanEncoding === NanEncoding.AllOnes && frac === sem.fractionMask) return Category.NaN;
        break;
      case NonFiniteBehavior.FiniteOnly:
        break;
    }
  }
  return Category.Normal;
}

/** True if `bits` is a NaN of `sem`. */
export function isNaN(sem: FloatSemantics, bits: bigint): boolean {
  return classify(sem, bits) === Category.NaN;
}

/** True if `bits` is an infinity of `sem` (either sign). */
export function isInf(sem: FloatSemantics, bits: bigint): boolean {
  return classify(sem, bits) === Category.Infinity;
}

/** True if `bits` is a zero of `sem` (either sign). */
export function isZero(sem: FloatSemantics, bits: bigint): boolean {
  return classify(sem, bits) === Category.Zero;
}

/** True if `bits` is finite: zero, denormal or normal. */
export function isFinite(sem: FloatSemantics, bits: bigint): boolean {
  const c = classify(sem, bits);
  return c === Category.Zero || c === Category.Normal;
}

/**
 * True if the sign of `bits` is negative, as `APFloat::isNegative` reports it:
 * NaNs have signs too (the `NegativeZero`-encoded NaN is negative), and an
 * `f8E8M0FNU` value is negative only through the detached sign flag.
 */
export function isNegative(sem: FloatSemantics, bits: bigint): boolean {
  if (!sem.hasSign) return ((bits >> BigInt(sem.width)) & BigInt(Extra.DetachedSign)) !== 0n;
  return (bits & sem.signMask) !== 0n;
}

/**
 * `-x`. Flips the sign, as `APFloat::changeSign`, except where the result
 * would have no encoding and no meaning: the single NaN and the zero of the
 * `NegativeZero`-encoded formats are returned unchanged, as is the NaN of
 * `f8E8M0FNU`.
 */
export function negate(sem: FloatSemantics, bits: bigint): bigint {
  if (!sem.hasSign) {
    if ((bits & sem.widthMask) === sem.widthMask) return bits;
    return bits ^ extra(sem, Extra.DetachedSign);
  }
  if (sem.nanEncoding === NanEncoding.NegativeZero && (bits & ~sem.signMask) === 0n) return bits;
  return bits ^ sem.signMask;
}

/**
 * The storage encoding of `bits` (what `APFloat::bitcastToAPInt` returns and
 * a dense elements attribute holds): the low `width` bits, except that a
 * negative `f8E8M0FNU` value also sets bit 7, as `APFloat` does (so `-1.0`
 * stores as the NaN `0xFF` and `-4.0` as `4.0`).
 */
export function storageBits(sem: FloatSemantics, bits: bigint): bigint {
  const raw = bits & sem.widthMask;
  if (!sem.hasSign && isNegative(sem, bits)) return raw | (1n << BigInt(sem.width - 1));
  return raw;
}

/**
 * The value `APFloat(sem, APInt(width, raw))` holds, as this module's bits:
 * `raw` masked to the width, and for `f80` re-encoded the way `APFloat`
 * canonicalizes it (unnormals and pseudo-NaNs become NaNs with exponent
 * `0x7FFF`, pseudo-denormals get field 1). Identity for other formats.
 */
export function fromStorageBits(sem: FloatSemantics, raw: bigint): bigint {
  raw &= sem.widthMask;
  return sem.explicitIntegerBit ? pack(sem, unpack(sem, raw)) : raw;
}

/** Positive or negative zero; formats without `-0` give `+0`. Throws for `f8E8M0FNU`. */
export function zeroBits(sem: FloatSemantics, negative = false): bigint {
  if (!sem.hasZero) throw new RangeError(`${sem.name} has no zero`);
  return negative && sem.nanEncoding !== NanEncoding.NegativeZero ? sem.signMask : 0n;
}

/** An infinity. Throws for formats without infinities. */
export function infinityBits(sem: FloatSemantics, negative = false): bigint {
  if (!sem.hasInfinity) throw new RangeError(`${sem.name} has no infinity`);
  return pack(sem, { category: Category.Infinity, sign: negative, exponent: 0, significand: 0n });
}

/**
 * The quiet NaN `APFloat::makeNaN` builds: for IEEE formats the quiet bit
 * (and for `f80` the integer bit), for `AllOnes` formats all ones, for
 * `NegativeZero` formats the sign-only pattern. Throws for formats without
 * NaN.
 */
export function nanBits(sem: FloatSemantics, negative = false): bigint {
  if (!sem.hasNaN) throw new RangeError(`${sem.name} has no NaN`);
  let significand: bigint;
  let sign = negative && sem.hasSign;
  if (sem.nonFinite === NonFiniteBehavior.NanOnly) {
    if (sem.nanEncoding === NanEncoding.NegativeZero) {
      sign = true;
      significand = 0n;
    } else {
      significand = sem.fractionMask;
    }
  } else {
    significand = 1n << BigInt(sem.precision - 2);
    if (sem.explicitIntegerBit) significand |= sem.integerBit;
  }
  return pack(sem, { category: Category.NaN, sign, exponent: 0, significand });
}

/** The largest finite value (negated if `negative` and the format is signed). */
export function largestBits(sem: FloatSemantics, negative = false): bigint {
  let significand = (sem.integerBit << 1n) - 1n;
  if (sem.nanEncoding === NanEncoding.AllOnes && sem.nonFinite === NonFiniteBehavior.NanOnly && sem.precision > 1) {
    significand -= 1n;
  }
  return packNormal(sem, negative && sem.hasSign, sem.maxExponent, significand);
}

/** The smallest positive normal value (`2^minExponent`). */
export function smallestNormalBits(sem: FloatSemantics, negative = false): bigint {
  return packNormal(sem, negative && sem.hasSign, sem.minExponent, sem.integerBit);
}
