import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import { opError } from "../../ir/diagnostic.js";
import type { OpAsmArgument, OpAsmParser, OpAsmPrinter, ParsedOperationState } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import type { Value } from "../../ir/value.js";
import { affineMapAttr, anyType, index, indexAttr as indexAttrConstraint, integerSetAttr } from "../../irdl/constraint.js";
import { region, variadic, type OpDef, segmentSizesAttr } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { AutomaticAllocationScope, RecursiveMemoryEffects, SingleBlockImplicitTerminator } from "../../irdl/traits.js";
import { AffineExprKind, type AffineConstantExpr } from "../builtin/affine/affine-expr.js";
import { AffineMap } from "../builtin/affine/affine-map.js";
import { AffineExpr } from "../builtin/affine/affine-expr.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import type { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import type { IntegerSetAttr } from "../builtin/attributes/integer-set-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IndexType } from "../builtin/types/index-type.js";
import {
  ensureTerminator,
  indexAttr,
  parseDimAndSymbolList,
  printAttrDict,
  printDimAndSymbolList,
  PropsBuilder,
} from "./syntax.js";
import { verifyDimAndSymbolIdentifiers } from "./validity.js";

// ---- affine.for ----------------------------------------------------------------------------

/**
 * A loop bound (MLIR's `parseBound`): `%s` (the map `()[s0] -> (s0)`), an
 * integer (a constant map), or `max`/`min` `#map(%d)[%s]`. Appends the
 * bound's operands to `operands`; returns the map.
 */
function parseBound(p: OpAsmParser, isLower: boolean, operands: Value[]): AffineMapAttr {
  const ctx = p.context;
  const hasMinMax = p.parseOptionalKeyword(isLower ? "max" : "min");
  const ssa = p.parseOperandList();
  if (ssa.length > 0) {
    if (ssa.length > 1) p.emitError("expected only one loop bound operand", p.nameOffset);
    operands.push(p.resolveOperand(ssa[0]!, IndexType.get(ctx)));
    return AffineMapAttr.get(ctx, AffineMap.get(ctx, 0, 1, [AffineExpr.symbol(ctx, 0)]));
  }
  const at = p.currentOffset();
  const attr = p.parseAttribute(IndexType.get(ctx));
  if (attr.kind === BuiltinKind.AffineMapAttr) {
    const { operands: ops, numDims } = parseDimAndSymbolList(p);
    const map = (attr as AffineMapAttr).map;
    if (map.numDims !== numDims) p.emitError("dim operand count and affine map dim count must match", p.nameOffset);
    if (numDims + map.numSymbols !== ops.length) p.emitError("symbol operand count and affine map symbol count must match", p.nameOffset);
    if (map.numResults > 1 && !hasMinMax) {
      p.emitError(
        isLower
          ? "lower loop bound affine map with multiple results requires 'max' prefix"
          : "upper loop bound affine map with multiple results requires 'min' prefix",
        at,
      );
    }
    operands.push(...ops);
    return attr as AffineMapAttr;
  }
  if (attr.kind === BuiltinKind.IntegerAttr) return AffineMapAttr.get(ctx, AffineMap.constantMap(ctx, (attr as IntegerAttr).value));
  return p.emitError("expected valid affine map representation for loop bounds", p.nameOffset);
}

/** Prints a bound: a constant, a lone symbol operand, or `prefix #map(...)[...]` (MLIR's `printBound`). */
function printBound(p: OpAsmPrinter, attr: AffineMapAttr, operands: readonly Value[], prefix: string): void {
  const map = attr.map;
  if (map.numResults === 1) {
    const e = map.results[0]!;
    if (map.numDims === 0 && map.numSymbols === 0 && e.kind === AffineExprKind.Constant) {
      p.write((e as AffineConstantExpr).value.toString());
      return;
    }
    if (map.numDims === 0 && map.numSymbols === 1 && e.kind === AffineExprKind.SymbolId) {
      p.printOperand(operands[0]!);
      return;
    }
  } else {
    p.write(prefix + " ");
  }
  p.printAttribute(attr);
  printDimAndSymbolList(p, operands, map.numDims);
}

const forElided = ["lowerBoundMap", "upperBoundMap", "step", "operandSegmentSizes"];

/**
 * `affine.for %i = 0 to %n step 2 iter_args(%acc = %init) -> (f32) { ... }`:
 * a loop with affine bounds (a `max` of lower and a `min` of upper bound
 * results) and a constant positive step.
 */
