import { defineDialect } from "../../irdl/dialect-def.js";
import { irdlOps } from "./ops.js";
import { IRDLAttributeType, IRDLRegionType, VariadicityArrayAttr } from "./types.js";

/** The `irdl` dialect: dialects described as IR (MLIR's IRDL), loadable with `--irdl-file`. */
export const irdlDialect = defineDialect("irdl", { ops: irdlOps, types: [IRDLAttributeType, IRDLRegionType], attributes: [VariadicityArrayAttr] });
