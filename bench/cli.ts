/**
 * `tsdl-bench` (also `npm run bench --`): the benchmark suite and its
 * history over commits, in the spirit of airspeed velocity (asv).
 *
 *   tsdl-bench [--peers] [--quick] [--filter RE]   run the suite on this checkout, print tables
 *   tsdl-bench run [REV | A..B | --all]            measure commits into the results folder
 *   tsdl-bench compare A B [--fail-above 1.10]     compare two measured commits
 *   tsdl-bench changes [--limit N]                 steps found in the history (regressions, improvements)
 *   tsdl-bench publish [--out DIR]                 write the static dashboard
 *   tsdl-bench preview [--out DIR] [--port N]      serve the dashboard on localhost
 *   tsdl-bench export [REV] [--out FILE]           github-action-benchmark JSON
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { runHarness, suiteRepo } from "./harness.js";
import { detectChanges } from "./history/changes.js";
import { compareResults, formatComparison, regressions } from "./history/compare.js";
import { toActionBenchmark } from "./history/export.js";
import { commitInfo, git, GitError, resolveRange, revParse } from "./history/git.js";
import { buildHistory } from "./history/history.js";
import { thisMachine } from "./history/machine.js";
import { resultFormatVersion, type History, type ResultFile } from "./history/model.js";
import { formatChanges, formatEndToEnd, formatInProcess } from "./history/report.js";
import { runCommits } from "./history/run.js";
import { publishSite } from "./history/site/publish.js";
import { serveSite } from "./history/site/preview.js";
import { ResultStore } from "./history/store.js";
import { defaultCacheDir, Workspace } from "./history/workspace.js";

/** A mistake in how the command was called: exit code 2. */
class UsageError extends Error {}
/** A failure the user should read (no stack trace): exit code 1. */
class CommandError extends Error {}

const usage = `usage: tsdl-bench [options]                      run the suite on this checkout and print tables
       tsdl-bench run [REV | A..B | --all] [options]   measure commits (A..B includes A)
       tsdl-bench compare A B [options]             compare two measured commits
       tsdl-bench changes [--limit N]               regressions and improvements found in the history
       tsdl-bench publish [--out DIR]               write the dashboard (static site)
       tsdl-bench preview [--out DIR] [--port N]    publish, then serve it on localhost
       tsdl-bench export [REV] [--out FILE]         results as github-action-benchmark JSON

options:
  --filter REGEX     only benchmarks whose name matches (e2e/..., component/<phase>/..., micro/...)
  --quick            fewer samples (for a first look, not for decisions)
  --peers            also time mlir-opt and xdsl-opt on the end-to-end workloads
  --runs N           whole-process runs per tool (default 10, quick 3)
  --rounds N         (run) harness processes per commit, samples pooled (default 2, quick 1)
  --json FILE        (suite run) also write the results to FILE
  --mlir-opt PATH    --xdsl-opt PATH   peer executables (default: MLIR_OPT, XDSL_OPT, PATH)
  --force            (run) measure commits that already have results again
  --repo DIR         the git repository measured (default: the one around the current folder)
  --results DIR      result files (default REPO/.tsdl-bench/results)
  --machine NAME     machine name for results (default TSDL_BENCH_MACHINE or the host name)
  --only-changed     (compare) only benchmarks that changed significantly
  --factor R         (compare) a significant change must also exceed R (default 1.05)
  --fail-above R     (compare) exit 1 when a benchmark got slower by more than R (e.g. 1.10)
  --out PATH         (publish/preview) site folder, default REPO/.tsdl-bench/html; (export) output file
  --port N           (preview) port, default 8080 (0: any free port)
  --limit N          (changes) at most N rows, newest first (default 30)
`;

