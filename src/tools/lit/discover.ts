/**
 * Finding lit tests: files ending in `.mlir`, `.test` or `.txt`, searched
 * recursively under the given directories. As in LLVM's lit configs,
 * directories named `Inputs` (data for tests) and hidden ones are skipped.
 */

import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** File suffixes that make a lit test. */
export const testSuffixes = [".mlir", ".test", ".txt"];

function isTest(name: string): boolean {
  return testSuffixes.some((s) => name.endsWith(s));
}

/**
 * Expands files and directories into a sorted list of absolute test paths.
 * A file named explicitly is taken whatever its suffix.
 * @throws if a path does not exist.
 */
export function discoverTests(paths: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "Inputs") walk(full);
      } else if (isTest(entry.name)) {
        found.add(full);
      }
    }
  };
  for (const p of paths) {
    const abs = resolve(p);
    if (statSync(abs).isDirectory()) walk(abs);
    else found.add(abs);
  }
  return [...found].sort();
}
