/**
 * Programmatic FileCheck: check text + input text in, verdict and LLVM-style
 * diagnostics out. No I/O; the CLI (`cli.ts`) reads files and prints.
 */

import { canonicalize } from "./canonicalize.js";
import { type DagNot, readCheckFile } from "./check-file.js";
import { CheckKind } from "./check-type.js";
import { defineGlobals } from "./defines.js";
import { Diagnostics } from "./diagnostics.js";
import { dumpInput, type DumpFilter } from "./dump-input.js";
import { ParseError } from "./errors.js";
import { checkInput } from "./matcher.js";
import { Pattern } from "./pattern.js";
import { Reporter } from "./report.js";
import { renderMessage, SourceBuffer } from "./source.js";
import { VariableContext } from "./variables.js";

/** When to print the annotated input dump. */
export type DumpInputMode = "never" | "fail" | "always";

/** FileCheck options; each mirrors the LLVM flag of the same name. */
export interface FileCheckOptions {
  /** `--check-prefixes`; default `["CHECK"]`. */
  checkPrefixes: string[];
  /** `--comment-prefixes`; default `["COM", "RUN"]`. */
  commentPrefixes: string[];
  /** `--strict-whitespace`: keep whitespace runs as they are. */
  strictWhitespace: boolean;
  /** `--match-full-lines`: positive matches must cover whole lines. */
  matchFullLines: boolean;
  /** `--ignore-case`. */
  ignoreCase: boolean;
  /** `--implicit-check-not` patterns. */
  implicitCheckNot: string[];
  /** `--allow-empty`: an empty input is not an error. */
  allowEmpty: boolean;
  /** `--allow-unused-prefixes`. */
  allowUnusedPrefixes: boolean;
  /** `--enable-var-scope`: forget non-`$` variables at each CHECK-LABEL. */
  enableVarScope: boolean;
  /** `--allow-deprecated-dag-overlap`. */
  allowDeprecatedDagOverlap: boolean;
  /** `-D` definitions (`VAR=VALUE`, `#VAR=EXPR`). */
  defines: string[];
  /** 0, 1 (`-v`) or 2 (`-vv`). */
  verbose: number;
  /** `--dump-input`; default `fail`. */
  dumpInput: DumpInputMode;
  /** `--dump-input-filter`; default by mode (`error` for fail, `all` for always). */
  dumpInputFilter: DumpFilter | null;
  /** `--dump-input-context`; default 5. */
  dumpInputContext: number;
  /** Name of the input in messages; default `<stdin>`. */
  inputFileName: string;
}

/** Outcome of a run. */
export interface FileCheckResult {
  /** True when every check passed. */
  ok: boolean;
  /** 0 pass, 1 check failure, 2 bad usage or unreadable check file. */
  exitCode: 0 | 1 | 2;
  /** Everything FileCheck would print to stderr. */
  diagnostics: string;
}

/** Fills in defaults for unspecified options. */
export function resolveOptions(options: Partial<FileCheckOptions> = {}): FileCheckOptions {
  return {
    checkPrefixes: options.checkPrefixes ?? [],
    commentPrefixes: options.commentPrefixes ?? [],
    strictWhitespace: options.strictWhitespace ?? false,
    matchFullLines: options.matchFullLines ?? false,
    ignoreCase: options.ignoreCase ?? false,
    implicitCheckNot: options.implicitCheckNot ?? [],
    allowEmpty: options.allowEmpty ?? false,
    allowUnusedPrefixes: options.allowUnusedPrefixes ?? false,
    enableVarScope: options.enableVarScope ?? false,
    allowDeprecatedDagOverlap: options.allowDeprecatedDagOverlap ?? false,
    defines: options.defines ?? [],
    verbose: options.verbose ?? 0,
    dumpInput: options.dumpInput ?? "fail",
    dumpInputFilter: options.dumpInputFilter ?? null,
    dumpInputContext: options.dumpInputContext ?? 5,
    inputFileName: options.inputFileName ?? "<stdin>",
  };
}

const defaultCheckPrefixes = ["CHECK"];
const defaultCommentPrefixes = ["COM", "RUN"];

/**
 * Checks `input` against the directives in `checkText`. Never throws for
 * bad check files or options: those give exit code 2 with a message.
 */
