/**
 * Rounding exact values into a format, as `APFloat::normalize` does with
 * `rmNearestTiesToEven`.
 *
 * Two entry points share one contract: {@link roundBig} takes an exact
 * `bigint` significand (any precision, used for decimal strings and the
 * wide formats) and {@link roundNumber} takes a JS double (the hot path when
 * parsing literals and folding). Both report what happened in
 * {@link roundStatus} instead of allocating a result object.
 *
 * `APFloat` details reproduced here: overflow gives infinity, NaN for the
 * NaN-only formats, or the largest finite value for the finite-only ones; in
 * `AllOnes`-NaN formats the all-ones significand at the top exponent is an
 * overflow; a result of zero becomes `+0` where `-0` is NaN and the smallest
 * normal where there is no zero (`f8E8M0FNU`).
 */
import { Category, Extra, nanBits, pack, packNormal } from "./bits.js";
import { F32, F64, FloatSemantics, NanEncoding, NonFiniteBehavior } from "./semantics.js";

/**
 * Flags of the most recent rounding. Overwritten by every call of
 * {@link roundBig}, {@link roundNumber} and the conversions built on them.
 * @internal
 */
export const roundStatus = {
  /** The result differs from the exact input value. */
  inexact: false,
  /** The input was beyond the finite range (result is inf, NaN or saturated). */
  overflow: false,
  /** The result is denormal or zero and inexact. */
  underflow: false,
  /**
   * The input may have lain exactly halfway between two neighbours of the
   * format. Never missed; the `f32` path may set it spuriously.
   */
  tie: false,
};

function resetStatus(): void {
  roundStatus.inexact = false;
  roundStatus.overflow = false;
  roundStatus.underflow = false;
  roundStatus.tie = false;
}

/** Lost fraction of a truncation, as `APFloat`'s `lostFraction`. */
const enum Lost {
  Zero,
  LessThanHalf,
  Half,
  MoreThanHalf,
}

/** `APFloat::handleOverflow` for round-to-nearest. @internal */
export function overflowBits(sem: FloatSemantics, sign: boolean): bigint {
  roundStatus.overflow = true;
  roundStatus.inexact = true;
  switch (sem.nonFinite) {
    case NonFiniteBehavior.IEEE754:
      return pack(sem, { category: Category.Infinity, sign, exponent: 0, significand: 0n });
    case NonFiniteBehavior.NanOnly:
      return nanBits(sem, sign);
    case NonFiniteBehavior.FiniteOnly: {
      const significand = (sem.integerBit << 1n) - 1n;
      return packNormal(sem, sign, sem.maxExponent, significand);
    }
  }
}

/** A zero result, canonicalized as `APFloat::normalize` does. @internal */
export function zeroResult(sem: FloatSemantics, sign: boolean): bigint {
  if (!sem.hasZero) return packNormal(sem, false, sem.minExponent, sem.integerBit);
  if (!sign || sem.nanEncoding === NanEncoding.NegativeZero) return 0n;
  return sem.signMask;
}

/** True when the all-ones significand at `maxExponent` is NaN, not a number. */
function allOnesIsNaN(sem: FloatSemantics): boolean {
  return sem.nonFinite === NonFiniteBehavior.NanOnly && sem.nanEncoding === NanEncoding.AllOnes && sem.precision > 1;
}

let bigBitLengthScratch = "";

/** Number of bits of `x >= 0` (0 for 0). @internal */
export function bitLength(x: bigint): number {
  if (x < 0x100000000n) return 32 - Math.clz32(Number(x));
  bigBitLengthScratch = x.toString(16);
  return (bigBitLengthScratch.length - 1) * 4 + 32 - Math.clz32(parseInt(bigBitLengthScratch[0]!, 16));
}

/**
 * Rounds `±(mant × 2^exp2 + δ)` to `sem`, where `δ` is some value in
 * `(0, 2^exp2)` when `sticky` is set and 0 otherwise.
 *
 * Callers passing `mant = 0` with `sticky` promise the value is below half
 * the smallest denormal (it becomes a zero).
 * @internal
 */
