// End to end: `tsdl-bench run`, `compare` and `publish` on a throwaway git
// repository of three commits, the second of which makes one benchmark
// (replaceAllUsesWith, so `micro/rauw-10k-uses`) deliberately slower.
//
// The throwaway commits hold a prebuilt copy of this checkout's `dist/`
// (their build script does nothing), so the test measures the tool, not
// TypeScript's compile time; `node_modules` comes from this checkout through
// the install cache, keyed by the lockfile as for any commit.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ActionBenchmarkEntry } from "../../bench/history/export.js";
import type { ResultFile } from "../../bench/history/model.js";
import { Workspace } from "../../bench/history/workspace.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const cli = join(repoRoot, "bin", "tsdl-bench");
const filter = "^(micro/(rauw-10k-uses|create-op|add-remove-use|attr-uniquing-hit|walk-10k-ops)|e2e/constant-folding-100|component/parse/constant-folding-1k)$";

let work = "";
let repo = "";
let cache = "";
const hashes: string[] = [];

function sh(cwd: string, cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

function bench(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, TSDL_BENCH_CACHE: cache, TSDL_BENCH_MACHINE: "test-machine", NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function commit(message: string): string {
  sh(repo, "git", ["add", "-A"]);
  sh(repo, "git", ["-c", "user.name=Bench Test", "-c", "user.email=bench@example.com", "commit", "-q", "-m", message]);
  return sh(repo, "git", ["rev-parse", "HEAD"]).trim();
}

before(() => {
  work = mkdtempSync(join(tmpdir(), "tsdl-bench-e2e-"));
  repo = join(work, "repo");
  cache = join(work, "cache");
  mkdirSync(repo);
  for (const f of ["package.json", "package-lock.json"]) cpSync(join(repoRoot, f), join(repo, f));
  for (const d of ["bin", "dist/src", "dist/bundle"]) cpSync(join(repoRoot, d), join(repo, d), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { scripts: Record<string, string> };
  pkg.scripts = { build: "node -e \"console.log('prebuilt')\"" };
  writeFileSync(join(repo, "package.json"), JSON.stringify(pkg, null, 2));
  writeFileSync(join(repo, "README.md"), "throwaway\n");
  sh(repo, "git", ["init", "-q", "-b", "main"]);
  hashes.push(commit("base"));
  // The regression: 2 ms of busy waiting in every replaceAllUsesWith.
  const value = join(repo, "dist", "src", "ir", "value.js");
  const text = readFileSync(value, "utf8");
  const slow = text.replace(/replaceAllUsesWith\(replacement\) \{/, "$& for (const t = performance.now(); performance.now() - t < 2; );");
  assert.notEqual(slow, text, "the slowdown must apply");
  writeFileSync(value, slow);
  hashes.push(commit("slow down replaceAllUsesWith"));
  writeFileSync(join(repo, "README.md"), "throwaway, edited\n");
  hashes.push(commit("edit the README"));
  new Workspace(repo, cache).seedInstall(join(repo, "package-lock.json"), join(repoRoot, "node_modules"));
});

after(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

test("run measures every commit of an inclusive range into one file per machine and commit", () => {
  const r = bench(["run", `${hashes[0]}..HEAD`, "--quick", "--filter", filter]);
  assert.equal(r.status, 0, r.stderr);
  const dir = join(repo, ".tsdl-bench", "results", "test-machine");
  const files = readdirSync(dir).sort();
  assert.deepEqual(files, ["machine.json", ...hashes.map((h) => `${h}.json`)].sort());
  const first = JSON.parse(readFileSync(join(dir, `${hashes[0]}.json`), "utf8")) as ResultFile;
  assert.equal(first.commit.message, "base");
  assert.equal(first.machine.name, "test-machine");
  assert.ok(first.machine.cores > 0 && first.machine.node.startsWith("v"));
  const names = first.results.map((b) => b.name).sort();
  assert.deepEqual(names, ["component/parse/constant-folding-1k", "e2e/constant-folding-100", "micro/add-remove-use", "micro/attr-uniquing-hit", "micro/create-op", "micro/rauw-10k-uses", "micro/walk-10k-ops"]);
  for (const b of first.results) {
    assert.equal(b.skipped, undefined, `${b.name}: ${b.skipped}`);
    assert.ok(b.samples.length >= 3 && b.ciLow <= b.median && b.median <= b.ciHigh, b.name);
  }
  // A second run finds everything measured already.
  const again = bench(["run", `${hashes[0]}..HEAD`, "--quick", "--filter", filter]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /already measured/);
  assert.match(again.stderr, /0 result file\(s\) written/);
});

// The slowdown is ~20x; the factor of 3 keeps a loaded machine (2x swings
// between processes are common on shared cores) from flagging the rest.
test("compare flags exactly the slowed benchmark, and --fail-above gates on it", () => {
  const r = bench(["compare", hashes[0]!, hashes[1]!, "--only-changed", "--factor", "3", "--fail-above", "5"]);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const flagged = r.stdout.split("\n").filter((l) => /\bslower\b|\bfaster\b/.test(l));
  assert.equal(flagged.length, 1, r.stdout);
  assert.match(flagged[0]!, /^micro\/rauw-10k-uses\s.*slower/);
  assert.match(r.stderr, /1 benchmark\(s\) slower by more than 5x: micro\/rauw-10k-uses/);
  // The README-only commit changes nothing that matters.
  const same = bench(["compare", hashes[1]!, hashes[2]!, "--only-changed", "--factor", "3", "--fail-above", "5"]);
  assert.equal(same.status, 0, same.stdout + same.stderr);
  assert.match(same.stdout, /no significant change/);
});

test("export writes github-action-benchmark's customSmallerIsBetter entries", () => {
  const out = join(work, "action.json");
  const r = bench(["export", hashes[1]!, "--out", out]);
  assert.equal(r.status, 0, r.stderr);
  const entries = JSON.parse(readFileSync(out, "utf8")) as ActionBenchmarkEntry[];
  const rauw = entries.find((e) => e.name === "micro/rauw-10k-uses");
  assert.ok(rauw !== undefined && rauw.unit === "ms" && rauw.value >= 2, JSON.stringify(rauw));
});

test("publish produces a site with a point per commit", () => {
  const out = join(work, "site");
  const r = bench(["publish", "--out", out]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(out, "index.html")));
  for (const h of hashes) assert.ok(existsSync(join(out, "commits", `${h}.html`)), `page of ${h}`);
  const data = readFileSync(join(out, "data.js"), "utf8");
  const json = JSON.parse(data.slice(data.indexOf("{"), data.lastIndexOf("}") + 1)) as { commits: unknown[]; benchmarks: { name: string; points: unknown[] }[] };
  assert.equal(json.commits.length, 3);
  assert.equal(json.benchmarks.length, 7);
  for (const b of json.benchmarks) assert.equal(b.points.length, 3, b.name);
});

test("mistakes get a clear error and no stack trace", () => {
  const unknown = bench(["compare", "HEAD", "no-such-rev"]);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^tsdl-bench: error: /);
  assert.doesNotMatch(unknown.stderr, /\n\s+at /);
  const usage = bench(["--no-such-flag"]);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /tsdl-bench: error: Unknown option '--no-such-flag'/);
  const filterError = bench(["run", "HEAD", "--filter", "("]);
  assert.equal(filterError.status, 2);
});
