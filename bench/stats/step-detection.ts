/**
 * Change-point ("step") detection over a benchmark's history, in the manner
 * of airspeed velocity's regression detection (`asv/step_detect.py`): the
 * series of per-commit medians is modelled as piecewise constant plus noise,
 * and the steps of the best piecewise-constant fit are the regressions and
 * improvements to report.
 */
import { median } from "./summary.js";

/** A change of level in a series, as found by {@link detectSteps}. */
export interface Step {
  /** Index (into the input) of the first value at the new level. */
  index: number;
  /** Level (median) of the segment before `index`. */
  before: number;
  /** Level (median) of the segment from `index` to the next step. */
  after: number;
  /** after / before: above 1 is a slowdown when the values are times. */
  ratio: number;
}

/** Options of {@link detectSteps}. */
export interface StepDetectionOptions {
  /**
   * Smallest relative change of level reported, |after / before - 1|;
   * default 0.05. Smaller steps are merged away.
   */
  minRelativeChange?: number;
  /**
   * Multiplier of the cost of a change point, in units of noise scale times
   * log(n) (see {@link detectSteps}); default {@link defaultPenalty}. Larger
   * finds fewer steps.
   */
  penalty?: number;
}

/**
 * Default multiplier of the change-point penalty, calibrated on simulated
 * step-free histories with Gaussian and Student-t (3 degrees of freedom)
 * noise of 1-10%: at 3 no false step appeared in 200 series each of 20, 60
 * and 200 values, against a few percent at 1.5. Below about 12 values,
 * where the noise estimate rests on a handful of differences, about 2% of
 * step-free series still show a step. Power: a step of 3-4 noise scales
 * with ten commits on each side is found in about 90% of series.
 */
export const defaultPenalty = 3;

/**
 * Fewest values in a segment. A single value that jumps is an outlier as
 * often as a new level, so a step needs two values on each side; a
 * regression in the newest commit is reported once the next one confirms it.
 */
export const minSegmentLength = 2;

/**
 * Least noise scale assumed, in log units (0.5%). A flat series (integer
 * counters, rounded timers) has a robust noise estimate of 0, which would
 * make every wobble pay for its own segment.
 */
export const noiseFloor = 0.005;

/**
 * Finds the steps in a series of positive values (per-commit median times),
 * oldest first.
 *
 * Method:
 * 1. Work on y = log(value), so that noise and steps are relative.
 *    Non-finite and non-positive values (failed runs) are skipped; indices
 *    still refer to the input.
 * 2. Estimate the noise scale robustly from first differences, which steps
 *    and single outliers barely affect: sigma = MAD(diff y) / (sqrt(2) *
 *    0.6745), with the median absolute deviation taken about 0 and at least
 *    {@link noiseFloor}.
 * 3. Optimal partitioning (Jackson et al., 2005): exact dynamic programming
 *    over all segmentations into runs of at least {@link minSegmentLength}
 *    values, minimising the sum over segments of the absolute deviations
 *    from the segment median (the L1 Potts functional that ASV minimises,
 *    robust to outliers) plus `penalty * sigma * log(n)` per change point, a
 *    BIC-like cost (Yao, 1988). It is linear in sigma, not quadratic as for
 *    squared deviations, because the L1 cost grows linearly with the noise.
 * 4. While some step changes the level by less than `minRelativeChange`,
 *    merge the two segments around the smallest such step and recompute the
 *    merged segment's median.
 *
 * Levels are segment medians of the input values. Fewer than
 * 2 * {@link minSegmentLength} usable values give no steps. A slow drift
 * comes out as a staircase of steps of at least `minRelativeChange` each,
 * or as nothing while the noise hides it. Limitation: the noise scale is
 * that of typical values, so a burst of two or more consecutive outliers
 * (a busy machine for two commits) can look like a short-lived level; raise
 * `penalty` for such histories. Cost: O(n^2 log n) time and O(n) memory,
 * about 0.2 s for n = 2,000.
 */
export function detectSteps(values: readonly number[], options: StepDetectionOptions = {}): Step[] {
  const minRelativeChange = options.minRelativeChange ?? 0.05;
  const penalty = options.penalty ?? defaultPenalty;

  const indices: number[] = []; // input index of each usable value
  const kept: number[] = [];
  values.forEach((v, i) => {
    if (Number.isFinite(v) && v > 0) {
      indices.push(i);
      kept.push(v);
    }
  });
  const n = kept.length;
  if (n < 2 * minSegmentLength) return [];

  // Centred logs: the L1 costs below are sums of differences of these.
  const centre = Math.log(median(kept));
  const y = kept.map((v) => Math.log(v) - centre);

  const sigma = noiseScale(y);
  const starts = optimalPartition(y, penalty * sigma * Math.log(n));
  const segments = mergeSmallSteps(kept, starts, minRelativeChange);

  const steps: Step[] = [];
  for (let s = 1; s < segments.length; s++) {
    const before = segments[s - 1]!.level;
    const after = segments[s]!.level;
    steps.push({ index: indices[segments[s]!.start]!, before, after, ratio: after / before });
  }
  return steps;
}

