import { DialectAttrKind, type Attribute, type TypeAttribute } from "../../ir/attribute.js";
import { Block } from "../../ir/block.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import type { OpAsmArgument, OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import type { Value } from "../../ir/value.js";
import { anyRankedTensor, anyType, arrayOf, Constraint, denseI64Array, i1, index, signlessIntegerOrIndex, unitAttr } from "../../irdl/constraint.js";
import type { CustomDirective, FormatParseState } from "../../irdl/format/compile.js";
import { AllTypesMatch, optionalProp, quoted, region, segmentSizesAttr, variadic, variadicRegion, type OpDef } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import {
  AffineScope,
  AutomaticAllocationScope,
  GraphRegions,
  HasParent,
  NoTerminator,
  Pure,
  RecursiveMemoryEffects,
  ReturnLike,
  SingleBlock,
  Terminator,
} from "../../irdl/traits.js";
import type { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { DenseArrayAttr } from "../builtin/attributes/dense-array-attr.js";
import { writeRawElement } from "../builtin/attributes/dense-storage.js";
import { UnitAttr } from "../builtin/attributes/unit-attr.js";
import type { FunctionType } from "../builtin/types/function-type.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import {
  allAttributes,
  constantIntValue,
  ensureTerminator,
  implicitTerminator,
  parseAssignmentList,
  printInitializationList,
  printOptionalArrowTypeList,
  propertiesOf,
  splitAttributes,
  terminatorOf,
  typedArgument,
  typesOf,
  valuesOf,
  verifyEdge,
  verifyImplicitTerminator,
  none,
} from "./helpers.js";

/** The terminator of the single block of `r`, or null. */
function lastOp(r: Region): Operation | null {
  const b = r.first;
  return b === null ? null : b.last;
}

/** The operands of `t` when it is a `name`, else null. */
function yielded(t: Operation | null, name = "scf.yield"): Value[] | null {
  return t !== null && t.opName === name ? valuesOf(t) : null;
}

// ---- Terminators ------------------------------------------------------------------------------

/** `scf.yield %a : T`: returns values from an `scf` region to its parent. */
export class YieldOp extends defineOp({
  name: "scf.yield",
  operands: { results: variadic(anyType) },
  traits: [Pure, ReturnLike, Terminator, HasParent("scf.execute_region", "scf.for", "scf.if", "scf.index_switch", "scf.while")],
  format: "attr-dict ($results^ `:` type($results))?",
}) {}

/** `scf.condition(%c) %a : T`: the continuation condition of an `scf.while`. */
export class ConditionOp extends defineOp({
  name: "scf.condition",
  operands: { condition: i1, args: variadic(anyType) },
  traits: [HasParent("scf.while"), Pure, Terminator],
  format: "`(` $condition `)` attr-dict ($args^ `:` type($args))?",
  inferOperandTypes: { condition: (_earlier, _count, ctx) => [IntegerType.get(ctx, 1)] },
}) {}

// ---- scf.for ----------------------------------------------------------------------------------

/**
 * `scf.for (unsigned)? %i = %lb to %ub step %s (iter_args(%a = %x) -> (T))? (: iN)? { ... }`:
 * a counted loop with loop-carried values (MLIR's hand-written `ForOp::parse`).
 */
function parseFor(p: OpAsmParser, state: ParsedOperationState): void {
  // Every loop comes through here: no spreads, closures or property bags
  // (they cost much more than plain loops before the code is optimized).
  const ctx = p.context;
  const unsigned = p.parseOptionalKeyword("unsigned");
  const iv = p.parseArgument(false);
  p.parsePunctuation("=");
  const lb = p.parseOperand();
  p.parseKeyword("to");
  const ub = p.parseOperand();
  p.parseKeyword("step");
  const step = p.parseOperand();
  let iterArgs: OpAsmArgument[] = none;
  let inits: UnresolvedOperand[] = none;
  let resultTypes: TypeAttribute[] = none;
  if (p.parseOptionalKeyword("iter_args")) {
    iterArgs = [];
    inits = [];
    parseAssignmentList(p, iterArgs, inits);
    p.parsePunctuation("->");
    resultTypes = p.parseOptionalPunctuation("(") ? parseTypesThenParen(p) : [p.parseType()];
  }
  if (iterArgs.length !== resultTypes.length) {
    p.emitError("mismatch in number of loop-carried values and defined values", p.nameOffset);
  }
  const type = p.parseOptionalPunctuation(":") ? p.parseType() : IndexType.get(ctx);
  const args = new Array<OpAsmArgument>(1 + iterArgs.length);
  args[0] = typedArgument(iv, type);
  for (let i = 0; i < iterArgs.length; i++) args[i + 1] = typedArgument(iterArgs[i]!, resultTypes[i]!);
  const body = new Region();
  p.parseRegion(body, args);
  ensureTerminator(body, ctx, "scf.yield");
  const operands = new Array<Value>(3 + inits.length);
  operands[0] = p.resolveOperand(lb, type);
  operands[1] = p.resolveOperand(ub, type);
  operands[2] = p.resolveOperand(step, type);
  for (let i = 0; i < inits.length; i++) operands[3 + i] = p.resolveOperand(inits[i]!, resultTypes[i]!);
  const dict = p.parseOptionalAttrDict();
  if (dict === null && !unsigned) {
    state.properties = null;
  } else {
    const props: Record<string, Attribute> = {};
    if (unsigned) props.unsignedCmp = UnitAttr.get(ctx);
    splitAttributes(ctx, state, dict, ForOp.def.inherentAttrs, props);
    state.properties = propertiesOf(ctx, props);
  }
  state.operands = operands;
  state.resultTypes = resultTypes;
  state.regions = [body];
}

