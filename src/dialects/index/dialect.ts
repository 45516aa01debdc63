import { defineDialect } from "../../irdl/dialect-def.js";
import { IndexCmpPredicateAttr } from "./attributes.js";
import { indexOps } from "./ops.js";

/**
 * The `index` dialect: arithmetic, comparisons, constants and casts on
 * `index` values, whose width is the target's (`index.sizeof`).
 */
export const indexDialect = defineDialect("index", { ops: indexOps, attributes: [IndexCmpPredicateAttr] });
