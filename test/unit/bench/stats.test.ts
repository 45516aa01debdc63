// The statistics of tsdl-bench (bench/stats/): summaries and the median's
// confidence interval, the Mann-Whitney U test, before/after comparison and
// step detection over a history. Reference values for the tests come from
// textbook tables and SciPy 1.17 (`scipy.stats.mannwhitneyu`,
// `scipy.stats.binom`); all noise is seeded, so every run sees the same data.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  compareSamples,
  detectSteps,
  exactUDistribution,
  mannWhitneyU,
  mean,
  median,
  medianConfidenceInterval,
  medianIntervalRank,
  normalCdf,
  normalQuantile,
  normalSurvival,
  quantile,
} from "../../../bench/stats/index.js";
import { seededRandom as mulberry32 } from "../../../bench/workloads/random.js";

/** Standard normal deviates by the Box-Muller transform. */
function gaussian(random: () => number): () => number {
  return () => {
    let u = 0;
    while (u === 0) u = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

/** `level(i)` times (1 + noise * N(0, 1)), for i = 0..n-1. */
function noisySeries(n: number, level: (i: number) => number, noise: number, seed: number): number[] {
  const g = gaussian(mulberry32(seed));
  return Array.from({ length: n }, (_, i) => level(i) * (1 + noise * g()));
}

function assertClose(actual: number, expected: number, tolerance: number, message?: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message ?? ""} expected ${expected} ± ${tolerance}, got ${actual}`);
}

describe("summary", () => {
  test("mean, median and quantiles", () => {
    assert.equal(mean([1, 2, 3, 4]), 2.5);
    assert.ok(Number.isNaN(mean([])));
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([10, 9, 1, 100, 2]), 9); // numeric, not string, order
    assert.equal(median([7]), 7);
    assert.ok(Number.isNaN(median([])));
    // Type 7 (NumPy's default): numpy.percentile([1, 2, 3, 4], [0, 25, 50, 90, 100]).
    const xs = [1, 2, 3, 4];
    assert.equal(quantile(xs, 0), 1);
    assert.equal(quantile(xs, 0.25), 1.75);
    assert.equal(quantile(xs, 0.5), 2.5);
    assertClose(quantile(xs, 0.9), 3.7, 1e-12);
    assert.equal(quantile(xs, 1), 4);
    assert.ok(Number.isNaN(quantile([], 0.5)));
    assert.ok(Number.isNaN(quantile(xs, 1.5)));
  });

  test("median does not reorder its argument", () => {
    const xs = [3, 1, 2];
    median(xs);
    assert.deepEqual(xs, [3, 1, 2]);
  });

  test("normal distribution", () => {
    assertClose(normalCdf(0), 0.5, 1e-7);
    assertClose(normalCdf(1.96), 0.9750021048517795, 1e-7);
    assertClose(normalCdf(-1.96), 0.024997895148220435, 1e-8);
    // Relative accuracy far in the tail: scipy.stats.norm.sf(8).
    assertClose(normalSurvival(8) / 6.22096057427174e-16, 1, 1e-6);
    assertClose(normalQuantile(0.975), 1.959963984540054, 1e-8);
    assertClose(normalQuantile(0.001), -3.090232306167813, 1e-8);
    assert.equal(normalQuantile(0.5), 0);
  });

  test("median interval ranks match the binomial tables", () => {
    // Conover's table / scipy.stats.binom: x(2)..x(9) for n = 10 and
    // x(40)..x(61) for n = 100 at 95%.
    assert.equal(medianIntervalRank(10, 0.95), 2);
    assert.equal(medianIntervalRank(100, 0.95), 40);
    assert.equal(medianIntervalRank(100, 0.99), 37);
    // n <= 5 cannot reach 95% with any pair of ranks.
    assert.equal(medianIntervalRank(5, 0.95), 0);
    assert.equal(medianIntervalRank(6, 0.95), 1);
    // Exact near the switch, normal approximation beyond
    // (largest k with binom.cdf(k - 1, n, 0.5) <= 0.025).
    assert.equal(medianIntervalRank(5000, 0.95), 2431);
    assert.equal(medianIntervalRank(20000, 0.95), 9861);
  });

  test("median confidence interval on known data", () => {
    const ten = [10, 3, 7, 1, 5, 9, 2, 8, 4, 6];
    assert.deepEqual(medianConfidenceInterval(ten), { low: 2, high: 9 });
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    assert.deepEqual(medianConfidenceInterval(hundred), { low: 40, high: 61 });
    // Too few values for the level: the whole range.
    assert.deepEqual(medianConfidenceInterval([4, 2, 9]), { low: 2, high: 9 });
    assert.deepEqual(medianConfidenceInterval([4]), { low: 4, high: 4 });
    const empty = medianConfidenceInterval([]);
    assert.ok(Number.isNaN(empty.low) && Number.isNaN(empty.high));
  });

  test("median confidence interval contains the median and narrows as n grows", () => {
    const g = gaussian(mulberry32(7));
    let previousWidth = Infinity;
    for (const n of [10, 30, 100, 300, 1000, 10000]) {
      const xs = Array.from({ length: n }, () => 10 + g());
      const { low, high } = medianConfidenceInterval(xs);
      const m = median(xs);
      assert.ok(low <= m && m <= high, `n = ${n}`);
      assert.ok(low < 10 && 10 < high, `n = ${n}: the true median 10 is inside`);
      assert.ok(high - low < previousWidth, `n = ${n}: narrower`);
      previousWidth = high - low;
    }
    assert.ok(previousWidth < 0.1); // about 2 * 1.96 * 1.2533 / sqrt(10000)
  });
});

describe("Mann-Whitney U", () => {
  test("null distribution of U", () => {
    // Mann and Whitney's table for sizes 3 and 3: 20 orderings.
    assert.deepEqual([...exactUDistribution(3, 3)], [1, 1, 2, 3, 3, 3, 3, 2, 1, 1]);
    // Against brute force: every choice of the 5 positions of `a` among 11.
    const counts = new Array<number>(31).fill(0);
    for (let mask = 0; mask < 1 << 11; mask++) {
      let bits = 0;
      for (let i = 0; i < 11; i++) bits += (mask >> i) & 1;
      if (bits !== 5) continue;
      let u = 0; // pairs where a (bit set) is above b (bit clear)
      for (let i = 0; i < 11; i++) for (let j = 0; j < i; j++) if ((mask >> i) & 1 && !((mask >> j) & 1)) u++;
      counts[u]!++;
    }
    assert.deepEqual([...exactUDistribution(5, 6)], counts);
  });

  test("textbook example, exact p", () => {
    // SciPy's mannwhitneyu documentation example (after Conover):
    // U1 = 17, exact p = 0.1111, asymptotic p = 0.11134688653314041.
    const males = [19, 22, 16, 29, 24];
    const females = [20, 11, 17, 12];
    const r = mannWhitneyU(males, females);
    assert.equal(r.u, 17);
    assertClose(r.p, 1 / 9, 1e-12);
    assertClose(2 * normalSurvival(r.z), 0.11134688653314041, 1e-6);
    // Reversed: U2 = na nb - U1, same p, opposite z.
    const s = mannWhitneyU(females, males);
    assert.equal(s.u, 3);
    assertClose(s.p, r.p, 1e-12);
    assertClose(s.z, -r.z, 1e-12);
  });

  test("complete separation in small samples", () => {
    // P(U = 0) = 1 / C(6, 3) and 1 / C(8, 4); two-sided doubles it.
    assertClose(mannWhitneyU([1, 2, 3], [4, 5, 6]).p, 2 / 20, 1e-12);
    assertClose(mannWhitneyU([5, 6, 7, 8], [1, 2, 3, 4]).p, 2 / 70, 1e-12);
    assert.equal(mannWhitneyU([5, 6, 7, 8], [1, 2, 3, 4]).u, 16);
  });

  test("ties: average ranks and tie-corrected variance", () => {
    // Ranks of the pooled sample: 1 | 2 2 2 -> 3 | 3 3 3 -> 6 | 4 -> 8 | 5 -> 9 | 6 6 -> 10.5.
    // R_a = 1 + 3 + 3 + 6 + 8 = 21, U = 21 - 15 = 6; tie term 24 + 24 + 6 = 54;
    // var = 30/12 (12 - 54/110); z = (6 - 15 + 0.5) / sqrt(var).
    // scipy.stats.mannwhitneyu(a, b, method="asymptotic"): p = 0.1130499788563229.
    const r = mannWhitneyU([1, 2, 2, 3, 4], [2, 3, 3, 5, 6, 6]);
    assert.equal(r.u, 6);
    assertClose(r.z, -8.5 / Math.sqrt(2.5 * (12 - 54 / 110)), 1e-12);
    assertClose(r.p, 0.1130499788563229, 1e-6);
  });

  test("larger samples use the normal approximation", () => {
    // scipy.stats.mannwhitneyu(range(30), [i + .5 for i in range(30)], method="asymptotic").
    const a = Array.from({ length: 30 }, (_, i) => i);
    const b = a.map((x) => x + 0.5);
    const r = mannWhitneyU(a, b);
    assert.equal(r.u, 435);
    assertClose(r.p, 0.8302552839111963, 1e-6);
  });

  test("degenerate cases give p = 1", () => {
    assert.equal(mannWhitneyU([], [1, 2, 3]).p, 1);
    assert.equal(mannWhitneyU([1, 2, 3], []).p, 1);
    assert.equal(mannWhitneyU([5, 5, 5], [5, 5]).p, 1);
    const same = mannWhitneyU([3, 1, 2, 4], [4, 2, 3, 1]);
    assert.equal(same.p, 1);
    assert.equal(same.u, 8);
    assert.equal(same.z, 0);
  });

  test("clearly shifted samples", () => {
    const g = gaussian(mulberry32(3));
    const before = Array.from({ length: 30 }, () => 10 + g());
    const after = Array.from({ length: 30 }, () => 12 + g());
    const r = mannWhitneyU(after, before);
    assert.ok(r.p < 0.001, `p = ${r.p}`);
    assert.ok(r.z > 3);
    // Small and shifted: exact p of complete separation of 10 and 10, 2 / C(20, 10).
    const exact = mannWhitneyU(after.map((x) => x + 100).slice(0, 10), before.slice(0, 10));
    assertClose(exact.p, 2 / 184756, 1e-15);
  });
});

describe("compareSamples", () => {
  test("a 30% slowdown is worse, a 30% speedup better", () => {
    const g = gaussian(mulberry32(11));
    const before = Array.from({ length: 20 }, () => 10 * (1 + 0.05 * g()));
    const slower = Array.from({ length: 20 }, () => 13 * (1 + 0.05 * g()));
    const worse = compareSamples(before, slower);
    assert.equal(worse.direction, "worse");
    assert.equal(worse.significant, true);
    assertClose(worse.ratio, 1.3, 0.05);
    assert.ok(worse.p < 0.001);
    const better = compareSamples(slower, before);
    assert.equal(better.direction, "better");
    assertClose(better.ratio, 1 / 1.3, 0.05);
  });

  test("samples from one distribution are not flagged", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const g = gaussian(mulberry32(seed));
      const before = Array.from({ length: 15 }, () => 10 * (1 + 0.05 * g()));
      const after = Array.from({ length: 15 }, () => 10 * (1 + 0.05 * g()));
      const c = compareSamples(before, after);
      assert.equal(c.significant, false, `seed ${seed}: p = ${c.p}`);
      assert.equal(c.direction, "same");
      assertClose(c.ratio, 1, 0.1);
    }
  });

  test("a significant test is vetoed by overlapping median intervals", () => {
    // Exact p = 0.006, but the medians' 95% intervals are 6..15 and 12..21.
    const before = Array.from({ length: 20 }, (_, i) => i + 1);
    const after = before.map((x) => x + 6);
    const c = compareSamples(before, after);
    assert.ok(c.p < 0.01);
    assert.equal(c.significant, false);
    assert.equal(c.direction, "same");
  });

  test("alpha and tiny samples", () => {
    const before = [10, 10.1, 10.2, 9.9, 9.8, 10.05, 9.95];
    const after = before.map((x) => x * 1.5);
    assert.equal(compareSamples(before, after).direction, "worse"); // p = 2 / C(14, 7) = 0.0006
    assert.equal(compareSamples(before, after, { alpha: 0.0001 }).significant, false);
    const one = compareSamples([10], [20]);
    assert.equal(one.significant, false);
    assert.equal(one.ratio, 2);
    assert.equal(one.p, 1);
    assert.equal(compareSamples([], [1]).direction, "same");
  });
});

describe("detectSteps", () => {
  test("one step up", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const values = noisySeries(60, (i) => (i < 25 ? 10 : 13), 0.03, seed);
      const steps = detectSteps(values);
      assert.equal(steps.length, 1, `seed ${seed}: ${JSON.stringify(steps)}`);
      const [step] = steps;
      assertClose(step!.index, 25, 1, `seed ${seed} index`);
      assertClose(step!.ratio, 1.3, 0.03, `seed ${seed} ratio`);
      assertClose(step!.before, 10, 0.3);
      assertClose(step!.after, 13, 0.4);
      assertClose(step!.ratio, step!.after / step!.before, 1e-12);
    }
  });

  test("up then down", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const values = noisySeries(90, (i) => (i < 30 ? 10 : i < 60 ? 12 : 10), 0.03, seed);
      const steps = detectSteps(values);
      assert.equal(steps.length, 2, `seed ${seed}: ${JSON.stringify(steps)}`);
      assertClose(steps[0]!.index, 30, 1);
      assertClose(steps[0]!.ratio, 1.2, 0.03);
      assertClose(steps[1]!.index, 60, 1);
      assertClose(steps[1]!.ratio, 10 / 12, 0.03);
      assert.equal(steps[1]!.before, steps[0]!.after); // levels chain
    }
  });

  test("an improvement", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const steps = detectSteps(noisySeries(50, (i) => (i < 30 ? 10 : 8), 0.03, seed));
      assert.equal(steps.length, 1, `seed ${seed}`);
      assertClose(steps[0]!.index, 30, 1);
      assertClose(steps[0]!.ratio, 0.8, 0.03);
    }
  });

  test("no step in a long noisy series without change", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const steps = detectSteps(noisySeries(200, () => 10, 0.05, seed));
      assert.deepEqual(steps, [], `seed ${seed}`);
    }
  });

  test("a single outlier is not a step", () => {
    for (let seed = 1; seed <= 5; seed++) {
      for (const at of [0, 1, 30, 58, 59]) {
        const values = noisySeries(60, () => 10, 0.02, seed);
        values[at]! *= 2;
        assert.deepEqual(detectSteps(values), [], `seed ${seed}, spike at ${at}`);
        values[at]! /= 4;
        assert.deepEqual(detectSteps(values), [], `seed ${seed}, dip at ${at}`);
      }
    }
  });

  test("constant and tiny series", () => {
    assert.deepEqual(detectSteps([]), []);
    assert.deepEqual(detectSteps([5]), []);
    assert.deepEqual(detectSteps([5, 10]), []);
    assert.deepEqual(detectSteps([5, 5, 10]), []);
    assert.deepEqual(detectSteps(new Array<number>(100).fill(7)), []);
    // A wobble under the noise floor in an otherwise flat series.
    assert.deepEqual(detectSteps([5, 5, 5, 5, 5, 5, 5.1, 5, 5, 5, 5, 5]), []);
  });

  test("a step in a noise-free series", () => {
    assert.deepEqual(detectSteps([5, 5, 5, 5, 5, 5, 6, 6, 6, 6]), [{ index: 6, before: 5, after: 6, ratio: 1.2 }]);
  });

  test("a slow drift becomes a staircase of reportable steps", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const values = noisySeries(100, (i) => 10 * (1 + (0.5 * i) / 99), 0.01, seed);
      const steps = detectSteps(values);
      assert.ok(steps.length >= 1 && steps.length <= 8, `seed ${seed}: ${steps.length} steps`);
      let total = 1;
      for (let s = 0; s < steps.length; s++) {
        assert.ok(steps[s]!.ratio >= 1.05, `seed ${seed}: every step goes up by 5% or more`);
        if (s > 0) assert.ok(steps[s]!.index > steps[s - 1]!.index);
        total *= steps[s]!.ratio;
      }
      assert.ok(total > 1.2 && total < 1.6, `seed ${seed}: total ${total}`);
    }
  });

  test("options", () => {
    const values = noisySeries(60, (i) => (i < 25 ? 10 : 13), 0.03, 1);
    assert.equal(detectSteps(values, { minRelativeChange: 0.5 }).length, 0);
    assert.equal(detectSteps(values, { penalty: 1e6 }).length, 0);
    // A 4% step is dropped by default and kept when asked for.
    const small = noisySeries(80, (i) => (i < 40 ? 10 : 10.4), 0.005, 2);
    assert.equal(detectSteps(small).length, 0);
    const kept = detectSteps(small, { minRelativeChange: 0.02 });
    assert.equal(kept.length, 1);
    assertClose(kept[0]!.index, 40, 1);
  });

  test("failed runs are skipped, indices refer to the input", () => {
    const steps = detectSteps([5, 5, NaN, 5, 0, 5, 5, 5, 6, -1, 6, 6, 6]);
    assert.deepEqual(steps, [{ index: 8, before: 5, after: 6, ratio: 1.2 }]);
  });
});