/** The rest of `(T, U)` after its `(` (possibly empty). */
function parseTypesThenParen(p: OpAsmParser): TypeAttribute[] {
  if (p.parseOptionalPunctuation(")")) return [];
  const ts = p.parseTypeList();
  p.parsePunctuation(")");
  return ts;
}

function printFor(p: OpAsmPrinter, op: Operation): void {
  const body = op.regions[0]!;
  const entry = body.first!;
  const inits = valuesOf(op, 3);
  if (ForOp.def.prop(op, "unsignedCmp") !== undefined) p.write(" unsigned");
  p.write(" ");
  p.printOperand(entry.arguments[0]!);
  p.write(" = ");
  p.printOperand(op.operands[0]!.value);
  p.write(" to ");
  p.printOperand(op.operands[1]!.value);
  p.write(" step ");
  p.printOperand(op.operands[2]!.value);
  if (inits.length > 0) {
    printInitializationList(p, entry.arguments.slice(1), inits, " iter_args");
    p.write(" -> (");
    for (let i = 0; i < inits.length; i++) {
      if (i > 0) p.write(", ");
      p.printType(inits[i]!.type);
    }
    p.write(")");
  }
  p.write(" ");
  const t = entry.arguments[0]!.type;
  if (t.kind !== IndexType.get(op.context).kind) {
    p.write(" : ");
    p.printType(t);
    p.write(" ");
  }
  p.printRegion(body, false, inits.length > 0);
  p.printOptionalAttrDict(allAttributes(op), ["unsignedCmp"]);
}

/** Checks of MLIR's `LoopLikeOpInterface` for a loop with `inits`, `iterArgs`, yielded values and results. */
function verifyLoopLike(op: Operation, inits: readonly Value[], iterArgs: readonly Value[], yields: readonly Value[] | null, results: readonly Value[]): void {
  if (inits.length !== iterArgs.length) {
    throw opError(op, `different number of inits and region iter_args: ${inits.length} != ${iterArgs.length}`);
  }
  const ys = yields ?? [];
  if (ys.length > 0 && iterArgs.length !== ys.length) {
    throw opError(op, `different number of region iter_args and yielded values: ${iterArgs.length} != ${ys.length}`);
  }
  if (results.length !== iterArgs.length) {
    throw opError(op, `different number of loop results and region iter_args: ${results.length} != ${iterArgs.length}`);
  }
  for (let i = 0; i < inits.length; i++) {
    if (inits[i]!.type !== iterArgs[i]!.type) {
      throw opError(op, `${i}-th init and ${i}-th region iter_arg have different type: ${quoted(inits[i]!.type)} != ${quoted(iterArgs[i]!.type)}`);
    }
    if (ys.length > 0 && iterArgs[i]!.type !== ys[i]!.type) {
      throw opError(op, `${i}-th region iter_arg and ${i}-th yielded value have different type: ${quoted(iterArgs[i]!.type)} != ${quoted(ys[i]!.type)}`);
    }
  }
  for (let i = 0; i < results.length; i++) {
    if (iterArgs[i]!.type !== results[i]!.type) {
      throw opError(op, `${i}-th region iter_arg and ${i}-th loop result have different type: ${quoted(iterArgs[i]!.type)} != ${quoted(results[i]!.type)}`);
    }
  }
}

/** `scf.for`: a loop from a lower to an upper bound by a step, with loop-carried values. */
export class ForOp extends defineOp({
  name: "scf.for",
  operands: { lowerBound: signlessIntegerOrIndex, upperBound: signlessIntegerOrIndex, step: signlessIntegerOrIndex, initArgs: variadic(anyType) },
  results: { results: variadic(anyType) },
  properties: { unsignedCmp: optionalProp(unitAttr) },
  regions: { region: region(1) },
  traits: [AffineScope, AutomaticAllocationScope, AllTypesMatch("lowerBound", "upperBound", "step"), implicitTerminator("scf.yield"), RecursiveMemoryEffects],
  parse: parseFor,
  print: printFor,
  verify(op) {
    const inits = valuesOf(op, 3);
    if (op.results.length !== 0 && inits.length !== op.results.length) {
      throw opError(op, "mismatch in number of loop-carried values and defined values");
    }
    const body = op.regions[0]!;
    const entry = body.first!;
    const iterArgs: Value[] = entry.arguments.length > 1 ? entry.arguments.slice(1) : none;
    const ys = yielded(lastOp(body));
    verifyLoopLike(op, inits, iterArgs, ys, op.results);
    // Region checks (MLIR's `verifyRegions`).
    const iv = entry.arguments[0];
    if (iv === undefined || iv.type !== op.operands[0]!.value.type) {
      throw opError(op, "expected induction variable to be same type as bounds and step");
    }
    verifyImplicitTerminator(op, "scf.yield");
    const y = lastOp(body)!;
    const types = typesOf(iterArgs);
    verifyEdge(op, y, "Operation scf.yield to Region #0", ys!, types);
    verifyEdge(op, y, "Operation scf.yield to parent", ys!, typesOf(op.results));
  },
}) {}

