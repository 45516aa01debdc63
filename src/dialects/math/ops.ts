import { boolLikeOf } from "../common/i1-same-shape.js";
import type { Context } from "../../ir/context.js";
import { opError } from "../../ir/diagnostic.js";
import type { Value } from "../../ir/value.js";
import { boolLike, floatLike, signlessIntegerLike } from "../../irdl/constraint.js";
import { AllTypesMatch, defaultProp, type OpDef } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { Elementwise, Pure, SameOperandsAndResultShape, SameOperandsAndResultType, type Trait } from "../../irdl/traits.js";
import { FastMathFlagsAttr } from "../arith/attributes.js";

// ---- Shared shapes --------------------------------------------------------------------------

/** `fastmath = #arith.fastmath<none>` unless given (ODS's `DefaultValuedAttr`). */
const fastmath = defaultProp(FastMathFlagsAttr.constraint, (ctx) => FastMathFlagsAttr.get(ctx, 0));

/** Every math op is pure and elementwise mappable over vectors and tensors (`Math_Op`). */
const sameTypeElementwise: readonly Trait[] = [SameOperandsAndResultType, Pure, Elementwise];

/** `Math_FloatUnaryOp`: `math.sqrt %x fastmath<fast> : f32`. */
function floatUnary<N extends string>(name: N) {
  return {
    name,
    operands: { operand: floatLike },
    results: { result: floatLike },
    properties: { fastmath },
    traits: sameTypeElementwise,
    format: "$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)",
  } as const;
}

/** `Math_FloatBinaryOp`: `math.powf %x, %y : f32`. */
function floatBinary<N extends string>(name: N) {
  return {
    name,
    operands: { lhs: floatLike, rhs: floatLike },
    results: { result: floatLike },
    properties: { fastmath },
    traits: sameTypeElementwise,
    format: "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)",
  } as const;
}

/** `Math_IntegerUnaryOp`: `math.ctpop %x : i32`. */
function integerUnary<N extends string>(name: N) {
  return {
    name,
    operands: { operand: signlessIntegerLike },
    results: { result: signlessIntegerLike },
    traits: sameTypeElementwise,
    format: "$operand attr-dict `:` type($result)",
  } as const;
}


/**
 * ODS's `TypesMatchWith<"result type has i1 element type and same shape as
 * operands", ...>`: checked with the operand and result constraints, before
 * the elementwise trait.
 */
const boolResultOfOperandShape: Trait = {
  name: "TypesMatchWith",
  flags: 0,
  verify(op) {
    if (op.results[0]!.type !== boolLikeOf(op.context, op.operands[0]!.value.type)) {
      throw opError(op, "failed to verify that result type has i1 element type and same shape as operands");
    }
  },
};

/** `Math_FloatClassificationOp`: `math.isnan %x : f32` gives `i1`; fast-math flags only in the attribute dictionary. */
function floatClassification<N extends string>(name: N) {
  return {
    name,
    operands: { operand: floatLike },
    results: { result: boolLike },
    properties: { fastmath },
    traits: [boolResultOfOperandShape, Pure, Elementwise],
    format: "$operand attr-dict `:` type($operand)",
    inferResultTypes: (ctx: Context, operands: readonly Value[]) => (operands.length > 0 ? [boolLikeOf(ctx, operands[0]!.type)] : null),
  } as const;
}

// ---- Integer operations ----------------------------------------------------------------------

/** `math.absi`: integer absolute value. */
export class AbsIOp extends defineOp(integerUnary("math.absi")) {}
/** `math.ctlz`: number of leading zero bits. */
export class CountLeadingZerosOp extends defineOp(integerUnary("math.ctlz")) {}
/** `math.cttz`: number of trailing zero bits. */
export class CountTrailingZerosOp extends defineOp(integerUnary("math.cttz")) {}
/** `math.ctpop`: number of set bits. */
export class CtPopOp extends defineOp(integerUnary("math.ctpop")) {}

