/**
 * One page per commit (`commits/<hash>.html`): every benchmark on that
 * commit against its parent, the previous commit of the history, with a
 * verdict per row from the confidence intervals (see `compareWithParent`).
 */

import type { History, SeriesPoint } from "../model.js";
import {
  compareWithParent,
  seriesByCommit,
  type Comparison,
  type DetectedChange,
  type SeriesByCommit,
  type Verdict,
} from "../changes.js";
import {
  benchmarkAnchor,
  commitLink,
  commitPageName,
  compareGroups,
  escapeHtml,
  formatDate,
  formatMs,
  formatPercent,
  formatRatio,
  page,
  shortHash,
} from "./html.js";

const verdictOrder: Record<Verdict, number> = { worse: 0, better: 1, new: 2, gone: 3, same: 4 };
const verdictLabels: Record<Verdict, string> = {
  worse: "▲ worse",
  better: "▼ better",
  same: "same",
  new: "new",
  gone: "not run",
};

function sortRows(rows: Comparison[]): Comparison[] {
  return rows.sort((a, b) => {
    const v = verdictOrder[a.verdict] - verdictOrder[b.verdict];
    if (v !== 0) return v;
    if (a.verdict === "worse") return b.ratio! - a.ratio!;
    if (a.verdict === "better") return a.ratio! - b.ratio!;
    return compareGroups(a.group, b.group) || (a.benchmark < b.benchmark ? -1 : 1);
  });
}

function cell(point: SeriesPoint | undefined): string {
  if (point === undefined) return `<td class="num muted">—</td>`;
  const ci = `95% CI ${formatMs(point.ciLow)} – ${formatMs(point.ciHigh)}`;
  return `<td class="num" title="${escapeHtml(ci)}">${escapeHtml(formatMs(point.median))}<span class="ci">${escapeHtml(formatMs(point.ciLow))} – ${escapeHtml(formatMs(point.ciHigh))}</span></td>`;
}

function row(r: Comparison, step: DetectedChange | undefined): string {
  const name = escapeHtml(r.benchmark);
  const ratio =
    r.ratio === undefined
      ? `<td class="num muted">—</td>`
      : `<td class="num"><span class="ratio-val">${formatRatio(r.ratio)}</span> <span class="pct">${formatPercent(r.ratio)}</span></td>`;
  const stepTag =
    step === undefined
      ? ""
      : ` <span class="pill ${step.kind}" title="change-point detection puts a ${step.kind} of this series at this commit">step</span>`;
  return `<tr class="verdict-${r.verdict}" data-benchmark="${name}">
<td class="bench"><a href="../index.html#${benchmarkAnchor(r.benchmark)}">${name}</a>${stepTag}</td>
${cell(r.before)}
${cell(r.after)}
${ratio}
<td class="verdict"><span class="tag ${r.verdict}">${verdictLabels[r.verdict]}</span></td>
</tr>`;
}

/** What every commit page of one history needs, computed once (`commitPageContext`). */
export interface CommitPageContext {
  bySeries: SeriesByCommit;
  /** Commit hash → index in `History.commits`. */
  commitIndex: Map<string, number>;
}

/** The shared lookups for `renderCommitPage`. */
export function commitPageContext(history: History): CommitPageContext {
  return {
    bySeries: seriesByCommit(history),
    commitIndex: new Map(history.commits.map((c, i) => [c.hash, i])),
  };
}

/**
 * The HTML of the page of commit `index`; `changes` are the detected steps
 * of the whole history. Pass `context` when rendering many pages.
 */
export function renderCommitPage(
  history: History,
  index: number,
  changes: DetectedChange[],
  context: CommitPageContext = commitPageContext(history),
): string {
  const commit = history.commits[index]!;
  const parent = index > 0 ? history.commits[index - 1] : undefined;
  const next = history.commits[index + 1];
  const rows = sortRows(compareWithParent(history, index, context.bySeries));
  const steps = changes.filter((c) => c.commit === index);

  const nav = `<nav class="crumbs">
<a href="../index.html" class="home">← All benchmarks</a>
<span class="pager">${parent ? `<a rel="prev" href="${commitPageName(parent.hash)}.html">← older ${escapeHtml(shortHash(parent.hash))}</a>` : `<span class="muted">← oldest</span>`}
<span class="pos">${index + 1} / ${history.commits.length}</span>
${next ? `<a rel="next" href="${commitPageName(next.hash)}.html">newer ${escapeHtml(shortHash(next.hash))} →</a>` : `<span class="muted">newest →</span>`}</span>
</nav>`;

  const fact = (term: string, value: string): string => `<div><dt>${term}</dt><dd>${value}</dd></div>`;
  const parents = commit.parents.length === 0 ? `<span class="muted">none</span>` : commit.parents
    .map((h) => {
      const known = context.commitIndex.get(h);
      return known !== undefined ? commitLink(history.commits[known]!, "") : `<code>${escapeHtml(shortHash(h))}</code>`;
    })
    .join(" ");
  const head = `<header class="site-header">
<div class="wrap">
${nav}
<h1 class="commit-title">${escapeHtml(commit.message)}</h1>
<dl class="facts">
${fact("Commit", `<code class="full-hash">${escapeHtml(commit.hash)}</code>`)}
${fact("Author", escapeHtml(commit.author))}
${fact("Date", escapeHtml(formatDate(commit.date)))}
${fact("Parent", parents)}
${fact("Machine", escapeHtml(history.machine.name))}
</dl>
</div>
</header>`;

  const counts = new Map<Verdict, number>();
  for (const r of rows) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  const chips = (["worse", "better", "same", "new", "gone"] as const)
    .filter((v) => counts.has(v))
    .map((v) => `<span class="tag ${v}">${counts.get(v)} ${v === "gone" ? "not run" : v}</span>`)
    .join(" ");
  const intro =
    parent === undefined
      ? `<p class="note">The oldest commit of the history: there is no parent to compare with.</p>`
      : `<p class="note">Medians on this commit against its parent ${commitLink(parent, "")}, with 95% confidence intervals. <em>Worse</em> and <em>better</em> need the intervals apart and a change above 5%.</p>`;
  const stepNote =
    steps.length === 0
      ? ""
      : `<p class="note">Change-point detection over the whole history attributes ${steps.length} step${steps.length === 1 ? "" : "s"} to this commit (marked <span class="pill ${steps[0]!.kind}">step</span>).</p>`;

  const body = `${head}
<main class="wrap">
<section class="panel">
<h2>Compared with its parent</h2>
${intro}
${stepNote}
<p class="chips">${chips}</p>
<div class="table-scroll">
<table class="compare">
<thead><tr><th>Benchmark</th><th class="num">Parent${parent ? ` <code>${escapeHtml(shortHash(parent.hash))}</code>` : ""}</th><th class="num">This commit <code>${escapeHtml(shortHash(commit.hash))}</code></th><th class="num">Ratio</th><th>Verdict</th></tr></thead>
<tbody>
${rows.map((r) => row(r, steps.find((s) => s.benchmark === r.benchmark))).join("\n")}
</tbody>
</table>
</div>
</section>
</main>
<footer class="site-footer"><div class="wrap"><a href="../index.html">tsdl benchmarks</a> · machine ${escapeHtml(history.machine.name)} · generated ${escapeHtml(formatDate(history.generatedAt))}</div></footer>`;
  return page({ title: `${shortHash(commit.hash)} · ${commit.message} · tsdl benchmarks`, root: "../", bodyClass: "commit" }, body);
}
