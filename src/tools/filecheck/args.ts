/**
 * FileCheck command-line parsing, accepting LLVM `cl::opt` spellings:
 * `-opt` or `--opt`, values as `--opt=V` or `--opt V`, `-DVAR=V` or
 * `-D VAR=V`, booleans as `--opt` or `--opt=true|false`, comma lists for
 * prefixes. Repeated `--dump-input`/`--dump-input-filter` keep the value of
 * highest precedence, `--dump-input-context` the largest, like LLVM.
 */

import type { DumpFilter } from "./dump-input.js";
import type { DumpInputMode, FileCheckOptions } from "./filecheck.js";

/** Parsed command line. */
export interface ParsedArgs {
  /** The check file (positional), or null if missing. */
  checkFile: string | null;
  /** `--input-file`, `-` for stdin. */
  inputFile: string;
  options: Partial<FileCheckOptions>;
  /** `--help` or `--dump-input=help` was given. */
  help: boolean;
  version: boolean;
}

/** A command-line usage error (exit status 2). */
export class UsageError extends Error {}

type BoolKey =
  | "strictWhitespace"
  | "matchFullLines"
  | "ignoreCase"
  | "allowEmpty"
  | "allowUnusedPrefixes"
  | "enableVarScope"
  | "allowDeprecatedDagOverlap";

const boolOptions: Record<string, BoolKey | null> = {
  "strict-whitespace": "strictWhitespace",
  "match-full-lines": "matchFullLines",
  "ignore-case": "ignoreCase",
  "allow-empty": "allowEmpty",
  "allow-unused-prefixes": "allowUnusedPrefixes",
  "enable-var-scope": "enableVarScope",
  "allow-deprecated-dag-overlap": "allowDeprecatedDagOverlap",
  // Accepted for compatibility; output is never colored.
  color: null,
};

const valueOptions = new Set([
  "input-file",
  "check-prefix",
  "check-prefixes",
  "comment-prefixes",
  "implicit-check-not",
  "dump-input",
  "dump-input-filter",
  "dump-input-context",
  "dump-input-label-width",
  "D",
]);

const dumpModes: DumpInputMode[] = ["always", "fail", "never"];
const dumpFilters: DumpFilter[] = ["all", "annotation-full", "annotation", "error"];

function parseBool(name: string, v: string): boolean {
  if (v === "true" || v === "TRUE" || v === "True" || v === "1") return true;
  if (v === "false" || v === "FALSE" || v === "False" || v === "0") return false;
  throw new UsageError(`for the --${name} option: '${v}' is invalid value for boolean argument! Try 0 or 1`);
}

/** Parses `argv` (without the program name). @throws UsageError */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: Partial<FileCheckOptions> = {};
  const result: ParsedArgs = { checkFile: null, inputFile: "-", options, help: false, version: false };
  const checkPrefixes: string[] = [];
  const commentPrefixes: string[] = [];
  const implicit: string[] = [];
  const defines: string[] = [];
  let dumpMode: DumpInputMode | null = null;
  let dumpFilter: DumpFilter | null = null;
  let context = -1;
  let positionalOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (positionalOnly || !arg.startsWith("-") || arg === "-") {
      if (result.checkFile !== null) {
        throw new UsageError("Too many positional arguments specified!");
      }
      result.checkFile = arg;
      continue;
    }
    if (arg === "--") {
      positionalOnly = true;
      continue;
    }
    const body = arg.startsWith("--") ? arg.slice(2) : arg.slice(1);
    let name: string;
    let value: string | null = null;
    if (body.startsWith("D") && body !== "D") {
      // -DVAR=VALUE (LLVM's AlwaysPrefix), also spelled -D=VAR=VALUE.
      name = "D";
      value = body.slice(body.startsWith("D=") ? 2 : 1);
    } else {
      const eq = body.indexOf("=");
      name = eq === -1 ? body : body.slice(0, eq);
      if (eq !== -1) value = body.slice(eq + 1);
    }
    if (name === "help" || name === "h") {
      result.help = true;
      continue;
    }
    if (name === "version") {
      result.version = true;
      continue;
    }
    if (name === "v" || name === "vv") {
      const level = name === "v" ? 1 : 2;
      if (value === null || parseBool(name, value)) {
        options.verbose = Math.max(options.verbose ?? 0, level);
      }
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(boolOptions, name)) {
      const on = value === null ? true : parseBool(name, value);
      const key = boolOptions[name];
      if (key !== null) options[key] = on;
      continue;
    }
    if (!valueOptions.has(name)) {
      throw new UsageError(`Unknown command line argument '${arg}'.  Try: 'filecheck --help'`);
    }
    if (value === null) {
      if (i + 1 >= argv.length) throw new UsageError(`for the -${name} option: requires a value!`);
      value = argv[++i];
    }
    switch (name) {
      case "input-file":
        result.inputFile = value;
        break;
      case "check-prefix":
      case "check-prefixes":
        checkPrefixes.push(...value.split(","));
        break;
      case "comment-prefixes":
        commentPrefixes.push(...value.split(","));
        break;
      case "implicit-check-not":
        implicit.push(value);
        break;
      case "D":
        defines.push(value);
        break;
      case "dump-input":
        if (value === "help") {
          result.help = true;
        } else if ((dumpModes as string[]).includes(value)) {
          const v = value as DumpInputMode;
          if (dumpMode === null || dumpModes.indexOf(v) < dumpModes.indexOf(dumpMode)) dumpMode = v;
        } else {
          throw new UsageError(`for the --dump-input option: Cannot find option named '${value}'!`);
        }
        break;
      case "dump-input-filter":
        if ((dumpFilters as string[]).includes(value)) {
          const v = value as DumpFilter;
          if (dumpFilter === null || dumpFilters.indexOf(v) < dumpFilters.indexOf(dumpFilter)) dumpFilter = v;
        } else {
          throw new UsageError(`for the --dump-input-filter option: Cannot find option named '${value}'!`);
        }
        break;
      case "dump-input-context": {
        if (!/^[0-9]+$/.test(value)) {
          throw new UsageError(`for the --dump-input-context option: '${value}' value invalid for uint argument!`);
        }
        context = Math.max(context, Number(value));
        break;
      }
      default:
        // dump-input-label-width: accepted, no effect.
        break;
    }
  }
  if (checkPrefixes.length > 0) options.checkPrefixes = checkPrefixes;
  if (commentPrefixes.length > 0) options.commentPrefixes = commentPrefixes;
  if (implicit.length > 0) options.implicitCheckNot = implicit;
  if (defines.length > 0) options.defines = defines;
  if (dumpMode !== null) options.dumpInput = dumpMode;
  if (dumpFilter !== null) options.dumpInputFilter = dumpFilter;
  if (context >= 0) options.dumpInputContext = context;
  return result;
}

/** Splits `FILECHECK_OPTS` into arguments (whitespace separated, quotes honoured). */
export function splitEnvOptions(s: string | undefined): string[] {
  if (s === undefined) return [];
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}
