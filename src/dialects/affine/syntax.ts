import type { Attribute } from "../../ir/attribute.js";
import { Block } from "../../ir/block.js";
import type { Context } from "../../ir/context.js";
import { OpTrait } from "../../ir/op-definition.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import { Operation } from "../../ir/operation.js";
import type { Region } from "../../ir/region.js";
import type { Value } from "../../ir/value.js";
import { DenseArrayAttr } from "../builtin/attributes/dense-array-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { IndexType } from "../builtin/types/index-type.js";
import { IntegerType } from "../builtin/types/integer-type.js";

// Pieces shared by the affine dialect's hand-written parsers and printers.

/** MLIR's `ShapedType::kDynamic` (INT64_MIN): a dynamic entry of a static/dynamic list. */
export const kDynamic = -(1n << 63n);

/**
 * Collects the properties and the `{...}` dictionary of a hand-written
 * parser into `state`, as MLIR moves inherent attributes of the parsed
 * attribute list into properties: names in `inherent` become properties,
 * the rest stay discardable attributes.
 */
export class PropsBuilder {
  private readonly names: string[] = [];
  private readonly values: Attribute[] = [];

  constructor(
    readonly ctx: Context,
    private readonly inherent: readonly string[],
  ) {}

  /** Sets property `name`. */
  set(name: string, value: Attribute): void {
    const i = this.names.indexOf(name);
    if (i >= 0) this.values[i] = value;
    else this.names.push(name), this.values.push(value);
  }

  /** Whether property `name` is set. */
  has(name: string): boolean {
    return this.names.includes(name);
  }

  /** Stores properties and the discardable part of `dict` into `state`. */
  finish(state: ParsedOperationState, dict: DictionaryAttr | null): void {
    const rn: string[] = [];
    const rv: Attribute[] = [];
    if (dict !== null) {
      for (let i = 0; i < dict.names.length; i++) {
        const n = dict.names[i]!;
        if (this.inherent.includes(n)) this.set(n, dict.values[i]!);
        else rn.push(n), rv.push(dict.values[i]!);
      }
    }
    state.properties = this.names.length === 0 ? null : DictionaryAttr.fromParallel(this.ctx, this.names.slice(), this.values.slice(), this.names.length);
    state.attributes = rn.length === 0 ? null : DictionaryAttr.fromParallel(this.ctx, rn, rv, rn.length);
  }
}

/**
 * Prints ` {...}` with the operation's properties and discardable
 * attributes, except `elided` (MLIR's `printOptionalAttrDict(getAttrs(), elided)`).
 */
export function printAttrDict(p: OpAsmPrinter, op: Operation, elided: readonly string[]): void {
  let dict = op.attributes;
  const props = op.properties;
  if (props instanceof DictionaryAttr) {
    for (let i = 0; i < props.names.length; i++) {
      const n = props.names[i]!;
      if (!elided.includes(n)) dict = DictionaryAttr.with(op.context, dict, n, props.values[i]!);
    }
  }
  p.printOptionalAttrDict(dict, elided);
}

/** `(` operands `)`, or nothing when `optional` and the next token is not `open`. */
export function parseOperandGroup(p: OpAsmParser, open: "(" | "[", optional: boolean): UnresolvedOperand[] {
  const close = open === "(" ? ")" : "]";
  if (optional) {
    if (!p.parseOptionalPunctuation(open)) return [];
  } else {
    p.parsePunctuation(open, " in operand list");
  }
  if (p.parseOptionalPunctuation(close)) return [];
  const out = p.parseOperandList();
  if (out.length === 0) p.parseOperand();
  p.parsePunctuation(close, " in operand list");
  return out;
}

/**
 * `(%d0, ...)` then an optional `[%s0, ...]`, all of index type (MLIR's
 * `parseDimAndSymbolList`): the resolved values and the number of dims.
 */
export function parseDimAndSymbolList(p: OpAsmParser): { operands: Value[]; numDims: number } {
  const dims = parseOperandGroup(p, "(", false);
  const syms = parseOperandGroup(p, "[", true);
  const index = IndexType.get(p.context);
  const operands = [...dims, ...syms].map((o) => p.resolveOperand(o, index));
  return { operands, numDims: dims.length };
}

/** `(%d0, ...)` and `[%s0, ...]` when there are symbols (MLIR's `printDimAndSymbolList`). */
export function printDimAndSymbolList(p: OpAsmPrinter, operands: readonly Value[], numDims: number): void {
  p.write("(");
  p.printOperands(operands.slice(0, numDims));
  p.write(")");
  if (operands.length > numDims) {
    p.write("[");
    p.printOperands(operands.slice(numDims));
    p.write("]");
  }
}

/** Resolves operands all of index type. */
export function resolveIndices(p: OpAsmParser, operands: readonly UnresolvedOperand[]): Value[] {
  const index = IndexType.get(p.context);
  return operands.map((o) => p.resolveOperand(o, index));
}

/** The `array<i64: ...>` of `values`. */
export function i64Array(ctx: Context, values: readonly bigint[]): DenseArrayAttr {
  const data = new Uint8Array(values.length * 8);
  const view = new DataView(data.buffer);
  for (let i = 0; i < values.length; i++) view.setBigInt64(i * 8, values[i]!, true);
  return DenseArrayAttr.get(ctx, IntegerType.get(ctx, 64), values.length, data);
}

/** The elements of an `array<i64: ...>`. */
export function i64ArrayValues(a: DenseArrayAttr): bigint[] {
  const view = new DataView(a.data.buffer, a.data.byteOffset, a.data.byteLength);
  const out: bigint[] = [];
  for (let i = 0; i < a.size; i++) out.push(view.getBigInt64(i * 8, true));
  return out;
}

/** `value : index`. */
export function indexAttr(ctx: Context, value: bigint | number): IntegerAttr {
  return IntegerAttr.get(ctx, IndexType.get(ctx), value);
}

/** `true`/`false` (an i1 integer attribute). */
export function boolAttr(ctx: Context, value: boolean): IntegerAttr {
  return IntegerAttr.get(ctx, IntegerType.get(ctx, 1), value ? 1 : 0);
}

/**
 * Adds `terminator` (no operands) to the single block of `r` unless it
 * already ends with a terminator (MLIR's `ensureTerminator`), located at
 * the op being parsed.
 */
export function ensureTerminator(r: Region, p: OpAsmParser, terminator: string): void {
  if (r.first === null) r.append(new Block());
  const b = r.first!;
  const last = b.last;
  if (last !== null && last.name.hasTrait(OpTrait.IsTerminator)) return;
  const t = Operation.create(p.context.operationName(terminator));
  p.setImplicitLocation(t);
  b.append(t);
}
