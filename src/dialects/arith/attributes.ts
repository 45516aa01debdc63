import { defineBitEnumAttr, intEnum } from "../../irdl/enum-attr.js";

/** `#arith.fastmath<...>`: floating-point fast-math flags. */
export const FastMathFlagsAttr = defineBitEnumAttr({
  dialect: "arith",
  mnemonic: "fastmath",
  bits: { reassoc: 1, nnan: 2, ninf: 4, nsz: 8, arcp: 16, contract: 32, afn: 64 },
  groups: { fast: 127 },
  none: "none",
  separator: ",",
  summary: "Floating point fast math flags",
  cppType: "::mlir::arith::FastMathFlags",
});

/** `#arith.overflow<...>`: integer overflow flags. */
export const IntegerOverflowFlagsAttr = defineBitEnumAttr({
  dialect: "arith",
  mnemonic: "overflow",
  bits: { nsw: 1, nuw: 2 },
  none: "none",
  separator: ", ",
  summary: "Integer overflow arith flags",
  cppType: "::mlir::arith::IntegerOverflowFlags",
});

/** `arith.cmpi` predicates (`predicate = 2 : i64` is `slt`). */
export const CmpIPredicate = intEnum("predicate", { eq: 0, ne: 1, slt: 2, sle: 3, sgt: 4, sge: 5, ult: 6, ule: 7, ugt: 8, uge: 9 });

/** `arith.cmpf` predicates. */
export const CmpFPredicate = intEnum("predicate", {
  false: 0, oeq: 1, ogt: 2, oge: 3, olt: 4, ole: 5, one: 6, ord: 7,
  ueq: 8, ugt: 9, uge: 10, ult: 11, ule: 12, une: 13, uno: 14, true: 15,
});

/** Rounding modes of `arith.truncf` and friends (`roundingmode = 0 : i32`). */
export const RoundingMode = intEnum(
  "roundingmode",
  { to_nearest_even: 0, downward: 1, upward: 2, toward_zero: 3, to_nearest_away: 4 },
  32,
);
