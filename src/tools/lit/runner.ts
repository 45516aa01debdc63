/**
 * Running a lit test file: read its directives, decide whether it runs
 * (REQUIRES / UNSUPPORTED), then run each RUN line in order in the file's
 * directory, stopping at the first failure. XFAIL inverts the verdict.
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { LitEnvironment } from "./environment.js";
import { runCommand } from "./run-command.js";
import { substitute } from "./substitute.js";
import { evalFeatureExpr, parseTestScript, ScriptError, type TestScript } from "./test-script.js";

/** Verdict for one test file, named as lit names them. */
export type TestStatus = "PASS" | "FAIL" | "UNSUPPORTED" | "XFAIL" | "XPASS";

/** Outcome of one test file. */
export interface TestResult {
  readonly path: string;
  readonly status: TestStatus;
  /** Why it was skipped (UNSUPPORTED), else empty. */
  readonly reason: string;
  /** For failures: the failing RUN line, its status and output. */
  readonly output: string;
  readonly elapsedMs: number;
}

/** Runner settings. */
export interface RunnerOptions {
  /** Repository root; default: found from this file's location. */
  readonly repoRoot?: string;
  /** Per-RUN-line timeout in milliseconds; default 60 s. */
  readonly timeoutMs?: number;
}

/**
 * Runs tests with shared shims and temp directory; call {@link dispose}
 * when done. Safe to run many tests concurrently.
 */
export class LitRunner {
  /** Tool shims and feature lookup. */
  readonly environment: LitEnvironment;
  private readonly timeoutMs: number;
  /** Root of `%t` paths for this run. */
  private readonly tmpRoot: string;

  constructor(opts: RunnerOptions = {}) {
    this.environment = new LitEnvironment(opts.repoRoot);
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.tmpRoot = mkdtempSync(join(tmpdir(), "tsdl-lit-out-"));
  }

  /**
   * Reads a test's directives and decides whether it should run: returns
   * the script and a skip reason (null to run). Synchronous, so callers can
   * register skipped tests up front.
   */
  prepare(path: string): { script: TestScript | null; skip: string | null; error: string | null } {
    let script: TestScript;
    try {
      script = parseTestScript(readFileSync(path, "utf8"));
    } catch (e) {
      if (e instanceof ScriptError) return { script: null, skip: null, error: e.message };
      throw e;
    }
    if (script.runLines.length === 0) {
      return { script, skip: null, error: "test has no RUN: lines" };
    }
    try {
      const has = (f: string): boolean => this.environment.has(f);
      const missing = script.requires.filter((r) => !evalFeatureExpr(r, has));
      if (missing.length > 0) {
        return { script, skip: `REQUIRES: missing ${missing.join(", ")}`, error: null };
      }
      const excluded = script.unsupported.filter((u) => evalFeatureExpr(u, has));
      if (excluded.length > 0) {
        return { script, skip: `UNSUPPORTED: ${excluded.join(", ")}`, error: null };
      }
    } catch (e) {
      if (e instanceof ScriptError) return { script, skip: null, error: e.message };
      throw e;
    }
    return { script, skip: null, error: null };
  }

  /** Runs the test file at absolute `path`. Never rejects. */
  async run(path: string): Promise<TestResult> {
    const t0 = Date.now();
    const done = (status: TestStatus, reason: string, output: string): TestResult => ({
      path,
      status,
      reason,
      output,
      elapsedMs: Date.now() - t0,
    });
    const { script, skip, error } = this.prepare(path);
    if (error !== null || script === null) return done("FAIL", "", `${path}: ${error}\n`);
    if (skip !== null) return done("UNSUPPORTED", skip, "");
    const has = (f: string): boolean => this.environment.has(f);
    const expectFail = script.xfail.some((x) => evalFeatureExpr(x, has));
    const failure = await this.runLines(path, script);
    if (expectFail) {
      return failure === null
        ? done("XPASS", "", `${path}: expected to fail (XFAIL) but passed\n`)
        : done("XFAIL", "", failure);
    }
    return failure === null ? done("PASS", "", "") : done("FAIL", "", failure);
  }

  /** Runs each RUN line; returns a failure report or null. */
  private async runLines(path: string, script: TestScript): Promise<string | null> {
    const rel = relative(this.environment.repoRoot, path);
    const name = rel.startsWith("..") ? path : rel;
    const tmp = join(this.tmpRoot, name.replace(/[\\/]/g, "__") + ".tmp");
    const subs = { source: path, sourceDir: dirname(path), tmp, tmpDir: dirname(tmp) };
    mkdirSync(subs.tmpDir, { recursive: true });
    for (const run of script.runLines) {
      const command = substitute(run.command, subs);
      const r = await runCommand(command, {
        cwd: subs.sourceDir,
        env: this.environment.env(),
        timeoutMs: this.timeoutMs,
      });
      if (r.exitCode === 0 && !r.timedOut) continue;
      let status: string;
      if (r.timedOut) status = `timed out after ${this.timeoutMs / 1000} s`;
      else if (r.signal !== null) status = `killed by signal ${r.signal}`;
      else status = `exit code ${r.exitCode}`;
      return (
        `${path}:${run.line}: RUN line failed (${status}):\n  ${command}\n` +
        `--- stdout ---\n${r.stdout}` +
        `${r.stdout.endsWith("\n") || r.stdout === "" ? "" : "\n"}--- stderr ---\n${r.stderr}`
      );
    }
    return null;
  }

  /** Removes the shims and temporary files. */
  dispose(): void {
    this.environment.dispose();
    rmSync(this.tmpRoot, { recursive: true, force: true });
  }
}
