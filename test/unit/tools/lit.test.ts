/**
 * The lit runner's parts: directive parsing, substitutions, feature
 * expressions, discovery, and running tests that pass, fail, hang or are
 * skipped (in a scratch directory, so failures here are the expected kind).
 */

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { discoverTests } from "../../../src/tools/lit/discover.js";
import { runCommand } from "../../../src/tools/lit/run-command.js";
import { LitRunner } from "../../../src/tools/lit/runner.js";
import { substitute } from "../../../src/tools/lit/substitute.js";
import { evalFeatureExpr, parseTestScript, ScriptError } from "../../../src/tools/lit/test-script.js";

describe("parseTestScript", () => {
  test("collects RUN lines with their line numbers", () => {
    const s = parseTestScript("// RUN: a %s\nfoo\n# RUN: b\n; RUN:   c  \n");
    assert.deepEqual(s.runLines, [
      { command: "a %s", line: 1 },
      { command: "b", line: 3 },
      { command: "c", line: 4 },
    ]);
  });
  test("joins backslash continuations", () => {
    const s = parseTestScript("// RUN: a \\\n// RUN:   | b \\\n// RUN: c\n// RUN: d\n");
    assert.deepEqual(s.runLines, [
      { command: "a    | b  c", line: 1 },
      { command: "d", line: 4 },
    ]);
  });
  test("rejects a dangling continuation", () => {
    assert.throws(() => parseTestScript("// RUN: a \\\n"), ScriptError);
  });
  test("keywords must start a word", () => {
    const s = parseTestScript("// CHECK-RUN: x\n// XRUN: y\n// CHECK: RUN: z\n");
    assert.deepEqual(
      s.runLines.map((r) => r.command),
      ["z"],
    );
  });
  test("REQUIRES, UNSUPPORTED and XFAIL lists", () => {
    const s = parseTestScript("// REQUIRES: a, b\n// REQUIRES: c\n// UNSUPPORTED: d\n// XFAIL: *\n");
    assert.deepEqual(s.requires, ["a", "b", "c"]);
    assert.deepEqual(s.unsupported, ["d"]);
    assert.deepEqual(s.xfail, ["*"]);
  });
});

describe("evalFeatureExpr", () => {
  const has = (f: string): boolean => f === "yes" || f === "mlir-opt";
  test("names, negation, and/or, parentheses", () => {
    assert.equal(evalFeatureExpr("yes", has), true);
    assert.equal(evalFeatureExpr("no", has), false);
    assert.equal(evalFeatureExpr("!no", has), true);
    assert.equal(evalFeatureExpr("yes && no", has), false);
    assert.equal(evalFeatureExpr("no || mlir-opt", has), true);
    assert.equal(evalFeatureExpr("!(no || yes)", has), false);
    assert.equal(evalFeatureExpr("*", has), true);
  });
  test("malformed expressions throw", () => {
    assert.throws(() => evalFeatureExpr("yes &&", has), ScriptError);
    assert.throws(() => evalFeatureExpr("(yes", has), ScriptError);
  });
});

describe("substitute", () => {
  const subs = { source: "/d/t.mlir", sourceDir: "/d", tmp: "/tmp/x/t.tmp", tmpDir: "/tmp/x" };
  test("replaces each token once, left to right", () => {
    assert.equal(substitute("a %s %S %p %t %T", subs), "a /d/t.mlir /d /d /tmp/x/t.tmp /tmp/x");
    assert.equal(substitute("100%% %%s %t.o", subs), "100% %s /tmp/x/t.tmp.o");
    assert.equal(substitute("%x %", subs), "%x %");
  });
});

describe("runCommand", () => {
  const env = process.env;
  test("uses pipefail and reports status and output", async () => {
    const ok = await runCommand("echo out; echo err >&2", { cwd: tmpdir(), env, timeoutMs: 10_000 });
    assert.equal(ok.exitCode, 0);
    assert.equal(ok.stdout, "out\n");
    assert.equal(ok.stderr, "err\n");
    const piped = await runCommand("false | cat", { cwd: tmpdir(), env, timeoutMs: 10_000 });
    assert.equal(piped.exitCode, 1);
  });
  test("kills a hanging command, children included", async () => {
    const t0 = Date.now();
    const r = await runCommand("sleep 30 | cat", { cwd: tmpdir(), env, timeoutMs: 300 });
    assert.equal(r.timedOut, true);
    assert.notEqual(r.exitCode, 0);
    assert.ok(Date.now() - t0 < 10_000);
  });
});

