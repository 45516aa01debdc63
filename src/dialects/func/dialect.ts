import { defineDialect } from "../../irdl/dialect-def.js";
import { funcOps } from "./ops.js";

/** The `func` dialect: functions, calls and returns. */
export const funcDialect = defineDialect("func", { ops: funcOps });
