/**
 * The tsdl being measured. The suite belongs to the checkout doing the
 * measuring; the code under test is a build of any commit (a worktree with
 * `dist/` and `bin/tsdl-opt`). Benchmarks reach that code only through
 * `Target.need`, so that a benchmark whose API a commit lacks is skipped
 * with the reason, not failed.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Thrown by `Target.need` when the commit lacks an API: the benchmark is recorded as skipped. */
export class SkipBenchmark extends Error {}

/** Where each symbol lived before `src/index.ts` re-exported it (oldest commits). */
const fallbackModules: Record<string, string[]> = {
  Context: ["ir/context.js"],
  Operation: ["ir/operation.js"],
  Block: ["ir/block.js"],
  Region: ["ir/region.js"],
  verify: ["ir/verify.js"],
  walk: ["ir/walk.js"],
  parseSourceString: ["parse/parse.js"],
  printOperation: ["print/print.js"],
  printOperationBytes: ["print/print.js"],
  Lexer: ["parse/lexer.js"],
  IntegerType: ["dialects/builtin/types/integer-type.js"],
  IntegerAttr: ["dialects/builtin/attributes/integer-attr.js"],
  RankedTensorType: ["dialects/builtin/types/tensor-type.js"],
  DenseIntOrFPElementsAttr: ["dialects/builtin/attributes/dense-elements-attr.js"],
};

export class Target {
  private readonly modules = new Map<string, Record<string, unknown> | null>();

  private constructor(
    /** Root of the checkout under test. */
    readonly dir: string,
  ) {}

  /** Loads the build in `dir` (which must have been built: `dist/src`). */
  static async load(dir: string): Promise<Target> {
    const t = new Target(dir);
    await t.module("index.js");
    for (const list of Object.values(fallbackModules)) for (const m of list) await t.module(m);
    return t;
  }

  /** `bin/tsdl-opt` of the checkout, or null when it has none. */
  get tsdlOpt(): string | null {
    const p = join(this.dir, "bin", "tsdl-opt");
    return existsSync(p) ? p : null;
  }

  private async module(rel: string): Promise<Record<string, unknown> | null> {
    if (this.modules.has(rel)) return this.modules.get(rel)!;
    const path = join(this.dir, "dist", "src", rel);
    let m: Record<string, unknown> | null = null;
    if (existsSync(path)) {
      try {
        m = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      } catch {
        m = null;
      }
    }
    this.modules.set(rel, m);
    return m;
  }

  /** The exported `name` (from the public index, else the module it lived in), or throws `SkipBenchmark`. */
  need<T = any>(name: string): T {
    const index = this.modules.get("index.js");
    if (index != null && index[name] !== undefined) return index[name] as T;
    for (const rel of fallbackModules[name] ?? []) {
      const m = this.modules.get(rel);
      if (m != null && m[name] !== undefined) return m[name] as T;
    }
    throw new SkipBenchmark(`this commit has no '${name}'`);
  }
}
