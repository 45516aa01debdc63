import { loadAllDialects } from "../../dialects/all.js";
import { dialectsFromIRDL } from "../../dialects/irdl/load.js";
import type { Dialect } from "../../ir/dialect.js";
import { isAscii } from "node:buffer";
import { appendFileSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { isMainThread, MessageChannel, type MessagePort, parentPort, receiveMessageOnPort, Worker, workerData } from "node:worker_threads";
import { Context } from "../../ir/context.js";
import { type Diagnostic, DiagnosticError, type DiagnosticPrintFlags, Severity } from "../../ir/diagnostic.js";
import type { Operation } from "../../ir/operation.js";
import { verify } from "../../ir/verify.js";
import { parseSourceFile } from "../../parse/parse.js";
import { ParseError } from "../../parse/parser-state.js";
import { printOperationChunks } from "../../print/print.js";
import { renderDiagnostic } from "../../diag/render.js";
import { SourceFile } from "../../diag/source-file.js";
import { helpText, type OptOptions, parseOptions, UsageError } from "./options.js";
import { type Chunk, splitInput, splitMarker } from "./split-input.js";
import { DiagnosticVerifier } from "./verify-diagnostics.js";

const version = "0.1.0";
const encoder = new TextEncoder();
const newline = Uint8Array.of(10);

/** Where a run writes: kept in memory and flushed at the end (see `runInWorker`). */
interface Sink {
  stdout: Uint8Array[];
  stderr: string[];
}

/** Wall time per phase, for `--mlir-timing` (milliseconds). */
const timing = { parser: 0, verifier: 0, output: 0 };

/** `--mlir-timing`'s report, in the layout of MLIR's execution time report. */
function timingReport(startupMs: number, totalMs: number): string {
  const rows: [string, number][] = [
    ["Start-up", startupMs],
    ["Parser", timing.parser],
    ["Verifier", timing.verifier],
    ["Output", timing.output],
  ];
  const rest = totalMs - rows.reduce((a, r) => a + r[1], 0);
  rows.push(["Rest", Math.max(0, rest)], ["Total", totalMs]);
  const line = "===" + "-".repeat(73) + "===\n";
  let s = line + "                         ... Execution time report ...\n" + line;
  s += `  Total Execution Time: ${(totalMs / 1000).toFixed(4)} seconds\n\n`;
  s += "  ----Wall Time----  ----Name----\n";
  for (const [name, ms] of rows) {
    const pct = ((100 * ms) / totalMs).toFixed(1).padStart(5);
    s += `    ${(ms / 1000).toFixed(4)} (${pct}%)  ${name}\n`;
  }
  return s;
}

let timingRequested = false;

/** Thrown when the JS stack ran out: the run is retried on a big-stack thread. */
class NeedsBigStack extends Error {}

/**
 * `tsdl-opt`: reads MLIR, verifies it and prints it, with `mlir-opt`'s
 * flags. Exit status: 0 on success, 1 when the input has errors (or the
 * expected diagnostics do not match), 2 on an internal error.
 */
function main(argv: readonly string[], sink: Sink): number {
  let opts: OptOptions;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      sink.stderr.push(`tsdl-opt: error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (opts.help) {
    sink.stdout.push(encoder.encode(helpText));
    return 0;
  }
  if (opts.version) {
    sink.stdout.push(encoder.encode(`tsdl-opt version ${version}\n`));
    return 0;
  }
  const name = opts.input === "-" ? "<stdin>" : opts.input;
  let text: string;
  try {
    text = readText(opts.input === "-" ? 0 : opts.input);
  } catch (e) {
    sink.stderr.push(`tsdl-opt: error: cannot open input file '${name}': ${ioReason(e)}\n`);
    return 1;
  }
  if (opts.irdlFile !== undefined && !loadIRDLFile(opts.irdlFile, opts, sink)) return 1;
  try {
    return run(opts, name, text, sink, false);
  } catch (e) {
    if (!(e instanceof NeedsBigStack)) throw e;
    sink.stdout.length = 0;
    sink.stderr.length = 0;
    return runInWorker(argv, name, text, sink);
  }
}

/**
 * The `--irdl-file` source, checked once; its dialects are built again in
 * every chunk's context (attributes and types are uniqued per context).
 */
let irdlSource: SourceFile | null = null;

/** The dialects of the `--irdl-file`, built in `ctx`. */
function irdlDialectsIn(ctx: Context): Dialect[] {
  if (irdlSource === null) return [];
  const module = parseSourceFile(ctx, irdlSource);
  verify(module);
  return dialectsFromIRDL(module);
}

/**
 * Reads, verifies and compiles the IRDL file `file` into dialects (kept in
 * {@link irdlDialects}); reports errors like input errors. False on failure.
 */
function loadIRDLFile(file: string, opts: OptOptions, sink: Sink): boolean {
  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    sink.stderr.push(`tsdl-opt: error: cannot open IRDL file '${file}': ${ioReason(e)}\n`);
    return false;
  }
  const source = new SourceFile(file, text);
  irdlSource = source;
  try {
    irdlDialectsIn(loadAllDialects(new Context({ diagnosticPrintFlags: diagnosticPrintFlags(opts) })));
    return true;
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    sink.stderr.push(renderDiagnostic(e.diagnostic, [source], { printOp: true }));
    return false;
  }
}

/**
 * How operations print in diagnostics: mlir-opt's printing flags reach the
 * operations its diagnostics quote too (locations with
 * `--mlir-print-debuginfo`, the hex threshold); the generic form and local
 * scope are fixed there, and so is eliding above 16 elements.
 */
function diagnosticPrintFlags(opts: OptOptions): DiagnosticPrintFlags {
  return { debugInfo: opts.debugInfo, printElementsAttrsWithHexIfLarger: opts.hexElementsAttrsIfLarger };
}

/** Processes the input text: all chunks, then writes the output file if any. */
function run(opts: OptOptions, name: string, text: string, sink: Sink, bigStack: boolean): number {
  const source = new SourceFile(name, text);
  const chunks: Chunk[] = opts.splitInputFile ? splitInput(text) : [{ begin: 0, end: text.length }];
  const outputs: Uint8Array[] = [];
  // Unmatched `expected-*` comments are reported after all chunks, as
  // mlir-opt (one verifier for the whole file) does.
  const unmatched: string[] = [];
  let failed = false;
  for (let i = 0; i < chunks.length; i++) {
    if (i > 0) outputs.push(encoder.encode(splitMarker + "\n"));
    const r = processChunk(source, chunks[i]!, opts, sink, bigStack, unmatched);
    if (r.output !== null) outputs.push(...r.output, newline);
    if (!r.ok) failed = true;
  }
  sink.stderr.push(...unmatched);
  if (opts.timing) timingRequested = true;
  if (opts.output === "-") sink.stdout.push(...outputs);
  else if (failed) removeFile(opts.output);
  else if (!writeFile(opts.output, outputs, sink)) return 1;
  return failed ? 1 : 0;
}

/** Whether `e` is the JS engine running out of stack. */
function isStackOverflow(e: unknown): boolean {
  return (e instanceof RangeError && /call stack/i.test(e.message)) || (e instanceof ParseError && e.stackOverflow);
}

/**
 * The text of a file (or of standard input, fd 0). ASCII text, which most
 * MLIR is, becomes a string without UTF-8 decoding (8 MB: 16 -> 9 ms).
 */
function readText(file: string | number): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

/**
 * Milliseconds since the process started (what `performance.now()` gives,
 * without loading Node's perf_hooks: 5 ms of start-up).
 */
function now(): number {
  return process.uptime() * 1000;
}

/** Parses, verifies and prints one chunk; reports its diagnostics. */
function processChunk(
  source: SourceFile,
  chunk: Chunk,
  opts: OptOptions,
  sink: Sink,
  bigStack: boolean,
  unmatched: string[],
): { output: Uint8Array[] | null; ok: boolean } {
  const ctx = loadAllDialects(new Context({ allowUnregisteredDialects: opts.allowUnregisteredDialect, diagnosticPrintFlags: diagnosticPrintFlags(opts) }));
  for (const d of irdlDialectsIn(ctx)) ctx.loadDialect(d);
  const diags: Diagnostic[] = [];
  ctx.diagnosticHandler = (d) => diags.push(d);
  let module: Operation | null = null;
  let output: Uint8Array[] | null = null;
  try {
    let t = now();
    module = parseSourceFile(ctx, source, { begin: chunk.begin, end: chunk.end, implicitModule: !opts.noImplicitModule });
    timing.parser += now() - t;
    if (opts.verify) {
      t = now();
      verify(module);
      timing.verifier += now() - t;
    }
  } catch (e) {
    if (isStackOverflow(e) && !bigStack) throw new NeedsBigStack();
    if (!(e instanceof DiagnosticError)) throw e;
    diags.push(e.diagnostic);
    module = null;
  }
  const hasError = diags.some((d) => d.severity === Severity.Error);
  if (module !== null && !hasError) {
    try {
      const t = now();
      output = printOperationChunks(module, {
        generic: opts.generic,
        debugInfo: opts.debugInfo,
        localScope: opts.localScope,
        elideElementsAttrsIfLarger: opts.elideElementsAttrsIfLarger,
        printElementsAttrsWithHexIfLarger: opts.hexElementsAttrsIfLarger,
        sizeHint: chunk.end - chunk.begin,
      });
      timing.output += now() - t;
    } catch (e) {
      if (isStackOverflow(e) && !bigStack) throw new NeedsBigStack();
      throw e;
    }
  }
  let ok = !hasError;
  try {
    // Rendering prints the failing operation, which may be deeply nested too.
    if (opts.verifyDiagnostics) {
      const v = new DiagnosticVerifier(ctx, source, chunk.begin, chunk.end, opts.verifyOnlyExpected);
      for (const d of diags) v.check(d);
      ok = v.finish();
      for (const d of v.errors) {
        const range = v.ranges.get(d);
        (range === undefined ? sink.stderr : unmatched).push(renderDiagnostic(d, [source], { rangeLength: range }));
      }
    } else {
      for (const d of diags) sink.stderr.push(renderDiagnostic(d, [source], { printOp: true }));
    }
  } catch (e) {
    if (isStackOverflow(e) && !bigStack) throw new NeedsBigStack();
    throw e;
  }
  return { output, ok };
}

/**
 * Runs again on a worker thread with a 512 MB stack. Parsing and printing
 * are iterative over generic regions, but custom-form regions and nested
 * attributes recurse; inputs nested thousands deep land here instead of
 * failing (the main thread's stack allows about a thousand levels).
 */
function runInWorker(argv: readonly string[], name: string, text: string, sink: Sink): number {
  const w = new Worker(new URL(import.meta.url), {
    workerData: { argv, name, text },
    resourceLimits: { stackSizeMb: 512 },
    stdout: false,
    stderr: false,
  });
  // Block until the worker is done: the main thread has nothing else to do.
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const channel = new MessageChannel();
  w.postMessage({ port: channel.port1, shared }, [channel.port1]);
  Atomics.wait(shared, 0, 0);
  const msg = receiveMessageOnPort(channel.port2) as { message: WorkerResult } | undefined;
  void w.terminate();
  if (msg === undefined) {
    sink.stderr.push("tsdl-opt: internal error: the big-stack worker did not answer\n");
    return 2;
  }
  sink.stdout.push(...msg.message.stdout);
  sink.stderr.push(...msg.message.stderr);
  Object.assign(timing, msg.message.timing);
  timingRequested = msg.message.timingRequested;
  return msg.message.code;
}

interface WorkerResult {
  stdout: Uint8Array[];
  stderr: string[];
  code: number;
  timing: typeof timing;
  timingRequested: boolean;
}

/** The worker side of {@link runInWorker}. */
function workerMain(): void {
  const data = workerData as { argv: string[]; name: string; text: string };
  parentPort!.once("message", (m: { port: MessagePort; shared: Int32Array }) => {
    const sink: Sink = { stdout: [], stderr: [] };
    let code: number;
    try {
      code = run(parseOptions(data.argv), data.name, data.text, sink, true);
    } catch (e) {
      code = reportCrash(e, sink);
    }
    // Move the output buffers instead of copying them (deeply nested input
    // can print gigabytes); this thread is done with them.
    const buffers = [...new Set(sink.stdout.map((b) => b.buffer as ArrayBuffer))];
    m.port.postMessage({ stdout: sink.stdout, stderr: sink.stderr, code, timing, timingRequested } satisfies WorkerResult, buffers);
    Atomics.store(m.shared, 0, 1);
    Atomics.notify(m.shared, 0);
  });
}

/**
 * After a failure, `-o FILE` is left absent, as mlir-opt leaves it: no
 * partial or stale output for build tools to pick up.
 */
function removeFile(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Not ours to report: the run already failed for a reason of its own.
  }
}

/** Writes the output chunks to a file; false (reported) on an I/O error. */
function writeFile(path: string, chunks: readonly Uint8Array[], sink: Sink): boolean {
  try {
    const parts = joinSmall(chunks);
    writeFileSync(path, parts[0]!);
    for (let i = 1; i < parts.length; i++) appendFileSync(path, parts[i]!);
    return true;
  } catch (e) {
    sink.stderr.push(`tsdl-opt: error: cannot write output file '${path}': ${ioReason(e)}\n`);
    return false;
  }
}

/**
 * The chunks joined into one array (one write), or as they are when that
 * would pass 1 GiB (huge output: a typed array holds at most 4 GiB).
 */
function joinSmall(chunks: readonly Uint8Array[]): readonly Uint8Array[] {
  let total = 0;
  for (const c of chunks) total += c.length;
  return total <= 1 << 30 ? [concat(chunks)] : chunks;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const c of chunks) total += c.length;
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
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
    case "ENOSPC":
      return "no space left on device";
    case "ERR_STRING_TOO_LONG":
      return "file too large (tsdl reads up to 512 MiB of text)";
    default:
      return code !== undefined ? code.toLowerCase() : String((e as Error).message ?? e);
  }
}

/** Reports an exception that escaped (a bug, or running out of stack); returns the exit code. */
function reportCrash(e: unknown, sink: Sink): number {
  if (isStackOverflow(e)) {
    sink.stderr.push("tsdl-opt: error: the input is nested too deeply to process\n");
    return 1;
  }
  const msg = e instanceof Error ? e.message : String(e);
  sink.stderr.push(`tsdl-opt: internal error: ${msg}\n`);
  if (process.env.TSDL_DEBUG) sink.stderr.push(String((e as Error).stack) + "\n");
  else sink.stderr.push("(this is a bug in tsdl; set TSDL_DEBUG=1 to see the stack trace)\n");
  return 2;
}

/** One millisecond's pause for {@link writeAllSync}. */
const pauseCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `data` to file descriptor `fd` synchronously. Output goes
 * out this way, not through `process.stdout` (creating that stream costs
 * start-up time); a full non-blocking pipe (EAGAIN) is waited for.
 */
function writeAllSync(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      Atomics.wait(pauseCell, 0, 0, 1);
    }
  }
}

if (isMainThread) {
  const startupMs = now();
  const sink: Sink = { stdout: [], stderr: [] };
  let code: number;
  try {
    code = main(process.argv.slice(2), sink);
  } catch (e) {
    code = reportCrash(e, sink);
  }
  try {
    if (sink.stdout.length > 0) for (const b of joinSmall(sink.stdout)) writeAllSync(1, b);
  } catch (e) {
    // A reader that stops early (`tsdl-opt big.mlir | head`) closes the
    // pipe: stop writing, quietly. Other failures (a full disk) are errors.
    if ((e as NodeJS.ErrnoException).code !== "EPIPE") {
      sink.stderr.push(`tsdl-opt: error: cannot write output: ${ioReason(e)}\n`);
      code = 1;
    }
  }
  if (timingRequested) sink.stderr.push(timingReport(startupMs, now()));
  if (sink.stderr.length > 0) {
    try {
      writeAllSync(2, new TextEncoder().encode(sink.stderr.join("")));
    } catch {
      // Nowhere left to report to.
    }
  }
  // Exit now: everything is written (synchronously), and letting the event
  // loop wind down would tear the whole heap down first (about 10 ms after
  // a 100,000-op module). 'exit' listeners still run.
  process.exit(code);
} else {
  workerMain();
}
