/** The benchmark suite: end-to-end, component and micro benchmarks. */
import { standardWorkloads } from "../workloads/index.js";
import type { Benchmark, ProcessBenchmark } from "./benchmark.js";
import { componentBenchmarks } from "./component.js";
import { microBenchmarks } from "./micro.js";
import { declarativeBenchmarks } from "./declarative.js";

export type { Benchmark, InProcessBenchmark, ProcessBenchmark } from "./benchmark.js";

/** End-to-end: `tsdl-opt` on each workload file, `e2e/<workload>`. */
export function e2eBenchmarks(): ProcessBenchmark[] {
  return standardWorkloads().map((w) => ({ kind: "process", name: `e2e/${w.name}`, group: "e2e", workload: w.name, ops: w.ops }));
}

/** Every benchmark, end-to-end first. */
export function suite(): Benchmark[] {
  return [...e2eBenchmarks(), ...componentBenchmarks(), ...microBenchmarks(), ...declarativeBenchmarks()];
}
