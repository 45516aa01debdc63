import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import type { Block } from "../ir/block.js";
import type { Context } from "../ir/context.js";
import { opError } from "../ir/diagnostic.js";
import type { LocationAttr } from "../ir/location.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState } from "../ir/op-asm.js";
import { OpTrait, type OpDefinition } from "../ir/op-definition.js";
import { verifyTerminatorPlacement } from "../ir/verify.js";
import type { InterfaceImpl } from "../ir/op-interface.js";
import { Operation } from "../ir/operation.js";
import { Region } from "../ir/region.js";
import type { OpResult, Value } from "../ir/value.js";
import { DenseArrayAttr } from "../dialects/builtin/attributes/dense-array-attr.js";
import { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import { IntegerType } from "../dialects/builtin/types/integer-type.js";
import { NoneType } from "../dialects/builtin/types/none-type.js";
import { printAttribute, printType } from "../print/attribute-printer.js";
import { Constraint, TypeVar } from "./constraint.js";
import { compileFormat, type CustomDirective, type FormatProgram } from "./format/compile.js";
import { InferredResultTypes, SameOperandsAndResultType, type Trait } from "./traits.js";
import { generateVerifier } from "./verifier-codegen.js";

// ---- Specs -------------------------------------------------------------------------------

/** How many values an operand, result, region or successor group holds. */
export type Variadicity = "single" | "optional" | "variadic";

/** An operand or result group: a constraint and its variadicity. */
export interface ArgSpec<C extends Constraint = Constraint, V extends Variadicity = Variadicity> {
  readonly variadicity: V;
  readonly constraint: C;
}

/** Zero or one value satisfying `c` (ODS's `Optional`). */
export function optional<C extends Constraint>(c: C): ArgSpec<C, "optional"> {
  return { variadicity: "optional", constraint: c };
}

/** Any number of values satisfying `c` (ODS's `Variadic`). */
export function variadic<C extends Constraint>(c: C): ArgSpec<C, "variadic"> {
  return { variadicity: "variadic", constraint: c };
}

/** A property (inherent attribute). */
export interface PropSpec<C extends Constraint = Constraint> {
  readonly constraint: C;
  /** May be absent (ODS's `OptionalAttr`, `UnitAttr`). */
  readonly optional?: boolean;
  /**
   * The value when absent (ODS's `DefaultValuedAttr`): filled in when the
   * operation is built or read, and elided from the custom form when equal.
   */
  readonly default?: (ctx: Context) => Attribute;
  /**
   * With `default`: an absent property stays absent (ODS's
   * `DefaultValuedOptionalAttr`); the default is only what accessors return
   * and what the custom form elides.
   */
  readonly keepAbsent?: boolean;
}

/** An optional property. */
export function optionalProp<C extends Constraint>(c: C): PropSpec<C> & { optional: true } {
  return { constraint: c, optional: true };
}

/** A property with a default value. */
export function defaultProp<C extends Constraint>(c: C, value: (ctx: Context) => Attribute): PropSpec<C> & { optional: true } {
  return { constraint: c, optional: true, default: value };
}

/** A property that may stay absent and reads as `value` then (ODS's `DefaultValuedOptionalAttr`). */
export function defaultValuedOptionalProp<C extends Constraint>(c: C, value: (ctx: Context) => Attribute): PropSpec<C> & { optional: true } {
  return { constraint: c, optional: true, default: value, keepAbsent: true };
}

/** A region group. */
export interface RegionSpec<V extends Variadicity = Variadicity> {
  readonly variadicity: V;
  /** Required number of blocks (ODS's `SizedRegion<N>`), or -1. */
  readonly blocks?: number;
  /** Requires at least one block (ODS's `MinSizedRegion<1>`). */
  readonly nonEmpty?: boolean;
}

/** One region (`AnyRegion`, or `SizedRegion<blocks>`). */
export function region(blocks = -1): RegionSpec<"single"> {
  return { variadicity: "single", blocks };
}
/** One region with at least one block (`MinSizedRegion<1>`). */
export function nonEmptyRegion(): RegionSpec<"single"> {
  return { variadicity: "single", nonEmpty: true };
}
/** Any number of regions. */
export function variadicRegion(blocks = -1): RegionSpec<"variadic"> {
  return { variadicity: "variadic", blocks };
}

/** A successor group. */
export interface SuccessorSpec<V extends Variadicity = Variadicity> {
  readonly variadicity: V;
}
/** One successor. */
export function successor(): SuccessorSpec<"single"> {
  return { variadicity: "single" };
}
/** Any number of successors. */
export function variadicSuccessor(): SuccessorSpec<"variadic"> {
  return { variadicity: "variadic" };
}

/** Hooks of an operation definition, beside its data. */
export interface OpHooks {
  /** Extra verification after constraints and traits (ODS's `hasVerifier`). */
  verify?(op: Operation): void;
  /** Hand-written custom parser (only where MLIR has one); overrides `format`. */
  parse?(parser: OpAsmParser, state: ParsedOperationState): void;
  /** Hand-written custom printer. */
  print?(printer: OpAsmPrinter, op: Operation): void;
  /**
   * Name hint of the results in the custom form (`%c0_i32`): one name for
   * all, or one per result (null: numbered; `true`: in the previous
   * result's group, printed `%sizes:2` and used as `%sizes#1`).
   */
  resultName?(op: Operation): string | readonly (string | null | true)[] | null;
  /**
   * Result types from operands and properties (MLIR's `InferTypeOpInterface`),
   * for builders and formats that do not print them; null when unknown.
   */
  inferResultTypes?(ctx: Context, operands: readonly Value[], properties: DictionaryAttr | null): TypeAttribute[] | null;
  /**
   * Types of operand groups the format does not print, from the operands
   * resolved before them (ODS's `TypesMatchWith`): by group name. `count`
   * is the number of operands parsed for the group (for buildable types
   * like `index`, one per operand); `results` the result types the format
   * printed (`tensor.from_elements %a, %b : tensor<2xf32>`).
   */
  inferOperandTypes?: Readonly<
    Record<string, (earlier: readonly Value[], count: number, ctx: Context, results: readonly TypeAttribute[]) => readonly TypeAttribute[]>
  >;
}

/** A declarative operation definition: the data every part of tsdl reads. */
export interface OpSpec extends OpHooks {
  /** Full name, `dialect.op`. */
  readonly name: string;
  /** One-line description. */
  readonly summary?: string;
  readonly operands?: Readonly<Record<string, Constraint | ArgSpec>>;
  readonly results?: Readonly<Record<string, Constraint | ArgSpec>>;
  readonly properties?: Readonly<Record<string, Constraint | PropSpec>>;
  readonly regions?: Readonly<Record<string, RegionSpec>>;
  readonly successors?: Readonly<Record<string, SuccessorSpec>>;
  readonly traits?: readonly Trait[];
  /** Declarative assembly format (MLIR ODS syntax). */
  readonly format?: string;
  /** Interfaces the operation implements (`implement(CallOpInterface, {...})`). */
  readonly interfaces?: readonly InterfaceImpl[];
  /** `custom<Name>(...)` directives used by `format`. */
  readonly customDirectives?: Readonly<Record<string, CustomDirective>>;
  /** Dialect whose prefix nested ops may omit (`func` in `func.func`). */
  readonly defaultDialect?: string;
}

// ---- Compiled definition ---------------------------------------------------------------------

/** A compiled operand or result group. */
export interface ArgDef {
  /** IR name (`lhs`). */
  readonly name: string;
  readonly variadicity: Variadicity;
  readonly constraint: Constraint;
  /** Position among the groups. */
  readonly index: number;
}

/** A compiled property. */
export interface PropDef {
  readonly name: string;
  readonly constraint: Constraint;
  readonly optional: boolean;
  readonly default: ((ctx: Context) => Attribute) | null;
  /** Absent stays absent (the default is not filled in). */
  readonly keepAbsent: boolean;
}

/** A compiled region group. */
export interface RegionDef {
  readonly name: string;
  readonly variadicity: Variadicity;
  readonly blocks: number;
  readonly nonEmpty: boolean;
  readonly index: number;
}

/** A compiled successor group. */
export interface SuccessorDef {
  readonly name: string;
  readonly variadicity: Variadicity;
  readonly index: number;
}

function argOf(name: string, s: Constraint | ArgSpec, index: number): ArgDef {
  if (s instanceof Constraint) return { name, variadicity: "single", constraint: s, index };
  return { name, variadicity: s.variadicity, constraint: s.constraint, index };
}

/** `operandSegmentSizes`: the property naming each operand group's size. */
export const operandSegmentSizes = "operandSegmentSizes";
/** `resultSegmentSizes`. */
export const resultSegmentSizes = "resultSegmentSizes";

/**
 * The compiled form of an {@link OpSpec}: what the context registers
 * (it is an `OpDefinition`), with group layout, the generated verifier and
 * the compiled assembly format. Built once per operation, at definition.
 */
export class OpDef implements OpDefinition {
  readonly name: string;
  readonly traits: number;
  readonly inherentAttrs: string[];
  readonly defaultDialect: string | undefined;
  readonly operands: readonly ArgDef[];
  readonly results: readonly ArgDef[];
  readonly props: readonly PropDef[];
  readonly regions: readonly RegionDef[];
  readonly successors: readonly SuccessorDef[];
  readonly traitList: readonly Trait[];
  /** More than one variable-length operand group: sizes in `operandSegmentSizes`. */
  readonly attrSizedOperands: boolean;
  readonly attrSizedResults: boolean;
  /** Constraint variables and the operand/result names that use them. */
  readonly typeVars: Map<TypeVar<Attribute>, string[]>;
  /** The names of each constraint variable used more than once (made on first verification). */
  private typeVarGroups: string[][] | undefined = undefined;
  /** `SingleBlockImplicitTerminator`'s terminator, or null. */
  readonly implicitTerminator: string | null;
  /** The compiled assembly format (undefined: not compiled yet, see {@link format}). */
  private formatProgram: FormatProgram | null | undefined;
  parse: ((parser: OpAsmParser, state: ParsedOperationState) => void) | undefined;
  print: ((printer: OpAsmPrinter, op: Operation) => void) | undefined;
  readonly resultName: ((op: Operation) => string | readonly (string | null | true)[] | null) | undefined;
  readonly hooks: OpHooks;
  /** Interface implementations by interface id (see `getInterface`). */
  readonly interfaces: unknown[] | undefined;
  // Verification plan, precomputed (@internal: the generated verifiers read it).
  /** @internal Number of single groups: regions, results, successors, operands. */
  readonly counts: Int32Array;
  /** @internal Bit i set: group kind i (as in `counts`) has a variable-length group. */
  readonly variable: number;
  /** @internal The traits' verifiers, in order. */
  readonly traitVerifiers: ((op: Operation) => void)[];
  /** @internal Some region group has a block-count constraint. */
  readonly checksRegions: boolean;
  /** @internal There are properties (or segment sizes) to check. */
  readonly checksProps: boolean;
  /** @internal A terminator: placement is checked after the traits (HasParent first, as in MLIR). */
  readonly isTerminator: boolean;
  readonly verifiesTerminatorPlacement = true;

  /**
   * `lazyFormat`: compile the assembly format on first use (first parse,
   * print or read of {@link format}) instead of now; see {@link DefineOptions}.
   */
  constructor(
    readonly spec: OpSpec,
    lazyFormat = false,
  ) {
    this.name = spec.name;
    this.hooks = spec;
    this.defaultDialect = spec.defaultDialect;
    this.operands = Object.entries(spec.operands ?? {}).map(([n, s], i) => argOf(n, s, i));
    this.results = Object.entries(spec.results ?? {}).map(([n, s], i) => argOf(n, s, i));
    this.props = Object.entries(spec.properties ?? {}).map(([n, s]) =>
      s instanceof Constraint
        ? { name: n, constraint: s, optional: false, default: null, keepAbsent: false }
        : {
            name: n,
            constraint: s.constraint,
            optional: !!s.optional || s.default !== undefined,
            default: s.default ?? null,
            keepAbsent: !!s.keepAbsent,
          },
    );
    this.regions = Object.entries(spec.regions ?? {}).map(([n, s], i) => ({
      name: n,
      variadicity: s.variadicity,
      blocks: s.blocks ?? -1,
      nonEmpty: !!s.nonEmpty,
      index: i,
    }));
    this.successors = Object.entries(spec.successors ?? {}).map(([n, s], i) => ({ name: n, variadicity: s.variadicity, index: i }));
    // ODS gives SameOperandsAndResultType operations an InferTypeOpInterface,
    // whose check of the result types runs after the listed traits.
    const traits = spec.traits ?? [];
    this.traitList = traits.includes(SameOperandsAndResultType) ? [...traits, InferredResultTypes] : traits;
    let flags = 0;
    let implicit: string | null = null;
    for (const t of this.traitList) {
      flags |= t.flags;
      if (t.implicitTerminator !== undefined) implicit = t.implicitTerminator;
    }
    this.traits = flags;
    this.implicitTerminator = implicit;
    this.attrSizedOperands = this.operands.filter((o) => o.variadicity !== "single").length > 1;
    this.attrSizedResults = this.results.filter((o) => o.variadicity !== "single").length > 1;
    this.inherentAttrs = this.props.map((p) => p.name);
    if (this.attrSizedOperands) this.inherentAttrs.push(operandSegmentSizes);
    if (this.attrSizedResults) this.inherentAttrs.push(resultSegmentSizes);
    this.typeVars = new Map();
    const noteVar = (name: string, c: Constraint): void => {
      if (!(c instanceof TypeVar)) return;
      let names = this.typeVars.get(c);
      if (names === undefined) this.typeVars.set(c, (names = []));
      names.push(name);
    };
    for (const p of this.props) noteVar(p.name, p.constraint);
    for (const o of this.operands) noteVar(o.name, o.constraint);
    for (const r of this.results) noteVar(r.name, r.constraint);
    this.resultName = spec.resultName;
    if (spec.interfaces !== undefined && spec.interfaces.length > 0) {
      const table: unknown[] = [];
      for (const i of spec.interfaces) table[i.iface.id] = i.impl;
      this.interfaces = table;
    } else {
      this.interfaces = undefined;
    }
    const groups = [this.regions, this.results, this.successors, this.operands];
    this.counts = Int32Array.from(groups.map((g) => g.filter((x) => x.variadicity === "single").length));
    this.variable = groups.reduce((bits, g, i) => (g.some((x) => x.variadicity !== "single") ? bits | (1 << i) : bits), 0);
    this.traitVerifiers = this.traitList.filter((t) => t.verify !== undefined).map((t) => t.verify!);
    this.checksRegions = this.regions.some((r) => r.blocks >= 0 || r.nonEmpty);
    this.checksProps = this.props.length > 0 || this.attrSizedOperands || this.attrSizedResults;
    this.isTerminator = (this.traits & OpTrait.IsTerminator) !== 0;
    this.resetVerifier();
    if (spec.parse !== undefined) {
      this.formatProgram = null;
      this.parse = spec.parse;
      this.print = spec.print;
    } else if (spec.format !== undefined) {
      this.formatProgram = lazyFormat ? undefined : compileFormat(this, spec.format, spec.customDirectives ?? {});
      this.print = spec.print;
      this.resetGenerated();
    } else {
      this.formatProgram = null;
      this.parse = undefined;
      this.print = spec.print;
    }
  }

  /** The compiled assembly format, or null (compiled now if it was left for later). */
  get format(): FormatProgram | null {
    let program = this.formatProgram;
    if (program === undefined) program = this.formatProgram = compileFormat(this, this.spec.format!, this.spec.customDirectives ?? {});
    return program;
  }

  // ---- Groups ----------------------------------------------------------------------------

  /** Start and size of operand group `g` of `op`. */
  operandRange(op: Operation, g: number): [number, number] {
    return groupRange(this.operands, g, op.operands.length, this.attrSizedOperands ? segmentSizes(op, operandSegmentSizes) : null);
  }

  /** Start and size of result group `g`. */
  resultRange(op: Operation, g: number): [number, number] {
    return groupRange(this.results, g, op.results.length, this.attrSizedResults ? segmentSizes(op, resultSegmentSizes) : null);
  }

  /** Writes start and size of operand group `g` into `out` (no array made: printers call this per operation). */
  operandRangeInto(op: Operation, g: number, out: Int32Array): void {
    groupRangeInto(this.operands, g, op.operands.length, this.attrSizedOperands ? segmentSizes(op, operandSegmentSizes) : null, out);
  }

  /** Writes start and size of result group `g` into `out`. */
  resultRangeInto(op: Operation, g: number, out: Int32Array): void {
    groupRangeInto(this.results, g, op.results.length, this.attrSizedResults ? segmentSizes(op, resultSegmentSizes) : null, out);
  }

  /** Start and size of region group `g`. */
  regionRange(op: Operation, g: number): [number, number] {
    return groupRange(this.regions, g, op.regions.length, null);
  }

  /** Start and size of successor group `g`. */
  successorRange(op: Operation, g: number): [number, number] {
    return groupRange(this.successors, g, op.successors.length, null);
  }

  /** The property `name` of `op` (or its default), or undefined. */
  prop(op: Operation, name: string): Attribute | undefined {
    const p = op.properties;
    if (p === null || p.kind !== BuiltinKind.DictionaryAttr) return undefined;
    return (p as DictionaryAttr).get(name);
  }

  // ---- Properties -----------------------------------------------------------------------

  /** See `OpDefinition.propertyConversionError`: each property's constraint's `storage`, in definition order. */
  propertyConversionError(properties: Attribute): string | null {
    if (properties.kind !== BuiltinKind.DictionaryAttr) return null;
    const d = properties as DictionaryAttr;
    for (const p of this.props) {
      const storage = p.constraint.storage;
      if (storage === null) continue;
      const v = d.get(p.name);
      if (v !== undefined && !storage(v)) return `Invalid attribute \`${p.name}\` in property conversion: ${printAttribute(v)}`;
    }
    return null;
  }

  /** Adds the default values of absent default-valued properties (see `OpDefinition`). */
  completeProperties(op: Operation): void {
    let props = op.properties;
    if (props !== null && props.kind !== BuiltinKind.DictionaryAttr) return;
    for (const p of this.props) {
      if (p.default === null || p.keepAbsent) continue;
      const d = props as DictionaryAttr | null;
      if (d !== null && d.get(p.name) !== undefined) continue;
      props = DictionaryAttr.with(op.context, d, p.name, p.default(op.context));
    }
    op.properties = props;
  }

  // ---- Verification ---------------------------------------------------------------------

  /**
   * The verifier, in ODS's order: region, result, successor and
   * operand counts; properties; operand and result constraints; region
   * sizes; constraint variables; traits; then the definition's own hook.
   * Generated on first use (`verifier-codegen.ts`): straight-line checks
   * with the counts, constraints and traits of this definition.
   */
  verify!: (op: Operation) => void;

  /**
   * Forgets the generated code (verifier, format parser and printer): the
   * next use generates it again, or runs the generic code after
   * `setCodegen(false)`. The format's parser and printer become this
   * definition's own `parse` and `print` on first use (no call in between).
   */
  resetGenerated(): void {
    this.resetVerifier();
    if (this.formatProgram === null) return;
    // A format left for later stays so: compiled by the first call below.
    this.formatProgram?.reset();
    this.parse = (parser, state) => {
      this.parse = this.format!.parser();
      this.parse(parser, state);
    };
    if (this.spec.print !== undefined) return;
    this.print = (printer, op) => {
      this.print = this.format!.printer();
      this.print(printer, op);
    };
  }

  private resetVerifier(): void {
    this.verify = (op) => {
      this.verify = generateVerifier(this) ?? ((o) => this.verifyGeneric(o));
      this.verify(op);
    };
  }

  /** The verifier without generated code (the reference of `verifier-codegen.ts`). */
  verifyGeneric(op: Operation): void {
    // Counts: the common case (no variable-length group, counts right) costs four compares.
    const c = this.counts;
    if (
      this.variable !== 0 ||
      op.regions.length !== c[0] ||
      op.results.length !== c[1] ||
      op.successors.length !== c[2] ||
      op.operands.length !== c[3]
    ) {
      this.verifyCounts(op);
    }
    if (this.checksProps) this.verifyProperties(op);
    if ((this.variable & 8) === 0) this.verifySingleOperands(op);
    else this.verifyValues(op, this.operands, true);
    if ((this.variable & 2) === 0) this.verifySingleResults(op);
    else this.verifyValues(op, this.results, false);
    if (this.checksRegions) this.verifyRegions(op);
    if (this.typeVars.size > 0) this.verifyTypeVars(op);
    const vs = this.traitVerifiers;
    for (let i = 0; i < vs.length; i++) vs[i]!(op);
    if (this.isTerminator) verifyTerminatorPlacement(op);
    if (this.hooks.verify !== undefined) this.hooks.verify(op);
  }

  /** Operand constraints when every group holds one value (group i is operand i). */
  private verifySingleOperands(op: Operation): void {
    const defs = this.operands;
    const os = op.operands;
    for (let i = 0; i < defs.length; i++) {
      const t = os[i]!.value.type;
      if (!defs[i]!.constraint.test(t)) throw opError(op, `operand #${i} must be ${defs[i]!.constraint.summary}, but got '${printType(t)}'`);
    }
  }

  /** Throws the error of single operand (or result) `i` of type `t` failing its constraint. @internal */
  valueError(op: Operation, isOperand: boolean, i: number, t: TypeAttribute): never {
    const c = (isOperand ? this.operands : this.results)[i]!.constraint;
    throw opError(op, `${isOperand ? "operand" : "result"} #${i} must be ${c.summary}, but got '${printType(t)}'`);
  }

  /** Result constraints when every group holds one value. */
  private verifySingleResults(op: Operation): void {
    const defs = this.results;
    const rs = op.results;
    for (let i = 0; i < defs.length; i++) {
      const t = rs[i]!.type;
      if (!defs[i]!.constraint.test(t)) throw opError(op, `result #${i} must be ${defs[i]!.constraint.summary}, but got '${printType(t)}'`);
    }
  }

  /** @internal */
  verifyCounts(op: Operation): void {
    countCheck(op, this.regions, op.regions.length, "region");
    countCheck(op, this.results, op.results.length, "result");
    countCheck(op, this.successors, op.successors.length, "successor");
    countCheck(op, this.operands, op.operands.length, "operand");
  }

  /** @internal */
  verifyProperties(op: Operation): void {
    const d = op.properties !== null && op.properties.kind === BuiltinKind.DictionaryAttr ? (op.properties as DictionaryAttr) : null;
    const props = this.props;
    for (let i = 0; i < props.length; i++) {
      const p = props[i]!;
      const v = d === null ? undefined : d.get(p.name);
      if (v === undefined) {
        if (!p.optional) this.propertyError(op, i, false);
        continue;
      }
      if (!p.constraint.test(v)) this.propertyError(op, i, true);
    }
    if (this.attrSizedOperands || this.attrSizedResults) this.verifySegmentSizes(op, d);
  }

  /** @internal Throws the error of property `i`: absent (`present` false) or failing its constraint. */
  propertyError(op: Operation, i: number, present: boolean): never {
    const p = this.props[i]!;
    if (!present) throw opError(op, `requires attribute '${p.name}'`);
    throw opError(op, `attribute '${p.name}' failed to satisfy constraint: ${p.constraint.summary}`);
  }

  /** @internal The `operandSegmentSizes` / `resultSegmentSizes` checks of the properties `d`. */
  verifySegmentSizes(op: Operation, d: DictionaryAttr | null): void {
    if (this.attrSizedOperands) verifySegments(op, d, operandSegmentSizes, this.operands, op.operands.length, "operand");
    if (this.attrSizedResults) verifySegments(op, d, resultSegmentSizes, this.results, op.results.length, "result");
  }

  /**
   * @internal The operand (or result) groups in order, for definitions with a
   * variable-length group: an optional group holds at most one value, and
   * every value satisfies its group's constraint. Shared by the generated
   * verifiers.
   */
  verifyValues(op: Operation, groups: readonly ArgDef[], isOperand: boolean): void {
    const n = groups.length;
    if (n === 0) return;
    const what = isOperand ? "operand" : "result";
    const total = isOperand ? op.operands.length : op.results.length;
    const sizes = (isOperand ? this.attrSizedOperands : this.attrSizedResults) ? segmentSizes(op, isOperand ? operandSegmentSizes : resultSegmentSizes) : null;
    for (let g = 0; g < n; g++) {
      const def = groups[g]!;
      // No [start, size] pair allocated per group: this runs for every op with a variadic group.
      groupRangeInto(groups, g, total, sizes, scratchRange);
      const start = scratchRange[0]!;
      const size = scratchRange[1]!;
      // ODS checks an optional group's size where it reaches the group, before its types.
      if (size > 1 && def.variadicity === "optional") {
        throw opError(op, `${what} group starting at #${start} requires 0 or 1 element, but found ${size}`);
      }
      const test = def.constraint.test;
      for (let i = start; i < start + size; i++) {
        const t = isOperand ? op.operands[i]!.value.type : op.results[i]!.type;
        if (!test(t)) {
          const summary = def.variadicity === "variadic" ? `variadic of ${def.constraint.summary}` : def.constraint.summary;
          throw opError(op, `${what} #${i} must be ${summary}, but got '${printType(t)}'`);
        }
      }
    }
  }

  /** @internal */
  verifyRegions(op: Operation): void {
    for (let g = 0; g < this.regions.length; g++) {
      const def = this.regions[g]!;
      if (def.blocks < 0 && !def.nonEmpty) continue;
      const [start, size] = this.regionRange(op, g);
      for (let i = start; i < start + size; i++) {
        const r = op.regions[i]!;
        let count = 0;
        for (let b = r.first; b !== null; b = b.next) count++;
        if (def.blocks >= 0 && count !== def.blocks) {
          throw opError(op, `region #${i} ('${def.name}') failed to verify constraint: region with ${def.blocks} blocks`);
        }
        if (def.nonEmpty && count === 0) {
          throw opError(op, `region #${i} ('${def.name}') failed to verify constraint: region with at least 1 blocks`);
        }
      }
    }
  }

  /** @internal */
  verifyTypeVars(op: Operation): void {
    if (this.typeVars.size === 0) return;
    // Indexed loops: this runs for every operation with a constraint variable.
    const groups = (this.typeVarGroups ??= [...this.typeVars.values()].filter((names) => names.length >= 2));
    for (let g = 0; g < groups.length; g++) {
      const names = groups[g]!;
      let first: Attribute | undefined;
      for (let i = 0; i < names.length; i++) {
        const v = this.valueOf(op, names[i]!);
        if (v === undefined) continue;
        if (first === undefined) first = v;
        else if (v !== first) throw opError(op, `failed to verify that all of {${names.join(", ")}} have same type`);
      }
    }
  }

  /** The type of single operand/result `name`, or the type of property `name`. */
  typeOf(op: Operation, name: string): Attribute | undefined {
    return this.valueOf(op, name);
  }

  private valueOf(op: Operation, name: string): Attribute | undefined {
    const operands = this.operands;
    for (let i = 0; i < operands.length; i++) {
      const o = operands[i]!;
      if (o.name !== name) continue;
      groupRangeInto(this.operands, o.index, op.operands.length, this.attrSizedOperands ? segmentSizes(op, operandSegmentSizes) : null, scratchRange);
      return scratchRange[1] === 0 ? undefined : op.operands[scratchRange[0]!]!.value.type;
    }
    const results = this.results;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (r.name !== name) continue;
      groupRangeInto(this.results, r.index, op.results.length, this.attrSizedResults ? segmentSizes(op, resultSegmentSizes) : null, scratchRange);
      return scratchRange[1] === 0 ? undefined : op.results[scratchRange[0]!]!.type;
    }
    const p = this.prop(op, name);
    if (p === undefined) return undefined;
    const t = (p as unknown as { type?: TypeAttribute | null }).type;
    // A string attribute without a type is typed `none` (MLIR's default).
    if (t == null && p.kind === BuiltinKind.StringAttr) return NoneType.get(op.context);
    return t ?? undefined;
  }
}

