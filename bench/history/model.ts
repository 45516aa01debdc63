/**
 * The data `tsdl-bench` records and publishes: one result file per machine
 * and commit (`<results>/<machine>/<commit>.json`), and the history the
 * dashboard is drawn from.
 *
 * Times are milliseconds; smaller is better for every benchmark.
 */

/** Format version of result files; bump when a field changes meaning. */
export const resultFormatVersion = 1;

/** The three levels of the suite. */
export type BenchmarkGroup = "e2e" | "component" | "micro";

/** The group of a benchmark: the first segment of its slash-separated name. */
export function benchmarkGroup(name: string): string {
  const slash = name.indexOf("/");
  return slash < 0 ? name : name.slice(0, slash);
}

/** One benchmark measured on one commit. */
export interface BenchmarkResult {
  /** Slash-separated, group first: `e2e/constant-folding-10k`, `component/parse/functions-2k`, `micro/rauw-10k-uses`. */
  name: string;
  group: BenchmarkGroup;
  /** Per-iteration times in ms (in-process: tinybench samples, capped; e2e: one per process run). Empty when skipped. */
  samples: number[];
  /** Median of `samples`, ms. */
  median: number;
  /** Distribution-free 95% confidence interval of the median, ms. */
  ciLow: number;
  ciHigh: number;
  /** Input size in bytes (component and e2e), for MB/s. */
  bytes?: number;
  /** Operations in the input or operations performed per iteration, for ops/s. */
  ops?: number;
  /** Peak resident memory of the process in MB (e2e only, when GNU time is available). */
  peakMB?: number;
  /** Why the benchmark could not run on this commit (an API it needs is missing, ...). Then `samples` is empty. */
  skipped?: string;
}

/** A peer tool (mlir-opt, xdsl-opt) on one end-to-end workload, measured interleaved with tsdl. */
export interface PeerResult {
  tool: string;
  /** The end-to-end benchmark name (`e2e/...`). */
  benchmark: string;
  /** Median wall time, ms (0 when missing). */
  median: number;
  ciLow: number;
  ciHigh: number;
  peakMB?: number;
  /** Median over the interleaved pairs of (peer time / tsdl time). */
  ratioToTsdl: number;
  /** Set when the tool is not installed or failed on this input; the other fields are then 0. */
  missing?: string;
}

/** The machine a result was measured on. */
export interface MachineInfo {
  /** Directory name under the results folder (`--machine`, default the host name). */
  name: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  arch: string;
  node: string;
}

/** A commit as git describes it. */
export interface CommitInfo {
  hash: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** Subject line. */
  message: string;
  author: string;
  parents: string[];
}

/** The content of one result file. */
export interface ResultFile {
  version: number;
  machine: MachineInfo;
  commit: CommitInfo;
  /** When the measurement finished, ISO 8601. */
  measuredAt: string;
  /** How it was measured: quick mode, filter, the measuring checkout's commit, environment variables that matter. */
  env: { quick: boolean; filter: string | null; rounds?: number; suiteCommit: string | null; vars: Record<string, string> };
  results: BenchmarkResult[];
  peers: PeerResult[];
  /** Set when the commit could not be installed or built: then there are no results. */
  buildError?: string;
}

/** One point of a benchmark's series on the dashboard. */
export interface SeriesPoint {
  /** Index into `History.commits`. */
  commit: number;
  median: number;
  ciLow: number;
  ciHigh: number;
  peakMB?: number;
  /** MB/s or ops/s where the benchmark has a size. */
  mbPerSec?: number;
  opsPerSec?: number;
}

/** Everything the dashboard shows, for one machine. */
export interface History {
  machine: MachineInfo;
  /** Oldest first, in the order of the history (first-parent order of the branch measured). */
  commits: CommitInfo[];
  /** Per benchmark name, its points in commit order (commits where it was skipped or not run have no point). */
  series: Record<string, SeriesPoint[]>;
  /** Per end-to-end benchmark, the latest measurement of each peer (reference lines). */
  peers: Record<string, { tool: string; median: number; peakMB?: number }[]>;
  /** When the site was made, ISO 8601. */
  generatedAt: string;
}
