import { boolLikeOf } from "../common/i1-same-shape.js";
import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { opError } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import type { Value } from "../../ir/value.js";
import {
  anyOf,
  anyType,
  boolLike,
  Constraint,
  floatLike,
  memrefOf,
  anySignlessInteger,
  anyFloat,
  signlessIntegerLike,
  signlessIntegerLikeNoIndex,
  signlessIntegerOrIndex,
  typedAttr,
  unitAttr,
  scalarLike,
} from "../../irdl/constraint.js";
import { AllTypesMatch, defaultProp, optionalProp, type OpDef, quoted } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import {
  Commutative,
  ConstantLike,
  Elementwise,
  Idempotent,
  Pure,
  SameOperandsAndResultShape,
  SameOperandsAndResultType,
  SameTypeOperands,
  type Trait,
} from "../../irdl/traits.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { FoldInterface, implement } from "../../ir/op-interface.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { DYNAMIC, type ShapedType } from "../builtin/types/shaped-type.js";
import { printType } from "../../print/attribute-printer.js";
import { CmpFPredicate, CmpIPredicate, FastMathFlagsAttr, IntegerOverflowFlagsAttr, RoundingMode } from "./attributes.js";

// ---- Shared shapes --------------------------------------------------------------------------

const fastmath = defaultProp(FastMathFlagsAttr.constraint, (ctx) => FastMathFlagsAttr.get(ctx, 0));
const overflowFlags = defaultProp(IntegerOverflowFlagsAttr.constraint, (ctx) => IntegerOverflowFlagsAttr.get(ctx, 0));
/** extf/truncf: fast-math flags are optional there, not default-valued (no property when absent). */
const optionalFastmath = optionalProp(FastMathFlagsAttr.constraint);
const elementwise = [Pure, SameOperandsAndResultType, Elementwise] as const;

function intBinary<N extends string>(name: N, extra: readonly import("../../irdl/traits.js").Trait[] = []) {
  return {
    name,
    interfaces: intFolds[name] !== undefined ? [foldInt(intFolds[name]!)] : [],
    operands: { lhs: signlessIntegerLike, rhs: signlessIntegerLike },
    results: { result: signlessIntegerLike },
    traits: [...elementwise, ...extra],
    format: "$lhs `,` $rhs attr-dict `:` type($result)",
  } as const;
}

/**
 * Folds an integer binary op on two scalar integer constants (`fn` on the
 * values; the attribute wraps the result to the type's width, as APInt does).
 */
function foldInt(fn: (a: bigint, b: bigint) => bigint) {
  return implement(FoldInterface, {
    fold(op: Operation, operands: readonly (Attribute | null)[]): Attribute[] | null {
      const a = operands[0];
      const b = operands[1];
      if (a == null || b == null || a.kind !== BuiltinKind.IntegerAttr || b.kind !== BuiltinKind.IntegerAttr) return null;
      const x = a as IntegerAttr;
      const y = b as IntegerAttr;
      return [IntegerAttr.get(op.context, x.type, fn(x.value, y.value))];
    },
  });
}

const intFolds: Record<string, (a: bigint, b: bigint) => bigint> = {
  "arith.addi": (a, b) => a + b,
  "arith.subi": (a, b) => a - b,
  "arith.muli": (a, b) => a * b,
  "arith.andi": (a, b) => a & b,
  "arith.ori": (a, b) => a | b,
  "arith.xori": (a, b) => a ^ b,
};

function intBinaryOverflow<N extends string>(name: N, extra: readonly import("../../irdl/traits.js").Trait[] = []) {
  return {
    name,
    interfaces: intFolds[name] !== undefined ? [foldInt(intFolds[name]!)] : [],
    operands: { lhs: signlessIntegerLike, rhs: signlessIntegerLike },
    results: { result: signlessIntegerLike },
    properties: { overflowFlags },
    traits: [...elementwise, ...extra],
    format: "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)",
  } as const;
}

function intBinaryExact<N extends string>(name: N) {
  return {
    name,
    operands: { lhs: signlessIntegerLike, rhs: signlessIntegerLike },
    results: { result: signlessIntegerLike },
    properties: { isExact: optionalProp(unitAttr) },
    traits: elementwise,
    format: "$lhs `,` $rhs (`exact` $isExact^)? attr-dict `:` type($result)",
  } as const;
}

