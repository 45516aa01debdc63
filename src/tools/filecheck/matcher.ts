/**
 * The matching algorithm (LLVM's `FileCheck::checkInput`).
 *
 * 1. CHECK-LABELs partition the input: each label is found in turn (from the
 *    end of the previous one) before anything else in its block is checked,
 *    so a failure in one block does not hide errors in the next.
 * 2. Within a block, each check first matches its preceding CHECK-DAGs
 *    (groups separated by CHECK-NOTs, matches within a group may not
 *    overlap), then itself (`-COUNT-N` times), then verifies NEXT/SAME/EMPTY
 *    line constraints and that no pending CHECK-NOT occurs in the text it
 *    skipped.
 *
 * All positions are absolute offsets into the one canonical input string.
 */

import type { CheckString } from "./check-file.js";
import { CheckKind } from "./check-type.js";
import { matchFailed, type Pattern } from "./pattern.js";
import type { Reporter } from "./report.js";
import type { VariableContext } from "./variables.js";

/** Options the matching algorithm reads. */
export interface MatchOptions {
  readonly enableVarScope: boolean;
  readonly allowDeprecatedDagOverlap: boolean;
}

/** Runs the checks over `input`; true when every check passed. */
export function checkInput(
  checks: readonly CheckString[],
  input: string,
  ctx: VariableContext,
  reporter: Reporter,
  opts: MatchOptions,
): boolean {
  return new Matcher(input, ctx, reporter, opts).run(checks);
}

/** A match of a whole check string (all COUNT repetitions). */
interface Span {
  pos: number;
  len: number;
}

/** A CHECK-DAG match range, kept sorted within a group. */
interface Range {
  pos: number;
  end: number;
}

class Matcher {
  private readonly input: string;
  private readonly ctx: VariableContext;
  private readonly reporter: Reporter;
  private readonly opts: MatchOptions;

  constructor(input: string, ctx: VariableContext, reporter: Reporter, opts: MatchOptions) {
    this.input = input;
    this.ctx = ctx;
    this.reporter = reporter;
    this.opts = opts;
  }

  run(checks: readonly CheckString[]): boolean {
    let failed = false;
    let i = 0;
    let j = 0;
    const e = checks.length;
    let bufStart = 0;
    const bufEnd = this.input.length;
    for (;;) {
      let regionStart = bufStart;
      let regionEnd = bufEnd;
      if (j !== e) {
        const label = checks[j];
        if (label.pattern.kind !== CheckKind.Label) {
          j++;
          continue;
        }
        // Label scan: only the label's own pattern; its DAG/NOTs are checked
        // when the block is walked below.
        const m = this.checkString(label, bufStart, bufEnd, true);
        if (m === null) return false;
        regionEnd = m.pos + m.len;
        bufStart = regionEnd;
        j++;
      }
      // The block before the first label keeps command-line variables.
      if (i !== 0 && this.opts.enableVarScope) this.ctx.clearLocals();
      for (; i !== j; i++) {
        const m = this.checkString(checks[i], regionStart, regionEnd, false);
        if (m === null) {
          failed = true;
          i = j;
          break;
        }
        regionStart = m.pos + m.len;
      }
      if (j === e) break;
    }
    return !failed;
  }

  /** Matches one check string in `[start, end)`; null after reporting a failure. */
  private checkString(cs: CheckString, start: number, end: number, labelScan: boolean): Span | null {
    const p = cs.pattern;
    let lastPos = start;
    const nots: Pattern[] = [];
    const notPrefixes: string[] = [];
    if (!labelScan) {
      lastPos = this.checkDag(cs, start, end, nots, notPrefixes);
      if (lastPos < 0) return null;
    }
    let lastEnd = lastPos;
    let firstPos = 0;
    for (let n = 1; n <= p.count; n++) {
      const pos = p.match(this.input, lastEnd, end, this.ctx);
      if (pos < 0) {
        const errors = pos === matchFailed ? p.errors : [];
        this.reporter.notFound(true, p, cs.prefix, n, lastEnd, end, errors);
        return null;
      }
      this.reporter.found(true, p, cs.prefix, n, pos, p.matchLen);
      if (n === 1) firstPos = pos;
      lastEnd = pos + p.matchLen;
    }
    const len = lastEnd - firstPos;
    if (!labelScan) {
      if (!this.checkLine(cs, lastPos, firstPos, len)) return null;
      if (this.checkNots(lastPos, firstPos, nots, notPrefixes)) return null;
    }
    return { pos: firstPos, len };
  }

