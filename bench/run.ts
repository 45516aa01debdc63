/**
 * `npm run bench`: times tsdl against mlir-opt (and xdsl-opt when
 * available) on the same generated inputs, in the same run.
 *
 * For each workload it reports
 * - tsdl's in-process phases (parse, verify, print) with throughput, and
 * - whole-process wall time and peak memory of each tool with the same
 *   flags (`--allow-unregistered-dialect --mlir-print-op-generic`, output
 *   discarded), as medians over several runs, with the ratio to mlir-opt.
 *
 * The machine is shared and noisy: compare ratios from one run, not
 * absolute times across runs. Statistics come from tinybench.
 *
 * Options: --quick (fewer runs), --runs N, --only NAME[,NAME], --json FILE,
 * --xdsl PATH (or env XDSL_OPT), --mlir-opt PATH (or env MLIR_OPT).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { Context } from "../src/ir/context.js";
import { verify } from "../src/ir/verify.js";
import { parseSourceString } from "../src/parse/parse.js";
import { printOperationBytes } from "../src/print/print.js";
import { standardWorkloads } from "./workloads.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const outDir = join(repo, "bench", "out");

interface Options {
  runs: number;
  phaseIterations: number;
  only: string[] | null;
  json: string | null;
  xdsl: string | null;
  mlirOpt: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 7, phaseIterations: 5, only: null, json: null, xdsl: process.env.XDSL_OPT ?? null, mlirOpt: process.env.MLIR_OPT ?? null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--quick") (o.runs = 3), (o.phaseIterations = 2);
    else if (a === "--runs") o.runs = Number(argv[++i]);
    else if (a === "--only") o.only = argv[++i]!.split(",");
    else if (a === "--json") o.json = argv[++i]!;
    else if (a === "--xdsl") o.xdsl = argv[++i]!;
    else if (a === "--mlir-opt") o.mlirOpt = argv[++i]!;
    else {
      process.stderr.write(`bench: unknown option '${a}'\n`);
      process.exit(1);
    }
  }
  return o;
}

/** A command-line tool to time. */
interface Tool {
  name: string;
  argv: (input: string) => string[];
}

