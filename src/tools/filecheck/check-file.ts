/**
 * Reading the check file into check strings (LLVM's `readCheckFile`).
 *
 * The file is scanned for the earliest occurrence of any check or comment
 * prefix (longest wins at equal offsets). An occurrence counts only at the
 * start of a word (not after a letter, digit, `-` or `_`) and when followed
 * by a directive suffix (see `check-type.ts`); otherwise scanning resumes
 * after the word. A directive's pattern is the rest of its line.
 *
 * CHECK-DAG and CHECK-NOT directives attach to the next positive directive;
 * trailing ones (and implicit CHECK-NOTs) attach to a synthetic EOF check.
 */

import { CheckKind, findCheckType } from "./check-type.js";
import { ParseError } from "./errors.js";
import { Pattern, type PatternOptions } from "./pattern.js";
import { renderMessage, type SourceBuffer } from "./source.js";
import type { VariableContext } from "./variables.js";

/** A CHECK-DAG or CHECK-NOT pattern with the prefix it was spelled with. */
export interface DagNot {
  readonly pattern: Pattern;
  readonly prefix: string;
}

/** A positive directive with the DAG/NOT directives that precede it. */
export interface CheckString {
  readonly pattern: Pattern;
  /** Prefix it was spelled with, used in messages. */
  readonly prefix: string;
  readonly dagNots: readonly DagNot[];
}

/** Prefix configuration for reading a check file. */
export interface CheckFileOptions extends PatternOptions {
  readonly checkPrefixes: readonly string[];
  readonly commentPrefixes: readonly string[];
  readonly allowUnusedPrefixes: boolean;
  /** True when no prefix was given and CHECK is used by default. */
  readonly defaultPrefix: boolean;
}

/** Outcome of reading: the checks, or an error message already rendered. */
export type ReadResult =
  | { readonly ok: true; readonly checks: CheckString[] }
  | { readonly ok: false; readonly message: string; readonly exitCode: 1 | 2 };

/**
 * Reads all directives of `buf`. `implicitNots` are CHECK-NOT patterns
 * from --implicit-check-not, placed before every check's own DAG/NOTs.
 */
export function readCheckFile(
  buf: SourceBuffer,
  opts: CheckFileOptions,
  ctx: VariableContext,
  implicitNots: readonly DagNot[],
): ReadResult {
  try {
    return { ok: true, checks: read(buf, opts, ctx, implicitNots) };
  } catch (e) {
    if (e instanceof ParseError) {
      let message = renderAt(buf, e);
      if (e.trailingBlankLine) message += "\n";
      return { ok: false, message, exitCode: e.exitCode };
    }
    if (e instanceof PlainError) return { ok: false, message: e.message, exitCode: 2 };
    throw e;
  }
}

/** An error printed without a location (`error: no check strings found ...`). */
class PlainError extends Error {}

function renderAt(buf: SourceBuffer, e: ParseError): string {
  return renderMessage(buf, e.offset, "error", e.message);
}

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95
  );
}

/** Finds the next prefix occurrence; keeps each prefix's next offset cached. */
class PrefixMatcher {
  private readonly text: string;
  /** Prefixes, longest first, so the first hit at an offset is the longest. */
  private readonly prefixes: string[];
  /** Next known occurrence of each prefix (-1: none left). */
  private readonly next: number[];

  constructor(text: string, prefixes: readonly string[]) {
    this.text = text;
    this.prefixes = [...prefixes].sort((a, b) => b.length - a.length);
    this.next = this.prefixes.map((p) => text.indexOf(p));
  }

  /** Earliest occurrence at or after `from`: [offset, prefix] or null. */
  find(from: number): { pos: number; prefix: string } | null {
    let bestPos = -1;
    let best = "";
    for (let k = 0; k < this.prefixes.length; k++) {
      let pos = this.next[k];
      if (pos !== -1 && pos < from) {
        pos = this.text.indexOf(this.prefixes[k], from);
        this.next[k] = pos;
      }
      if (pos !== -1 && (bestPos === -1 || pos < bestPos)) {
        bestPos = pos;
        best = this.prefixes[k];
      }
    }
    return bestPos === -1 ? null : { pos: bestPos, prefix: best };
  }
}

