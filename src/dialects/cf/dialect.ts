import { defineDialect } from "../../irdl/dialect-def.js";
import { cfOps } from "./ops.js";

/** The `cf` dialect: unstructured control flow (branches, switches, assertions). */
export const cfDialect = defineDialect("cf", { ops: cfOps });
