import { defineDialect } from "../../irdl/dialect-def.js";
import { memrefOps } from "./ops.js";

/** The `memref` dialect: memory buffers, their allocation, views and accesses. */
export const memrefDialect = defineDialect("memref", { ops: memrefOps });