function findMlirOpt(explicit: string | null): string | null {
  for (const c of [explicit, "/usr/lib/llvm-22/bin/mlir-opt"]) if (c && existsSync(c)) return c;
  const r = spawnSync("sh", ["-c", "command -v mlir-opt"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "" ? r.stdout.trim() : null;
}

function findXdsl(explicit: string | null): string | null {
  for (const c of [explicit, join(outDir, "xdsl-venv", "bin", "xdsl-opt")]) if (c && existsSync(c)) return c;
  return null;
}

function tools(o: Options): Tool[] {
  const list: Tool[] = [
    { name: "tsdl-opt", argv: (f) => [process.execPath, join(repo, "bin", "tsdl-opt"), "--allow-unregistered-dialect", "--mlir-print-op-generic", f] },
  ];
  const mlir = findMlirOpt(o.mlirOpt);
  if (mlir !== null) list.push({ name: "mlir-opt", argv: (f) => [mlir, "--allow-unregistered-dialect", "--mlir-print-op-generic", f] });
  else process.stdout.write("note: mlir-opt not found (apt-get install mlir-22-tools); ratios are unavailable\n");
  const xdsl = findXdsl(o.xdsl);
  if (xdsl !== null) list.push({ name: "xdsl-opt", argv: (f) => [xdsl, "--allow-unregistered-dialect", "--print-op-generic", f] });
  else process.stdout.write("note: xdsl-opt not found (bash ../shared/peers/install-xdsl.sh bench/out/xdsl-venv, or XDSL_OPT=...)\n");
  return list;
}

/** Runs a command once with output discarded; throws when it fails. */
function runOnce(argv: string[]): void {
  const r = spawnSync(argv[0]!, argv.slice(1), { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed (${r.status}): ${String(r.stderr).slice(0, 400)}`);
}

/** Peak resident memory in MB of one run, via GNU time when available. */
function peakMemoryMB(argv: string[]): number | null {
  if (!existsSync("/usr/bin/time")) return null;
  const r = spawnSync("/usr/bin/time", ["-f", "%M", ...argv], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 26 });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  return /^[0-9]+$/.test(last) ? Number(last) / 1024 : null;
}

interface ToolResult {
  tool: string;
  medianMs: number;
  minMs: number;
  rmePercent: number;
  peakMB: number | null;
}

interface PhaseResult {
  phase: string;
  meanMs: number;
  mbPerSec: number;
}

async function timePhases(text: string, iterations: number): Promise<PhaseResult[]> {
  const mb = Buffer.byteLength(text) / 1e6;
  const parsedOnce = parseSourceString(new Context({ allowUnregisteredDialects: true }), text, { filename: "bench.mlir" });
  const b = new Bench({ iterations, warmupIterations: 1, time: 0, warmupTime: 0 });
  b.add("parse", () => {
    parseSourceString(new Context({ allowUnregisteredDialects: true }), text, { filename: "bench.mlir" });
  });
  b.add("verify", () => verify(parsedOnce));
  b.add("print", () => {
    printOperationBytes(parsedOnce, { generic: true });
  });
  await b.run();
  return b.tasks.map((t) => {
    const r = t.result as { latency?: { mean: number }; error?: Error; state?: string };
    if (r.latency === undefined) throw new Error(`tsdl ${t.name}: ${r.error?.message ?? r.state ?? "no result"}`);
    const ms = r.latency.mean;
    return { phase: t.name, meanMs: ms, mbPerSec: mb / (ms / 1000) };
  });
}

async function timeTools(file: string, list: Tool[], runs: number): Promise<ToolResult[]> {
  const b = new Bench({ iterations: runs, warmupIterations: 1, time: 0, warmupTime: 0 });
  for (const t of list) {
    const argv = t.argv(file);
    b.add(t.name, () => runOnce(argv));
  }
  await b.run();
  return b.tasks.map((t, i) => {
    const r = t.result as { latency?: { p50: number; min: number; rme: number }; error?: Error; state?: string };
    if (r.latency === undefined) throw new Error(`${t.name}: ${r.error?.message ?? r.state ?? "no result"}`);
    return { tool: t.name, medianMs: r.latency.p50, minMs: r.latency.min, rmePercent: r.latency.rme, peakMB: peakMemoryMB(list[i]!.argv(file)) };
  });
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(outDir, { recursive: true });
  const toolList = tools(o);
  const all: unknown[] = [];
  for (const w of standardWorkloads()) {
    if (o.only !== null && !o.only.includes(w.name)) continue;
    const file = join(outDir, `${w.name}.mlir`);
    const text = w.text();
    if (!existsSync(file) || readFileSync(file, "utf8") !== text) writeFileSync(file, text);
    const size = statSync(file).size / 1e6;
    process.stdout.write(`\n== ${w.name} (${fmt(size, 2)} MB)\n`);
    const phases = await timePhases(text, o.phaseIterations);
    process.stdout.write(
      "tsdl in-process: " + phases.map((p) => `${p.phase} ${fmt(p.meanMs)} ms (${fmt(p.mbPerSec, 0)} MB/s)`).join(", ") + "\n",
    );
    const results = await timeTools(file, toolList, o.runs);
    const ref = results.find((r) => r.tool === "mlir-opt");
    process.stdout.write("tool        median ms    min ms   ±%    vs mlir-opt   peak MB   vs mlir-opt\n");
    for (const r of results) {
      const ratio = ref !== undefined ? fmt(r.medianMs / ref.medianMs, 2) + "x" : "-";
      const mem = r.peakMB === null ? "-" : fmt(r.peakMB, 0);
      const memRatio = ref !== undefined && ref.peakMB !== null && r.peakMB !== null ? fmt(r.peakMB / ref.peakMB, 2) + "x" : "-";
      process.stdout.write(
        `${r.tool.padEnd(10)} ${fmt(r.medianMs).padStart(10)} ${fmt(r.minMs).padStart(9)} ${fmt(r.rmePercent, 0).padStart(4)} ${ratio.padStart(12)} ${mem.padStart(9)} ${memRatio.padStart(12)}\n`,
      );
    }
    all.push({ workload: w.name, sizeMB: size, phases, tools: results });
  }
  const json = o.json ?? join(outDir, "latest.json");
  writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), node: process.version, results: all }, null, 2));
  process.stdout.write(`\nresults written to ${json}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