// ---- scf.if -----------------------------------------------------------------------------------

function parseIf(p: OpAsmParser, state: ParsedOperationState): void {
  const ctx = p.context;
  const cond = p.parseOperand();
  const c = p.resolveOperand(cond, IntegerType.get(ctx, 1));
  const resultTypes = p.parseOptionalArrowTypeList();
  const thenRegion = new Region();
  const elseRegion = new Region();
  p.parseRegion(thenRegion);
  ensureTerminator(thenRegion, ctx, "scf.yield");
  if (p.parseOptionalKeyword("else")) {
    p.parseRegion(elseRegion);
    ensureTerminator(elseRegion, ctx, "scf.yield");
  }
  const dict = p.parseOptionalAttrDict();
  if (dict !== null) splitAttributes(ctx, state, dict, [], {});
  state.operands = [c];
  state.resultTypes = resultTypes;
  state.regions = [thenRegion, elseRegion];
}

function printIf(p: OpAsmPrinter, op: Operation): void {
  p.write(" ");
  p.printOperand(op.operands[0]!.value);
  const withResults = op.results.length > 0;
  if (withResults) {
    p.write(" -> (");
    const rs = op.results;
    for (let i = 0; i < rs.length; i++) {
      if (i > 0) p.write(", ");
      p.printType(rs[i]!.type);
    }
    p.write(")");
  }
  p.write(" ");
  p.printRegion(op.regions[0]!, false, withResults);
  const elseRegion = op.regions[1]!;
  if (elseRegion.first !== null) {
    p.write(" else ");
    p.printRegion(elseRegion, false, withResults);
  }
  p.printOptionalAttrDict(allAttributes(op));
}

/** `scf.if %c -> (T) { ... } else { ... }`: a conditional with optional results. */
export class IfOp extends defineOp({
  name: "scf.if",
  operands: { condition: i1 },
  results: { results: variadic(anyType) },
  regions: { thenRegion: region(1), elseRegion: region() },
  traits: [implicitTerminator("scf.yield"), RecursiveMemoryEffects],
  parse: parseIf,
  print: printIf,
  verify(op) {
    const elseRegion = op.regions[1]!;
    if (elseRegion.first !== null && elseRegion.first.next !== null) {
      throw opError(op, "region #1 ('elseRegion') failed to verify constraint: region with at most 1 blocks");
    }
    if (op.results.length !== 0 && elseRegion.first === null) throw opError(op, "must have an else block if defining values");
    verifyImplicitTerminator(op, "scf.yield");
    const types = typesOf(op.results);
    const regions = op.regions;
    for (let i = 0; i < regions.length; i++) {
      const t = lastOp(regions[i]!);
      if (t === null) continue;
      verifyEdge(op, t, "Operation scf.yield to parent", yielded(t)!, types);
    }
  },
}) {}

// ---- scf.while --------------------------------------------------------------------------------

function parseWhile(p: OpAsmParser, state: ParsedOperationState): void {
  const ctx = p.context;
  const args: OpAsmArgument[] = [];
  const inits: UnresolvedOperand[] = [];
  if (p.parseOptionalPunctuation("(")) {
    if (!p.parseOptionalPunctuation(")")) {
      do {
        args.push(p.parseArgument(false));
        p.parsePunctuation("=");
        inits.push(p.parseOperand());
      } while (p.parseOptionalPunctuation(","));
      p.parsePunctuation(")");
    }
  }
  p.parsePunctuation(":");
  const typeOffset = p.currentOffset();
  const ft = p.parseType() as FunctionType;
  if (ft.inputs === undefined) p.emitError("invalid kind of type specified", typeOffset);
  if (ft.inputs.length !== inits.length) {
    p.emitError(`expected as many input types as operands (expected ${inits.length} got ${ft.inputs.length})`, typeOffset);
  }
  const operands = p.resolveOperands(inits, ft.inputs, p.currentOffset());
  const before = new Region();
  const after = new Region();
  p.parseRegion(
    before,
    args.map((a, i) => typedArgument(a, ft.inputs[i]!)),
  );
  p.parseKeyword("do");
  p.parseRegion(after);
  const props: Record<string, Attribute> = {};
  splitAttributes(ctx, state, p.parseOptionalAttrDictWithKeyword(), [], props);
  state.operands = operands;
  state.resultTypes = [...ft.results];
  state.regions = [before, after];
}

function printWhile(p: OpAsmPrinter, op: Operation): void {
  const before = op.regions[0]!;
  const inits = valuesOf(op);
  printInitializationList(p, before.first === null ? [] : before.first.arguments, inits, " ");
  p.write(" : ");
  p.printFunctionalType(typesOf(inits), typesOf(op.results));
  p.write(" ");
  p.printRegion(before, false);
  p.write(" do ");
  p.printRegion(op.regions[1]!);
  p.printOptionalAttrDictWithKeyword(allAttributes(op));
}

