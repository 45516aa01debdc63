/**
 * Generates a JavaScript parser and printer for one compiled format (as
 * MLIR's ODS generates C++ from it): straight-line code with one local per
 * operand, type and region group, the type sources and group layout
 * decided at generation, and the printed literals merged into single
 * writes. The element interpreter in `program.ts` is the reference and the
 * fallback: for formats with elements the generator leaves out (custom
 * directives, `type(operands)`, `functional-type`), and where the platform
 * forbids `new Function` (see `../codegen.ts`).
 */
import type { TypeAttribute } from "../../ir/attribute.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import type { Value } from "../../ir/value.js";
import { UnitAttr } from "../../dialects/builtin/attributes/unit-attr.js";
import { formatHooksOf } from "./attr-format.js";
import { Kind, Ref, type AnyEl, type OptionalEl } from "./elements.js";
import { PropSink } from "./parse-state.js";
import { TypeSource, type FormatProgram } from "./program.js";
import { codegenEnabled, ident, Source } from "../codegen.js";

export type FormatParseFn = (parser: OpAsmParser, out: ParsedOperationState) => void;
export type FormatPrintFn = (printer: OpAsmPrinter, op: Operation) => void;

/** Run-time helpers the generated code calls (shared by every format). */
const rt = {
  none: Object.freeze([]) as unknown as never[],
  PropSink,
  /**
   * The property sink for an operation of `def`: the parser's own, reused
   * (buildProperties copies what it holds), on the custom-op parser's
   * `formatScratch`; a fresh one for another parser.
   */
  sink(parser: OpAsmParser, def: FormatProgram["def"]): PropSink {
    const holder = parser as unknown as { formatScratch?: unknown };
    if (holder.formatScratch === undefined) return new PropSink(def);
    let s = holder.formatScratch as PropSink | null;
    if (s === null) holder.formatScratch = s = new PropSink(def);
    else s.reset(def);
    return s;
  },
  /** A list of `n` operand values: the custom-op parser's reused one (`valueList`), else a fresh one. */
  values(parser: OpAsmParser, n: number): Value[] {
    const p = parser as unknown as { valueList?: (n: number) => Value[] };
    return p.valueList !== undefined ? p.valueList(n) : new Array<Value>(n);
  },
  /** The same for result types (`typeList`). */
  types(parser: OpAsmParser, n: number): TypeAttribute[] {
    const p = parser as unknown as { typeList?: (n: number) => TypeAttribute[] };
    return p.typeList !== undefined ? p.typeList(n) : new Array<TypeAttribute>(n);
  },
  Region,
  unit: (parser: OpAsmParser) => UnitAttr.get(parser.context),
  /** `n` copies of `t` (none when `t` is unknown). */
  fill(n: number, t: TypeAttribute | null): TypeAttribute[] {
    if (t === null) return rt.none;
    const out = new Array<TypeAttribute>(n);
    for (let i = 0; i < n; i++) out[i] = t;
    return out;
  },
  /** First type of a group's type list, or null. */
  first(ts: readonly TypeAttribute[] | null): TypeAttribute | null {
    return ts !== null && ts.length > 0 ? ts[0]! : null;
  },
  /** Resolves one variable-length operand group into `operands`; returns the first operand type seen. */
  resolve(
    parser: OpAsmParser,
    us: readonly UnresolvedOperand[],
    types: readonly TypeAttribute[],
    operands: Value[],
    operandsAt: number,
    firstType: TypeAttribute | null,
  ): TypeAttribute | null {
    const n = us.length;
    if (types.length !== n) {
      parser.emitError(`${n} operands present, but expected ${types.length}`, n > 0 ? us[0]!.offset : operandsAt >= 0 ? operandsAt : parser.nameOffset);
    }
    for (let i = 0; i < n; i++) {
      const v = parser.resolveOperand(us[i]!, types[i]!);
      if (firstType === null) firstType = v.type;
      operands.push(v);
    }
    return firstType;
  },
  /** A property's type (`T` of a constraint variable bound by a typed attribute), or null. */
  propType(ps: PropSink | null, i: number): TypeAttribute | null {
    const a = ps === null ? undefined : (ps.values[i] as { type?: TypeAttribute | null } | undefined);
    return a !== undefined && a.type ? a.type : null;
  },
  /** All result types the format read, in group order (for `inferOperandTypes`). */
  concat(groups: readonly (TypeAttribute | readonly TypeAttribute[] | null)[]): TypeAttribute[] {
    const out: TypeAttribute[] = [];
    for (const g of groups) {
      if (g === null) continue;
      if (Array.isArray(g)) out.push(...(g as TypeAttribute[]));
      else out.push(g as TypeAttribute);
    }
    return out;
  },
};