/**
 * Robust noise scale of a series around a piecewise-constant level: the
 * median absolute first difference, scaled to a Gaussian standard deviation
 * (a difference of two independent N(0, sigma^2) values has median absolute
 * value 0.6745 * sqrt(2) * sigma). At least {@link noiseFloor}.
 */
export function noiseScale(y: readonly number[]): number {
  const diffs: number[] = [];
  for (let i = 1; i < y.length; i++) diffs.push(Math.abs(y[i]! - y[i - 1]!));
  const mad = diffs.length > 0 ? median(diffs) : 0;
  return Math.max(noiseFloor, mad / (Math.SQRT2 * 0.6745));
}

/**
 * Exact optimal partitioning of `y` under the L1 cost: returns the start
 * index of each segment (the first is 0) of the segmentation minimising
 * sum(|y_i - segment median|) + `changeCost` * (segments - 1), every segment
 * holding at least {@link minSegmentLength} values.
 *
 * best[j] is the optimum for y[0..j); best[j] = min over i of best[i] +
 * cost(y[i..j)) + changeCost. For each j the candidates i are visited right
 * to left, adding y[i] to a running median (two heaps), so each cost is
 * O(log n) and the whole is O(n^2 log n).
 */
function optimalPartition(y: readonly number[], changeCost: number): number[] {
  const n = y.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const lastStart = new Int32Array(n + 1);
  best[0] = -changeCost; // the first segment has no change point to pay for
  const window = new RunningMedian(n);
  for (let j = minSegmentLength; j <= n; j++) {
    window.clear();
    for (let i = j - 1; i >= 0; i--) {
      window.push(y[i]!);
      if (j - i < minSegmentLength || best[i] === Infinity) continue;
      const total = best[i]! + window.absoluteDeviation() + changeCost;
      if (total < best[j]!) {
        best[j] = total;
        lastStart[j] = i;
      }
    }
  }
  const starts: number[] = [];
  for (let j = n; j > 0; j = lastStart[j]!) starts.push(lastStart[j]!);
  return starts.reverse();
}

/** A segment of the usable values: its first index and its median. */
interface Segment {
  start: number;
  level: number;
}

/**
 * Turns segment starts into segments with their levels (medians of
 * `values`), then merges neighbours whose levels differ by less than
 * `minRelativeChange` (relative to the earlier level), smallest change
 * first, recomputing the level of each merged segment.
 */
function mergeSmallSteps(values: readonly number[], starts: readonly number[], minRelativeChange: number): Segment[] {
  const end = (s: number): number => (s + 1 < starts.length ? starts[s + 1]! : values.length);
  const segments: Segment[] = starts.map((start, s) => ({ start, level: median(values.slice(start, end(s))) }));
  for (;;) {
    let smallest = -1;
    let smallestChange = minRelativeChange;
    for (let s = 1; s < segments.length; s++) {
      const change = Math.abs(segments[s]!.level / segments[s - 1]!.level - 1);
      if (change < smallestChange) {
        smallest = s;
        smallestChange = change;
      }
    }
    if (smallest < 0) return segments;
    const merged = segments[smallest - 1]!;
    const stop = smallest + 1 < segments.length ? segments[smallest + 1]!.start : values.length;
    merged.level = median(values.slice(merged.start, stop));
    segments.splice(smallest, 1);
  }
}

/**
 * A multiset of numbers with O(log n) insertion that reports the sum of
 * absolute deviations from its median: a max-heap of the lower half and a
 * min-heap of the upper half, with their sums. The lower half holds the
 * extra value when the count is odd, so its top is a median.
 */
class RunningMedian {
  /** Lower half, negated, so that both halves are min-heaps. */
  private low: MinHeap;
  /** Upper half. */
  private high: MinHeap;
  private lowSum = 0;
  private highSum = 0;

  constructor(capacity: number) {
    this.low = new MinHeap(capacity);
    this.high = new MinHeap(capacity);
  }

  clear(): void {
    this.low.clear();
    this.high.clear();
    this.lowSum = 0;
    this.highSum = 0;
  }

  push(x: number): void {
    if (this.low.size === 0 || x <= -this.low.top()) {
      this.low.push(-x);
      this.lowSum += x;
    } else {
      this.high.push(x);
      this.highSum += x;
    }
    // Rebalance so that low.size is high.size or high.size + 1.
    if (this.low.size > this.high.size + 1) {
      const moved = -this.low.pop();
      this.lowSum -= moved;
      this.high.push(moved);
      this.highSum += moved;
    } else if (this.high.size > this.low.size) {
      const moved = this.high.pop();
      this.highSum -= moved;
      this.low.push(-moved);
      this.lowSum += moved;
    }
  }

  /** Sum of |x - m| over the values, m a median (any point between the middle two gives the same sum). */
  absoluteDeviation(): number {
    if (this.low.size === 0) return 0;
    const m = -this.low.top();
    return m * this.low.size - this.lowSum + (this.highSum - m * this.high.size);
  }
}

/** Binary min-heap of numbers in a preallocated typed array. */
class MinHeap {
  private items: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Float64Array(Math.max(1, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  top(): number {
    return this.items[0]!;
  }

  push(x: number): void {
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= x) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = x;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && items[child + 1]! < items[child]!) child++;
      if (items[child]! >= last) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