/** `scf.while (%a = %x) : (T) -> U { before } do { after }`: a general loop. */
export class WhileOp extends defineOp({
  name: "scf.while",
  operands: { inits: variadic(anyType) },
  results: { results: variadic(anyType) },
  regions: { before: region(), after: region() },
  traits: [RecursiveMemoryEffects],
  parse: parseWhile,
  print: printWhile,
  verify(op) {
    const [before, after] = op.regions as [Region, Region];
    const cond = terminatorOf(op, before, "scf.condition", "expects the 'before' region to terminate with 'scf.condition'");
    const y = terminatorOf(op, after, "scf.yield", "expects the 'after' region to terminate with 'scf.yield'");
    const beforeArgs = typesOf(before.first!.arguments);
    verifyEdge(op, op, "parent to Region #0", valuesOf(op), beforeArgs);
    const forwarded = valuesOf(cond, 1);
    verifyEdge(op, cond, "Operation scf.condition to parent", forwarded, typesOf(op.results));
    verifyEdge(op, cond, "Operation scf.condition to Region #1", forwarded, typesOf(after.first!.arguments));
    verifyEdge(op, y, "Operation scf.yield to Region #0", valuesOf(y), beforeArgs);
  },
}) {}

// ---- scf.execute_region -----------------------------------------------------------------------

function parseExecuteRegion(p: OpAsmParser, state: ParsedOperationState): void {
  const ctx = p.context;
  state.resultTypes = p.parseOptionalArrowTypeList();
  const props: Record<string, Attribute> = {};
  if (p.parseOptionalKeyword("no_inline")) props.no_inline = UnitAttr.get(ctx);
  const body = new Region();
  p.parseRegion(body);
  splitAttributes(ctx, state, p.parseOptionalAttrDict(), ExecuteRegionOp.def.inherentAttrs, props);
  state.regions = [body];
  state.properties = propertiesOf(ctx, props);
}

function printExecuteRegion(p: OpAsmPrinter, op: Operation): void {
  printOptionalArrowTypeList(p, typesOf(op.results));
  p.write(" ");
  if (ExecuteRegionOp.def.prop(op, "no_inline") !== undefined) p.write("no_inline ");
  p.printRegion(op.regions[0]!, false, true);
  p.printOptionalAttrDict(allAttributes(op), ["no_inline"]);
}

/** `scf.execute_region -> T { ... }`: runs its (multi-block) region once. */
export class ExecuteRegionOp extends defineOp({
  name: "scf.execute_region",
  results: { results: variadic(anyType) },
  properties: { no_inline: optionalProp(unitAttr) },
  regions: { region: region() },
  parse: parseExecuteRegion,
  print: printExecuteRegion,
  verify(op) {
    const r = op.regions[0]!;
    if (r.first === null) throw opError(op, "region needs to have at least one block");
    if (r.first.arguments.length > 0) throw opError(op, "region cannot have any arguments");
    const types = typesOf(op.results);
    for (let b: Block | null = r.first; b !== null; b = b.next) {
      const t = b.last;
      if (t === null || t.opName !== "scf.yield") continue;
      verifyEdge(op, t, "Operation scf.yield to parent", valuesOf(t), types);
    }
  },
}) {}

// ---- scf.index_switch -------------------------------------------------------------------------

/** `case 1 { ... }` per case, each on a new line (MLIR's `custom<SwitchCases>`). */
const switchCases: CustomDirective = {
  parse(p: OpAsmParser, st: FormatParseState) {
    const values: bigint[] = [];
    const regions: Region[] = [];
    while (p.parseOptionalKeyword("case")) {
      values.push(p.parseInteger());
      const r = new Region();
      p.parseRegion(r);
      regions.push(r);
    }
    const data = new Uint8Array(values.length * 8);
    for (let i = 0; i < values.length; i++) writeRawElement(data, 64, i, values[i]!);
    st.setProp("cases", DenseArrayAttr.get(p.context, IntegerType.get(p.context, 64), values.length, data));
    st.setRegions("caseRegions", regions);
  },
  print(p: OpAsmPrinter, op: Operation) {
    const cases = IndexSwitchOp.def.prop(op, "cases") as DenseArrayAttr;
    for (let i = 0; i < cases.size; i++) {
      const r = op.regions[i + 1];
      if (r === undefined) break;
      p.printNewline();
      p.write(`case ${BigInt.asIntN(64, cases.rawElement(i))} `);
      p.printRegion(r, false);
    }
  },
};

