import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import { Block } from "../../ir/block.js";
import type { Context } from "../../ir/context.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import type { Value } from "../../ir/value.js";
import { DictionaryAttr } from "../../dialects/builtin/attributes/dictionary-attr.js";
import { FunctionType } from "../../dialects/builtin/types/function-type.js";
import { BuiltinKind } from "../../dialects/builtin/kind.js";
import { TypeVar, type Constraint } from "../constraint.js";
import { OpTrait } from "../../ir/op-definition.js";
import { segmentSizesAttr, type OpDef } from "../op-def.js";
import { UnitAttr } from "../../dialects/builtin/attributes/unit-attr.js";
import { FormatError } from "./format-lexer.js";
import { formatHooksOf } from "./attr-format.js";
import type { FormatCompiler } from "./compiler.js";
import { Kind, Ref, type AnyEl, type TypeEl, type VarEl } from "./elements.js";
import { FormatParseState, PropSink } from "./parse-state.js";
import { generateParser, generatePrinter, type FormatParseFn, type FormatPrintFn } from "./codegen.js";

/** How the parser finds an operand or result group's types when the format does not print them. */
export const enum TypeSource {
  Explicit,
  Var,
  SameAsResult,
  SameAsOperand,
  Infer,
  /** The constraint's one buildable type (`index`). */
  Buildable,
}

/**
 * Scratch for group ranges while printing (start, size). Read into locals
 * before printing anything: printing a region prints nested operations,
 * which use it too.
 */
const range = new Int32Array(2);

/**
 * A compiled assembly format: the element list (each element parses and
 * prints itself) and the type-resolution plan for what it leaves out.
 * Built once per operation when its dialect is defined; on first use it
 * turns into generated code (`codegen.ts`), or runs the elements itself.
 */
export class FormatProgram {
  /** @internal How each operand group gets its types. */
  readonly operandSources: TypeSource[];
  /** @internal How each result group gets its types. */
  readonly resultSources: TypeSource[];
  /** Properties printed by attr-dict (not by a variable or prop-dict). */
  private readonly elidedInAttrDict: Set<string>;
  /** @internal `SingleBlockImplicitTerminator`'s op, or null. */
  readonly implicitTerminator: string | null;
  private readonly sameOperandsAndResult: boolean;
  /** The properties of an operation that wrote none (the defaults), for `defaultsCtx`. */
  private defaultsDict: DictionaryAttr | null = null;
  private defaultsCtx: Context | null = null;
  /** @internal No optional or variadic operand group: operand group g is operand g. */
  readonly singleOperands: boolean;
  /** Per property: the context and default value last computed (defaults are uniqued per context). */
  private readonly defaultCtx: (Context | null)[];
  private readonly defaultValue: (Attribute | null)[];

  constructor(
    readonly def: OpDef,
    /** @internal The elements (what the generators and the interpreter read). */
    readonly els: AnyEl[],
    c: FormatCompiler,
  ) {
    this.implicitTerminator = def.implicitTerminator;
    this.singleOperands = def.operands.every((o) => o.variadicity === "single");
    this.defaultCtx = def.props.map(() => null);
    this.defaultValue = def.props.map(() => null);
    this.sameOperandsAndResult = (def.traits & OpTrait.SameOperandsAndResultType) !== 0;
    this.elidedInAttrDict = new Set(c.printedProps);
    this.elidedInAttrDict.add("operandSegmentSizes");
    this.elidedInAttrDict.add("resultSegmentSizes");
    if (c.usesPropDict) for (const p of def.props) this.elidedInAttrDict.add(p.name);
    // Binding keys: names that must share a type (constraint variables,
    // AllTypesMatch groups) let one printed type stand for all.
    const keys = new Map<string, object>();
    def.operands.forEach((o) => o.constraint instanceof TypeVar && keys.set(o.name, o.constraint));
    def.results.forEach((r) => r.constraint instanceof TypeVar && keys.set(r.name, r.constraint));
    def.props.forEach((p) => p.constraint instanceof TypeVar && keys.set(p.name, p.constraint));
    for (const t of def.traitList) if (t.typeGroup !== undefined) for (const n of t.typeGroup) keys.set(n, t);
    this.keys = keys;
    const bound = new Set<object>();
    def.operands.forEach((o, i) => c.typedOperands.has(i) && keys.has(o.name) && bound.add(keys.get(o.name)!));
    def.results.forEach((r, i) => c.typedResults.has(i) && keys.has(r.name) && bound.add(keys.get(r.name)!));
    for (const p of def.props) if (keys.has(p.name)) bound.add(keys.get(p.name)!);
    const anyTypedResult = c.typedResults.size > 0;
    const anyTypedOperand = c.typedOperands.size > 0;
    this.operandSources = def.operands.map((o, i) => {
      if (c.typedOperands.has(i)) return TypeSource.Explicit;
      const k = keys.get(o.name);
      if (k !== undefined && bound.has(k)) return TypeSource.Var;
      if (def.hooks.inferOperandTypes?.[o.name] !== undefined) return TypeSource.Infer;
      if (o.constraint.buildableType !== null) return TypeSource.Buildable;
      if (this.sameOperandsAndResult && anyTypedResult) return TypeSource.SameAsResult;
      if (this.sameOperandsAndResult && anyTypedOperand) return TypeSource.SameAsOperand;
      if ((def.traits & OpTrait.SameTypeOperands) !== 0 && anyTypedOperand) return TypeSource.SameAsOperand;
      throw new FormatError(`'${def.name}' format: type of operand '${o.name}' is not printed and cannot be inferred`);
    });
    this.resultSources = def.results.map((r, i) => {
      if (c.typedResults.has(i)) return TypeSource.Explicit;
      const k = keys.get(r.name);
      if (k !== undefined && bound.has(k)) return TypeSource.Var;
      if (r.variadicity === "single" && r.constraint.buildableType !== null) return TypeSource.Buildable;
      if (this.sameOperandsAndResult && anyTypedOperand) return TypeSource.SameAsOperand;
      if (def.hooks.inferResultTypes !== undefined) return TypeSource.Infer;
      throw new FormatError(`'${def.name}' format: type of result '${r.name}' is not printed and cannot be inferred`);
    });
  }

