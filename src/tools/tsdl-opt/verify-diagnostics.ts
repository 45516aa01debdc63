import { Diagnostic, Severity } from "../../ir/diagnostic.js";
import type { LocationAttr } from "../../ir/location.js";
import { FileLineColLoc } from "../../dialects/builtin/attributes/locations.js";
import { BuiltinKind } from "../../dialects/builtin/kind.js";
import type { CallSiteLoc, FusedLoc, NameLoc, OpaqueLoc } from "../../dialects/builtin/attributes/locations.js";
import type { Context } from "../../ir/context.js";
import type { SourceFile } from "../../diag/source-file.js";

/** One `expected-<kind> @<designator> {{message}}` line. */
interface Expected {
  kind: Severity;
  /** 1-based line the diagnostic is expected on; -1 for `@unknown`. */
  line: number;
  /** Substring to find, or a regular expression (`-re` form). */
  pattern: string | RegExp;
  /** Text for messages (the `{{...}}` content). */
  text: string;
  /** Offset of the `expected-` text, where "was not produced" points. */
  offset: number;
  matched: boolean;
}

const expectedRe = /expected-(error|note|remark|warning)(-re)? *(@([+-][0-9]+|above|below|unknown))? *\{\{(.*)\}\}\s*$/;

/**
 * Checks emitted diagnostics against `expected-error {{...}}` comments, as
 * `mlir-opt --verify-diagnostics` does (MLIR's
 * `SourceMgrDiagnosticVerifierHandler`): every diagnostic (notes included)
 * must match an expectation of the same kind on its line (`@+N`, `@-N`,
 * `@above`, `@below` shift the line; `@unknown` is for diagnostics without a
 * position), the message must contain the expected text (or match the
 * `-re` pattern, literal text with `{{regex}}` parts), and every expectation
 * must be matched.
 */
export class DiagnosticVerifier {
  private readonly expected: Expected[] = [];
  /** Problems found, as diagnostics to print. */
  readonly errors: Diagnostic[] = [];
  /**
   * Lengths of the source ranges to underline under some {@link errors}:
   * an unmatched expectation highlights as many characters as its expected
   * text has, from `expected-`, as MLIR does.
   */
  readonly ranges = new Map<Diagnostic, number>();

  constructor(
    private readonly ctx: Context,
    private readonly source: SourceFile,
    begin: number,
    end: number,
    /** Ignore diagnostics that no comment expects (`--verify-diagnostics=only-expected`). */
    private readonly onlyExpected = false,
  ) {
    this.scan(begin, end);
  }

  private scan(begin: number, end: number): void {
    const text = this.source.text;
    let lastNonDesignator = this.source.locate(begin);
    const pendingBelow: Expected[] = [];
    let lineStart = begin;
    let lineNo = this.source.locate(begin);
    while (lineStart < end) {
      let nl = text.indexOf("\n", lineStart);
      if (nl < 0 || nl > end) nl = end;
      const line = text.slice(lineStart, nl);
      const m = expectedRe.exec(line);
      if (m === null) {
        lastNonDesignator = lineNo;
        for (const e of pendingBelow) e.line = lineNo;
        pendingBelow.length = 0;
      } else {
        const content = m[5]!;
        const e: Expected = {
          kind: m[1] as Severity,
          line: lineNo,
          pattern: m[2] !== undefined ? compileRe(content) : content,
          text: content,
          offset: lineStart + m.index,
          matched: false,
        };
        const d = m[4];
        if (d !== undefined) {
          if (d === "unknown") e.line = -1;
          else if (d === "above") e.line = lastNonDesignator;
          else if (d === "below") {
            e.line = lineNo;
            pendingBelow.push(e);
          } else e.line = lineNo + Number(d);
        }
        this.expected.push(e);
      }
      lineStart = nl + 1;
      lineNo++;
    }
  }

  /** Checks one emitted diagnostic and its notes. */
  check(d: Diagnostic): void {
    this.checkOne(d.severity, d.message, d.location);
    for (const n of d.notes) this.checkOne(n.severity, n.message, n.location);
  }

  private checkOne(kind: Severity, message: string, loc: LocationAttr | null): void {
    const pos = loc === null ? null : filePosition(loc);
    const line = pos !== null && pos.filename === this.source.name ? pos.line : -1;
    for (const e of this.expected) {
      if (e.matched || e.kind !== kind || e.line !== line) continue;
      const ok = typeof e.pattern === "string" ? message.includes(e.pattern) : e.pattern.test(message);
      if (ok) {
        e.matched = true;
        return;
      }
    }
    if (this.onlyExpected) return;
    this.errors.push(new Diagnostic(Severity.Error, `unexpected ${kind}: ${message}`, loc));
  }

  /** Reports expectations no diagnostic matched; returns whether everything matched. */
  finish(): boolean {
    for (const e of this.expected) {
      if (e.matched) continue;
      const { line, column } = this.source.lineColumn(e.offset);
      const d = new Diagnostic(Severity.Error, `expected ${e.kind} "${e.text}" was not produced`, FileLineColLoc.get(this.ctx, this.source.name, line, column));
      this.errors.push(d);
      this.ranges.set(d, e.text.length);
    }
    return this.errors.length === 0;
  }
}

/** Turns `text {{regex}} text` into a RegExp (literal parts escaped). */
function compileRe(content: string): RegExp {
  let src = "";
  let i = 0;
  while (i < content.length) {
    const open = content.indexOf("{{", i);
    if (open < 0) {
      src += escapeRe(content.slice(i));
      break;
    }
    src += escapeRe(content.slice(i, open));
    const close = content.indexOf("}}", open + 2);
    if (close < 0) {
      src += escapeRe(content.slice(open));
      break;
    }
    src += "(?:" + content.slice(open + 2, close) + ")";
    i = close + 2;
  }
  return new RegExp(src);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function filePosition(loc: LocationAttr): { filename: string; line: number } | null {
  switch (loc.kind) {
    case BuiltinKind.FileLineColLoc: {
      const f = loc as FileLineColLoc;
      return { filename: f.filename, line: f.line };
    }
    case BuiltinKind.NameLoc:
      return filePosition((loc as NameLoc).child);
    case BuiltinKind.OpaqueLoc:
      return filePosition((loc as OpaqueLoc).fallback);
    case BuiltinKind.CallSiteLoc:
      return filePosition((loc as CallSiteLoc).callee);
    case BuiltinKind.FusedLoc:
      for (const l of (loc as FusedLoc).locations) {
        const p = filePosition(l);
        if (p !== null) return p;
      }
      return null;
    default:
      return null;
  }
}
