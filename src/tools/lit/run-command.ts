/**
 * Running one RUN line: `bash -o pipefail -c CMD` (so `a | b` fails when
 * `a` does), stdin from /dev/null, output captured, and a timeout.
 *
 * The shell gets its own process group, so a timeout (or a background job
 * left behind) is ended by signalling the whole group: killing only bash
 * would leave its children holding the output pipes open, and the run
 * would never finish.
 */

import { spawn } from "node:child_process";

/** How to run a command. */
export interface CommandOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Milliseconds before the process group is killed. */
  readonly timeoutMs: number;
}

/** What a command did. */
export interface CommandResult {
  /** Exit status, or null if ended by a signal. */
  readonly exitCode: number | null;
  /** Terminating signal, if any. */
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  /** True when killed for exceeding the timeout. */
  readonly timedOut: boolean;
}

/** Captured output beyond this many bytes per stream is dropped. */
const outputLimit = 4 * 1024 * 1024;

/** Runs `command` under bash; never rejects (spawn errors become stderr). */
export function runCommand(command: string, opts: CommandOptions): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-o", "pipefail", "-c", command], {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out = new Capture();
    const err = new Capture();
    child.stdout.on("data", (b: Buffer) => out.add(b));
    child.stderr.on("data", (b: Buffer) => err.add(b));
    let timedOut = false;
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, opts.timeoutMs);
    // Once bash is done, end anything it left running in the background.
    child.on("exit", killGroup);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ exitCode: null, signal: null, stdout: "", stderr: String(e), timedOut: false });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        exitCode: code,
        signal,
        stdout: out.text(),
        stderr: err.text(),
        timedOut,
      });
    });
  });
}

/** Accumulates a stream up to `outputLimit` bytes. */
class Capture {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private dropped = 0;

  add(b: Buffer): void {
    if (this.size >= outputLimit) {
      this.dropped += b.length;
      return;
    }
    this.chunks.push(b);
    this.size += b.length;
  }

  text(): string {
    const s = Buffer.concat(this.chunks).toString("utf8");
    return this.dropped > 0 ? `${s}\n[... ${this.dropped} more bytes dropped ...]\n` : s;
  }
}
