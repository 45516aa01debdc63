import type { TypeAttribute } from "../../ir/attribute.js";
import type { Block } from "../../ir/block.js";
import { BranchOpInterface, implement } from "../../ir/op-interface.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import type { Value } from "../../ir/value.js";
import { anySignlessInteger, anyType, Constraint, denseI32Array, i1, stored, strAttr, type AttrFormat } from "../../irdl/constraint.js";
import type { CustomDirective, FormatParseState } from "../../irdl/format/compile.js";
import { optionalProp, quoted, segmentSizesAttr, successor, variadic, variadicSuccessor, type OpDef } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { Pure, Terminator } from "../../irdl/traits.js";
import { DenseArrayAttr } from "../builtin/attributes/dense-array-attr.js";
import { DenseIntOrFPElementsAttr } from "../builtin/attributes/dense-elements-attr.js";
import { writeRawElement } from "../builtin/attributes/dense-storage.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import type { ShapedType } from "../builtin/types/shaped-type.js";
import { VectorType } from "../builtin/types/vector-type.js";

// ---- Shared helpers ---------------------------------------------------------------------------

/** The signed elements of an integer dense array. */
export function denseArrayValues(a: DenseArrayAttr): bigint[] {
  const w = a.elementType.width;
  const out: bigint[] = [];
  for (let i = 0; i < a.size; i++) out.push(BigInt.asIntN(w, a.rawElement(i)));
  return out;
}

/**
 * ODS's `DenseI32ArrayAttr` in an assembly format: `[1, 2]`, without the
 * `array<i32:` prefix.
 */
const denseI32ListFormat: AttrFormat = {
  parseOptional(p) {
    if (!p.parseOptionalPunctuation("[")) return null;
    const vs: bigint[] = [];
    if (!p.parseOptionalPunctuation("]")) {
      do vs.push(p.parseInteger());
      while (p.parseOptionalPunctuation(","));
      p.parsePunctuation("]");
    }
    const data = new Uint8Array(vs.length * 4);
    for (let i = 0; i < vs.length; i++) writeRawElement(data, 32, i, vs[i]!);
    return DenseArrayAttr.get(p.context, IntegerType.get(p.context, 32), vs.length, data);
  },
  parse(p) {
    return this.parseOptional(p) ?? p.emitError("expected '['");
  },
  print(p, a) {
    p.write(`[${denseArrayValues(a as DenseArrayAttr).join(", ")}]`);
  },
};

/**
 * Checks the operands passed to each successor against its block arguments
 * (MLIR's `BranchOpInterface` verifier). `ranges[i]` is the operand range of
 * successor `i`.
 */
export function verifySuccessorOperands(op: Operation, ranges: readonly [number, number][]): void {
  for (let s = 0; s < ranges.length; s++) {
    const [start, n] = ranges[s]!;
    const dest = op.successors[s]!.block;
    const args = dest.arguments;
    if (args.length !== n) {
      throw opErrorPlain(op, `branch has ${n} operands for successor #${s}, but target block has ${args.length}`);
    }
    for (let i = 0; i < n; i++) {
      if (op.operands[start + i]!.value.type !== args[i]!.type) {
        throw opErrorPlain(op, `type mismatch for bb argument #${i} of successor #${s}`);
      }
    }
  }
}

/** `^bb(%a, %b : T, U)` or `^bb` (MLIR's `printSuccessorAndUseList`). */
function printSuccessorAndUses(p: OpAsmPrinter, block: Block, op: Operation, start: number, n: number): void {
  p.printSuccessor(block);
  if (n === 0) return;
  p.write("(");
  for (let i = 0; i < n; i++) {
    if (i > 0) p.write(", ");
    p.printOperand(op.operands[start + i]!.value);
  }
  p.write(" : ");
  for (let i = 0; i < n; i++) {
    if (i > 0) p.write(", ");
    p.printType(op.operands[start + i]!.value.type);
  }
  p.write(")");
}

/** `(%a, %b : T, U)` after a successor, if present. */
function parseSuccessorUses(p: OpAsmParser, operands: UnresolvedOperand[], types: TypeAttribute[]): void {
  if (!p.parseOptionalPunctuation("(")) return;
  operands.push(...p.parseOperandList());
  p.parsePunctuation(":");
  types.push(...p.parseTypeList());
  p.parsePunctuation(")");
}

// ---- Operations -------------------------------------------------------------------------------

