/**
 * Comparison of two benchmark samples (times of one benchmark before and
 * after a change), as `asv compare` does: a ratio of medians, and a verdict
 * only when the difference is both statistically significant and larger
 * than the uncertainty of the medians.
 */
import { mannWhitneyU } from "./mann-whitney.js";
import { median, medianConfidenceInterval } from "./summary.js";

/** Options of {@link compareSamples}. */
export interface CompareOptions {
  /** Significance level of the Mann-Whitney test; default 0.05. */
  alpha?: number;
}

/** Result of {@link compareSamples}. */
export interface Comparison {
  /** median(after) / median(before): above 1 is slower, since samples are times. */
  ratio: number;
  /** Two-sided Mann-Whitney p-value of `after` against `before`. */
  p: number;
  /** Whether the change is real by both criteria of {@link compareSamples}. */
  significant: boolean;
  /** "worse" (slower) or "better" (faster) when significant, else "same". */
  direction: "better" | "worse" | "same";
}

/** Level of the median confidence intervals whose overlap vetoes significance. */
const intervalLevel = 0.95;

/**
 * Compares two samples of times. `significant` requires both
 * - the two-sided Mann-Whitney U test (see `mannWhitneyU`) to give
 *   p < `alpha`, and
 * - the 95% order-statistic confidence intervals of the two medians (see
 *   `medianConfidenceInterval`) not to overlap,
 * so that a tiny but consistent shift in large samples, or a shift in the
 * tails that leaves the medians alone, is not reported. Samples with fewer
 * than two values are never significant. `direction` follows the ratio of
 * medians when significant and is "same" otherwise.
 *
 * The ratio is NaN when either sample is empty, and Infinity or NaN when
 * median(before) is 0.
 */
export function compareSamples(before: readonly number[], after: readonly number[], options: CompareOptions = {}): Comparison {
  const alpha = options.alpha ?? 0.05;
  const ratio = median(after) / median(before);
  const { p } = mannWhitneyU(after, before);
  let significant = false;
  if (before.length >= 2 && after.length >= 2 && p < alpha) {
    const ciBefore = medianConfidenceInterval(before, intervalLevel);
    const ciAfter = medianConfidenceInterval(after, intervalLevel);
    significant = ciAfter.low > ciBefore.high || ciAfter.high < ciBefore.low;
  }
  const direction = !significant ? "same" : ratio > 1 ? "worse" : "better";
  return { ratio, p, significant, direction };
}
