/**
 * The annotated input dump printed after a failure (`--dump-input=fail`),
 * laid out like LLVM's:
 * ```
 * <<<<<<
 *          1: foo
 * check:2        X error: no match found
 *          2: bar
 * check:2     ~~~~
 * >>>>>>
 * ```
 * Each input line is shown with its number; below it, one line per
 * annotation fragment: a label (`check:2` = CHECK on check-file line 2, with
 * `'N` when that directive has several annotations), then markers under the
 * input columns and an optional note. Multi-line ranges continue with `~` on
 * later lines. Lines far from any interesting annotation are elided as `.`.
 */

import { abbreviation } from "./check-type.js";
import { type DumpRecord, MatchType } from "./diagnostics.js";
import type { Pattern } from "./pattern.js";
import type { SourceBuffer } from "./source.js";

/** Which input lines a dump shows (plus context). */
export type DumpFilter = "all" | "annotation-full" | "annotation" | "error";

/** One annotation line under one input line. */
interface Fragment {
  line: number;
  /** First and last marked columns, 1-based, inclusive. */
  first: number;
  last: number;
  head: string;
  mid: string;
  note: string;
  label: string;
  /** Creation order of the record, to keep related lines together. */
  order: number;
  isError: boolean;
  isFirst: boolean;
}

interface Style {
  head: string;
  mid: string;
  note: string;
  isError: boolean;
}

function styleOf(type: MatchType): Style {
  switch (type) {
    case MatchType.FoundAndExpected:
      return { head: "^", mid: "~", note: "", isError: false };
    case MatchType.FoundButExcluded:
      return { head: "!", mid: "~", note: "error: no match expected", isError: true };
    case MatchType.FoundButWrongLine:
      return { head: "!", mid: "~", note: "error: match on wrong line", isError: true };
    case MatchType.FoundButDiscarded:
      return { head: "!", mid: "~", note: "discard: overlaps earlier match", isError: false };
    case MatchType.NoneAndExcluded:
      return { head: "X", mid: "~", note: "", isError: false };
    case MatchType.NoneButExpected:
      return { head: "X", mid: "~", note: "error: no match found", isError: true };
    case MatchType.NoneForInvalidPattern:
      return { head: "X", mid: "~", note: "error: match failed for invalid pattern", isError: true };
    case MatchType.Fuzzy:
      return { head: "?", mid: " ", note: "possible intended match", isError: false };
  }
}

/**
 * Renders the dump of `input` with `records`. `check` names the check file
 * and resolves directive line numbers.
 */
export function dumpInput(
  input: SourceBuffer,
  check: SourceBuffer,
  records: readonly DumpRecord[],
  filter: DumpFilter,
  context: number,
): string {
  const text = input.text;
  const starts = input.lineStarts();
  // A final newline does not start a line of its own in the dump, unless an
  // annotation points there (a search that starts at end of input).
  let lineCount = text.length > 0 && text.endsWith("\n") ? starts.length - 1 : starts.length;
  // Width in columns; the line's newline counts as one (shown as a space).
  const width = (l: number): number => {
    const end = input.lineEnd(starts[l - 1]);
    return end - starts[l - 1] + (end < text.length ? 1 : 0);
  };

  const perPattern = new Map<Pattern, number>();
  for (const r of records) perPattern.set(r.pattern, (perPattern.get(r.pattern) ?? 0) + 1);
  const nextIndex = new Map<Pattern, number>();
  const fragments: Fragment[] = [];
  records.forEach((r, order) => {
    const p = r.pattern;
    let label = `${abbreviation(p.kind, p.count)}:${p.implicitIndex > 0 ? `imp${p.implicitIndex}` : check.lineOf(p.loc)}`;
    if ((perPattern.get(p) ?? 0) > 1) {
      const k = nextIndex.get(p) ?? 0;
      nextIndex.set(p, k + 1);
      label += `'${k}`;
    }
    const base = styleOf(r.type);
    const style: Style =
      r.note === null
        ? base
        : r.marked
          ? { ...base, mid: "~", note: r.note }
          : { ...base, head: " ", mid: " ", note: r.note };
    const startOff = r.start;
    const lastOff = r.end > r.start ? r.end - 1 : r.start;
    const startLine = input.lineOf(startOff);
    const lastLine = input.lineOf(lastOff);
    lineCount = Math.max(lineCount, lastLine);
    for (let l = startLine; l <= lastLine; l++) {
      const isFirst = l === startLine;
      fragments.push({
        line: l,
        first: isFirst ? startOff - starts[l - 1] + 1 : 1,
        last: l === lastLine ? lastOff - starts[l - 1] + 1 : width(l),
        head: isFirst ? style.head : style.mid === " " ? " " : "~",
        mid: style.mid,
        note: isFirst ? style.note : "",
        label,
        order,
        isError: style.isError,
        isFirst,
      });
    }
  });
  fragments.sort((a, b) => a.line - b.line || a.order - b.order);

  const shown = new Uint8Array(lineCount + 2);
  const mark = (l: number): void => {
    for (let k = Math.max(1, l - context); k <= Math.min(lineCount, l + context); k++) shown[k] = 1;
  };
  if (filter === "all") shown.fill(1);
  for (const f of fragments) {
    if (filter === "annotation-full") mark(f.line);
    else if (filter === "annotation" && f.isFirst) mark(f.line);
    else if (filter === "error" && f.isFirst && f.isError) mark(f.line);
  }

  let labelWidth = String(lineCount).length;
  for (const f of fragments) labelWidth = Math.max(labelWidth, f.label.length);
  labelWidth += 3;

  const out: string[] = [
    `\nInput file: ${input.name}\nCheck file: ${check.name}\n\n`,
    "-dump-input=help explains the following input dump.\n\nInput was:\n<<<<<<\n",
  ];
  let fi = 0;
  let elided = false;
  for (let l = 1; l <= lineCount; l++) {
    if (!shown[l]) {
      if (!elided) out.push(`${".".padStart(labelWidth)}\n`.repeat(3));
      elided = true;
      while (fi < fragments.length && fragments[fi].line === l) fi++;
      continue;
    }
    elided = false;
    const start = starts[l - 1];
    const end = input.lineEnd(start);
    out.push(`${String(l).padStart(labelWidth)}: ${text.slice(start, end)}${end < text.length ? " " : ""}\n`);
    const w = width(l);
    for (; fi < fragments.length && fragments[fi].line === l; fi++) {
      const f = fragments[fi];
      let line = f.label.padEnd(labelWidth) + "  " + " ".repeat(f.first - 1) + f.head;
      if (f.last > f.first) line += f.mid.repeat(f.last - f.first);
      if (f.note !== "") line += " ".repeat(Math.max(f.last, w) + 2 - f.last - 1) + f.note;
      out.push(line.trimEnd() + "\n");
    }
  }
  out.push(">>>>>>\n");
  return out.join("");
}
