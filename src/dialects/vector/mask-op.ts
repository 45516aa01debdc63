import { opError } from "../../ir/diagnostic.js";
import { anyType, i1, vectorOf } from "../../irdl/constraint.js";
import { optional, region, variadic } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { HasParent, Pure, RecursiveMemoryEffects, ReturnLike, Terminator } from "../../irdl/traits.js";
import { Block } from "../../ir/block.js";
import { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";

// ---- Masking --------------------------------------------------------------------------------

/** `vector.yield %v : f32`: ends the region of `vector.mask` (implicit in its custom form). */
export class YieldOp extends defineOp({
  name: "vector.yield",
  operands: { operands: variadic(anyType) },
  traits: [Pure, ReturnLike, Terminator, HasParent("vector.mask")],
  format: "attr-dict ($operands^ `:` type($operands))?",
}) {}

/** Operations `vector.mask` can mask (those of this dialect with MLIR's `MaskableOpInterface`). */
const maskableOps = ["vector.transfer_read", "vector.transfer_write", "vector.reduction", "vector.contract", "vector.gather", "vector.outerproduct"];

/**
 * `%r = vector.mask %m, %pass { vector.transfer_read ... } : vector<16xi1> -> vector<16xf32>`:
 * applies a mask to the single operation in its region.
 */
export class MaskOp extends defineOp({
  name: "vector.mask",
  operands: { mask: vectorOf(i1), passthru: optional(anyType) },
  results: { results: variadic(anyType) },
  regions: { maskRegion: region() },
  traits: [RecursiveMemoryEffects],
  parse(parser, state) {
    const ctx = parser.context;
    const mask = parser.parseOperand();
    const passthru = parser.parseOptionalPunctuation(",") ? parser.parseOperand() : null;
    const r = new Region();
    parser.parseRegion(r);
    if (r.first === null) r.append(new Block());
    const b = r.first!;
    const last = b.last;
    if (last === null || !YieldOp.is(last)) {
      const results = last === null ? [] : last.results.slice();
      b.append(Operation.create(ctx.operationName(YieldOp.opName), { operands: results }));
    }
    state.attributes = parser.parseOptionalAttrDict();
    parser.parsePunctuation(":");
    const maskType = parser.parseType();
    const results = parser.parseOptionalArrowTypeList();
    state.operands = [parser.resolveOperand(mask, maskType)];
    if (passthru !== null) {
      if (results.length === 0) parser.emitError("expects a result if passthru operand is provided");
      state.operands.push(parser.resolveOperand(passthru, results[0]!));
    }
    state.regions = [r];
    state.resultTypes = results;
  },
  verify(op) {
    const b = op.regions[0]!.first;
    if (b === null) return;
    const last = b.last;
    if (last === null || !YieldOp.is(last)) throw opError(op, "expects a terminator within the mask region");
    if (last.operands.length !== op.results.length) throw opError(op, "expects number of results to match mask region yielded values");
    const first = b.first!;
    if (first === last) return;
    if (first.next !== last) throw opError(op, "expects only one operation to mask");
    if (!maskableOps.includes(first.opName)) throw opError(op, "expects a MaskableOpInterface within the mask region");
    if (op.results.length !== first.results.length) throw opError(op, "expects number of results to match maskable operation number of results");
    for (let i = 0; i < op.results.length; i++) {
      if (op.results[i]!.type !== first.results[i]!.type) throw opError(op, "expects result type to match maskable operation result type");
    }
  },
  print(p, op) {
    p.write(" ");
    p.printOperands(op.operands.map((o) => o.value));
    p.write(" { ");
    const b = op.regions[0]!.first;
    if (b !== null && b.first !== null) p.printCustomOrGenericOp(b.first);
    p.write(" }");
    p.printOptionalAttrDict(op.attributes);
    p.write(" : ");
    p.printType(op.operands[0]!.value.type);
    if (op.results.length > 0) {
      p.write(" -> ");
      op.results.forEach((r, i) => {
        if (i > 0) p.write(", ");
        p.printType(r.type);
      });
    }
  },
}) {}
