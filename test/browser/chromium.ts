/**
 * Launching Debian's Chromium for the browser tests, through
 * playwright-core (never a Playwright browser download). `CHROMIUM` names
 * another binary; without one, tests skip with `chromiumSkipReason`.
 *
 * Node-only: unlike `cases.ts`, this file is never loaded into a page.
 */

import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/** The Chromium binary the tests drive. */
export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** `false` when Chromium is there, else why the browser tests are skipped (for `test(..., { skip })`). */
export const chromiumSkipReason: string | false = existsSync(chromiumPath)
  ? false
  : `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM to a binary)`;

/**
 * The launch flags: without the background-networking ones Chromium keeps
 * trying hosts this closed network refuses. Playwright adds --headless and
 * --no-sandbox itself, and gives every launch a fresh temporary
 * --user-data-dir (it rejects one passed here).
 */
export const chromiumArgs: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts headless Chromium; call only when `chromiumSkipReason` is false. Close the browser when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs], timeout: 20_000 });
}

/**
 * Collects what goes wrong on `page` — uncaught errors, console errors,
 * HTTP error statuses and failed requests — into the returned array, to
 * assert empty and to print when a check fails.
 */
export function watchPage(page: Page): string[] {
  const log: string[] = [];
  page.on("pageerror", (e) => log.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") log.push(`console: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) log.push(`http ${r.status()}: ${r.url()}`);
  });
  page.on("requestfailed", (r) => log.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? "?"})`));
  return log;
}
