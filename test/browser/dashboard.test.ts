/**
 * The benchmark dashboard in a real browser: publishes the synthetic history
 * of test/unit/bench/fixture-history.ts into a temporary folder, opens
 * index.html from file:// in headless Chromium and checks that every
 * benchmark gets a drawn chart with its points, that the filter box, the
 * group selector and the log-scale toggle work without errors, and that the
 * summary links to commit pages. Leaves full-page screenshots in
 * dist/test-output/ (dashboard.png, dashboard-commit.png) for a human look.
 *
 * Skipped, with the reason, when Chromium is missing (see chromium.ts). Run
 * only this file with `npm run build && node --test dist/test/browser/dashboard.test.js`.
 */

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { publishSite } from "../../bench/history/site/publish.js";
import {
  hostileMessage,
  regressedBenchmark,
  regressionCommit,
  syntheticHistory,
} from "../unit/bench/fixture-history.js";
import { chromiumSkipReason, launchChromium, watchPage } from "./chromium.js";

// This file compiles to dist/test/browser/: the repo root is three up.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const screenshotDir = join(root, "dist/test-output");

const history = syntheticHistory();
const names = Object.keys(history.series).sort();

/** What the page shows of each chart card. */
interface CardState {
  name: string;
  visible: boolean;
  canvasWidth: number;
  canvasHeight: number;
  points: number;
  /** Non-null medians in the uPlot instance's data. */
  plotted: number;
  distr: number;
}

function cards(page: Page): Promise<CardState[]> {
  return page.evaluate(() => {
    const plots = (globalThis as unknown as { tsdlDashboard: { plots(): Record<string, any> } }).tsdlDashboard.plots();
    const doc = (globalThis as unknown as { document: any }).document;
    return [...doc.querySelectorAll("article.card[data-benchmark]")].map((card: any) => {
      const canvas = card.querySelector(".chart canvas");
      const rect = canvas ? canvas.getBoundingClientRect() : { width: 0, height: 0 };
      const plot = plots[card.dataset.benchmark];
      return {
        name: card.dataset.benchmark as string,
        visible: card.offsetParent !== null,
        canvasWidth: rect.width as number,
        canvasHeight: rect.height as number,
        points: Number(card.dataset.points),
        plotted: plot ? (plot.data[3] as (number | null)[]).filter((v) => v != null).length : -1,
        distr: plot ? (plot.scales.y.distr as number) : -1,
      };
    });
  });
}

const visibleNames = async (page: Page): Promise<string[]> =>
  (await cards(page)).filter((c) => c.visible).map((c) => c.name).sort();