  /** @internal Binding key (constraint variable or AllTypesMatch group) of each name that has one. */
  readonly keys: Map<string, object>;

  // ---- Parsing -------------------------------------------------------------------------------

  private parseFn: FormatParseFn | null = null;
  private printFn: FormatPrintFn | null = null;

  /** The parser of the custom form (after the op name): generated on first use, or the element interpreter. */
  parser(): FormatParseFn {
    return (this.parseFn ??= generateParser(this) ?? ((p, o) => this.interpret(p, o)));
  }

  /** The printer of the custom form (after the op name): generated on first use, or the interpreter. */
  printer(): FormatPrintFn {
    return (this.printFn ??= generatePrinter(this) ?? ((p, op) => this.interpretPrint(p, op)));
  }

  /** Parses the custom form (after the op name) into `out`. */
  parse(parser: OpAsmParser, out: ParsedOperationState): void {
    this.parser()(parser, out);
  }

  /** Prints the custom form of `op` (after its name). */
  print(p: OpAsmPrinter, op: Operation): void {
    this.printer()(p, op);
  }

  /**
   * Forgets the generated code: the next parse and print generate it again
   * (or interpret, after `setCodegen(false)`).
   */
  reset(): void {
    this.parseFn = null;
    this.printFn = null;
  }

  /** Parses with the element interpreter. */
  interpret(parser: OpAsmParser, out: ParsedOperationState): void {
    // A fresh state per operation: short-lived objects are cheap in the young
    // generation; a pooled (old) state written with young objects is not.
    const st = new FormatParseState(this.def, parser);
    this.parseElements(this.els, st, parser);
    this.finish(st, parser, out);
  }

  private parseElements(els: readonly AnyEl[], st: FormatParseState, parser: OpAsmParser): void {
    for (let i = 0; i < els.length; i++) this.parseElement(els[i]!, st, parser);
  }

