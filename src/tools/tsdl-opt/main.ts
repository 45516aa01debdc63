import { readFileSync, writeFileSync } from "node:fs";
import { Context } from "../../ir/context.js";
import { type Diagnostic, DiagnosticError, Severity } from "../../ir/diagnostic.js";
import type { Operation } from "../../ir/operation.js";
import { verify } from "../../ir/verify.js";
import { parseSourceFile } from "../../parse/parse.js";
import { printOperationBytes } from "../../print/print.js";
import { renderDiagnostic } from "../../diag/render.js";
import { SourceFile } from "../../diag/source-file.js";
import { helpText, type OptOptions, parseOptions, UsageError } from "./options.js";
import { type Chunk, splitInput, splitMarker } from "./split-input.js";
import { DiagnosticVerifier } from "./verify-diagnostics.js";

const version = "0.1.0";
const encoder = new TextEncoder();

/**
 * `tsdl-opt`: reads MLIR, verifies it and prints it, with `mlir-opt`'s
 * flags. Exit status: 0 on success, 1 when the input has errors (or the
 * expected diagnostics do not match), 2 on an internal error.
 */
function main(argv: readonly string[]): number {
  let opts: OptOptions;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tsdl-opt: error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (opts.help) {
    process.stdout.write(helpText);
    return 0;
  }
  if (opts.version) {
    process.stdout.write(`tsdl-opt version ${version}\n`);
    return 0;
  }
  let text: string;
  const name = opts.input === "-" ? "<stdin>" : opts.input;
  try {
    text = readFileSync(opts.input === "-" ? 0 : opts.input, "utf8");
  } catch (e) {
    process.stderr.write(`tsdl-opt: error: cannot open input file '${name}': ${ioReason(e)}\n`);
    return 1;
  }
  const source = new SourceFile(name, text);
  const chunks: Chunk[] = opts.splitInputFile ? splitInput(text) : [{ begin: 0, end: text.length }];
  const outputs: Uint8Array[] = [];
  let failed = false;
  for (let i = 0; i < chunks.length; i++) {
    if (i > 0) outputs.push(encoder.encode(splitMarker + "\n"));
    const r = processChunk(source, chunks[i]!, opts);
    if (r.output !== null) outputs.push(r.output, newline);
    if (!r.ok) failed = true;
  }
  if (!writeOutput(opts.output, outputs)) return 1;
  return failed ? 1 : 0;
}

const newline = Uint8Array.of(10);

/** Parses, verifies and prints one chunk; reports its diagnostics. */
function processChunk(source: SourceFile, chunk: Chunk, opts: OptOptions): { output: Uint8Array | null; ok: boolean } {
  const ctx = new Context({ allowUnregisteredDialects: opts.allowUnregisteredDialect });
  const diags: Diagnostic[] = [];
  ctx.diagnosticHandler = (d) => diags.push(d);
  let module: Operation | null = null;
  try {
    module = parseSourceFile(ctx, source, chunk);
    if (opts.verify) verify(module);
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    diags.push(e.diagnostic);
    module = null;
  }
  const hasError = diags.some((d) => d.severity === Severity.Error);
  let ok = !hasError;
  if (opts.verifyDiagnostics) {
    const v = new DiagnosticVerifier(ctx, source, chunk.begin, chunk.end);
    for (const d of diags) v.check(d);
    ok = v.finish();
    for (const d of v.errors) process.stderr.write(renderDiagnostic(d, [source]));
  } else {
    for (const d of diags) process.stderr.write(renderDiagnostic(d, [source], { printOp: true }));
  }
  if (module === null || hasError) return { output: null, ok };
  const output = printOperationBytes(module, {
    generic: opts.generic,
    debugInfo: opts.debugInfo,
    localScope: opts.localScope,
    elideElementsAttrsIfLarger: opts.elideElementsAttrsIfLarger,
  });
  return { output, ok };
}

/** Writes the output chunks to a file or standard output; false (reported) on an I/O error. */
function writeOutput(path: string, chunks: readonly Uint8Array[]): boolean {
  let total = 0;
  for (const c of chunks) total += c.length;
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  if (path === "-") {
    process.stdout.write(all);
    return true;
  }
  try {
    writeFileSync(path, all);
    return true;
  } catch (e) {
    process.stderr.write(`tsdl-opt: error: cannot write output file '${path}': ${ioReason(e)}\n`);
    return false;
  }
}

/** A lower-case reason for a file system error. */
function ioReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    default:
      return code !== undefined ? code.toLowerCase() : String((e as Error).message ?? e);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    process.stderr.write("tsdl-opt: error: the input is nested too deeply to process\n");
    process.exitCode = 1;
  } else {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`tsdl-opt: internal error: ${msg}\n`);
    if (process.env.TSDL_DEBUG) process.stderr.write(String((e as Error).stack) + "\n");
    else process.stderr.write("(this is a bug in tsdl; set TSDL_DEBUG=1 to see the stack trace)\n");
    process.exitCode = 2;
  }
}
