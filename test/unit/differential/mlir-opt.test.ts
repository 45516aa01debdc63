/**
 * Differential tests against `mlir-opt` (skipped when it is not installed).
 *
 * Corpus (`test/differential/corpus/*.mlir`, inputs that are not lit tests):
 * for each file, with `--allow-unregistered-dialect`,
 *
 * - (a) round trip: tsdl's generic output, read back by
 *   `mlir-opt --mlir-print-op-generic`, must give what mlir-opt gives for the
 *   input itself (without and with `--mlir-print-debuginfo`, so locations
 *   survive too);
 * - (b) identity: tsdl's output must be byte-identical to mlir-opt's, in the
 *   custom and the generic form, without and with `--mlir-print-debuginfo`.
 *
 * tsdl's side runs in this process (see {@link tsdlInProcess}): ten runs per
 * file would spend most of the time starting Node.
 *
 * A file can opt out of (b), or keep it for the generic form only, with a
 * first-lines comment `// differential: roundtrip-only (reason)` or
 * `// differential: generic-only (reason)`: upstream dialects registered in
 * mlir-opt print in their custom forms, and mlir-opt moves their inherent
 * attributes into properties.
 *
 * Diagnostics (`test/filecheck/parser/invalid-*.mlir`, except the `-xfail`
 * files, and `test/filecheck/tools/tsdl-opt/debuginfo-diagnostics.mlir`):
 * with `--split-input-file`, without and with `--mlir-print-debuginfo`, the
 * error output (message, position, source line, caret and notes, the
 * operations they quote) must be mlir-opt's, with the `expected-*`
 * comments disabled. Two known differences are normalized: the list of
 * dialects in "Dialect `x' not found" notes, and a NUL byte in one of
 * mlir-opt's messages.
 */

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, test } from "node:test";
import { SourceFile } from "../../../src/diag/source-file.js";
import { Context } from "../../../src/ir/context.js";
import { loadAllDialects } from "../../../src/dialects/all.js";
import { DiagnosticError } from "../../../src/ir/diagnostic.js";
import { verify } from "../../../src/ir/verify.js";
import { parseSourceFile } from "../../../src/parse/parse.js";
import { printOperationBytes } from "../../../src/print/print.js";
import { nodeCommand } from "../../../src/tools/node-command.js";

// Compiled to dist/test/unit/differential/: the repository is four levels up.
const root = fileURLToPath(new URL("../../../../", import.meta.url));
const corpusDir = join(root, "test", "differential", "corpus");
const invalidDir = join(root, "test", "filecheck", "parser");
const tsdlOpt = join(root, "bin", "tsdl-opt");
const tsdlCommand = nodeCommand(tsdlOpt);
const mlirOpt = "/usr/lib/llvm-22/bin/mlir-opt";
const haveMlir = existsSync(mlirOpt);
const skip = haveMlir ? false : `${mlirOpt} is not installed`;

interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `file` with `args` in `cwd`, feeding `input` to its standard input. */
function run(file: string, args: readonly string[], cwd: string, input?: string): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(
      file === tsdlOpt ? tsdlCommand[0]! : file,
      file === tsdlOpt ? [...tsdlCommand.slice(1), ...args] : [...args],
      { cwd, encoding: "latin1", maxBuffer: 1 << 28 },
      (err, stdout, stderr) => {
        const status = err === null ? 0 : typeof err.code === "number" ? err.code : -1;
        resolve({ status, stdout, stderr });
      },
    );
    // A tool reading a file argument may exit before taking its standard
    // input: ignore the resulting EPIPE instead of failing the test.
    child.stdin!.on("error", () => {});
    child.stdin!.end(input ?? "");
  });
}

/**
 * What `tsdl-opt --allow-unregistered-dialect [flags] file` prints, computed
 * in this process (what `tsdl-opt` does, without its start-up per run; the
 * lit tests cover the command itself).
 */
function tsdlInProcess(args: readonly string[], cwd: string): Result {
  const file = args[args.length - 1]!;
  const source = new SourceFile(file, readFileSync(join(cwd, file), "utf8"));
  const ctx = loadAllDialects(new Context({ allowUnregisteredDialects: args.includes("--allow-unregistered-dialect") }));
  try {
    const module = parseSourceFile(ctx, source);
    verify(module);
    const bytes = printOperationBytes(module, {
      generic: args.includes("--mlir-print-op-generic"),
      debugInfo: args.includes("--mlir-print-debuginfo"),
    });
    return { status: 0, stdout: Buffer.from(bytes).toString("latin1") + "\n", stderr: "" };
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    return { status: 1, stdout: "", stderr: e.diagnostic.message };
  }
}

/** Runs of corpus files, shared by the tests that need the same output. */
const cache = new Map<string, Promise<Result>>();
function runCached(file: string, args: readonly string[], cwd: string): Promise<Result> {
  const key = [file, cwd, ...args].join("\0");
  let r = cache.get(key);
  if (r === undefined) cache.set(key, (r = file === tsdlOpt ? Promise.resolve(tsdlInProcess(args, cwd)) : run(file, args, cwd)));
  return r;
}

