/**
 * The Mann-Whitney U test (Wilcoxon rank-sum test): are two samples drawn
 * from the same distribution, against the alternative that one tends to be
 * larger? Rank-based, so it suits skewed benchmark timings.
 */
import { normalSurvival } from "./summary.js";

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyResult {
  /**
   * U of the first sample: the number of pairs (x from `a`, y from `b`)
   * with x > y, ties counting one half (SciPy's convention). It ranges over
   * 0..na*nb; na*nb/2 means no tendency either way.
   */
  u: number;
  /**
   * Normal score of `u`, tie- and continuity-corrected; positive when `a`
   * tends to be larger. 0 when the test is degenerate.
   */
  z: number;
  /** Two-sided p-value. */
  p: number;
}

/** Both samples at most this size and no ties: the exact distribution of U is used. */
export const exactMaxSize = 20;

/**
 * Two-sided Mann-Whitney U test of `a` against `b` (Mann and Whitney, 1947;
 * the same statistic as Wilcoxon's rank-sum test).
 *
 * Ranks the pooled sample, giving tied values the average of their ranks;
 * U = R_a - na (na + 1) / 2 where R_a is the rank sum of `a`.
 * - Without ties and with both samples of at most {@link exactMaxSize}
 *   values, p is exact: 2 P(U <= min(U_a, U_b)) under the null hypothesis,
 *   from the counts of {@link exactUDistribution}.
 * - Otherwise the normal approximation: mean na nb / 2 and the
 *   tie-corrected variance na nb / 12 ((N + 1) - sum(t^3 - t) / (N (N - 1)))
 *   over tie groups of size t, with a continuity correction of 1/2.
 *
 * p = 1 when either sample is empty or all values are equal (nothing to
 * rank). O((na + nb) log(na + nb)), plus O(na nb min(na, nb)) for the exact
 * case.
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return { u: 0, z: 0, p: 1 };
  const { rankSumA, tieTerm } = rankPooled(a, b);
  const u = rankSumA - (na * (na + 1)) / 2;
  const n = na + nb;
  const mu = (na * nb) / 2;
  const variance = ((na * nb) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(variance > 0)) return { u, z: 0, p: 1 };
  const d = u - mu;
  const z = (Math.sign(d) * Math.max(0, Math.abs(d) - 0.5)) / Math.sqrt(variance);
  if (tieTerm === 0 && na <= exactMaxSize && nb <= exactMaxSize) {
    const counts = exactUDistribution(na, nb);
    const uMin = Math.min(u, na * nb - u);
    let below = 0;
    let total = 0;
    for (let k = 0; k < counts.length; k++) {
      total += counts[k]!;
      if (k <= uMin) below += counts[k]!;
    }
    return { u, z, p: Math.min(1, (2 * below) / total) };
  }
  return { u, z, p: Math.min(1, 2 * normalSurvival(Math.abs(z))) };
}

/**
 * Ranks the pooled sample (1-based, average ranks for ties) and returns the
 * rank sum of `a` and the tie term sum(t^3 - t) over groups of equal values.
 */
function rankPooled(a: readonly number[], b: readonly number[]): { rankSumA: number; tieTerm: number } {
  const pooled: { value: number; fromA: boolean }[] = [];
  for (const value of a) pooled.push({ value, fromA: true });
  for (const value of b) pooled.push({ value, fromA: false });
  pooled.sort((x, y) => x.value - y.value);
  let rankSumA = 0;
  let tieTerm = 0;
  for (let i = 0; i < pooled.length; ) {
    let j = i + 1;
    while (j < pooled.length && pooled[j]!.value === pooled[i]!.value) j++;
    // Positions i..j-1 share ranks i+1..j, whose average is (i + 1 + j) / 2.
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (pooled[k]!.fromA) rankSumA += rank;
    const t = j - i;
    tieTerm += t * t * t - t;
    i = j;
  }
  return { rankSumA, tieTerm };
}

/**
 * Null distribution of U for samples of sizes `na` and `nb` without ties:
 * `counts[u]` is the number of the C(na + nb, na) equally likely orderings
 * of the pooled sample in which U = u.
 *
 * Dynamic programming over the largest pooled value (Mann and Whitney's
 * recurrence): it belongs to `a` and beats all j values of `b`, or to `b`
 * and beats none, so f(i, j; u) = f(i - 1, j; u - j) + f(i, j - 1; u).
 * Counts stay exact in doubles up to C(40, 20) ~ 1.4e11, far below 2^53.
 */
export function exactUDistribution(na: number, nb: number): Float64Array {
  // row[j] holds f(i, j; .) for the current i, as an array over u = 0..i*j.
  let row: Float64Array[] = [];
  for (let j = 0; j <= nb; j++) row.push(Float64Array.of(1)); // i = 0: U = 0 only
  for (let i = 1; i <= na; i++) {
    const next: Float64Array[] = [Float64Array.of(1)]; // j = 0: U = 0 only
    for (let j = 1; j <= nb; j++) {
      const f = new Float64Array(i * j + 1);
      const withA = row[j]!; // f(i - 1, j; .), shifted by j
      for (let u = 0; u < withA.length; u++) f[u + j] += withA[u]!;
      const withB = next[j - 1]!; // f(i, j - 1; .)
      for (let u = 0; u < withB.length; u++) f[u] += withB[u]!;
      next.push(f);
    }
    row = next;
  }
  return row[nb]!;
}