export function roundBig(sem: FloatSemantics, sign: boolean, mant: bigint, exp2: number, sticky: boolean): bigint {
  resetStatus();
  if (mant === 0n) {
    if (!sticky) {
      roundStatus.inexact = !sem.hasZero || (sign && sem.nanEncoding === NanEncoding.NegativeZero);
      return zeroResult(sem, sign);
    }
    roundStatus.inexact = true;
    roundStatus.underflow = true;
    return zeroResult(sem, sign);
  }
  const length = bitLength(mant);
  const e = length - 1 + exp2;
  if (e > sem.maxExponent) return overflowBits(sem, sign);
  const exponent = e > sem.minExponent ? e : sem.minExponent;
  const shift = exponent - sem.precision + 1 - exp2;
  let sig: bigint;
  let lost: Lost;
  if (shift <= 0) {
    sig = mant << BigInt(-shift);
    lost = sticky ? Lost.LessThanHalf : Lost.Zero;
  } else if (shift > length) {
    // mant < 2^length <= 2^(shift - 1): below half the last place.
    sig = 0n;
    lost = Lost.LessThanHalf;
  } else {
    const s = BigInt(shift);
    sig = mant >> s;
    const rem = mant - (sig << s);
    const half = 1n << (s - 1n);
    if (rem === 0n) lost = sticky ? Lost.LessThanHalf : Lost.Zero;
    else if (rem < half) lost = Lost.LessThanHalf;
    else if (rem === half) lost = sticky ? Lost.MoreThanHalf : Lost.Half;
    else lost = Lost.MoreThanHalf;
  }
  const top = sem.integerBit << 1n;
  if (allOnesIsNaN(sem) && exponent === sem.maxExponent && sig === top - 1n) return overflowBits(sem, sign);
  if (lost === Lost.Zero) return packNormal(sem, sign, exponent, sig);
  roundStatus.inexact = true;
  roundStatus.tie = lost === Lost.Half;
  let exp = exponent;
  if (lost === Lost.MoreThanHalf || (lost === Lost.Half && (sig & 1n) !== 0n)) {
    sig += 1n;
    if (sig === top) {
      if (exp === sem.maxExponent) return overflowBits(sem, sign);
      sig >>= 1n;
      exp++;
    }
    if (allOnesIsNaN(sem) && exp === sem.maxExponent && sig === top - 1n) return overflowBits(sem, sign);
  }
  if (sig < sem.integerBit) roundStatus.underflow = true;
  if (sig === 0n) return zeroResult(sem, sign);
  return packNormal(sem, sign, exp, sig);
}

// 2^k for every k a double can hold: `2 ** k` with a variable exponent goes
// through Math.pow, several times slower than a load.
const pow2Table = new Float64Array(1023 + 1074 + 1);
for (let k = -1074; k <= 1023; k++) pow2Table[k + 1074] = 2 ** k;

/** `2^k` for integer `-1074 <= k <= 1023`. @internal */
export function pow2(k: number): number {
  return pow2Table[k + 1074]!;
}

// One reusable buffer for reading a double's fields; DataView fixes the byte
// order, so this is platform-neutral.
const view = new DataView(new ArrayBuffer(8));

