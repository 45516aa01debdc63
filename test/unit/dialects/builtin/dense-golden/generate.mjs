#!/usr/bin/env node
// Records how `mlir-opt` handles the dense attribute corpus of `cases.mjs`
// (generic output, or the first error with its line, column and notes)
// into `golden.json`, which `dense.test.ts` checks tsdl against.
//
// Run by hand from anywhere: node test/unit/dialects/builtin/dense-golden/generate.mjs
// ($MLIR_OPT overrides the binary, default /usr/lib/llvm-22/bin/mlir-opt).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cases } from "./cases.mjs";

const mlirOpt = process.env.MLIR_OPT ?? "/usr/lib/llvm-22/bin/mlir-opt";

/** Runs mlir-opt on `input`: {output} or {error: [line, col, message, notes]}, or null when it crashed. */
export function runMlirOpt(input) {
  const r = spawnSync(mlirOpt, ["--allow-unregistered-dialect", "--mlir-print-op-generic", "-"], { input, encoding: "utf8" });
  if (r.status === 0) return { output: r.stdout };
  if (r.signal !== null || r.stderr.includes("PLEASE submit a bug report")) return null;
  let error = null;
  for (const line of r.stderr.split("\n")) {
    const m = /^<stdin>:(\d+):(\d+): (error|note|warning): (.*)$/.exec(line);
    if (m === null) continue;
    if (m[3] === "error") {
      if (error !== null) break;
      error = [Number(m[1]), Number(m[2]), m[4], []];
    } else if (m[3] === "note" && error !== null) {
      error[3].push([Number(m[1]), Number(m[2]), m[4]]);
    }
  }
  if (error === null) throw new Error(`no error from mlir-opt for ${JSON.stringify(input)}:\n${r.stderr}`);
  return { error };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = [...new Set(cases())];
  const rows = [];
  let crashes = 0;
  for (const input of inputs) {
    const r = runMlirOpt(input);
    if (r === null) {
      crashes++;
      console.warn(`mlir-opt crashed, left out: ${input.slice(0, 120)}`);
      continue;
    }
    rows.push(r.output !== undefined ? [input, r.output] : [input, r.error]);
  }
  const version = spawnSync(mlirOpt, ["--version"], { encoding: "utf8" }).stdout.match(/LLVM version ([\w.]+)/)?.[1] ?? "unknown";
  const target = new URL("./golden.json", import.meta.url);
  writeFileSync(target, `{"mlirOpt": ${JSON.stringify(version)},\n"cases": [\n${rows.map((r) => "  " + JSON.stringify(r)).join(",\n")}\n]}\n`);
  console.log(`wrote ${rows.length} cases (${rows.filter((r) => typeof r[1] !== "string").length} errors, ${crashes} crashes left out) to ${target.pathname}`);
}
