import type { Context } from "../ir/context.js";
import type { LocationAttr } from "../ir/location.js";
import { FileLineColLoc } from "../dialects/builtin/attributes/locations.js";

/**
 * A named source text with a lazily built line table, shared by the parser
 * (to make `file:line:col` locations) and the diagnostic renderer (to show
 * the line and a caret). Offsets are UTF-16 indexes into `text`; columns are
 * 1-based and count UTF-8 bytes, as MLIR's do.
 */
export class SourceFile {
  private lineStarts: number[] | null = null;
  /** Line index of the last lookup: locations are asked for in order. */
  private hint = 0;

  constructor(
    /** The name shown in diagnostics and locations (`<stdin>` for standard input). */
    readonly name: string,
    /** The full text. */
    readonly text: string,
  ) {}

  private starts(): number[] {
    if (this.lineStarts === null) {
      const s = [0];
      const t = this.text;
      let i = t.indexOf("\n");
      while (i >= 0) {
        s.push(i + 1);
        i = t.indexOf("\n", i + 1);
      }
      this.lineStarts = s;
    }
    return this.lineStarts;
  }

  /** 0-based index of the line containing `offset`. */
  lineIndex(offset: number): number {
    const s = this.starts();
    let h = this.hint;
    if (h < s.length && s[h]! <= offset) {
      // Forward scan from the hint: O(1) amortized for in-order queries.
      let steps = 0;
      while (h + 1 < s.length && s[h + 1]! <= offset && steps < 16) h++, steps++;
      if (h + 1 >= s.length || s[h + 1]! > offset) {
        this.hint = h;
        return h;
      }
    }
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return lo;
  }

  /** Column of the last {@link locate} call. */
  column = 0;
  /** In-order cursor of {@link locate}: an offset, its line and line start. */
  private cursorOffset = 0;
  private cursorLine = 1;
  private cursorLineStart = 0;
  /** Whether the text is pure ASCII (columns are then plain offsets); null until known. */
  private ascii: boolean | null = null;

  /**
   * The 1-based line of `offset`; the 1-based column (UTF-8 bytes + 1) is
   * left in {@link column}. The parser calls this once per operation, in
   * increasing order: it advances a cursor by counting newlines, without a
   * line table and without allocating.
   */
  locate(offset: number): number {
    const t = this.text;
    if (offset < this.cursorOffset) {
      const li = this.lineIndex(offset);
      this.cursorLine = li + 1;
      this.cursorLineStart = this.starts()[li]!;
    } else {
      let nl = t.indexOf("\n", this.cursorOffset);
      while (nl >= 0 && nl < offset) {
        this.cursorLine++;
        this.cursorLineStart = nl + 1;
        nl = t.indexOf("\n", nl + 1);
      }
    }
    this.cursorOffset = offset;
    const start = this.cursorLineStart;
    let col = offset - start;
    if (this.ascii === null) this.ascii = !/[^\x00-\x7f]/.test(t);
    if (!this.ascii) {
      for (let i = start; i < offset; i++) {
        const c = t.charCodeAt(i);
        if (c >= 0x80) col += c < 0x800 ? 1 : c >= 0xd800 && c < 0xe000 ? 1 : 2;
      }
    }
    this.column = col + 1;
    return this.cursorLine;
  }

  /** The `file:line:col` location of `offset`, uniqued in `ctx`. */
  locationOf(ctx: Context, offset: number): LocationAttr {
    const line = this.locate(offset);
    return FileLineColLoc.ofOperation(ctx, this.name, line, this.column);
  }

  /** 1-based line and column (UTF-8 bytes + 1) of `offset`. */
  lineColumn(offset: number): { line: number; column: number } {
    const line = this.locate(offset);
    return { line, column: this.column };
  }

  /** The text of 1-based line `line`, without its line break. */
  lineText(line: number): string {
    const s = this.starts();
    const start = s[line - 1];
    if (start === undefined) return "";
    let end = line < s.length ? s[line]! - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  /** UTF-16 offset of 1-based `line`/`column` (column in UTF-8 bytes). */
  offsetOf(line: number, column: number): number {
    const s = this.starts();
    const start = s[line - 1];
    if (start === undefined) return this.text.length;
    let bytes = 0;
    let i = start;
    while (bytes < column - 1 && i < this.text.length && this.text.charCodeAt(i) !== 10) {
      const c = this.text.charCodeAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
      i++;
    }
    return i;
  }
}