/**
 * ODS's `AllTypesMatch`: the named operands, results and typed properties
 * have one type (`failed to verify that all of {value, result} have same type`).
 */
export function AllTypesMatch(...names: string[]): Trait {
  return {
    name: "AllTypesMatch",
    flags: 0,
    typeGroup: names,
    verify(op) {
      const def = op.name.def as OpDef;
      let first: Attribute | undefined;
      for (const n of names) {
        const t = def.typeOf(op, n);
        if (t === undefined) continue;
        if (first === undefined) first = t;
        else if (t !== first) throw opError(op, `failed to verify that all of {${names.join(", ")}} have same type`);
      }
    },
  };
}

function countCheck(op: Operation, groups: readonly { variadicity: Variadicity }[], actual: number, what: string): void {
  let fixed = 0;
  let variable = false;
  for (const g of groups) {
    if (g.variadicity === "single") fixed++;
    else variable = true;
  }
  if (variable) {
    if (actual >= fixed) return;
    if (what === "successor") throw opError(op, `requires at least ${fixed} successors but found ${actual}`);
    if (what === "region") throw opError(op, `expected ${fixed} or more regions`);
    throw opError(op, `expected ${fixed} or more ${what}s, but found ${actual}`);
  }
  if (actual === fixed) return;
  switch (what) {
    case "successor":
      throw opError(op, `requires ${fixed} successor${fixed === 1 ? "" : "s"} but found ${actual}`);
    case "region":
      throw opError(op, fixed === 0 ? "requires zero regions" : fixed === 1 ? "requires one region" : `expected ${fixed} regions`);
    case "result":
      throw opError(op, fixed === 0 ? "requires zero results" : fixed === 1 ? "requires one result" : `expected ${fixed} results`);
    default:
      throw opError(op, fixed === 0 ? "requires zero operands" : fixed === 1 ? "requires a single operand" : `expected ${fixed} operands, but found ${actual}`);
  }
}