function floatBinary<N extends string>(name: N, extra: readonly import("../../irdl/traits.js").Trait[] = []) {
  return {
    name,
    operands: { lhs: floatLike, rhs: floatLike },
    results: { result: floatLike },
    properties: { fastmath },
    traits: [...elementwise, ...extra],
    format: "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)",
  } as const;
}

// ---- Constant -------------------------------------------------------------------------------

const constantNames = new WeakMap<Attribute, string>();

/** `%c42_i32`, `%true`, `%cst`: MLIR's name hints for `arith.constant`. */
function constantName(op: Operation): string {
  const value = op.getInherentAttr("value");
  if (value === undefined || value.kind !== BuiltinKind.IntegerAttr) return "cst";
  let name = constantNames.get(value);
  if (name !== undefined) return name;
  const a = value as IntegerAttr;
  const t = op.results.length > 0 ? op.results[0]!.type : a.type;
  if (t.kind === BuiltinKind.IntegerType && (t as IntegerType).width === 1) name = a.smallValue !== 0 ? "true" : "false";
  else name = `c${a.value}` + (t.kind === BuiltinKind.IntegerType ? "_" + printType(t) : "");
  constantNames.set(value, name);
  return name;
}

/** `arith.constant`: an integer, float or elements constant. */
export class ConstantOp extends defineOp({
  name: "arith.constant",
  properties: { value: typedAttr },
  results: { result: anyType },
  traits: [Pure, ConstantLike, AllTypesMatch("value", "result")],
  format: "attr-dict $value",
  resultName: constantName,
  interfaces: [implement(FoldInterface, { fold: (op) => [op.getInherentAttr("value")!] })],
  inferResultTypes(_ctx, _operands, props) {
    const v = props?.get("value") as { type?: TypeAttribute | null } | undefined;
    return v !== undefined && v.type ? [v.type] : null;
  },
  verify(op) {
    const t = op.results[0]!.type;
    if (t.kind === BuiltinKind.IntegerType && !(t as IntegerType).isSignless) throw opError(op, "integer return type must be signless");
    const v = op.getInherentAttr("value")!;
    const k = v.kind;
    if (
      k !== BuiltinKind.IntegerAttr &&
      k !== BuiltinKind.FloatAttr &&
      k !== BuiltinKind.DenseIntOrFPElementsAttr &&
      k !== BuiltinKind.DenseStringElementsAttr &&
      k !== BuiltinKind.DenseResourceElementsAttr &&
      k !== BuiltinKind.SparseElementsAttr
    ) {
      throw opError(op, "value must be an integer, float, or elements attribute");
    }
  },
}) {}

// ---- Integer arithmetic -----------------------------------------------------------------------

export class AddIOp extends defineOp(intBinaryOverflow("arith.addi", [Commutative])) {}
export class SubIOp extends defineOp(intBinaryOverflow("arith.subi")) {}
export class MulIOp extends defineOp(intBinaryOverflow("arith.muli", [Commutative])) {}
export class ShLIOp extends defineOp(intBinaryOverflow("arith.shli")) {}
export class DivUIOp extends defineOp(intBinaryExact("arith.divui")) {}
export class DivSIOp extends defineOp(intBinaryExact("arith.divsi")) {}
export class ShRUIOp extends defineOp(intBinaryExact("arith.shrui")) {}
export class ShRSIOp extends defineOp(intBinaryExact("arith.shrsi")) {}
export class CeilDivUIOp extends defineOp(intBinary("arith.ceildivui")) {}
export class CeilDivSIOp extends defineOp(intBinary("arith.ceildivsi")) {}
export class FloorDivSIOp extends defineOp(intBinary("arith.floordivsi")) {}
export class RemUIOp extends defineOp(intBinary("arith.remui")) {}
export class RemSIOp extends defineOp(intBinary("arith.remsi")) {}
export class AndIOp extends defineOp(intBinary("arith.andi", [Commutative, Idempotent])) {}
export class OrIOp extends defineOp(intBinary("arith.ori", [Commutative, Idempotent])) {}
export class XOrIOp extends defineOp(intBinary("arith.xori", [Commutative])) {}
export class MaxSIOp extends defineOp(intBinary("arith.maxsi", [Commutative])) {}
export class MaxUIOp extends defineOp(intBinary("arith.maxui", [Commutative])) {}
export class MinSIOp extends defineOp(intBinary("arith.minsi", [Commutative])) {}
export class MinUIOp extends defineOp(intBinary("arith.minui", [Commutative])) {}


