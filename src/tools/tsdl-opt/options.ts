import { parseArgs } from "node:util";

/** The options of `tsdl-opt`. */
export interface OptOptions {
  /** Input path, `-` for standard input. */
  input: string;
  /** Output path, `-` for standard output. */
  output: string;
  generic: boolean;
  allowUnregisteredDialect: boolean;
  splitInputFile: boolean;
  verifyDiagnostics: boolean;
  /** `--verify-diagnostics=only-expected`: diagnostics nobody expected are ignored. */
  verifyOnlyExpected: boolean;
  verify: boolean;
  /** `--no-implicit-module`: the file holds one top-level operation, which is the result. */
  noImplicitModule: boolean;
  debugInfo: boolean;
  localScope: boolean;
  elideElementsAttrsIfLarger: number | undefined;
  /** `--mlir-print-elementsattrs-with-hex-if-larger` (-1: never). */
  hexElementsAttrsIfLarger: number | undefined;
  timing: boolean;
  /** `--irdl-file`: dialects to load from an IRDL file before parsing the input. */
  irdlFile: string | undefined;
  help: boolean;
  version: boolean;
}

/** Flag spellings, in `mlir-opt`'s and `xdsl-opt`'s names. */
const flags = {
  "mlir-print-op-generic": { type: "boolean" },
  "print-op-generic": { type: "boolean" },
  "allow-unregistered-dialect": { type: "boolean" },
  "split-input-file": { type: "boolean" },
  "verify-diagnostics": { type: "boolean" },
  "no-verify": { type: "boolean" },
  "mlir-print-debuginfo": { type: "boolean" },
  "mlir-print-local-scope": { type: "boolean" },
  "mlir-elide-elementsattrs-if-larger": { type: "string" },
  "mlir-print-elementsattrs-with-hex-if-larger": { type: "string" },
  "mlir-timing": { type: "boolean" },
  "no-implicit-module": { type: "boolean" },
  "irdl-file": { type: "string" },
  // Accepted for compatibility with existing RUN lines; they change nothing
  // here (tsdl is single-threaded, and prints without verifying anyway).
  "mlir-disable-threading": { type: "boolean" },
  "mlir-print-assume-verified": { type: "boolean" },
  output: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** The `--help` text. */
export const helpText = `OVERVIEW: tsdl modular optimizer driver

USAGE: tsdl-opt [options] <input file>

Reads MLIR (generic or custom form) from the input file (or standard input
when it is absent or '-'), verifies it and prints it back.

OPTIONS:
  -o <filename>                          Output filename (default: standard output)
  --allow-unregistered-dialect           Allow operations, attributes and types of unknown dialects
  --irdl-file=<filename>                 Load the dialects an IRDL file defines (irdl.dialect ops)
  --mlir-print-op-generic                Print every operation in the generic form
  --print-op-generic                     Same as --mlir-print-op-generic (xdsl-opt spelling)
  --mlir-print-debuginfo                 Print locations: loc(...) after operations and block arguments
  --mlir-print-local-scope               Print without aliases (attributes and locations inline)
  --mlir-elide-elementsattrs-if-larger=<n>
                                         Print elements attributes with more than n elements as
                                         dense_resource<__elided__> (the output cannot be parsed back)
  --mlir-print-elementsattrs-with-hex-if-larger=<n>
                                         Print dense elements with more than n elements as a hex
                                         string (default 100; -1: never)
  --split-input-file                     Split the input at '// -----' lines; process the chunks
                                         separately and join their outputs with '// -----'
  --verify-diagnostics                   Check that the diagnostics match the 'expected-error {{...}}'
                                         (expected-warning, expected-note, expected-remark) comments
  --verify-diagnostics=only-expected     The same, ignoring diagnostics that no comment expects
  --no-verify                            Do not verify the IR after parsing
  --no-implicit-module                   The input holds one top-level operation (no implicit
                                         'module' around it); print that operation
  --mlir-timing                          Print how long start-up, parsing, verification and output took
  --mlir-disable-threading, --mlir-print-assume-verified
                                         Accepted, no effect (tsdl runs on one thread and prints
                                         without verifying)
  -h, --help                             Display this help
  --version                              Display the version

Single-dash spellings of the long flags (-split-input-file) work too, as in mlir-opt,
and boolean flags take =true/=false (=1/=0).
`;

/** A command-line error (unknown or malformed flag). */
export class UsageError extends Error {}

/** Parses `argv` (without the node and script paths). */
export function parseOptions(argv: readonly string[]): OptOptions {
  // LLVM's command line accepts `-flag` for `--flag`: normalize to `--`.
  const args = argv.map((a) => (a.length > 2 && a[0] === "-" && a[1] !== "-" && !/^-o=?/.test(a) ? "-" + a : a));
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("-o=")) args.splice(i, 1, "-o", a.slice(3));
    else if (a.startsWith("-o") && a.length > 2) args.splice(i, 1, "-o", a.slice(2));
  }
  let verifyOnlyExpected = false;
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z-]+)=(.*)$/s.exec(args[i]!);
    if (m === null) continue;
    const [, name, value] = m as unknown as [string, string, string];
    if (name === "verify-diagnostics" && (value === "all" || value === "only-expected")) {
      verifyOnlyExpected = value === "only-expected";
      args[i] = "--verify-diagnostics";
      continue;
    }
    if ((flags as Record<string, { type: string }>)[name]?.type !== "boolean") continue;
    // LLVM's boolean options: `--flag=true` is `--flag`, `--flag=false` undoes earlier ones.
    if (/^(true|TRUE|True|1)$/.test(value)) args[i] = "--" + name;
    else if (/^(false|FALSE|False|0)$/.test(value)) {
      const earlier = args.slice(0, i).filter((a) => a !== "--" + name);
      args.splice(0, i + 1, ...earlier);
      i = earlier.length - 1;
    } else {
      throw new UsageError(`option '--${name}' takes a boolean value (true or false), not '${value}'`);
    }
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options: flags, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(describeParseError(e as Error));
  }
  const v = parsed.values;
  if (parsed.positionals.length > 1) {
    throw new UsageError(`too many positional arguments: ${parsed.positionals.map((p) => `'${p}'`).join(", ")} (expected one input file)`);
  }
  let elide: number | undefined;
  const e = v["mlir-elide-elementsattrs-if-larger"];
  if (e !== undefined) {
    if (!/^[0-9]+$/.test(e)) throw new UsageError(`invalid value for --mlir-elide-elementsattrs-if-larger: '${e}' (expected a non-negative integer)`);
    elide = Number(e);
  }
  let hex: number | undefined;
  const h = v["mlir-print-elementsattrs-with-hex-if-larger"];
  if (h !== undefined) {
    if (!/^-?[0-9]+$/.test(h) || Number(h) < -1) {
      throw new UsageError(`invalid value for --mlir-print-elementsattrs-with-hex-if-larger: '${h}' (expected an integer, -1 to disable)`);
    }
    hex = Number(h);
  }
  return {
    input: parsed.positionals[0] ?? "-",
    output: v.output ?? "-",
    generic: !!(v["mlir-print-op-generic"] || v["print-op-generic"]),
    allowUnregisteredDialect: !!v["allow-unregistered-dialect"],
    splitInputFile: !!v["split-input-file"],
    verifyDiagnostics: !!v["verify-diagnostics"],
    verifyOnlyExpected,
    verify: !v["no-verify"],
    noImplicitModule: !!v["no-implicit-module"],
    debugInfo: !!v["mlir-print-debuginfo"],
    localScope: !!v["mlir-print-local-scope"],
    elideElementsAttrsIfLarger: elide,
    hexElementsAttrsIfLarger: hex,
    timing: !!v["mlir-timing"],
    irdlFile: v["irdl-file"],
    help: !!v.help,
    version: !!v.version,
  };
}

/** Rewords `parseArgs` errors, with a "did you mean" hint for unknown flags. */
function describeParseError(e: Error): string {
  const m = /Unknown option '([^']*)'/.exec(e.message);
  if (m !== null) {
    const flag = m[1]!;
    const name = flag.replace(/^-+/, "").replace(/=.*$/, "");
    const best = closestFlag(name);
    return `unknown option '${flag}'` + (best !== null ? `; did you mean '--${best}'?` : "") + " (see 'tsdl-opt --help')";
  }
  // `Option '-o, --output <value>' argument missing`: name the flag as written in the help.
  const arg = /Option '([^', ]*)[^']*' argument missing/.exec(e.message);
  if (arg !== null) return `option '${arg[1]}' needs a value`;
  const noArg = /Option '([^']*)' does not take an argument/.exec(e.message);
  if (noArg !== null) return `option '${noArg[1]}' does not take a value`;
  return e.message.replace(/\. To specify.*$/s, "");
}

/** The flag nearest to `name` by edit distance, when close enough to be a typo. */
function closestFlag(name: string): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const f of Object.keys(flags)) {
    const d = editDistance(name, f);
    if (d < bestD) (bestD = d), (best = f);
  }
  return bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