/** The values of the i32 dense array `name` in `op`'s properties, or null. */
function segmentSizes(op: Operation, name: string): Int32Array | null {
  const p = op.properties;
  if (p === null || p.kind !== BuiltinKind.DictionaryAttr) return null;
  const a = (p as DictionaryAttr).get(name);
  if (a === undefined || a.kind !== BuiltinKind.DenseArrayAttr) return null;
  const d = a as DenseArrayAttr;
  if (d.elementType.width !== 32) return null;
  return new Int32Array(d.data.buffer.slice(d.data.byteOffset, d.data.byteOffset + d.size * 4));
}

/** Start and size of a group, written by {@link groupRangeInto} (the verifier's hot paths allocate no pair). */
const scratchRange = new Int32Array(2);

function groupRange(groups: readonly { variadicity: Variadicity }[], g: number, total: number, sizes: Int32Array | null): [number, number] {
  groupRangeInto(groups, g, total, sizes, scratchRange);
  return [scratchRange[0]!, scratchRange[1]!];
}

/** Writes `[start, size]` of group `g` into `out`. */
function groupRangeInto(groups: readonly { variadicity: Variadicity }[], g: number, total: number, sizes: Int32Array | null, out: Int32Array): void {
  if (sizes !== null && sizes.length === groups.length) {
    let start = 0;
    for (let i = 0; i < g; i++) start += sizes[i]!;
    out[0] = start;
    out[1] = sizes[g]!;
    return;
  }
  // At most one variable-length group: its size is what the fixed ones leave.
  let variable = -1;
  for (let i = 0; i < groups.length; i++) if (groups[i]!.variadicity !== "single") variable = i;
  if (variable < 0) {
    out[0] = g;
    out[1] = g < total ? 1 : 0;
    return;
  }
  const varSize = Math.max(0, total - (groups.length - 1));
  out[0] = g <= variable ? g : g - 1 + varSize;
  out[1] = g === variable ? varSize : 1;
}

