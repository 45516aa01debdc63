import type { TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { BuiltinKind } from "../builtin/kind.js";
import { DialectAttribute } from "../../ir/dialect-attribute.js";
import type { AsmParser, AsmPrinter } from "../../ir/op-asm.js";
import { newUniquingTable } from "../../ir/uniquing.js";
import { Constraint, stored } from "../../irdl/constraint.js";
import { defineBitEnumAttr } from "../../irdl/enum-attr.js";

/** `#vector.kind<add>`: how reductions and contractions combine elements (a bit enum in MLIR). */
export const CombiningKindAttr = defineBitEnumAttr({
  dialect: "vector",
  mnemonic: "kind",
  bits: {
    add: 1,
    mul: 2,
    minui: 4,
    minsi: 8,
    minnumf: 16,
    maxui: 32,
    maxsi: 64,
    maxnumf: 128,
    and: 256,
    or: 512,
    xor: 1024,
    maximumf: 4096,
    minimumf: 8192,
  },
  separator: "|",
  summary: "Kind of combining function for contractions and reductions",
  cppType: "::mlir::vector::CombiningKind",
});

// Combining kinds by the element types they accept (MLIR's `isSupportedCombiningKind`).
const kindsForAnyNumber = 1 | 2; // add, mul
const kindsForIntegers = 4 | 8 | 32 | 64 | 256 | 512 | 1024; // min/max ui/si, and, or, xor
const kindsForFloats = 16 | 128 | 4096 | 8192; // minnumf, maxnumf, maximumf, minimumf

/** Whether combining kind `kind` (its bits) applies to elements of type `t`. */
export function supportsCombiningKind(kind: number, t: TypeAttribute): boolean {
  const isInt = t.kind === BuiltinKind.IntegerType || t.kind === BuiltinKind.IndexType;
  const isFloat = t.kind === BuiltinKind.FloatType;
  if ((kind & kindsForAnyNumber) !== 0) return isInt || isFloat;
  if ((kind & kindsForIntegers) !== 0) return isInt;
  if ((kind & kindsForFloats) !== 0) return isFloat;
  return false;
}

/** The name of combining kind `kind` (`xor`), as MLIR's `stringifyCombiningKind` gives it. */
export function combiningKindName(kind: number): string {
  for (const [name, bit] of CombiningKindAttr.cases) if (bit === kind) return name;
  return String(kind);
}

/** A dialect enum attribute class made by {@link defineEnumAttr}. */
export interface EnumAttrClass {
  new (value: number): DialectAttribute & { readonly value: number; readonly caseName: string };
  readonly mnemonic: string;
  /** The attribute of case `name`. */
  get(ctx: Context, name: string): DialectAttribute & { readonly value: number; readonly caseName: string };
  parseParameters(p: AsmParser): DialectAttribute;
  /** The property constraint; in formats the attribute reads and prints as `<case>`. */
  readonly constraint: Constraint<DialectAttribute & { readonly value: number; readonly caseName: string }>;
}

/**
 * A dialect attribute over a plain (not bit) enum, ODS's `EnumAttr` on an
 * `I32EnumAttr`: `#vector.punctuation<comma>`, printed by case name.
 */
export function defineEnumAttr(dialect: string, mnemonic: string, cases: readonly string[], summary: string): EnumAttrClass {
  const table = newUniquingTable();
  const values = new Map<string, number>(cases.map((c, i) => [c, i]));
  class EnumAttr extends DialectAttribute {
    static readonly mnemonic = mnemonic;
    static constraint: Constraint<EnumAttr>;
    constructor(readonly value: number) {
      super();
    }
    get caseName(): string {
      return cases[this.value]!;
    }
    get dialectName(): string {
      return dialect;
    }
    get mnemonic(): string {
      return mnemonic;
    }
    static get(ctx: Context, name: string): EnumAttr {
      const v = values.get(name);
      if (v === undefined) throw new RangeError(`no case '${name}' in #${dialect}.${mnemonic}`);
      const t = ctx.table<number, EnumAttr>(table);
      let a = t.get(v);
      if (a === undefined) t.set(v, (a = new EnumAttr(v)));
      return a;
    }
    static parseParameters(p: AsmParser): EnumAttr {
      p.parsePunctuation("<");
      return parseCase(p);
    }
    printParameters(p: AsmPrinter): void {
      p.write("<" + this.caseName + ">");
    }
  }
  function parseCase(p: AsmParser): EnumAttr {
    const at = p.currentOffset();
    const k = p.parseOptionalKeywordOrString();
    if (k === null || !values.has(k)) p.emitError(`expected one of [${cases.join(", ")}] for ${summary}, got: ${k ?? ""}`, at);
    p.parsePunctuation(">");
    return EnumAttr.get(p.context, k);
  }
  EnumAttr.constraint = stored(
    new Constraint<EnumAttr>(summary, (a) => a instanceof EnumAttr, {
      parseOptional: (p) => (p.parseOptionalPunctuation("<") ? parseCase(p) : null),
      parse: (p) => EnumAttr.parseParameters(p),
      print: (p, a) => (a as EnumAttr).printParameters(p),
    }),
  );
  return EnumAttr as unknown as EnumAttrClass;
}

/** `#vector.punctuation<newline>`: what `vector.print` prints after its value. */
export const PrintPunctuationAttr = defineEnumAttr(
  "vector",
  "punctuation",
  ["no_punctuation", "newline", "comma", "open", "close"],
  "Punctuation for separating vectors or vector elements",
);

/** `#vector.iterator_type<parallel>`: the iterator kinds of `vector.contract`. */
export const IteratorTypeAttr = defineEnumAttr("vector", "iterator_type", ["parallel", "reduction"], "Iterator type");