  private parseElement(el: AnyEl, st: FormatParseState, parser: OpAsmParser): void {
    const def = this.def;
    switch (el.kind) {
      case Kind.Literal:
        if (el.keyword) parser.parseKeyword(el.text);
        else parser.parsePunctuation(el.text);
        return;
      case Kind.Space:
      case Kind.Newline:
        return;
      case Kind.Operand: {
        if (st.operandsOffset < 0) st.operandsOffset = parser.currentOffset();
        if (el.ref === Ref.AllOperands) {
          const all = parser.parseOperandList();
          distribute(def.operands.length, all, st.operands, def.operands.map((o) => o.variadicity));
          return;
        }
        const v = def.operands[el.group]!.variadicity;
        if (v === "variadic") st.operands[el.group] = parser.parseOperandList();
        else if (v === "optional") {
          const o = parser.parseOptionalOperand();
          st.operands[el.group] = o === null ? [] : [o];
        } else st.operands[el.group] = [parser.parseOperand()];
        return;
      }
      case Kind.Attr: {
        const p = def.props[el.group]!;
        st.setProp(p.name, formatHooksOf(p.constraint).parse(parser));
        return;
      }
      case Kind.Type:
        this.parseTypes(el, st, parser);
        return;
      case Kind.FunctionalType: {
        const at = parser.currentOffset();
        const ft = parser.parseType();
        if (ft.kind !== BuiltinKind.FunctionType) parser.emitError("expected a function type", at);
        const f = ft as FunctionType;
        this.assignTypes(el.inputs, st, f.inputs.slice());
        this.assignTypes(el.results, st, f.results.slice());
        return;
      }
      case Kind.AttrDict: {
        const at = parser.currentOffset();
        const d = el.withKeyword ? parser.parseOptionalAttrDictWithKeyword() : parser.parseOptionalAttrDict();
        if (d !== null) st.attributes = this.splitAttrDict(d, (st.props ??= new PropSink(def)), parser, at);
        return;
      }
      case Kind.PropDict:
        if (parser.parseOptionalPunctuation("<")) this.readPropDict(parser, (st.props ??= new PropSink(def)));
        return;
      case Kind.Region: {
        if (el.ref === Ref.AllRegions) {
          const rs: Region[] = [];
          const r0 = new Region();
          if (parser.parseOptionalRegion(r0)) {
            rs.push(r0);
            while (parser.parseOptionalPunctuation(",")) {
              const r = new Region();
              parser.parseRegion(r);
              rs.push(r);
            }
          }
          for (const r of rs) this.ensureTerminator(r, parser);
          distributeGroups(def.regions.length, rs, st.regions, def.regions.map((r) => r.variadicity));
          return;
        }
        const v = def.regions[el.group]!.variadicity;
        const rs: Region[] = [];
        if (v === "variadic") {
          const r0 = new Region();
          if (parser.parseOptionalRegion(r0)) {
            rs.push(r0);
            while (parser.parseOptionalPunctuation(",")) {
              const r = new Region();
              parser.parseRegion(r);
              rs.push(r);
            }
          }
        } else {
          const r = new Region();
          if (v === "optional") {
            if (parser.parseOptionalRegion(r)) rs.push(r);
          } else {
            parser.parseRegion(r);
            rs.push(r);
          }
        }
        for (const r of rs) this.ensureTerminator(r, parser);
        st.regions[el.group] = rs;
        return;
      }
      case Kind.Successor: {
        if (el.ref === Ref.AllSuccessors) {
          const bs: Block[] = [];
          const b0 = parser.parseOptionalSuccessor();
          if (b0 !== null) {
            bs.push(b0);
            while (parser.parseOptionalPunctuation(",")) bs.push(parser.parseSuccessor());
          }
          distributeGroups(def.successors.length, bs, st.successors, def.successors.map((r) => r.variadicity));
          return;
        }
        const v = def.successors[el.group]!.variadicity;
        if (v === "variadic") {
          const bs: Block[] = [];
          const b0 = parser.parseOptionalSuccessor();
          if (b0 !== null) {
            bs.push(b0);
            while (parser.parseOptionalPunctuation(",")) bs.push(parser.parseSuccessor());
          }
          st.successors[el.group] = bs;
        } else {
          st.successors[el.group] = [parser.parseSuccessor()];
        }
        return;
      }
      case Kind.Custom:
        el.directive.parse(parser, st, el.args);
        return;
      case Kind.Optional: {
        // Leading spacing elements (`` (`` `[` $x^ `]`)? ``) read nothing.
        let first = 0;
        while (first < el.then.length && (el.then[first]!.kind === Kind.Space || el.then[first]!.kind === Kind.Newline)) first++;
        if (this.parseOptionalFirst(el.then[first]!, st, parser)) {
          // A unit-attribute anchor after the first element is not written:
          // the group's presence sets it.
          const a = el.anchor;
          const unitAnchor = a.kind === Kind.Attr && a !== el.then[first] && isUnitConstraint(def.props[a.group]!.constraint);
          for (let i = first + 1; i < el.then.length; i++) if (!(unitAnchor && el.then[i] === a)) this.parseElement(el.then[i]!, st, parser);
          if (unitAnchor) st.setProp(def.props[(a as VarEl).group]!.name, unitAttrOf(parser.context));
        } else if (el.else.length > 0) {
          this.parseElements(el.else, st, parser);
        }
        return;
      }
    }
  }

  /** The rest of `<{...}>` (after `<`) into `props`. @internal */
  readPropDict(parser: OpAsmParser, props: PropSink): void {
    const d = parser.parseAttribute();
    parser.parsePunctuation(">");
    if (d.kind !== BuiltinKind.DictionaryAttr) parser.emitError("expected a dictionary of properties");
    const dd = d as DictionaryAttr;
    for (let i = 0; i < dd.names.length; i++) props.set(dd.names[i]!, dd.values[i]!);
  }

