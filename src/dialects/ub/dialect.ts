import { defineDialect } from "../../irdl/dialect-def.js";
import { PoisonAttr } from "./attributes.js";
import { ubOps } from "./ops.js";

/** The `ub` dialect: undefined behaviour, `ub.poison` values and `ub.unreachable`. */
export const ubDialect = defineDialect("ub", { ops: ubOps, attributes: [PoisonAttr] });
