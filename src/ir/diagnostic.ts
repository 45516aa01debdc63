import type { LocationAttr } from "./location.js";
import type { Operation } from "./operation.js";

/** How serious a diagnostic is. */
export enum Severity {
  Error = "error",
  Warning = "warning",
  Note = "note",
  Remark = "remark",
}

/**
 * A message about the IR or its source text, as data: rendering (with the
 * source line and a caret) happens in `diag/`, exiting in `tools/`.
 *
 * `location` is usually a file:line:col location made by the parser; the
 * renderer finds the source line through it. `op`, when set, is the
 * operation the message is about (tools print it as MLIR's "see current
 * operation" note).
 */
export class Diagnostic {
  /** Attached notes, rendered after the main message. */
  readonly notes: Diagnostic[] = [];
  /** The operation this diagnostic is about, if any. */
  op: Operation | null = null;

  constructor(
    /** Severity. */
    readonly severity: Severity,
    /** The message, in MLIR style: lower-case, no final period. */
    readonly message: string,
    /** Where it applies; null when unknown. */
    readonly location: LocationAttr | null,
  ) {}

  /** Appends a note and returns it. */
  attachNote(message: string, location: LocationAttr | null = this.location): Diagnostic {
    const n = new Diagnostic(Severity.Note, message, location);
    this.notes.push(n);
    return n;
  }
}

/**
 * Base of the errors that carry a {@link Diagnostic} about user input
 * (`ParseError`, `VerifyError`, `PassError`). Any other exception escaping a
 * tool is a bug.
 */
export class DiagnosticError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/** The IR failed to verify. */
export class VerifyError extends DiagnosticError {
  override name = "VerifyError";
}

/**
 * Makes a verification error about `op`, prefixed like MLIR's `emitOpError`
 * (`'dialect.name' op ` + message). Throw the result.
 */
export function opError(op: Operation, message: string): VerifyError {
  const d = new Diagnostic(Severity.Error, `'${op.opName}' op ${message}`, op.location);
  d.op = op;
  return new VerifyError(d);
}

/** Makes a verification error at `op`'s location without the op prefix. */
export function opErrorPlain(op: Operation, message: string): VerifyError {
  const d = new Diagnostic(Severity.Error, message, op.location);
  d.op = op;
  return new VerifyError(d);
}

/**
 * How operations print inside diagnostics, beyond what is fixed there (the
 * generic form, local scope, elements attributes of more than 16 elements
 * elided): the printing options mlir-opt's command line sets for every
 * `OpPrintingFlags`, and so for diagnostics too. Kept per {@link Context}
 * (`diagnosticPrintFlags`).
 */
export interface DiagnosticPrintFlags {
  /** Print locations, `loc(...)` inline (`--mlir-print-debuginfo`). */
  readonly debugInfo: boolean;
  /** Print dense elements with more elements than this in hex (`--mlir-print-elementsattrs-with-hex-if-larger`; undefined: the printer's default). */
  readonly printElementsAttrsWithHexIfLarger: number | undefined;
}

/** The flags of a context nobody configured: no locations, default hex threshold. */
export const defaultDiagnosticPrintFlags: DiagnosticPrintFlags = { debugInfo: false, printElementsAttrsWithHexIfLarger: undefined };

let opFormatter: (op: Operation) => string = (op) => `'${op.opName}'`;

/**
 * The text of `op` inside a diagnostic message (MLIR prints the operation in
 * the generic form), with its context's {@link DiagnosticPrintFlags}. The
 * printer installs the real formatter when it loads; the core cannot import
 * the printer.
 */
export function formatOperation(op: Operation): string {
  return opFormatter(op);
}

/** @internal Installs the operation formatter used in diagnostics. */
export function setOperationFormatter(f: (op: Operation) => string): void {
  opFormatter = f;
}
