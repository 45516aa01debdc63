import type { Attribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { DialectAttribute } from "../../ir/dialect-attribute.js";
import type { AsmParser, AsmPrinter } from "../../ir/op-asm.js";
import { newUniquingTable } from "../../ir/uniquing.js";
import { Constraint } from "../../irdl/constraint.js";

const table = newUniquingTable();

/** Predicate names of `index.cmp`, in value order (`IndexCmpPredicate`). */
const predicateNames = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"] as const;

/** One of the predicates of `index.cmp` (`slt`). */
export type IndexCmpPredicate = (typeof predicateNames)[number];

/**
 * `#index<cmp_predicate slt>`: the predicate of `index.cmp` (ODS's
 * `IndexCmpPredicateAttr`, an `EnumAttr` whose parameter prints as a bare
 * keyword, hence MLIR's verbose `#index<...>` form). Uniqued per predicate.
 */
export class IndexCmpPredicateAttr extends DialectAttribute {
  static readonly mnemonic = "cmp_predicate";
  /** The constraint admitting these attributes; ` slt` in assembly formats. */
  static constraint: Constraint<IndexCmpPredicateAttr>;

  private constructor(
    /** The predicate's value: 0 (`eq`) to 9 (`uge`). */
    readonly value: number,
  ) {
    super();
  }

  get dialectName(): string {
    return "index";
  }
  get mnemonic(): string {
    return "cmp_predicate";
  }
  /** The predicate's keyword (`slt`). */
  get predicate(): IndexCmpPredicate {
    return predicateNames[this.value]!;
  }
  override get prettyParameters(): boolean {
    return false;
  }

  /** The uniqued attribute of predicate `name`. */
  static get(ctx: Context, name: IndexCmpPredicate): IndexCmpPredicateAttr {
    const value = predicateNames.indexOf(name);
    if (value < 0) throw new RangeError(`unknown index.cmp predicate '${name}'`);
    const t = ctx.table<number, IndexCmpPredicateAttr>(table);
    let a = t.get(value);
    if (a === undefined) t.set(value, (a = new IndexCmpPredicateAttr(value)));
    return a;
  }

  /** Parses the predicate keyword (or string) after the mnemonic. */
  static parseParameters(p: AsmParser): IndexCmpPredicateAttr {
    const at = p.currentOffset();
    const k = p.parseOptionalKeywordOrString();
    if (k === null) p.emitError("expected valid keyword or string", at);
    if (!(predicateNames as readonly string[]).includes(k)) {
      p.emitError(`expected ::mlir::index::IndexCmpPredicate to be one of: ${predicateNames.join(", ")}`, at);
    }
    return IndexCmpPredicateAttr.get(p.context, k as IndexCmpPredicate);
  }

  printParameters(p: AsmPrinter): void {
    p.write(" " + this.predicate);
  }
}

IndexCmpPredicateAttr.constraint = new Constraint<IndexCmpPredicateAttr>(
  "index comparison predicate kind",
  (a: Attribute) => a instanceof IndexCmpPredicateAttr,
  {
    parseOptional: (p) => {
      const k = p.parseOptionalKeywordIn(predicateNames);
      return k === null ? null : IndexCmpPredicateAttr.get(p.context, k as IndexCmpPredicate);
    },
    parse: (p) => IndexCmpPredicateAttr.parseParameters(p),
    // The stripped form is the attribute's parameters, leading space
    // included (ODS formats write "`` $pred" to avoid a second one).
    print: (p, a) => (a as IndexCmpPredicateAttr).printParameters(p),
  },
);