function verifySegments(
  op: Operation,
  d: DictionaryAttr | null,
  name: string,
  groups: readonly ArgDef[],
  total: number,
  what: string,
): void {
  const a = d === null ? undefined : d.get(name);
  if (a === undefined) throw opError(op, `requires attribute '${name}'`);
  if (a.kind !== BuiltinKind.DenseArrayAttr || (a as DenseArrayAttr).elementType.width !== 32) {
    throw opError(op, `attribute '${name}' failed to satisfy constraint: i32 dense array attribute`);
  }
  const sizes = segmentSizes(op, name)!;
  if (sizes.length !== groups.length) {
    throw opError(op, `'${name}' attribute for specifying ${what} segments must have ${groups.length} elements, but got ${sizes.length}`);
  }
  let sum = 0;
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i]!;
    if (s < 0) throw opError(op, `'${name}' attribute cannot have negative elements`);
    sum += s;
  }
  if (sum !== total) {
    throw opError(op, `${what} count (${total}) does not match with the total size (${sum}) specified in attribute '${name}'`);
  }
}

/** The `array<i32: ...>` segment-size property for `sizes`. */
export function segmentSizesAttr(ctx: Context, sizes: readonly number[]): DenseArrayAttr {
  const data = new Uint8Array(sizes.length * 4);
  const view = new DataView(data.buffer);
  for (let i = 0; i < sizes.length; i++) view.setInt32(i * 4, sizes[i]!, true);
  return DenseArrayAttr.get(ctx, IntegerType.get(ctx, 32), sizes.length, data);
}

