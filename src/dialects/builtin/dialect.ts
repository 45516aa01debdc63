import { Dialect } from "../../ir/dialect.js";
import { moduleOp } from "./ops/module-op.js";
import { unrealizedConversionCastOp } from "./ops/unrealized-conversion-cast-op.js";

/** The builtin dialect: always loaded in every `Context`. */
export const builtinDialect = new Dialect("builtin", [moduleOp, unrealizedConversionCastOp]);
