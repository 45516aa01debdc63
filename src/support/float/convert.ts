/**
 * Conversions between formats and to and from JS numbers, with
 * `APFloat::convert`'s round-to-nearest-ties-to-even semantics.
 */
import { Category, nanBits, pack, unpack } from "./bits.js";
import { doubleFromBits, pow2, roundBig, roundNumber, roundStatus } from "./round.js";
import { F32, F64, F80, FloatSemantics, NanEncoding, NonFiniteBehavior } from "./semantics.js";

/** Result of {@link fromNumber}. */
export interface FloatConversion {
  /** The converted value (see `bits.ts` for the encoding). */
  bits: bigint;
  /** The result differs from the input (rounded, saturated, or changed category). */
  inexact: boolean;
  /** The input was beyond the finite range: the result is inf, NaN, or saturated. */
  overflow: boolean;
}

/**
 * Converts a double to `sem`, exactly as `APFloat::convert(sem,
 * rmNearestTiesToEven)` converts an `IEEEdouble` (denormals, ties to even,
 * overflow to inf, NaN for NaN-only formats, largest value for finite-only
 * formats; `-0` becomes `+0` where `-0` is NaN; zero becomes `2^-127` in
 * `f8E8M0FNU`). A JS NaN is taken as the default quiet NaN.
 */
export function fromNumber(sem: FloatSemantics, x: number): FloatConversion {
  const bits = roundNumber(sem, x);
  return { bits, inexact: roundStatus.inexact, overflow: roundStatus.overflow };
}

/** {@link fromNumber} without the flags, and without allocating a result. */
export function fromNumberBits(sem: FloatSemantics, x: number): bigint {
  return roundNumber(sem, x);
}

const view = new DataView(new ArrayBuffer(4));

/**
 * The value of `bits` as a double: exact for every format but `f80` and
 * `f128`, which round to nearest (ties to even, overflowing to infinity).
 * NaNs give `NaN` (payloads are lost).
 */
export function toNumber(sem: FloatSemantics, bits: bigint): number {
  if (sem === F64) return doubleFromBits(bits);
  if (sem === F32) {
    view.setUint32(0, Number(bits & 0xffffffffn));
    return view.getFloat32(0);
  }
  if (sem.precision > 53) return doubleFromBits(convertFloat(sem, F64, bits));
  if (bits <= sem.widthMask && sem.width <= 32) return narrowToNumber(sem, Number(bits));
  const u = unpack(sem, bits);
  switch (u.category) {
    case Category.Zero:
      return u.sign ? -0 : 0;
    case Category.Infinity:
      return u.sign ? -Infinity : Infinity;
    case Category.NaN:
      return NaN;
    case Category.Normal: {
      const v = Number(u.significand) * pow2(u.exponent - sem.precision + 1);
      return u.sign ? -v : v;
    }
  }
}

/** {@link toNumber} for an encoding (no flag bits) of a format of at most 32 bits. */
function narrowToNumber(sem: FloatSemantics, n: number): number {
  if (!sem.hasSign) return n === sem.exponentFieldMask ? NaN : pow2(n - sem.bias);
  const half = pow2(sem.width - 1);
  const negative = n >= half;
  if (negative) n -= half;
  const scale = pow2(sem.fractionBits);
  const frac = n % scale;
  const e = (n - frac) / scale;
  if (e === sem.exponentFieldMask) {
    if (sem.nonFinite === NonFiniteBehavior.IEEE754) {
      if (frac !== 0) return NaN;
      return negative ? -Infinity : Infinity;
    }
    if (sem.nanEncoding === NanEncoding.AllOnes && sem.nonFinite === NonFiniteBehavior.NanOnly && frac === scale - 1) {
      return NaN;
    }
  }
  if (n === 0 && negative && sem.nanEncoding === NanEncoding.NegativeZero) return NaN;
  const v = e === 0 ? frac * pow2(sem.minExponent - sem.precision + 1) : (frac + scale) * pow2(e - sem.bias - sem.precision + 1);
  return negative ? -v : v;
}

/**
 * Converts `bits` from format `from` to format `to` as `APFloat::convert`
 * does with `rmNearestTiesToEven`, including its NaN rules: NaN payloads are
 * shifted (truncating low bits), signalling NaNs become quiet, the
 * `NegativeZero` NaN becomes the default NaN, NaN-only targets get their
 * single NaN, and infinities become NaN in NaN-only formats.
 */
export function convertFloat(from: FloatSemantics, to: FloatSemantics, bits: bigint): bigint {
  if (from === to) return bits;
  const u = unpack(from, bits);
  switch (u.category) {
    case Category.Normal:
      // Values of formats up to 53 bits are doubles: take the number path.
      if (from.precision <= 53) return roundNumber(to, toNumber(from, bits));
      return roundBig(to, u.sign, u.significand, u.exponent - from.precision + 1, false);
    case Category.Zero:
      return roundNumber(to, u.sign ? -0 : 0);
    case Category.Infinity:
      return roundNumber(to, u.sign ? -Infinity : Infinity);
    case Category.NaN:
      return convertNaN(from, to, u.sign, u.significand);
  }
}

function convertNaN(from: FloatSemantics, to: FloatSemantics, sign: boolean, payload: bigint): bigint {
  roundStatus.inexact = false;
  roundStatus.overflow = false;
  if (to.nonFinite === NonFiniteBehavior.NanOnly) return nanBits(to, sign);
  const signaling = from.nonFinite === NonFiniteBehavior.IEEE754 && ((payload >> BigInt(from.precision - 2)) & 1n) === 0n;
  // x87 NaNs without the integer bit or the quiet bit have no counterpart.
  const x86Special = from === F80 && (payload >> 62n) !== 3n;
  const shift = to.precision - from.precision;
  if (shift < 0) {
    if (from.nonFinite !== NonFiniteBehavior.NanOnly) payload >>= BigInt(-shift);
  } else {
    payload <<= BigInt(shift);
  }
  if (from.nanEncoding === NanEncoding.NegativeZero && to.nanEncoding !== NanEncoding.NegativeZero) {
    return nanBits(to, false);
  }
  if (!x86Special && to === F80) payload |= to.integerBit;
  if (signaling) payload |= 1n << BigInt(to.precision - 2);
  return pack(to, { category: Category.NaN, sign, exponent: 0, significand: payload });
}
