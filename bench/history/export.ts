/**
 * Export to the `customSmallerIsBetter` format of github-action-benchmark
 * (benchmark-action/github-action-benchmark): a JSON array of
 * `{ name, unit, value, range?, extra? }`, one entry per benchmark.
 */
import type { ResultFile } from "./model.js";

export interface ActionBenchmarkEntry {
  name: string;
  unit: string;
  value: number;
  range?: string;
  extra?: string;
}

export function toActionBenchmark(r: ResultFile): ActionBenchmarkEntry[] {
  const out: ActionBenchmarkEntry[] = [];
  for (const b of r.results) {
    if (b.skipped !== undefined) continue;
    const extra = [`commit ${r.commit.hash.slice(0, 8)}`, `samples ${b.samples.length}`];
    if (b.peakMB !== undefined) extra.push(`peak ${b.peakMB.toFixed(1)} MB`);
    out.push({
      name: b.name,
      unit: "ms",
      value: Number(b.median.toPrecision(6)),
      range: `± ${Number(((b.ciHigh - b.ciLow) / 2).toPrecision(3))}`,
      extra: extra.join("; "),
    });
  }
  return out;
}
