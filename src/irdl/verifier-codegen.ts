/**
 * Generates the verifier of an operation definition: the checks
 * `OpDef.verifyGeneric` makes, in the same order and with the same
 * messages, unrolled for this definition (the counts compared with
 * constants, one constraint call per single operand and result, the trait
 * verifiers called one by one).
 */
import type { Operation } from "../ir/operation.js";
import { codegenEnabled, ident, Source } from "./codegen.js";
import type { OpDef } from "./op-def.js";

/** The generated verifier of `def`, or null when generated code is off. */
export function generateVerifier(def: OpDef): ((op: Operation) => void) | null {
  if (!codegenEnabled()) return null;
  const s = new Source();
  // Counts: a kind with a variable-length group needs at least its single
  // groups, the others exactly; verifyCounts words the error.
  const c = def.counts;
  const checks = ["regions", "results", "successors", "operands"].map((k, i) => `a.${k}.length ${(def.variable & (1 << i)) !== 0 ? "<" : "!=="} ${c[i]}`);
  s.line(`if (${checks.join(" || ")}) def.verifyCounts(a);`);
  if (def.checksProps) s.line(`def.verifyProperties(a);`);
  if ((def.variable & 8) === 0) {
    def.operands.forEach((o, i) => s.line(`{ const t = a.operands[${i}].value.type; if (!${s.k(o.constraint.test)}(t)) def.valueError(a, true, ${i}, t); }`));
  } else {
    s.line(`def.verifyValues(a, def.operands, true);`);
  }
  if ((def.variable & 2) === 0) {
    def.results.forEach((r, i) => s.line(`{ const t = a.results[${i}].type; if (!${s.k(r.constraint.test)}(t)) def.valueError(a, false, ${i}, t); }`));
  } else {
    s.line(`def.verifyValues(a, def.results, false);`);
  }
  if (def.checksRegions) s.line(`def.verifyRegions(a);`);
  if (def.typeVars.size > 0) s.line(`def.verifyTypeVars(a);`);
  for (const v of def.traitVerifiers) s.line(`${s.k(v)}(a);`);
  if (def.hooks.verify !== undefined) s.line(`${s.k(def.hooks)}.verify(a);`);
  return s.build(`verify_${ident(def.name)}`, { def });
}
