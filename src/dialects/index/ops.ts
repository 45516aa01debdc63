import type { TypeAttribute } from "../../ir/attribute.js";
import { opError } from "../../ir/diagnostic.js";
import type { Operation } from "../../ir/operation.js";
import { anyInteger, anyOf, boolAttr, i1, index, indexAttr } from "../../irdl/constraint.js";
import { type OpDef, quoted } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { Commutative, ConstantLike, Pure, type Trait } from "../../irdl/traits.js";
import type { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexCmpPredicateAttr } from "./attributes.js";

// ---- Binary operations ------------------------------------------------------------------------

/** `IndexBinaryOp`: `index.add %a, %b` on `index` values. */
function binary<N extends string>(name: N, extra: readonly Trait[] = []) {
  return {
    name,
    operands: { lhs: index, rhs: index },
    results: { result: index },
    traits: [Pure, ...extra],
    format: "$lhs `,` $rhs attr-dict",
  } as const;
}

/** `index.add`: addition. */
export class AddOp extends defineOp(binary("index.add", [Commutative])) {}
/** `index.sub`: subtraction. */
export class SubOp extends defineOp(binary("index.sub")) {}
/** `index.mul`: multiplication. */
export class MulOp extends defineOp(binary("index.mul", [Commutative])) {}
/** `index.divs`: signed division, rounding toward zero. */
export class DivSOp extends defineOp(binary("index.divs")) {}
/** `index.divu`: unsigned division. */
export class DivUOp extends defineOp(binary("index.divu")) {}
/** `index.ceildivs`: signed division, rounding toward positive infinity. */
export class CeilDivSOp extends defineOp(binary("index.ceildivs")) {}
/** `index.ceildivu`: unsigned division, rounding up. */
export class CeilDivUOp extends defineOp(binary("index.ceildivu")) {}
/** `index.floordivs`: signed division, rounding toward negative infinity. */
export class FloorDivSOp extends defineOp(binary("index.floordivs")) {}
/** `index.rems`: signed remainder. */
export class RemSOp extends defineOp(binary("index.rems")) {}
/** `index.remu`: unsigned remainder. */
export class RemUOp extends defineOp(binary("index.remu")) {}
/** `index.maxs`: signed maximum. */
export class MaxSOp extends defineOp(binary("index.maxs", [Commutative])) {}
/** `index.maxu`: unsigned maximum. */
export class MaxUOp extends defineOp(binary("index.maxu", [Commutative])) {}
/** `index.mins`: signed minimum. */
export class MinSOp extends defineOp(binary("index.mins", [Commutative])) {}
/** `index.minu`: unsigned minimum. */
export class MinUOp extends defineOp(binary("index.minu", [Commutative])) {}
/** `index.shl`: shift left. */
export class ShlOp extends defineOp(binary("index.shl")) {}
/** `index.shrs`: arithmetic (signed) shift right. */
export class ShrSOp extends defineOp(binary("index.shrs")) {}
/** `index.shru`: logical (unsigned) shift right. */
export class ShrUOp extends defineOp(binary("index.shru")) {}
/** `index.and`: bitwise and. */
export class AndOp extends defineOp(binary("index.and", [Commutative])) {}
/** `index.or`: bitwise or. */
export class OrOp extends defineOp(binary("index.or", [Commutative])) {}
/** `index.xor`: bitwise exclusive or. */
export class XOrOp extends defineOp(binary("index.xor", [Commutative])) {}

// ---- Comparison -------------------------------------------------------------------------------

/** `index.cmp`: compares two index values, `index.cmp slt(%a, %b)`, giving an `i1`. */
export class CmpOp extends defineOp({
  name: "index.cmp",
  operands: { lhs: index, rhs: index },
  results: { result: i1 },
  properties: { pred: IndexCmpPredicateAttr.constraint },
  traits: [Pure],
  format: "`` $pred `(` $lhs `,` $rhs `)` attr-dict",
}) {}

// ---- Constants --------------------------------------------------------------------------------

/** `index.constant`: an index constant; the result is named `%idx<value>` (`%idx0`, `%idx-3`). */
export class ConstantOp extends defineOp({
  name: "index.constant",
  properties: { value: indexAttr },
  results: { result: index },
  traits: [Pure, ConstantLike],
  format: "attr-dict $value",
  resultName: (op: Operation) => {
    const v = op.getInherentAttr("value");
    return v !== undefined && v.kind === BuiltinKind.IntegerAttr ? `idx${(v as IntegerAttr).value}` : null;
  },
}) {}

/** `index.bool.constant`: an `i1` constant (`%true`, `%false`). */
export class BoolConstantOp extends defineOp({
  name: "index.bool.constant",
  properties: { value: boolAttr },
  results: { result: i1 },
  traits: [Pure, ConstantLike],
  format: "attr-dict $value",
  resultName: (op: Operation) => {
    const v = op.getInherentAttr("value");
    if (v === undefined || v.kind !== BuiltinKind.IntegerAttr) return null;
    return (v as IntegerAttr).smallValue !== 0 ? "true" : "false";
  },
}) {}

// ---- Casts and sizeof -------------------------------------------------------------------------

const integerOrIndex = anyOf<TypeAttribute>([anyInteger, index], "integer or index");

/** `index.casts`/`index.castu`: exactly one side is `index` (MLIR's `areCastCompatible`). */
function cast<N extends string>(name: N) {
  return {
    name,
    operands: { input: integerOrIndex },
    results: { output: integerOrIndex },
    traits: [Pure],
    format: "$input attr-dict `:` type($input) `to` type($output)",
    verify(op: Operation) {
      const from = op.operands[0]!.value.type;
      const to = op.results[0]!.type;
      if ((from.kind === BuiltinKind.IndexType) === (to.kind === BuiltinKind.IndexType)) {
        throw opError(op, `operand type ${quoted(from)} and result type ${quoted(to)} are cast incompatible`);
      }
    },
  } as const;
}

/** `index.casts`: signed cast between `index` and an integer type (sign-extends or truncates). */
export class CastSOp extends defineOp(cast("index.casts")) {}
/** `index.castu`: unsigned cast between `index` and an integer type (zero-extends or truncates). */
export class CastUOp extends defineOp(cast("index.castu")) {}

/** `index.sizeof`: the width of `index` in bits, on the target. */
export class SizeOfOp extends defineOp({
  name: "index.sizeof",
  results: { result: index },
  traits: [Pure],
  format: "attr-dict",
}) {}

/** Every operation of the dialect. */
export const indexOps: readonly { readonly def: OpDef }[] = [
  AddOp, SubOp, MulOp, DivSOp, DivUOp, CeilDivSOp, CeilDivUOp, FloorDivSOp, RemSOp, RemUOp, MaxSOp, MaxUOp, MinSOp, MinUOp,
  ShlOp, ShrSOp, ShrUOp, AndOp, OrOp, XOrOp, CmpOp, ConstantOp, BoolConstantOp, CastSOp, CastUOp, SizeOfOp,
];
