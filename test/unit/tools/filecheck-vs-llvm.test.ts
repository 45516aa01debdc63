/**
 * Differential test against LLVM's FileCheck. Each case in
 * filecheck-cases/ is `NAME.check` + `NAME.input`; the check file's first
 * lines hold `EXPECT-EXIT: N` (LLVM's verdict, recorded) and optionally
 * `ARGS: ...` (FileCheck options). Our command must give the recorded exit
 * status; when /usr/lib/llvm-22/bin/FileCheck is installed it must too, and
 * both must print the same diagnostics.
 */

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, test } from "node:test";
import { runCli } from "../../../src/tools/filecheck/cli.js";

const llvmFileCheck = "/usr/lib/llvm-22/bin/FileCheck";
const haveLlvm = existsSync(llvmFileCheck);
// Compiled to dist/test/unit/tools/: the sources are four levels up.
const casesDir = fileURLToPath(new URL("../../../../test/unit/tools/filecheck-cases/", import.meta.url));

interface Case {
  name: string;
  check: string;
  input: string;
  args: string[];
  expectExit: number;
}

function loadCases(): Case[] {
  return readdirSync(casesDir)
    .filter((f) => f.endsWith(".check"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".check".length);
      const check = join(casesDir, f);
      const text = readFileSync(check, "latin1");
      const exit = /^EXPECT-EXIT: (\d)$/m.exec(text);
      assert.ok(exit, `${f}: missing EXPECT-EXIT line`);
      const args = /^ARGS: (.*)$/m.exec(text)?.[1].split(" ") ?? [];
      return { name, check, input: join(casesDir, `${name}.input`), args, expectExit: Number(exit[1]) };
    });
}

function runOurs(c: Case): { status: number; stderr: string } {
  let stderr = "";
  const status = runCli([c.check, "--input-file", c.input, ...c.args], {}, {
    stderr: (t) => {
      stderr += t;
    },
    stdin: () => "",
  });
  return { status, stderr };
}

function runLlvm(c: Case): { status: number; stderr: string } {
  const r = spawnSync(llvmFileCheck, [c.check, "--input-file", c.input, ...c.args], { encoding: "latin1" });
  return { status: r.status ?? -1, stderr: r.stderr };
}

/** Drops the line echoing the command line, which names each program. */
function comparable(stderr: string): string {
  return stderr.replace(/^FileCheck command line:.*\n/m, "");
}

const cases = loadCases();

describe("FileCheck vs LLVM FileCheck", () => {
  test("has cases, passing and failing", () => {
    assert.ok(cases.length >= 50);
    for (const code of [0, 1, 2]) assert.ok(cases.some((c) => c.expectExit === code), `no case exits ${code}`);
  });
  for (const c of cases) {
    test(c.name, () => {
      const ours = runOurs(c);
      assert.equal(ours.status, c.expectExit, `our exit status; stderr:\n${ours.stderr}`);
      if (!haveLlvm) return;
      const theirs = runLlvm(c);
      assert.equal(theirs.status, c.expectExit, `LLVM's exit status (stale EXPECT-EXIT?); stderr:\n${theirs.stderr}`);
      assert.equal(comparable(ours.stderr), comparable(theirs.stderr));
    });
  }
  test("LLVM FileCheck availability", { skip: haveLlvm ? false : `${llvmFileCheck} not installed` }, () => {
    assert.ok(haveLlvm);
  });
});