// ---- Views ---------------------------------------------------------------------------------

/**
 * A typed view of an {@link Operation} (MLIR's `Op` classes, the Python
 * bindings' `OpView`): `AddiOp.cast(op).lhs`.
 *
 * Views wrap instead of subclassing `Operation`: every operation keeps one
 * hidden class, so the IR's hot loops (walk, verify, print) stay
 * monomorphic. With one subclass per op kind they turn megamorphic; a walk
 * over 100,000 operations of 5 kinds measured 2.7x slower that way.
 */
export class OpView {
  constructor(
    /** The operation. */
    readonly operation: Operation,
  ) {}

  /** The operation's location. */
  get location(): LocationAttr | null {
    return this.operation.location;
  }
}

type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type AttrOf<C> = C extends Constraint<infer A> ? A : Attribute;
type ArgValue<S, V> = S extends ArgSpec<Constraint, "variadic"> ? V[] : S extends ArgSpec<Constraint, "optional"> ? V | null : V;
type PropValue<S> = S extends Constraint<infer A>
  ? A
  : S extends PropSpec<infer C>
    ? S extends { optional: true }
      ? AttrOf<C> | undefined
      : AttrOf<C>
    : Attribute;
type RegionValue<S> = S extends RegionSpec<"variadic"> ? Region[] : Region;
type SuccessorValue<S> = S extends SuccessorSpec<"variadic"> ? Block[] : Block;
type Rec<T> = T extends Readonly<Record<string, unknown>> ? T : Record<never, never>;