  /** Parses the first element of an optional group if it is present; false when it is not. */
  private parseOptionalFirst(first: AnyEl, st: FormatParseState, parser: OpAsmParser): boolean {
    const def = this.def;
    switch (first.kind) {
      case Kind.Literal:
        return first.keyword ? parser.parseOptionalKeyword(first.text) : parser.parseOptionalPunctuation(first.text);
      case Kind.Operand: {
        if (first.ref === Ref.AllOperands) {
          const all = parser.parseOperandList();
          if (all.length === 0) return false;
          distribute(def.operands.length, all, st.operands, def.operands.map((o) => o.variadicity));
          return true;
        }
        if (st.operandsOffset < 0) st.operandsOffset = parser.currentOffset();
        const o = parser.parseOptionalOperand();
        if (o === null) return false;
        const list = [o];
        if (def.operands[first.group]!.variadicity === "variadic") {
          while (parser.parseOptionalPunctuation(",")) list.push(parser.parseOperand());
        }
        st.operands[first.group] = list;
        return true;
      }
      case Kind.Attr: {
        const p = def.props[first.group]!;
        if (isUnitConstraint(p.constraint)) return false;
        const a = formatHooksOf(p.constraint).parseOptional(parser);
        if (a === null) return false;
        st.setProp(p.name, a);
        return true;
      }
      case Kind.Region: {
        const r = new Region();
        if (!parser.parseOptionalRegion(r)) return false;
        this.ensureTerminator(r, parser);
        if (first.ref === Ref.AllRegions) st.regions[0] = [r];
        else st.regions[first.group] = [r];
        return true;
      }
      case Kind.Successor: {
        const b = parser.parseOptionalSuccessor();
        if (b === null) return false;
        const list = [b];
        if (first.ref !== Ref.AllSuccessors && def.successors[first.group]!.variadicity === "variadic") {
          while (parser.parseOptionalPunctuation(",")) list.push(parser.parseSuccessor());
        }
        st.successors[first.ref === Ref.AllSuccessors ? 0 : first.group] = list;
        return true;
      }
      case Kind.Type: {
        const t = parser.parseOptionalType();
        if (t === null) return false;
        const list = [t];
        while (parser.parseOptionalPunctuation(",")) list.push(parser.parseType());
        this.assignTypes(first, st, list);
        return true;
      }
      case Kind.Custom: {
        first.directive.parse(parser, st, first.args);
        return true;
      }
      default:
        throw new FormatError(`'${def.name}' format: an optional group cannot start with this element`);
    }
  }

  private parseTypes(el: TypeEl, st: FormatParseState, parser: OpAsmParser): void {
    let v: string;
    if (el.ref === Ref.Operand) v = this.def.operands[el.group]!.variadicity;
    else if (el.ref === Ref.Result) v = this.def.results[el.group]!.variadicity;
    else v = "variadic";
    if (v === "single") {
      this.assignTypes(el, st, [parser.parseType()]);
      return;
    }
    const list: TypeAttribute[] = [];
    const t = parser.parseOptionalType();
    if (t !== null) {
      list.push(t);
      if (v === "variadic") while (parser.parseOptionalPunctuation(",")) list.push(parser.parseType());
    }
    this.assignTypes(el, st, list);
  }

  private assignTypes(el: TypeEl, st: FormatParseState, types: TypeAttribute[]): void {
    const def = this.def;
    switch (el.ref) {
      case Ref.Operand:
        st.operandTypes[el.group] = types;
        return;
      case Ref.Result:
        st.resultTypes[el.group] = types;
        return;
      case Ref.AllOperands:
        distributeGroups(def.operands.length, types, st.operandTypes, def.operands.map((o) => o.variadicity), st);
        return;
      case Ref.AllResults:
        distributeGroups(def.results.length, types, st.resultTypes, def.results.map((o) => o.variadicity));
        return;
    }
  }

  /**
   * Inherent attributes written in the attribute dictionary become
   * properties, checked on the spot as MLIR's parser does
   * (`custom op 'x' 'x' op attribute 'a' failed to satisfy constraint`, at `{`);
   * returns the rest. @internal
   */
  splitAttrDict(d: DictionaryAttr, props: PropSink, parser: OpAsmParser, at: number): DictionaryAttr | null {
    const ctx = parser.context;
    const inherent = this.def.inherentAttrs;
    const rn: string[] = [];
    const rv: Attribute[] = [];
    for (let i = 0; i < d.names.length; i++) {
      const n = d.names[i]!;
      const v = d.values[i]!;
      if (inherent.includes(n)) {
        const pd = this.def.props.find((p) => p.name === n);
        if (pd !== undefined && !pd.constraint.test(v)) {
          parser.emitError(`'${this.def.name}' op attribute '${n}' failed to satisfy constraint: ${pd.constraint.summary}`, at);
        }
        props.set(n, v);
      } else rn.push(n), rv.push(v);
    }
    return rn.length === 0 ? null : rn.length === d.names.length ? d : DictionaryAttr.fromParallel(ctx, rn, rv, rn.length);
  }

  /** @internal Adds the implicit terminator to `r` when it lacks one. */
  ensureTerminator(r: Region, parser: OpAsmParser): void {
    const ctx = parser.context;
    const term = this.implicitTerminator;
    if (term === null) return;
    if (r.first === null) r.append(new Block());
    const b = r.first!;
    const last = b.last;
    if (last !== null && last.name.hasTrait(OpTrait.IsTerminator)) return;
    const t = Operation.create(ctx.operationName(term));
    parser.setImplicitLocation(t);
    b.append(t);
  }