/** `scf.index_switch %i -> T case 1 { ... } default { ... }`: a switch on an index. */
export class IndexSwitchOp extends defineOp({
  name: "scf.index_switch",
  operands: { arg: index },
  results: { results: variadic(anyType) },
  properties: { cases: denseI64Array },
  regions: { defaultRegion: region(1), caseRegions: variadicRegion(1) },
  traits: [RecursiveMemoryEffects, implicitTerminator("scf.yield")],
  format: "$arg attr-dict (`->` type($results)^)? custom<SwitchCases>($cases, $caseRegions) `\\n` `` `default` $defaultRegion",
  customDirectives: { SwitchCases: switchCases },
  inferOperandTypes: { arg: (_earlier, _count, ctx) => [IndexType.get(ctx)] },
  verify(op) {
    const cases = IndexSwitchOp.def.prop(op, "cases") as DenseArrayAttr;
    const nRegions = op.regions.length - 1;
    if (cases.size !== nRegions) throw opError(op, `has ${nRegions} case regions but ${cases.size} case values`);
    const seen = new Set<bigint>();
    for (let i = 0; i < cases.size; i++) {
      const v = BigInt.asIntN(64, cases.rawElement(i));
      if (seen.has(v)) throw opError(op, `has duplicate case value: ${v}`);
      seen.add(v);
    }
    const check = (r: Region, name: string): void => {
      const t = lastOp(r);
      if (t === null || t.opName !== "scf.yield") {
        throw opError(op, `expected region to end with scf.yield, but got ${t === null ? "" : t.opName}`);
      }
      if (t.operands.length !== op.results.length) {
        const e = opError(op, `expected each region to return ${op.results.length} values, but ${name} returns ${t.operands.length}`);
        e.diagnostic.attachNote("see yield operation here", t.location);
        throw e;
      }
      for (let i = 0; i < op.results.length; i++) {
        const rt = op.results[i]!.type;
        const yt = t.operands[i]!.value.type;
        if (rt === yt) continue;
        const e = opError(op, `expected result #${i} of each region to be ${quoted(rt)}`);
        e.diagnostic.attachNote(`${name} returns ${quoted(yt)} here`, t.location);
        throw e;
      }
    };
    check(op.regions[0]!, "default region");
    for (let i = 0; i < nRegions; i++) check(op.regions[i + 1]!, `case region #${i}`);
  },
}) {}

// ---- scf.parallel, scf.reduce -----------------------------------------------------------------

/** `(%a, %b)`: operands in parentheses. */
function parseParenOperands(p: OpAsmParser): UnresolvedOperand[] {
  const out: UnresolvedOperand[] = [];
  p.parseCommaSeparatedList("(", ")", () => out.push(p.parseOperand()));
  return out;
}

function parseParallel(p: OpAsmParser, state: ParsedOperationState): void {
  const ctx = p.context;
  const idx = IndexType.get(ctx);
  const ivs: OpAsmArgument[] = [];
  p.parseCommaSeparatedList("(", ")", () => ivs.push(p.parseArgument(false)));
  p.parsePunctuation("=");
  const resolveIndex = (us: UnresolvedOperand[], at: number): Value[] => {
    if (us.length !== ivs.length) p.emitError(`expected ${ivs.length} operands`, at);
    return us.map((u) => p.resolveOperand(u, idx));
  };
  let at = p.currentOffset();
  const lower = resolveIndex(parseParenOperands(p), at);
  p.parseKeyword("to");
  at = p.currentOffset();
  const upper = resolveIndex(parseParenOperands(p), at);
  p.parseKeyword("step");
  at = p.currentOffset();
  const steps = resolveIndex(parseParenOperands(p), at);
  let inits: UnresolvedOperand[] = [];
  if (p.parseOptionalKeyword("init")) inits = parseParenOperands(p);
  const resultTypes = p.parseOptionalArrowTypeList();
  const body = new Region();
  p.parseRegion(
    body,
    ivs.map((a) => typedArgument(a, idx)),
  );
  const props: Record<string, Attribute> = {
    operandSegmentSizes: segmentSizesAttr(ctx, [lower.length, upper.length, steps.length, inits.length]),
  };
  splitAttributes(ctx, state, p.parseOptionalAttrDict(), ParallelOp.def.inherentAttrs, props);
  const initValues = p.resolveOperands(inits, resultTypes, p.nameOffset);
  ensureTerminator(body, ctx, "scf.reduce");
  state.operands = [...lower, ...upper, ...steps, ...initValues];
  state.resultTypes = resultTypes;
  state.regions = [body];
  state.properties = propertiesOf(ctx, props);
}

function printParallel(p: OpAsmPrinter, op: Operation): void {
  const def = ParallelOp.def;
  const list = (vs: readonly Value[]): void => {
    vs.forEach((v, i) => {
      if (i > 0) p.write(", ");
      p.printOperand(v);
    });
  };
  const group = (g: number): Value[] => {
    const [s, n] = def.operandRange(op, g);
    return valuesOf(op, s, n);
  };
  const body = op.regions[0]!;
  p.write(" (");
  list(body.first === null ? [] : body.first.arguments);
  p.write(") = (");
  list(group(0));
  p.write(") to (");
  list(group(1));
  p.write(") step (");
  list(group(2));
  p.write(")");
  const inits = group(3);
  if (inits.length > 0) {
    p.write(" init (");
    list(inits);
    p.write(")");
  }
  printOptionalArrowTypeList(p, typesOf(op.results));
  p.write(" ");
  p.printRegion(body, false);
  p.printOptionalAttrDict(allAttributes(op), ["operandSegmentSizes"]);
}

