/**
 * Summary statistics for benchmark samples: location (median, mean,
 * quantiles), a distribution-free confidence interval of the median, and
 * the standard normal distribution that the tests in this folder
 * approximate with.
 *
 * Benchmark times are skewed (a floor, then a long tail of interrupted
 * runs), so the median and order-statistic intervals are the primary
 * summaries; nothing here assumes normality of the data.
 */

/**
 * Arithmetic mean. NaN for an empty sample.
 */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/** Ascending numeric copy (`Array.prototype.sort` compares strings by default). */
export function sortedCopy(xs: readonly number[]): number[] {
  return xs.slice().sort((a, b) => a - b);
}

/**
 * Sample quantile of an ascending sample, by linear interpolation between
 * the order statistics at rank `(n - 1) q` (Hyndman and Fan's type 7, the
 * default of R's `quantile` and NumPy's `percentile`).
 *
 * `sorted` must already be ascending (see {@link sortedCopy}); this is not
 * checked. NaN for an empty sample or `q` outside [0, 1].
 */
export function quantile(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0 || !(q >= 0 && q <= 1)) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Sample median (the mean of the two middle values for an even count).
 * NaN for an empty sample. Sorts a copy: O(n log n).
 */
export function median(xs: readonly number[]): number {
  return quantile(sortedCopy(xs), 0.5);
}

/**
 * Distribution-free confidence interval of the median from order
 * statistics (the binomial, or sign-test, interval; Conover, "Practical
 * Nonparametric Statistics", sec. 3.2).
 *
 * Each value lies below the population median with probability 1/2, so the
 * number B of values below it is binomial(n, 1/2), and the interval
 * [x(k), x(n-k+1)] (1-based ranks) covers the median with probability
 * P(k <= B <= n-k) = 1 - 2 P(B <= k-1). The largest such k with coverage at
 * least `level` gives the narrowest symmetric interval; the actual coverage
 * is at least `level` (for n = 10 at 95% it is x(2)..x(9), 97.9%).
 *
 * The binomial CDF is summed exactly (in log space, so 2^-n does not
 * underflow) up to n = 5,000 and taken from the normal approximation with
 * continuity correction beyond. When no pair of ranks reaches `level`
 * (n <= 5 at 95%) the interval is the whole sample, min..max. NaN..NaN for
 * an empty sample; `level` must lie in (0, 1).
 */
export function medianConfidenceInterval(xs: readonly number[], level = 0.95): { low: number; high: number } {
  const n = xs.length;
  if (n === 0 || !(level > 0 && level < 1)) return { low: NaN, high: NaN };
  const sorted = sortedCopy(xs);
  const k = Math.max(1, medianIntervalRank(n, level));
  return { low: sorted[k - 1]!, high: sorted[n - k]! };
}

/**
 * The 1-based rank k such that [x(k), x(n-k+1)] is the order-statistic
 * interval of {@link medianConfidenceInterval}: the largest k with
 * P(B <= k-1) <= (1 - level) / 2 for B ~ binomial(n, 1/2), or 0 when even
 * k = 1 does not reach `level`.
 */
export function medianIntervalRank(n: number, level: number): number {
  const tail = (1 - level) / 2;
  if (n <= exactBinomialLimit) {
    // Accumulate P(B = j) upward until the CDF would pass the tail mass.
    const logHalfN = -n * Math.LN2;
    let logPmf = logHalfN; // log P(B = 0)
    let cdf = 0;
    let k = 0;
    for (let j = 0; j < n; j++) {
      cdf += Math.exp(logPmf);
      if (cdf > tail) break;
      k = j + 1; // P(B <= j) <= tail, so rank j + 1 is allowed
      logPmf += Math.log((n - j) / (j + 1));
    }
    return k; // never above n/2: P(B <= j) >= 1/2 > tail from j = floor(n/2) on
  }
  // Normal approximation: P(B <= k-1) ~ Phi((k - 1 + 0.5 - n/2) / (sqrt(n)/2)).
  const z = normalQuantile(tail);
  const k = Math.floor(n / 2 + 0.5 + (z * Math.sqrt(n)) / 2);
  return Math.max(0, Math.min(k, Math.floor(n / 2)));
}

/** Above this sample size the binomial CDF is approximated by the normal. */
const exactBinomialLimit = 5000;

/**
 * Standard normal CDF, Phi(z), from the complementary error function.
 * Relative error below 1.2e-7 in both tails (see {@link erfc}), so small
 * p-values keep their significant digits.
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Upper tail of the standard normal, 1 - Phi(z), without the cancellation
 * of `1 - normalCdf(z)` for large z.
 */
export function normalSurvival(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/**
 * Complementary error function by the Chebyshev fit of Numerical Recipes
 * (`erfcc`, Press et al., 2nd ed., sec. 6.2): fractional error below 1.2e-7
 * everywhere.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * Inverse of the standard normal CDF (the probit), by Acklam's rational
 * approximation (relative error below 1.15e-9 on (0, 1)). NaN outside
 * (0, 1); -Infinity/Infinity at 0/1.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    // Tails: rational function of sqrt(-2 log p).
    const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
    const x =
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
    return p < low ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