/** `math.ipowi`: integer power, `math.ipowi %b, %e : i32`. */
export class IPowIOp extends defineOp({
  name: "math.ipowi",
  operands: { lhs: signlessIntegerLike, rhs: signlessIntegerLike },
  results: { result: signlessIntegerLike },
  traits: sameTypeElementwise,
  format: "$lhs `,` $rhs attr-dict `:` type($result)",
}) {}

// ---- Floating-point unary operations -----------------------------------------------------

/** `math.absf`: floating-point absolute value. */
export class AbsFOp extends defineOp(floatUnary("math.absf")) {}
/** `math.acos`: arc cosine. */
export class AcosOp extends defineOp(floatUnary("math.acos")) {}
/** `math.acosh`: inverse hyperbolic cosine. */
export class AcoshOp extends defineOp(floatUnary("math.acosh")) {}
/** `math.asin`: arc sine. */
export class AsinOp extends defineOp(floatUnary("math.asin")) {}
/** `math.asinh`: inverse hyperbolic sine. */
export class AsinhOp extends defineOp(floatUnary("math.asinh")) {}
/** `math.atan`: arc tangent. */
export class AtanOp extends defineOp(floatUnary("math.atan")) {}
/** `math.atanh`: inverse hyperbolic tangent. */
export class AtanhOp extends defineOp(floatUnary("math.atanh")) {}
/** `math.cbrt`: cube root. */
export class CbrtOp extends defineOp(floatUnary("math.cbrt")) {}
/** `math.ceil`: rounds up to an integral value. */
export class CeilOp extends defineOp(floatUnary("math.ceil")) {}
/** `math.cos`: cosine. */
export class CosOp extends defineOp(floatUnary("math.cos")) {}
/** `math.cosh`: hyperbolic cosine. */
export class CoshOp extends defineOp(floatUnary("math.cosh")) {}
/** `math.erf`: error function. */
export class ErfOp extends defineOp(floatUnary("math.erf")) {}
/** `math.erfc`: complementary error function. */
export class ErfcOp extends defineOp(floatUnary("math.erfc")) {}
/** `math.exp`: base-e exponential. */
export class ExpOp extends defineOp(floatUnary("math.exp")) {}
/** `math.exp2`: base-2 exponential. */
export class Exp2Op extends defineOp(floatUnary("math.exp2")) {}
/** `math.expm1`: `exp(x) - 1`. */
export class ExpM1Op extends defineOp(floatUnary("math.expm1")) {}
/** `math.floor`: rounds down to an integral value. */
export class FloorOp extends defineOp(floatUnary("math.floor")) {}
/** `math.log`: natural logarithm. */
export class LogOp extends defineOp(floatUnary("math.log")) {}
/** `math.log10`: base-10 logarithm. */
export class Log10Op extends defineOp(floatUnary("math.log10")) {}
/** `math.log1p`: `log(1 + x)`. */
export class Log1pOp extends defineOp(floatUnary("math.log1p")) {}
/** `math.log2`: base-2 logarithm. */
export class Log2Op extends defineOp(floatUnary("math.log2")) {}
/** `math.round`: rounds to the nearest integral value, halfway cases away from zero. */
export class RoundOp extends defineOp(floatUnary("math.round")) {}
/** `math.roundeven`: rounds to the nearest integral value, halfway cases to even. */
export class RoundEvenOp extends defineOp(floatUnary("math.roundeven")) {}
/** `math.rsqrt`: reciprocal of the square root. */
export class RsqrtOp extends defineOp(floatUnary("math.rsqrt")) {}
/** `math.sin`: sine. */
export class SinOp extends defineOp(floatUnary("math.sin")) {}
/** `math.sinh`: hyperbolic sine. */
export class SinhOp extends defineOp(floatUnary("math.sinh")) {}
/** `math.sqrt`: square root. */
export class SqrtOp extends defineOp(floatUnary("math.sqrt")) {}
/** `math.tan`: tangent. */
export class TanOp extends defineOp(floatUnary("math.tan")) {}
/** `math.tanh`: hyperbolic tangent. */
export class TanhOp extends defineOp(floatUnary("math.tanh")) {}
/** `math.trunc`: rounds toward zero to an integral value. */
export class TruncOp extends defineOp(floatUnary("math.trunc")) {}

