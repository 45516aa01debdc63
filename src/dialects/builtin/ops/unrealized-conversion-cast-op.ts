import type { OpAsmParser, OpAsmPrinter, ParsedOperationState } from "../../../ir/op-asm.js";
import { opError } from "../../../ir/diagnostic.js";
import { OpTrait, type OpDefinition } from "../../../ir/op-definition.js";
import type { Operation } from "../../../ir/operation.js";

/**
 * `builtin.unrealized_conversion_cast`: a placeholder conversion between
 * type systems during progressive lowering.
 *
 * Custom form: `unrealized_conversion_cast (%in, ... : T1, ...)? to R1, ... attr-dict`.
 */
export const unrealizedConversionCastOp: OpDefinition = {
  name: "builtin.unrealized_conversion_cast",
  traits: OpTrait.None,

  verify(op: Operation): void {
    if (op.numResults === 0) throw opError(op, "expected at least one result for cast operation");
    if (op.numRegions !== 0) throw opError(op, "requires zero regions");
  },

  parse(p: OpAsmParser, state: ParsedOperationState): void {
    const at = p.currentOffset();
    const operands = p.parseOperandList();
    if (operands.length > 0) {
      p.parsePunctuation(":");
      const types = p.parseTypeList();
      state.operands = p.resolveOperands(operands, types, at);
    }
    p.parseKeyword("to");
    state.resultTypes = p.parseTypeList();
    state.attributes = p.parseOptionalAttrDict();
  },

  print(p: OpAsmPrinter, op: Operation): void {
    const vals = op.operandValues;
    if (vals.length > 0) {
      p.write(" ");
      p.printOperands(vals);
      p.write(" : ");
      vals.forEach((v, i) => {
        if (i > 0) p.write(", ");
        p.printType(v.type);
      });
    }
    p.write(" to ");
    op.results.forEach((r, i) => {
      if (i > 0) p.write(", ");
      p.printType(r.type);
    });
    p.printOptionalAttrDict(op.attributes);
  },
};
