import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, test } from "node:test";
import { nodeCommand, shebangNodeFlags } from "../../../src/tools/node-command.js";

const dir = mkdtempSync(join(tmpdir(), "tsdl-node-command-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function script(firstLine: string): string {
  const p = join(dir, `s${Math.random().toString(36).slice(2)}`);
  writeFileSync(p, `${firstLine}\nconsole.log(1);\n`);
  return p;
}

test("flags of an env -S node line are passed to node", () => {
  const p = script("#!/usr/bin/env -S node --v8-pool-size=1 --no-turbo-inlining");
  assert.deepEqual(shebangNodeFlags(p), ["--v8-pool-size=1", "--no-turbo-inlining"]);
  assert.deepEqual(nodeCommand(p), [process.execPath, "--v8-pool-size=1", "--no-turbo-inlining", p]);
});

test("a plain node line, another interpreter or no #! line gives no flags", () => {
  assert.deepEqual(shebangNodeFlags(script("#!/usr/bin/env node")), []);
  assert.deepEqual(shebangNodeFlags(script("#!/bin/sh")), []);
  assert.deepEqual(shebangNodeFlags(script("#!/usr/bin/env -S python3 -u")), []);
  assert.deepEqual(shebangNodeFlags(script("console.log(2);")), []);
  assert.deepEqual(shebangNodeFlags(join(dir, "absent")), []);
});

test("bin/tsdl-opt's flags are found", () => {
  const bin = fileURLToPath(new URL("../../../../bin/tsdl-opt", import.meta.url));
  assert.ok(shebangNodeFlags(bin).includes("--v8-pool-size=1"));
});

test("the build's code cache of tsdl-opt is accepted by V8 (a stale or mismatched one only costs start-up time, silently)", () => {
  const bin = fileURLToPath(new URL("../../../../bin/tsdl-opt", import.meta.url));
  const r = spawnSync(nodeCommand(bin)[0]!, [...nodeCommand(bin).slice(1), "--version"], {
    encoding: "utf8",
    env: { ...process.env, TSDL_DEBUG: "1" },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /rejected the code cache/);
});
