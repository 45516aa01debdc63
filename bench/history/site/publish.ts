/**
 * `tsdl-bench publish`: turns a `History` into a static dashboard that works
 * from `file://` and from GitHub Pages alike — relative links only, no
 * fetch (the data is a script, `data.js`, that sets a global), no CDN
 * (uPlot is copied next to the pages).
 *
 * Layout of the output folder:
 *
 * ```
 * index.html            summary of detected steps, filters, one chart per benchmark
 * data.js               globalThis.TSDL_BENCH = { commits, benchmarks, ... }
 * commits/<hash>.html   one page per commit: every benchmark against the parent commit
 * assets/               dashboard.js, dashboard.css (bench/history/site/assets/), uPlot
 * .nojekyll             GitHub Pages serves the files as they are
 * ```
 */

import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { History, MachineInfo } from "../model.js";
import { detectChanges, type DetectedChange } from "../changes.js";
import { commitPageContext, renderCommitPage } from "./commit-page.js";
import { benchmarkAnchor, benchmarkGroup, commitPageName, compareGroups, shortHash } from "./html.js";
import { historyGroups, renderIndex } from "./index-page.js";

/** The global `data.js` assigns (`globalThis.TSDL_BENCH`). */
export const dataGlobal = "TSDL_BENCH";

/** Format version of `data.js`; `assets/dashboard.js` checks it. */
export const siteDataVersion = 1;

/** A point as `data.js` stores it: [commit index, median, ciLow, ciHigh, MB/s or null]. */
export type SitePoint = [number, number, number, number, number | null];

/** What `data.js` holds: the history reshaped for drawing. */
export interface SiteData {
  version: number;
  generatedAt: string;
  machine: MachineInfo;
  commits: { hash: string; short: string; date: string; message: string; author: string; page: string }[];
  groups: string[];
  benchmarks: {
    name: string;
    group: string;
    /** The id of its chart card on the index page. */
    anchor: string;
    points: SitePoint[];
    /** Latest measurement of each peer tool (end-to-end benchmarks), ms. */
    peers: { tool: string; median: number }[];
    /** Detected steps, oldest first. */
    steps: { commit: number; before: number; after: number; ratio: number; kind: DetectedChange["kind"] }[];
  }[];
}

/** Six significant digits: plenty for a chart, and `data.js` stays small. */
function round(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(6)) : v;
}

/** The history reshaped for the client (see `SiteData`). */
export function siteData(history: History, changes: DetectedChange[]): SiteData {
  const names = Object.keys(history.series).sort(
    (a, b) => compareGroups(benchmarkGroup(a), benchmarkGroup(b)) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    version: siteDataVersion,
    generatedAt: history.generatedAt,
    machine: history.machine,
    commits: history.commits.map((c) => ({
      hash: c.hash,
      short: shortHash(c.hash),
      date: c.date,
      message: c.message,
      author: c.author,
      page: `commits/${commitPageName(c.hash)}.html`,
    })),
    groups: historyGroups(history),
    benchmarks: names.map((name) => ({
      name,
      group: benchmarkGroup(name),
      anchor: benchmarkAnchor(name),
      points: history.series[name]!.map(
        (p): SitePoint => [p.commit, round(p.median), round(p.ciLow), round(p.ciHigh), p.mbPerSec === undefined ? null : round(p.mbPerSec)],
      ),
      peers: (history.peers[name] ?? [])
        .filter((p) => p.median > 0)
        .map((p) => ({ tool: p.tool, median: round(p.median) })),
      steps: changes
        .filter((c) => c.benchmark === name)
        .sort((a, b) => a.commit - b.commit)
        .map((c) => ({ commit: c.commit, before: round(c.before), after: round(c.after), ratio: round(c.ratio), kind: c.kind })),
    })),
  };
}

/**
 * The hand-written assets: next to this module when run from source, else
 * in the source tree (this file compiles to dist/bench/history/site/, four
 * levels below the repository root, and tsc does not copy .js/.css files).
 */
function assetsDir(): string {
  const beside = fileURLToPath(new URL("./assets/", import.meta.url));
  if (existsSync(join(beside, "dashboard.js"))) return beside;
  const root = fileURLToPath(new URL("../../../../", import.meta.url));
  const inSource = join(root, "bench/history/site/assets");
  if (existsSync(join(inSource, "dashboard.js"))) return inSource;
  throw new Error(`tsdl-bench publish: dashboard assets not found (looked in ${beside} and ${inSource})`);
}

/** uPlot's browser build and stylesheet, from node_modules. */
function uplotFiles(): { js: string; css: string } {
  const require = createRequire(import.meta.url);
  return { js: require.resolve("uplot/dist/uPlot.iife.min.js"), css: require.resolve("uplot/dist/uPlot.min.css") };
}

/**
 * Writes the dashboard of `history` into `outDir` (created if needed) and
 * returns the absolute paths of the files written and of `index.html`.
 * Files already in `outDir` are overwritten, never deleted (pages of
 * commits no longer in the history stay, unlinked). Throws if the assets
 * or uPlot cannot be found or a file cannot be written.
 */
export function publishSite(history: History, outDir: string): { files: string[]; index: string } {
  const out = resolve(outDir);
  const files: string[] = [];
  const write = (rel: string, content: string): void => {
    const path = join(out, rel);
    writeFileSync(path, content);
    files.push(path);
  };
  const copy = (from: string, rel: string): void => {
    const path = join(out, rel);
    copyFileSync(from, path);
    files.push(path);
  };

  mkdirSync(join(out, "assets"), { recursive: true });
  mkdirSync(join(out, "commits"), { recursive: true });

  const changes = detectChanges(history);
  const assets = assetsDir();
  const uplot = uplotFiles();
  copy(uplot.js, "assets/uPlot.iife.min.js");
  copy(uplot.css, "assets/uPlot.min.css");
  copy(join(assets, "dashboard.js"), "assets/dashboard.js");
  copy(join(assets, "dashboard.css"), "assets/dashboard.css");

  // JSON is valid JavaScript (ES2019 allows U+2028/9 in strings); the file is
  // loaded by <script src>, never inlined, so "</script>" in a message is harmless.
  write("data.js", `// Generated by tsdl-bench publish; read by assets/dashboard.js.\nglobalThis.${dataGlobal} = ${JSON.stringify(siteData(history, changes))};\n`);
  const context = commitPageContext(history);
  for (let i = 0; i < history.commits.length; i++) {
    write(`commits/${commitPageName(history.commits[i]!.hash)}.html`, renderCommitPage(history, i, changes, context));
  }
  write(".nojekyll", "");
  write("index.html", renderIndex(history, changes));
  return { files, index: join(out, "index.html") };
}