  /** The type bound to binding key `k` by what was parsed, or null. */
  private boundType(k: object, st: FormatParseState): TypeAttribute | null {
    const def = this.def;
    const keys = this.keys;
    for (let i = 0; i < def.results.length; i++) {
      const ts = st.resultTypes[i];
      if (ts != null && ts.length > 0 && keys.get(def.results[i]!.name) === k) return ts[0]!;
    }
    for (let i = 0; i < def.operands.length; i++) {
      const ts = st.operandTypes[i];
      if (ts != null && ts.length > 0 && keys.get(def.operands[i]!.name) === k) return ts[0]!;
    }
    for (let i = 0; i < def.props.length; i++) {
      const p = def.props[i]!;
      if (keys.get(p.name) !== k) continue;
      const a = st.getProp(p.name) as { type?: TypeAttribute | null } | undefined;
      if (a !== undefined && a.type) return a.type;
    }
    return null;
  }

  private static firstType(groups: readonly (TypeAttribute[] | null | undefined)[]): TypeAttribute | null {
    for (let i = 0; i < groups.length; i++) {
      const ts = groups[i];
      if (ts != null && ts.length > 0) return ts[0]!;
    }
    return null;
  }

  /**
   * Resolves operands, infers missing types and fills the operation state.
   * Runs once per parsed operation: plain loops over the precomputed type
   * sources, no closures, and nothing allocated for absent properties.
   */
  private finish(st: FormatParseState, parser: OpAsmParser, out: ParsedOperationState): void {
    const def = this.def;
    const ctx = parser.context;
    // Operands.
    const operands: Value[] = [];
    const nGroups = def.operands.length;
    const sizes: number[] | null = def.attrSizedOperands ? [] : null;
    let firstOperandType: TypeAttribute | null = null;
    for (let g = 0; g < nGroups; g++) {
      const us = st.operands[g] ?? noOperands;
      const n = us.length;
      const src = this.operandSources[g]!;
      if (n === 1 && src !== TypeSource.Explicit && src !== TypeSource.Infer) {
        // One operand of an implied type: no type array.
        const t =
          src === TypeSource.Var
            ? this.boundType(this.keys.get(def.operands[g]!.name)!, st)
            : src === TypeSource.Buildable
              ? def.operands[g]!.constraint.buildableType!(ctx)
              : src === TypeSource.SameAsResult
              ? FormatProgram.firstType(st.resultTypes)
              : FormatProgram.firstType(st.operandTypes);
        if (t === null) parser.emitError(`1 operands present, but expected 0`, us[0]!.offset);
        const v = parser.resolveOperand(us[0]!, t);
        if (firstOperandType === null) firstOperandType = v.type;
        operands.push(v);
        if (sizes !== null) sizes.push(1);
        continue;
      }
      let types: readonly TypeAttribute[];
      switch (src) {
        case TypeSource.Explicit:
          types = st.operandTypes[g] ?? noTypes;
          break;
        case TypeSource.Var:
          types = fill(n, this.boundType(this.keys.get(def.operands[g]!.name)!, st));
          break;
        case TypeSource.SameAsResult:
          types = fill(n, FormatProgram.firstType(st.resultTypes));
          break;
        case TypeSource.Infer:
          types = def.hooks.inferOperandTypes![def.operands[g]!.name]!(operands, n, ctx, st.resultTypes.flatMap((ts) => ts ?? []));
          break;
        case TypeSource.Buildable:
          types = fill(n, def.operands[g]!.constraint.buildableType!(ctx));
          break;
        default:
          types = fill(n, FormatProgram.firstType(st.operandTypes));
      }
      if (types.length !== n) {
        parser.emitError(
          `${n} operands present, but expected ${types.length}`,
          n > 0 ? us[0]!.offset : st.operandsOffset >= 0 ? st.operandsOffset : parser.nameOffset,
        );
      }
      for (let i = 0; i < n; i++) {
        const v = parser.resolveOperand(us[i]!, types[i]!);
        if (firstOperandType === null) firstOperandType = v.type;
        operands.push(v);
      }
      if (sizes !== null) sizes.push(n);
    }
    // Properties: read ones, defaults, and the segment sizes.
    let properties = this.buildProperties(ctx, st.props, sizes);
    // Results.
    let resultTypes: TypeAttribute[] = [];
    let infer = false;
    const resultSizes: number[] | null = def.attrSizedResults ? [] : null;
    for (let g = 0; g < def.results.length; g++) {
      let t: TypeAttribute | null;
      switch (this.resultSources[g]!) {
        case TypeSource.Explicit: {
          const ts = st.resultTypes[g] ?? noTypes;
          for (let i = 0; i < ts.length; i++) resultTypes.push(ts[i]!);
          if (resultSizes !== null) resultSizes.push(ts.length);
          continue;
        }
        case TypeSource.Var:
          t = this.boundType(this.keys.get(def.results[g]!.name)!, st);
          break;
        case TypeSource.Buildable:
          t = def.results[g]!.constraint.buildableType!(ctx);
          break;
        case TypeSource.SameAsOperand:
          t = firstOperandType ?? FormatProgram.firstType(st.operandTypes);
          break;
        default:
          t = null;
      }
      if (t === null) infer = true;
      else resultTypes.push(t);
      if (resultSizes !== null) resultSizes.push(1);
    }
    if (infer) resultTypes = this.inferResultTypes(parser, operands, properties);
    if (resultSizes !== null) properties = this.withResultSizes(ctx, properties, resultSizes);
    out.operands = operands;
    out.resultTypes = resultTypes;
    out.properties = properties;
    out.attributes = st.attributes;
    if (def.regions.length > 0) {
      const regions: Region[] = [];
      for (let g = 0; g < def.regions.length; g++) {
        const rs = st.regions[g];
        if (rs != null) for (let i = 0; i < rs.length; i++) regions.push(rs[i]!);
        else if (def.regions[g]!.variadicity === "single") regions.push(new Region());
      }
      out.regions = regions;
    }
    if (def.successors.length > 0) {
      const succ: Block[] = [];
      for (let g = 0; g < st.successors.length; g++) {
        const bs = st.successors[g];
        if (bs != null) for (let i = 0; i < bs.length; i++) succ.push(bs[i]!);
      }
      out.successors = succ;
    }
  }