export class AddUIExtendedOp extends defineOp({
  name: "arith.addui_extended",
  operands: { lhs: signlessIntegerLike, rhs: signlessIntegerLike },
  results: { sum: signlessIntegerLike, overflow: boolLike },
  traits: [Pure, Commutative, AllTypesMatch("lhs", "rhs", "sum"), Elementwise],
  format: "$lhs `,` $rhs attr-dict `:` type($sum) `,` type($overflow)",
  resultName: () => ["sum", "overflow"],
}) {}

function mulExtended<N extends string>(name: N) {
  return {
    name,
    operands: { lhs: signlessIntegerLike, rhs: signlessIntegerLike },
    results: { low: signlessIntegerLike, high: signlessIntegerLike },
    traits: [Pure, Commutative, AllTypesMatch("lhs", "rhs", "low", "high"), Elementwise],
    format: "$lhs `,` $rhs attr-dict `:` type($lhs)",
    resultName: () => ["low", "high"],
    inferResultTypes: (_ctx: Context, operands: readonly Value[]) => (operands.length > 0 ? [operands[0]!.type, operands[0]!.type] : null),
  } as const;
}
export class MulSIExtendedOp extends defineOp(mulExtended("arith.mulsi_extended")) {}
export class MulUIExtendedOp extends defineOp(mulExtended("arith.mului_extended")) {}

// ---- Floating point -------------------------------------------------------------------------

export class AddFOp extends defineOp(floatBinary("arith.addf", [Commutative])) {}
export class SubFOp extends defineOp(floatBinary("arith.subf")) {}
export class MulFOp extends defineOp(floatBinary("arith.mulf", [Commutative])) {}
export class DivFOp extends defineOp(floatBinary("arith.divf")) {}
export class RemFOp extends defineOp(floatBinary("arith.remf")) {}
export class MaximumFOp extends defineOp(floatBinary("arith.maximumf", [Commutative])) {}
export class MinimumFOp extends defineOp(floatBinary("arith.minimumf", [Commutative])) {}
export class MaxNumFOp extends defineOp(floatBinary("arith.maxnumf", [Commutative])) {}
export class MinNumFOp extends defineOp(floatBinary("arith.minnumf", [Commutative])) {}

export class NegFOp extends defineOp({
  name: "arith.negf",
  operands: { operand: floatLike },
  results: { result: floatLike },
  properties: { fastmath },
  traits: elementwise,
  format: "$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)",
}) {}

// ---- Comparison and select ------------------------------------------------------------------

const signlessIntegerOrIndexLikeOfAnyRank = scalarLike<TypeAttribute>(signlessIntegerOrIndex, "signless-integer-like");

export class CmpIOp extends defineOp({
  name: "arith.cmpi",
  operands: { lhs: signlessIntegerOrIndexLikeOfAnyRank, rhs: signlessIntegerOrIndexLikeOfAnyRank },
  results: { result: boolLike },
  properties: { predicate: CmpIPredicate },
  traits: [Pure, SameTypeOperands, Elementwise],
  format: "$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)",
  inferResultTypes: (ctx, operands) => (operands.length > 0 ? [boolLikeOf(ctx, operands[0]!.type)] : null),
  verify: verifyCompareResult,
}) {}

export class CmpFOp extends defineOp({
  name: "arith.cmpf",
  operands: { lhs: floatLike, rhs: floatLike },
  results: { result: boolLike },
  properties: { predicate: CmpFPredicate, fastmath },
  traits: [Pure, SameTypeOperands, Elementwise],
  format: "$predicate `,` $lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs)",
  inferResultTypes: (ctx, operands) => (operands.length > 0 ? [boolLikeOf(ctx, operands[0]!.type)] : null),
  verify: verifyCompareResult,
}) {}

function verifyCompareResult(op: Operation): void {
  const expected = boolLikeOf(op.context, op.operands[0]!.value.type);
  if (op.results[0]!.type !== expected) {
    throw opError(op, `failed to verify that result type has i1 element type and same shape as operands`);
  }
}

