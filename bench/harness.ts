/**
 * Runs the suite against one build of tsdl and writes the measurements as
 * JSON: `node --expose-gc dist/bench/harness.js --target DIR --out FILE
 * [--filter REGEX] [--quick] [--peers]`. `tsdl-bench` starts it in a fresh
 * process per commit, so that every commit's modules load into a clean VM.
 *
 * In-process benchmarks are timed by tinybench (warm-up, then samples until
 * both a time budget and a sample count are reached); end-to-end benchmarks
 * run `DIR/bin/tsdl-opt` as a whole process, interleaved with the peers
 * when `--peers` is given.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Bench } from "tinybench";
import type { BenchmarkResult, PeerResult } from "./history/model.js";
import { median, medianConfidenceInterval } from "./stats/index.js";
import type { InProcessBenchmark, ProcessBenchmark } from "./suite/index.js";
import { suite } from "./suite/index.js";
import { findPeers } from "./suite/peers.js";
import { runInterleaved, type ProcessTool } from "./suite/process.js";
import { nodeCommand } from "../src/tools/node-command.js";
import { SkipBenchmark, Target } from "./suite/target.js";
import { materialize } from "./workloads/generate.js";
import { standardWorkloads } from "./workloads/index.js";

/** The measuring checkout (where this file was built). */
export const suiteRepo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** What one harness run produces. */
export interface HarnessOutput {
  results: BenchmarkResult[];
  peers: PeerResult[];
}

export interface HarnessOptions {
  target: string;
  filter: RegExp | null;
  quick: boolean;
  peers: boolean;
  /** Whole-process runs per tool (default 10, quick 3). */
  runs?: number;
  mlirOpt?: string | null;
  xdslOpt?: string | null;
  /** Progress lines go here (stderr by default). */
  log?: (line: string) => void;
}

/** A full collection between benchmarks (`--expose-gc`, or V8's flag set at run time), so one benchmark's garbage is not collected during the next. */
function collectGarbage(): void {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
    (globalThis as { gc?: () => void }).gc = gc;
  }
  gc();
}

/** At most this many samples are kept per benchmark (evenly spaced over the sorted samples). */
const maxSamples = 200;

function keepSamples(samples: readonly number[]): number[] {
  if (samples.length <= maxSamples) return [...samples];
  const out: number[] = [];
  for (let i = 0; i < maxSamples; i++) out.push(samples[Math.round((i * (samples.length - 1)) / (maxSamples - 1))]!);
  return out;
}

function summarize(name: string, group: BenchmarkResult["group"], samples: number[], extra: Partial<BenchmarkResult>): BenchmarkResult {
  const ci = medianConfidenceInterval(samples);
  return { name, group, samples: keepSamples(samples), median: median(samples), ciLow: ci.low, ciHigh: ci.high, ...extra };
}

