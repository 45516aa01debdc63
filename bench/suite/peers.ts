/**
 * The peer tools tsdl is measured against: `mlir-opt` (LLVM 22) and
 * `xdsl-opt`, found through `MLIR_OPT` / `XDSL_OPT`, then the usual install
 * places, then PATH. Each reads the generic form and prints it back in
 * generic form, as tsdl-opt does in the end-to-end benchmarks.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ProcessTool } from "./process.js";

export interface Peer {
  name: string;
  /** The executable, or null when it is not installed. */
  path: string | null;
  /** How to install it, for the "missing" message. */
  hint: string;
  tool: ProcessTool | null;
}

function onPath(name: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "" ? r.stdout.trim() : null;
}

function first(candidates: readonly (string | null | undefined)[], name: string): string | null {
  for (const c of candidates) if (c && existsSync(c)) return c;
  return onPath(name);
}

/** `mlir-opt` and `xdsl-opt`; paths given here win over the environment. */
export function findPeers(repo: string, explicit: { mlirOpt?: string | null; xdslOpt?: string | null } = {}): Peer[] {
  const mlir = first([explicit.mlirOpt, process.env.MLIR_OPT, "/usr/lib/llvm-22/bin/mlir-opt"], "mlir-opt");
  const xdsl = first([explicit.xdslOpt, process.env.XDSL_OPT, join(repo, "bench", "out", "xdsl-venv", "bin", "xdsl-opt")], "xdsl-opt");
  return [
    {
      name: "mlir-opt",
      path: mlir,
      hint: "apt-get install mlir-22-tools, or MLIR_OPT=/path/to/mlir-opt",
      tool: mlir === null ? null : { name: "mlir-opt", argv: (f, custom) => [mlir, "--allow-unregistered-dialect", ...(custom ? [] : ["--mlir-print-op-generic"]), f] },
    },
    {
      name: "xdsl-opt",
      path: xdsl,
      hint: "bash ../shared/peers/install-xdsl.sh bench/out/xdsl-venv, or XDSL_OPT=/path/to/xdsl-opt",
      tool: xdsl === null ? null : { name: "xdsl-opt", argv: (f, custom) => [xdsl, "--allow-unregistered-dialect", ...(custom ? [] : ["--print-op-generic"]), f] },
    },
  ];
}