/** The IEEE double encoding of `x` (NaN gives the default quiet NaN). @internal */
export function doubleBits(x: number): bigint {
  if (x !== x) return 0x7ff8000000000000n;
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

/** The double whose encoding is `bits`. @internal */
export function doubleFromBits(bits: bigint): number {
  view.setBigUint64(0, bits & 0xffffffffffffffffn);
  return view.getFloat64(0);
}

/** `floor(log2(a))` for finite `a > 0`, exactly. @internal */
export function ilogb(a: number): number {
  view.setFloat64(0, a);
  const e = (view.getUint32(0) >>> 20) & 0x7ff;
  if (e !== 0) return e - 1023;
  view.setFloat64(0, a * 2 ** 64);
  return ((view.getUint32(0) >>> 20) & 0x7ff) - 1023 - 64;
}

/**
 * Converts the double `x` to `sem` (`APFloat::convert` from `IEEEdouble`).
 * A JS NaN is taken as the default quiet NaN `0x7FF8000000000000`.
 * @internal
 */
export function roundNumber(sem: FloatSemantics, x: number): bigint {
  if (sem === F64) {
    resetStatus();
    return doubleBits(x);
  }
  if (sem === F32 && x === x) return roundF32(x);
  if (x !== x) {
    resetStatus();
    return nanFromDouble(sem);
  }
  const sign = x < 0 || (x === 0 && 1 / x < 0);
  if (x === 0) {
    resetStatus();
    roundStatus.inexact = !sem.hasZero || (sign && sem.nanEncoding === NanEncoding.NegativeZero);
    return zeroResult(sem, sign);
  }
  if (x === Infinity || x === -Infinity) {
    resetStatus();
    switch (sem.nonFinite) {
      case NonFiniteBehavior.IEEE754:
        return pack(sem, { category: Category.Infinity, sign, exponent: 0, significand: 0n });
      case NonFiniteBehavior.NanOnly:
        roundStatus.inexact = true;
        return nanBits(sem, sign);
      case NonFiniteBehavior.FiniteOnly:
        return pack(sem, { category: Category.Infinity, sign, exponent: 0, significand: 0n });
    }
  }
  if (sem.precision > 53) {
    // f80, f128: every double is exact there; go through the bigint path.
    const bits = doubleBits(x);
    const biased = Number(bits >> 52n) & 0x7ff;
    const frac = bits & 0xfffffffffffffn;
    if (biased === 0) return roundBig(sem, sign, frac, -1074, false);
    return roundBig(sem, sign, frac | 0x10000000000000n, biased - 1075, false);
  }
  return roundSmall(sem, sign, sign ? -x : x);
}

/** The largest float plus half an ulp: the midpoint where f32 overflows. */
const f32OverflowTie = 2 ** 128 - 2 ** 103;

/** {@link roundNumber} for `f32`: `Math.fround` rounds exactly as `APFloat` does. */
function roundF32(x: number): bigint {
  resetStatus();
  const r = Math.fround(x);
  if (r !== x) {
    roundStatus.inexact = true;
    if (r === Infinity || r === -Infinity) {
      if (x !== r) {
        roundStatus.overflow = true;
        roundStatus.tie = x === f32OverflowTie || x === -f32OverflowTie;
      }
    } else {
      roundStatus.underflow = r < 1.1754943508222875e-38 && r > -1.1754943508222875e-38;
      // At a midpoint, the other neighbour 2x - r is a float (2x - r is then
      // exact; otherwise rounding may make it look like one: harmless).
      const other = 2 * x - r;
      roundStatus.tie = Math.fround(other) === other;
    }
  }
  view.setFloat32(0, r);
  return BigInt(view.getUint32(0));
}

/**
 * The number path for formats with `precision <= 53` and a range inside the
 * double range: all arithmetic below is exact in doubles (scaling by powers
 * of two, floor, and a difference of two nearby values).
 */
function roundSmall(sem: FloatSemantics, sign: boolean, a: number): bigint {
  resetStatus();
  const e = ilogb(a);
  if (e > sem.maxExponent) return overflowBits(sem, sign);
  const p = sem.precision;
  let exp = e > sem.minExponent ? e : sem.minExponent;
  const scaled = a * pow2(p - 1 - exp);
  let sig = Math.floor(scaled);
  const rem = scaled - sig;
  const top = pow2(p);
  if (allOnesIsNaN(sem) && exp === sem.maxExponent && sig === top - 1) return overflowBits(sem, sign);
  if (rem !== 0) {
    roundStatus.inexact = true;
    roundStatus.tie = rem === 0.5;
    if (rem > 0.5 || (rem === 0.5 && sig % 2 === 1)) {
      sig += 1;
      if (sig === top) {
        if (exp === sem.maxExponent) return overflowBits(sem, sign);
        sig = top / 2;
        exp++;
      }
      if (allOnesIsNaN(sem) && exp === sem.maxExponent && sig === top - 1) return overflowBits(sem, sign);
    }
    if (sig < top / 2) roundStatus.underflow = true;
    if (sig === 0) return zeroResult(sem, sign);
  }
  if (sem.width > 53) return packNormal(sem, sign, exp, BigInt(sig));
  // Encode with number arithmetic (every field fits in 53 bits).
  if (!sem.hasSign) {
    return BigInt(exp + sem.bias + (sign ? pow2(sem.width) * Extra.DetachedSign : 0));
  }
  const intBit = top / 2;
  const normal = sig >= intBit;
  const biased = normal ? exp + sem.bias : 0;
  const frac = normal ? sig - intBit : sig;
  return BigInt((sign ? pow2(sem.width - 1) : 0) + biased * pow2(sem.fractionBits) + frac);
}

/** A double's default quiet NaN converted to `sem`. */
function nanFromDouble(sem: FloatSemantics): bigint {
  if (sem.nonFinite === NonFiniteBehavior.FiniteOnly) {
    // APFloat keeps the NaN category; the payload is the quiet bit shifted down.
    return pack(sem, { category: Category.NaN, sign: false, exponent: 0, significand: 1n << BigInt(sem.precision - 2) });
  }
  return nanBits(sem, false);
}
