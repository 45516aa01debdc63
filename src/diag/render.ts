import type { Attribute } from "../ir/attribute.js";
import { formatOperation, type Diagnostic } from "../ir/diagnostic.js";
import type { LocationAttr } from "../ir/location.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import type { CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, OpaqueLoc } from "../dialects/builtin/attributes/locations.js";
import { printAttribute } from "../print/attribute-printer.js";
import type { SourceFile } from "./source-file.js";

/** Options of {@link renderDiagnostic}. */
export interface RenderOptions {
  /** Add MLIR's "see current operation: ..." note to diagnostics about an operation. */
  printOp?: boolean;
  /**
   * Underline this many characters (`^~~~`) at the main diagnostic's
   * position instead of a bare caret, as LLVM's `SourceMgr` prints a range
   * (MLIR gives one for unmatched `expected-*` comments).
   */
  rangeLength?: number;
}

/**
 * Renders a diagnostic the way `mlir-opt` prints it:
 *
 * ```
 * file:line:col: error: message
 * <the source line>
 *       ^
 * file:line:col: note: ...
 * ```
 *
 * The position comes from the first file:line:col found in the location
 * (through names, call sites and fused locations); the source line and
 * caret are shown when the file is one of `sources`. A location without a
 * position prints as `<unknown>:0` (with the location itself before the
 * message when it is not `unknown`). Notes show the source line only when
 * their position differs from the previous one; a call-site location adds
 * "called from" notes.
 */
export function renderDiagnostic(d: Diagnostic, sources: readonly SourceFile[], options: RenderOptions = {}): string {
  const out: string[] = [];
  let prev = emit(out, d.location, d.severity, d.message, sources, true, options.rangeLength ?? 1);
  const notes: { message: string; location: LocationAttr | null }[] = [];
  if (options.printOp && d.op !== null) {
    const text = formatOperation(d.op);
    notes.push({ message: "see current operation: " + (text.includes("\n") ? "\n" + text : text), location: d.op.location });
  }
  for (const n of d.notes) notes.push({ message: n.message, location: n.location });
  for (const n of notes) {
    const here = positionKey(n.location);
    prev = emit(out, n.location, "note", n.message, sources, here !== prev) ?? prev;
  }
  return out.join("");
}

/** Writes one diagnostic line (plus source line and caret); returns its position key. */
function emit(
  out: string[],
  loc: LocationAttr | null,
  severity: string,
  message: string,
  sources: readonly SourceFile[],
  showSource: boolean,
  rangeLength = 1,
): string {
  const pos = loc === null ? null : findPosition(loc);
  if (pos === null) {
    const prefix = loc !== null && loc.kind !== BuiltinKind.UnknownLoc ? printAttribute(loc as Attribute) + ": " : "";
    out.push(`<unknown>:0: ${severity}: ${prefix}${message}\n`);
    return "<unknown>";
  }
  out.push(`${pos.filename}:${pos.line}:${pos.column}: ${severity}: ${message}\n`);
  const src = sources.find((s) => s.name === pos.filename);
  if (showSource && src !== undefined && pos.line >= 1) {
    const line = src.lineText(pos.line);
    out.push(line + "\n");
    out.push(caretLine(line, pos.column) + "~".repeat(Math.max(0, rangeLength - 1)) + "\n");
  }
  // Call sites: "called from" notes for the chain of callers.
  for (let caller = pos.caller; caller !== null; ) {
    const cp = findPosition(caller);
    if (cp === null) break;
    out.push(`${cp.filename}:${cp.line}:${cp.column}: note: called from\n`);
    const csrc = sources.find((s) => s.name === cp.filename);
    if (csrc !== undefined) {
      const line = csrc.lineText(cp.line);
      out.push(line + "\n" + caretLine(line, cp.column) + "\n");
    }
    caller = cp.caller;
  }
  return `${pos.filename}:${pos.line}:${pos.column}`;
}

function positionKey(loc: LocationAttr | null): string {
  const pos = loc === null ? null : findPosition(loc);
  return pos === null ? "<unknown>" : `${pos.filename}:${pos.line}:${pos.column}`;
}

/** The caret line under `line` pointing at 1-based byte `column` (tabs kept so columns align). */
function caretLine(line: string, column: number): string {
  let s = "";
  let bytes = 0;
  for (let i = 0; i < line.length && bytes < column - 1; i++) {
    const c = line.charCodeAt(i);
    s += c === 9 ? "\t" : " ";
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  while (bytes < column - 1) (s += " "), bytes++;
  return s + "^";
}

interface Position {
  filename: string;
  line: number;
  column: number;
  /** For call-site locations: the caller, for "called from" notes. */
  caller: LocationAttr | null;
}

/** The first file:line:col in `loc` (MLIR's `getFileLineColLoc`). */
function findPosition(loc: LocationAttr): Position | null {
  const stack: LocationAttr[] = [loc];
  while (stack.length > 0) {
    const l = stack.shift()!;
    switch (l.kind) {
      case BuiltinKind.FileLineColLoc: {
        const f = l as FileLineColLoc;
        return { filename: f.filename, line: f.line, column: f.column, caller: null };
      }
      case BuiltinKind.NameLoc:
        stack.unshift((l as NameLoc).child);
        break;
      case BuiltinKind.OpaqueLoc:
        stack.unshift((l as OpaqueLoc).fallback);
        break;
      case BuiltinKind.CallSiteLoc: {
        const c = l as CallSiteLoc;
        const p = findPosition(c.callee);
        if (p !== null) return { ...p, caller: c.caller };
        break;
      }
      case BuiltinKind.FusedLoc:
        stack.unshift(...(l as FusedLoc).locations);
        break;
      default:
        break;
    }
  }
  return null;
}
