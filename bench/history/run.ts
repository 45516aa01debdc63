/**
 * `tsdl-bench run`: measures commits. Each commit is built in its own
 * worktree (see `Workspace`), then the harness of the measuring checkout
 * runs in a fresh Node process against that build, and the result is stored
 * as `<results>/<machine>/<commit>.json`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suiteRepo, type HarnessOutput } from "../harness.js";
import { commitInfo, git } from "./git.js";
import { median, medianConfidenceInterval } from "../stats/index.js";
import type { BenchmarkResult, MachineInfo, ResultFile } from "./model.js";
import { resultFormatVersion } from "./model.js";
import type { ResultStore } from "./store.js";
import type { Workspace } from "./workspace.js";

export interface RunOptions {
  filter: string | null;
  quick: boolean;
  peers: boolean;
  /** Whole-process runs per end-to-end benchmark (the harness's default when absent). */
  runs?: number;
  /** Harness processes per commit; their samples are pooled (ASV's `processes`): process-to-process variation then shows in the intervals. */
  rounds: number;
  /** Measure again commits that already have a result. */
  force: boolean;
  machine: MachineInfo;
  log: (line: string) => void;
}

/** Environment variables recorded with each result (they change what is measured). */
const recordedVars = ["NODE_OPTIONS", "MLIR_OPT", "XDSL_OPT", "CI"];

function harnessArgs(target: string, out: string, o: RunOptions): string[] {
  const args = ["--expose-gc", join(suiteRepo, "dist", "bench", "harness.js"), "--target", target, "--out", out];
  if (o.filter !== null) args.push("--filter", o.filter);
  if (o.quick) args.push("--quick");
  if (o.peers) args.push("--peers");
  if (o.runs !== undefined) args.push("--runs", String(o.runs));
  return args;
}

function suiteCommit(): string | null {
  try {
    return git(suiteRepo, ["rev-parse", "HEAD"]).trim();
  } catch {
    return null;
  }
}

/** Pools the samples of several harness runs per benchmark (peers come from the first run only). */
export function poolRounds(rounds: readonly HarnessOutput[]): HarnessOutput {
  const first = rounds[0]!;
  const results: BenchmarkResult[] = first.results.map((b) => {
    const all = rounds.map((r) => r.results.find((x) => x.name === b.name)).filter((x): x is BenchmarkResult => x !== undefined);
    const failed = all.find((x) => x.skipped !== undefined);
    if (failed !== undefined) return failed;
    const samples = all.flatMap((x) => x.samples);
    const ci = medianConfidenceInterval(samples);
    const peaks = all.map((x) => x.peakMB).filter((x): x is number => x !== undefined);
    return { ...b, samples, median: median(samples), ciLow: ci.low, ciHigh: ci.high, ...(peaks.length > 0 ? { peakMB: median(peaks) } : {}) };
  });
  return { results, peers: first.peers };
}

/** Measures each of `hashes` (oldest first); returns the result files written. */
export function runCommits(repo: string, hashes: readonly string[], store: ResultStore, workspace: Workspace, o: RunOptions): string[] {
  const written: string[] = [];
  const infos = commitInfo(repo, hashes);
  const env = { quick: o.quick, filter: o.filter, rounds: o.rounds, suiteCommit: suiteCommit(), vars: Object.fromEntries(recordedVars.filter((v) => process.env[v] !== undefined).map((v) => [v, process.env[v]!])) };
  infos.forEach((commit, i) => {
    const short = commit.hash.slice(0, 8);
    const head = `[${i + 1}/${infos.length}] ${short} ${commit.message.slice(0, 60)}`;
    if (!o.force && store.has(o.machine.name, commit.hash)) {
      o.log(`${head}: already measured (--force to measure again)`);
      return;
    }
    o.log(`${head}: building`);
    const checkout = workspace.prepare(commit.hash);
    const base: ResultFile = { version: resultFormatVersion, machine: o.machine, commit, measuredAt: "", env, results: [], peers: [] };
    if (checkout.error !== null) {
      o.log(`${head}: cannot build, recorded as such: ${checkout.error.split("\n")[0]}`);
      written.push(store.write({ ...base, measuredAt: new Date().toISOString(), buildError: checkout.error }));
      return;
    }
    o.log(`${head}: measuring`);
    const tmp = mkdtempSync(join(tmpdir(), "tsdl-bench-"));
    try {
      const rounds: HarnessOutput[] = [];
      for (let round = 0; round < Math.max(1, o.rounds); round++) {
        const out = join(tmp, `round-${round}.json`);
        const r = spawnSync(process.execPath, harnessArgs(checkout.dir, out, { ...o, peers: o.peers && round === 0 }), { stdio: ["ignore", "inherit", "inherit"], cwd: checkout.dir });
        if (r.status !== 0) {
          o.log(`${head}: the harness failed (exit ${r.status ?? r.signal}); nothing recorded`);
          return;
        }
        rounds.push(JSON.parse(readFileSync(out, "utf8")) as HarnessOutput);
      }
      const h = poolRounds(rounds);
      written.push(store.write({ ...base, measuredAt: new Date().toISOString(), results: h.results, peers: h.peers }));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
  return written;
}