function read(
  buf: SourceBuffer,
  opts: CheckFileOptions,
  ctx: VariableContext,
  implicitNots: readonly DagNot[],
): CheckString[] {
  const text = buf.text;
  const comments = new Set(opts.commentPrefixes);
  const matcher = new PrefixMatcher(text, [...opts.checkPrefixes, ...opts.commentPrefixes]);
  const notFound = new Set(opts.checkPrefixes);
  const distinct = notFound.size;
  const checks: CheckString[] = [];
  let dagNots: DagNot[] = [...implicitNots];
  let line = 1;
  let lineCountedTo = 0;
  let p = 0;
  while (p < text.length) {
    const hit = matcher.find(p);
    if (hit === null) break;
    for (let k = text.indexOf("\n", lineCountedTo); k !== -1 && k < hit.pos; k = text.indexOf("\n", k + 1)) {
      line++;
    }
    lineCountedTo = hit.pos;
    const prefix = hit.prefix;
    const atWordStart = hit.pos === p || !isWordChar(text.charCodeAt(hit.pos - 1));
    const type = atWordStart
      ? findCheckType(text, hit.pos, prefix, comments.has(prefix))
      : null;
    if (type === null || type.kind === CheckKind.None) {
      // Skip this prefix and the rest of the word it is part of.
      p = hit.pos + prefix.length;
      while (p < text.length && isWordChar(text.charCodeAt(p))) p++;
      continue;
    }
    if (type.kind !== CheckKind.Comment) notFound.delete(prefix);
    p = type.end;
    switch (type.kind) {
      case CheckKind.Misspelled:
        throw new ParseError(hit.pos, `misspelled directive '${text.slice(hit.pos, type.end)}'`);
      case CheckKind.BadNot:
        throw new ParseError(p, `unsupported -NOT combo on prefix '${prefix}'`);
      case CheckKind.BadCount:
        throw new ParseError(p, `invalid count in -COUNT specification on prefix '${prefix}'`);
    }
    if (!(opts.strictWhitespace && opts.matchFullLines)) {
      while (p < text.length && (text[p] === " " || text[p] === "\t")) p++;
    }
    const patternStart = p;
    while (p < text.length && text[p] !== "\n" && text[p] !== "\r") p++;
    if (type.kind === CheckKind.Comment) continue;
    const pattern = new Pattern(type.kind, type.count, buf, patternStart, line, opts.ignoreCase);
    pattern.parse(p, prefix, type.literal, opts, ctx);
    if (type.kind === CheckKind.Label && pattern.hasVariable()) {
      throw new ParseError(hit.pos, `found '${prefix}-LABEL:' with variable definition or use`);
    }
    if (
      (type.kind === CheckKind.Next || type.kind === CheckKind.Same || type.kind === CheckKind.Empty) &&
      checks.length === 0
    ) {
      const name = type.kind === CheckKind.Next ? "NEXT" : type.kind === CheckKind.Empty ? "EMPTY" : "SAME";
      throw new ParseError(hit.pos, `found '${prefix}-${name}' without previous '${prefix}: line`);
    }
    if (type.kind === CheckKind.Dag || type.kind === CheckKind.Not) {
      dagNots.push({ pattern, prefix });
      continue;
    }
    checks.push({ pattern, prefix, dagNots });
    dagNots = [...implicitNots];
  }
  const noneFound = notFound.size === distinct;
  const someUnused = !opts.allowUnusedPrefixes && notFound.size > 0;
  if ((noneFound || someUnused) && (implicitNots.length === 0 || !opts.defaultPrefix)) {
    // LLVM lists them from a sorted set.
    const missing = [...notFound].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    throw new PlainError(
      `error: no check strings found with prefix${missing.length > 1 ? "es " : " "}` +
        missing.map((m) => `'${m}:'`).join(", ") +
        "\n",
    );
  }
  if (dagNots.length > 0) {
    const eof = new Pattern(CheckKind.EOF, 1, buf, Math.min(p, text.length), line + 1, opts.ignoreCase);
    checks.push({ pattern: eof, prefix: opts.checkPrefixes[0], dagNots });
  }
  return checks;
}
