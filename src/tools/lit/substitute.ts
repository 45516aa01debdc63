/**
 * lit's `%` substitutions in RUN lines:
 *
 * | token | value |
 * |-------|-------|
 * | `%s`  | absolute path of the test file |
 * | `%S`, `%p` | its directory |
 * | `%t`  | a temporary path unique to the test |
 * | `%T`  | the directory holding `%t` |
 * | `%%`  | a literal `%` |
 *
 * One left-to-right pass, so `%%s` is `%s` literally and values are never
 * re-substituted.
 */

/** Values for one test. */
export interface Substitutions {
  /** Absolute path of the test file. */
  readonly source: string;
  /** Directory of the test file. */
  readonly sourceDir: string;
  /** Per-test temporary path. */
  readonly tmp: string;
  /** Directory containing `tmp`. */
  readonly tmpDir: string;
}

const tokenRe = /%([%sSptT])/g;

/** Applies the substitutions to `command`. */
export function substitute(command: string, subs: Substitutions): string {
  return command.replace(tokenRe, (_, c: string) => {
    switch (c) {
      case "%":
        return "%";
      case "s":
        return subs.source;
      case "S":
      case "p":
        return subs.sourceDir;
      case "t":
        return subs.tmp;
      default:
        return subs.tmpDir;
    }
  });
}