/** `scf.parallel (%i) = (%lb) to (%ub) step (%s) init (%x) -> T { ... }`: a parallel loop nest with reductions. */
export class ParallelOp extends defineOp({
  name: "scf.parallel",
  operands: { lowerBound: variadic(index), upperBound: variadic(index), step: variadic(index), initVals: variadic(anyType) },
  results: { results: variadic(anyType) },
  regions: { region: region(1) },
  traits: [AutomaticAllocationScope, RecursiveMemoryEffects, implicitTerminator("scf.reduce")],
  parse: parseParallel,
  print: printParallel,
  verify(op) {
    const def = ParallelOp.def;
    const [ss, sn] = def.operandRange(op, 2);
    if (sn === 0) throw opError(op, "needs at least one tuple element for lowerBound, upperBound and step");
    for (let i = ss; i < ss + sn; i++) {
      const c = constantIntValue(op.operands[i]!.value);
      if (c !== null && c <= 0n) throw opError(op, "constant step operand must be positive");
    }
    const body = op.regions[0]!.first!;
    if (body.arguments.length !== sn) {
      throw opError(op, `expects the same number of induction variables: ${body.arguments.length} as bound and step values: ${sn}`);
    }
    for (const a of body.arguments) {
      if (a.type !== IndexType.get(op.context)) throw opError(op, "expects arguments for the induction variable to be of index type");
    }
    const reduce = terminatorOf(op, op.regions[0]!, "scf.reduce", "expects body to terminate with 'scf.reduce'");
    const nResults = op.results.length;
    const nReductions = reduce.regions.length;
    const [, nInits] = def.operandRange(op, 3);
    if (nResults !== nReductions) {
      throw opError(op, `expects number of results: ${nResults} to be the same as number of reductions: ${nReductions}`);
    }
    if (nResults !== nInits) {
      throw opError(op, `expects number of results: ${nResults} to be the same as number of initial values: ${nInits}`);
    }
    for (let i = 0; i < nReductions; i++) {
      const rt = op.results[i]!.type;
      const ot = reduce.operands[i]?.value.type;
      if (ot !== rt) {
        throw opError(
          reduce,
          `expects type of ${i}-th reduction operand: ${ot === undefined ? "''" : quoted(ot)} to be the same as the ${i}-th result type: ${quoted(rt)}`,
        );
      }
    }
  },
}) {}

/** `scf.reduce(%a : T) { ^bb0(%l: T, %r: T): ... }`: the reductions ending an `scf.parallel` body. */
export class ReduceOp extends defineOp({
  name: "scf.reduce",
  operands: { operands: variadic(anyType) },
  regions: { reductions: variadicRegion(1) },
  traits: [Terminator, HasParent("scf.parallel"), RecursiveMemoryEffects],
  format: "(`(` $operands^ `:` type($operands) `)`)? $reductions attr-dict",
  verify(op) {
    for (let i = 0; i < op.regions.length; i++) {
      const type = op.operands[i]?.value.type;
      const b = op.regions[i]!.first!;
      if (b.first === null) throw opError(op, `${i}-th reduction has an empty body`);
      if (b.arguments.length !== 2 || b.arguments.some((a) => a.type !== type)) {
        throw opError(op, `expected two block arguments with type ${type === undefined ? "''" : quoted(type)} in the ${i}-th reduction region`);
      }
      if (b.last!.opName !== "scf.reduce.return") throw opError(op, "reduction bodies must be terminated with an 'scf.reduce.return' op");
    }
  },
}) {}

/** `scf.reduce.return %r : T`: the result of one reduction of an `scf.reduce`. */
export class ReduceReturnOp extends defineOp({
  name: "scf.reduce.return",
  operands: { result: anyType },
  traits: [HasParent("scf.reduce"), Pure, Terminator],
  format: "$result attr-dict `:` type($result)",
  verify(op) {
    const reduce = op.parentOp!;
    const r = op.parent!.parent!;
    const i = reduce.regions.indexOf(r);
    const expected = reduce.operands[i]?.value.type;
    if (expected !== undefined && expected !== op.operands[0]!.value.type) {
      throw opError(op, `must have type ${quoted(expected)} (the type of the reduction inputs)`);
    }
  },
}) {}

// ---- scf.forall -------------------------------------------------------------------------------

/** `ShapedType::kDynamic`: a static entry standing for the next dynamic value. */
const kDynamic = -(2n ** 63n);

/** An i64 dense array of `values`. */
function i64Array(ctx: import("../../ir/context.js").Context, values: readonly bigint[]): DenseArrayAttr {
  const data = new Uint8Array(values.length * 8);
  for (let i = 0; i < values.length; i++) writeRawElement(data, 64, i, values[i]!);
  return DenseArrayAttr.get(ctx, IntegerType.get(ctx, 64), values.length, data);
}

/** The signed values of an i64 dense array. */
function i64Values(a: DenseArrayAttr | undefined): bigint[] {
  const out: bigint[] = [];
  if (a === undefined) return out;
  for (let i = 0; i < a.size; i++) out.push(BigInt.asIntN(64, a.rawElement(i)));
  return out;
}

/** `(%a, 4, %b)`: mixed dynamic and static values (MLIR's `parseDynamicIndexList`). */
function parseDynamicIndexList(p: OpAsmParser, dynamic: UnresolvedOperand[], statics: bigint[]): void {
  p.parseCommaSeparatedList("(", ")", () => {
    const o = p.parseOptionalOperand();
    if (o !== null) {
      dynamic.push(o);
      statics.push(kDynamic);
    } else {
      statics.push(p.parseInteger());
    }
  });
}

/** Prints `(%a, 4, %b)` (MLIR's `printDynamicIndexList`). */
function printDynamicIndexList(p: OpAsmPrinter, dynamic: readonly Value[], statics: readonly bigint[]): void {
  p.write("(");
  let d = 0;
  statics.forEach((s, i) => {
    if (i > 0) p.write(", ");
    if (s === kDynamic) p.printOperand(dynamic[d++]!);
    else p.write(String(s));
  });
  p.write(")");
}

