/**
 * Generates the verifier of an operation definition: the checks
 * `OpDef.verifyGeneric` makes, in the same order and with the same
 * messages, unrolled for this definition (the counts compared with
 * constants, one constraint call per single operand and result, the trait
 * verifiers called one by one).
 */
import type { Operation } from "../ir/operation.js";
import { codegenEnabled, ident, Source } from "./codegen.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import type { OpDef } from "./op-def.js";
import { InferredResultTypes, SameOperandsAndResultType } from "./traits.js";
import { verifyTerminatorPlacement } from "../ir/verify.js";

/** The generated verifier of `def`, or null when generated code is off. */
export function generateVerifier(def: OpDef): ((op: Operation) => void) | null {
  if (!codegenEnabled()) return null;
  const s = new Source();
  // Counts: a kind with a variable-length group needs at least its single
  // groups, the others exactly; verifyCounts words the error.
  const c = def.counts;
  const checks = ["regions", "results", "successors", "operands"].map((k, i) => `a.${k}.length ${(def.variable & (1 << i)) !== 0 ? "<" : "!=="} ${c[i]}`);
  s.line(`if (${checks.join(" || ")}) def.verifyCounts(a);`);
  if (def.checksProps) {
    // Each property in order: present (unless optional) and satisfying its constraint.
    s.line(`{ const p = a.properties; const d = p !== null && p.kind === ${BuiltinKind.DictionaryAttr} ? p : null;`);
    def.props.forEach((p, i) => {
      s.line(`{ const v = d === null ? undefined : d.get(${JSON.stringify(p.name)});`);
      s.line(p.optional ? `if (v !== undefined && !${s.k(p.constraint.test)}(v)) def.propertyError(a, ${i}, true); }` : `if (v === undefined) def.propertyError(a, ${i}, false); if (!${s.k(p.constraint.test)}(v)) def.propertyError(a, ${i}, true); }`);
    });
    if (def.attrSizedOperands || def.attrSizedResults) s.line(`def.verifySegmentSizes(a, d);`);
    s.line(`}`);
  }
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
  // SameOperandsAndResultType (and the result-type check ODS adds with it)
  // pass at once when every operand and result has one type: with fixed
  // counts, that is a few compares in place of two calls.
  const sameVerify = SameOperandsAndResultType.verify;
  const inferVerify = InferredResultTypes.verify;
  const inlineSame = def.variable === 0 && c[1]! > 0 && c[3]! > 0 && def.traitVerifiers.includes(sameVerify!);
  if (inlineSame) {
    const types = [...Array.from({ length: c[3]! }, (_, i) => `a.operands[${i}].value.type`), ...Array.from({ length: c[1]! - 1 }, (_, i) => `a.results[${i + 1}].type`)];
    s.line(`const same = ${types.map((t) => `${t} === a.results[0].type`).join(" && ")};`);
  }
  for (const v of def.traitVerifiers) {
    if (inlineSame && (v === sameVerify || v === inferVerify)) s.line(`if (!same) ${s.k(v)}(a);`);
    else s.line(`${s.k(v)}(a);`);
  }
  if (def.isTerminator) s.line(`${s.k(verifyTerminatorPlacement)}(a);`);
  if (def.hooks.verify !== undefined) s.line(`${s.k(def.hooks)}.verify(a);`);
  return s.build(`verify_${ident(def.name)}`, { def });
}