export class AffineForOp extends defineOp({
  name: "affine.for",
  operands: { lowerBoundOperands: variadic(index), upperBoundOperands: variadic(index), inits: variadic(anyType) },
  results: { results: variadic(anyType) },
  properties: { lowerBoundMap: affineMapAttr, upperBoundMap: affineMapAttr, step: indexAttrConstraint },
  regions: { region: region(1) },
  traits: [AutomaticAllocationScope, SingleBlockImplicitTerminator("affine.yield"), RecursiveMemoryEffects],
  parse(p: OpAsmParser, state: ParsedOperationState) {
    const ctx = p.context;
    const index = IndexType.get(ctx);
    const iv = p.parseArgument(false, true);
    p.parsePunctuation("=");
    const props = new PropsBuilder(ctx, ["lowerBoundMap", "upperBoundMap", "step", "operandSegmentSizes"]);
    const operands: Value[] = [];
    props.set("lowerBoundMap", parseBound(p, true, operands));
    const numLb = operands.length;
    p.parseKeyword("to", " between bounds");
    props.set("upperBoundMap", parseBound(p, false, operands));
    const numUb = operands.length - numLb;
    if (p.parseOptionalKeyword("step")) {
      const at = p.currentOffset();
      const step = p.parseAttribute(index);
      if (step.kind !== BuiltinKind.IntegerAttr) p.emitError("invalid kind of attribute specified", at);
      if ((step as IntegerAttr).value < 0n) p.emitError("expected step to be representable as a positive signed integer", at);
      props.set("step", step);
    } else {
      props.set("step", indexAttr(ctx, 1));
    }
    const args: OpAsmArgument[] = [{ operand: iv.operand, type: index, location: iv.location }];
    let resultTypes: TypeAttribute[] = [];
    let numInits = 0;
    if (p.parseOptionalKeyword("iter_args")) {
      const pairs: { arg: OpAsmArgument; init: import("../../ir/op-asm.js").UnresolvedOperand }[] = [];
      p.parseCommaSeparatedList("(", ")", () => {
        const arg = p.parseArgument(false, true);
        p.parsePunctuation("=");
        pairs.push({ arg, init: p.parseOperand() });
      });
      resultTypes = p.parseOptionalArrowTypeList();
      for (let i = 0; i < pairs.length && i < resultTypes.length; i++) {
        const { arg, init } = pairs[i]!;
        args.push({ operand: arg.operand, type: resultTypes[i]!, location: arg.location });
        operands.push(p.resolveOperand(init, resultTypes[i]!));
        numInits++;
      }
      if (pairs.length !== resultTypes.length) {
        for (let i = resultTypes.length; i < pairs.length; i++) args.push(pairs[i]!.arg);
      }
    }
    props.set("operandSegmentSizes", segmentSizesAttr(ctx, [numLb, numUb, numInits]));
    if (args.length !== resultTypes.length + 1) p.emitError("mismatch between the number of loop-carried values and results", p.nameOffset);
    const body = new Region();
    p.parseRegion(body, args);
    ensureTerminator(body, p, "affine.yield");
    const dict = p.parseOptionalAttrDict();
    state.operands = operands;
    state.resultTypes = resultTypes;
    state.regions = [body];
    props.finish(state, dict);
  },
  print(p: OpAsmPrinter, op: Operation) {
    const def = AffineForOp.def as OpDef;
    const range = (g: number): Value[] => {
      const [s, n] = def.operandRange(op, g);
      return op.operands.slice(s, s + n).map((o) => o.value);
    };
    const body = op.regions[0]!.first!;
    p.write(" ");
    p.printRegionArgument(body.arguments[0]!, true);
    p.write(" = ");
    printBound(p, op.getInherentAttr("lowerBoundMap") as AffineMapAttr, range(0), "max");
    p.write(" to ");
    printBound(p, op.getInherentAttr("upperBoundMap") as AffineMapAttr, range(1), "min");
    const step = (op.getInherentAttr("step") as IntegerAttr).value;
    if (step !== 1n) p.write(` step ${step}`);
    const inits = range(2);
    if (inits.length > 0) {
      p.write(" iter_args(");
      for (let i = 0; i < inits.length; i++) {
        if (i > 0) p.write(", ");
        p.printOperand(body.arguments[i + 1]!);
        p.write(" = ");
        p.printOperand(inits[i]!);
      }
      p.write(") -> (");
      op.results.forEach((r, i) => {
        if (i > 0) p.write(", ");
        p.printType(r.type);
      });
      p.write(")");
    }
    p.write(" ");
    p.printRegion(op.regions[0]!, false, inits.length > 0);
    printAttrDict(p, op, forElided);
  },
  verify(op: Operation) {
    const def = AffineForOp.def as OpDef;
    const range = (g: number): Value[] => {
      const [s, n] = def.operandRange(op, g);
      return op.operands.slice(s, s + n).map((o) => o.value);
    };
    const body = op.regions[0]!.first;
    if (body === null || body.arguments.length === 0 || body.arguments[0]!.type.kind !== BuiltinKind.IndexType) {
      throw opError(op, "expected body to have a single index argument for the induction variable");
    }
    const lb = (op.getInherentAttr("lowerBoundMap") as AffineMapAttr).map;
    const ub = (op.getInherentAttr("upperBoundMap") as AffineMapAttr).map;
    if (lb.numInputs > 0) verifyDimAndSymbolIdentifiers(op, range(0), lb.numDims);
    if (ub.numInputs > 0) verifyDimAndSymbolIdentifiers(op, range(1), ub.numDims);
    if (lb.numResults < 1) throw opError(op, "expected lower bound map to have at least one result");
    if (ub.numResults < 1) throw opError(op, "expected upper bound map to have at least one result");
    const n = op.results.length;
    if (n === 0) return;
    if (range(2).length !== n) throw opError(op, "mismatch between the number of loop-carried values and results");
    if (body.arguments.length - 1 !== n) throw opError(op, "mismatch between the number of basic block args and results");
  },
}) {}

