import type { Context } from "../ir/context.js";
import type { Dialect } from "../ir/dialect.js";
import { arithDialect } from "./arith/dialect.js";
import { funcDialect } from "./func/dialect.js";
import { tensorDialect } from "./tensor/dialect.js";
import { testDialect } from "./test/dialect.js";
import { vectorDialect } from "./vector/dialect.js";

/** Every dialect tsdl defines (builtin is always loaded). */
export const allDialects: readonly Dialect[] = [arithDialect, funcDialect, tensorDialect, testDialect, vectorDialect];

/** Loads every dialect into `ctx` (what `tsdl-opt` does). Returns `ctx`. */
export function loadAllDialects(ctx: Context): Context {
  for (const d of allDialects) ctx.loadDialect(d);
  return ctx;
}