  /**
   * The properties of a parsed operation: those read (`ps`), the defaults
   * of the others, and `operandSegmentSizes` from `sizes` when not read.
   * @internal (the format's parsers)
   */
  buildProperties(ctx: Context, ps: PropSink | null, sizes: readonly number[] | null): DictionaryAttr | null {
    const def = this.def;
    if (ps === null && sizes === null) {
      if (def.props.length === 0) return null;
      // Nothing read: the defaults alone, one uniqued dictionary per context.
      if (this.defaultsCtx !== ctx) {
        const names: string[] = [];
        const values: Attribute[] = [];
        for (const p of def.props) if (p.default !== null && !p.keepAbsent) names.push(p.name), values.push(p.default(ctx));
        this.defaultsDict = names.length === 0 ? null : DictionaryAttr.fromParallel(ctx, names, values, names.length);
        this.defaultsCtx = ctx;
      }
      return this.defaultsDict;
    }
    // fromParallel keeps neither array: one pair serves every operation.
    const names = scratchNames;
    const values = scratchValues;
    let n = 0;
    for (let i = 0; i < def.props.length; i++) {
      const p = def.props[i]!;
      const v = ps === null ? undefined : ps.values[i];
      if (v !== undefined) (names[n] = p.name), (values[n++] = v);
      else if (p.default !== null && !p.keepAbsent) (names[n] = p.name), (values[n++] = p.default(ctx));
    }
    const extra = ps === null ? null : ps.extra;
    if (extra !== null) for (const [k, v] of extra) (names[n] = k), (values[n++] = v);
    if (sizes !== null && (extra === null || !extra.has("operandSegmentSizes"))) {
      names[n] = "operandSegmentSizes";
      values[n++] = segmentSizes(ctx, sizes);
    }
    return n === 0 ? null : DictionaryAttr.fromParallel(ctx, names, values, n);
  }

  /** Result types from the definition's `inferResultTypes` (an error when it cannot). @internal */
  inferResultTypes(parser: OpAsmParser, operands: readonly Value[], properties: DictionaryAttr | null): TypeAttribute[] {
    const inferred = this.def.hooks.inferResultTypes?.(parser.context, operands, properties) ?? null;
    if (inferred === null) parser.emitError("failed to infer returned types", parser.nameOffset);
    return inferred;
  }

  /** `properties` with `resultSegmentSizes` from `sizes`, unless read. @internal */
  withResultSizes(ctx: Context, properties: DictionaryAttr | null, sizes: readonly number[]): DictionaryAttr {
    if (properties !== null && properties.get("resultSegmentSizes") !== undefined) return properties;
    return DictionaryAttr.with(ctx, properties, "resultSegmentSizes", segmentSizes(ctx, sizes));
  }

  // ---- Printing ------------------------------------------------------------------------------

  /** Prints with the element interpreter. */
  interpretPrint(p: OpAsmPrinter, op: Operation): void {
    const els = this.els;
    for (let i = 0; i < els.length; i++) this.printElement(els[i]!, p, op);
  }

