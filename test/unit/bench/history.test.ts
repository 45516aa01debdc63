// The pieces of `tsdl-bench`'s history: revision ranges, pooling of rounds,
// comparison verdicts, history order and the github-action-benchmark export.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { compareResults, regressions } from "../../../bench/history/compare.js";
import { toActionBenchmark } from "../../../bench/history/export.js";
import { resolveRange } from "../../../bench/history/git.js";
import { buildHistory } from "../../../bench/history/history.js";
import { sanitizeMachineName } from "../../../bench/history/machine.js";
import type { BenchmarkResult, CommitInfo, ResultFile } from "../../../bench/history/model.js";
import { poolRounds } from "../../../bench/history/run.js";

function samples(center: number, n: number, seed: number): number[] {
  // Deterministic spread of ±2% around `center`.
  return Array.from({ length: n }, (_, i) => center * (1 + 0.02 * Math.sin(seed * 7.1 + i * 2.3)));
}

function result(name: string, s: number[]): BenchmarkResult {
  const sorted = [...s].sort((a, b) => a - b);
  const m = sorted[sorted.length >> 1]!;
  return { name, group: name.startsWith("e2e/") ? "e2e" : "micro", samples: s, median: m, ciLow: sorted[0]!, ciHigh: sorted[sorted.length - 1]! };
}

function file(hash: string, date: string, results: BenchmarkResult[]): ResultFile {
  const commit: CommitInfo = { hash: hash.padEnd(40, "0"), date, message: `commit ${hash}`, author: "a", parents: [] };
  return {
    version: 1,
    machine: { name: "m", cpu: "c", cores: 2, memoryGB: 1, os: "linux", arch: "x64", node: "v20" },
    commit,
    measuredAt: date,
    env: { quick: false, filter: null, suiteCommit: null, vars: {} },
    results,
    peers: [{ tool: "mlir-opt", benchmark: "e2e/x", median: 5, ciLow: 4, ciHigh: 6, ratioToTsdl: 0.5 }],
  };
}

describe("revision ranges", () => {
  let repo = "";
  const hashes: string[] = [];
  before(() => {
    repo = mkdtempSync(join(tmpdir(), "tsdl-bench-git-"));
    const git = (...args: string[]): string => {
      const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], { cwd: repo, encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim();
    };
    git("init", "-q", "-b", "main");
    for (let i = 0; i < 4; i++) {
      writeFileSync(join(repo, "f"), String(i));
      git("add", "f");
      git("commit", "-q", "-m", `c${i}`);
      hashes.push(git("rev-parse", "HEAD"));
    }
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  test("A..B includes both ends, oldest first", () => {
    assert.deepEqual(resolveRange(repo, "HEAD~2..HEAD"), hashes.slice(1));
    assert.deepEqual(resolveRange(repo, `${hashes[0]}..${hashes[1]}`), hashes.slice(0, 2));
  });
  test("a single revision and all", () => {
    assert.deepEqual(resolveRange(repo, "HEAD~1"), [hashes[2]]);
    assert.deepEqual(resolveRange(repo, "all"), hashes);
  });
  test("an unknown revision is an error", () => {
    assert.throws(() => resolveRange(repo, "nope..HEAD"));
  });
});

test("rounds pool their samples; a failure in any round wins", () => {
  const pooled = poolRounds([
    { results: [result("micro/a", [1, 2, 3]), result("micro/b", [1])], peers: [] },
    { results: [result("micro/a", [4, 5, 6]), { ...result("micro/b", []), skipped: "failed: boom" }], peers: [] },
  ]);
  assert.deepEqual(pooled.results[0]!.samples, [1, 2, 3, 4, 5, 6]);
  assert.equal(pooled.results[0]!.median, 3.5);
  assert.equal(pooled.results[1]!.skipped, "failed: boom");
});

test("compare: a slower benchmark is worse, noise is the same, new and skipped are told apart", () => {
  const a = file("a", "2026-01-01T00:00:00Z", [result("micro/x", samples(10, 30, 1)), result("micro/y", samples(10, 30, 2)), { ...result("micro/s", []), skipped: "no API" }]);
  const b = file("b", "2026-01-02T00:00:00Z", [result("micro/x", samples(13, 30, 3)), result("micro/y", samples(10.05, 30, 4)), result("micro/s", [1, 2]), result("micro/n", [1, 2])]);
  const rows = compareResults(a, b, { factor: 1.05 });
  const verdict = Object.fromEntries(rows.map((r) => [r.name, r.verdict]));
  assert.deepEqual(verdict, { "micro/x": "worse", "micro/y": "same", "micro/s": "skipped", "micro/n": "new" });
  assert.deepEqual(regressions(rows, 1.2).map((r) => r.name), ["micro/x"]);
  assert.deepEqual(regressions(rows, 1.5), []);
  // The factor hides real but small changes.
  assert.equal(compareResults(a, b, { factor: 1.5 }).find((r) => r.name === "micro/x")!.verdict, "same");
});

test("history: commits in date order without a repository, one point per measured commit", () => {
  const h = buildHistory(
    [
      file("b", "2026-01-02T00:00:00Z", [result("micro/x", [2, 2, 2])]),
      file("a", "2026-01-01T00:00:00Z", [result("micro/x", [1, 1, 1]), { ...result("micro/y", []), skipped: "no API" }]),
    ],
    null,
  )!;
  assert.deepEqual(h.commits.map((c) => c.message), ["commit a", "commit b"]);
  assert.deepEqual(h.series["micro/x"]!.map((p) => [p.commit, p.median]), [[0, 1], [1, 2]]);
  assert.equal(h.series["micro/y"], undefined);
  assert.deepEqual(h.peers["e2e/x"], [{ tool: "mlir-opt", median: 5 }]);
  assert.equal(buildHistory([], null), null);
});

test("export: customSmallerIsBetter entries without skipped benchmarks", () => {
  const entries = toActionBenchmark(file("a", "2026-01-01T00:00:00Z", [result("micro/x", [1, 2, 3]), { ...result("micro/y", []), skipped: "no API" }]));
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.name, "micro/x");
  assert.equal(entries[0]!.unit, "ms");
  assert.equal(entries[0]!.value, 2);
  assert.match(entries[0]!.range!, /^± /);
});

test("machine names are safe folder names", () => {
  assert.equal(sanitizeMachineName("my box/1"), "my-box-1");
  assert.equal(sanitizeMachineName("../x"), "x");
  assert.equal(sanitizeMachineName(""), "machine");
});