describe("benchmark dashboard in headless Chromium", { timeout: 60_000 }, () => {
  let out: string;
  let index: string;
  let browser: Browser | undefined;
  let page: Page;
  let pageLog: string[];
  const dialogs: string[] = [];

  before(async () => {
    out = mkdtempSync(join(tmpdir(), "tsdl-dashboard-"));
    index = publishSite(history, out).index;
    if (chromiumSkipReason !== false) return;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    pageLog = watchPage(page);
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(index).href, { timeout: 10_000 });
    await page.waitForSelector("body[data-ready=true]", { timeout: 10_000 }).catch(() => {
      assert.fail(`the dashboard did not finish drawing\n${pageLog.join("\n")}`);
    });
  });

  after(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  test("draws one chart per benchmark, each with its points", { skip: chromiumSkipReason }, async () => {
    const state = await cards(page);
    assert.deepEqual(state.map((c) => c.name).sort(), names);
    for (const c of state) {
      assert.ok(c.visible, `${c.name} hidden`);
      assert.ok(c.canvasWidth > 200 && c.canvasHeight > 100, `${c.name}: canvas ${c.canvasWidth}x${c.canvasHeight}`);
      assert.equal(c.points, history.series[c.name]!.length, `${c.name}: data-points`);
      assert.equal(c.plotted, history.series[c.name]!.length, `${c.name}: plotted medians`);
    }
    assert.deepEqual(pageLog, []);
    assert.deepEqual(dialogs, [], "a commit message ran as script");
  });

  test("the tooltip shows the commit under the cursor", { skip: chromiumSkipReason }, async () => {
    const over = page.locator(`article.card[data-benchmark="${regressedBenchmark}"] .u-over`);
    const box = (await over.boundingBox())!;
    await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
    const tip = page.locator(`article.card[data-benchmark="${regressedBenchmark}"] .tooltip`);
    await tip.waitFor({ state: "visible", timeout: 2_000 });
    const last = history.commits[history.commits.length - 1]!;
    assert.match(await tip.innerText(), new RegExp(last.hash.slice(0, 8)));
    assert.match(await tip.innerText(), /ms/);
    await page.mouse.move(0, 0);
  });

  test("full-page screenshot in dist/test-output/dashboard.png", { skip: chromiumSkipReason }, async () => {
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, "dashboard.png"), fullPage: true });
  });

  test("the filter box shows matching charts only, as substring or regex", { skip: chromiumSkipReason }, async () => {
    await page.fill("#filter", "parse");
    assert.deepEqual(await visibleNames(page), ["component/parse/functions-2k"]);
    assert.equal(await page.locator("section.group[data-group=e2e]").isVisible(), false, "empty group stays shown");

    await page.fill("#filter", "fold.*10k$");
    assert.deepEqual(await visibleNames(page), ["component/verify/constant-folding-10k", "e2e/constant-folding-10k"]);

    await page.fill("#filter", "no-such-benchmark");
    assert.deepEqual(await visibleNames(page), []);
    assert.equal(await page.locator("#no-match").isVisible(), true);

    await page.fill("#filter", "");
    assert.deepEqual(await visibleNames(page), names);
  });

  test("the group selector", { skip: chromiumSkipReason }, async () => {
    await page.click("#group-filter label:has(input[value=micro])");
    assert.deepEqual(await visibleNames(page), names.filter((n) => n.startsWith("micro/")));
    await page.click("#group-filter label:has(input[value=''])");
    assert.deepEqual(await visibleNames(page), names);
  });

  test("log scale and MB/s redraw every chart", { skip: chromiumSkipReason }, async () => {
    await page.click("label.check:has(#log-scale)");
    for (const c of await cards(page)) {
      assert.equal(c.distr, 3, `${c.name} not on a log scale`);
      assert.ok(c.canvasWidth > 200 && c.canvasHeight > 100, `${c.name}: canvas ${c.canvasWidth}x${c.canvasHeight}`);
      assert.equal(c.plotted, history.series[c.name]!.length, `${c.name}: plotted medians`);
    }
    await page.screenshot({ path: join(screenshotDir, "dashboard-log.png"), fullPage: true });
    await page.click("#metric label:has(input[value=throughput])");
    const units = await page.$$eval("article.card", (els: any[]) => els.map((e) => [e.dataset.benchmark, e.dataset.unit]));
    for (const [name, unit] of units) {
      const hasSize = history.series[name]!.some((p) => p.mbPerSec !== undefined);
      assert.equal(unit, hasSize ? "MB/s" : "ms", name);
    }
    await page.click("#metric label:has(input[value=time])");
    await page.click("label.check:has(#log-scale)");
    for (const c of await cards(page)) assert.equal(c.distr, 1);
    assert.deepEqual(pageLog, []);
  });

  test("a summary link opens the commit page", { skip: chromiumSkipReason }, async () => {
    const commit = history.commits[regressionCommit]!;
    const link = page.locator(`#regressions tr[data-benchmark="${regressedBenchmark}"] a.hash`);
    await Promise.all([page.waitForURL(/\/commits\/[0-9a-f]+\.html$/, { timeout: 5_000 }), link.click()]);
    assert.ok(page.url().endsWith(`/commits/${commit.hash}.html`), page.url());
    assert.equal(await page.locator("h1.commit-title").innerText(), commit.message);
    assert.equal(
      await page.locator(`table.compare tr[data-benchmark="${regressedBenchmark}"] .tag`).innerText(),
      "▲ worse",
    );
    await page.screenshot({ path: join(screenshotDir, "dashboard-commit.png"), fullPage: true });

    // The page of the commit with markup in its message shows it as text.
    const hostile = history.commits.find((c) => c.message === hostileMessage)!;
    await page.goto(pathToFileURL(join(out, "commits", `${hostile.hash}.html`)).href);
    assert.equal(await page.locator("h1.commit-title").innerText(), hostileMessage);
    await page.click("a.home");
    await page.waitForSelector("body[data-ready=true]");
    assert.deepEqual(pageLog, []);
    assert.deepEqual(dialogs, []);
  });
});