// ---- affine.if -----------------------------------------------------------------------------

/**
 * `affine.if #set(%d)[%s] -> (T) { ... } else { ... }`: runs the then
 * region when the integer set's constraints hold, else the else region.
 */
export class AffineIfOp extends defineOp({
  name: "affine.if",
  operands: { operands: variadic(anyType) },
  results: { results: variadic(anyType) },
  properties: { condition: integerSetAttr },
  regions: { thenRegion: region(1), elseRegion: region() },
  traits: [SingleBlockImplicitTerminator("affine.yield"), RecursiveMemoryEffects],
  parse(p: OpAsmParser, state: ParsedOperationState) {
    const ctx = p.context;
    const at = p.currentOffset();
    const attr: Attribute = p.parseAttribute();
    if (attr.kind !== BuiltinKind.IntegerSetAttr) p.emitError("invalid kind of attribute specified", at);
    const { operands, numDims } = parseDimAndSymbolList(p);
    const set = (attr as IntegerSetAttr).set;
    if (set.numDims !== numDims) p.emitError("dim operand count and integer set dim count must match", p.nameOffset);
    if (numDims + set.numSymbols !== operands.length) p.emitError("symbol operand count and integer set symbol count must match", p.nameOffset);
    state.resultTypes = p.parseOptionalArrowTypeList();
    const thenRegion = new Region();
    const elseRegion = new Region();
    p.parseRegion(thenRegion);
    ensureTerminator(thenRegion, p, "affine.yield");
    if (p.parseOptionalKeyword("else")) {
      p.parseRegion(elseRegion);
      ensureTerminator(elseRegion, p, "affine.yield");
    }
    const props = new PropsBuilder(ctx, ["condition"]);
    props.set("condition", attr);
    const dict = p.parseOptionalAttrDict();
    state.operands = operands;
    state.regions = [thenRegion, elseRegion];
    props.finish(state, dict);
  },
  print(p: OpAsmPrinter, op: Operation) {
    const attr = op.getInherentAttr("condition") as IntegerSetAttr;
    p.write(" ");
    p.printAttribute(attr);
    printDimAndSymbolList(p, op.operands.map((o) => o.value), attr.set.numDims);
    p.printArrowTypeList(op.results.map((r) => r.type));
    p.write(" ");
    const terminators = op.results.length > 0;
    p.printRegion(op.regions[0]!, false, terminators);
    if (op.regions[1]!.first !== null) {
      p.write(" else ");
      p.printRegion(op.regions[1]!, false, terminators);
    }
    printAttrDict(p, op, ["condition"]);
  },
  verify(op: Operation) {
    // NoRegionArguments.
    for (let i = 0; i < op.regions.length; i++) {
      const b = op.regions[i]!.first;
      if (b !== null && b.arguments.length > 0) throw opError(op, `region #${i} should have no arguments`);
    }
    const set = (op.getInherentAttr("condition") as IntegerSetAttr).set;
    if (op.operands.length !== set.numInputs) {
      throw opError(op, "operand count and condition integer set dimension and symbol count must match");
    }
    verifyDimAndSymbolIdentifiers(op, op.operands.map((o) => o.value), set.numDims);
  },
}) {}