export class SelectOp extends defineOp({
  name: "arith.select",
  operands: { condition: boolLike, true_value: anyType, false_value: anyType },
  results: { result: anyType },
  traits: [Pure, AllTypesMatch("true_value", "false_value", "result"), Elementwise],
  parse: parseSelect,
  print: printSelect,
  verify(op) {
    const cond = op.operands[0]!.value.type;
    if (cond.kind === BuiltinKind.IntegerType) return;
    const result = op.results[0]!.type;
    const shapeOf = (t: TypeAttribute): readonly number[] | null =>
      t.kind === BuiltinKind.VectorType || t.kind === BuiltinKind.RankedTensorType ? (t as ShapedType).shape : null;
    const cs = shapeOf(cond);
    const rs = shapeOf(result);
    if (cs === null || rs === null || cs.length !== rs.length || cs.some((d, i) => d !== rs[i]) || cond.kind !== result.kind) {
      throw opError(op, `expected condition type to have the same shape as the result type, expected ${quoted(boolLikeOf(op.context, result))}, but got ${quoted(cond)}`);
    }
  },
}) {}

/** `%c, %t, %f attr-dict : (cond-type ,)? type` (MLIR's hand-written `SelectOp::parse`). */
function parseSelect(p: OpAsmParser, state: ParsedOperationState): void {
  const at = p.currentOffset();
  const ops = [p.parseOperand()];
  p.parsePunctuation(",");
  ops.push(p.parseOperand());
  p.parsePunctuation(",");
  ops.push(p.parseOperand());
  state.attributes = p.parseOptionalAttrDict();
  p.parsePunctuation(":");
  let cond: TypeAttribute = IntegerType.get(p.context, 1);
  let result = p.parseType();
  if (p.parseOptionalPunctuation(",")) {
    cond = result;
    result = p.parseType();
  }
  state.operands = p.resolveOperands(ops, [cond, result, result], at);
  state.resultTypes = [result];
}

function printSelect(p: OpAsmPrinter, op: Operation): void {
  p.write(" ");
  p.printOperands(op.operandValues);
  p.printOptionalAttrDict(op.attributes);
  p.write(" : ");
  const cond = op.operands[0]!.value.type;
  if (cond.kind !== BuiltinKind.IntegerType) {
    p.printType(cond);
    p.write(", ");
  }
  p.printType(op.results[0]!.type);
}

// ---- Casts ---------------------------------------------------------------------------------

function widthOf(t: TypeAttribute): number {
  const el = t.kind === BuiltinKind.VectorType || t.kind === BuiltinKind.RankedTensorType || t.kind === BuiltinKind.UnrankedTensorType
    ? (t as ShapedType).elementType
    : t;
  return (el as { width?: number }).width ?? -1;
}

function castIncompatible(op: Operation): never {
  throw opError(op, `operand type ${quoted(op.operands[0]!.value.type)} and result type ${quoted(op.results[0]!.type)} are cast incompatible`);
}

/**
 * ODS's `SameInputOutputTensorDims`, a `PredOpTrait` on `in` and `out` that
 * every arith cast has: when either is a tensor, both shapes are equal
 * (stricter than `SameOperandsAndResultShape`: `?` does not match `4`). A
 * non-tensor has the empty shape; an unranked tensor matches nothing (MLIR
 * reads the shape of an unranked tensor there, which has none). MLIR checks
 * it with the operand and result constraints, so it comes first in the
 * trait lists, before `SameOperandsAndResultShape` and the cast check.
 */
const sameInputOutputTensorDims: Trait = {
  name: "SameInputOutputTensorDims",
  flags: 0,
  verify(op) {
    const a = tensorDims(op.operands[0]!.value.type);
    const b = tensorDims(op.results[0]!.type);
    if (a === noDims && b === noDims) return; // neither is a tensor
    let same = a !== null && b !== null && a.length === b.length;
    // A loop, not `every`: no closure per cast.
    for (let i = 0; same && i < a!.length; i++) same = a![i] === b![i];
    if (!same) throw opError(op, "failed to verify that input and output have the same tensor dimensions");
  },
};

const noDims: readonly number[] = [];

function tensorDims(t: TypeAttribute): readonly number[] | null {
  if (t.kind === BuiltinKind.RankedTensorType) return (t as ShapedType).shape;
  return t.kind === BuiltinKind.UnrankedTensorType ? null : noDims;
}

/** A cast `$in attr-dict : type($in) to type($out)` with `compatible` on the element widths. */
function cast<N extends string>(name: N, from: Constraint, to: Constraint, compatible: ((inW: number, outW: number) => boolean) | null) {
  return {
    name,
    operands: { in: from },
    results: { out: to },
    traits: [sameInputOutputTensorDims, Pure, SameOperandsAndResultShape, Elementwise],
    format: "$in attr-dict `:` type($in) `to` type($out)",
    verify(op: Operation) {
      if (compatible !== null && !compatible(widthOf(op.operands[0]!.value.type), widthOf(op.results[0]!.type))) castIncompatible(op);
    },
  } as const;
}

