/**
 * The command line that starts a Node launcher script (`bin/tsdl-opt`) the
 * way its `#!` line would, but with this process's Node binary: tools that
 * time or test the launcher (`tsdl-bench`, the differential tests) must not
 * depend on which `node` comes first on PATH, and must keep the Node and V8
 * flags the launcher asks for (`#!/usr/bin/env -S node --v8-pool-size=1 ...`),
 * without which it runs, correctly but slower (V8 rejects a code cache made
 * under other flags).
 */
import { closeSync, openSync, readSync } from "node:fs";

/** `[node, ...flags, script]` for `script`, whose first line may be `#!/usr/bin/env [-S] node [flags]`. */
export function nodeCommand(script: string): string[] {
  return [process.execPath, ...shebangNodeFlags(script), script];
}

/** The flags a `#!/usr/bin/env -S node ...` line passes to Node ([] for any other first line, or none). */
export function shebangNodeFlags(script: string): string[] {
  const buf = Buffer.alloc(512);
  let n = 0;
  try {
    const fd = openSync(script, "r");
    try {
      n = readSync(fd, buf, 0, buf.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return [];
  }
  const first = buf.toString("utf8", 0, n).split("\n", 1)[0]!;
  const m = /^#!\s*\S*\benv\s+(?:-S\s+)?node((?:\s+-\S+)*)\s*$/.exec(first);
  return m === null ? [] : m[1]!.trim().split(/\s+/).filter((f) => f !== "");
}
