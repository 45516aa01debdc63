import type { Context } from "../ir/context.js";
import type { Dialect } from "../ir/dialect.js";
import { affineDialect } from "./affine/dialect.js";
import { arithDialect } from "./arith/dialect.js";
import { cfDialect } from "./cf/dialect.js";
import { funcDialect } from "./func/dialect.js";
import { indexDialect } from "./index/dialect.js";
import { irdlDialect } from "./irdl/dialect.js";
import { mathDialect } from "./math/dialect.js";
import { memrefDialect } from "./memref/dialect.js";
import { scfDialect } from "./scf/dialect.js";
import { tensorDialect } from "./tensor/dialect.js";
import { testDialect } from "./test/dialect.js";
import { ubDialect } from "./ub/dialect.js";
import { vectorDialect } from "./vector/dialect.js";

/** Every dialect tsdl defines (builtin is always loaded). */
export const allDialects: readonly Dialect[] = [
  affineDialect, arithDialect, cfDialect, funcDialect, indexDialect, irdlDialect, mathDialect, memrefDialect, scfDialect,
  tensorDialect, testDialect, ubDialect, vectorDialect,
];

/** Loads every dialect into `ctx` (what `tsdl-opt` does). Returns `ctx`. */
export function loadAllDialects(ctx: Context): Context {
  for (const d of allDialects) ctx.loadDialect(d);
  return ctx;
}
