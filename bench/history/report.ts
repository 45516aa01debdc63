/** Terminal report of one run of the suite (`npm run bench`). */
import type { DetectedChange } from "./changes.js";
import type { BenchmarkResult, History, PeerResult } from "./model.js";
import { formatMs, formatRatio, table, type Cell } from "./table.js";

function ci(r: BenchmarkResult): string {
  return `${formatMs(r.ciLow)} .. ${formatMs(r.ciHigh)}`;
}

function rate(r: BenchmarkResult): string {
  const parts: string[] = [];
  if (r.bytes !== undefined && r.median > 0) parts.push(`${(r.bytes / 1e6 / (r.median / 1000)).toFixed(1)} MB/s`);
  if (r.ops !== undefined && r.median > 0) {
    const ops = r.ops / (r.median / 1000);
    parts.push(ops >= 1e6 ? `${(ops / 1e6).toFixed(2)} M ops/s` : `${(ops / 1e3).toFixed(1)} k ops/s`);
  }
  return parts.join(", ");
}

/** The end-to-end table: tsdl-opt and each peer per workload, ratios against tsdl. */
export function formatEndToEnd(results: readonly BenchmarkResult[], peers: readonly PeerResult[]): string {
  const rows: Cell[][] = [];
  const notes = new Set<string>();
  for (const r of results) {
    if (r.group !== "e2e") continue;
    if (r.skipped !== undefined) {
      rows.push([r.name, "tsdl-opt", { text: "skipped", colour: "yellow" }, "-", "-"]);
      notes.add(`${r.name}: ${r.skipped}`);
      continue;
    }
    rows.push([r.name, "tsdl-opt", formatMs(r.median), r.peakMB !== undefined ? `${r.peakMB.toFixed(0)} MB` : "-", "1.00x"]);
    for (const p of peers) {
      if (p.benchmark !== r.name) continue;
      if (p.missing !== undefined) {
        rows.push(["", p.tool, { text: p.missing.startsWith("failed") ? "failed" : "missing", colour: "yellow" }, "-", "-"]);
        notes.add(`${p.tool}: ${p.missing}`);
      }
      else {
        const colour = p.ratioToTsdl >= 1 ? "green" : "red";
        rows.push(["", p.tool, formatMs(p.median), p.peakMB !== undefined ? `${p.peakMB.toFixed(0)} MB` : "-", { text: formatRatio(p.ratioToTsdl), colour }]);
      }
    }
  }
  if (rows.length === 0) return "";
  return "End to end (whole process; ratio = peer time / tsdl time, median of interleaved pairs; above 1 means tsdl is faster)\n" + table(["workload", "tool", "median", "peak memory", "vs tsdl"], rows) + [...notes].map((n) => `  ${n}\n`).join("");
}

/** Component or micro benchmarks: median, CI and throughput. */
export function formatInProcess(results: readonly BenchmarkResult[], group: "component" | "micro"): string {
  const rows: Cell[][] = results
    .filter((r) => r.group === group)
    .map((r) => (r.skipped !== undefined ? [r.name, { text: "skipped", colour: "yellow" }, "-", "-", r.skipped] : [r.name, formatMs(r.median), ci(r), String(r.samples.length), rate(r)]));
  if (rows.length === 0) return "";
  const title = group === "component" ? "Components (in process, per call)" : "Micro benchmarks (in process, per batch)";
  return title + "\n" + table(["benchmark", "median", "95% CI of median", "n", "throughput"], rows);
}

/** Steps found in the history, newest first: where each benchmark got slower or faster. */
export function formatChanges(history: History, changes: readonly DetectedChange[]): string {
  if (changes.length === 0) return `no steps in ${history.commits.length} commit(s)\n`;
  const rows: Cell[][] = changes.map((c) => {
    const commit = history.commits[c.commit]!;
    const colour = c.kind === "regression" ? "red" : "green";
    return [
      c.benchmark,
      commit.hash.slice(0, 8),
      commit.message.length > 50 ? commit.message.slice(0, 49) + "…" : commit.message,
      `${formatMs(c.before)} -> ${formatMs(c.after)}`,
      { text: formatRatio(c.ratio), colour },
      { text: c.kind === "regression" ? "slower" : "faster", colour },
    ];
  });
  return table(["benchmark", "commit", "message", "before -> after", "ratio", "change"], rows);
}
