/**
 * Index lists shared by the tensor, memref and vector dialects (MLIR keeps
 * them in `ViewLikeInterface`): `[0, %i]` mixing SSA values and integers,
 * `i64` dense arrays with `ShapedType::kDynamic` as INT64_MIN.
 */
import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import type { AsmParser, AsmPrinter, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import type { Value } from "../../ir/value.js";
import { denseI64Array, type Constraint } from "../../irdl/constraint.js";
import type { CustomDirective } from "../../irdl/format/compile.js";
import type { OpDef } from "../../irdl/op-def.js";
import { DenseArrayAttr } from "../builtin/attributes/dense-array-attr.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { DYNAMIC } from "../builtin/types/shaped-type.js";

/** MLIR's `ShapedType::kDynamic` as stored in an `i64` array (`-9223372036854775808`). */
const INT64_MIN = -(1n << 63n);

/** `array<i64: ...>` of `values` ({@link DYNAMIC} is stored as `INT64_MIN`, as MLIR does). */
export function i64ArrayAttr(ctx: Context, values: readonly (number | bigint)[]): DenseArrayAttr {
  const data = new Uint8Array(values.length * 8);
  const view = new DataView(data.buffer);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    view.setBigInt64(i * 8, v === DYNAMIC ? INT64_MIN : BigInt(v), true);
  }
  return DenseArrayAttr.get(ctx, IntegerType.get(ctx, 64), values.length, data);
}

/** The values of an `i64` dense array (`INT64_MIN` read as {@link DYNAMIC}). */
export function i64ArrayValues(a: Attribute | undefined): number[] {
  if (a === undefined || !(a instanceof DenseArrayAttr)) return [];
  const out: number[] = [];
  for (let i = 0; i < a.size; i++) {
    const v = BigInt.asIntN(64, a.rawElement(i));
    out.push(v === INT64_MIN ? DYNAMIC : Number(v));
  }
  return out;
}

/** The values of a `i1` dense array or an array of bool attributes. */
export function boolValues(a: Attribute | undefined): boolean[] {
  if (a === undefined) return [];
  if (a instanceof DenseArrayAttr) {
    const out: boolean[] = [];
    for (let i = 0; i < a.size; i++) out.push(a.rawElement(i) !== 0n);
    return out;
  }
  const els = (a as unknown as { elements?: readonly Attribute[] }).elements ?? [];
  return els.map((e) => (e as unknown as { smallValue: number }).smallValue !== 0);
}

/** `[1, 0]`: a `DenseI64ArrayAttr` as the declarative format writes it. */
export const denseI64ArrayList: Constraint<DenseArrayAttr> = denseI64Array.withFormat({
  parseOptional: (p) => (p.parseOptionalPunctuation("[") ? parseRest(p) : null),
  parse: (p) => {
    p.parsePunctuation("[");
    return parseRest(p);
  },
  print: (p, a) => p.write("[" + i64ArrayValues(a).join(", ") + "]"),
});

function parseRest(p: AsmParser): DenseArrayAttr {
  const vs: bigint[] = [];
  if (!p.parseOptionalPunctuation("]")) {
    do vs.push(p.parseInteger());
    while (p.parseOptionalPunctuation(","));
    p.parsePunctuation("]");
  }
  return i64ArrayAttr(p.context, vs);
}

/** `index` for each of `count` operands (ODS's buildable `Index` operand type). */
export function indexTypes(_earlier: readonly Value[], count: number, ctx: Context): TypeAttribute[] {
  const t = IndexType.get(ctx);
  return new Array<TypeAttribute>(count).fill(t);
}

/**
 * MLIR's `custom<DynamicIndexList>($values, $static_values)`: a bracketed
 * list mixing SSA values and integers (`[0, %i]`), stored as operands plus
 * an `i64` array with `INT64_MIN` where an operand stands.
 */
export const DynamicIndexList: CustomDirective = {
  parse(parser, state, args) {
    const operands: UnresolvedOperand[] = [];
    const statics: (bigint | number)[] = [];
    parser.parseCommaSeparatedList("[", "]", () => {
      const o = parser.parseOptionalOperand();
      if (o !== null) {
        operands.push(o);
        statics.push(DYNAMIC);
      } else {
        statics.push(parser.parseInteger());
      }
    });
    state.setOperands(args[0]!, operands);
    state.setProp(args[1]!, i64ArrayAttr(parser.context, statics));
  },
  print(printer, op, args, def) {
    printDynamicIndexList(printer, op, def, args[0]!, args[1]!);
  },
};

/** Prints `[0, %i]` from operand group `group` and static property `prop`. */
export function printDynamicIndexList(printer: AsmPrinter & { printOperand(v: Value): void }, op: Operation, def: OpDef, group: string, prop: string): void {
  const g = def.operands.findIndex((o) => o.name === group);
  const [start] = def.operandRange(op, g);
  let k = start;
  const statics = i64ArrayValues(def.prop(op, prop));
  printer.write("[");
  for (let i = 0; i < statics.length; i++) {
    if (i > 0) printer.write(", ");
    const s = statics[i]!;
    if (s === DYNAMIC) printer.printOperand(op.operands[k++]!.value);
    else printer.write(String(s));
  }
  printer.write("]");
}

/** Number of {@link DYNAMIC} entries in `values`. */
export function countDynamic(values: readonly number[]): number {
  let n = 0;
  for (const v of values) if (v === DYNAMIC) n++;
  return n;
}
