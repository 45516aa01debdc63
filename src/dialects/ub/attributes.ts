import type { Attribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { DialectAttribute } from "../../ir/dialect-attribute.js";
import type { AsmParser } from "../../ir/op-asm.js";
import { newUniquingTable } from "../../ir/uniquing.js";
import { Constraint } from "../../irdl/constraint.js";

const table = newUniquingTable();

/**
 * `#ub.poison`: the poison value (ODS's `PoisonAttr`), the default value of
 * `ub.poison`. One instance per context.
 */
export class PoisonAttr extends DialectAttribute {
  static readonly mnemonic = "poison";

  private constructor() {
    super();
  }

  get dialectName(): string {
    return "ub";
  }
  get mnemonic(): string {
    return "poison";
  }

  /** The uniqued `#ub.poison`. */
  static get(ctx: Context): PoisonAttr {
    const t = ctx.table<number, PoisonAttr>(table);
    let a = t.get(0);
    if (a === undefined) t.set(0, (a = new PoisonAttr()));
    return a;
  }

  /** Parses what follows the mnemonic: nothing, or an empty `<>`. */
  static parseParameters(p: AsmParser): PoisonAttr {
    if (p.parseOptionalPunctuation("<")) p.parsePunctuation(">");
    return PoisonAttr.get(p.context);
  }

  printParameters(): void {}
}

/**
 * ODS's `UB_PoisonAttrInterface`: attributes that stand for a poison value
 * (here only `#ub.poison`). Written in full (`#ub.poison`) in assembly formats.
 */
export const poisonAttrInterface = new Constraint<PoisonAttr>("PoisonAttrInterface instance", (a: Attribute) => a instanceof PoisonAttr, {
  parseOptional(p) {
    const at = p.currentOffset();
    const a = p.parseOptionalAttribute();
    if (a !== null && !(a instanceof PoisonAttr)) p.emitError("invalid kind of attribute specified", at);
    return a;
  },
  parse(p) {
    const at = p.currentOffset();
    const a = p.parseAttribute();
    if (!(a instanceof PoisonAttr)) p.emitError("invalid kind of attribute specified", at);
    return a;
  },
  print: (p, a) => p.printAttribute(a),
});
