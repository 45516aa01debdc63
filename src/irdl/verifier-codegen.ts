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
import { InferredResultTypes, SameOperandsAndResultType, SameTypeOperands } from "./traits.js";
import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { NoneType } from "../dialects/builtin/types/none-type.js";
import { verifyTerminatorPlacement } from "../ir/verify.js";

/**
 * The expression of the type of `name` in a definition without
 * variable-length groups: operand and result `g` are at index `g`; a
 * property's type comes from `typeOf` (undefined when absent, which makes
 * the compare fail and the trait check itself decide).
 */
function typeExpr(def: OpDef, s: Source, name: string): string {
  const o = def.operands.findIndex((x) => x.name === name);
  if (o >= 0) return `a.operands[${o}].value.type`;
  const r = def.results.findIndex((x) => x.name === name);
  if (r >= 0) return `a.results[${r}].type`;
  const p = def.props.findIndex((x) => x.name === name);
  if (p >= 0) return `${s.k(attrType)}(a, pv${p})`;
  return "undefined";
}

/** The type of a property value as `AllTypesMatch` sees it (`OpDef.typeOf`): a typed attribute's, `none` for an untyped string. */
function attrType(op: Operation, a: Attribute | undefined): TypeAttribute | undefined {
  if (a === undefined) return undefined;
  const t = (a as unknown as { type?: TypeAttribute | null }).type;
  if (t == null && a.kind === BuiltinKind.StringAttr) return NoneType.get(op.context);
  return t ?? undefined;
}

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
    // Property values stay in locals (`pv0`...) for the type checks below.
    s.line(`const ap = a.properties; const d = ap !== null && ap.kind === ${BuiltinKind.DictionaryAttr} ? ap : null;`);
    def.props.forEach((p, i) => {
      const v = `pv${i}`;
      s.line(`const ${v} = d === null ? undefined : d.get(${JSON.stringify(p.name)});`);
      s.line(p.optional ? `if (${v} !== undefined && !${s.k(p.constraint.test)}(${v})) def.propertyError(a, ${i}, true);` : `if (${v} === undefined) def.propertyError(a, ${i}, false); if (!${s.k(p.constraint.test)}(${v})) def.propertyError(a, ${i}, true);`);
    });
    if (def.attrSizedOperands || def.attrSizedResults) s.line(`def.verifySegmentSizes(a, d);`);
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
  for (const t of def.traitList) {
    const v = t.verify;
    if (v === undefined) continue;
    if (inlineSame && (v === sameVerify || v === inferVerify)) {
      s.line(`if (!same) ${s.k(v)}(a);`);
      continue;
    }
    // AllTypesMatch and SameTypeOperands without variable-length groups:
    // the types compared in place; the trait's own check words a mismatch.
    let types: string[] | null = null;
    if (def.variable === 0 && t.typeGroup !== undefined) types = t.typeGroup.map((n) => typeExpr(def, s, n));
    else if (def.variable === 0 && v === SameTypeOperands.verify) types = def.operands.map((_, i) => `a.operands[${i}].value.type`);
    if (types !== null && types.length >= 2) {
      s.line(`{ const t0 = ${types[0]}; if (${types.slice(1).map((e) => `${e} !== t0`).join(" || ")}) ${s.k(v)}(a); }`);
      continue;
    }
    if (types !== null && types.length < 2) continue;
    s.line(`${s.k(v)}(a);`);
  }
  if (def.isTerminator) s.line(`${s.k(verifyTerminatorPlacement)}(a);`);
  if (def.hooks.verify !== undefined) s.line(`${s.k(def.hooks)}.verify(a);`);
  return s.build(`verify_${ident(def.name)}`, { def });
}
