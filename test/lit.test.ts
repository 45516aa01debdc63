/**
 * Runs every lit test under test/filecheck/ as one node:test test per file,
 * concurrently. A failing file reports its failing RUN line with exit status
 * and output; files whose REQUIRES are not met are reported as skipped.
 */

import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, test } from "node:test";
import { discoverTests } from "../src/tools/lit/discover.js";
import { LitRunner } from "../src/tools/lit/runner.js";

// This file compiles to dist/test/lit.test.js: the repo root is two up.
const root = fileURLToPath(new URL("../../", import.meta.url));
const files = discoverTests([join(root, "test", "filecheck")]);
const runner = new LitRunner({ repoRoot: root });

describe("lit", { concurrency: availableParallelism() }, () => {
  after(() => runner.dispose());
  for (const file of files) {
    test(relative(root, file), async (t) => {
      const r = await runner.run(file);
      if (r.status === "UNSUPPORTED") {
        t.skip(r.reason);
        return;
      }
      if (r.status === "FAIL" || r.status === "XPASS") assert.fail(r.output);
    });
  }
});
