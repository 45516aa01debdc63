/**
 * Printing float values as `mlir-opt` does.
 *
 * {@link toDecimalString} is `APFloat::toString`; {@link formatFloat} is
 * `printFloatValue` from MLIR's `AsmPrinter.cpp`, which picks between the
 * short scientific form, `APFloat`'s default form and a hex bit pattern.
 *
 * `APFloat::toString` is not a correctly rounded conversion, and matching
 * `mlir-opt` means matching its quirks: the exact decimal expansion first
 * loses low digits by truncating division (so a 6-digit request can come out
 * truncated rather than rounded), then the digit string is rounded half up
 * looking at a single digit.
 */
import { Category, fromStorageBits, storageBits, unpack } from "./bits.js";
import { parseDecimal, pow10, pow5 } from "./decimal.js";
import { toNumber } from "./convert.js";
import { bitLength, pow2, roundNumber, roundStatus } from "./round.js";
import { F64, FloatSemantics } from "./semantics.js";

const log2Of5 = 2.321928094887362;
const log2Of10 = 3.321928094887362;

// Reusable buffer for splitting doubles into fields (DataView fixes the order).
const view = new DataView(new ArrayBuffer(8));

/**
 * `APFloat::toString(str, formatPrecision, formatMaxPadding, truncateZero)`.
 *
 * `formatPrecision` is the number of significant digits (0: enough to
 * round-trip, `2 + floor(precision × 59 / 196)`); `formatMaxPadding` is the
 * number of zeros allowed before switching to scientific notation (0:
 * always scientific); `truncateZero` selects the short form (`1.0E+30`)
 * over the padded one (`1.000000e+30`). Infinities print as `+Inf`/`-Inf`,
 * NaNs as `NaN`.
 */
export function toDecimalString(
  sem: FloatSemantics,
  bits: bigint,
  formatPrecision = 0,
  formatMaxPadding = 3,
  truncateZero = true,
): string {
  const u = unpack(sem, bits);
  switch (u.category) {
    case Category.Infinity:
      return u.sign ? "-Inf" : "+Inf";
    case Category.NaN:
      return "NaN";
    case Category.Zero: {
      const sign = u.sign ? "-" : "";
      if (formatMaxPadding !== 0) return sign + "0";
      if (truncateZero) return sign + "0.0E+0";
      return sign + "0.0" + (formatPrecision > 1 ? "0".repeat(formatPrecision - 1) : "") + "e+00";
    }
    case Category.Normal:
      return formatNormal(
        u.sign,
        u.significand,
        u.exponent - sem.precision + 1,
        sem.precision,
        formatPrecision,
        formatMaxPadding,
        truncateZero,
      );
  }
}

/** Number of trailing zero bits of `x > 0`. */
function trailingZeros(x: bigint): number {
  let n = 0;
  while ((x & 0xffffffffn) === 0n) {
    x >>= 32n;
    n += 32;
  }
  const low = Number(x & 0xffffffffn);
  return n + 31 - Math.clz32(low & -low);
}