  /** @internal Prints one element (the generated printers call it for the elements they leave out). */
  printElement(el: AnyEl, p: OpAsmPrinter, op: Operation): void {
    const def = this.def;
    switch (el.kind) {
      case Kind.Literal:
        p.write(el.printed);
        return;
      case Kind.Space:
        if (el.space) p.write(" ");
        return;
      case Kind.Newline:
        p.printNewline();
        return;
      case Kind.Operand: {
        if (el.space) p.write(" ");
        if (el.ref === Ref.AllOperands) {
          const os = op.operands;
          for (let i = 0; i < os.length; i++) {
            if (i > 0) p.write(", ");
            p.printOperand(os[i]!.value);
          }
          return;
        }
        if (this.singleOperands) {
          // Every group holds one operand: group g is operand g.
          p.printOperand(op.operands[el.group]!.value);
          return;
        }
        def.operandRangeInto(op, el.group, range);
        const s = range[0]!;
        const n = range[1]!;
        for (let i = s; i < s + n; i++) {
          if (i > s) p.write(", ");
          p.printOperand(op.operands[i]!.value);
        }
        return;
      }
      case Kind.Attr: {
        const pd = def.props[el.group]!;
        const a = def.prop(op, pd.name);
        if (el.space) p.write(" ");
        if (a !== undefined) formatHooksOf(pd.constraint).print(p, a);
        return;
      }
      case Kind.Type:
        if (el.space) p.write(" ");
        this.printTypes(el, p, op);
        return;
      case Kind.FunctionalType:
        if (el.space) p.write(" ");
        p.printFunctionalType(this.typesOf(el.inputs, op), this.typesOf(el.results, op));
        return;
      case Kind.AttrDict:
        this.printAttrDict(p, op, el.withKeyword);
        return;
      case Kind.PropDict: {
        const props = op.properties;
        if (props === null || props.kind !== BuiltinKind.DictionaryAttr) return;
        const d = props as DictionaryAttr;
        const keep: string[] = [];
        const vals: Attribute[] = [];
        for (let i = 0; i < d.names.length; i++) {
          const n = d.names[i]!;
          if (this.isPrintedElsewhere(n) || this.isDefault(op, n, d.values[i]!)) continue;
          keep.push(n), vals.push(d.values[i]!);
        }
        if (keep.length === 0) return;
        p.write(" <");
        p.printAttribute(DictionaryAttr.fromParallel(op.context, keep, vals, keep.length));
        p.write(">");
        return;
      }
      case Kind.Region: {
        if (el.space) p.write(" ");
        let s: number;
        let n: number;
        if (el.ref === Ref.AllRegions) (s = 0), (n = op.regions.length);
        else [s, n] = def.regionRange(op, el.group);
        for (let i = s; i < s + n; i++) {
          if (i > s) p.write(", ");
          this.printRegion(p, op.regions[i]!);
        }
        return;
      }
      case Kind.Successor: {
        if (el.space) p.write(" ");
        let s: number;
        let n: number;
        if (el.ref === Ref.AllSuccessors) (s = 0), (n = op.successors.length);
        else [s, n] = def.successorRange(op, el.group);
        for (let i = s; i < s + n; i++) {
          if (i > s) p.write(", ");
          p.printSuccessor(op.successors[i]!.block);
        }
        return;
      }
      case Kind.Custom:
        if (el.space) p.write(" ");
        el.directive.print(p, op, el.args, def);
        return;
      case Kind.Optional: {
        if (this.isPresent(el.anchor, op)) {
          const a = el.anchor;
          const elide = a.kind === Kind.Attr && a !== el.then[0] && isUnitConstraint(def.props[a.group]!.constraint);
          for (const c of el.then) if (!(elide && c === a)) this.printElement(c, p, op);
        } else {
          for (const c of el.else) this.printElement(c, p, op);
        }
        return;
      }
    }
  }

  private printRegion(p: OpAsmPrinter, r: Region): void {
    let printTerminators = true;
    if (this.implicitTerminator !== null) {
      const b = r.first;
      const t = b === null ? null : b.last;
      if (t !== null && t.opName === this.implicitTerminator) {
        printTerminators = t.attributes !== null || t.operands.length !== 0 || t.results.length !== 0;
      }
    }
    p.printRegion(r, true, printTerminators);
  }

  /** @internal Whether the anchor of an optional group has something to print. */
  isPresent(anchor: AnyEl, op: Operation): boolean {
    const def = this.def;
    switch (anchor.kind) {
      case Kind.Operand:
        if (anchor.ref === Ref.AllOperands) return op.operands.length > 0;
        def.operandRangeInto(op, anchor.group, range);
        return range[1]! > 0;
      case Kind.Attr: {
        const pd = def.props[anchor.group]!;
        const a = def.prop(op, pd.name);
        if (a === undefined) return false;
        return !(pd.default !== null && a === this.defaultOf(anchor.group, op.context));
      }
      case Kind.Type:
        return this.typesRange(anchor, op) > 0;
      case Kind.Region:
        if (anchor.ref === Ref.AllRegions) return op.regions.length > 0;
        {
          const [s, n] = def.regionRange(op, anchor.group);
          return n > 0 && (def.regions[anchor.group]!.variadicity !== "optional" || op.regions[s]!.first !== null);
        }
      case Kind.Successor:
        return anchor.ref === Ref.AllSuccessors ? op.successors.length > 0 : def.successorRange(op, anchor.group)[1] > 0;
      case Kind.Custom:
        return anchor.args.some((a) => {
          const name = a.startsWith("type:") ? a.slice(5) : a;
          const oi = def.operands.findIndex((o) => o.name === name);
          if (oi >= 0) return def.operandRange(op, oi)[1] > 0;
          return def.prop(op, name) !== undefined;
        });
      default:
        return true;
    }
  }

