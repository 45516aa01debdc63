/**
 * The lit command:
 * ```
 * node dist/src/tools/lit/main.js [-v] [-j N] [--timeout SECONDS] PATH...
 * ```
 * Runs the test files found under each PATH (see `discover.ts`), prints one
 * `PASS`/`FAIL`/`UNSUPPORTED`/`XFAIL`/`XPASS` line per file and a summary,
 * and exits 1 if any test failed (FAIL or XPASS), 2 on bad usage. With `-v`
 * the output of failing RUN lines is printed too.
 */

import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { discoverTests } from "./discover.js";
import { LitRunner, type TestResult } from "./runner.js";

const usage = "usage: lit [-v] [-j N] [--timeout SECONDS] PATH...\n";

interface Args {
  verbose: boolean;
  jobs: number;
  timeoutMs: number;
  paths: string[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { verbose: false, jobs: availableParallelism(), timeoutMs: 60_000, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | null => (i + 1 < argv.length ? argv[++i] : null);
    if (a === "-v" || a === "--verbose") args.verbose = true;
    else if (a === "-j" || a === "--workers") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) return "lit: -j needs a positive integer\n";
      args.jobs = n;
    } else if (a === "--timeout") {
      const s = Number(value());
      if (!(s > 0)) return "lit: --timeout needs a positive number of seconds\n";
      args.timeoutMs = s * 1000;
    } else if (a === "-h" || a === "--help") return usage;
    else if (a.startsWith("-")) return `lit: unknown option '${a}'\n${usage}`;
    else args.paths.push(a);
  }
  if (args.paths.length === 0) return usage;
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(args);
    const help = process.argv.includes("--help") || process.argv.includes("-h");
    return help ? 0 : 2;
  }
  let files: string[];
  try {
    files = discoverTests(args.paths);
  } catch (e) {
    process.stderr.write(`lit: ${(e as Error).message}\n`);
    return 2;
  }
  const runner = new LitRunner({ timeoutMs: args.timeoutMs });
  const results: TestResult[] = [];
  let next = 0;
  // A fixed pool of workers pulling from a shared index keeps at most
  // `jobs` tests running at once.
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const r = await runner.run(files[next++]);
      results.push(r);
      const name = relative(process.cwd(), r.path) || r.path;
      const extra = r.reason !== "" ? ` (${r.reason})` : "";
      process.stdout.write(`${r.status}: ${name} (${(r.elapsedMs / 1000).toFixed(2)}s)${extra}\n`);
      if (args.verbose && (r.status === "FAIL" || r.status === "XPASS")) process.stdout.write(r.output);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(args.jobs, files.length) }, worker));
  } finally {
    runner.dispose();
  }
  const count = (s: string): number => results.filter((r) => r.status === s).length;
  const failed = count("FAIL") + count("XPASS");
  const passed = count("PASS") + count("XFAIL");
  const skipped = count("UNSUPPORTED");
  if (failed > 0) {
    process.stdout.write("\nFailed tests:\n");
    for (const r of results) {
      if (r.status === "FAIL" || r.status === "XPASS") process.stdout.write(`  ${relative(process.cwd(), r.path)}\n`);
    }
  }
  process.stdout.write(`\nlit: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