/** `toStringImpl` for `±sig × 2^exp`. */
function formatNormal(
  negative: boolean,
  sig: bigint,
  exp: number,
  semPrecision: number,
  formatPrecision: number,
  formatMaxPadding: number,
  truncateZero: boolean,
): string {
  const fp = formatPrecision === 0 ? 2 + Math.floor((semPrecision * 59) / 196) : formatPrecision;
  const tz = trailingZeros(sig);
  if (tz !== 0) {
    sig >>= BigInt(tz);
    exp += tz;
  }
  // The exact value is x × 10^e10 with x = sig × 2^exp or sig × 5^-exp.
  // Its bit length decides how many digits the first AdjustToPrecision
  // drops; for x = sig × 5^k take it from logarithms unless too close to
  // call, so the huge power is only built when needed.
  let x: bigint | undefined;
  let bits: number;
  if (exp >= 0) {
    bits = bitLength(sig) + exp;
  } else {
    const l = Math.log2(Number(sig)) - exp * log2Of5;
    const f = Math.floor(l);
    if (l - f > 1e-9 && f + 1 - l > 1e-9) {
      bits = f + 1;
    } else {
      x = sig * pow5(-exp);
      bits = bitLength(x);
    }
  }
  let e10 = exp >= 0 ? 0 : exp;
  // First AdjustToPrecision: drop whole decimal digits by truncating division,
  // keeping at least (fp × 196 + 58) / 59 bits. 196/59 overestimates log2(10).
  const bitsRequired = Math.floor((fp * 196 + 58) / 59);
  const tens = bits > bitsRequired ? Math.floor(((bits - bitsRequired) * 59) / 196) : 0;
  if (tens > 0) {
    // x / 10^tens; for x = sig × 5^k this is sig × 5^(k - tens) / 2^tens.
    if (exp < 0 && tens <= -exp) x = (sig * pow5(-exp - tens)) >> BigInt(tens);
    else x = (x ?? (exp >= 0 ? sig << BigInt(exp) : sig * pow5(-exp))) / pow10(tens);
    e10 += tens;
  } else if (x === undefined) {
    x = exp >= 0 ? sig << BigInt(exp) : sig * pow5(-exp);
  }
  let digits = x.toString();
  let n = digits.length;
  while (digits.charCodeAt(n - 1) === 48) {
    n--;
    e10++;
  }
  // Second AdjustToPrecision: keep fp digits, rounding half up on the next one.
  if (n > fp) {
    let keep = fp;
    if (digits.charCodeAt(fp) < 53) {
      while (digits.charCodeAt(keep - 1) === 48) keep--;
      e10 += n - keep;
      digits = digits.slice(0, keep);
    } else {
      while (keep > 0 && digits.charCodeAt(keep - 1) === 57) keep--;
      if (keep === 0) {
        e10 += n;
        digits = "1";
      } else {
        e10 += n - keep;
        digits = digits.slice(0, keep - 1) + String.fromCharCode(digits.charCodeAt(keep - 1) + 1);
      }
    }
  } else if (n !== digits.length) {
    digits = digits.slice(0, n);
  }
  return layout(negative, digits, e10, fp, formatMaxPadding, truncateZero);
}

/** Lays out `digits × 10^e10` as `toStringImpl` does. */
function layout(
  negative: boolean,
  digits: string,
  e10: number,
  fp: number,
  formatMaxPadding: number,
  truncateZero: boolean,
): string {
  const sign = negative ? "-" : "";
  const nd = digits.length;
  let scientific: boolean;
  if (formatMaxPadding === 0) scientific = true;
  else if (e10 >= 0) scientific = e10 > formatMaxPadding || nd + e10 > fp;
  else {
    const msd = e10 + nd - 1;
    scientific = msd < 0 && -msd > formatMaxPadding;
  }
  if (scientific) {
    let e = e10 + nd - 1;
    let s = sign + digits[0] + ".";
    if (nd === 1 && truncateZero) s += "0";
    else s += digits.slice(1);
    if (!truncateZero && fp > nd - 1) s += "0".repeat(fp - nd + 1);
    s += truncateZero ? "E" : "e";
    s += e >= 0 ? "+" : "-";
    if (e < 0) e = -e;
    return s + (!truncateZero && e < 10 ? "0" : "") + e;
  }
  if (e10 >= 0) return sign + digits + "0".repeat(e10);
  const whole = e10 + nd;
  if (whole > 0) return sign + digits.slice(0, whole) + "." + digits.slice(whole);
  return sign + "0." + "0".repeat(-whole) + digits;
}

// The last toExponential result: formatFloat's two attempts usually ask
// for the same digits of the same value.
let lastValue = NaN;
let lastDigits = 0;
let lastString = "";

/**
 * {@link toDecimalString} for a positive double `v` without `bigint`s, or
 * `undefined` when this cannot prove its answer (rare; the caller falls back).
 *
 * With `v = sig × 2^exp` (`sig` odd), `APFloat` works on the integer
 * `X = sig × 5^-exp` (or `sig × 2^exp`) of `b` bits, truncates `t` digits
 * (`t` depends only on `b`) leaving `Y` with `d = E10 + 1 - e - t` digits,
 * where `E10 = floor(log10 v)` and `e = min(exp, 0)`. Then, if `d > fp`, it
 * rounds half up on digit `fp + 1`, else keeps `Y`. Either way only the
 * truncated leading `fp + 1` digits of `v` matter, and JS `toExponential`
 * gives them exactly unless its correctly rounded tail is all zeros while
 * `v` has more digits than it shows (then rounding may have crossed a digit
 * boundary and we bail out). `b` needs `log2`; values within 1e-9 of an
 * integer bail out too (the float error here is below 1e-11).
 */
