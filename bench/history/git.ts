/** The git queries `tsdl-bench` needs, through the `git` command. */
import { spawnSync } from "node:child_process";
import type { CommitInfo } from "./model.js";

/** Thrown for a git failure the user caused (unknown revision, not a repository). */
export class GitError extends Error {}

/** Runs git in `repo`; returns stdout, or throws `GitError` with git's message. */
export function git(repo: string, args: readonly string[]): string {
  const r = spawnSync("git", args, { cwd: repo, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error !== undefined) throw new GitError(`git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError((r.stderr || r.stdout).trim().split("\n")[0] || `git ${args[0]} failed`);
  return r.stdout;
}

/** The full hash of `rev`. */
export function revParse(repo: string, rev: string): string {
  try {
    return git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]).trim();
  } catch {
    throw new GitError(`unknown revision '${rev}' (not a commit of ${repo})`);
  }
}

/**
 * Commits to measure, oldest first: `REV` is one commit; `A..B` is A, B and
 * every commit between on B's first-parent line (both ends included, so
 * `HEAD~5..HEAD` is six commits); `all` is the first-parent history of HEAD.
 */
export function resolveRange(repo: string, spec: string): string[] {
  if (spec === "all") return git(repo, ["rev-list", "--first-parent", "--reverse", "HEAD"]).split("\n").filter((l) => l !== "");
  const dots = spec.indexOf("..");
  if (dots < 0) return [revParse(repo, spec)];
  const a = revParse(repo, spec.slice(0, dots) || "HEAD");
  const b = revParse(repo, spec.slice(dots + 2) || "HEAD");
  const between = git(repo, ["rev-list", "--first-parent", "--reverse", `${a}..${b}`]).split("\n").filter((l) => l !== "");
  return between.includes(a) ? between : [a, ...between];
}

/** Subject, author, committer date and parents of each commit. */
export function commitInfo(repo: string, hashes: readonly string[]): CommitInfo[] {
  if (hashes.length === 0) return [];
  const out = git(repo, ["show", "-s", "--format=%H%x1f%cI%x1f%an%x1f%P%x1f%s%x1e", ...hashes]);
  return out
    .split("\x1e")
    .map((r) => r.replace(/^\n/, ""))
    .filter((r) => r !== "")
    .map((r) => {
      const [hash, date, author, parents, message] = r.split("\x1f") as [string, string, string, string, string];
      return { hash, date, author, parents: parents === "" ? [] : parents.split(" "), message };
    });
}

/** HEAD's first-parent history, oldest first (the dashboard's x axis). */
export function firstParentHistory(repo: string): string[] {
  try {
    return git(repo, ["rev-list", "--first-parent", "--reverse", "HEAD"]).split("\n").filter((l) => l !== "");
  } catch {
    return [];
  }
}
