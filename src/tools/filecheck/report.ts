/**
 * Messages for match results, worded as LLVM FileCheck's (`printMatch` /
 * `printNoMatch`): the error at the directive, then notes in the input.
 */

import { CheckKind, describe } from "./check-type.js";
import { type Diagnostics, MatchType } from "./diagnostics.js";
import { findFuzzyMatch } from "./fuzzy.js";
import type { MatchError, Pattern } from "./pattern.js";
import type { SourceBuffer } from "./source.js";
import type { VariableContext } from "./variables.js";

/** Reports match results of one run into a {@link Diagnostics}. */
export class Reporter {
  /** The canonicalized input. */
  private readonly input: SourceBuffer;
  private readonly diags: Diagnostics;
  private readonly ctx: VariableContext;
  /** 0, 1 (-v) or 2 (-vv). */
  readonly verbose: number;
  /** Whether -v/-vv remarks are printed (LLVM sends them to the dump instead). */
  private readonly printVerbose: boolean;

  constructor(
    input: SourceBuffer,
    diags: Diagnostics,
    ctx: VariableContext,
    verbose: number,
    printVerbose: boolean,
  ) {
    this.input = input;
    this.diags = diags;
    this.ctx = ctx;
    this.verbose = verbose;
    this.printVerbose = printVerbose;
  }

  private title(p: Pattern, prefix: string, expected: boolean, found: boolean, n: number): string {
    const what = expected ? "expected" : "excluded";
    let msg = `${describe(p.kind, prefix, p.count, p.literal)}: ${what} string ${found ? "found" : "not found"} in input`;
    if (p.count > 1) msg += ` (${n} out of ${p.count})`;
    return msg;
  }

  private substitutionNotes(p: Pattern, type: MatchType, at: number, print: boolean): void {
    for (const note of p.substitutionNotes(this.ctx)) {
      this.diags.recordNote(p, type, at, at, note, false);
      if (print) this.diags.report(this.input, at, "note", note);
    }
  }

  /**
   * A pattern was found at `[pos, pos + len)`. An error (returns true) if
   * it was excluded (CHECK-NOT); otherwise a remark under -v.
   */
  found(
    expected: boolean,
    p: Pattern,
    prefix: string,
    n: number,
    pos: number,
    len: number,
  ): boolean {
    const type = expected ? MatchType.FoundAndExpected : MatchType.FoundButExcluded;
    if (expected && (this.verbose === 0 || (p.kind === CheckKind.EOF && this.verbose < 2))) return false;
    this.diags.record(p, type, pos, pos + len);
    const print = !expected || this.printVerbose;
    if (print) {
      this.diags.report(p.buffer, p.loc, expected ? "remark" : "error", this.title(p, prefix, expected, true, n));
      this.diags.report(this.input, pos, "note", "found here", pos + len);
    }
    this.substitutionNotes(p, type, pos, print);
    for (const c of p.captures) {
      const note = `captured var "${c.name}"`;
      this.diags.recordNote(p, type, c.start, c.end, note, true);
      if (print) this.diags.report(this.input, c.start, "note", note, c.end);
    }
    return !expected;
  }

  /**
   * A pattern was not found in `[start, end)`, or could not be evaluated
   * (`errors`). Returns true if that is an error: the pattern was expected
   * or invalid.
   */
  notFound(
    expected: boolean,
    p: Pattern,
    prefix: string,
    n: number,
    start: number,
    end: number,
    errors: readonly MatchError[],
  ): boolean {
    const invalid = errors.length > 0;
    for (const e of errors) this.diags.report(p.buffer, e.offset, "error", e.message);
    if (!expected && !invalid) {
      if (this.verbose >= 2) this.diags.record(p, MatchType.NoneAndExcluded, start, end);
      if (this.verbose >= 2 && this.printVerbose) {
        this.diags.report(p.buffer, p.loc, "remark", this.title(p, prefix, false, false, n));
        this.diags.report(this.input, start, "note", "scanning from here");
      }
      return false;
    }
    const type = invalid ? MatchType.NoneForInvalidPattern : MatchType.NoneButExpected;
    this.diags.record(p, type, start, end);
    for (const e of errors) this.diags.recordNote(p, type, start, start, e.message, false);
    if (!invalid) {
      this.diags.report(p.buffer, p.loc, expected ? "error" : "remark", this.title(p, prefix, expected, false, n));
      this.diags.report(this.input, start, "note", "scanning from here");
    }
    this.substitutionNotes(p, type, start, true);
    if (expected) {
      const example = p.fixed ?? p.llvmRegex;
      const longest = Math.max(p.fixed?.length ?? 0, p.llvmRegex.length);
      const at = findFuzzyMatch(this.input.text, start, end, example, longest);
      if (at !== -1) {
        this.diags.record(p, MatchType.Fuzzy, at, at);
        this.diags.report(this.input, at, "note", "possible intended match here");
      }
    }
    return true;
  }

  /** -vv: a CHECK-DAG match was dropped for overlapping `[start, end)`. */
  discarded(p: Pattern, start: number, end: number): void {
    if (this.printVerbose) {
      this.diags.report(this.input, start, "note", "match discarded, overlaps earlier DAG match here", end);
    } else {
      this.diags.markDiscarded(p);
    }
  }

  /** CHECK-NEXT/EMPTY/SAME on the wrong line; see `Matcher.checkLine`. */
  wrongLine(
    p: Pattern,
    message: string,
    matchPos: number,
    matchLen: number,
    prevEnd: number,
    firstNewline: number,
  ): void {
    this.diags.record(p, MatchType.FoundButWrongLine, matchPos, matchPos + matchLen);
    this.diags.report(p.buffer, p.loc, "error", message);
    this.diags.report(this.input, matchPos, "note", "'next' match was here");
    this.diags.report(this.input, prevEnd, "note", "previous match ended here");
    if (firstNewline !== -1) {
      this.diags.report(this.input, firstNewline, "note", "non-matching line after previous match is here");
    }
  }
}
