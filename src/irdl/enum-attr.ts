import type { Attribute } from "../ir/attribute.js";
import type { Context } from "../ir/context.js";
import { DialectAttribute } from "../ir/dialect-attribute.js";
import type { AsmParser, AsmPrinter } from "../ir/op-asm.js";
import { newUniquingTable } from "../ir/uniquing.js";
import { IntegerAttr } from "../dialects/builtin/attributes/integer-attr.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import { IntegerType } from "../dialects/builtin/types/integer-type.js";
import { Constraint, stored } from "./constraint.js";

/** An integer enum (ODS's `I64EnumAttr`): the constraint, with its cases. */
export interface IntEnum extends Constraint<IntegerAttr> {
  /** Case names by value. */
  readonly names: ReadonlyMap<number, string>;
  /** Case values by name. */
  readonly values: ReadonlyMap<string, number>;
  /** The attribute of case `name`. */
  get(ctx: Context, name: string): IntegerAttr;
}

/**
 * An enum stored as an `iN` integer attribute (`predicate = 2 : i64` in the
 * generic form) and written as a keyword (`slt`) in assembly formats.
 */
export function intEnum(attrName: string, cases: Readonly<Record<string, number>>, width = 64): IntEnum {
  const names = new Map<number, string>();
  const values = new Map<string, number>();
  for (const [n, v] of Object.entries(cases)) {
    names.set(v, n);
    values.set(n, v);
  }
  const sorted = [...names.keys()].sort((a, b) => a - b);
  const keywords = [...values.keys()];
  const test = (a: Attribute): boolean =>
    a.kind === BuiltinKind.IntegerAttr &&
    (a as IntegerAttr).type.kind === BuiltinKind.IntegerType &&
    ((a as IntegerAttr).type as IntegerType).width === width &&
    ((a as IntegerAttr).type as IntegerType).isSignless &&
    names.has(Number((a as IntegerAttr).value));
  const make = (ctx: Context, name: string): IntegerAttr => IntegerAttr.get(ctx, IntegerType.get(ctx, width), values.get(name)!);
  const parseOptional = (p: AsmParser): Attribute | null => {
    const k = p.parseOptionalKeywordIn(keywords);
    if (k !== null) return make(p.context, k);
    const at = p.currentOffset();
    const s = p.parseOptionalString();
    if (s === null) return null;
    if (!values.has(s)) {
      p.emitError(`expected string or keyword containing one of the following enum values for attribute '${attrName}' [${keywords.join(", ")}]`, at);
    }
    return make(p.context, s);
  };
  const c = stored(new Constraint<IntegerAttr>(`allowed ${width}-bit signless integer cases: ${sorted.join(", ")}`, test, {
    parseOptional,
    parse(p) {
      const a = parseOptional(p);
      if (a === null) {
        return p.emitError(`expected string or keyword containing one of the following enum values for attribute '${attrName}' [${keywords.join(", ")}]`);
      }
      return a;
    },
    print(p: AsmPrinter, a: Attribute) {
      p.write(names.get(Number((a as IntegerAttr).value)) ?? String((a as IntegerAttr).value));
    },
  }));
  return Object.assign(c, { names, values, get: make }) as IntEnum;
}

/** Options of {@link defineBitEnumAttr}. */
export interface BitEnumOptions {
  readonly dialect: string;
  readonly mnemonic: string;
  /** Single-bit cases, in printing order. */
  readonly bits: Readonly<Record<string, number>>;
  /** Name of the zero value (`none`); absent when the enum has none (`#vector.kind`). */
  readonly none?: string;
  /** Named combinations printed instead of their bits when all are set (`fast`). */
  readonly groups?: Readonly<Record<string, number>>;
  /** Separator between printed cases (`", "` or `","`). */
  readonly separator: string;
  /** Constraint summary (ODS: "Floating point fastmath flags"). */
  readonly summary: string;
  /**
   * The C++ enum MLIR names in parse errors (`::mlir::arith::FastMathFlags`):
   * with it, an unknown case reads as mlir-opt's "expected <cppType> to be
   * one of: none, ...".
   */
  readonly cppType?: string;
}