const options = {
  filter: { type: "string" },
  quick: { type: "boolean", default: false },
  peers: { type: "boolean", default: false },
  runs: { type: "string" },
  rounds: { type: "string" },
  json: { type: "string" },
  "mlir-opt": { type: "string" },
  "xdsl-opt": { type: "string" },
  all: { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  repo: { type: "string" },
  results: { type: "string" },
  machine: { type: "string" },
  "only-changed": { type: "boolean", default: false },
  factor: { type: "string" },
  "fail-above": { type: "string" },
  out: { type: "string" },
  port: { type: "string" },
  limit: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>["values"];

function log(line: string): void {
  process.stderr.write(line + "\n");
}

function number(v: string | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} expects a number, got '${v}'`);
  return n;
}

function regex(v: string | undefined): RegExp | null {
  if (v === undefined) return null;
  try {
    return new RegExp(v);
  } catch (e) {
    throw new UsageError(`--filter: ${(e as Error).message}`);
  }
}

function repoOf(v: Values): string {
  const start = resolve(v.repo ?? process.cwd());
  try {
    return git(start, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    if (v.repo !== undefined) throw new CommandError(`${start} is not a git repository`);
    return suiteRepo;
  }
}

function storeOf(v: Values, repo: string): ResultStore {
  return new ResultStore(resolve(v.results ?? join(repo, ".tsdl-bench", "results")));
}

function resultOf(store: ResultStore, machine: string, repo: string, rev: string): ResultFile {
  const hash = revParse(repo, rev);
  const r = store.read(machine, hash);
  if (r === null) throw new CommandError(`no results for ${rev} (${hash.slice(0, 8)}) on machine '${machine}' in ${store.dir}; run: tsdl-bench run ${rev}`);
  if (r.buildError !== undefined) throw new CommandError(`${rev} (${hash.slice(0, 8)}) could not be built: ${r.buildError.split("\n")[0]}`);
  return r;
}

/** `tsdl-bench` with no subcommand: the suite on this checkout. */
async function suiteRun(v: Values): Promise<number> {
  const out = await runHarness({
    target: suiteRepo,
    filter: regex(v.filter),
    quick: v.quick!,
    peers: v.peers!,
    ...(v.runs !== undefined ? { runs: number(v.runs, "runs", 10) } : {}),
    mlirOpt: v["mlir-opt"] ?? null,
    xdslOpt: v["xdsl-opt"] ?? null,
  });
  process.stdout.write("\n" + [formatEndToEnd(out.results, out.peers), formatInProcess(out.results, "component"), formatInProcess(out.results, "micro")].filter((s) => s !== "").join("\n"));
  let commit: ResultFile["commit"] = { hash: "0".repeat(40), date: new Date().toISOString(), message: "(working tree)", author: "", parents: [] };
  try {
    commit = commitInfo(suiteRepo, [revParse(suiteRepo, "HEAD")])[0]!;
  } catch {
    // not a git checkout: keep the placeholder
  }
  const file: ResultFile = {
    version: resultFormatVersion,
    machine: thisMachine(v.machine),
    commit,
    measuredAt: new Date().toISOString(),
    env: { quick: v.quick!, filter: v.filter ?? null, suiteCommit: commit.hash, vars: {} },
    results: out.results,
    peers: out.peers,
  };
  const json = v.json ?? join(suiteRepo, "bench", "out", "latest.json");
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, JSON.stringify(file, null, 1) + "\n");
  process.stdout.write(`\nresults written to ${json}\n`);
  return 0;
}

function runCommand(v: Values, positionals: string[]): number {
  const repo = repoOf(v);
  if (positionals.length > 1) throw new UsageError("run takes one revision or range");
  regex(v.filter);
  const rounds = number(v.rounds, "rounds", v.quick ? 1 : 2);
  const runs = v.runs !== undefined ? { runs: number(v.runs, "runs", 10) } : {};
  const spec = v.all ? "all" : (positionals[0] ?? "HEAD");
  const hashes = resolveRange(repo, spec);
  const machine = thisMachine(v.machine);
  const store = storeOf(v, repo);
  const workspace = new Workspace(repo, defaultCacheDir(), log);
  log(`measuring ${hashes.length} commit(s) of ${repo} on machine '${machine.name}' (results: ${store.dir})`);
  const written = runCommits(repo, hashes, store, workspace, { filter: v.filter ?? null, quick: v.quick!, peers: v.peers!, force: v.force!, rounds, machine, log, ...runs });
  log(`${written.length} result file(s) written`);
  return 0;
}

function compareCommand(v: Values, positionals: string[]): number {
  if (positionals.length !== 2) throw new UsageError("compare takes two revisions: tsdl-bench compare A B");
  const repo = repoOf(v);
  const store = storeOf(v, repo);
  const machine = thisMachine(v.machine).name;
  const a = resultOf(store, machine, repo, positionals[0]!);
  const b = resultOf(store, machine, repo, positionals[1]!);
  if (a.env.filter !== b.env.filter || a.env.quick !== b.env.quick) {
    // A benchmark's neighbours in the process change its time (heap size, JIT state): runs with other filters do not compare.
    log(`tsdl-bench: warning: the two commits were measured differently (filter ${a.env.filter ?? "none"} vs ${b.env.filter ?? "none"}, quick ${a.env.quick} vs ${b.env.quick}); ratios may reflect that`);
  }
  const rows = compareResults(a, b, { factor: number(v.factor, "factor", 1.05) });
  process.stdout.write(formatComparison(a, b, rows, v["only-changed"]!));
  if (v["fail-above"] !== undefined) {
    const bad = regressions(rows, number(v["fail-above"], "fail-above", 1.1));
    if (bad.length > 0) {
      process.stderr.write(`tsdl-bench: ${bad.length} benchmark(s) slower by more than ${v["fail-above"]}x: ${bad.map((r) => r.name).join(", ")}\n`);
      return 1;
    }
  }
  return 0;
}

/** The history of this machine (or of the only machine with results, when `--machine` is not given). */
function historyOf(v: Values, repo: string): History {
  const store = storeOf(v, repo);
  const machines = store.machines();
  const machine = v.machine !== undefined || machines.length !== 1 ? thisMachine(v.machine).name : machines[0]!;
  const history = buildHistory(
    store.all(machine).filter((r) => r.buildError === undefined),
    repo,
  );
  if (history === null) throw new CommandError(`no results for machine '${machine}' in ${store.dir}; run: tsdl-bench run HEAD~5..HEAD`);
  return history;
}

function changesCommand(v: Values): number {
  const history = historyOf(v, repoOf(v));
  const changes = detectChanges(history).slice(0, number(v.limit, "limit", 30));
  process.stdout.write(formatChanges(history, changes));
  return 0;
}

function publish(v: Values): string {
  const repo = repoOf(v);
  const history = historyOf(v, repo);
  const out = resolve(v.out ?? join(repo, ".tsdl-bench", "html"));
  const site = publishSite(history, out);
  log(`dashboard of ${history.commits.length} commit(s), ${Object.keys(history.series).length} benchmarks: ${site.index}`);
  return out;
}

async function preview(v: Values): Promise<number> {
  const dir = publish(v);
  const server = await serveSite(dir, number(v.port, "port", 8080));
  process.stdout.write(`serving ${dir} at ${server.url} (Ctrl-C to stop)\n`);
  await new Promise(() => {});
  return 0;
}

function exportCommand(v: Values, positionals: string[]): number {
  const repo = repoOf(v);
  const r = resultOf(storeOf(v, repo), thisMachine(v.machine).name, repo, positionals[0] ?? "HEAD");
  const json = JSON.stringify(toActionBenchmark(r), null, 2) + "\n";
  if (v.out !== undefined) {
    mkdirSync(dirname(resolve(v.out)), { recursive: true });
    writeFileSync(v.out, json);
    log(`wrote ${v.out}`);
  } else process.stdout.write(json);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional.*$/s, ""));
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(usage);
    return 0;
  }
  const [command, ...rest] = positionals;
  switch (command) {
    case undefined:
      return suiteRun(v);
    case "run":
      return runCommand(v, rest);
    case "compare":
      return compareCommand(v, rest);
    case "changes":
      return changesCommand(v);
    case "publish":
      publish(v);
      return 0;
    case "preview":
      return preview(v);
    case "export":
      return exportCommand(v, rest);
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`tsdl-bench: error: ${e.message}\n\n${usage}`);
      process.exitCode = 2;
    } else if (e instanceof CommandError || e instanceof GitError) {
      process.stderr.write(`tsdl-bench: error: ${e.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`tsdl-bench: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
