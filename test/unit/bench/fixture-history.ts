/**
 * A synthetic `History` for the dashboard tests: one machine, twelve
 * commits, eight benchmarks over the three groups, with deterministic noise
 * (a seeded generator) and known changes:
 *
 * - `e2e/constant-folding-10k` gets 40% slower at commit 7 (`regressionCommit`);
 * - `component/parse/functions-2k` gets 30% faster at commit 4 (`improvementCommit`);
 * - `micro/walk-100k-ops` is skipped on commits 2 and 3 (no points there);
 * - commit 5's message holds markup (`<script>…</script>`) to test escaping.
 *
 * Peers (mlir-opt, xdsl-opt) are given for the end-to-end benchmarks.
 */

import type { BenchmarkGroup, CommitInfo, History, SeriesPoint } from "../../../bench/history/model.js";

/** Index in `History.commits` of the 40% regression of `e2e/constant-folding-10k`. */
export const regressionCommit = 7;
/** Index in `History.commits` of the 30% improvement of `component/parse/functions-2k`. */
export const improvementCommit = 4;
/** The benchmark that regresses and the one that improves. */
export const regressedBenchmark = "e2e/constant-folding-10k";
export const improvedBenchmark = "component/parse/functions-2k";
/** The commit message that must come out escaped. */
export const hostileMessage = `Print <script>alert("pwned")</script> & "quoted" <b>attrs</b>`;

interface Spec {
  name: string;
  group: BenchmarkGroup;
  /** Base median, ms. */
  base: number;
  /** Input size (bytes), for MB/s. */
  bytes?: number;
  /** Level changes: from this commit index on, multiply by the factor. */
  steps?: [commit: number, factor: number][];
  /** Commit indices without a point (skipped). */
  skip?: number[];
}

const specs: Spec[] = [
  { name: "e2e/constant-folding-10k", group: "e2e", base: 48, bytes: 620_000, steps: [[regressionCommit, 1.4]] },
  { name: "e2e/constant-folding-100k", group: "e2e", base: 310, bytes: 6_400_000 },
  { name: "e2e/functions-2k", group: "e2e", base: 95, bytes: 1_900_000 },
  { name: "component/parse/functions-2k", group: "component", base: 21, bytes: 1_900_000, steps: [[improvementCommit, 0.7]] },
  { name: "component/print-generic/constant-folding-100k", group: "component", base: 64, bytes: 6_400_000 },
  { name: "component/verify/constant-folding-10k", group: "component", base: 3.2 },
  { name: "micro/rauw-10k-uses", group: "micro", base: 0.42 },
  { name: "micro/walk-100k-ops", group: "micro", base: 1.9, skip: [2, 3] },
];

const messages = [
  "IR: operations link prev/next in their block",
  "Parser: one switch on the char code",
  "Printer: print into chunks, join once",
  "Verifier: dominance with Semi-NCA",
  "Parser: intern names in the Context",
  hostileMessage,
  "Rewrite: greedy driver with a worklist",
  "Constant folding: fold through a generic interface (slower)",
  "Docs: README figures",
  "Verifier: cache op order indices",
  "Bench: interleave peers",
  "Print: share empty operand arrays",
];

/** A seeded linear congruential generator in [0, 1), so the fixture is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The synthetic history described above; `generatedAt` is fixed. */
export function syntheticHistory(): History {
  const rand = random(20250101);
  const commits: CommitInfo[] = messages.map((message, i) => {
    const hash = Array.from({ length: 40 }, () => Math.floor(rand() * 16).toString(16)).join("");
    return {
      hash,
      date: new Date(Date.UTC(2025, 0, 6 + i, 9 + (i % 8), 17)).toISOString(),
      message,
      author: i % 3 === 0 ? "Ada Lovelace" : "Edsger Dijkstra",
      parents: [],
    };
  });
  for (let i = 1; i < commits.length; i++) commits[i]!.parents = [commits[i - 1]!.hash];

  const series: Record<string, SeriesPoint[]> = {};
  for (const spec of specs) {
    const points: SeriesPoint[] = [];
    for (let c = 0; c < commits.length; c++) {
      if (spec.skip?.includes(c)) continue;
      let level = spec.base;
      for (const [at, factor] of spec.steps ?? []) if (c >= at) level *= factor;
      const median = level * (1 + (rand() - 0.5) * 0.03);
      const half = level * (0.01 + rand() * 0.015);
      const point: SeriesPoint = { commit: c, median, ciLow: median - half, ciHigh: median + half };
      if (spec.bytes !== undefined) point.mbPerSec = spec.bytes / 1e6 / (median / 1e3);
      if (spec.group === "e2e") point.peakMB = 80 + rand() * 5;
      points.push(point);
    }
    series[spec.name] = points;
  }

  const peers: History["peers"] = {};
  for (const spec of specs) {
    if (spec.group !== "e2e") continue;
    peers[spec.name] = [
      { tool: "mlir-opt", median: spec.base * 0.55, peakMB: 40 },
      { tool: "xdsl-opt", median: spec.base * 22, peakMB: 210 },
    ];
  }

  return {
    machine: {
      name: "bench-box",
      cpu: "AMD EPYC 7763 64-Core Processor",
      cores: 8,
      memoryGB: 32,
      os: "Linux 6.1.0-28-amd64",
      arch: "x64",
      node: "v20.20.2",
    },
    commits,
    series,
    peers,
    generatedAt: "2025-01-20T12:00:00.000Z",
  };
}
