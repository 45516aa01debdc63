/**
 * Small HTML helpers shared by the dashboard pages: escaping, number and
 * date formatting, and the page shell. Every string that comes from the
 * history (commit messages, authors, benchmark and machine names) goes
 * through `escapeHtml` before it reaches a page.
 */

import type { BenchmarkGroup, CommitInfo } from "../model.js";

const htmlEscapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** `text` safe inside element content and inside quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
}

/** The first 8 hex digits of a commit hash, as the pages show it. */
export function shortHash(hash: string): string {
  return hash.slice(0, 8);
}

/**
 * The file name (without `.html`) of a commit's page. Git hashes are hex;
 * anything else is reduced to a safe name so it can never leave `commits/`.
 */
export function commitPageName(hash: string): string {
  return /^[0-9a-f]{4,64}$/i.test(hash) ? hash.toLowerCase() : hash.replace(/[^0-9A-Za-z_-]/g, "_");
}

/** The id of a benchmark's chart card on the index page (`#b-e2e-constant-folding-10k`). */
export function benchmarkAnchor(name: string): string {
  return "b-" + name.replace(/[^0-9A-Za-z]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
}

export { benchmarkGroup } from "../model.js";

/** Groups in display order, with their headings; unknown groups come after these, by name. */
export const groupTitles: Record<BenchmarkGroup, string> = {
  e2e: "End to end",
  component: "Components",
  micro: "Micro-benchmarks",
};

const groupOrder: readonly string[] = ["e2e", "component", "micro"];

/** Sort key comparator for group names: e2e, component, micro, then the rest alphabetically. */
export function compareGroups(a: string, b: string): number {
  const ia = groupOrder.indexOf(a);
  const ib = groupOrder.indexOf(b);
  if (ia !== ib) return (ia < 0 ? groupOrder.length : ia) - (ib < 0 ? groupOrder.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A time in ms with 3 significant digits, switching to s at one second: `0.423 ms`, `48.1 ms`, `1.23 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toPrecision(3)} ms`;
}

/** A ratio after/before as `1.40×`. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(ratio >= 10 ? 1 : 2)}×`;
}

/** A ratio after/before as a signed percentage: `+40.1%`, `−29.8%`. */
export function formatPercent(ratio: number): string {
  const pct = (ratio - 1) * 100;
  const digits = Math.abs(pct) >= 100 ? 0 : 1;
  return (pct >= 0 ? "+" : "−") + Math.abs(pct).toFixed(digits) + "%";
}

/** An ISO date as `2025-01-13 14:17 UTC` (UTC, so pages do not depend on where they were made). */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

/** Only the day of an ISO date: `2025-01-13`. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
}

/** A link to a commit's page showing its short hash; `prefix` is the path to `commits/` from the page. */
export function commitLink(commit: CommitInfo, prefix: string): string {
  const title = escapeHtml(`${commit.hash}\n${commit.message}`);
  return `<a class="hash" href="${prefix}${commitPageName(commit.hash)}.html" title="${title}">${escapeHtml(shortHash(commit.hash))}</a>`;
}

/** What `page` needs besides its body. */
export interface PageOptions {
  title: string;
  /** Path from the page to the site root, "" or "../". */
  root: string;
  /** Extra stylesheets (site-relative). */
  styles?: string[];
  /** Scripts loaded at the end of the body (site-relative), in order. */
  scripts?: string[];
  /** Class on `<body>`. */
  bodyClass?: string;
}

/** A complete HTML document around `body` (already HTML), with the site stylesheet. */
export function page(options: PageOptions, body: string): string {
  const { root } = options;
  const styles = [...(options.styles ?? []), "assets/dashboard.css"]
    .map((href) => `<link rel="stylesheet" href="${root}${href}">`)
    .join("\n");
  const scripts = (options.scripts ?? []).map((src) => `<script src="${root}${src}"></script>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tsdl-bench">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
${styles}
</head>
<body${options.bodyClass ? ` class="${options.bodyClass}"` : ""}>
${body}
${scripts}
</body>
</html>
`;
}
