/**
 * Records `mlir-opt`'s printing of generated float literals into
 * `golden.json`, which `float.test.ts` checks without needing `mlir-opt`.
 *
 * Run from the repository root after building:
 *   node dist/test/unit/support/float/gen-golden.js
 */
import { writeFileSync } from "node:fs";
import { errorCases, generateCases, mlirOptError, mlirOptPath, runMlirOpt } from "./mlir-cases.js";
import { spawnSync } from "node:child_process";

const cases = generateCases(20240601, 2);
const outputs = runMlirOpt(cases);
const rows: (string | number)[][] = cases.map((c, i) => (c.dense ? [c.type, c.lit, outputs[i]!, 1] : [c.type, c.lit, outputs[i]!]));
for (const c of errorCases) rows.push([c.type, c.lit, mlirOptError(c)]);
const version = spawnSync(mlirOptPath, ["--version"], { encoding: "utf8" }).stdout.match(/LLVM version ([\w.]+)/)?.[1];
const target = new URL("../../../../../test/unit/support/float/golden.json", import.meta.url);
const body = rows.map((r) => "  " + JSON.stringify(r)).join(",\n");
writeFileSync(target, `{"mlirOpt": ${JSON.stringify(version ?? "unknown")}, "cases": [\n${body}\n]}\n`);
console.log(`wrote ${rows.length} cases to ${target.pathname}`);
