/**
 * Errors raised while reading the check file or the command line. They are
 * caught at the FileCheck entry point and rendered as diagnostics (exit
 * status 2), never shown as JS exceptions.
 */

/** A syntax error at an offset of the buffer being parsed. */
export class ParseError extends Error {
  /** Offset in the buffer the caller is parsing. */
  readonly offset: number;
  /**
   * LLVM prints some errors through `logAllUnhandledErrors`, which adds a
   * blank line after the caret line; mirrored so output matches.
   */
  readonly trailingBlankLine: boolean;
  /** Exit status; LLVM exits 1 (not 2) for a few errors, mirrored here. */
  readonly exitCode: 1 | 2;

  constructor(offset: number, message: string, trailingBlankLine = false, exitCode: 1 | 2 = 2) {
    super(message);
    this.offset = offset;
    this.trailingBlankLine = trailingBlankLine;
    this.exitCode = exitCode;
  }
}
