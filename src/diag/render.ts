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

/** How many "called from" notes a call-site location adds at most (MLIR's `callStackLimit`). */
const callStackLimit = 10;

/**
 * Renders a diagnostic the way `mlir-opt` prints it (MLIR's
 * `SourceMgrDiagnosticHandler::emitDiagnostic`):
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
 * message when it is not `unknown`). When the diagnostic's own location is
 * a call site (or names or fuses one), "called from" notes follow for its
 * chain of callers (notes get none). A note shows its source line only when its location is not
 * the one before it (the same location object: locations are uniqued).
 */
export function renderDiagnostic(d: Diagnostic, sources: readonly SourceFile[], options: RenderOptions = {}): string {
  const out: string[] = [];
  emit(out, d.location, d.severity, d.message, sources, true, options.rangeLength ?? 1);
  let prev = d.location;
  let call = prev === null ? null : callSite(prev);
  if (call !== null) {
    prev = call.caller;
    for (let depth = 0; depth < callStackLimit; depth++) {
      emit(out, prev, "note", "called from", sources, true);
      call = callSite(prev);
      if (call === null) break;
      prev = call.caller;
    }
  }
  const notes: { message: string; location: LocationAttr | null }[] = [];
  if (options.printOp && d.op !== null) {
    const text = formatOperation(d.op);
    notes.push({ message: "see current operation: " + (text.includes("\n") ? "\n" + text : text), location: d.op.location });
  }
  for (const n of d.notes) notes.push({ message: n.message, location: n.location });
  for (const n of notes) {
    emit(out, n.location, "note", n.message, sources, n.location !== prev);
    prev = n.location;
  }
  return out.join("");
}

/** Writes one diagnostic line (plus source line and caret). */
function emit(
  out: string[],
  loc: LocationAttr | null,
  severity: string,
  message: string,
  sources: readonly SourceFile[],
  showSource: boolean,
  rangeLength = 1,
): void {
  const pos = loc === null ? null : findPosition(loc);
  if (pos === null) {
    const prefix = loc !== null && loc.kind !== BuiltinKind.UnknownLoc ? printAttribute(loc as Attribute) + ": " : "";
    out.push(`<unknown>:0: ${severity}: ${prefix}${message}\n`);
    return;
  }
  out.push(`${pos.filename}:${pos.line}:${pos.column}: ${severity}: ${message}\n`);
  const src = sources.find((s) => s.name === pos.filename);
  // Line or column 0 means unknown: no source line (MLIR's convertLocToSMLoc).
  if (showSource && src !== undefined && pos.line >= 1 && pos.column >= 1) {
    const line = src.lineText(pos.line);
    out.push(line + "\n");
    out.push(caretLine(line, pos.column) + "~".repeat(Math.max(0, rangeLength - 1)) + "\n");
  }
}

/** The call site a location stands for (MLIR's `getCallSiteLoc`): itself, a name's child's, a fused location's first. */
function callSite(loc: LocationAttr): CallSiteLoc | null {
  switch (loc.kind) {
    case BuiltinKind.CallSiteLoc:
      return loc as CallSiteLoc;
    case BuiltinKind.NameLoc:
      return callSite((loc as NameLoc).child);
    case BuiltinKind.FusedLoc:
      for (const l of (loc as FusedLoc).locations) {
        const c = callSite(l);
        if (c !== null) return c;
      }
      return null;
    default:
      return null;
  }
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

/**
 * The first file:line:col in `loc`, in the order MLIR's
 * `findInstanceOf<FileLineColLoc>` walks it: a name's child, an opaque
 * location's fallback, a call site's callee then caller, a fused
 * location's parts in order.
 */
function findPosition(loc: LocationAttr): FileLineColLoc | null {
  const stack: LocationAttr[] = [loc];
  while (stack.length > 0) {
    const l = stack.pop()!;
    switch (l.kind) {
      case BuiltinKind.FileLineColLoc:
        return l as FileLineColLoc;
      case BuiltinKind.NameLoc:
        stack.push((l as NameLoc).child);
        break;
      case BuiltinKind.OpaqueLoc:
        stack.push((l as OpaqueLoc).fallback);
        break;
      case BuiltinKind.CallSiteLoc:
        stack.push((l as CallSiteLoc).caller, (l as CallSiteLoc).callee);
        break;
      case BuiltinKind.FusedLoc: {
        const ls = (l as FusedLoc).locations;
        for (let i = ls.length - 1; i >= 0; i--) stack.push(ls[i]!);
        break;
      }
      default:
        break;
    }
  }
  return null;
}