  private typesOf(el: TypeEl, op: Operation): TypeAttribute[] {
    const n = this.typesRange(el, op);
    const s = range[0]!;
    const out = new Array<TypeAttribute>(n);
    if (el.ref === Ref.AllOperands || el.ref === Ref.Operand) for (let i = 0; i < n; i++) out[i] = op.operands[s + i]!.value.type;
    else for (let i = 0; i < n; i++) out[i] = op.results[s + i]!.type;
    return out;
  }

  /** The operands or results a `type(...)` element covers: start in `range[0]`, count returned (and in `range[1]`). */
  private typesRange(el: TypeEl, op: Operation): number {
    switch (el.ref) {
      case Ref.AllOperands:
        range[0] = 0;
        range[1] = op.operands.length;
        break;
      case Ref.AllResults:
        range[0] = 0;
        range[1] = op.results.length;
        break;
      case Ref.Operand:
        this.def.operandRangeInto(op, el.group, range);
        break;
      default:
        this.def.resultRangeInto(op, el.group, range);
    }
    return range[1]!;
  }

  /** @internal Prints the types of a `type(...)` element. */
  printTypes(el: TypeEl, p: OpAsmPrinter, op: Operation): void {
    if (el.ref === Ref.Result && this.def.results.length === 1 && op.results.length === 1) {
      p.printType(op.results[0]!.type);
      return;
    }
    const n = this.typesRange(el, op);
    const s = range[0]!;
    const operands = el.ref === Ref.AllOperands || el.ref === Ref.Operand;
    for (let i = 0; i < n; i++) {
      if (i > 0) p.write(", ");
      p.printType(operands ? op.operands[s + i]!.value.type : op.results[s + i]!.type);
    }
  }

  private isPrintedElsewhere(name: string): boolean {
    return this.elidedInAttrDict.has(name);
  }

  private isDefault(op: Operation, name: string, value: Attribute): boolean {
    const props = this.def.props;
    for (let i = 0; i < props.length; i++) {
      if (props[i]!.name === name) return props[i]!.default !== null && value === this.defaultOf(i, op.context);
    }
    return false;
  }

  /** The default value of property `i` in `ctx` (cached: one context at a time in practice). */
  private defaultOf(i: number, ctx: Context): Attribute {
    if (this.defaultCtx[i] === ctx) return this.defaultValue[i]!;
    const v = this.def.props[i]!.default!(ctx);
    this.defaultCtx[i] = ctx;
    this.defaultValue[i] = v;
    return v;
  }

  /** @internal Prints `attr-dict`: discardable attributes and the properties printed nowhere else. */
  printAttrDict(p: OpAsmPrinter, op: Operation, withKeyword: boolean): void {
    const props = op.properties;
    let dict = op.attributes;
    if (props !== null && props.kind === BuiltinKind.DictionaryAttr) {
      const d = props as DictionaryAttr;
      for (let i = 0; i < d.names.length; i++) {
        const n = d.names[i]!;
        if (this.isPrintedElsewhere(n) || this.isDefault(op, n, d.values[i]!)) continue;
        dict = DictionaryAttr.with(op.context, dict, n, d.values[i]!);
      }
    }
    if (dict === null) return;
    if (withKeyword) p.printOptionalAttrDictWithKeyword(dict);
    else p.printOptionalAttrDict(dict);
  }
}

/** Scratch entries of the property dictionaries being built (see `buildProperties`). */
const scratchNames: string[] = [];
const scratchValues: Attribute[] = [];

const noOperands: UnresolvedOperand[] = [];
const noTypes: TypeAttribute[] = [];

function fill(n: number, t: TypeAttribute | null): TypeAttribute[] {
  if (t === null) return noTypes;
  if (n === 1) return [t];
  const out = new Array<TypeAttribute>(n);
  for (let i = 0; i < n; i++) out[i] = t;
  return out;
}

/** Splits a flat operand list over groups (at most one variable-length group). */
function distribute<T>(nGroups: number, all: T[], out: (T[] | null)[], vs: readonly string[]): void {
  distributeGroups(nGroups, all, out, vs);
}

function distributeGroups<T>(nGroups: number, all: T[], out: (T[] | null)[], vs: readonly string[], _st?: FormatParseState): void {
  let variable = -1;
  for (let i = 0; i < nGroups; i++) if (vs[i] !== "single") variable = i;
  const varSize = variable < 0 ? 0 : Math.max(0, all.length - (nGroups - 1));
  let k = 0;
  for (let g = 0; g < nGroups; g++) {
    const size = g === variable ? varSize : 1;
    out[g] = all.slice(k, k + size);
    k += size;
  }
  if (variable < 0 && nGroups === 0 && all.length > 0) out.length = 0;
}

function isUnitConstraint(c: Constraint): boolean {
  return c.summary === "unit attribute";
}

function unitAttrOf(ctx: Context): Attribute {
  return UnitAttr.get(ctx);
}

function segmentSizes(ctx: Context, sizes: readonly number[]): Attribute {
  return segmentSizesAttr(ctx, sizes);
}
