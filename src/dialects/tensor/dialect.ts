import { defineDialect } from "../../irdl/dialect-def.js";
import { tensorOps } from "./ops.js";

/** The `tensor` dialect: value-semantics tensors (element access, slices, reshapes, padding). */
export const tensorDialect = defineDialect("tensor", { ops: tensorOps });
