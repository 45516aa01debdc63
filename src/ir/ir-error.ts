/**
 * Thrown when the IR API is misused (erasing an operation whose results
 * are still used, inserting an attached block, indexing out of range).
 * These are programming errors of the API's caller, not diagnostics about
 * user input: those are {@link Diagnostic}s.
 */
export class IRError extends Error {
  override name = "IRError";
}
