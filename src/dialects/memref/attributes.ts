import { intEnum } from "../../irdl/enum-attr.js";

/**
 * The kinds of `memref.atomic_rmw` (MLIR's `arith::AtomicRMWKind`, an
 * `I64EnumAttr`: `kind = 0 : i64` is `addf`).
 */
export const AtomicRMWKind = intEnum("kind", {
  addf: 0, addi: 1, andi: 2, assign: 3, maximumf: 4, maxnumf: 5, maxs: 6, maxu: 7,
  minimumf: 8, minnumf: 9, mins: 10, minu: 11, mulf: 12, muli: 13, ori: 14, xori: 15,
});
