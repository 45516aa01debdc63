import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import type { ParserState } from "./parser-state.js";

// Placeholder: the dense family (dense<>, dense_resource<>, array<>, sparse<>)
// is being implemented separately.

/** `dense` `<` tensor-literal `>` `:` shaped-type */
export function parseDenseElementsAttr(p: ParserState, _type: TypeAttribute | null): Attribute {
  return p.error("dense elements are not supported yet");
}

/** `dense_resource` `<` key `>` `:` shaped-type */
export function parseDenseResourceElementsAttr(p: ParserState, _type: TypeAttribute | null): Attribute {
  return p.error("dense_resource is not supported yet");
}

/** `array` `<` type (`:` elements)? `>` */
export function parseDenseArrayAttr(p: ParserState, _type: TypeAttribute | null): Attribute {
  return p.error("array attributes are not supported yet");
}

/** `sparse` `<` indices `,` values `>` `:` shaped-type */
export function parseSparseElementsAttr(p: ParserState, _type: TypeAttribute | null): Attribute {
  return p.error("sparse elements are not supported yet");
}
