import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import { Block } from "../../ir/block.js";
import type { Context } from "../../ir/context.js";
import { opError, type VerifyError } from "../../ir/diagnostic.js";
import { OpTrait } from "../../ir/op-definition.js";
import type { OpAsmArgument, OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import type { Value } from "../../ir/value.js";
import { quoted, type OpDef } from "../../irdl/op-def.js";
import { SingleBlockImplicitTerminator, type Trait } from "../../irdl/traits.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import type { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { BuiltinKind } from "../builtin/kind.js";

/**
 * `SingleBlockImplicitTerminator(term)` without its check: MLIR runs it as a
 * region verifier, after the op's own verifier, so the ops here call
 * {@link verifyImplicitTerminator} at the end of theirs to keep MLIR's order.
 */
export function implicitTerminator(term: string): Trait {
  const t = SingleBlockImplicitTerminator(term);
  return { name: t.name, flags: t.flags, implicitTerminator: term };
}

/** The checks of `SingleBlockImplicitTerminator(term)`, by terminator name (made once each). */
const implicitTerminatorChecks = new Map<string, (op: Operation) => void>();

/** The check of `SingleBlockImplicitTerminator(term)`. */
export function verifyImplicitTerminator(op: Operation, term: string): void {
  let check = implicitTerminatorChecks.get(term);
  if (check === undefined) implicitTerminatorChecks.set(term, (check = SingleBlockImplicitTerminator(term).verify!));
  check(op);
}

/** Adds `term` at the end of `region` when its block has no terminator (MLIR's `ensureTerminator`). */
export function ensureTerminator(region: Region, ctx: Context, term: string): void {
  if (region.first === null) region.append(new Block());
  const b = region.first!;
  const last = b.last;
  if (last !== null && last.name.hasTrait(OpTrait.IsTerminator)) return;
  // A terminator with regions (`scf.forall.in_parallel`) gets one empty block in each, as its builder makes.
  const name = ctx.operationName(term);
  const nRegions = name.def === null ? 0 : ((name.def as OpDef).regions ?? []).filter((r) => r.variadicity === "single").length;
  const regions: Region[] = [];
  for (let i = 0; i < nRegions; i++) {
    const r = new Region();
    r.append(new Block());
    regions.push(r);
  }
  b.append(Operation.create(name, { regions }));
}

/** An entry-block argument from a parsed name and a type known later. */
export function typedArgument(a: OpAsmArgument, type: TypeAttribute): OpAsmArgument {
  return { operand: a.operand, type, location: a.location };
}

/** `(%a = %x, %b = %y)`: region arguments (untyped) and the operands bound to them. */
export function parseAssignmentList(p: OpAsmParser, args: OpAsmArgument[], operands: UnresolvedOperand[]): void {
  p.parseCommaSeparatedList("(", ")", () => {
    args.push(p.parseArgument(false));
    p.parsePunctuation("=");
    operands.push(p.parseOperand());
  });
}

/** Prints `prefix(%a = %x, ...)` (MLIR's `printInitializationList`); nothing when `inits` is empty. */
export function printInitializationList(p: OpAsmPrinter, args: readonly Value[], inits: readonly Value[], prefix: string): void {
  if (inits.length === 0) return;
  p.write(prefix + "(");
  for (let i = 0; i < inits.length; i++) {
    if (i > 0) p.write(", ");
    p.printOperand(args[i]!);
    p.write(" = ");
    p.printOperand(inits[i]!);
  }
  p.write(")");
}

/** Prints ` -> T` or ` -> (T, U)`; nothing for no types (MLIR's `printOptionalArrowTypeList`; the core's writes the space). */
export function printOptionalArrowTypeList(p: OpAsmPrinter, types: readonly TypeAttribute[]): void {
  if (types.length === 0) return;
  p.printArrowTypeList(types);
}

/**
 * The attributes MLIR's `getAttrs()` returns for a custom printer: the
 * discardable ones and the properties, in one sorted dictionary.
 */
export function allAttributes(op: Operation): DictionaryAttr | null {
  let dict = op.attributes;
  const props = op.properties;
  if (props !== null && props.kind === BuiltinKind.DictionaryAttr) {
    const d = props as DictionaryAttr;
    for (let i = 0; i < d.names.length; i++) dict = DictionaryAttr.with(op.context, dict, d.names[i]!, d.values[i]!);
  }
  return dict;
}

/**
 * Moves the inherent attributes of a parsed attribute dictionary into
 * `props` and leaves the discardable ones in `state.attributes` (MLIR's
 * `OperationState::addAttribute` with properties).
 */
export function splitAttributes(
  ctx: Context,
  state: ParsedOperationState,
  dict: DictionaryAttr | null,
  inherent: readonly string[],
  props: Record<string, Attribute>,
): void {
  if (dict === null) return;
  const names: string[] = [];
  const values: Attribute[] = [];
  for (let i = 0; i < dict.names.length; i++) {
    const n = dict.names[i]!;
    if (inherent.includes(n)) props[n] = dict.values[i]!;
    else names.push(n), values.push(dict.values[i]!);
  }
  state.attributes = names.length === 0 ? null : DictionaryAttr.fromParallel(ctx, names, values, names.length);
}

/** The properties dictionary of a parsed op (null when empty). */
export function propertiesOf(ctx: Context, props: Record<string, Attribute>): DictionaryAttr | null {
  return Object.keys(props).length === 0 ? null : DictionaryAttr.get(ctx, props);
}

/** The integer a value holds when a constant op defines it (MLIR's `getConstantIntValue`), or null. */
export function constantIntValue(v: Value): bigint | null {
  const d = v.definingOp;
  if (d === null || !d.name.hasTrait(OpTrait.ConstantLike)) return null;
  const a = d.getAttr("value");
  if (a === undefined || a.kind !== BuiltinKind.IntegerAttr) return null;
  return (a as IntegerAttr).value;
}

/** A shared empty list (loops without loop-carried values are the common case). */
export const none: never[] = Object.freeze([]) as unknown as never[];

/** The values of a list of operands (a shared empty list when there are none). */
export function valuesOf(op: Operation, start = 0, n = op.operands.length - start): Value[] {
  if (n <= 0) return none;
  const out = new Array<Value>(n);
  for (let i = 0; i < n; i++) out[i] = op.operands[start + i]!.value;
  return out;
}

/** The types of `values` (a shared empty list when there are none). */
export function typesOf(values: readonly Value[]): TypeAttribute[] {
  const n = values.length;
  if (n === 0) return none;
  const out = new Array<TypeAttribute>(n);
  for (let i = 0; i < n; i++) out[i] = values[i]!.type;
  return out;
}

/**
 * A `RegionBranchOpInterface` edge check: `from` (a terminator, or `op`
 * itself for the edge from the parent) passes `operands` to inputs of
 * `inputs` types. `what` names the edge (`Operation scf.yield to parent`).
 */
export function verifyEdge(op: Operation, from: Operation, what: string, operands: readonly Value[], inputs: readonly TypeAttribute[]): void {
  if (operands.length !== inputs.length) {
    edgeError(op, from, what, `region branch point has ${operands.length} operands, but region successor needs ${inputs.length} inputs`);
  }
  for (let i = 0; i < inputs.length; i++) {
    const t = operands[i]!.type;
    if (t !== inputs[i]) edgeError(op, from, what, `successor operand type #${i} ${quoted(t)} should match successor input type #${i} ${quoted(inputs[i]!)}`);
  }
}

function edgeError(op: Operation, from: Operation, what: string, msg: string): never {
  const e: VerifyError = opError(op, `along control flow edge from ${what}: ${msg}`);
  e.diagnostic.attachNote("region branch point", from.location);
  throw e;
}

/** The terminator of `region` if it is a `name`, else fails with `message` and a "terminator here" note (MLIR's `verifyAndGetTerminator`). */
export function terminatorOf(op: Operation, region: Region, name: string, message: string): Operation {
  const b = region.first;
  const t = b === null ? null : b.last;
  if (t !== null && t.opName === name) return t;
  const e = opError(op, message);
  if (t !== null && (t.name.def === null || t.name.hasTrait(OpTrait.IsTerminator))) e.diagnostic.attachNote("terminator here", t.location);
  throw e;
}