/** The static and dynamic values of one `scf.forall` bound list, as constants where known (`getMixed*`). */
function mixedConstants(statics: readonly bigint[], dynamic: readonly Value[]): (bigint | null)[] {
  let d = 0;
  return statics.map((s) => (s === kDynamic ? constantIntValue(dynamic[d++]!) : s));
}

function parseForall(p: OpAsmParser, state: ParsedOperationState): void {
  const ctx = p.context;
  const idx = IndexType.get(ctx);
  const ivs: OpAsmArgument[] = [];
  p.parseCommaSeparatedList("(", ")", () => ivs.push(p.parseArgument(false)));
  const dynLbs: UnresolvedOperand[] = [];
  const dynUbs: UnresolvedOperand[] = [];
  const dynSteps: UnresolvedOperand[] = [];
  let lbs: bigint[] = [];
  const ubs: bigint[] = [];
  let steps: bigint[] = [];
  const operands: Value[] = [];
  const resolve = (us: UnresolvedOperand[]): void => {
    for (const u of us) operands.push(p.resolveOperand(u, idx));
  };
  if (p.parseOptionalKeyword("in")) {
    parseDynamicIndexList(p, dynUbs, ubs);
    resolve(dynUbs);
    lbs = ivs.map(() => 0n);
    steps = ivs.map(() => 1n);
  } else {
    p.parsePunctuation("=");
    parseDynamicIndexList(p, dynLbs, lbs);
    resolve(dynLbs);
    p.parseKeyword("to");
    parseDynamicIndexList(p, dynUbs, ubs);
    resolve(dynUbs);
    p.parseKeyword("step");
    parseDynamicIndexList(p, dynSteps, steps);
    resolve(dynSteps);
  }
  const outArgs: OpAsmArgument[] = [];
  const outs: UnresolvedOperand[] = [];
  let resultTypes: TypeAttribute[] = [];
  const outsOffset = p.currentOffset();
  if (p.parseOptionalKeyword("shared_outs")) {
    parseAssignmentList(p, outArgs, outs);
    resultTypes = p.parseOptionalArrowTypeList();
    operands.push(...p.resolveOperands(outs, resultTypes, outsOffset));
  }
  const body = new Region();
  p.parseRegion(body, [...ivs.map((a) => typedArgument(a, idx)), ...outArgs.map((a, i) => typedArgument(a, resultTypes[i]!))]);
  ensureTerminator(body, ctx, "scf.forall.in_parallel");
  const props: Record<string, Attribute> = {};
  splitAttributes(ctx, state, p.parseOptionalAttrDict(), ForallOp.def.inherentAttrs, props);
  props.staticLowerBound = i64Array(ctx, lbs);
  props.staticUpperBound = i64Array(ctx, ubs);
  props.staticStep = i64Array(ctx, steps);
  props.operandSegmentSizes = segmentSizesAttr(ctx, [dynLbs.length, dynUbs.length, dynSteps.length, outs.length]);
  state.operands = operands;
  state.resultTypes = resultTypes;
  state.regions = [body];
  state.properties = propertiesOf(ctx, props);
}

function printForall(p: OpAsmPrinter, op: Operation): void {
  const def = ForallOp.def;
  const group = (g: number): Value[] => {
    const [s, n] = def.operandRange(op, g);
    return valuesOf(op, s, n);
  };
  const lbs = i64Values(def.prop(op, "staticLowerBound") as DenseArrayAttr | undefined);
  const ubs = i64Values(def.prop(op, "staticUpperBound") as DenseArrayAttr | undefined);
  const steps = i64Values(def.prop(op, "staticStep") as DenseArrayAttr | undefined);
  const body = op.regions[0]!;
  const args = body.first === null ? [] : body.first.arguments;
  const rank = lbs.length;
  p.write(" (");
  args.slice(0, rank).forEach((a, i) => {
    if (i > 0) p.write(", ");
    p.printOperand(a);
  });
  const normalized = mixedConstants(lbs, group(0)).every((c) => c === 0n) && mixedConstants(steps, group(2)).every((c) => c === 1n);
  if (normalized) {
    p.write(") in ");
    printDynamicIndexList(p, group(1), ubs);
  } else {
    p.write(") = ");
    printDynamicIndexList(p, group(0), lbs);
    p.write(" to ");
    printDynamicIndexList(p, group(1), ubs);
    p.write(" step ");
    printDynamicIndexList(p, group(2), steps);
  }
  const outs = group(3);
  printInitializationList(p, args.slice(rank), outs, " shared_outs");
  p.write(" ");
  if (outs.length > 0) {
    p.write("-> (");
    op.results.forEach((r, i) => {
      if (i > 0) p.write(", ");
      p.printType(r.type);
    });
    p.write(") ");
  }
  p.printRegion(body, false, op.results.length > 0);
  p.printOptionalAttrDict(allAttributes(op), ["operandSegmentSizes", "staticLowerBound", "staticUpperBound", "staticStep"]);
}