/** `cf.assert %cond, "message"`: aborts with `message` when `%cond` is false. */
export class AssertOp extends defineOp({
  name: "cf.assert",
  operands: { arg: i1 },
  properties: { msg: strAttr },
  format: "$arg `,` $msg attr-dict",
  inferOperandTypes: { arg: (_earlier, _count, ctx) => [IntegerType.get(ctx, 1)] },
}) {}

/** `cf.br ^bb(%a : T)`: an unconditional branch. */
export class BranchOp extends defineOp({
  name: "cf.br",
  operands: { destOperands: variadic(anyType) },
  successors: { dest: successor() },
  traits: [Pure, Terminator],
  format: "$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict",
  interfaces: [implement(BranchOpInterface, { successorOperands: (op) => op.operandValues })],
  verify(op) {
    verifySuccessorOperands(op, [[0, op.operands.length]]);
  },
}) {}

/** `cf.cond_br %c weights([1, 2]), ^t(%a : T), ^f`: a two-way conditional branch. */
export class CondBranchOp extends defineOp({
  name: "cf.cond_br",
  operands: { condition: i1, trueDestOperands: variadic(anyType), falseDestOperands: variadic(anyType) },
  properties: { branch_weights: optionalProp(denseI32Array.withFormat(denseI32ListFormat)) },
  successors: { trueDest: successor(), falseDest: successor() },
  traits: [Pure, Terminator],
  format:
    "$condition (`weights` `(` $branch_weights^ `)`)? `,` " +
    "$trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,` " +
    "$falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)? attr-dict",
  inferOperandTypes: { condition: (_earlier, _count, ctx) => [IntegerType.get(ctx, 1)] },
  interfaces: [
    implement(BranchOpInterface, {
      successorOperands(op: Operation, i: number): Value[] {
        const [s, n] = (op.name.def as OpDef).operandRange(op, i === 0 ? 1 : 2);
        return op.operandValues.slice(s, s + n);
      },
    }),
  ],
  verify(op) {
    const def = CondBranchOp.def;
    const w = def.prop(op, "branch_weights") as DenseArrayAttr | undefined;
    if (w !== undefined && w.size !== 0 && w.size !== 2) {
      throw opErrorPlain(op, `expects number of branch weights to match number of successors: ${w.size} vs 2`);
    }
    verifySuccessorOperands(op, [def.operandRange(op, 1), def.operandRange(op, 2)]);
  },
}) {}

/** `AnyIntElementsAttr`. */
const intElementsAttr = stored(
  new Constraint<DenseIntOrFPElementsAttr>(
    "integer elements attribute",
    (a) => a.kind === BuiltinKind.DenseIntOrFPElementsAttr && (a as DenseIntOrFPElementsAttr).elementType.kind === BuiltinKind.IntegerType,
  ),
);

/** The raw case values of a `cf.switch` (unsigned bits). */
function caseValuesOf(a: DenseIntOrFPElementsAttr): bigint[] {
  const n = a.numElements;
  const out: bigint[] = [];
  for (let i = 0; i < n; i++) out.push(a.rawElement(a.isSplat ? 0 : i));
  return out;
}

/** The case operand ranges of a `cf.switch`: from `case_operand_segments`, relative to the operands. */
function caseRanges(op: Operation): [number, number][] {
  const def = SwitchOp.def;
  let [start] = def.operandRange(op, 2);
  const segs = def.prop(op, "case_operand_segments") as DenseArrayAttr;
  const out: [number, number][] = [];
  for (const n of denseArrayValues(segs)) {
    out.push([start, Number(n)]);
    start += Number(n);
  }
  return out;
}

/**
 * `custom<SwitchOpCases>`: `default: ^bb(%a : T)` then `, value: ^bb(...)`
 * per case, one a line (MLIR's `parseSwitchOpCases`/`printSwitchOpCases`).
 */
