/**
 * Records how `mlir-opt` prints the affine corpus of `affine-cases.ts` into
 * `affine-golden.json`, which `affine.test.ts` checks without `mlir-opt`.
 *
 * Run from the repository root after building (`$MLIR_OPT` overrides the
 * binary):
 *   node dist/test/unit/dialects/builtin/affine-gen-golden.js
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import {
  affineMessages,
  goldenCount,
  goldenMutations,
  goldenSeed,
  invalid,
  mlirOptErrors,
  mlirOptPath,
  mutatedCases,
  randomCases,
  runMlirOpt,
  tricky,
} from "./affine-cases.js";

const first = [...new Set([...tricky, ...randomCases(goldenSeed, goldenCount)])];
// MLIR's output, parsed again, takes other paths (and may simplify further);
// -MIN prints as MIN, which does not parse, so those are left out.
const again = runMlirOpt(first).filter((o) => !o.includes("-9223372036854775808"));
const cases = [...new Set([...first, ...again])];
const outputs = runMlirOpt(cases);
const rows = cases.map((c, i) => [c, outputs[i]!]);
// Hand-written invalid cases, then mutations that mlir-opt rejects in the
// affine parser (others fail later, in the op parser, which is not ours).
const errors: unknown[][] = [];
const bad = [...invalid, ...new Set(mutatedCases(goldenSeed, goldenMutations))];
mlirOptErrors(bad).forEach((e, i) => {
  if (i < invalid.length && e === null) throw new Error(`mlir-opt accepted ${JSON.stringify(bad[i])}`);
  if (e !== null && (i < invalid.length || affineMessages.has(e.message))) errors.push([bad[i], e.line, e.column, e.message]);
});
const version = spawnSync(mlirOptPath, ["--version"], { encoding: "utf8" }).stdout.match(/LLVM version ([\w.]+)/)?.[1];
const target = new URL("../../../../../test/unit/dialects/builtin/affine-golden.json", import.meta.url);
const body = (rs: unknown[][]) => rs.map((r) => "  " + JSON.stringify(r)).join(",\n");
writeFileSync(
  target,
  `{"mlirOpt": ${JSON.stringify(version ?? "unknown")},\n"cases": [\n${body(rows)}\n],\n"errors": [\n${body(errors)}\n]}\n`,
);
console.log(`wrote ${rows.length} cases and ${errors.length} errors to ${target.pathname}`);
