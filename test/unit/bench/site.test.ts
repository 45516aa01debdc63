/**
 * The dashboard generator and its preview server, without a browser (see
 * test/browser/dashboard.test.ts for the page itself): publishSite on the
 * synthetic history of fixture-history.ts writes the files, embeds the data
 * as a script, lists the known regression and improvement in the summary,
 * makes a page per commit and escapes commit messages; serveSite serves the
 * result and nothing outside it.
 */

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { runInNewContext } from "node:vm";
import { dataGlobal, publishSite, type SiteData } from "../../../bench/history/site/publish.js";
import { serveSite } from "../../../bench/history/site/preview.js";
import {
  hostileMessage,
  improvedBenchmark,
  improvementCommit,
  regressedBenchmark,
  regressionCommit,
  syntheticHistory,
} from "./fixture-history.js";

const history = syntheticHistory();
const short = (i: number): string => history.commits[i]!.hash.slice(0, 8);

/** `GET path` on `url`'s server with the path sent as is (fetch would normalize `/../`). */
function rawGet(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("publishSite", () => {
  let out: string;
  let result: { files: string[]; index: string };
  let indexHtml: string;

  before(() => {
    out = mkdtempSync(join(tmpdir(), "tsdl-site-"));
    result = publishSite(history, join(out, "site"));
    indexHtml = readFileSync(result.index, "utf8");
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test("writes the pages, the data and the assets", () => {
    const site = join(out, "site");
    assert.equal(result.index, join(site, "index.html"));
    for (const rel of [
      "index.html",
      "data.js",
      "assets/dashboard.js",
      "assets/dashboard.css",
      "assets/uPlot.iife.min.js",
      "assets/uPlot.min.css",
    ]) {
      assert.ok(existsSync(join(site, rel)), `${rel} missing`);
      assert.ok(result.files.includes(join(site, rel)), `${rel} not listed in files`);
    }
    for (const f of result.files) assert.ok(existsSync(f), `listed ${f} does not exist`);
  });

  test("index.html loads uPlot, data.js and the dashboard script by relative paths", () => {
    const scripts = [...indexHtml.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    assert.deepEqual(scripts, ["assets/uPlot.iife.min.js", "data.js", "assets/dashboard.js"]);
    assert.match(indexHtml, /<link rel="stylesheet" href="assets\/uPlot\.min\.css">/);
    // Works from file:// and from a sub-path on GitHub Pages: nothing absolute, nothing remote but the credit link.
    assert.doesNotMatch(indexHtml, /(src|href)="\//);
    assert.doesNotMatch(indexHtml, /src="https?:/);
  });

  test("data.js sets the global with every benchmark and commit", () => {
    const sandbox: Record<string, unknown> = {};
    runInNewContext(readFileSync(join(out, "site/data.js"), "utf8"), sandbox);
    assert.equal(typeof sandbox[dataGlobal], "object", `data.js does not set ${dataGlobal}`);
    // Objects from another realm: copy them into this one so deepEqual compares values only.
    const data = JSON.parse(JSON.stringify(sandbox[dataGlobal])) as SiteData;
    assert.equal(data.version, 1);
    assert.equal(data.commits.length, history.commits.length);
    assert.deepEqual(data.benchmarks.map((b) => b.name).sort(), Object.keys(history.series).sort());
    assert.deepEqual(data.groups, ["e2e", "component", "micro"]);
    for (const b of data.benchmarks) {
      assert.equal(b.points.length, history.series[b.name]!.length, b.name);
      assert.equal(b.peers.length, b.group === "e2e" ? 2 : 0, `${b.name} peers`);
    }
    const regressed = data.benchmarks.find((b) => b.name === regressedBenchmark)!;
    assert.deepEqual(
      regressed.steps.map((s) => [s.commit, s.kind]),
      [[regressionCommit, "regression"]],
    );
    assert.ok(Math.abs(regressed.steps[0]!.ratio - 1.4) < 0.05, `ratio ${regressed.steps[0]!.ratio}`);
  });

  test("one chart card per benchmark, grouped e2e, component, micro", () => {
    const cards = [...indexHtml.matchAll(/<article class="card" id="[^"]+" data-benchmark="([^"]+)" data-group="([^"]+)"/g)];
    assert.deepEqual(cards.map((m) => m[1]).sort(), Object.keys(history.series).sort());
    for (const m of cards) assert.ok(m[1]!.startsWith(m[2]! + "/"));
    const sections = [...indexHtml.matchAll(/<section class="group" data-group="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(sections, ["e2e", "component", "micro"]);
  });

  test("the summary lists the regression and the improvement at their commits", () => {
    const section = (id: string): string => {
      const start = indexHtml.indexOf(`id="${id}"`);
      assert.ok(start >= 0, `no #${id}`);
      return indexHtml.slice(start, indexHtml.indexOf("</section>", start));
    };
    const regressions = section("regressions");
    assert.match(regressions, new RegExp(`data-benchmark="${regressedBenchmark}"`));
    assert.match(regressions, new RegExp(`href="commits/${history.commits[regressionCommit]!.hash}\\.html"[^>]*>${short(regressionCommit)}</a>`));
    assert.match(regressions, /1\.4\d×/);
    assert.doesNotMatch(regressions, new RegExp(improvedBenchmark));
    const improvements = section("improvements");
    assert.match(improvements, new RegExp(`data-benchmark="${improvedBenchmark}"`));
    assert.match(improvements, new RegExp(`>${short(improvementCommit)}</a>`));
    assert.match(improvements, /0\.[67]\d×/);
  });

  test("a page per commit, comparing with the parent", () => {
    for (let i = 0; i < history.commits.length; i++) {
      const path = join(out, "site/commits", `${history.commits[i]!.hash}.html`);
      assert.ok(existsSync(path), `commit ${i} has no page`);
      const html = readFileSync(path, "utf8");
      assert.match(html, /href="\.\.\/index\.html"/);
      if (i > 0) assert.match(html, new RegExp(`rel="prev" href="${history.commits[i - 1]!.hash}\\.html"`));
      if (i + 1 < history.commits.length) assert.match(html, new RegExp(`rel="next" href="${history.commits[i + 1]!.hash}\\.html"`));
    }
    const page = readFileSync(join(out, "site/commits", `${history.commits[regressionCommit]!.hash}.html`), "utf8");
    const row = page.slice(page.indexOf(`<tr class="verdict-`));
    assert.match(row, new RegExp(`^<tr class="verdict-worse" data-benchmark="${regressedBenchmark}"`), "the regression is the first row, worse");
    const rows = [...page.matchAll(/<tr class="verdict-(\w+)" data-benchmark="([^"]+)"/g)];
    assert.equal(rows.length, Object.keys(history.series).length);
    assert.equal(rows.filter((r) => r[1] === "worse").length, 1);
    const first = readFileSync(join(out, "site/commits", `${history.commits[0]!.hash}.html`), "utf8");
    assert.match(first, /no parent to compare with/);
  });

  test("commit messages are escaped on every page", () => {
    const hostile = history.commits.findIndex((c) => c.message === hostileMessage);
    const escaped = "Print &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;b&gt;attrs&lt;/b&gt;";
    const commitPage = readFileSync(join(out, "site/commits", `${history.commits[hostile]!.hash}.html`), "utf8");
    const neighbour = readFileSync(join(out, "site/commits", `${history.commits[hostile + 1]!.hash}.html`), "utf8");
    for (const html of [commitPage, neighbour]) {
      assert.ok(!html.includes("<script>alert"), "raw <script> in a commit page");
      assert.ok(!html.includes("<b>attrs"), "raw markup in a commit page");
    }
    assert.ok(commitPage.includes(`<h1 class="commit-title">${escaped}</h1>`));
    assert.ok(!indexHtml.includes("<script>alert"));
    // Only our three scripts, whatever the messages say.
    assert.equal(indexHtml.match(/<script/g)!.length, 3);
  });

  test("publishing again into the same folder overwrites", () => {
    const again = publishSite(history, join(out, "site"));
    assert.equal(readFileSync(again.index, "utf8"), indexHtml);
  });
});

describe("serveSite", () => {
  let out: string;
  let server: { url: string; close(): Promise<void> };

  before(async () => {
    out = mkdtempSync(join(tmpdir(), "tsdl-serve-"));
    publishSite(history, join(out, "site"));
    writeFileSync(join(out, "secret.txt"), "outside the site");
    server = await serveSite(join(out, "site"));
  });
  after(async () => {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  });

  test("serves index.html for the root, with content types", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const root = await rawGet(server.url, "/");
    assert.equal(root.status, 200);
    assert.equal(root.type, "text/html; charset=utf-8");
    assert.equal(root.body, readFileSync(join(out, "site/index.html"), "utf8"));
    const script = await rawGet(server.url, "/data.js?x=1");
    assert.equal(script.status, 200);
    assert.equal(script.type, "text/javascript; charset=utf-8");
    assert.equal((await rawGet(server.url, "/assets/uPlot.min.css")).type, "text/css; charset=utf-8");
    const commit = await rawGet(server.url, `/commits/${history.commits[3]!.hash}.html`);
    assert.equal(commit.status, 200);
    assert.equal((await rawGet(server.url, "/missing.html")).status, 404);
  });

  test("redirects a directory without its slash", async () => {
    assert.equal((await rawGet(server.url, "/commits")).status, 301);
    assert.equal((await rawGet(server.url, "/commits/")).status, 404, "no index.html there");
  });

  test("refuses paths outside the folder", async () => {
    for (const path of ["/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt"]) {
      const res = await rawGet(server.url, path);
      assert.ok(res.status === 403 || res.status === 400, `${path}: ${res.status}`);
      assert.ok(!res.body.includes("outside the site"), `${path} leaked the file`);
    }
  });
});