const switchOpCases: CustomDirective = {
  parse(p: OpAsmParser, st: FormatParseState) {
    const ctx = p.context;
    const flagType = st.operandTypes[0]![0]!;
    p.parseKeyword("default");
    p.parsePunctuation(":");
    const dflt = p.parseSuccessor();
    const dOps: UnresolvedOperand[] = [];
    const dTypes: TypeAttribute[] = [];
    parseSuccessorUses(p, dOps, dTypes);
    const values: bigint[] = [];
    const dests: Block[] = [];
    const cOps: UnresolvedOperand[] = [];
    const cTypes: TypeAttribute[] = [];
    const segs: number[] = [];
    while (p.parseOptionalPunctuation(",")) {
      values.push(p.parseInteger());
      p.parsePunctuation(":");
      dests.push(p.parseSuccessor());
      const before = cOps.length;
      parseSuccessorUses(p, cOps, cTypes);
      segs.push(cOps.length - before);
    }
    st.operands[1] = dOps;
    st.operandTypes[1] = dTypes;
    st.operands[2] = cOps;
    st.operandTypes[2] = cTypes;
    st.successors[0] = [dflt];
    st.successors[1] = dests;
    if (values.length > 0) {
      const width = (flagType as IntegerType).width;
      const bytes = width === 1 ? new Uint8Array((values.length + 7) >> 3) : new Uint8Array(values.length * (width >> 3));
      for (let i = 0; i < values.length; i++) writeRawElement(bytes, width, i, values[i]!);
      st.setProp("case_values", DenseIntOrFPElementsAttr.get(ctx, VectorType.get(ctx, [values.length], flagType) as ShapedType, bytes, false));
    }
    st.setProp("case_operand_segments", segmentSizesAttr(ctx, segs));
  },
  print(p: OpAsmPrinter, op: Operation) {
    const def = SwitchOp.def;
    const [ds, dn] = def.operandRange(op, 1);
    p.write("  default: ");
    printSuccessorAndUses(p, op.successors[0]!.block, op, ds, dn);
    const cv = def.prop(op, "case_values") as DenseIntOrFPElementsAttr | undefined;
    if (cv === undefined) return;
    const values = caseValuesOf(cv);
    const ranges = caseRanges(op);
    for (let i = 0; i < values.length; i++) {
      p.write(",");
      p.printNewline();
      p.write(`  ${values[i]!}: `);
      const [s, n] = ranges[i] ?? [0, 0];
      printSuccessorAndUses(p, op.successors[i + 1]!.block, op, s, n);
    }
    p.printNewline();
  },
};

/** `cf.switch %flag : i32, [default: ^bb0, 42: ^bb1(%a : T)]`: a multi-way branch. */
export class SwitchOp extends defineOp({
  name: "cf.switch",
  operands: { flag: anySignlessInteger, defaultOperands: variadic(anyType), caseOperands: variadic(anyType) },
  properties: { case_values: optionalProp(intElementsAttr), case_operand_segments: denseI32Array },
  successors: { defaultDestination: successor(), caseDestinations: variadicSuccessor() },
  traits: [Pure, Terminator],
  format:
    "$flag `:` type($flag) `,` `[` `\\n` custom<SwitchOpCases>($defaultDestination, $defaultOperands, " +
    "type($defaultOperands), $case_values, $caseDestinations, $caseOperands, type($caseOperands), $case_operand_segments) `]` attr-dict",
  customDirectives: { SwitchOpCases: switchOpCases },
  verify(op) {
    const def = SwitchOp.def;
    const segs = denseArrayValues(def.prop(op, "case_operand_segments") as DenseArrayAttr);
    const [, total] = def.operandRange(op, 2);
    const sum = segs.reduce((a, b) => a + Number(b), 0);
    if (sum !== total) {
      throw opError(op, `caseOperands count (${total}) does not match with the total size (${sum}) specified in attribute 'case_operand_segments'`);
    }
    const cv = def.prop(op, "case_values") as DenseIntOrFPElementsAttr | undefined;
    const nCases = op.successors.length - 1;
    const nValues = cv === undefined ? 0 : cv.numElements;
    if (cv !== undefined) {
      const flagType = op.operands[0]!.value.type;
      if (cv.elementType !== flagType) {
        throw opError(op, `'flag' type (${quoted(flagType)}) should match case value type (${quoted(cv.elementType)})`);
      }
    }
    if (nValues !== nCases) throw opError(op, `number of case values (${nValues}) should match number of case destinations (${nCases})`);
    if (segs.length !== nCases) {
      throw opError(op, `number of case destinations (${nCases}) should match number of case operands (${segs.length})`);
    }
    const [ds, dn] = def.operandRange(op, 1);
    verifySuccessorOperands(op, [[ds, dn], ...caseRanges(op)]);
  },
}) {}

/** Every operation of the dialect. */
export const cfOps: readonly { readonly def: OpDef }[] = [AssertOp, BranchOp, CondBranchOp, SwitchOp];