describe("LitRunner", () => {
  // The compiled test sits in dist/test/unit/tools/: the repo root is four up.
  const root = fileURLToPath(new URL("../../../../", import.meta.url));
  let dir = "";
  let runner: LitRunner;
  const write = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "tsdl-lit-unit-"));
    runner = new LitRunner({ repoRoot: root, timeoutMs: 2_000 });
  });
  after(() => {
    runner.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test("passes when every RUN line succeeds", async () => {
    const p = write("ok.mlir", "// RUN: echo hi > %t\n// RUN: grep -q hi %t\n// RUN: not false\n");
    const r = await runner.run(p);
    assert.equal(r.status, "PASS", r.output);
  });
  test("fails at the first failing RUN line, with its output", async () => {
    const p = write("bad.mlir", "// RUN: true\n// RUN: echo boom >&2; exit 3\n// RUN: touch %t.never\n");
    const r = await runner.run(p);
    assert.equal(r.status, "FAIL");
    assert.match(r.output, /bad\.mlir:2: RUN line failed \(exit code 3\)/);
    assert.match(r.output, /--- stderr ---\nboom\n/);
  });
  test("the filecheck shim is our FileCheck and can fail", async () => {
    const p = write("fc.mlir", "// RUN: echo abc | filecheck %s\n// CHECK: abd\n");
    const r = await runner.run(p);
    assert.equal(r.status, "FAIL");
    assert.match(r.output, /error: CHECK: expected string not found in input/);
  });
  test("`not` inverts status and treats crashes as failures", async () => {
    const p = write(
      "not.test",
      "# RUN: not false\n# RUN: not not true\n# RUN: not sh -c 'kill -9 $$' || true\n" +
        "# RUN: not --crash sh -c 'kill -9 $$'\n# RUN: ! not sh -c 'kill -9 $$'\n# RUN: ! not no-such-command-xyz\n" +
        "# RUN: ! not --crash no-such-command-xyz\n# RUN: ! not --crash false\n",
    );
    const r = await runner.run(p);
    assert.equal(r.status, "PASS", r.output);
  });
  test("a hanging RUN line times out", async () => {
    const p = write("hang.test", "# RUN: sleep 30\n");
    const r = await runner.run(p);
    assert.equal(r.status, "FAIL");
    assert.match(r.output, /timed out after 2 s/);
  });
  test("unmet REQUIRES and met UNSUPPORTED skip", async () => {
    const req = await runner.run(write("req.mlir", "// REQUIRES: no-such-tool-xyz\n// RUN: false\n"));
    assert.equal(req.status, "UNSUPPORTED");
    assert.match(req.reason, /no-such-tool-xyz/);
    const uns = await runner.run(write("uns.mlir", "// UNSUPPORTED: bash\n// RUN: false\n"));
    assert.equal(uns.status, "UNSUPPORTED");
    const runs = await runner.run(write("runs.mlir", "// REQUIRES: bash, filecheck\n// RUN: true\n"));
    assert.equal(runs.status, "PASS");
  });
  test("XFAIL inverts the verdict", async () => {
    assert.equal((await runner.run(write("xf.test", "# XFAIL: *\n# RUN: false\n"))).status, "XFAIL");
    assert.equal((await runner.run(write("xp.test", "# XFAIL: *\n# RUN: true\n"))).status, "XPASS");
  });
  test("a file without RUN lines fails", async () => {
    const r = await runner.run(write("empty.mlir", "// CHECK: nothing\n"));
    assert.equal(r.status, "FAIL");
    assert.match(r.output, /no RUN: lines/);
  });
});

describe("discoverTests", () => {
  test("finds test suffixes recursively, skipping Inputs and hidden dirs", () => {
    const dir = mkdtempSync(join(tmpdir(), "tsdl-lit-disc-"));
    try {
      for (const d of ["a", "a/Inputs", ".hidden"]) mkdirSync(join(dir, d), { recursive: true });
      for (const f of ["x.mlir", "a/y.test", "a/z.txt", "a/w.ts", "a/Inputs/in.mlir", ".hidden/h.mlir"]) {
        writeFileSync(join(dir, f), "");
      }
      assert.deepEqual(
        discoverTests([dir]).map((p) => p.slice(dir.length + 1)),
        ["a/y.test", "a/z.txt", "x.mlir"],
      );
      assert.deepEqual(discoverTests([join(dir, "a", "w.ts")]), [join(dir, "a", "w.ts")]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
