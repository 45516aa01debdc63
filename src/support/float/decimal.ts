/**
 * Exact decimal-to-binary conversion: what `APFloat(sem, "1.5e-3")`
 * (`convertFromString` with `rmNearestTiesToEven`) produces.
 *
 * `APFloat` computes with growing precision until the rounding is decided,
 * which amounts to correct rounding of the exact decimal value; here the
 * exact value is a `bigint` ratio rounded once by `roundBig`.
 */
import { bitLength, roundBig } from "./round.js";
import { FloatSemantics } from "./semantics.js";

// 5^k is cached for k < 1024 (doubles need up to 5^1074) and for multiples
// of 1024, so any power the wide formats need (up to 5^16500) costs at most
// one multiplication.
const pow5Small: bigint[] = [1n];
const pow5Large: bigint[] = [1n];

function smallPow5(k: number): bigint {
  const cache = pow5Small;
  while (cache.length <= k) cache.push(cache[cache.length - 1]! * 5n);
  return cache[k]!;
}

/** `5^k` for `k >= 0`. @internal */
export function pow5(k: number): bigint {
  if (k < 1024) return smallPow5(k);
  const high = k >> 10;
  const cache = pow5Large;
  while (cache.length <= high) cache.push(cache[cache.length - 1]! * smallPow5(1023) * 5n);
  return cache[high]! * smallPow5(k & 1023);
}

/** `10^k` for `k >= 0`. @internal */
export function pow10(k: number): bigint {
  return pow5(k) << BigInt(k);
}

const log2Of10 = 3.321928094887362;

/**
 * Rounds `±digits × 10^exp10` to `sem` (correctly, ties to even, with
 * `APFloat`'s overflow and zero rules). `digits` must be `>= 0`.
 */
export function decimalToBits(sem: FloatSemantics, negative: boolean, digits: bigint, exp10: number): bigint {
  if (digits === 0n) return roundBig(sem, negative, 0n, 0, false);
  const length = bitLength(digits);
  // log2 of the value lies in (estimate - 1, estimate], up to float error;
  // far outside the range, skip the huge powers.
  const estimate = length + exp10 * log2Of10;
  if (estimate - 2 > sem.maxExponent + 1) return roundBig(sem, negative, 1n, sem.maxExponent + 1, false);
  if (estimate + 2 < sem.minExponent - sem.precision) return roundBig(sem, negative, 0n, 0, true);
  if (exp10 >= 0) return roundBig(sem, negative, digits * pow10(exp10), 0, false);
  // digits / 10^k = (digits · 2^s / 5^k) · 2^(-s-k); s leaves p + 2 quotient bits.
  const k = -exp10;
  const divisor = pow5(k);
  const s = Math.max(0, sem.precision + 3 - length + bitLength(divisor));
  const numerator = digits << BigInt(s);
  const quotient = numerator / divisor;
  return roundBig(sem, negative, quotient, -s - k, quotient * divisor !== numerator);
}

/**
 * `APFloat(sem, text)` for a decimal string `[+-]?[0-9]*(\.[0-9]*)?([eE][+-]?[0-9]+)?`
 * with at least one digit. Throws a `SyntaxError` for anything else.
 */
export function parseDecimal(sem: FloatSemantics, text: string): bigint {
  const n = text.length;
  let i = 0;
  let negative = false;
  if (i < n && (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 43)) negative = text.charCodeAt(i++) === 45;
  let digits = "";
  let fractionDigits = 0;
  let seenDot = false;
  let any = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      any = true;
      // Leading zeros carry no value; skipping them keeps the string short.
      if (digits.length !== 0 || c !== 48) digits += text[i];
      if (seenDot) fractionDigits++;
    } else if (c === 46 && !seenDot) {
      seenDot = true;
    } else {
      break;
    }
  }
  let exponent = 0;
  if (i < n && (text.charCodeAt(i) | 32) === 101) {
    i++;
    let expNegative = false;
    if (i < n && (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 43)) expNegative = text.charCodeAt(i++) === 45;
    const start = i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      // Saturate: beyond this, the value is zero or infinite in every format.
      if (exponent < 1e8) exponent = exponent * 10 + (c - 48);
    }
    if (i === start) any = false;
    if (expNegative) exponent = -exponent;
  }
  if (!any || i !== n) throw new SyntaxError(`invalid decimal float '${text}'`);
  return decimalToBits(sem, negative, digits.length === 0 ? 0n : BigInt(digits), exponent - fractionDigits);
}
