/**
 * What changed, for the dashboard: steps found in each benchmark's series
 * (the summary's regressions and improvements, as on ASV's regressions page)
 * and the comparison of a commit with its parent (the commit pages).
 */

import { detectSteps } from "../stats/index.js";
import { benchmarkGroup, type History, type SeriesPoint } from "./model.js";

/** A step in one benchmark's series: from `commit` on, the level moved from `before` to `after`. */
export interface DetectedChange {
  benchmark: string;
  group: string;
  /** Index into `History.commits` of the first commit of the new level. */
  commit: number;
  /** Index into `History.commits` of the last measured commit before it, or -1. */
  previous: number;
  /** Level before and after the step, ms. */
  before: number;
  after: number;
  /** after / before: above 1 is a regression (times: smaller is better). */
  ratio: number;
  kind: "regression" | "improvement";
  /** True for the newest step of its benchmark (the level it is at now). */
  latest: boolean;
}

/**
 * Runs step detection over the medians of every series and returns the
 * steps newest first (ties: largest change first). `detectSteps` decides
 * what counts as a step; its defaults are used.
 */
export function detectChanges(history: History): DetectedChange[] {
  const changes: DetectedChange[] = [];
  for (const [benchmark, points] of Object.entries(history.series)) {
    if (points.length < 2) continue;
    const steps = detectSteps(points.map((p) => p.median));
    const mine: DetectedChange[] = [];
    for (const step of steps) {
      const point = points[step.index];
      if (point === undefined || step.index === 0 || !(step.ratio > 0) || step.ratio === 1) continue;
      mine.push({
        benchmark,
        group: benchmarkGroup(benchmark),
        commit: point.commit,
        previous: points[step.index - 1]!.commit,
        before: step.before,
        after: step.after,
        ratio: step.ratio,
        kind: step.ratio > 1 ? "regression" : "improvement",
        latest: false,
      });
    }
    if (mine.length > 0) {
      mine.reduce((a, b) => (b.commit > a.commit ? b : a)).latest = true;
      changes.push(...mine);
    }
  }
  const size = (c: DetectedChange): number => Math.abs(Math.log(c.ratio));
  return changes.sort((a, b) => b.commit - a.commit || size(b) - size(a) || (a.benchmark < b.benchmark ? -1 : 1));
}

/** How a benchmark moved between a commit and its parent. */
export type Verdict = "worse" | "better" | "same" | "new" | "gone";

/** One row of a commit page. */
export interface Comparison {
  benchmark: string;
  group: string;
  /** The parent's point, if the benchmark ran there. */
  before?: SeriesPoint;
  /** This commit's point, if the benchmark ran here. */
  after?: SeriesPoint;
  /** after.median / before.median when both exist. */
  ratio?: number;
  verdict: Verdict;
}

/** A change below this ratio (or above its inverse) is "same" even when the intervals are apart. */
export const noiseRatio = 1.05;

/** Each series laid out by commit index (undefined where the benchmark has no point), for O(1) lookups. */
export type SeriesByCommit = Map<string, (SeriesPoint | undefined)[]>;

/** `SeriesByCommit` of `history`; O(points). */
export function seriesByCommit(history: History): SeriesByCommit {
  const out: SeriesByCommit = new Map();
  for (const [name, points] of Object.entries(history.series)) {
    const row: (SeriesPoint | undefined)[] = new Array(history.commits.length).fill(undefined);
    for (const p of points) row[p.commit] = p;
    out.set(name, row);
  }
  return out;
}

/**
 * Compares the points of commit `index` with those of commit `index - 1`
 * (its parent in the history's first-parent order). Without samples the
 * 95% confidence intervals decide: worse when this commit's interval lies
 * wholly above the parent's and the medians differ by more than 5%, better
 * in the mirror case, else same. Pass `bySeries` when comparing many
 * commits of one history.
 */
export function compareWithParent(
  history: History,
  index: number,
  bySeries: SeriesByCommit = seriesByCommit(history),
): Comparison[] {
  const rows: Comparison[] = [];
  for (const [benchmark, points] of bySeries) {
    const before = index > 0 ? points[index - 1] : undefined;
    const after = points[index];
    if (before === undefined && after === undefined) continue;
    const row: Comparison = { benchmark, group: benchmarkGroup(benchmark), verdict: "same" };
    if (before !== undefined) row.before = before;
    if (after !== undefined) row.after = after;
    if (before === undefined) row.verdict = "new";
    else if (after === undefined) row.verdict = "gone";
    else {
      const ratio = after.median / before.median;
      row.ratio = ratio;
      if (after.ciLow > before.ciHigh && ratio > noiseRatio) row.verdict = "worse";
      else if (after.ciHigh < before.ciLow && ratio < 1 / noiseRatio) row.verdict = "better";
    }
    rows.push(row);
  }
  return rows;
}