function formatDoubleFast(
  negative: boolean,
  v: number,
  semPrecision: number,
  formatPrecision: number,
  formatMaxPadding: number,
  truncateZero: boolean,
): string | undefined {
  view.setFloat64(0, v);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let high = hi & 0xfffff;
  if (biased !== 0) high += 0x100000;
  let exp = (biased === 0 ? 1 : biased) - 1075;
  // Strip trailing zero bits of the 53-bit significand high:lo.
  let sig: number;
  if (lo !== 0) {
    const tz = 31 - Math.clz32(lo & -lo);
    exp += tz;
    sig = high * pow2(32 - tz) + (lo >>> tz);
  } else {
    const tz = 31 - Math.clz32(high & -high);
    exp += 32 + tz;
    sig = high >>> tz;
  }
  const bl = sig >= 2 ** 32 ? 64 - Math.clz32(Math.floor(sig / 2 ** 32)) : 32 - Math.clz32(sig);
  let e: number;
  let b: number;
  if (exp >= 0) {
    e = 0;
    b = bl + exp;
  } else {
    e = exp;
    const l = Math.log2(sig) - exp * log2Of5;
    const f = Math.floor(l);
    if (l - f < 1e-9 || f + 1 - l < 1e-9) return undefined;
    b = f + 1;
  }
  const fp = formatPrecision === 0 ? 2 + Math.floor((semPrecision * 59) / 196) : formatPrecision;
  const bitsRequired = Math.floor((fp * 196 + 58) / 59);
  const t = b > bitsRequired ? Math.floor(((b - bitsRequired) * 59) / 196) : 0;
  // Up to 17 digits toExponential stays on V8's fast path; keep >= 5 guard digits.
  const g = fp + 1 <= 12 ? 17 : fp + 8;
  let r: string;
  if (v === lastValue && g === lastDigits) {
    r = lastString;
  } else {
    r = lastString = v.toExponential(g - 1);
    lastValue = v;
    lastDigits = g;
  }
  // r is "d.ddd…e±x": digit i is at index i (i = 0) or i + 1.
  let tailZero = true;
  for (let i = fp + 2; i <= g; i++) {
    if (r.charCodeAt(i) !== 48) {
      tailZero = false;
      break;
    }
  }
  // X < 2^b <= 10^(g-1) means v has fewer than g digits: r is exact.
  if (tailZero && b > Math.floor((g - 1) * 3.3219)) return undefined;
  const e10Top = Number(r.slice(g + 2));
  const d = e10Top + 1 - e - t;
  let n = d > fp ? fp : d;
  let digits = r[0]! + r.slice(2, n + 1);
  let top = e10Top;
  if (d > fp && r.charCodeAt(fp + 1) >= 53) {
    while (n > 0 && digits.charCodeAt(n - 1) === 57) n--;
    if (n === 0) {
      digits = "1";
      top++;
    } else {
      digits = digits.slice(0, n - 1) + String.fromCharCode(digits.charCodeAt(n - 1) + 1);
    }
  }
  n = digits.length;
  while (digits.charCodeAt(n - 1) === 48) n--;
  if (n !== digits.length) digits = digits.slice(0, n);
  return layout(negative, digits, top - n + 1, fp, formatMaxPadding, truncateZero);
}

/**
 * {@link toDecimalString} for finite non-zero `bits`, through the fast path
 * when the format's values are doubles.
 * @internal Exported for tests.
 */
export function formatFinite(sem: FloatSemantics, bits: bigint, fp: number, maxPadding: number, truncateZero: boolean): string {
  if (sem.precision <= 53) {
    const v = toNumber(sem, bits);
    const negative = v < 0;
    const s = formatDoubleFast(negative, negative ? -v : v, sem.precision, fp, maxPadding, truncateZero);
    if (s !== undefined) return s;
  }
  return toDecimalString(sem, bits, fp, maxPadding, truncateZero);
}

/**
 * Whether parsing `text` back into `sem` (`APFloat(sem, text)`) gives
 * exactly `bits`, whose value (when `sem` fits a double) is `v`.
 *
 * Fast path: every rounding boundary (midpoint) of a format with at most 52
 * bits of precision and a smaller range is a double, so if the nearest
 * double to `text` is not itself a midpoint, it rounds like `text` does
 * (no boundary can lie between a number and its nearest double). `f64` is
 * its own nearest double. Everything else goes through exact arithmetic.
 */
