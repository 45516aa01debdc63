/**
 * Writes every workload of the suite into a folder:
 * `node dist/bench/workloads/generate.js [DIR]` (default `bench/out`).
 * Files that already hold the right bytes are left alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { standardWorkloads, type Workload } from "./index.js";

/** Writes `w` as `DIR/<name>.mlir` unless the file is up to date; returns its path and text. */
export function materialize(w: Workload, dir: string): { path: string; text: string } {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${w.name}.mlir`);
  const text = w.text();
  if (!existsSync(path) || readFileSync(path, "utf8") !== text) writeFileSync(path, text);
  return { path, text };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "bench/out";
  for (const w of standardWorkloads()) process.stdout.write(materialize(w, dir).path + "\n");
}
