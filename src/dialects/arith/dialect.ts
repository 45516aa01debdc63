import { defineDialect } from "../../irdl/dialect-def.js";
import { FastMathFlagsAttr, IntegerOverflowFlagsAttr } from "./attributes.js";
import { arithOps } from "./ops.js";

/** The `arith` dialect: integer and floating-point arithmetic, comparisons and casts. */
export const arithDialect = defineDialect("arith", {
  ops: arithOps,
  attributes: [FastMathFlagsAttr, IntegerOverflowFlagsAttr],
});
