/**
 * FileCheck in TypeScript: LLVM FileCheck's directives, regex and variable
 * syntax, diagnostics and exit codes, as a library and a command.
 *
 * Module map: `check-file` reads directives (`check-type` classifies their
 * suffixes), `pattern` compiles one pattern (`regex` translates POSIX regex
 * syntax, `expression` handles `[[#...]]`), `matcher` runs the checks over
 * the input, `report`/`fuzzy`/`dump-input` explain failures, `cli` is the
 * command.
 */

export { runFileCheck, resolveOptions } from "./filecheck.js";
export type { DumpInputMode, FileCheckOptions, FileCheckResult } from "./filecheck.js";
export type { DumpFilter } from "./dump-input.js";
export { runCli } from "./cli.js";
export { translateRegex, RegexSyntaxError } from "./regex.js";
