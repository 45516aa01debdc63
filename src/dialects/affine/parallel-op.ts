import type { Context } from "../../ir/context.js";
import { opError } from "../../ir/diagnostic.js";
import type { OpAsmArgument, OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import type { Value } from "../../ir/value.js";
import { affineMapAttr, anyType, arrayAttr, Constraint, index, stored } from "../../irdl/constraint.js";
import { region, variadic } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { AutomaticAllocationScope, RecursiveMemoryEffects, SingleBlockImplicitTerminator } from "../../irdl/traits.js";
import { AffineExpr, AffineExprKind, type AffineConstantExpr } from "../builtin/affine/affine-expr.js";
import { AffineMap } from "../builtin/affine/affine-map.js";
import { AffineMapAttr } from "../builtin/attributes/affine-map-attr.js";
import { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { DenseIntOrFPElementsAttr } from "../builtin/attributes/dense-elements-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import type { StringAttr } from "../builtin/attributes/string-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { FloatType } from "../builtin/types/float-type.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { RankedTensorType } from "../builtin/types/tensor-type.js";
import { ensureTerminator, printAttrDict, PropsBuilder } from "./syntax.js";
import { verifyDimAndSymbolIdentifiers } from "./validity.js";

/** arith's `AtomicRMWKind` cases, by value: the reductions of affine.parallel. */
export const atomicRMWKinds = [
  "addf", "addi", "andi", "assign", "maximumf", "maxnumf", "maxs", "maxu",
  "minimumf", "minnumf", "mins", "minu", "mulf", "muli", "ori", "xori",
] as const;

/** Whether a result of type `t` can carry reduction `kind` (MLIR's `isResultTypeMatchAtomicRMWKind`). */
function reductionMatchesType(kind: string, t: import("../../ir/attribute.js").TypeAttribute): boolean {
  switch (kind) {
    // maxnumf, minnumf and xori match no type in MLIR 22.
    case "addf": case "mulf": case "maximumf": case "minimumf":
      return t instanceof FloatType;
    case "addi": case "muli": case "ori": case "andi":
      return t.kind === BuiltinKind.IntegerType;
    case "maxs": case "mins":
      return t instanceof IntegerType && t.isSigned;
    case "maxu": case "minu":
      return t instanceof IntegerType && t.isUnsigned;
    case "assign":
      return true;
    default:
      return false;
  }
}

/** `dense<[...]> : tensor<Nxi32>` (MLIR's `getI32TensorAttr`). */
function i32Tensor(ctx: Context, values: readonly number[]): DenseIntOrFPElementsAttr {
  const data = new Uint8Array(values.length * 4);
  const view = new DataView(data.buffer);
  values.forEach((v, i) => view.setInt32(i * 4, v, true));
  return DenseIntOrFPElementsAttr.get(ctx, RankedTensorType.get(ctx, [values.length], IntegerType.get(ctx, 32)), data, false);
}

/** The elements of an i32 dense elements attribute. */
function i32Values(a: DenseIntOrFPElementsAttr): number[] {
  const n = (a.type as RankedTensorType).shape[0]!;
  const view = new DataView(a.data.buffer, a.data.byteOffset, a.data.byteLength);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(view.getInt32(a.isSplat ? 0 : i * 4, true));
  return out;
}

function isI32(t: import("../../ir/attribute.js").TypeAttribute): boolean {
  return t instanceof IntegerType && t.width === 32 && t.isSignless;
}

// Stored as `DenseIntElementsAttr` and `ArrayAttr` (what a generic `<{...}>` must give).
const i32Elements = stored(
  new Constraint<DenseIntOrFPElementsAttr>(
    "32-bit signless integer elements attribute",
    (a) => a.kind === BuiltinKind.DenseIntOrFPElementsAttr && isI32((a as DenseIntOrFPElementsAttr).type.elementType),
  ),
  (a) => a.kind === BuiltinKind.DenseIntOrFPElementsAttr && (a as DenseIntOrFPElementsAttr).type.elementType.kind === BuiltinKind.IntegerType,
);

const i64ArrayAttr = stored(
  new Constraint<ArrayAttr>(
    "64-bit integer array attribute",
    (a) => a.kind === BuiltinKind.ArrayAttr && (a as ArrayAttr).elements.every((e) => e.kind === BuiltinKind.IntegerAttr),
  ),
  (a) => a.kind === BuiltinKind.ArrayAttr,
);

/**
 * `(` bound (`,` bound)* `)` where a bound is an affine expression of SSA
 * ids or `max`/`min` `(` exprs `)` (MLIR's `parseAffineMapWithMinMax`): one
 * flat map over deduplicated operands, and the number of results per group.
 */
function parseBounds(p: OpAsmParser, keyword: "min" | "max"): { map: AffineMap; groups: number[]; operands: Value[] } {
  const ctx = p.context;
  p.parsePunctuation("(");
  if (p.parseOptionalPunctuation(")")) return { map: AffineMap.empty(ctx), groups: [], operands: [] };
  const exprs: AffineExpr[] = [];
  const dimLists: UnresolvedOperand[][] = [];
  const symLists: UnresolvedOperand[][] = [];
  const groups: number[] = [];
  do {
    if (p.parseOptionalKeyword(keyword)) {
      const r = p.parseAffineMapOfSSAIds("(");
      for (const e of r.value.results) exprs.push(e), dimLists.push(r.dims), symLists.push(r.symbols);
      groups.push(r.value.numResults);
    } else {
      const r = p.parseAffineExprOfSSAIds();
      exprs.push(r.value), dimLists.push(r.dims), symLists.push(r.symbols);
      groups.push(1);
    }
  } while (p.parseOptionalPunctuation(","));
  p.parsePunctuation(")");
  // Operands used by several expressions become one dim or symbol.
  const dims: Value[] = [];
  const syms: Value[] = [];
  const index = IndexType.get(ctx);
  const dedupe = (lists: UnresolvedOperand[][], unique: Value[], make: (i: number) => AffineExpr): AffineExpr[][] =>
    lists.map((list) =>
      list.map((o) => {
        const v = p.resolveOperand(o, index);
        let pos = unique.indexOf(v);
        if (pos < 0) pos = unique.push(v) - 1;
        return make(pos);
      }),
    );
  const dimRepl = dedupe(dimLists, dims, (i) => AffineExpr.dim(ctx, i));
  const symRepl = dedupe(symLists, syms, (i) => AffineExpr.symbol(ctx, i));
  const results = exprs.map((e, i) => e.replaceDimsAndSymbols(dimRepl[i]!, symRepl[i]!));
  return { map: AffineMap.get(ctx, dims.length, syms.length, results), groups, operands: [...dims, ...syms] };
}

function printBounds(p: OpAsmPrinter, map: AffineMap, groups: readonly number[], operands: readonly Value[], keyword: string): void {
  const dims = operands.slice(0, map.numDims);
  const syms = operands.slice(map.numDims);
  let start = 0;
  for (const size of groups) {
    if (start !== 0) p.write(", ");
    if (size === 1) {
      p.printAffineExprOfSSAIds(map.results[start]!, dims, syms);
      start++;
    } else {
      p.write(keyword + "(");
      p.printAffineMapOfSSAIds(AffineMap.get(map.context, map.numDims, map.numSymbols, map.results.slice(start, start + size)), operands);
      p.write(")");
      start += size;
    }
  }
}

const parallelElided = ["reductions", "lowerBoundsMap", "lowerBoundsGroups", "upperBoundsMap", "upperBoundsGroups", "steps"];

function boundsOf(op: Operation, which: "lower" | "upper"): { map: AffineMap; groups: number[]; operands: Value[] } {
  const lb = (op.getInherentAttr("lowerBoundsMap") as AffineMapAttr).map;
  const map = (op.getInherentAttr(which + "BoundsMap") as AffineMapAttr).map;
  const groups = i32Values(op.getInherentAttr(which + "BoundsGroups") as DenseIntOrFPElementsAttr);
  const all = op.operands.map((o) => o.value);
  const operands = which === "lower" ? all.slice(0, lb.numInputs) : all.slice(lb.numInputs, lb.numInputs + map.numInputs);
  return { map, groups, operands };
}

function stepsOf(op: Operation): bigint[] {
  return (op.getInherentAttr("steps") as ArrayAttr).elements.map((e) => (e as IntegerAttr).value);
}

/**
 * `affine.parallel (%i, %j) = (0, 0) to (%n, min(%m, 20)) step (1, 2)
 * reduce ("addf") -> (f32) { ... }`: a band of parallel loops with
 * optional reductions of the yielded values.
 */
export class AffineParallelOp extends defineOp({
  name: "affine.parallel",
  operands: { mapOperands: variadic(index) },
  results: { results: variadic(anyType) },
  properties: {
    reductions: arrayAttr,
    lowerBoundsMap: affineMapAttr,
    lowerBoundsGroups: i32Elements,
    upperBoundsMap: affineMapAttr,
    upperBoundsGroups: i32Elements,
    steps: i64ArrayAttr,
  },
  regions: { region: region(1) },
  traits: [AutomaticAllocationScope, SingleBlockImplicitTerminator("affine.yield"), RecursiveMemoryEffects],
  parse(p: OpAsmParser, state: ParsedOperationState) {
    const ctx = p.context;
    const index = IndexType.get(ctx);
    const ivs: OpAsmArgument[] = [];
    p.parseCommaSeparatedList("(", ")", () => {
      const a = p.parseArgument(false, true);
      ivs.push({ operand: a.operand, type: index, location: a.location });
    });
    p.parsePunctuation("=");
    const lower = parseBounds(p, "max");
    p.parseKeyword("to");
    const upper = parseBounds(p, "min");
    const props = new PropsBuilder(ctx, parallelElided);
    props.set("lowerBoundsMap", AffineMapAttr.get(ctx, lower.map));
    props.set("lowerBoundsGroups", i32Tensor(ctx, lower.groups));
    props.set("upperBoundsMap", AffineMapAttr.get(ctx, upper.map));
    props.set("upperBoundsGroups", i32Tensor(ctx, upper.groups));
    const i64 = IntegerType.get(ctx, 64);
    let steps: bigint[] = ivs.map(() => 1n);
    if (p.parseOptionalKeyword("step")) {
      const r = p.parseAffineMapOfSSAIds("(");
      steps = r.value.results.map((e) => {
        if (e.kind !== AffineExprKind.Constant) p.emitError("steps must be constant integers", p.nameOffset);
        return (e as AffineConstantExpr).value;
      });
    }
    props.set("steps", ArrayAttr.get(ctx, steps.map((s) => IntegerAttr.get(ctx, i64, s))));
    const reductions: IntegerAttr[] = [];
    if (p.parseOptionalKeyword("reduce")) {
      p.parsePunctuation("(");
      do {
        const at = p.currentOffset();
        const a = p.parseAttribute();
        if (a.kind !== BuiltinKind.StringAttr) p.emitError("invalid kind of attribute specified", at);
        const kind = atomicRMWKinds.indexOf((a as StringAttr).value as (typeof atomicRMWKinds)[number]);
        if (kind < 0) p.emitError(`invalid reduction value: "${(a as StringAttr).value}"`, at);
        reductions.push(IntegerAttr.get(ctx, i64, kind));
      } while (p.parseOptionalPunctuation(","));
      p.parsePunctuation(")");
    }
    props.set("reductions", ArrayAttr.get(ctx, reductions));
    state.resultTypes = p.parseOptionalArrowTypeList();
    const body = new Region();
    p.parseRegion(body, ivs);
    const dict = p.parseOptionalAttrDict();
    ensureTerminator(body, p, "affine.yield");
    state.operands = [...lower.operands, ...upper.operands];
    state.regions = [body];
    props.finish(state, dict);
  },
  print(p: OpAsmPrinter, op: Operation) {
    const body = op.regions[0]!.first!;
    p.write(" (");
    p.printOperands(body.arguments);
    p.write(") = (");
    const lower = boundsOf(op, "lower");
    printBounds(p, lower.map, lower.groups, lower.operands, "max");
    p.write(") to (");
    const upper = boundsOf(op, "upper");
    printBounds(p, upper.map, upper.groups, upper.operands, "min");
    p.write(")");
    const steps = stepsOf(op);
    if (!steps.every((s) => s === 1n)) p.write(` step (${steps.join(", ")})`);
    if (op.results.length > 0) {
      const reds = (op.getInherentAttr("reductions") as ArrayAttr).elements;
      p.write(" reduce (");
      p.write(reds.map((r) => `"${atomicRMWKinds[Number((r as IntegerAttr).value)]}"`).join(", "));
      p.write(") -> (");
      op.results.forEach((r, i) => {
        if (i > 0) p.write(", ");
        p.printType(r.type);
      });
      p.write(")");
    }
    p.write(" ");
    p.printRegion(op.regions[0]!, false, op.results.length > 0);
    printAttrDict(p, op, parallelElided);
  },
  verify(op: Operation) {
    const body = op.regions[0]!.first;
    const numArgs = body === null ? 0 : body.arguments.length;
    const lower = boundsOf(op, "lower");
    const upper = boundsOf(op, "upper");
    const steps = stepsOf(op);
    const numDims = lower.groups.length;
    if (upper.groups.length !== numDims || steps.length !== numDims || numArgs !== numDims) {
      throw opError(
        op,
        `the number of region arguments (${numArgs}) and the number of map groups for lower (${lower.groups.length}) and upper bound (${upper.groups.length}), and the number of steps (${steps.length}) must all match`,
      );
    }
    for (const [b, name] of [[lower, "lower"], [upper, "upper"]] as const) {
      let expected = 0;
      for (const g of b.groups) {
        if (g === 0) throw opError(op, `expected ${name} bound map to have at least one result`);
        expected += g;
      }
      if (expected !== b.map.numResults) throw opError(op, `expected ${name} bounds map to have ${expected} results`);
    }
    const reds = (op.getInherentAttr("reductions") as ArrayAttr).elements;
    if (reds.length !== op.results.length) throw opError(op, "a reduction must be specified for each output");
    reds.forEach((r, i) => {
      const kind = r.kind === BuiltinKind.IntegerAttr ? atomicRMWKinds[Number((r as IntegerAttr).value)] : undefined;
      if (kind === undefined) throw opError(op, "invalid reduction attribute");
      if (!reductionMatchesType(kind, op.results[i]!.type)) throw opError(op, "result type cannot match reduction attribute");
    });
    verifyDimAndSymbolIdentifiers(op, lower.operands, lower.map.numDims);
    verifyDimAndSymbolIdentifiers(op, upper.operands, upper.map.numDims);
  },
}) {}