export function runFileCheck(
  checkText: string,
  checkFileName: string,
  input: string,
  options: Partial<FileCheckOptions> = {},
): FileCheckResult {
  const opts = resolveOptions(options);
  const usage = validatePrefixes(opts);
  if (usage !== null) return { ok: false, exitCode: 2, diagnostics: usage };
  const defaultPrefix = opts.checkPrefixes.length === 0;
  const checkPrefixes = defaultPrefix ? defaultCheckPrefixes : opts.checkPrefixes;
  const commentPrefixes = opts.commentPrefixes.length === 0 ? defaultCommentPrefixes : opts.commentPrefixes;

  const ctx = new VariableContext();
  const defineErrors = defineGlobals(opts.defines, ctx);
  if (defineErrors !== "") return { ok: false, exitCode: 2, diagnostics: defineErrors };

  const patternOpts = {
    matchFullLines: opts.matchFullLines,
    strictWhitespace: opts.strictWhitespace,
    ignoreCase: opts.ignoreCase,
    captureRanges: opts.verbose > 0,
  };
  const implicit: DagNot[] = [];
  for (let k = 0; k < opts.implicitCheckNot.length; k++) {
    // Each implicit pattern lives in its own "command line" buffer so
    // messages can quote the option, as LLVM's do.
    const head = "-implicit-check-not='";
    const text = canonicalize(opts.implicitCheckNot[k], opts.strictWhitespace);
    const buf = new SourceBuffer("command line", `${head}${text}'`);
    const p = new Pattern(CheckKind.Not, 1, buf, head.length, null, opts.ignoreCase);
    p.implicitIndex = k + 1;
    try {
      p.parse(head.length + text.length, "IMPLICIT-CHECK", false, patternOpts, ctx);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      return { ok: false, exitCode: 2, diagnostics: renderMessage(buf, e.offset, "error", e.message) };
    }
    implicit.push({ pattern: p, prefix: "IMPLICIT-CHECK" });
  }

  const checkBuf = new SourceBuffer(checkFileName, canonicalize(checkText, opts.strictWhitespace));
  const read = readCheckFile(
    checkBuf,
    {
      ...patternOpts,
      checkPrefixes,
      commentPrefixes,
      allowUnusedPrefixes: opts.allowUnusedPrefixes,
      defaultPrefix,
    },
    ctx,
    implicit,
  );
  if (!read.ok) return { ok: false, exitCode: read.exitCode, diagnostics: read.message };

  if (input.length === 0 && !opts.allowEmpty) {
    return {
      ok: false,
      exitCode: 2,
      diagnostics: `FileCheck error: '${opts.inputFileName}' is empty.\n`,
    };
  }
  const inputBuf = new SourceBuffer(opts.inputFileName, canonicalize(input, opts.strictWhitespace));
  const diags = new Diagnostics();
  const reporter = new Reporter(inputBuf, diags, ctx, opts.verbose, opts.dumpInput === "never");
  const ok = checkInput(read.checks, inputBuf.text, ctx, reporter, opts);
  let text = diags.text();
  if (opts.dumpInput === "always" || (opts.dumpInput === "fail" && !ok)) {
    const filter = opts.dumpInputFilter ?? (opts.dumpInput === "always" ? "all" : "error");
    text += dumpInput(inputBuf, checkBuf, diags.records, filter, opts.dumpInputContext);
  }
  return { ok, exitCode: ok ? 0 : 1, diagnostics: text };
}

const validPrefix = /^[a-zA-Z0-9_-]*$/;

/** LLVM's `ValidateCheckPrefixes`: non-empty, word characters, unique. */
function validatePrefixes(opts: FileCheckOptions): string | null {
  const seen = new Set<string>();
  if (opts.checkPrefixes.length === 0) for (const p of defaultCheckPrefixes) seen.add(p);
  if (opts.commentPrefixes.length === 0) for (const p of defaultCommentPrefixes) seen.add(p);
  const lists: [string, string[]][] = [
    ["check", opts.checkPrefixes],
    ["comment", opts.commentPrefixes],
  ];
  for (const [kind, list] of lists) {
    for (const p of list) {
      if (p === "") return `error: supplied ${kind} prefix must not be the empty string\n`;
      if (!validPrefix.test(p)) {
        return (
          `error: supplied ${kind} prefix must start with a letter and contain only ` +
          `alphanumeric characters, hyphens, and underscores: '${p}'\n`
        );
      }
      if (seen.has(p)) {
        return `error: supplied ${kind} prefix must be unique among check and comment prefixes: '${p}'\n`;
      }
      seen.add(p);
    }
  }
  return null;
}
