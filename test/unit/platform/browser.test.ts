/**
 * tsdl in a real browser: serves test/browser/index.html, the esbuild
 * bundle of src/index.ts (dist/bundle/tsdl.browser.js, made by
 * `npm run build`) and the shared cases on 127.0.0.1, opens the page in
 * headless Chromium through playwright-core, and checks that every case
 * prints byte-identical text (custom, generic and debuginfo forms) and gives
 * the same diagnostics as the compiled modules do in Node.
 *
 * Chromium is Debian's (`apt-get install chromium`), never a Playwright
 * download (see test/browser/chromium.ts): `CHROMIUM` names another binary;
 * without one the browser part is skipped. Run only this file with
 * `npm run build && node --test dist/test/unit/platform/browser.test.js`.
 */

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import * as tsdl from "../../../src/index.js";
import { cases, runCases, type CaseResult } from "../../browser/cases.js";
import { chromiumSkipReason as skipReason, launchChromium, watchPage } from "../../browser/chromium.js";

// This file compiles to dist/test/unit/platform/: the repo root is four up.
const root = fileURLToPath(new URL("../../../../", import.meta.url));

/** URL path → [file under the repo root, content type]. Nothing else is served. */
const routes: Record<string, [string, string]> = {
  "/": ["test/browser/index.html", "text/html; charset=utf-8"],
  "/bundle/tsdl.browser.js": ["dist/bundle/tsdl.browser.js", "text/javascript; charset=utf-8"],
  "/cases.js": ["dist/test/browser/cases.js", "text/javascript; charset=utf-8"],
};

function startServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://127.0.0.1").pathname];
    if (route === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": route[1], "cache-control": "no-store" });
    res.end(readFileSync(join(root, route[0])));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

const nodeResults: CaseResult[] = runCases(tsdl);

test("the shared cases behave as expected in Node", () => {
  assert.equal(nodeResults.length, cases.length);
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    const r = nodeResults[i]!;
    assert.equal(r.internal, null, `${c.name}: internal error`);
    if (c.expectError !== undefined) {
      assert.equal(r.error?.kind, c.expectError, `${c.name}: expected a ${c.expectError}`);
      assert.ok(r.error!.line > 0 && r.error!.column > 0, `${c.name}: diagnostic without a position`);
    } else {
      assert.equal(r.error, null, `${c.name}: unexpected ${r.error?.kind}: ${r.error?.message}`);
      assert.ok(r.custom && r.generic && r.debugInfo && r.bytesHex, `${c.name}: empty output`);
    }
  }
});

describe("headless Chromium", { timeout: 30_000 }, () => {
  let server: Server | undefined;
  let browser: Browser | undefined;

  before(async () => {
    if (skipReason !== false) return;
    for (const [, [file]] of Object.entries(routes)) {
      assert.ok(existsSync(join(root, file)), `${file} is missing: run npm run build`);
    }
    server = await startServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (server !== undefined) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
  });

  test("the bundle parses and prints exactly as Node does", { skip: skipReason }, async () => {
    const page = await browser!.newPage();
    /** Page errors, console errors and failed requests, shown when the page fails. */
    const pageLog = watchPage(page);
    const port = (server!.address() as AddressInfo).port;
    await page.goto(`http://127.0.0.1:${port}/`, { timeout: 10_000 });
    let browserResults: CaseResult[];
    try {
      browserResults = await page.evaluate(
        () => (globalThis as unknown as { tsdlResults: Promise<CaseResult[]> }).tsdlResults,
      );
    } catch (e) {
      assert.fail(`the page failed: ${e instanceof Error ? e.message : String(e)}\n${pageLog.join("\n")}`);
    }
    assert.equal(browserResults.length, nodeResults.length);
    for (let i = 0; i < nodeResults.length; i++) {
      const n = nodeResults[i]!;
      const b = browserResults[i]!;
      // Field by field, so a failure names the form that differs.
      for (const key of ["internal", "error", "custom", "generic", "debugInfo", "bytesHex", "roundTrip"] as const) {
        assert.deepStrictEqual(b[key], n[key], `${n.name}: ${key} differs between Chromium and Node`);
      }
    }
    assert.deepEqual(pageLog, []);
    await page.close();
  });
});
