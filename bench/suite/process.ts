/**
 * Whole-process timing: wall time of a command (output discarded) and its
 * peak resident memory (through GNU time, when installed). Several tools are
 * run interleaved (tsdl, then each peer, pair by pair) so that a change in
 * machine load hits all of them alike.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** A command-line tool to time on a file. */
export interface ProcessTool {
  name: string;
  /** The command for `file`; `custom`: print the custom form (else the generic form). */
  argv(file: string, custom: boolean): string[];
}

/** The runs of one tool on one file. */
export interface ProcessRuns {
  tool: string;
  /** Wall times in ms, one per run, in run order. */
  ms: number[];
  /** Peak RSS in MB per run (empty without GNU time). */
  peakMB: number[];
  /** Why the tool failed (its first failure); then `ms` holds the runs before it. */
  failed?: string;
}

const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** Runs `argv` once; returns wall ms and peak MB, or the failure message. */
export function runProcess(argv: readonly string[], timeoutMs = 600_000): { ms: number; peakMB: number | null } | { error: string } {
  const command = gnuTime !== null ? [gnuTime, "-f", "%M", ...argv] : [...argv];
  const start = process.hrtime.bigint();
  const r = spawnSync(command[0]!, command.slice(1), {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 26,
    timeout: timeoutMs,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = r.stderr ?? "";
  const lines = stderr.trimEnd().split("\n");
  let peakMB: number | null = null;
  if (gnuTime !== null && /^[0-9]+$/.test(lines[lines.length - 1] ?? "")) peakMB = Number(lines.pop()) / 1024;
  if (r.error !== undefined) return { error: r.error.message };
  if (r.status !== 0) {
    const what = r.status === null ? `killed by ${r.signal}` : `exit ${r.status}`;
    const first = lines.find((l) => l.trim() !== "" && !l.startsWith("Command ")) ?? "";
    return { error: `${what}${first !== "" ? ": " + first.slice(0, 200) : ""}` };
  }
  return { ms, peakMB };
}

/**
 * Runs every tool `runs` times on `file`, interleaved, after one untimed
 * warm-up run each (file cache, page cache). A tool that fails is not run
 * again. A tool whose runs add up to more than `budgetMs` stops after at
 * least `minRuns` (xdsl-opt takes ~30 s on the largest input).
 */
export function runInterleaved(
  file: string,
  tools: readonly ProcessTool[],
  runs: number,
  custom = false,
  budgetMs = 60_000,
  minRuns = 3,
): ProcessRuns[] {
  const out: ProcessRuns[] = tools.map((t) => ({ tool: t.name, ms: [], peakMB: [] }));
  const spent = tools.map(() => 0);
  tools.forEach((t, i) => {
    const r = runProcess(t.argv(file, custom));
    if ("error" in r) out[i]!.failed = r.error;
  });
  for (let run = 0; run < runs; run++) {
    tools.forEach((t, i) => {
      const o = out[i]!;
      if (o.failed !== undefined || (o.ms.length >= minRuns && spent[i]! > budgetMs)) return;
      const r = runProcess(t.argv(file, custom));
      if ("error" in r) {
        o.failed = r.error;
        return;
      }
      o.ms.push(r.ms);
      if (r.peakMB !== null) o.peakMB.push(r.peakMB);
      spent[i] = spent[i]! + r.ms;
    });
  }
  return out;
}