const wider = (i: number, o: number): boolean => o > i;
const narrower = (i: number, o: number): boolean => o < i;

export class ExtUIOp extends defineOp(cast("arith.extui", signlessIntegerLikeNoIndex, signlessIntegerLikeNoIndex, wider)) {}
export class ExtSIOp extends defineOp(cast("arith.extsi", signlessIntegerLikeNoIndex, signlessIntegerLikeNoIndex, wider)) {}
export class SIToFPOp extends defineOp(cast("arith.sitofp", signlessIntegerLikeNoIndex, floatLike, null)) {}
export class UIToFPOp extends defineOp(cast("arith.uitofp", signlessIntegerLikeNoIndex, floatLike, null)) {}
export class FPToSIOp extends defineOp(cast("arith.fptosi", floatLike, signlessIntegerLikeNoIndex, null)) {}
export class FPToUIOp extends defineOp(cast("arith.fptoui", floatLike, signlessIntegerLikeNoIndex, null)) {}

export class TruncIOp extends defineOp({
  name: "arith.trunci",
  operands: { in: signlessIntegerLikeNoIndex },
  results: { out: signlessIntegerLikeNoIndex },
  properties: { overflowFlags },
  traits: [sameInputOutputTensorDims, Pure, SameOperandsAndResultShape, Elementwise],
  format: "$in (`overflow` `` $overflowFlags^)? attr-dict `:` type($in) `to` type($out)",
  verify(op) {
    if (!narrower(widthOf(op.operands[0]!.value.type), widthOf(op.results[0]!.type))) castIncompatible(op);
  },
}) {}

export class ExtFOp extends defineOp({
  name: "arith.extf",
  operands: { in: floatLike },
  results: { out: floatLike },
  properties: { fastmath: optionalFastmath },
  traits: [sameInputOutputTensorDims, Pure, SameOperandsAndResultShape, Elementwise],
  format: "$in (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)",
  verify(op) {
    if (!wider(widthOf(op.operands[0]!.value.type), widthOf(op.results[0]!.type))) castIncompatible(op);
  },
}) {}

export class TruncFOp extends defineOp({
  name: "arith.truncf",
  operands: { in: floatLike },
  results: { out: floatLike },
  properties: { roundingmode: optionalProp(RoundingMode), fastmath: optionalFastmath },
  traits: [sameInputOutputTensorDims, Pure, SameOperandsAndResultShape, Elementwise],
  format: "$in ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)",
  verify(op) {
    if (!narrower(widthOf(op.operands[0]!.value.type), widthOf(op.results[0]!.type))) castIncompatible(op);
  },
}) {}

// ---- Scaled casts (OCP MXFP) ------------------------------------------------------------------

/**
 * The `CastOpInterface` check of `arith.scaling_extf` and `arith.scaling_truncf`:
 * `in` and `out` have compatible shapes (both shaped or neither) and their
 * element widths compare as `compatible` says; the scale takes no part, but
 * the message lists it (`operand types 'f32', 'f8E8M0FNU' and result type
 * 'f16' are cast incompatible`). MLIR runs it before `Elementwise`, which
 * then checks the scale's shape.
 */
function scaledCastCompatible(compatible: (inW: number, outW: number) => boolean): Trait {
  return {
    name: "CastOpInterface",
    flags: 0,
    verify(op) {
      const a = op.operands[0]!.value.type;
      const b = op.results[0]!.type;
      if (compatibleShape(a, b) && compatible(widthOf(a), widthOf(b))) return;
      const operands = op.operands.map((o) => quoted(o.value.type)).join(", ");
      throw opError(op, `operand types ${operands} and result type ${quoted(b)} are cast incompatible`);
    },
  };
}

/** MLIR's `verifyCompatibleShape(Type, Type)`: both shaped or neither; ranked shapes agree where both sizes are static. */
function compatibleShape(a: TypeAttribute, b: TypeAttribute): boolean {
  const sa = shapedDims(a);
  const sb = shapedDims(b);
  if (sa === undefined || sb === undefined) return sa === sb;
  if (sa === null || sb === null) return true;
  return sa.length === sb.length && sa.every((d, i) => d === sb[i] || d === DYNAMIC || sb[i] === DYNAMIC);
}

function shapedDims(t: TypeAttribute): readonly number[] | null | undefined {
  const k = t.kind;
  if (k === BuiltinKind.VectorType || k === BuiltinKind.RankedTensorType) return (t as ShapedType).shape;
  return k === BuiltinKind.UnrankedTensorType ? null : undefined;
}

