import { defineDialect } from "../../irdl/dialect-def.js";
import { scfOps } from "./ops.js";

/** The `scf` dialect: structured control flow (loops, conditionals, switches, parallel loops). */
export const scfDialect = defineDialect("scf", { ops: scfOps });
