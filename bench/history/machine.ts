/** Describes the machine results are measured on. */
import { cpus, hostname, platform, release, totalmem, arch } from "node:os";
import type { MachineInfo } from "./model.js";

/** Machine names become folder names: keep them to `[A-Za-z0-9._-]`. */
export function sanitizeMachineName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+/, "");
  return s === "" ? "machine" : s;
}

/** This machine; `name` defaults to `TSDL_BENCH_MACHINE`, then the host name. */
export function thisMachine(name?: string | null): MachineInfo {
  const c = cpus();
  return {
    name: sanitizeMachineName(name ?? process.env.TSDL_BENCH_MACHINE ?? hostname()),
    cpu: c[0]?.model.trim() ?? "unknown",
    cores: c.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    arch: arch(),
    node: process.version,
  };
}
