import type { Attribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import type { OpAsmParser, OpAsmPrinter, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import type { CustomDirective, FormatParseState } from "../../irdl/format/compile.js";
import type { OpDef } from "../../irdl/op-def.js";
import { DenseArrayAttr } from "../builtin/attributes/dense-array-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { DYNAMIC } from "../builtin/types/shaped-type.js";

// `static_offsets = array<i64: 0, -9223372036854775808>`: MLIR's
// `ShapedType::kDynamic` is INT64_MIN in the IR; tsdl's DYNAMIC in shapes.
const INT64_MIN = -(1n << 63n);

/** The values of an `array<i64: ...>` property, INT64_MIN read as {@link DYNAMIC}. */
export function staticValues(a: Attribute | undefined): number[] {
  if (a === undefined || a.kind !== BuiltinKind.DenseArrayAttr) return [];
  const d = a as DenseArrayAttr;
  const out: number[] = [];
  for (let i = 0; i < d.size; i++) {
    const v = BigInt.asIntN(64, d.rawElement(i));
    out.push(v === INT64_MIN ? DYNAMIC : Number(v));
  }
  return out;
}

/** An `array<i64: ...>` of `values` ({@link DYNAMIC} stored as INT64_MIN). */
export function denseI64ArrayAttr(ctx: Context, values: readonly number[]): DenseArrayAttr {
  const data = new Uint8Array(values.length * 8);
  const view = new DataView(data.buffer);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    view.setBigInt64(i * 8, v === DYNAMIC ? INT64_MIN : BigInt(v), true);
  }
  return DenseArrayAttr.get(ctx, IntegerType.get(ctx, 64), values.length, data);
}

/**
 * `[0, %a, 4]`: a list mixing SSA values and integers (MLIR's
 * `parseDynamicIndexList`); the integers go to the static array, `?`
 * (DYNAMIC) standing for each value.
 */
export function parseDynamicIndexList(p: OpAsmParser): { operands: UnresolvedOperand[]; values: number[] } {
  const operands: UnresolvedOperand[] = [];
  const values: number[] = [];
  p.parseCommaSeparatedList("[", "]", () => {
    const o = p.parseOptionalOperand();
    if (o !== null) {
      operands.push(o);
      values.push(DYNAMIC);
      return;
    }
    const v = p.parseOptionalInteger();
    if (v === null) p.emitError("expected SSA value or integer");
    values.push(Number(v));
  });
  return { operands, values };
}

/** Prints `[0, %a, 4]` from the static values and the dynamic operands (MLIR's `printDynamicIndexList`). */
export function printDynamicIndexList(p: OpAsmPrinter, values: readonly number[], operands: readonly import("../../ir/value.js").Value[]): void {
  p.write("[");
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    if (i > 0) p.write(", ");
    if (values[i] === DYNAMIC) p.printOperand(operands[k++]!);
    else p.write(String(values[i]));
  }
  p.write("]");
}

/** `custom<DynamicIndexList>($values, $static_values)`. */
export const dynamicIndexList: CustomDirective = {
  parse(parser: OpAsmParser, state: FormatParseState, args: readonly string[]): void {
    const { operands, values } = parseDynamicIndexList(parser);
    state.setOperands(args[0]!, operands);
    state.setProp(args[1]!, denseI64ArrayAttr(parser.context, values));
  },
  print(printer: OpAsmPrinter, op: Operation, args: readonly string[], def: OpDef): void {
    const g = def.operands.findIndex((o) => o.name === args[0]);
    const [s, n] = def.operandRange(op, g);
    const vals = [];
    for (let i = s; i < s + n; i++) vals.push(op.operands[i]!.value);
    printDynamicIndexList(printer, staticValues(def.prop(op, args[1]!)), vals);
  },
};
