import { anyType } from "../../irdl/constraint.js";
import { defaultProp, type OpDef } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { ConstantLike, Pure, Terminator } from "../../irdl/traits.js";
import { PoisonAttr, poisonAttrInterface } from "./attributes.js";

/**
 * `ub.poison : T`: a poison value of any type; `ub.poison <#attr> : T` names
 * another poison attribute (the default `#ub.poison` is not printed).
 */
export class PoisonOp extends defineOp({
  name: "ub.poison",
  properties: { value: defaultProp(poisonAttrInterface, (ctx) => PoisonAttr.get(ctx)) },
  results: { result: anyType },
  traits: [ConstantLike, Pure],
  format: "attr-dict (`<` $value^ `>`)? `:` type($result)",
}) {}

/** `ub.unreachable`: control never reaches this terminator. */
export class UnreachableOp extends defineOp({
  name: "ub.unreachable",
  traits: [Terminator],
  format: "attr-dict",
}) {}

/** Every operation of the dialect. */
export const ubOps: readonly { readonly def: OpDef }[] = [PoisonOp, UnreachableOp];