function skipped(b: { name: string; group: BenchmarkResult["group"] }, reason: string): BenchmarkResult {
  return { name: b.name, group: b.group, samples: [], median: 0, ciLow: 0, ciHigh: 0, skipped: reason };
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.constructor.name}: ${e.message.split("\n")[0]}` : String(e);
}

async function timeInProcess(b: InProcessBenchmark, target: Target, quick: boolean): Promise<BenchmarkResult> {
  let fn: () => unknown;
  try {
    fn = b.prepare(target);
    fn(); // fails fast (and clearly) before tinybench's loop
  } catch (e) {
    return skipped(b, e instanceof SkipBenchmark ? e.message : `failed: ${errorText(e)}`);
  }
  // Calls shorter than ~50 µs are timed in batches (one sample = `repeat`
  // calls, divided back), so that timer resolution does not dominate and
  // tiny benchmarks do not pile up millions of samples.
  const probeStart = performance.now();
  let probes = 0;
  while (performance.now() - probeStart < 5 && probes < 10_000) {
    fn();
    probes++;
  }
  const perCall = (performance.now() - probeStart) / probes;
  const repeat = Math.min(10_000, Math.max(1, Math.ceil(0.05 / perCall)));
  const once = fn;
  if (repeat > 1)
    fn = () => {
      for (let i = 0; i < repeat; i++) once();
    };
  collectGarbage();
  const bench = new Bench({
    time: quick ? 150 : 600,
    iterations: quick ? 5 : 10,
    warmupTime: quick ? 30 : 100,
    warmupIterations: 2,
    retainSamples: true,
    throws: true,
  });
  bench.add(b.name, fn);
  try {
    await bench.run();
  } catch (e) {
    return skipped(b, `failed: ${errorText(e)}`);
  }
  const r = bench.tasks[0]!.result as { latency?: { samples?: number[] } };
  const samples = (r.latency?.samples ?? []).map((ms) => ms / repeat);
  if (samples.length === 0) return skipped(b, "failed: no samples");
  return summarize(b.name, b.group, [...samples], { ...(b.bytes !== undefined ? { bytes: b.bytes } : {}), ...(b.ops !== undefined ? { ops: b.ops } : {}) });
}

function timeProcesses(b: ProcessBenchmark, target: Target, o: HarnessOptions, peerTools: ProcessTool[], missing: PeerResult[]): { result: BenchmarkResult; peers: PeerResult[] } {
  const bin = target.tsdlOpt;
  if (bin === null) return { result: skipped(b, "this commit has no bin/tsdl-opt"), peers: [] };
  const w = standardWorkloads().find((x) => x.name === b.workload)!;
  const { path, text } = materialize(w, join(suiteRepo, "bench", "out"));
  // Custom-syntax workloads are printed back in the custom form by every
  // tool. The launcher runs with this Node and the flags of its `#!` line.
  const command = nodeCommand(bin);
  const tsdl: ProcessTool = {
    name: "tsdl-opt",
    argv: (f, custom) => [...command, "--allow-unregistered-dialect", ...(custom ? [] : ["--mlir-print-op-generic"]), f],
  };
  const runs = runInterleaved(path, [tsdl, ...peerTools], o.runs ?? (o.quick ? 3 : 10), w.form === "custom");
  const mine = runs[0]!;
  const bytes = Buffer.byteLength(text);
  const result =
    mine.failed !== undefined
      ? skipped(b, `failed: ${mine.failed}`)
      : summarize(b.name, b.group, mine.ms, { bytes, ops: b.ops, ...(mine.peakMB.length > 0 ? { peakMB: median(mine.peakMB) } : {}) });
  const peers: PeerResult[] = runs.slice(1).map((p) => {
    if (p.failed !== undefined || p.ms.length === 0) return { tool: p.tool, benchmark: b.name, median: 0, ciLow: 0, ciHigh: 0, ratioToTsdl: 0, missing: `failed: ${p.failed ?? "no runs"}` };
    const ci = medianConfidenceInterval(p.ms);
    const ratios = p.ms.map((ms, i) => ms / (mine.ms[i] ?? NaN)).filter((x) => Number.isFinite(x));
    return {
      tool: p.tool,
      benchmark: b.name,
      median: median(p.ms),
      ciLow: ci.low,
      ciHigh: ci.high,
      ...(p.peakMB.length > 0 ? { peakMB: median(p.peakMB) } : {}),
      ratioToTsdl: ratios.length > 0 ? median(ratios) : 0,
    };
  });
  return { result, peers: [...peers, ...missing.map((m) => ({ ...m, benchmark: b.name }))] };
}

/** Runs the (filtered) suite against `o.target`. */
export async function runHarness(o: HarnessOptions): Promise<HarnessOutput> {
  const log = o.log ?? ((l: string) => process.stderr.write(l + "\n"));
  const target = await Target.load(o.target);
  const peerTools: ProcessTool[] = [];
  const missing: PeerResult[] = [];
  if (o.peers) {
    for (const p of findPeers(suiteRepo, { mlirOpt: o.mlirOpt ?? null, xdslOpt: o.xdslOpt ?? null })) {
      if (p.tool !== null) peerTools.push(p.tool);
      else {
        log(`peer ${p.name}: missing (${p.hint})`);
        missing.push({ tool: p.name, benchmark: "", median: 0, ciLow: 0, ciHigh: 0, ratioToTsdl: 0, missing: `not installed (${p.hint})` });
      }
    }
  }
  const out: HarnessOutput = { results: [], peers: [] };
  for (const b of suite()) {
    if (o.filter !== null && !o.filter.test(b.name)) continue;
    const start = Date.now();
    let r: BenchmarkResult;
    if (b.kind === "process") {
      const x = timeProcesses(b, target, o, peerTools, missing);
      r = x.result;
      out.peers.push(...x.peers);
    } else r = await timeInProcess(b, target, o.quick);
    out.results.push(r);
    const what = r.skipped !== undefined ? `skipped (${r.skipped})` : `${r.median.toFixed(3)} ms (n=${r.samples.length})`;
    log(`${b.name}: ${what} [${((Date.now() - start) / 1000).toFixed(1)} s]`);
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      target: { type: "string", default: suiteRepo },
      out: { type: "string" },
      filter: { type: "string" },
      quick: { type: "boolean", default: false },
      peers: { type: "boolean", default: false },
      runs: { type: "string" },
      "mlir-opt": { type: "string" },
      "xdsl-opt": { type: "string" },
    },
  });
  const output = await runHarness({
    target: resolve(values.target!),
    filter: values.filter !== undefined ? new RegExp(values.filter) : null,
    quick: values.quick!,
    peers: values.peers!,
    ...(values.runs !== undefined ? { runs: Number(values.runs) } : {}),
    mlirOpt: values["mlir-opt"] ?? null,
    xdslOpt: values["xdsl-opt"] ?? null,
  });
  const json = JSON.stringify(output);
  if (values.out !== undefined) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, json);
  } else process.stdout.write(json + "\n");
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`tsdl-bench harness: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