/** `arith.scaling_extf %in, %scale : f4E2M1FN, f8E8M0FNU to f32`: extends `in` and multiplies it by `scale`. */
export class ScalingExtFOp extends defineOp({
  name: "arith.scaling_extf",
  operands: { in: floatLike, scale: floatLike },
  results: { out: floatLike },
  properties: { fastmath: optionalFastmath },
  // MLIR's verifier (`verifyExtOp`) repeats the width check of the cast trait, which fails first.
  traits: [sameInputOutputTensorDims, Pure, scaledCastCompatible(wider), Elementwise],
  format: "$in `,` $scale (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `,` type($scale) `to` type($out)",
}) {}

/** `arith.scaling_truncf %in, %scale : f32, f8E8M0FNU to f4E2M1FN`: divides `in` by `scale` and truncates it. */
export class ScalingTruncFOp extends defineOp({
  name: "arith.scaling_truncf",
  operands: { in: floatLike, scale: floatLike },
  results: { out: floatLike },
  properties: { roundingmode: optionalProp(RoundingMode), fastmath: optionalFastmath },
  traits: [sameInputOutputTensorDims, Pure, scaledCastCompatible(narrower), Elementwise],
  format:
    "$in `,` $scale ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `,` type($scale) `to` type($out)",
}) {}

const indexCastType = anyOf<TypeAttribute>([signlessIntegerLike, memrefOf(signlessIntegerOrIndex)], "signless-integer-like or memref of signless-integer");

function isIndexLike(t: TypeAttribute): boolean {
  const el = t.kind === BuiltinKind.IndexType ? t : (t as Partial<ShapedType>).elementType;
  return el !== undefined && el.kind === BuiltinKind.IndexType;
}

function indexCast<N extends string>(name: N) {
  return {
    name,
    operands: { in: indexCastType },
    results: { out: indexCastType },
    traits: [sameInputOutputTensorDims, Pure, SameOperandsAndResultShape, Elementwise],
    format: "$in attr-dict `:` type($in) `to` type($out)",
    verify(op: Operation) {
      // Exactly one side is index-like.
      if (isIndexLike(op.operands[0]!.value.type) === isIndexLike(op.results[0]!.type)) castIncompatible(op);
    },
  } as const;
}
export class IndexCastOp extends defineOp(indexCast("arith.index_cast")) {}
export class IndexCastUIOp extends defineOp(indexCast("arith.index_castui")) {}

const bitcastType = anyOf<TypeAttribute>(
  [scalarLike(anyOf([anySignlessInteger, anyFloat]), "signless-integer-or-float-like"), memrefOf(anyOf([anySignlessInteger, anyFloat]))],
  "signless-integer-or-float-like or memref of signless-integer or float",
);

export class BitcastOp extends defineOp({
  name: "arith.bitcast",
  operands: { in: bitcastType },
  results: { out: bitcastType },
  traits: [sameInputOutputTensorDims, Pure, SameOperandsAndResultShape, Elementwise],
  format: "$in attr-dict `:` type($in) `to` type($out)",
  verify(op) {
    if (widthOf(op.operands[0]!.value.type) !== widthOf(op.results[0]!.type)) castIncompatible(op);
  },
}) {}

/** Every operation of the dialect. */
export const arithOps: readonly { readonly def: OpDef }[] = [
  ConstantOp, AddIOp, SubIOp, MulIOp, ShLIOp, DivUIOp, DivSIOp, ShRUIOp, ShRSIOp, CeilDivUIOp, CeilDivSIOp, FloorDivSIOp,
  RemUIOp, RemSIOp, AndIOp, OrIOp, XOrIOp, MaxSIOp, MaxUIOp, MinSIOp, MinUIOp, AddUIExtendedOp, MulSIExtendedOp, MulUIExtendedOp,
  AddFOp, SubFOp, MulFOp, DivFOp, RemFOp, MaximumFOp, MinimumFOp, MaxNumFOp, MinNumFOp, NegFOp, CmpIOp, CmpFOp, SelectOp,
  ExtUIOp, ExtSIOp, SIToFPOp, UIToFPOp, FPToSIOp, FPToUIOp, TruncIOp, ExtFOp, TruncFOp, ScalingExtFOp, ScalingTruncFOp, IndexCastOp,
  IndexCastUIOp, BitcastOp,
];

