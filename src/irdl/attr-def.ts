import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import type { Context } from "../ir/context.js";
import { DialectAttribute, DialectType } from "../ir/dialect-attribute.js";
import type { AsmParser, AsmPrinter } from "../ir/op-asm.js";
import { newUniquingTable } from "../ir/uniquing.js";
import { printAttribute } from "../print/attribute-printer.js";
import type { Constraint } from "./constraint.js";

/** A declarative attribute or type definition (ODS's `AttrDef`/`TypeDef`, xDSL's `ParametrizedAttribute`). */
export interface AttrDefSpec {
  /** The dialect namespace. */
  readonly dialect: string;
  /** The name after the dialect (`#dialect.mnemonic<...>`). */
  readonly mnemonic: string;
  /** Parameters in order, each with the constraint it must satisfy. */
  readonly parameters: Readonly<Record<string, Constraint>>;
  /**
   * Extra checks on the parameters (after their constraints): returns an
   * error message, or null. Called when an instance is parsed or built.
   */
  verify?(params: readonly Attribute[]): string | null;
  /** Custom syntax after the mnemonic; default `<p0, p1, ...>` (nothing without parameters). */
  parse?(p: AsmParser): Attribute[];
  /** Custom printing after the mnemonic; see {@link parse}. */
  print?(p: AsmPrinter, params: readonly Attribute[]): void;
}

/** The class {@link defineAttr} and {@link defineType} return. */
export interface ParametricDefClass<A> {
  /** The uniqued instance with `params` (checked; throws a `RangeError` when invalid). */
  get(ctx: Context, params: readonly Attribute[]): A;
  /** Parses what follows the mnemonic (for `defineDialect`). */
  parseParameters(p: AsmParser): A;
  /** True when `a` is an instance of this definition. */
  is(a: Attribute): a is Attribute & A;
  readonly mnemonic: string;
  /** The constraint admitting instances of this definition. */
  readonly spec: AttrDefSpec;
}

/** Instance shape of a defined attribute or type. */
export interface ParametricInstance {
  /** The parameters, in definition order. */
  readonly params: readonly Attribute[];
  /** Parameter `name`. */
  param(name: string): Attribute;
}

function checkParams(spec: AttrDefSpec, params: readonly Attribute[]): string | null {
  const names = Object.keys(spec.parameters);
  if (params.length !== names.length) return `expected ${names.length} parameters, but got ${params.length}`;
  for (let i = 0; i < names.length; i++) {
    const c = spec.parameters[names[i]!]!;
    if (!c.test(params[i]!)) return `parameter '${names[i]}' must be ${c.summary}, but got ${printAttribute(params[i]!)}`;
  }
  return spec.verify?.(params) ?? null;
}

function parseDefault(spec: AttrDefSpec, p: AsmParser): Attribute[] {
  const n = Object.keys(spec.parameters).length;
  const out: Attribute[] = [];
  if (n === 0) return out;
  p.parsePunctuation("<");
  for (let i = 0; i < n; i++) {
    if (i > 0) p.parsePunctuation(",");
    out.push(p.parseOptionalType() ?? p.parseAttribute());
  }
  p.parsePunctuation(">");
  return out;
}

/** Prints parameters in the default syntax `<p0, p1>` (nothing without parameters). */
export function printDefault(p: AsmPrinter, params: readonly Attribute[]): void {
  if (params.length === 0) return;
  p.write("<");
  for (let i = 0; i < params.length; i++) {
    if (i > 0) p.write(", ");
    const a = params[i]!;
    if (a.isType) p.printType(a as TypeAttribute);
    else p.printAttribute(a);
  }
  p.write(">");
}

function make<A>(spec: AttrDefSpec, isType: boolean): ParametricDefClass<A> {
  const table = newUniquingTable();
  const names = Object.keys(spec.parameters);
  const Base = (isType ? DialectType : DialectAttribute) as unknown as abstract new () => DialectAttribute;
  class Def extends Base implements ParametricInstance {
    static readonly mnemonic = spec.mnemonic;
    static readonly spec = spec;
    constructor(readonly params: readonly Attribute[]) {
      super();
    }
    get dialectName(): string {
      return spec.dialect;
    }
    get mnemonic(): string {
      return spec.mnemonic;
    }
    param(name: string): Attribute {
      const i = names.indexOf(name);
      if (i < 0) throw new RangeError(`'${spec.dialect}.${spec.mnemonic}' has no parameter '${name}'`);
      return this.params[i]!;
    }
    printParameters(p: AsmPrinter): void {
      if (spec.print !== undefined) spec.print(p, this.params);
      else printDefault(p, this.params);
    }
    static get(ctx: Context, params: readonly Attribute[]): Def {
      const e = checkParams(spec, params);
      if (e !== null) throw new RangeError(`'${spec.dialect}.${spec.mnemonic}': ${e}`);
      return ctx.trie<Def>(table).intern(params, params.length, () => new Def(Object.freeze(params.slice())));
    }
    static is(a: Attribute): boolean {
      return a instanceof Def;
    }
    static parseParameters(p: AsmParser): Def {
      const at = p.currentOffset();
      const params = spec.parse !== undefined ? spec.parse(p) : parseDefault(spec, p);
      const e = checkParams(spec, params);
      if (e !== null) p.emitError(e, at);
      return p.context.trie<Def>(table).intern(params, params.length, () => new Def(Object.freeze(params.slice())));
    }
  }
  return Def as unknown as ParametricDefClass<A>;
}

/**
 * Defines a dialect attribute declaratively: `#dialect.mnemonic<p0, p1>`,
 * parameters checked against their constraints and `verify`, uniqued per
 * context. Register the class in `defineDialect({ attributes })`.
 */
export function defineAttr(spec: AttrDefSpec): ParametricDefClass<DialectAttribute & ParametricInstance> {
  return make(spec, false);
}

/** Defines a dialect type declaratively (`!dialect.mnemonic<...>`); see {@link defineAttr}. */
export function defineType(spec: AttrDefSpec): ParametricDefClass<DialectType & ParametricInstance> {
  return make(spec, true);
}
