import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { AsmParser, AsmPrinter } from "../../ir/op-asm.js";
import type { AttrFormat, Constraint } from "../constraint.js";

/** The full attribute syntax (`0 : i32`, `"str"`, `[1, 2]`): the default. */
const fullAttribute: AttrFormat = {
  parseOptional: (p) => p.parseOptionalAttribute(),
  parse: (p) => p.parseAttribute(),
  print: (p, a) => p.printAttribute(a),
};

/** How `$name` of a property with constraint `c` parses and prints. */
export function formatHooksOf(c: Constraint): AttrFormat {
  return c.format ?? fullAttribute;
}

/**
 * An attribute whose type is implied (ODS's buildable types: `I64Attr`
 * prints `1`, not `1 : i64`): parsed with `type`, printed without it.
 */
export function typedByFormat(type: (p: AsmParser) => TypeAttribute): AttrFormat {
  return {
    parseOptional: (p) => p.parseOptionalAttribute(type(p)),
    parse: (p) => p.parseAttribute(type(p)),
    print: (p: AsmPrinter, a: Attribute) => p.printAttributeWithoutType(a),
  };
}
