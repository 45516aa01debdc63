/**
 * The declarative assembly format: `compileFormat` turns an ODS format
 * string into a {@link FormatProgram} once per operation. The pieces:
 * `format-lexer.ts` (tokens), `elements.ts` (the element list),
 * `compiler.ts` (format string to elements, ODS spacing), `program.ts`
 * (parsing and printing with the elements), `parse-state.ts` (what parsing
 * one operation collects; custom directives).
 */
import type { OpDef } from "../op-def.js";
import { assignSpacing, FormatCompiler, foldSpaces } from "./compiler.js";
import type { CustomDirective } from "./parse-state.js";
import { FormatProgram } from "./program.js";

export { FormatParseState, type CustomDirective } from "./parse-state.js";
export { FormatProgram } from "./program.js";

/** Compiles `format` for `def` (throws a `FormatError` for a malformed format or a type it cannot infer). */
export function compileFormat(def: OpDef, format: string, custom: Readonly<Record<string, CustomDirective>>): FormatProgram {
  const c = new FormatCompiler(def, format, custom);
  const els = c.compile();
  assignSpacing(els, { shouldEmitSpace: true, lastWasPunctuation: false });
  foldSpaces(els);
  return new FormatProgram(def, els, c);
}

