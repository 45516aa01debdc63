/**
 * Where a FileCheck run writes: rendered messages (what LLVM prints to
 * stderr) plus, for `--dump-input`, structured records of each match result.
 */

import type { Pattern } from "./pattern.js";
import { renderMessage, type Severity, type SourceBuffer } from "./source.js";

/** How a pattern's search ended, as shown in the input dump. */
export const enum MatchType {
  /** Positive pattern found (shown with -v). */
  FoundAndExpected,
  /** CHECK-NOT pattern found: an error. */
  FoundButExcluded,
  /** CHECK-NEXT/SAME/EMPTY found on the wrong line: an error. */
  FoundButWrongLine,
  /** CHECK-DAG match dropped for overlapping an earlier one (shown with -vv). */
  FoundButDiscarded,
  /** CHECK-NOT pattern not found, as wanted (shown with -vv). */
  NoneAndExcluded,
  /** Positive pattern not found: an error. */
  NoneButExpected,
  /** Pattern could not be evaluated (undefined variable): an error. */
  NoneForInvalidPattern,
  /** "Possible intended match" for a failed pattern. */
  Fuzzy,
}

/** One match result to draw in the input dump. */
export interface DumpRecord {
  readonly pattern: Pattern;
  /** Mutable: a DAG match is re-marked when found to overlap. */
  type: MatchType;
  /** Input range [start, end); for failures, the searched range. */
  readonly start: number;
  readonly end: number;
  /** For a note attached to the previous result: its text. */
  readonly note: string | null;
  /** Whether a note marks its range (captured variables) or only sits there. */
  readonly marked: boolean;
}

/** Collects the messages and dump records of one run. */
export class Diagnostics {
  /** Rendered message chunks, joined once by {@link text}. */
  private readonly chunks: string[];
  /** Records for the input dump, in the order they happened. */
  readonly records: DumpRecord[];

  constructor() {
    this.chunks = [];
    this.records = [];
  }

  /** Renders `file:line:col: severity: message` with source line and caret. */
  report(
    buf: SourceBuffer,
    offset: number,
    severity: Severity,
    message: string,
    rangeEnd: number = offset,
  ): void {
    this.chunks.push(renderMessage(buf, offset, severity, message, rangeEnd));
  }

  /** Appends raw text (messages without a location). */
  raw(text: string): void {
    this.chunks.push(text);
  }

  /** Records a match result for the input dump. */
  record(pattern: Pattern, type: MatchType, start: number, end: number): void {
    this.records.push({ pattern, type, start, end, note: null, marked: false });
  }

  /**
   * Records a note belonging to a result of `type`: unmarked at `start`, or
   * marking `[start, end)` when `marked`.
   */
  recordNote(pattern: Pattern, type: MatchType, start: number, end: number, note: string, marked: boolean): void {
    this.records.push({ pattern, type, start, end, note, marked });
  }

  /** Re-marks the trailing records of `pattern` as discarded DAG matches. */
  markDiscarded(pattern: Pattern): void {
    for (let i = this.records.length - 1; i >= 0 && this.records[i].pattern === pattern; i--) {
      this.records[i].type = MatchType.FoundButDiscarded;
    }
  }

  /** Everything reported so far. */
  text(): string {
    return this.chunks.join("");
  }
}
