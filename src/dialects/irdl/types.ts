import type { Attribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { DialectAttribute, DialectType } from "../../ir/dialect-attribute.js";
import { defineType, printDefault } from "../../irdl/attr-def.js";
import type { AsmParser, AsmPrinter } from "../../ir/op-asm.js";
import { newUniquingTable } from "../../ir/uniquing.js";

/** `!irdl.attribute`: the type of IRDL constraint values. */
export const IRDLAttributeType = defineType({ dialect: "irdl", mnemonic: "attribute", parameters: {} });

/** `!irdl.region`: the type of IRDL region constraints. */
export const IRDLRegionType = defineType({ dialect: "irdl", mnemonic: "region", parameters: {} });

/** How many values an IRDL operand or result definition takes. */
export type IRDLVariadicity = "single" | "optional" | "variadic";

const variadicityTable = newUniquingTable();

/** `#irdl<variadicity_array[ single,  variadic]>`: the variadicity of each operand or result. */
export class VariadicityArrayAttr extends DialectAttribute {
  static readonly mnemonic = "variadicity_array";
  private constructor(readonly values: readonly IRDLVariadicity[]) {
    super();
  }
  get dialectName(): string {
    return "irdl";
  }
  get mnemonic(): string {
    return "variadicity_array";
  }
  /** Printed in MLIR's verbose form `#irdl<variadicity_array[...]>`. */
  override get prettyParameters(): boolean {
    return false;
  }
  printParameters(p: AsmPrinter): void {
    p.write("[" + this.values.map((v) => " " + v).join(", ") + "]");
  }
  /** `[ single,  variadic]` (after the mnemonic, in `#irdl<variadicity_array[...]>`). */
  static parseParameters(p: AsmParser): VariadicityArrayAttr {
    const vs: IRDLVariadicity[] = [];
    p.parsePunctuation("[");
    if (!p.parseOptionalPunctuation("]")) {
      do {
        const v = p.parseOptionalKeywordIn(["single", "optional", "variadic"]);
        if (v === null) p.emitError("expected 'single', 'optional' or 'variadic'");
        vs.push(v as IRDLVariadicity);
      } while (p.parseOptionalPunctuation(","));
      p.parsePunctuation("]");
    }
    return VariadicityArrayAttr.get(p.context, vs);
  }

  static get(ctx: Context, values: readonly IRDLVariadicity[]): VariadicityArrayAttr {
    const t = ctx.table<string, VariadicityArrayAttr>(variadicityTable);
    const key = values.join(",");
    let a = t.get(key);
    if (a === undefined) t.set(key, (a = new VariadicityArrayAttr(Object.freeze(values.slice()))));
    return a;
  }
}

/**
 * A type or attribute of a dialect loaded from IRDL (`!cmath.complex<f32>`):
 * its definition's name and parameters. Uniqued by name and parameters.
 */
export class DynamicType extends DialectType {
  constructor(
    readonly dialect: string,
    readonly name: string,
    readonly params: readonly Attribute[],
  ) {
    super();
  }
  get dialectName(): string {
    return this.dialect;
  }
  get mnemonic(): string {
    return this.name;
  }
  printParameters(p: AsmPrinter): void {
    printDefault(p, this.params);
  }
}

/** The attribute counterpart of {@link DynamicType} (`#dialect.name<...>`). */
export class DynamicAttr extends DialectAttribute {
  constructor(
    readonly dialect: string,
    readonly name: string,
    readonly params: readonly Attribute[],
  ) {
    super();
  }
  get dialectName(): string {
    return this.dialect;
  }
  get mnemonic(): string {
    return this.name;
  }
  printParameters(p: AsmPrinter): void {
    printDefault(p, this.params);
  }
}