/** `ShapedType::isDynamic` count and size checks of one bound list (MLIR's `verifyListOfOperandsOrIntegers`). */
function verifyOperandsOrIntegers(op: Operation, name: string, rank: number, statics: readonly bigint[], nDynamic: number): void {
  if (statics.length !== rank) throw opErrorPlain(op, `expected ${rank} ${name} values, got ${statics.length}`);
  const expected = statics.filter((s) => s === kDynamic).length;
  if (nDynamic !== expected) throw opErrorPlain(op, `expected ${expected} dynamic ${name} values`);
}

/**
 * `DeviceMappingArrayAttr`: an array of device mapping attributes. Those are
 * dialect attributes (`#gpu.thread<x>`); no builtin attribute qualifies.
 */
const deviceMappingArray = arrayOf(
  new Constraint("device mapping attribute", (a) => a.kind === DialectAttrKind && !a.isType),
  "Device Mapping array attribute",
);

/**
 * `scf.forall (%i, %j) in (4, %n) shared_outs(%o = %t) -> (tensor<...>) { ... }`:
 * a parallel loop nest over tensors, combined by `scf.forall.in_parallel`.
 */
export class ForallOp extends defineOp({
  name: "scf.forall",
  operands: { dynamicLowerBound: variadic(index), dynamicUpperBound: variadic(index), dynamicStep: variadic(index), outputs: variadic(anyRankedTensor) },
  results: { results: variadic(anyType) },
  properties: {
    staticLowerBound: denseI64Array,
    staticUpperBound: denseI64Array,
    staticStep: denseI64Array,
    mapping: optionalProp(deviceMappingArray),
  },
  regions: { region: region(1) },
  traits: [AutomaticAllocationScope, RecursiveMemoryEffects, implicitTerminator("scf.forall.in_parallel")],
  parse: parseForall,
  print: printForall,
  verify(op) {
    const def = ForallOp.def;
    const lbs = i64Values(def.prop(op, "staticLowerBound") as DenseArrayAttr);
    const rank = lbs.length;
    const [, nOuts] = def.operandRange(op, 3);
    if (op.results.length !== nOuts) throw opError(op, `produces ${op.results.length} results, but has only ${nOuts} outputs`);
    const body = op.regions[0]!.first!;
    if (body.arguments.length !== rank + nOuts) throw opError(op, `region expects ${rank} arguments`);
    for (let i = 0; i < rank; i++) {
      if (body.arguments[i]!.type !== IndexType.get(op.context)) throw opError(op, `expects ${i}-th block argument to be an index`);
    }
    const [os] = def.operandRange(op, 3);
    for (let i = 0; i < nOuts; i++) {
      if (body.arguments[rank + i]!.type !== op.operands[os + i]!.value.type) {
        throw opError(op, `type mismatch between ${i}-th output and corresponding block argument`);
      }
    }
    const mapping = def.prop(op, "mapping") as ArrayAttr | undefined;
    if (mapping !== undefined && mapping.elements.length > 0 && mapping.elements.length !== rank) {
      throw opError(op, "mapping attribute size must match op rank");
    }
    verifyOperandsOrIntegers(op, "lower bound", rank, lbs, def.operandRange(op, 0)[1]);
    verifyOperandsOrIntegers(op, "upper bound", rank, i64Values(def.prop(op, "staticUpperBound") as DenseArrayAttr), def.operandRange(op, 1)[1]);
    verifyOperandsOrIntegers(op, "step", rank, i64Values(def.prop(op, "staticStep") as DenseArrayAttr), def.operandRange(op, 2)[1]);
    verifyImplicitTerminator(op, "scf.forall.in_parallel");
  },
}) {}

/** Operations that may appear in `scf.forall.in_parallel` (MLIR's `ParallelCombiningOpInterface`). */
const parallelCombiningOps = new Set(["tensor.parallel_insert_slice"]);

function parseInParallel(p: OpAsmParser, state: ParsedOperationState): void {
  const body = new Region();
  p.parseRegion(body);
  if (body.first === null) body.append(new Block());
  state.regions = [body];
  splitAttributes(p.context, state, p.parseOptionalAttrDict(), [], {});
}

function printInParallel(p: OpAsmPrinter, op: Operation): void {
  p.write(" ");
  p.printRegion(op.regions[0]!, false, false);
  p.printOptionalAttrDict(allAttributes(op));
}

/** `scf.forall.in_parallel { ... }`: the terminator of `scf.forall`, holding the parallel inserts. */
export class InParallelOp extends defineOp({
  name: "scf.forall.in_parallel",
  regions: { region: region(1) },
  traits: [Pure, Terminator, HasParent("scf.forall"), NoTerminator, SingleBlock, GraphRegions],
  parse: parseInParallel,
  print: printInParallel,
  verify(op) {
    for (let o = op.regions[0]!.first!.first; o !== null; o = o.next) {
      if (!parallelCombiningOps.has(o.opName)) throw opError(op, "expected only ParallelCombiningOpInterface ops");
    }
  },
}) {}

/** Every operation of the dialect. */
export const scfOps: readonly { readonly def: OpDef }[] = [
  ConditionOp,
  ExecuteRegionOp,
  ForOp,
  ForallOp,
  InParallelOp,
  IfOp,
  IndexSwitchOp,
  ParallelOp,
  ReduceOp,
  ReduceReturnOp,
  WhileOp,
  YieldOp,
];
