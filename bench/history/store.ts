/**
 * Result files on disk: `<results>/<machine>/machine.json` and one
 * `<results>/<machine>/<commit>.json` per measured commit (ASV's layout).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MachineInfo, ResultFile } from "./model.js";

export class ResultStore {
  constructor(readonly dir: string) {}

  private file(machine: string, hash: string): string {
    return join(this.dir, machine, `${hash}.json`);
  }

  has(machine: string, hash: string): boolean {
    return existsSync(this.file(machine, hash));
  }

  /** The result of `hash` on `machine`, or null. */
  read(machine: string, hash: string): ResultFile | null {
    const f = this.file(machine, hash);
    if (!existsSync(f)) return null;
    return JSON.parse(readFileSync(f, "utf8")) as ResultFile;
  }

  /** Writes atomically (a killed run leaves no half file). */
  write(r: ResultFile): string {
    const d = join(this.dir, r.machine.name);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "machine.json"), JSON.stringify(r.machine, null, 2) + "\n");
    const f = this.file(r.machine.name, r.commit.hash);
    writeFileSync(f + ".tmp", JSON.stringify(r, null, 1) + "\n");
    renameSync(f + ".tmp", f);
    return f;
  }

  /** Machines with results. */
  machines(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  }

  /** Every result of `machine`. */
  all(machine: string): ResultFile[] {
    const d = join(this.dir, machine);
    if (!existsSync(d)) return [];
    return readdirSync(d)
      .filter((f) => /^[0-9a-f]{40}\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(d, f), "utf8")) as ResultFile);
  }

  /** The description of `machine` from its folder, or null. */
  machine(machine: string): MachineInfo | null {
    const f = join(this.dir, machine, "machine.json");
    return existsSync(f) ? (JSON.parse(readFileSync(f, "utf8")) as MachineInfo) : null;
  }
}
