/**
 * `tsdl-bench compare A B`: every benchmark of two measured commits side by
 * side, with the ratio B/A of medians and whether the change is significant
 * (Mann-Whitney test and non-overlapping confidence intervals of the
 * medians, see `compareSamples`).
 */
import { compareSamples } from "../stats/index.js";
import type { BenchmarkResult, ResultFile } from "./model.js";
import { formatMs, formatRatio, table, type Cell } from "./table.js";

export type Verdict = "worse" | "better" | "same" | "new" | "gone" | "skipped";

export interface CompareRow {
  name: string;
  before: BenchmarkResult | null;
  after: BenchmarkResult | null;
  ratio: number;
  p: number;
  verdict: Verdict;
}

export interface CompareOptions {
  /** A significant change must also exceed this ratio (or its inverse) to count; default 1.05. */
  factor: number;
}

/** Compares the results of two commits, benchmark by benchmark. */
export function compareResults(a: ResultFile, b: ResultFile, o: CompareOptions): CompareRow[] {
  const byName = (r: ResultFile): Map<string, BenchmarkResult> => new Map(r.results.map((x) => [x.name, x]));
  const ma = byName(a);
  const mb = byName(b);
  const names = [...new Set([...ma.keys(), ...mb.keys()])];
  return names.map((name) => {
    const before = ma.get(name) ?? null;
    const after = mb.get(name) ?? null;
    const row: CompareRow = { name, before, after, ratio: NaN, p: NaN, verdict: "same" };
    if (before === null || after === null) row.verdict = before === null ? "new" : "gone";
    else if (before.skipped !== undefined || after.skipped !== undefined) row.verdict = "skipped";
    else {
      const c = compareSamples(before.samples, after.samples);
      row.ratio = c.ratio;
      row.p = c.p;
      const big = c.ratio > o.factor || c.ratio < 1 / o.factor;
      row.verdict = c.significant && big ? c.direction : "same";
    }
    return row;
  });
}

/** Rows whose verdict is a regression worse than `failAbove`. */
export function regressions(rows: readonly CompareRow[], failAbove: number): CompareRow[] {
  return rows.filter((r) => r.verdict === "worse" && r.ratio > failAbove);
}

/** The terminal table of a comparison. */
export function formatComparison(a: ResultFile, b: ResultFile, rows: readonly CompareRow[], onlyChanged: boolean): string {
  const shown = onlyChanged ? rows.filter((r) => r.verdict === "worse" || r.verdict === "better") : rows;
  const cells: Cell[][] = shown.map((r) => {
    const colour = r.verdict === "worse" ? "red" : r.verdict === "better" ? "green" : r.verdict === "same" ? null : "dim";
    const med = (x: BenchmarkResult | null): string => (x === null ? "-" : x.skipped !== undefined ? "skipped" : formatMs(x.median));
    const mark = r.verdict === "worse" ? "slower" : r.verdict === "better" ? "faster" : r.verdict === "same" ? "" : r.verdict;
    return [
      r.name,
      med(r.before),
      med(r.after),
      { text: formatRatio(r.ratio), colour },
      Number.isFinite(r.p) ? (r.p < 0.001 ? "<0.001" : r.p.toFixed(3)) : "-",
      { text: mark, colour },
    ];
  });
  const head = `before: ${a.commit.hash.slice(0, 8)} ${a.commit.message.slice(0, 70)}\nafter:  ${b.commit.hash.slice(0, 8)} ${b.commit.message.slice(0, 70)}\n\n`;
  if (shown.length === 0) return head + "no significant change\n";
  return head + table(["benchmark", "before", "after", "ratio", "p", "change"], cells);
}