type Mode = "full" | "generic-only" | "roundtrip-only";

/** The `// differential: <mode>` directive of a corpus file (full by default). */
function modeOf(text: string): Mode {
  const m = /^\/\/ differential: (roundtrip-only|generic-only)\b/m.exec(text);
  return m === null ? "full" : (m[1] as Mode);
}

const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".mlir")).sort() : [];
const base = ["--allow-unregistered-dialect"];
const printModes: { name: string; flags: string[]; generic: boolean }[] = [
  { name: "custom", flags: [], generic: false },
  { name: "generic", flags: ["--mlir-print-op-generic"], generic: true },
  { name: "custom+debuginfo", flags: ["--mlir-print-debuginfo"], generic: false },
  { name: "generic+debuginfo", flags: ["--mlir-print-op-generic", "--mlir-print-debuginfo"], generic: true },
];

describe("corpus vs mlir-opt", { concurrency: availableParallelism() }, () => {
  test("has a corpus", () => {
    assert.ok(corpus.length >= 40, `only ${corpus.length} corpus files`);
  });
  for (const file of corpus) {
    const mode = modeOf(readFileSync(join(corpusDir, file), "utf8"));
    describe(file, { skip, concurrency: true }, () => {
      for (const debug of [false, true]) {
        const flags = [...base, "--mlir-print-op-generic", ...(debug ? ["--mlir-print-debuginfo"] : [])];
        test(`round trip through mlir-opt${debug ? " (debuginfo)" : ""}`, async () => {
          const [expected, ours] = await Promise.all([runCached(mlirOpt, [...flags, file], corpusDir), runCached(tsdlOpt, [...flags, file], corpusDir)]);
          assert.equal(expected.status, 0, `mlir-opt rejects the corpus file:\n${expected.stderr}`);
          assert.equal(ours.status, 0, `tsdl-opt failed:\n${ours.stderr}`);
          const back = await run(mlirOpt, [...flags, "-"], corpusDir, ours.stdout);
          assert.equal(back.status, 0, `mlir-opt rejects tsdl's output:\n${back.stderr}\n${ours.stdout}`);
          assert.equal(back.stdout, expected.stdout);
        });
      }
      for (const pm of printModes) {
        if (mode === "roundtrip-only" || (mode === "generic-only" && !pm.generic)) continue;
        test(`identical output (${pm.name})`, async () => {
          const args = [...base, ...pm.flags, file];
          const [theirs, ours] = await Promise.all([runCached(mlirOpt, args, corpusDir), runCached(tsdlOpt, args, corpusDir)]);
          assert.equal(theirs.status, 0, `mlir-opt rejects the corpus file:\n${theirs.stderr}`);
          assert.equal(ours.status, 0, `tsdl-opt failed:\n${ours.stderr}`);
          assert.equal(ours.stdout, theirs.stdout);
        });
      }
    });
  }
});

const invalid = existsSync(invalidDir)
  ? readdirSync(invalidDir)
      .filter((f) => /^invalid-.*\.mlir$/.test(f) && !f.endsWith("-xfail.mlir"))
      .sort()
      .map((f) => join(invalidDir, f))
  : [];
// Locations and call sites in diagnostics, and operations quoted with their locations.
invalid.push(join(root, "test", "filecheck", "tools", "tsdl-opt", "debuginfo-diagnostics.mlir"));

/** Removes what differs for known reasons (see the file comment). */
function normalize(stderr: string): string {
  return stderr
    .replace(/\0/g, "")
    .replace(/^(.*: note: Available dialects: ).* ; (for more info)/gm, "$1<dialects> ; $2");
}

describe("diagnostics vs mlir-opt", { concurrency: availableParallelism() }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "tsdl-diff-"));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  for (const path of invalid) {
    const file = basename(path);
    for (const debug of [false, true]) {
      test(`${file}${debug ? " (debuginfo)" : ""}`, { skip }, async () => {
        // Disable the expected-* comments: only the diagnostics are compared.
        const text = readFileSync(path, "latin1").replace(/expected-(error|note|warning|remark)/g, "xpected-$1");
        // One directory per variant: the two variants of a file run concurrently.
        const dir = join(scratch, debug ? "debuginfo" : "plain");
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, file), text, "latin1");
        // The flags of the first RUN line decide on --allow-unregistered-dialect.
        const firstRun = /RUN:.*$/m.exec(text)?.[0] ?? "";
        const args = [
          "--split-input-file",
          ...(firstRun.includes("--allow-unregistered-dialect") ? base : []),
          ...(debug ? ["--mlir-print-debuginfo"] : []),
          file,
        ];
        const [theirs, ours] = await Promise.all([run(mlirOpt, args, dir), run(tsdlOpt, args, dir)]);
        assert.equal(ours.status, theirs.status, `exit status; tsdl's stderr:\n${ours.stderr}`);
        assert.equal(normalize(ours.stderr), normalize(theirs.stderr));
        assert.equal(ours.stdout, theirs.stdout);
      });
    }
  }
});