/** The typed accessors a spec gives its view: operands, results, properties, regions, successors. */
export type Accessors<S extends OpSpec> = {
  readonly [K in keyof Rec<S["operands"]> & string as Camel<K>]: ArgValue<Rec<S["operands"]>[K], Value>;
} & {
  readonly [K in keyof Rec<S["results"]> & string as Camel<K>]: ArgValue<Rec<S["results"]>[K], OpResult>;
} & {
  readonly [K in keyof Rec<S["properties"]> & string as Camel<K>]: PropValue<Rec<S["properties"]>[K]>;
} & {
  readonly [K in keyof Rec<S["regions"]> & string as Camel<K>]: RegionValue<Rec<S["regions"]>[K]>;
} & {
  readonly [K in keyof Rec<S["successors"]> & string as Camel<K>]: SuccessorValue<Rec<S["successors"]>[K]>;
};

/** What a builder takes: operands by name, result types, properties, regions, successors. */
export type BuildArgs<S extends OpSpec> = {
  [K in keyof Rec<S["operands"]> & string as Camel<K>]?: ArgValue<Rec<S["operands"]>[K], Value>;
} & {
  [K in keyof Rec<S["results"]> & string as Camel<K>]?: ArgValue<Rec<S["results"]>[K], TypeAttribute>;
} & {
  [K in keyof Rec<S["properties"]> & string as Camel<K>]?: Attribute;
} & {
  [K in keyof Rec<S["regions"]> & string as Camel<K>]?: RegionValue<Rec<S["regions"]>[K]>;
} & {
  [K in keyof Rec<S["successors"]> & string as Camel<K>]?: SuccessorValue<Rec<S["successors"]>[K]>;
} & {
  /** Discardable attributes. */
  attributes?: DictionaryAttr | null;
  location?: LocationAttr | null;
};

