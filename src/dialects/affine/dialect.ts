import { defineDialect } from "../../irdl/dialect-def.js";
import { affineOps } from "./ops.js";

/** The `affine` dialect: loops, conditionals and memory accesses with affine maps of SSA values. */
export const affineDialect = defineDialect("affine", { ops: affineOps });