const str = JSON.stringify;


// ---- Parser ------------------------------------------------------------------------------

/** Raised (and caught below) for an element the generator leaves to the interpreter. */
class Unsupported {}

/**
 * A generated parser for `prog`, or null (codegen off, or the format has an
 * element left to the interpreter). Parameters: `a` the parser, `b` the
 * state to fill.
 */
export function generateParser(prog: FormatProgram): FormatParseFn | null {
  if (!codegenEnabled()) return null;
  try {
    return new ParserGen(prog).generate();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

class ParserGen {
  private readonly s = new Source();
  private readonly def;
  /** Groups some element gives types to (the others' type locals stay null). */
  private readonly typedOperands = new Set<number>();
  private readonly typedResults = new Set<number>();
  /** The format has `prop-dict` (properties by any name). */
  private usesPropDict = false;
  /** Some count error reports the first operand's offset. */
  private needsOpAt = false;

  constructor(private readonly prog: FormatProgram) {
    this.def = prog.def;
  }

  private single(ref: Ref, g: number): boolean {
    const groups = ref === Ref.Operand ? this.def.operands : ref === Ref.Result ? this.def.results : ref === Ref.Region ? this.def.regions : this.def.successors;
    return groups[g]!.variadicity === "single";
  }

  generate(): FormatParseFn {
    const { s, def } = this;
    const prog = this.prog;
    // Locals: per group, a value for single groups, a list otherwise.
    const decl: string[] = ["ps = null", "attrs = null", "opAt = -1"];
    def.operands.forEach((_, g) => decl.push(`ou${g} = null`, `ot${g} = null`));
    def.results.forEach((_, g) => decl.push(`rt${g} = null`));
    def.regions.forEach((_, g) => decl.push(`rg${g} = null`));
    def.successors.forEach((_, g) => decl.push(`sc${g} = null`));
    s.line(`let ${decl.join(", ")};`);
    for (const el of prog.els) this.element(el);
    this.finish();
    // Leave out what this format does not use: the first operand's offset
    // (only for count errors) and the context.
    if (!this.needsOpAt) {
      const kept = s.lines.filter((l) => l !== `if (opAt < 0) opAt = a.currentOffset();`);
      s.lines.length = 0;
      s.lines.push(...kept.map((l) => l.replace(`, opAt = -1`, "")));
    }
    if (s.lines.some((l) => /\bctx\b/.test(l))) s.lines.unshift(`const ctx = a.context;`);
    return s.build<FormatParseFn>(`parse_${ident(def.name)}`, { R: rt, prog, def: prog.def });
  }

  private element(el: AnyEl): void {
    const s = this.s;
    switch (el.kind) {
      case Kind.Literal:
        s.line(el.keyword ? `a.parseKeyword(${str(el.text)});` : `a.parsePunctuation(${str(el.text)});`);
        return;
      case Kind.Space:
      case Kind.Newline:
        return;
      case Kind.Operand: {
        if (el.ref !== Ref.Operand) throw new Unsupported();
        const g = el.group;
        s.line(`if (opAt < 0) opAt = a.currentOffset();`);
        const v = this.def.operands[g]!.variadicity;
        if (v === "single") s.line(`ou${g} = a.parseOperand();`);
        else if (v === "variadic") s.line(`ou${g} = a.parseOperandList();`);
        else s.line(`{ const o = a.parseOptionalOperand(); ou${g} = o === null ? [] : [o]; }`);
        return;
      }
      case Kind.Attr: {
        const p = this.def.props[el.group]!;
        s.line(`(ps ??= R.sink(a, def)).values[${el.group}] = ${s.k(formatHooksOf(p.constraint))}.parse(a);`);
        return;
      }
      case Kind.Type: {
        if (el.ref !== Ref.Operand && el.ref !== Ref.Result) throw new Unsupported();
        const name = el.ref === Ref.Operand ? `ot${el.group}` : `rt${el.group}`;
        (el.ref === Ref.Operand ? this.typedOperands : this.typedResults).add(el.group);
        const groups = el.ref === Ref.Operand ? this.def.operands : this.def.results;
        const v = groups[el.group]!.variadicity;
        if (v === "single") {
          s.line(`${name} = a.parseType();`);
          return;
        }
        s.line(`{ const l = []; const t = a.parseOptionalType(); if (t !== null) { l.push(t);`);
        if (v === "variadic") s.line(`while (a.parseOptionalPunctuation(",")) l.push(a.parseType());`);
        s.line(`} ${name} = l; }`);
        return;
      }
      case Kind.AttrDict:
        if (this.def.inherentAttrs.length === 0) {
          // No property can be written there: the dictionary is the attributes.
          s.line(`{ const d = ${el.withKeyword ? "a.parseOptionalAttrDictWithKeyword()" : "a.parseOptionalAttrDict()"}; if (d !== null && d.names.length > 0) attrs = d; }`);
          return;
        }
        s.line(
          `{ const at = a.currentOffset(); const d = ${el.withKeyword ? "a.parseOptionalAttrDictWithKeyword()" : "a.parseOptionalAttrDict()"};` +
            ` if (d !== null) attrs = prog.splitAttrDict(d, (ps ??= R.sink(a, def)), a, at); }`,
        );
        return;
      case Kind.PropDict:
        this.usesPropDict = true;
        s.line(`if (a.parseOptionalPunctuation("<")) prog.readPropDict(a, (ps ??= R.sink(a, def)));`);
        return;
      case Kind.Region: {
        if (el.ref !== Ref.Region) throw new Unsupported();
        const g = el.group;
        const ensure = this.prog.implicitTerminator !== null;
        const v = this.def.regions[g]!.variadicity;
        if (v === "single") {
          s.line(`{ const r = new R.Region(); a.parseRegion(r); ${ensure ? "prog.ensureTerminator(r, a); " : ""}rg${g} = r; }`);
        } else if (v === "optional") {
          s.line(`{ const r = new R.Region(); if (a.parseOptionalRegion(r)) { ${ensure ? "prog.ensureTerminator(r, a); " : ""}rg${g} = [r]; } else rg${g} = []; }`);
        } else {
          s.line(`{ const rs = []; const r0 = new R.Region(); if (a.parseOptionalRegion(r0)) { rs.push(r0);`);
          s.line(`while (a.parseOptionalPunctuation(",")) { const r = new R.Region(); a.parseRegion(r); rs.push(r); } }`);
          if (ensure) s.line(`for (const r of rs) prog.ensureTerminator(r, a);`);
          s.line(`rg${g} = rs; }`);
        }
        return;
      }
      case Kind.Successor: {
        if (el.ref !== Ref.Successor) throw new Unsupported();
        const g = el.group;
        if (this.single(Ref.Successor, g)) s.line(`sc${g} = a.parseSuccessor();`);
        else {
          s.line(`{ const bs = []; const b0 = a.parseOptionalSuccessor(); if (b0 !== null) { bs.push(b0);`);
          s.line(`while (a.parseOptionalPunctuation(",")) bs.push(a.parseSuccessor()); } sc${g} = bs; }`);
        }
        return;
      }
      case Kind.Optional:
        this.optional(el);
        return;
      default:
        throw new Unsupported();
    }
  }

  /** An optional group: its first element, read optionally, decides. */
  private optional(el: OptionalEl): void {
    const { s, def } = this;
    let first = 0;
    while (first < el.then.length && (el.then[first]!.kind === Kind.Space || el.then[first]!.kind === Kind.Newline)) first++;
    const f = el.then[first]!;
    switch (f.kind) {
      case Kind.Literal:
        s.line(`if (${f.keyword ? "a.parseOptionalKeyword" : "a.parseOptionalPunctuation"}(${str(f.text)})) {`);
        break;
      case Kind.Operand: {
        if (f.ref !== Ref.Operand) throw new Unsupported();
        const g = f.group;
        s.line(`if (opAt < 0) opAt = a.currentOffset();`);
        const o = s.temp();
        s.line(`const ${o} = a.parseOptionalOperand();`);
        s.line(`if (${o} !== null) {`);
        const v = def.operands[g]!.variadicity;
        if (v === "single") s.line(`ou${g} = ${o};`);
        else if (v === "optional") s.line(`ou${g} = [${o}];`);
        else s.line(`ou${g} = [${o}]; while (a.parseOptionalPunctuation(",")) ou${g}.push(a.parseOperand());`);
        break;
      }
      case Kind.Attr: {
        const p = def.props[f.group]!;
        if (isUnit(p.constraint.summary)) {
          // The interpreter never takes such a group when parsing (its presence is the unit attribute itself).
          s.line(`if (false) {`);
          break;
        }
        const t = s.temp();
        s.line(`const ${t} = ${s.k(formatHooksOf(p.constraint))}.parseOptional(a);`);
        s.line(`if (${t} !== null) { (ps ??= R.sink(a, def)).values[${f.group}] = ${t};`);
        break;
      }
      case Kind.Region: {
        if (f.ref !== Ref.Region) throw new Unsupported();
        const g = f.group;
        const r = s.temp();
        s.line(`const ${r} = new R.Region();`);
        s.line(`if (a.parseOptionalRegion(${r})) { ${this.prog.implicitTerminator !== null ? `prog.ensureTerminator(${r}, a); ` : ""}`);
        s.line(this.single(Ref.Region, g) ? `rg${g} = ${r};` : `rg${g} = [${r}];`);
        break;
      }
      case Kind.Successor: {
        if (f.ref !== Ref.Successor) throw new Unsupported();
        const g = f.group;
        const b = s.temp();
        s.line(`const ${b} = a.parseOptionalSuccessor();`);
        s.line(`if (${b} !== null) {`);
        if (this.single(Ref.Successor, g)) s.line(`sc${g} = ${b};`);
        else s.line(`sc${g} = [${b}]; while (a.parseOptionalPunctuation(",")) sc${g}.push(a.parseSuccessor());`);
        break;
      }
      default:
        throw new Unsupported();
    }
    const anchor = el.anchor;
    const unitAnchor = anchor.kind === Kind.Attr && anchor !== f && isUnit(def.props[anchor.group]!.constraint.summary);
    for (let i = first + 1; i < el.then.length; i++) if (!(unitAnchor && el.then[i] === anchor)) this.element(el.then[i]!);
    if (unitAnchor) s.line(`(ps ??= R.sink(a, def)).values[${(anchor as { group: number }).group}] = R.unit(a);`);
    if (el.else.length > 0) {
      s.line(`} else {`);
      for (const e of el.else) this.element(e);
    }
    s.line(`}`);
  }

  /** The expression of a group's type local read as one type (the first), or null when no element gives it. */
  private firstOf(ref: Ref.Operand | Ref.Result, g: number): string | null {
    const typed = ref === Ref.Operand ? this.typedOperands : this.typedResults;
    if (!typed.has(g)) return null;
    const name = ref === Ref.Operand ? `ot${g}` : `rt${g}`;
    return this.single(ref, g) ? name : `R.first(${name})`;
  }

  /** `a ?? b ?? ... ?? null` over the non-null candidates. */
  private chain(exprs: (string | null)[]): string {
    const xs = exprs.filter((x): x is string => x !== null);
    return xs.length === 0 ? "null" : `(${[...xs, "null"].join(" ?? ")})`;
  }

  /** The type bound to binding key `k`: results, then operands, then properties (as the interpreter's `boundType`). */
  private bound(k: object): string {
    const { def, prog } = this;
    const xs: (string | null)[] = [];
    def.results.forEach((r, g) => prog.keys.get(r.name) === k && xs.push(this.firstOf(Ref.Result, g)));
    def.operands.forEach((o, g) => prog.keys.get(o.name) === k && xs.push(this.firstOf(Ref.Operand, g)));
    def.props.forEach((p, i) => prog.keys.get(p.name) === k && xs.push(`R.propType(ps, ${i})`));
    return this.chain(xs);
  }

  private firstResultType(): string {
    return this.chain(this.def.results.map((_, g) => this.firstOf(Ref.Result, g)));
  }
  private firstOperandType(): string {
    return this.chain(this.def.operands.map((_, g) => this.firstOf(Ref.Operand, g)));
  }

  /** Resolution of operands, properties and result types (the interpreter's `finish`, decided at generation). */
  private finish(): void {
    const { s, def, prog } = this;
    // No operand or result groups: the shared empty list. Only single
    // groups: a list of that size (the parser's own, reused: Operation.create
    // copies it), trimmed if an optional part left some out.
    const fixedOperands = def.operands.length > 0 && def.operands.every((o, g) => o.variadicity === "single" && prog.operandSources[g] !== TypeSource.Infer);
    const pushOperand = fixedOperands ? "operands[on++] = v;" : "operands.push(v);";
    if (def.operands.length === 0) s.line(`const operands = R.none;`);
    else if (fixedOperands) s.line(`const operands = R.values(a, ${def.operands.length}); let on = 0;`);
    else s.line(`const operands = [];`);
    s.line(`let fot = null;`);
    const sizes = def.attrSizedOperands;
    if (sizes) s.line(`const sizes = [];`);
    def.operands.forEach((o, g) => {
      const src = prog.operandSources[g]!;
      const single = o.variadicity === "single";
      if (single && src !== TypeSource.Infer) {
        let t: string;
        if (src === TypeSource.Explicit) {
          t = `ot${g}`;
          if (this.typedOperands.has(g)) this.needsOpAt = true;
          s.line(`if (ou${g} === null) { if (${this.typedOperands.has(g) ? `ot${g} !== null` : "false"}) a.emitError("0 operands present, but expected 1", opAt >= 0 ? opAt : a.nameOffset);${sizes ? " sizes.push(0);" : ""} } else {`);
        } else {
          t = this.sourceType(src, o.name);
          s.line(`if (ou${g} === null) {${sizes ? " sizes.push(0);" : ""} } else {`);
        }
        s.line(`const t = ${t}; if (t === null) a.emitError("1 operands present, but expected 0", ou${g}.offset);`);
        s.line(`const v = a.resolveOperand(ou${g}, t); if (fot === null) fot = v.type; ${pushOperand}${sizes ? " sizes.push(1);" : ""} }`);
        return;
      }
      s.line(`{ const us = ${single ? `ou${g} === null ? R.none : [ou${g}]` : `ou${g} ?? R.none`}; const n = us.length;`);
      let types: string;
      if (src === TypeSource.Explicit) {
        types = !this.typedOperands.has(g) ? "R.none" : single ? `(ot${g} === null ? R.none : [ot${g}])` : `(ot${g} ?? R.none)`;
      } else if (src === TypeSource.Infer) {
        const results = def.results.map((r, rg) => (this.typedResults.has(rg) ? `rt${rg}` : "null"));
        types = `${s.k(def.hooks.inferOperandTypes![o.name]!)}(operands, n, ctx, R.concat([${results.join(", ")}]))`;
      } else {
        types = `R.fill(n, ${this.sourceType(src, o.name)})`;
      }
      this.needsOpAt = true;
      s.line(`fot = R.resolve(a, us, ${types}, operands, opAt, fot);${sizes ? " sizes.push(n);" : ""} }`);
    });
    if (fixedOperands) s.line(`if (on !== ${def.operands.length}) operands.length = on;`);
    if (def.props.length === 0 && !sizes && !this.usesPropDict) s.line(`let properties = null;`);
    else s.line(`let properties = prog.buildProperties(ctx, ps, ${sizes ? "sizes" : "null"});`);
    // Results.
    // Results the format leaves to inference get their list from `inferResultTypes`.
    const allInferred = def.results.every((_, g) => prog.resultSources[g] === TypeSource.Infer);
    const fixedResults = !allInferred && def.results.every((r) => r.variadicity === "single");
    const pushResult = (t: string): string => (fixedResults ? `resultTypes[rn++] = ${t};` : `resultTypes.push(${t});`);
    if (allInferred) s.line(`let resultTypes = R.none;`);
    else if (fixedResults) s.line(`let resultTypes = R.types(a, ${def.results.length}); let rn = 0;`);
    else s.line(`let resultTypes = [];`);
    let infers = false;
    if (prog.resultSources.some((src) => src !== TypeSource.Explicit)) s.line(`let infer = false;`);
    const rsizes = def.attrSizedResults;
    if (rsizes) s.line(`const rsizes = [];`);
    def.results.forEach((r, g) => {
      const src = prog.resultSources[g]!;
      if (src === TypeSource.Explicit) {
        if (!this.typedResults.has(g)) {
          if (rsizes) s.line(`rsizes.push(0);`);
        } else if (r.variadicity === "single") {
          s.line(`if (rt${g} !== null) ${pushResult(`rt${g}`)}${rsizes ? ` rsizes.push(rt${g} === null ? 0 : 1);` : ""}`);
        } else {
          s.line(`if (rt${g} !== null) for (let i = 0; i < rt${g}.length; i++) resultTypes.push(rt${g}[i]);${rsizes ? ` rsizes.push(rt${g} === null ? 0 : rt${g}.length);` : ""}`);
        }
        return;
      }
      if (src === TypeSource.Infer) {
        infers = true;
        s.line(`infer = true;${rsizes ? " rsizes.push(1);" : ""}`);
        return;
      }
      const t = src === TypeSource.SameAsOperand ? `(fot ?? ${this.firstOperandType()})` : this.sourceType(src, r.name);
      s.line(`{ const t = ${t}; if (t === null) infer = true; else ${pushResult("t")}${rsizes ? " rsizes.push(1);" : ""} }`);
      infers = true;
    });
    if (fixedResults) s.line(`if (rn !== ${def.results.length}) resultTypes.length = rn;`);
    if (infers) {
      s.line(`if (infer) resultTypes = prog.inferResultTypes(a, operands, properties);`);
    }
    if (rsizes) s.line(`properties = prog.withResultSizes(ctx, properties, rsizes);`);
    s.line(`b.operands = operands; b.resultTypes = resultTypes; b.properties = properties; b.attributes = attrs;`);
    if (def.regions.length > 0) {
      const parts = def.regions.map((r, g) =>
        r.variadicity === "single" ? `regions.push(rg${g} !== null ? rg${g} : new R.Region());` : `if (rg${g} !== null) for (const r of rg${g}) regions.push(r);`,
      );
      s.line(`{ const regions = []; ${parts.join(" ")} b.regions = regions; }`);
    }
    if (def.successors.length > 0) {
      const parts = def.successors.map((r, g) =>
        r.variadicity === "single" ? `if (sc${g} !== null) succ.push(sc${g});` : `if (sc${g} !== null) for (const x of sc${g}) succ.push(x);`,
      );
      s.line(`{ const succ = []; ${parts.join(" ")} b.successors = succ; }`);
    }
  }

  /** The type expression of an implied (not printed) group type. */
  private sourceType(src: TypeSource, name: string): string {
    const { s, def, prog } = this;
    switch (src) {
      case TypeSource.Var:
        return this.bound(prog.keys.get(name)!);
      case TypeSource.Buildable: {
        const c = def.operands.find((o) => o.name === name)?.constraint ?? def.results.find((r) => r.name === name)!.constraint;
        return `${s.k(c.buildableType)}(ctx)`;
      }
      case TypeSource.SameAsResult:
        return this.firstResultType();
      case TypeSource.SameAsOperand:
        return this.firstOperandType();
      default:
        throw new Unsupported();
    }
  }
}

function isUnit(summary: string): boolean {
  return summary === "unit attribute";
}

// ---- Printer -----------------------------------------------------------------------------

/**
 * A generated printer for `prog` (null when codegen is off). Literals and
 * the spaces around them become one write; operands, types and attributes
 * of simple groups are printed inline; other elements call the
 * interpreter's `printElement` (printing keeps no state between elements).
 */
export function generatePrinter(prog: FormatProgram): FormatPrintFn | null {
  if (!codegenEnabled()) return null;
  const s = new Source();
  const def = prog.def;
  let pending = "";
  const flush = (): void => {
    if (pending !== "") s.line(`a.write(${str(pending)});`);
    pending = "";
  };
  const delegate = (el: AnyEl): void => {
    flush();
    s.line(`prog.printElement(${s.k(el)}, a, b);`);
  };
  const element = (el: AnyEl): void => {
    switch (el.kind) {
      case Kind.Literal:
        pending += el.printed;
        return;
      case Kind.Space:
        if (el.space) pending += " ";
        return;
      case Kind.Operand:
        if (el.ref !== Ref.Operand || !prog.singleOperands) return delegate(el);
        if (el.space) pending += " ";
        flush();
        s.line(`a.printOperand(b.operands[${el.group}].value);`);
        return;
      case Kind.Attr: {
        const p = def.props[el.group]!;
        if (el.space) pending += " ";
        flush();
        s.line(`{ const v = def.prop(b, ${str(p.name)}); if (v !== undefined) ${s.k(formatHooksOf(p.constraint))}.print(a, v); }`);
        return;
      }
      case Kind.Type:
        if (el.ref === Ref.Result && def.results.length === 1) {
          if (el.space) pending += " ";
          flush();
          s.line(`if (b.results.length === 1) a.printType(b.results[0].type); else prog.printTypes(${s.k(el)}, a, b);`);
          return;
        }
        if (el.ref === Ref.Operand && prog.singleOperands) {
          if (el.space) pending += " ";
          flush();
          s.line(`a.printType(b.operands[${el.group}].value.type);`);
          return;
        }
        return delegate(el);
      case Kind.AttrDict:
        flush();
        s.line(`prog.printAttrDict(a, b, ${el.withKeyword});`);
        return;
      case Kind.Optional: {
        flush();
        const anchor = el.anchor;
        const elide = anchor.kind === Kind.Attr && anchor !== el.then[0] && isUnit(def.props[anchor.group]!.constraint.summary);
        s.line(`if (prog.isPresent(${s.k(anchor)}, b)) {`);
        for (const c of el.then) if (!(elide && c === anchor)) element(c);
        flush();
        if (el.else.length > 0) {
          s.line(`} else {`);
          for (const c of el.else) element(c);
          flush();
        }
        s.line(`}`);
        return;
      }
      default:
        return delegate(el);
    }
  };
  for (const el of prog.els) element(el);
  flush();
  return s.build<FormatPrintFn>(`print_${ident(def.name)}`, { R: rt, prog, def: prog.def });
}
