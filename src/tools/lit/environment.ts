/**
 * The tools RUN lines see. A shim directory, made once per run, goes first
 * on PATH so that
 *
 * - `tsdl-opt` runs the repo's `bin/tsdl-opt`;
 * - `filecheck` and `FileCheck` run our TypeScript FileCheck (`bin/filecheck`);
 * - `not CMD` inverts CMD's status (0 if CMD failed normally, 1 if it
 *   succeeded, crashed or could not run; `not --crash CMD` wants a crash);
 *
 * and LLVM's bin directory (`/usr/lib/llvm-22/bin`) goes last, so
 * `mlir-opt` resolves when installed without shadowing system tools.
 */

import { accessSync, constants, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where Debian/Ubuntu's LLVM 22 installs its tools. */
export const llvmBinDir = "/usr/lib/llvm-22/bin";

/**
 * The repository root. This file compiles to `dist/src/tools/lit/`, four
 * levels below the root.
 */
export function defaultRepoRoot(): string {
  return fileURLToPath(new URL("../../../../", import.meta.url));
}

// `not` as a shell script: no Node start-up cost per use. Like LLVM's
// `not`: a command that cannot run (126/127) fails either way; one killed by
// a signal (status > 128) is a crash, which only `--crash` accepts.
const notScript = `#!/bin/sh
crash=0
if [ "$1" = "--crash" ]; then crash=1; shift; fi
if [ $# -eq 0 ]; then echo "not: no command given" >&2; exit 1; fi
"$@"
rc=$?
if [ $rc -eq 126 ] || [ $rc -eq 127 ]; then exit 1; fi
if [ $rc -gt 128 ]; then
  [ $crash -eq 1 ] && exit 0
  exit 1
fi
[ $crash -eq 1 ] && exit 1
[ $rc -eq 0 ] && exit 1
exit 0
`;

/** Runs a Node script with this Node binary. */
function nodeShim(script: string): string {
  return `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`;
}

/** Runs a launcher directly if executable (any language), else with Node. */
function launcherShim(script: string): string {
  return `#!/bin/sh\nif [ -x "${script}" ]; then exec "${script}" "$@"; fi\nexec "${process.execPath}" "${script}" "$@"\n`;
}

/** Tool lookup and the shim directory for one lit run. */
export class LitEnvironment {
  /** Repository root (holds `bin/`). */
  readonly repoRoot: string;
  /** Directory of shims, first on PATH. */
  readonly shimDir: string;
  /** PATH for RUN lines. */
  readonly path: string;
  /** The PATH this process started with (without shims). */
  private readonly basePath: string;
  /** Feature lookups already made. */
  private readonly features: Map<string, boolean>;

  constructor(repoRoot: string = defaultRepoRoot()) {
    this.repoRoot = repoRoot;
    this.basePath = process.env.PATH ?? "/usr/bin:/bin";
    this.shimDir = mkdtempSync(join(tmpdir(), "tsdl-lit-bin-"));
    this.features = new Map();
    const write = (name: string, text: string): void =>
      writeFileSync(join(this.shimDir, name), text, { mode: 0o755 });
    write("tsdl-opt", launcherShim(join(repoRoot, "bin", "tsdl-opt")));
    write("filecheck", nodeShim(join(repoRoot, "bin", "filecheck")));
    write("FileCheck", nodeShim(join(repoRoot, "bin", "filecheck")));
    write("not", notScript);
    this.path = [this.shimDir, this.basePath, llvmBinDir].join(delimiter);
  }

  /** Environment for RUN lines: ours, with the shimmed PATH. */
  env(): NodeJS.ProcessEnv {
    return { ...process.env, PATH: this.path };
  }

  /**
   * Whether `feature` is available. Features are tool names: `tsdl-opt`
   * and `filecheck` are ours (available if their launcher exists);
   * anything else, including `FileCheck` (LLVM's), must be an executable
   * on the original PATH or in LLVM's bin directory.
   */
  has(feature: string): boolean {
    let v = this.features.get(feature);
    if (v === undefined) {
      v = this.lookup(feature);
      this.features.set(feature, v);
    }
    return v;
  }

  private lookup(feature: string): boolean {
    if (feature === "tsdl-opt" || feature === "filecheck") {
      return existsSync(join(this.repoRoot, "bin", feature));
    }
    if (feature.includes("/")) return false;
    for (const dir of [...this.basePath.split(delimiter), llvmBinDir]) {
      if (dir === "") continue;
      try {
        accessSync(join(dir, feature), constants.X_OK);
        return true;
      } catch {
        // Not here.
      }
    }
    return false;
  }

  /** Removes the shim directory. */
  dispose(): void {
    rmSync(this.shimDir, { recursive: true, force: true });
  }
}
