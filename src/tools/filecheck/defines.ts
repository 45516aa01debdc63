/**
 * Command-line variable definitions: `-DVAR=VALUE` (string) and
 * `-D#VAR=EXPR` / `-D#%x,VAR=EXPR` (numeric). Diagnostics point into a
 * synthetic "Global defines" buffer listing the definitions, as LLVM's do.
 */

import { ParseError } from "./errors.js";
import { evaluate, parseNumericBlock, scanVariableName, UndefinedVariableError } from "./expression.js";
import { renderMessage, SourceBuffer } from "./source.js";
import type { VariableContext } from "./variables.js";

/**
 * Defines each of `defines` in `ctx`. Returns rendered error messages
 * (empty on success); every definition is attempted.
 */
export function defineGlobals(defines: readonly string[], ctx: VariableContext): string {
  if (defines.length === 0) return "";
  for (const def of defines) {
    if (!def.includes("=")) return `Missing equal sign in command-line definition '-D${def}'\n`;
  }
  // Lay the definitions out as text first so errors can point into it.
  let text = "";
  const spans: { start: number; len: number; numeric: boolean }[] = [];
  defines.forEach((def, k) => {
    const head = `Global define #${k + 1}: `;
    const eq = def.indexOf("=");
    if (eq === -1) {
      spans.push({ start: text.length, len: 0, numeric: false });
      return;
    }
    if (def.startsWith("#")) {
      const block = def.slice(0, eq) + ":" + def.slice(eq + 1);
      text += `${head}${def} (parsed as: [[`;
      spans.push({ start: text.length, len: block.length, numeric: true });
      text += `${block}]])\n`;
    } else {
      text += head;
      spans.push({ start: text.length, len: def.length, numeric: false });
      text += def + "\n";
    }
  });
  const buf = new SourceBuffer("Global defines", text);
  let errors = "";
  for (const span of spans) {
    const def = text.slice(span.start, span.start + span.len);
    try {
      if (def.length === 0) throw new ParseError(span.start, "missing equal sign in global definition", true);
      if (span.numeric) defineNumeric(def.slice(1), span.start + 1, ctx);
      else defineString(def, span.start, ctx);
    } catch (e) {
      if (e instanceof ParseError) {
        errors += renderMessage(buf, e.offset, "error", e.message) + (e.trailingBlankLine ? "\n" : "");
      } else if (e instanceof UndefinedVariableError) {
        // LLVM prints these without a location.
        for (const u of e.uses) errors += `undefined variable: ${u.name}\n`;
      } else {
        throw e;
      }
    }
  }
  return errors;
}

function defineString(def: string, base: number, ctx: VariableContext): void {
  const eq = def.indexOf("=");
  const name = def.slice(0, eq);
  const v = scanVariableName(name, 0, base);
  if (v.pseudo || v.end !== name.length) {
    throw new ParseError(base, `invalid name in string variable definition '${name}'`, true);
  }
  if (ctx.numeric.has(v.name)) {
    throw new ParseError(base, `numeric variable with name '${v.name}' already exists`, true);
  }
  ctx.strings.set(v.name, def.slice(eq + 1));
  ctx.stringNames.add(v.name);
}

function defineNumeric(block: string, base: number, ctx: VariableContext): void {
  const parsed = parseNumericBlock(block, base, false, null, ctx);
  if (parsed.defined === null || parsed.expr === null) {
    throw new ParseError(base, "invalid numeric variable definition", true);
  }
  parsed.defined.value = evaluate(parsed.expr);
  ctx.numeric.set(parsed.defined.name, parsed.defined);
}
