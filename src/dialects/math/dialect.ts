import { defineDialect } from "../../irdl/dialect-def.js";
import { mathOps } from "./ops.js";

/**
 * The `math` dialect: elementwise mathematical functions on integers and
 * floats (`math.sqrt`, `math.ctpop`, ...), with `#arith.fastmath` flags.
 */
export const mathDialect = defineDialect("math", { ops: mathOps });