// ---- Floating-point binary and ternary operations ---------------------------------------

/** `math.atan2`: two-argument arc tangent. */
export class Atan2Op extends defineOp(floatBinary("math.atan2")) {}
/** `math.copysign`: magnitude of the first operand, sign of the second. */
export class CopySignOp extends defineOp(floatBinary("math.copysign")) {}
/** `math.powf`: floating-point power. */
export class PowFOp extends defineOp(floatBinary("math.powf")) {}

/** `math.fpowi`: a float raised to an integer power, `math.fpowi %x, %n : f32, i32`. */
export class FPowIOp extends defineOp({
  name: "math.fpowi",
  operands: { lhs: floatLike, rhs: signlessIntegerLike },
  results: { result: floatLike },
  properties: { fastmath },
  traits: [AllTypesMatch("lhs", "result"), SameOperandsAndResultShape, Pure, Elementwise],
  format: "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs) `,` type($rhs)",
  inferResultTypes: (_ctx, operands) => (operands.length > 0 ? [operands[0]!.type] : null),
}) {}

/** `math.fma`: fused multiply-add `a * b + c`. */
export class FmaOp extends defineOp({
  name: "math.fma",
  operands: { a: floatLike, b: floatLike, c: floatLike },
  results: { result: floatLike },
  properties: { fastmath },
  traits: sameTypeElementwise,
  format: "$a `,` $b `,` $c (`fastmath` `` $fastmath^)? attr-dict `:` type($result)",
}) {}

/** `math.clampf`: clamps a value to `[min, max]`, `math.clampf %x to [%lo, %hi] : f32`. */
export class ClampFOp extends defineOp({
  name: "math.clampf",
  operands: { operand: floatLike, min: floatLike, max: floatLike },
  results: { result: floatLike },
  properties: { fastmath },
  traits: sameTypeElementwise,
  format: "$operand `to` ` ` `[` $min `,` $max `]` (`fastmath` `` $fastmath^)? attr-dict `:` type($result)",
}) {}

/** `math.sincos`: sine and cosine of one value (results named `%sin`, `%cos`). */
export class SincosOp extends defineOp({
  name: "math.sincos",
  operands: { operand: floatLike },
  results: { sin: floatLike, cos: floatLike },
  properties: { fastmath },
  traits: [Pure, Elementwise, AllTypesMatch("operand", "sin", "cos")],
  format: "$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($operand)",
  resultName: () => ["sin", "cos"],
  inferResultTypes: (_ctx, operands) => (operands.length > 0 ? [operands[0]!.type, operands[0]!.type] : null),
}) {}

// ---- Classification ---------------------------------------------------------------------

/** `math.isfinite`: true when the value is neither infinite nor NaN. */
export class IsFiniteOp extends defineOp(floatClassification("math.isfinite")) {}
/** `math.isinf`: true when the value is infinite. */
export class IsInfOp extends defineOp(floatClassification("math.isinf")) {}
/** `math.isnan`: true when the value is NaN. */
export class IsNaNOp extends defineOp(floatClassification("math.isnan")) {}
/** `math.isnormal`: true when the value is a normal number. */
export class IsNormalOp extends defineOp(floatClassification("math.isnormal")) {}

/** Every operation of the dialect. */
export const mathOps: readonly { readonly def: OpDef }[] = [
  AbsFOp, AbsIOp, AcosOp, AcoshOp, AsinOp, AsinhOp, AtanOp, Atan2Op, AtanhOp, CbrtOp, CeilOp, ClampFOp, CopySignOp, CosOp,
  CoshOp, CountLeadingZerosOp, CountTrailingZerosOp, CtPopOp, ErfOp, ErfcOp, ExpOp, Exp2Op, ExpM1Op, FloorOp, FmaOp, FPowIOp,
  IPowIOp, IsFiniteOp, IsInfOp, IsNaNOp, IsNormalOp, LogOp, Log10Op, Log1pOp, Log2Op, PowFOp, RoundOp, RoundEvenOp, RsqrtOp,
  SinOp, SincosOp, SinhOp, SqrtOp, TanOp, TanhOp, TruncOp,
];