/** A bit-enum dialect attribute class made by {@link defineBitEnumAttr}. */
export interface BitEnumAttrClass {
  new (value: number): DialectAttribute & { readonly value: number };
  /** The uniqued attribute with flags `value`. */
  get(ctx: Context, value: number): DialectAttribute & { readonly value: number };
  /** Parses `<case, case>` (after the mnemonic). */
  parseParameters(p: AsmParser): DialectAttribute & { readonly value: number };
  /** The constraint admitting this attribute, written `<...>` in assembly formats. */
  readonly constraint: Constraint<DialectAttribute & { readonly value: number }>;
  readonly mnemonic: string;
  /** Flag value of a case or group name. */
  readonly cases: ReadonlyMap<string, number>;
}

/**
 * Defines a bit-enum dialect attribute (ODS's `BitEnumAttr` wrapped in an
 * `EnumAttr`), such as `#arith.fastmath<nnan,ninf>` or
 * `#arith.overflow<nsw, nuw>`: flags printed by name, groups folded.
 */
export function defineBitEnumAttr(o: BitEnumOptions): BitEnumAttrClass {
  const table = newUniquingTable();
  const cases = new Map<string, number>(Object.entries(o.bits));
  for (const [n, v] of Object.entries(o.groups ?? {})) cases.set(n, v);
  if (o.none !== undefined) cases.set(o.none, 0);
  const names = [...cases.keys()];
  // mlir-opt lists the cases in declaration order: none, the bits, the groups.
  const declared = [...(o.none === undefined ? [] : [o.none]), ...Object.keys(o.bits), ...Object.keys(o.groups ?? {})];
  /** Reads one case name, or fails as mlir-opt does. */
  function parseCase(p: AsmParser): number {
    const at = p.currentOffset();
    const k = p.parseOptionalKeywordOrString();
    const bit = k === null ? undefined : cases.get(k);
    if (bit !== undefined) return bit;
    if (o.cppType === undefined) p.emitError(`expected one of [${names.join(", ")}] for ${o.summary}, got: ${k ?? ""}`, at);
    if (k === null) p.emitError("expected valid keyword or string", at);
    return p.emitError(`expected ${o.cppType} to be one of: ${declared.join(", ")}`, at);
  }
  class BitEnumAttr extends DialectAttribute {
    static readonly mnemonic = o.mnemonic;
    static readonly cases = cases;
    static constraint: Constraint<BitEnumAttr>;
    constructor(readonly value: number) {
      super();
    }
    get dialectName(): string {
      return o.dialect;
    }
    get mnemonic(): string {
      return o.mnemonic;
    }
    static get(ctx: Context, value: number): BitEnumAttr {
      const t = ctx.table<number, BitEnumAttr>(table);
      let a = t.get(value);
      if (a === undefined) t.set(value, (a = new BitEnumAttr(value)));
      return a;
    }
    static parseParameters(p: AsmParser): BitEnumAttr {
      p.parsePunctuation("<");
      let v = 0;
      do v |= parseCase(p);
      while (p.parseOptionalPunctuation(","));
      p.parsePunctuation(">");
      return BitEnumAttr.get(p.context, v);
    }
    printParameters(p: AsmPrinter): void {
      p.write("<" + flagsText(this.value) + ">");
    }
  }
  function flagsText(value: number): string {
    if (value === 0) return o.none ?? "";
    const parts: string[] = [];
    let rest = value;
    for (const [n, g] of Object.entries(o.groups ?? {})) {
      if ((rest & g) === g) {
        parts.push(n);
        rest &= ~g;
      }
    }
    for (const [n, b] of Object.entries(o.bits)) {
      if ((rest & b) !== 0) {
        parts.push(n);
        rest &= ~b;
      }
    }
    return parts.join(o.separator);
  }
  BitEnumAttr.constraint = stored(
    new Constraint<BitEnumAttr>(o.summary, (a) => a instanceof BitEnumAttr, {
      parseOptional: (p) => (p.parseOptionalPunctuation("<") ? parseAfterLess(p) : null),
      parse: (p) => BitEnumAttr.parseParameters(p),
      print: (p, a) => (a as BitEnumAttr).printParameters(p),
    }),
  );
  function parseAfterLess(p: AsmParser): BitEnumAttr {
    let v = 0;
    do v |= parseCase(p);
    while (p.parseOptionalPunctuation(","));
    p.parsePunctuation(">");
    return BitEnumAttr.get(p.context, v);
  }
  return BitEnumAttr as unknown as BitEnumAttrClass;
}
