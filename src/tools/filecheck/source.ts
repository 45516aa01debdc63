/**
 * Named text buffers and LLVM `SourceMgr`-style message rendering.
 *
 * FileCheck works on offsets into one string per buffer; line and column are
 * computed only when a diagnostic is printed, from a line table built on first
 * use (like acorn's `getLineInfo`), so the success path never splits lines.
 */

/** A named text buffer (check file, input, or a synthetic "command line"). */
export class SourceBuffer {
  /** Name printed in diagnostics, e.g. a path or `<stdin>`. */
  readonly name: string;
  /** The full (canonicalized) text. */
  readonly text: string;
  /** Offsets of line starts; built lazily by {@link lineStarts}. */
  private starts: number[] | null;

  constructor(name: string, text: string) {
    this.name = name;
    this.text = text;
    this.starts = null;
  }

  /** Offsets at which each line begins (line 1 at index 0). O(n) once. */
  lineStarts(): number[] {
    if (this.starts !== null) return this.starts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.starts = starts;
    return starts;
  }

  /** 1-based line number of `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset of the first character of 1-based `line`. */
  lineStart(line: number): number {
    return this.lineStarts()[line - 1];
  }

  /** Offset of the end of the line containing `offset` (at `\n`, `\r` or EOF). */
  lineEnd(offset: number): number {
    const text = this.text;
    let i = offset;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      i++;
    }
    return i;
  }
}

/** Severity of a rendered message, as LLVM spells it. */
export type Severity = "error" | "warning" | "remark" | "note";

/**
 * Renders one message like LLVM's `SMDiagnostic::print`:
 * `name:line:col: severity: message`, then the source line and a caret line
 * (`^` at the location, `~` under the rest of `[offset, rangeEnd)` on the
 * same line). Tabs are expanded to 8-column stops in both lines.
 */
export function renderMessage(
  buf: SourceBuffer,
  offset: number,
  severity: Severity,
  message: string,
  rangeEnd: number = offset,
): string {
  const line = buf.lineOf(offset);
  const start = buf.lineStart(line);
  const end = buf.lineEnd(start);
  const col = offset - start + 1;
  const text = buf.text;
  let src = "";
  let caret = "";
  const hiEnd = Math.min(rangeEnd, end);
  for (let i = start; i <= end; i++) {
    // The caret may sit one past the last character (at the newline).
    const mark = i === offset ? "^" : i > offset && i < hiEnd ? "~" : " ";
    if (i === end) {
      caret += mark;
      break;
    }
    const ch = text[i];
    if (ch === "\t") {
      const width = 8 - (src.length % 8);
      src += " ".repeat(width);
      caret += mark + (i + 1 < hiEnd ? "~" : " ").repeat(width - 1);
    } else {
      src += ch;
      caret += mark;
    }
  }
  return `${buf.name}:${line}:${col}: ${severity}: ${message}\n${src}\n${caret.trimEnd()}\n`;
}
