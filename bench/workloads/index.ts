/**
 * The benchmark inputs of the suite, by name. Each is generated
 * deterministically (seeded) by the functions in `generic.ts`; nothing big is
 * committed. `node dist/bench/workloads/generate.js DIR` writes them all.
 */
import { constantFolding, denseDecimal, denseHex, emptyModule, functions, regionNest } from "./generic.js";
import { arithConstantFolding, mixedFunctions } from "./custom.js";

export { seededRandom } from "./random.js";

/** A benchmark input. */
export interface Workload {
  /** File stem and benchmark name part: `constant-folding-10k`. */
  name: string;
  /** Operations in the file (for ops/s). */
  ops: number;
  /** Generates the text (deterministic). */
  text: () => string;
  /** `custom`: written (and printed back) in the dialects' custom syntax; default: generic form. */
  form?: "custom";
}

/** The suite's workloads, smallest first. */
export function standardWorkloads(): Workload[] {
  return [
    { name: "empty", ops: 1, text: emptyModule },
    { name: "constant-folding-100", ops: 100, text: () => constantFolding(100) },
    { name: "constant-folding-1k", ops: 1_000, text: () => constantFolding(1_000) },
    { name: "constant-folding-10k", ops: 10_000, text: () => constantFolding(10_000) },
    { name: "constant-folding-100k", ops: 100_000, text: () => constantFolding(100_000) },
    { name: "functions-2k", ops: 2_000 * 17 + 1, text: () => functions(2_000) },
    { name: "dense-decimal-256x256-i32", ops: 3, text: () => denseDecimal(256, 256) },
    { name: "dense-hex-1024x1024-i8", ops: 3, text: () => denseHex(1024, 1024) },
    { name: "region-nest-10k", ops: 10_002, text: () => regionNest(10_000) },
    { name: "arith-constant-folding-10k", ops: 10_000, text: () => arithConstantFolding(10_000), form: "custom" },
    { name: "arith-constant-folding-100k", ops: 100_000, text: () => arithConstantFolding(100_000), form: "custom" },
    { name: "mixed-functions-2k", ops: 2_000 * 17 + 1, text: () => mixedFunctions(2_000), form: "custom" },
  ];
}