function reparsesTo(sem: FloatSemantics, text: string, bits: bigint, v: number): boolean {
  if (sem === F64) return Object.is(Number(text), v);
  if (sem.precision <= 52) {
    const rounded = roundNumber(sem, Number(text));
    if (!roundStatus.tie) return rounded === bits;
  }
  return parseDecimal(sem, text) === bits;
}

// Formats of up to 16 bits have few values and are common in dense data
// (f16, bf16, the f8 types): their strings are memoized per encoding.
const narrowCaches = new Map<FloatSemantics, (string | undefined)[]>();

/**
 * The text `mlir-opt` prints for a `FloatAttr` (or dense element) of format
 * `sem` holding `bits`: the 6-digit scientific form (`1.000000e-01`) when
 * it parses back to the same value, else `APFloat`'s default form
 * (`0.10000000000000001`, `1.0E+30`) if that contains a `.`, else, and for
 * infinities and NaNs, the storage bits in hex (`0x7FC00000`, no padding).
 *
 * Pass dense element values through as storage bits; they decode the same.
 * Costs about a microsecond for `f32`/`f64`; strings of formats up to 16
 * bits are cached.
 */
export function formatFloat(sem: FloatSemantics, bits: bigint): string {
  if (sem.width <= 16 && bits <= sem.widthMask) {
    let cache = narrowCaches.get(sem);
    if (cache === undefined) {
      cache = new Array<string | undefined>(2 ** sem.width).fill(undefined);
      narrowCaches.set(sem, cache);
    }
    return (cache[Number(bits)] ??= formatUncached(sem, bits));
  }
  return formatUncached(sem, bits);
}

function formatUncached(sem: FloatSemantics, bits: bigint): string {
  if (sem.precision <= 53) {
    // Every value is a double: classify and format through it.
    const v = toNumber(sem, bits);
    if (v === 0) return 1 / v < 0 ? "-0.000000e+00" : "0.000000e+00";
    if (v - v === 0) {
      const negative = v < 0;
      const a = negative ? -v : v;
      const short = formatDoubleFast(negative, a, sem.precision, 6, 0, false) ?? toDecimalString(sem, bits, 6, 0, false);
      if (reparsesTo(sem, short, bits, v)) return short;
      const long = formatDoubleFast(negative, a, sem.precision, 0, 3, true) ?? toDecimalString(sem, bits);
      if (long.includes(".")) return long;
    }
    return formatHex(sem, bits);
  }
  if (sem.explicitIntegerBit) bits = fromStorageBits(sem, bits);
  const u = unpack(sem, bits);
  if (u.category === Category.Zero) return u.sign ? "-0.000000e+00" : "0.000000e+00";
  if (u.category === Category.Normal) {
    const short = toDecimalString(sem, bits, 6, 0, false);
    // Denormals may round-trip from far-off decimals; check those exactly.
    const normal = u.significand >= sem.integerBit;
    if ((!normal || mayEqual(short, u.significand, u.exponent - sem.precision + 1)) && reparsesTo(sem, short, bits, NaN)) {
      return short;
    }
    const long = toDecimalString(sem, bits);
    if (long.includes(".")) return long;
  }
  return formatHex(sem, bits);
}

/**
 * False if the scientific-notation `text` is too far from `sig × 2^exp` to
 * round to it in a format of at most 113 bits. Compares logarithms (error
 * below 1e-11 for any exponent these formats reach), sparing the exact
 * check and its large powers of five for most values.
 */
function mayEqual(text: string, sig: bigint, exp: number): boolean {
  const e = text.indexOf("e");
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  const mantissa = Number(text.slice(start, e));
  const l2Text = Math.log2(mantissa) + Number(text.slice(e + 1)) * log2Of10;
  const l2Value = Math.log2(Number(sig)) + exp;
  return Math.abs(l2Text - l2Value) < 1e-9;
}

/** The storage bits of `bits` as MLIR prints them: `0x` and uppercase hex digits. */
export function formatHex(sem: FloatSemantics, bits: bigint): string {
  return "0x" + storageBits(sem, bits).toString(16).toUpperCase();
}
