/**
 * Builds of old commits: each commit is checked out into its own git
 * worktree under the cache folder, with `node_modules` linked from an
 * install shared by every commit with the same lockfile (keyed by the
 * lockfile's hash), and built once with the commit's own `npm run build`.
 * A stamp file records the build, so a commit is built once per cache.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { git } from "./git.js";

/** The cache folder: `TSDL_BENCH_CACHE`, else `~/.cache/tsdl-bench`. */
export function defaultCacheDir(): string {
  return process.env.TSDL_BENCH_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "tsdl-bench");
}

/** A built checkout of one commit, or why it could not be built. */
export type Checkout = { dir: string; error: null } | { dir: string; error: string };

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): string | null {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 1 << 26, timeout: timeoutMs, env: { ...process.env, npm_config_update_notifier: "false" } });
  if (r.error !== undefined) return r.error.message;
  if (r.status !== 0) return ((r.stderr ?? "") + (r.stdout ?? "")).trim().split("\n").slice(-12).join("\n") || `${cmd} exited ${r.status}`;
  return null;
}

export class Workspace {
  constructor(
    /** The repository whose commits are built. */
    readonly repo: string,
    readonly cacheDir: string = defaultCacheDir(),
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Where `hash` is checked out. */
  worktreeOf(hash: string): string {
    return join(this.cacheDir, "worktrees", hash);
  }

  /** A checkout of `hash` with `node_modules` and a build, made if needed. */
  prepare(hash: string): Checkout {
    const dir = this.worktreeOf(hash);
    const stamp = join(dir, ".tsdl-bench-build");
    if (existsSync(stamp)) {
      const s = readFileSync(stamp, "utf8");
      return s === "ok" ? { dir, error: null } : { dir, error: s };
    }
    if (!existsSync(join(dir, ".git"))) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(this.cacheDir, "worktrees"), { recursive: true });
      git(this.repo, ["worktree", "prune"]);
      git(this.repo, ["worktree", "add", "--detach", "--force", dir, hash]);
    }
    const error = this.install(dir) ?? this.build(dir);
    writeFileSync(stamp, error ?? "ok");
    return error === null ? { dir, error: null } : { dir, error };
  }

  /** Links `node_modules` from the install for this lockfile, installing it first if needed. */
  private install(dir: string): string | null {
    const lock = join(dir, "package-lock.json");
    if (!existsSync(join(dir, "package.json"))) return "no package.json";
    if (!existsSync(lock)) return "no package-lock.json";
    const key = createHash("sha256").update(readFileSync(lock)).digest("hex").slice(0, 16);
    const shared = join(this.cacheDir, "node_modules", key);
    if (!existsSync(join(shared, "node_modules", ".package-lock.json"))) {
      this.log(`installing dependencies for lockfile ${key} (npm ci)`);
      mkdirSync(shared, { recursive: true });
      copyFileSync(join(dir, "package.json"), join(shared, "package.json"));
      copyFileSync(lock, join(shared, "package-lock.json"));
      const e = run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], shared, 600_000);
      if (e !== null) return `npm ci failed: ${e}`;
    }
    const link = join(dir, "node_modules");
    rmSync(link, { recursive: true, force: true });
    symlinkSync(join(shared, "node_modules"), link, "dir");
    return null;
  }

  /** Runs the commit's own build script. */
  private build(dir: string): string | null {
    this.log(`building ${dir}`);
    const e = run("npm", ["run", "build", "--silent"], dir, 600_000);
    return e === null ? null : `build failed: ${e}`;
  }

  /** The lockfile key of a seeded install, for tests: links `nodeModules` as the install of `lockfile`. */
  seedInstall(lockfile: string, nodeModules: string): void {
    const key = createHash("sha256").update(readFileSync(lockfile)).digest("hex").slice(0, 16);
    const shared = join(this.cacheDir, "node_modules", key);
    if (existsSync(join(shared, "node_modules"))) return;
    mkdirSync(shared, { recursive: true });
    symlinkSync(nodeModules, join(shared, "node_modules"), "dir");
  }
}
