/** What a benchmark of the suite is. */
import type { BenchmarkGroup } from "../history/model.js";
import type { Target } from "./target.js";

/**
 * An in-process benchmark (component or micro): `prepare` does the untimed
 * setup against the target and returns the function to time. One call of
 * that function is one sample; `ops` counts the operations it performs (or
 * the operations in its input), `bytes` the input it reads.
 */
export interface InProcessBenchmark {
  kind: "in-process";
  name: string;
  group: Exclude<BenchmarkGroup, "e2e">;
  bytes?: number;
  ops?: number;
  prepare(target: Target): () => unknown;
}

/** An end-to-end benchmark: the whole `tsdl-opt` process on a workload file. */
export interface ProcessBenchmark {
  kind: "process";
  name: string;
  group: "e2e";
  /** Workload name (file stem). */
  workload: string;
  ops: number;
}

export type Benchmark = InProcessBenchmark | ProcessBenchmark;