/** The class `defineOp` returns: a view class with the definition's statics. */
export interface OpClass<S extends OpSpec> {
  new (operation: Operation): OpView & Accessors<S>;
  /** The operation's full name. */
  readonly opName: string;
  /** The compiled definition (register it in a dialect). */
  readonly def: OpDef;
  /**
   * Builds a detached operation (MLIR's generated `build`): operands,
   * properties and regions by accessor name; result types by result name,
   * or inferred from constraint variables and `inferResultTypes`.
   */
  create<T>(this: new (operation: Operation) => T, ctx: Context, args: BuildArgs<S>): T;
  /** True when `op` is this operation. */
  is(op: Operation): boolean;
  /** The view of `op`; throws when `op` is another operation. */
  cast<T>(this: new (operation: Operation) => T, op: Operation): T;
  /** The view of `op`, or null when `op` is another operation. */
  dynCast<T>(this: new (operation: Operation) => T, op: Operation): T | null;
}

function camel(name: string): string {
  return name.replace(/_([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Options of {@link defineOp}. */
export interface DefineOptions {
  /**
   * Compile the assembly format on the operation's first parse or print
   * instead of at definition, so that a bad format throws its
   * `FormatError` then. For libraries that define many operations a run
   * mostly never uses: tsdl's own dialects define about 270, whose
   * compilation would cost every `tsdl-opt` run 4-5 ms of start-up (the
   * test suite compiles each of them).
   */
  readonly lazyFormat?: boolean;
}

/**
 * Defines an operation declaratively (xDSL's `irdl_op_definition`, ODS's
 * `Op` records): returns a view class with typed accessors at precomputed
 * indices, a builder, and the compiled {@link OpDef} (verifier, assembly
 * format) to register in a dialect.
 *
 * ```ts
 * const T = typeVar("T", signlessIntegerLike);
 * export class ScaleOp extends defineOp({
 *   name: "demo.scale", operands: { input: T, factor: T }, results: { out: T },
 *   traits: [Pure], format: "$input `by` $factor attr-dict `:` type($out)",
 * }) {}
 * ```
 */
export function defineOp<const S extends OpSpec>(spec: S, options: DefineOptions = {}): OpClass<S> {
  const def = new OpDef(spec, options.lazyFormat === true);
  // Accessors are installed when the first view is made: start-up defines
  // hundreds of operations whose views a run mostly never builds.
  let accessors = false;
  const View = class extends OpView {
    constructor(operation: Operation) {
      super(operation);
      if (!accessors) {
        accessors = true;
        installAccessors(View.prototype, def);
      }
    }
    static readonly opName = spec.name;
    static readonly def = def;
    static create(this: new (operation: Operation) => OpView, ctx: Context, args: Record<string, unknown>): OpView {
      return new this(buildOperation(ctx, def, args));
    }
    static is(op: Operation): boolean {
      return op.name.def === def;
    }
    static cast(this: new (operation: Operation) => OpView, op: Operation): OpView {
      if (op.name.def !== def) throw new TypeError(`expected '${spec.name}', got '${op.opName}'`);
      return new this(op);
    }
    static dynCast(this: new (operation: Operation) => OpView, op: Operation): OpView | null {
      return op.name.def === def ? new this(op) : null;
    }
  };
  return View as unknown as OpClass<S>;
}

type Getter = (this: OpView) => unknown;

function defineGetter(proto: object, name: string, get: Getter): void {
  Object.defineProperty(proto, camel(name), { get, configurable: true, enumerable: false });
}

function installAccessors(proto: object, def: OpDef): void {
  const simpleOperands = !def.operands.some((o) => o.variadicity !== "single");
  for (const o of def.operands) {
    const g = o.index;
    if (simpleOperands) {
      defineGetter(proto, o.name, function () {
        return this.operation.operands[g]!.value;
      });
      continue;
    }
    const v = o.variadicity;
    defineGetter(proto, o.name, function () {
      const op = this.operation;
      const [s, n] = def.operandRange(op, g);
      if (v === "single") return op.operands[s]!.value;
      if (v === "optional") return n === 0 ? null : op.operands[s]!.value;
      const out: Value[] = [];
      for (let i = s; i < s + n; i++) out.push(op.operands[i]!.value);
      return out;
    });
  }
  const simpleResults = !def.results.some((o) => o.variadicity !== "single");
  for (const r of def.results) {
    const g = r.index;
    if (simpleResults) {
      defineGetter(proto, r.name, function () {
        return this.operation.results[g]!;
      });
      continue;
    }
    const v = r.variadicity;
    defineGetter(proto, r.name, function () {
      const op = this.operation;
      const [s, n] = def.resultRange(op, g);
      if (v === "single") return op.results[s]!;
      if (v === "optional") return n === 0 ? null : op.results[s]!;
      return op.results.slice(s, s + n);
    });
  }
  for (const p of def.props) {
    const name = p.name;
    const dflt = p.default;
    defineGetter(proto, name, function () {
      const v = def.prop(this.operation, name);
      return v === undefined && dflt !== null ? dflt(this.operation.context) : v;
    });
  }
  for (const r of def.regions) {
    const g = r.index;
    const v = r.variadicity;
    defineGetter(proto, r.name, function () {
      const op = this.operation;
      const [s, n] = def.regionRange(op, g);
      return v === "variadic" ? op.regions.slice(s, s + n) : op.regions[s]!;
    });
  }
  for (const r of def.successors) {
    const g = r.index;
    const v = r.variadicity;
    defineGetter(proto, r.name, function () {
      const op = this.operation;
      const [s, n] = def.successorRange(op, g);
      if (v === "variadic") {
        const out: Block[] = [];
        for (let i = s; i < s + n; i++) out.push(op.successors[i]!.block);
        return out;
      }
      return op.successors[s]!.block;
    });
  }
}

/** Builds the operation described by `args` (see {@link OpClass.create}). */
export function buildOperation(ctx: Context, def: OpDef, args: Record<string, unknown>): Operation {
  const operands: Value[] = [];
  const operandSizes: number[] = [];
  for (const o of def.operands) {
    const v = args[camel(o.name)];
    if (o.variadicity === "variadic") {
      const vs = (v ?? []) as Value[];
      operands.push(...vs);
      operandSizes.push(vs.length);
    } else if (v === undefined || v === null) {
      if (o.variadicity === "single") throw new TypeError(`'${def.name}': missing operand '${camel(o.name)}'`);
      operandSizes.push(0);
    } else {
      operands.push(v as Value);
      operandSizes.push(1);
    }
  }
  // Properties.
  const names: string[] = [];
  const values: Attribute[] = [];
  for (const p of def.props) {
    const v = args[camel(p.name)] as Attribute | undefined;
    if (v !== undefined && v !== null) names.push(p.name), values.push(v);
    else if (p.default !== null && !p.keepAbsent) names.push(p.name), values.push(p.default(ctx));
  }
  if (def.attrSizedOperands) names.push(operandSegmentSizes), values.push(segmentSizesAttr(ctx, operandSizes));
  // Result types: given, or from constraint variables, or inferred.
  const resultTypes: TypeAttribute[] = [];
  const resultSizes: number[] = [];
  let missing = false;
  for (const r of def.results) {
    const t = args[camel(r.name)];
    if (r.variadicity === "variadic") {
      const ts = (t ?? []) as TypeAttribute[];
      resultTypes.push(...ts);
      resultSizes.push(ts.length);
      continue;
    }
    if (t !== undefined && t !== null) {
      resultTypes.push(t as TypeAttribute);
      resultSizes.push(1);
      continue;
    }
    if (r.variadicity === "optional") {
      resultSizes.push(0);
      continue;
    }
    const bound = r.constraint instanceof TypeVar ? boundType(def, r.constraint, args) : null;
    if (bound === null) missing = true;
    resultTypes.push(bound as TypeAttribute);
    resultSizes.push(1);
  }
  if (def.attrSizedResults) names.push(resultSegmentSizes), values.push(segmentSizesAttr(ctx, resultSizes));
  const properties = names.length === 0 ? null : DictionaryAttr.fromParallel(ctx, names, values, names.length);
  let types = resultTypes;
  if (missing) {
    const inferred = def.hooks.inferResultTypes?.(ctx, operands, properties) ?? null;
    if (inferred === null) throw new TypeError(`'${def.name}': cannot infer the result types; pass them by result name`);
    types = inferred;
  }
  // Regions and successors.
  const regions: Region[] = [];
  for (const r of def.regions) {
    const v = args[camel(r.name)];
    if (r.variadicity === "variadic") regions.push(...((v ?? []) as Region[]));
    else regions.push((v as Region | undefined) ?? new Region());
  }
  const successors: Block[] = [];
  for (const s of def.successors) {
    const v = args[camel(s.name)];
    if (s.variadicity === "variadic") successors.push(...((v ?? []) as Block[]));
    else if (v !== undefined && v !== null) successors.push(v as Block);
  }
  return Operation.create(ctx.operationName(def.name), {
    operands,
    resultTypes: types,
    properties,
    attributes: (args.attributes as DictionaryAttr | null | undefined) ?? null,
    regions,
    successors,
    location: (args.location as LocationAttr | null | undefined) ?? null,
  });
}

/** The type an operand or property gives constraint variable `v` in `args`, or null. */
function boundType(def: OpDef, v: TypeVar<Attribute>, args: Record<string, unknown>): TypeAttribute | null {
  for (const o of def.operands) {
    if (o.constraint !== v) continue;
    const val = args[camel(o.name)] as Value | undefined;
    if (val !== undefined && val !== null && !Array.isArray(val)) return val.type;
  }
  for (const p of def.props) {
    if (p.constraint !== v) continue;
    const a = args[camel(p.name)] as { type?: TypeAttribute | null } | undefined;
    if (a !== undefined && a !== null && a.type) return a.type;
  }
  return null;
}

/** Message helper for custom verifiers: `'T'` with the type printed. */
export function quoted(a: Attribute): string {
  return `'${a.isType ? printType(a as TypeAttribute) : printAttribute(a)}'`;
}
