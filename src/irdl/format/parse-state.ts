import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Block } from "../../ir/block.js";
import type { OpAsmParser, OpAsmPrinter, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import type { Region } from "../../ir/region.js";
import type { DictionaryAttr } from "../../dialects/builtin/attributes/dictionary-attr.js";
import type { OpDef } from "../op-def.js";
import { FormatError } from "./format-lexer.js";

/** The group list of a kind of group an operation does not have (never written). */
const noGroups: readonly never[] = Object.freeze([]);

/**
 * What a format's elements collect while parsing one operation, by group:
 * unresolved operands and their types, result types, properties, regions
 * and successors. Turned into the operation state at the end (operand
 * types resolved, missing types inferred).
 */
export class FormatParseState {
  readonly operands: (UnresolvedOperand[] | null)[];
  readonly operandTypes: (TypeAttribute[] | null)[];
  readonly resultTypes: (TypeAttribute[] | null)[];
  /** Properties read so far (created on first use). */
  props: PropSink | null = null;
  readonly regions: (Region[] | null)[];
  readonly successors: (Block[] | null)[];
  attributes: DictionaryAttr | null = null;
  /** Offset of the first operand (for count mismatch errors). */
  operandsOffset = -1;

  constructor(
    readonly def: OpDef,
    readonly parser: OpAsmParser,
  ) {
    // Holes read as undefined, which every reader treats like null; no
    // groups share one empty array (most ops have no regions or successors).
    const no = noGroups as never[];
    this.operands = def.operands.length === 0 ? no : new Array(def.operands.length);
    this.operandTypes = def.operands.length === 0 ? no : new Array(def.operands.length);
    this.resultTypes = def.results.length === 0 ? no : new Array(def.results.length);
    this.regions = def.regions.length === 0 ? no : new Array(def.regions.length);
    this.successors = def.successors.length === 0 ? no : new Array(def.successors.length);
  }

  /** Sets the operands of group `name` (custom directives). */
  setOperands(name: string, operands: UnresolvedOperand[]): void {
    this.operands[groupIndex(this.def.operands, name)] = operands;
  }
  /** Sets the types of operand or result group `name`. */
  setTypes(name: string, types: TypeAttribute[]): void {
    const i = this.def.operands.findIndex((o) => o.name === name);
    if (i >= 0) this.operandTypes[i] = types;
    else this.resultTypes[groupIndex(this.def.results, name)] = types;
  }
  /** Sets property `name`. */
  setProp(name: string, value: Attribute): void {
    (this.props ??= new PropSink(this.def)).set(name, value);
  }
  /** Property `name`, if read. */
  getProp(name: string): Attribute | undefined {
    return this.props === null ? undefined : this.props.get(name);
  }
  /** Sets the regions of region group `name`. */
  setRegions(name: string, regions: Region[]): void {
    this.regions[groupIndex(this.def.regions, name)] = regions;
  }
}

/**
 * The properties read while parsing one operation: the definition's by
 * index (no map for the common case), others (`operandSegmentSizes`, or
 * unknown names in a property dictionary) by name, in the order read.
 */
export class PropSink {
  readonly values: (Attribute | undefined)[];
  extra: Map<string, Attribute> | null = null;

  constructor(public def: OpDef) {
    this.values = new Array(def.props.length);
  }

  /** Empties the sink for an operation of `def` (generated parsers reuse one per parser). */
  reset(def: OpDef): void {
    this.def = def;
    const v = this.values;
    const n = def.props.length;
    v.length = n;
    for (let i = 0; i < n; i++) v[i] = undefined;
    this.extra = null;
  }

  set(name: string, value: Attribute): void {
    const i = propIndex(this.def, name);
    if (i >= 0) this.values[i] = value;
    else (this.extra ??= new Map()).set(name, value);
  }

  get(name: string): Attribute | undefined {
    const i = propIndex(this.def, name);
    if (i >= 0) return this.values[i];
    return this.extra === null ? undefined : this.extra.get(name);
  }
}

function propIndex(def: OpDef, name: string): number {
  const ps = def.props;
  for (let i = 0; i < ps.length; i++) if (ps[i]!.name === name) return i;
  return -1;
}

function groupIndex(groups: readonly { name: string }[], name: string): number {
  const i = groups.findIndex((g) => g.name === name);
  if (i < 0) throw new FormatError(`no group named '${name}'`);
  return i;
}

/** A `custom<Name>(...)` directive: what the format cannot express. */
export interface CustomDirective {
  /** Parses; `args` are the directive's variable names (`$x` → `"x"`, `type($x)` → `"type:x"`). */
  parse(parser: OpAsmParser, state: FormatParseState, args: readonly string[]): void;
  /** Prints (after the space the format puts before it, if any). */
  print(printer: OpAsmPrinter, op: Operation, args: readonly string[], def: OpDef): void;
}