  /**
   * NEXT/EMPTY need exactly one newline between the previous match's end
   * (`prevEnd`) and this match; SAME needs none. Returns false after
   * reporting a violation.
   */
  private checkLine(cs: CheckString, prevEnd: number, matchPos: number, matchLen: number): boolean {
    const p = cs.pattern;
    const kind = p.kind;
    if (kind !== CheckKind.Next && kind !== CheckKind.Empty && kind !== CheckKind.Same) return true;
    const { count, first } = countNewlines(this.input, prevEnd, matchPos);
    if (kind === CheckKind.Same) {
      if (count === 0) return true;
      this.reporter.wrongLine(
        p,
        `${cs.prefix}-SAME: is not on the same line as the previous match`,
        matchPos,
        matchLen,
        prevEnd,
        -1,
      );
      return false;
    }
    const name = cs.prefix + (kind === CheckKind.Empty ? "-EMPTY" : "-NEXT");
    if (count === 1) return true;
    if (count === 0) {
      this.reporter.wrongLine(p, `${name}: is on the same line as previous match`, matchPos, matchLen, prevEnd, -1);
    } else {
      this.reporter.wrongLine(
        p,
        `${name}: is not on the line after the previous match`,
        matchPos,
        matchLen,
        prevEnd,
        first,
      );
    }
    return false;
  }

  /** Reports every CHECK-NOT found in `[start, end)`; true if any was (or errored). */
  private checkNots(start: number, end: number, nots: readonly Pattern[], prefixes: readonly string[]): boolean {
    let failed = false;
    for (let k = 0; k < nots.length; k++) {
      const p = nots[k];
      const pos = p.match(this.input, start, end, this.ctx);
      if (pos >= 0) {
        if (this.reporter.found(false, p, prefixes[k], 1, pos, p.matchLen)) failed = true;
      } else {
        const errors = pos === matchFailed ? p.errors : [];
        if (this.reporter.notFound(false, p, prefixes[k], 1, start, end, errors)) failed = true;
      }
    }
    return failed;
  }

  /**
   * Matches the CHECK-DAG/NOT list preceding `cs` from `start`. Collects
   * trailing CHECK-NOTs into `nots` for the caller. Returns where the
   * following pattern's search starts, or -1 after reporting a failure.
   */
  private checkDag(
    cs: CheckString,
    start: number,
    end: number,
    nots: Pattern[],
    notPrefixes: string[],
  ): number {
    const list = cs.dagNots;
    if (list.length === 0) return start;
    let startPos = start;
    let ranges: Range[] = [];
    for (let k = 0; k < list.length; k++) {
      const { pattern: p, prefix } = list[k];
      if (p.kind === CheckKind.Not) {
        nots.push(p);
        notPrefixes.push(prefix);
        continue;
      }
      // Search from the group's start, skipping past earlier matches of the
      // same group that a new match would overlap.
      let matchPos = startPos;
      let mi = 0;
      let pos: number;
      for (;;) {
        pos = p.match(this.input, matchPos, end, this.ctx);
        if (pos < 0) {
          const errors = pos === matchFailed ? p.errors : [];
          this.reporter.notFound(true, p, prefix, 1, matchPos, end, errors);
          return -1;
        }
        // -vv reports every attempt, including ones discarded below.
        if (this.reporter.verbose >= 2) this.reporter.found(true, p, prefix, 1, pos, p.matchLen);
        const m: Range = { pos, end: pos + p.matchLen };
        if (this.opts.allowDeprecatedDagOverlap) {
          if (ranges.length === 0) ranges.push(m);
          else {
            ranges[0].pos = Math.min(ranges[0].pos, m.pos);
            ranges[0].end = Math.max(ranges[0].end, m.end);
          }
          break;
        }
        let overlap = false;
        for (; mi < ranges.length; mi++) {
          if (m.pos < ranges[mi].end) {
            overlap = ranges[mi].pos < m.end;
            break;
          }
        }
        if (!overlap) {
          ranges.splice(mi, 0, m);
          break;
        }
        if (this.reporter.verbose >= 2) this.reporter.discarded(p, ranges[mi].pos, ranges[mi].end);
        matchPos = ranges[mi].end;
        mi++;
      }
      if (this.reporter.verbose < 2) this.reporter.found(true, p, prefix, 1, pos, p.matchLen);
      const next = list[k + 1];
      if (next === undefined || next.pattern.kind === CheckKind.Not) {
        // End of a DAG group: pending NOTs must not occur before its first match.
        if (nots.length > 0) {
          if (this.checkNots(startPos, ranges[0].pos, nots, notPrefixes)) return -1;
          nots.length = 0;
          notPrefixes.length = 0;
        }
        startPos = ranges[ranges.length - 1].end;
        ranges = [];
      }
    }
    return startPos;
  }
}

/**
 * Counts line breaks in `text[a, b)`, treating `\r\n` and `\n\r` as one;
 * `first` is the offset just after the first break, or -1.
 */
function countNewlines(text: string, a: number, b: number): { count: number; first: number } {
  let count = 0;
  let first = -1;
  let i = a;
  while (i < b) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) {
      i++;
      continue;
    }
    count++;
    if (i + 1 < b) {
      const d = text.charCodeAt(i + 1);
      if ((d === 10 || d === 13) && d !== c) i++;
    }
    i++;
    if (count === 1) first = i;
  }
  return { count, first };
}
