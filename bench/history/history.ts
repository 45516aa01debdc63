/** Assembles the dashboard's `History` from the result files of one machine. */
import { firstParentHistory } from "./git.js";
import type { History, ResultFile, SeriesPoint } from "./model.js";

/**
 * Orders results along HEAD's first-parent history of `repo` (commits not on
 * it go by date), then turns them into one series per benchmark.
 */
export function buildHistory(results: readonly ResultFile[], repo: string | null): History | null {
  if (results.length === 0) return null;
  const order = new Map<string, number>();
  if (repo !== null) firstParentHistory(repo).forEach((h, i) => order.set(h, i));
  const sorted = [...results].sort((a, b) => {
    const ia = order.get(a.commit.hash);
    const ib = order.get(b.commit.hash);
    if (ia !== undefined && ib !== undefined) return ia - ib;
    return a.commit.date < b.commit.date ? -1 : a.commit.date > b.commit.date ? 1 : 0;
  });
  const series: Record<string, SeriesPoint[]> = {};
  const peers: History["peers"] = {};
  sorted.forEach((r, commit) => {
    for (const b of r.results) {
      if (b.skipped !== undefined || b.samples.length === 0) continue;
      const p: SeriesPoint = { commit, median: b.median, ciLow: b.ciLow, ciHigh: b.ciHigh };
      if (b.peakMB !== undefined) p.peakMB = b.peakMB;
      if (b.bytes !== undefined && b.median > 0) p.mbPerSec = b.bytes / 1e6 / (b.median / 1000);
      if (b.ops !== undefined && b.median > 0) p.opsPerSec = b.ops / (b.median / 1000);
      (series[b.name] ??= []).push(p);
    }
    // Later commits overwrite: each peer's reference line is its latest measurement.
    for (const p of r.peers) {
      if (p.missing !== undefined) continue;
      const list = (peers[p.benchmark] ??= []).filter((x) => x.tool !== p.tool);
      list.push({ tool: p.tool, median: p.median, ...(p.peakMB !== undefined ? { peakMB: p.peakMB } : {}) });
      peers[p.benchmark] = list;
    }
  });
  return { machine: sorted[sorted.length - 1]!.machine, commits: sorted.map((r) => r.commit), series, peers, generatedAt: new Date().toISOString() };
}
