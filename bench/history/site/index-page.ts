/**
 * The dashboard's front page: header, the summary of detected steps, the
 * filter controls and one (empty) chart card per benchmark, grouped. The
 * charts themselves are drawn in the browser by `assets/dashboard.js` from
 * `data.js`; everything else is static HTML, readable without JavaScript.
 */

import type { History } from "../model.js";
import type { DetectedChange } from "../changes.js";
import {
  benchmarkAnchor,
  benchmarkGroup,
  commitLink,
  compareGroups,
  escapeHtml,
  formatDate,
  formatDay,
  formatMs,
  formatPercent,
  formatRatio,
  groupTitles,
  page,
  shortHash,
} from "./html.js";

/** Rows of each summary table shown before the "older" fold. */
const summaryRows = 12;

function header(history: History): string {
  const m = history.machine;
  const commits = history.commits;
  let range = "no commits";
  if (commits.length > 0) {
    const first = commits[0]!;
    const last = commits[commits.length - 1]!;
    range =
      `${commits.length} commit${commits.length === 1 ? "" : "s"}, ` +
      `${commitLink(first, "commits/")} → ${commitLink(last, "commits/")} ` +
      `<span class="muted">(${escapeHtml(formatDay(first.date))} – ${escapeHtml(formatDay(last.date))})</span>`;
  }
  const fact = (term: string, value: string): string => `<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return `<header class="site-header">
<div class="wrap">
<div class="title-row">
<h1>tsdl <span>benchmarks</span></h1>
<p class="generated">Generated <time datetime="${escapeHtml(history.generatedAt)}">${escapeHtml(formatDate(history.generatedAt))}</time></p>
</div>
<dl class="facts">
${fact("Machine", `<strong>${escapeHtml(m.name)}</strong>`)}
${fact("CPU", `${escapeHtml(m.cpu)} · ${m.cores} cores · ${m.memoryGB} GB`)}
${fact("System", `${escapeHtml(m.os)} (${escapeHtml(m.arch)}) · Node ${escapeHtml(m.node)}`)}
${fact("Commits", range)}
</dl>
</div>
</header>`;
}

function changeRow(history: History, c: DetectedChange): string {
  const commit = history.commits[c.commit]!;
  const name = escapeHtml(c.benchmark);
  return `<tr class="${c.kind}${c.latest ? "" : " superseded"}" data-benchmark="${name}">
<td class="bench"><a href="#${benchmarkAnchor(c.benchmark)}">${name}</a></td>
<td class="commit">${commitLink(commit, "commits/")} <span class="message" title="${escapeHtml(commit.message)}">${escapeHtml(commit.message)}</span></td>
<td class="num change">${escapeHtml(formatMs(c.before))} <span class="arrow">→</span> ${escapeHtml(formatMs(c.after))}</td>
<td class="num ratio"><span class="pill ${c.kind}">${formatRatio(c.ratio)}</span> <span class="pct">${formatPercent(c.ratio)}</span></td>
</tr>`;
}

function changeTable(history: History, rows: DetectedChange[]): string {
  return `<table class="changes">
<colgroup><col class="c-bench"><col class="c-commit"><col class="c-change"><col class="c-ratio"></colgroup>
<thead><tr><th>Benchmark</th><th>Commit</th><th class="num change">Before → after</th><th class="num">Ratio</th></tr></thead>
<tbody>
${rows.map((c) => changeRow(history, c)).join("\n")}
</tbody>
</table>`;
}

function changeList(history: History, kind: DetectedChange["kind"], all: DetectedChange[]): string {
  const rows = all.filter((c) => c.kind === kind);
  const title = kind === "regression" ? "Regressions" : "Improvements";
  const icon = kind === "regression" ? "▲" : "▼";
  let body: string;
  if (rows.length === 0) body = `<p class="empty">No ${title.toLowerCase()} detected.</p>`;
  else {
    body = changeTable(history, rows.slice(0, summaryRows));
    if (rows.length > summaryRows) {
      const rest = rows.length - summaryRows;
      body += `\n<details class="older"><summary>${rest} older ${rest === 1 ? kind : title.toLowerCase()}</summary>\n${changeTable(history, rows.slice(summaryRows))}\n</details>`;
    }
  }
  return `<section class="panel changes-panel ${kind}" id="${kind === "regression" ? "regressions" : "improvements"}">
<h2><span class="icon ${kind}" aria-hidden="true">${icon}</span>${title} <span class="count">${rows.length}</span></h2>
${body}
</section>`;
}

function summary(history: History, changes: DetectedChange[]): string {
  return `<section class="summary" aria-label="Detected changes">
<p class="summary-note">Steps found by change-point detection in each benchmark's medians, newest first. A step is attributed to the first commit of the new level; faded rows were later superseded by another step of the same benchmark.</p>
<div class="summary-grid">
${changeList(history, "regression", changes)}
${changeList(history, "improvement", changes)}
</div>
</section>`;
}

function controls(groups: string[]): string {
  const radio = (value: string, label: string, checked: boolean): string =>
    `<label><input type="radio" name="group" value="${escapeHtml(value)}"${checked ? " checked" : ""}><span>${escapeHtml(label)}</span></label>`;
  return `<div class="controls" role="search">
<div class="wrap controls-row">
<label class="filter"><span class="sr-only">Filter benchmarks</span><input type="search" id="filter" placeholder="Filter benchmarks — substring or regex" autocomplete="off" spellcheck="false"></label>
<fieldset class="seg" id="group-filter"><legend class="sr-only">Group</legend>
${radio("", "All", true)}
${groups.map((g) => radio(g, g, false)).join("\n")}
</fieldset>
<fieldset class="seg" id="metric"><legend class="sr-only">Metric</legend>
<label><input type="radio" name="metric" value="time" checked><span>Time</span></label>
<label><input type="radio" name="metric" value="throughput"><span>MB/s</span></label>
</fieldset>
<label class="check"><input type="checkbox" id="log-scale"><span>Log scale</span></label>
<span class="match-count" id="match-count" aria-live="polite"></span>
</div>
</div>`;
}

function card(history: History, name: string, changes: DetectedChange[]): string {
  const points = history.series[name]!;
  const group = benchmarkGroup(name);
  const last = points[points.length - 1];
  const latest = last === undefined ? "no data" : formatMs(last.median);
  const step = changes.find((c) => c.benchmark === name && c.latest);
  let badge = "";
  if (step !== undefined) {
    const commit = history.commits[step.commit]!;
    badge = ` <span class="pill ${step.kind}" title="${escapeHtml(`${step.kind} at ${shortHash(commit.hash)}: ${commit.message}`)}">${formatPercent(step.ratio)} at ${escapeHtml(shortHash(commit.hash))}</span>`;
  }
  const rest = name.slice(group.length);
  return `<article class="card" id="${benchmarkAnchor(name)}" data-benchmark="${escapeHtml(name)}" data-group="${escapeHtml(group)}">
<header class="card-head">
<h3 class="bench-name" title="${escapeHtml(name)}"><span class="group-prefix">${escapeHtml(group)}</span>${escapeHtml(rest)}</h3>
<div class="card-stat"><span class="stat-label">latest</span> <span class="latest" title="median at the newest measured commit">${escapeHtml(latest)}</span>${badge}</div>
</header>
<div class="chart" role="img" aria-label="${escapeHtml(`${name}: time per commit`)}"></div>
<div class="legend"></div>
</article>`;
}

function charts(history: History, groups: string[], changes: DetectedChange[]): string {
  const names = Object.keys(history.series).sort();
  return groups
    .map((group) => {
      const members = names.filter((n) => benchmarkGroup(n) === group);
      const title = (groupTitles as Record<string, string>)[group] ?? group;
      return `<section class="group" data-group="${escapeHtml(group)}" id="group-${escapeHtml(group)}">
<h2>${escapeHtml(title)} <span class="group-key">${escapeHtml(group)}</span> <span class="count">${members.length}</span></h2>
<div class="grid">
${members.map((n) => card(history, n, changes)).join("\n")}
</div>
</section>`;
    })
    .join("\n");
}

/** The groups present in `history`, in display order. */
export function historyGroups(history: History): string[] {
  return [...new Set(Object.keys(history.series).map(benchmarkGroup))].sort(compareGroups);
}

/** The HTML of `index.html`; `changes` are the detected steps, newest first. */
export function renderIndex(history: History, changes: DetectedChange[]): string {
  const groups = historyGroups(history);
  const body = `${header(history)}
<main>
<div class="wrap">
${summary(history, changes)}
</div>
${controls(groups)}
<div class="wrap" id="charts">
<noscript><p class="notice">The charts are drawn with JavaScript; the tables above and the commit pages work without it.</p></noscript>
<p class="notice" id="no-match" hidden>No benchmark matches the filter.</p>
${charts(history, groups, changes)}
</div>
</main>
<footer class="site-footer"><div class="wrap">Made by <code>tsdl-bench publish</code> · charts by <a href="https://github.com/leeoniya/uPlot">uPlot</a> · times are medians with 95% confidence intervals; smaller is better. Click a point to open its commit.</div></footer>`;
  return page(
    {
      title: `tsdl benchmarks · ${history.machine.name}`,
      root: "",
      styles: ["assets/uPlot.min.css"],
      scripts: ["assets/uPlot.iife.min.js", "data.js", "assets/dashboard.js"],
      bodyClass: "index",
    },
    body,
  );
}
