import { defineDialect } from "../../irdl/dialect-def.js";
import { CombiningKindAttr, IteratorTypeAttr, PrintPunctuationAttr } from "./attributes.js";
import { vectorOps } from "./ops.js";

/** The `vector` dialect: n-D vectors (element access, shuffles, reductions, transfers to and from memory). */
export const vectorDialect = defineDialect("vector", {
  ops: vectorOps,
  attributes: [CombiningKindAttr, PrintPunctuationAttr, IteratorTypeAttr],
});
