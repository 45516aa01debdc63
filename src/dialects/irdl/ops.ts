import type { Attribute } from "../../ir/attribute.js";
import { Block } from "../../ir/block.js";
import type { OpAsmParser, UnresolvedOperand } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import { anyAttr, arrayAttr, Constraint, strAttr, symbolNameAttr, symbolRefAttr } from "../../irdl/constraint.js";
import type { CustomDirective, FormatParseState } from "../../irdl/format/compile.js";
import { optionalProp, region, variadic, type OpDef } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import { HasParent, IsolatedFromAbove, NoTerminator, SingleBlock, Symbol, SymbolTable } from "../../irdl/traits.js";
import { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { StringAttr } from "../builtin/attributes/string-attr.js";
import { IRDLAttributeType, IRDLRegionType, VariadicityArrayAttr, type IRDLVariadicity } from "./types.js";


const attrType = new Constraint("IRDL handle to an mlir::Attribute", (a) => IRDLAttributeType.is(a));
const regionType = new Constraint("IRDL handle to a region definition", (a) => IRDLRegionType.is(a));
const variadicityArray = new Constraint("variadicity array", (a) => a instanceof VariadicityArrayAttr);

/** `{ ... }`: a single-block region (created even when written `{}`). */
const singleBlockRegion: CustomDirective = {
  parse(p, st, args) {
    const r = new Region();
    p.parseRegion(r);
    if (r.first === null) r.append(new Block());
    st.setRegions(args[0]!, [r]);
  },
  print(p, op) {
    p.printRegion(op.regions[0]!, false, true, false);
  },
};

function names(op: Operation, prop: string): string[] {
  const a = op.getInherentAttr(prop) as ArrayAttr | undefined;
  return a === undefined ? [] : a.elements.map((e) => (e as StringAttr).value);
}

function setArgs(p: OpAsmParser, st: FormatParseState, operandGroup: string, ops: UnresolvedOperand[]): void {
  st.setOperands(operandGroup, ops);
  st.setTypes(operandGroup, ops.map(() => IRDLAttributeType.get(p.context, [])));
}

/** `(name: %v, ...)`, optionally with `single`/`optional`/`variadic` before each value. */
function namedValueList(withVariadicity: boolean): CustomDirective {
  return {
    parse(p, st, args) {
      const ops: UnresolvedOperand[] = [];
      const ns: Attribute[] = [];
      const vs: IRDLVariadicity[] = [];
      p.parseCommaSeparatedList("(", ")", () => {
        ns.push(StringAttr.get(p.context, p.parseOptionalKeywordOrString() ?? p.emitError("expected a name")));
        p.parsePunctuation(":");
        if (withVariadicity) vs.push((p.parseOptionalKeywordIn(["single", "optional", "variadic"]) ?? "single") as IRDLVariadicity);
        ops.push(p.parseOperand());
      });
      setArgs(p, st, args[0]!, ops);
      st.setProp("names", ArrayAttr.get(p.context, ns));
      if (withVariadicity) st.setProp("variadicity", VariadicityArrayAttr.get(p.context, vs));
    },
    print(p, op) {
      const ns = names(op, "names");
      const vs = (op.getInherentAttr("variadicity") as VariadicityArrayAttr | undefined)?.values ?? [];
      p.write("(");
      op.operands.forEach((o, i) => {
        if (i > 0) p.write(", ");
        p.write(ns[i] ?? "");
        p.write(": ");
        const v = vs[i] ?? "single";
        if (withVariadicity && v !== "single") p.write(v + " ");
        p.printOperand(o.value);
      });
      p.write(")");
    },
  };
}

/** `{"name" = %v, ...}` of `irdl.attributes`. */
const attributesList: CustomDirective = {
  parse(p, st, args) {
    const ops: UnresolvedOperand[] = [];
    const ns: Attribute[] = [];
    if (p.parseOptionalPunctuation("{")) {
      if (!p.parseOptionalPunctuation("}")) {
        do {
          ns.push(StringAttr.get(p.context, p.parseString()));
          p.parsePunctuation("=");
          ops.push(p.parseOperand());
        } while (p.parseOptionalPunctuation(","));
        p.parsePunctuation("}");
      }
    }
    setArgs(p, st, args[0]!, ops);
    st.setProp("attributeValueNames", ArrayAttr.get(p.context, ns));
  },
  print(p, op) {
    const ns = names(op, "attributeValueNames");
    if (op.operands.length === 0) return;
    p.write("{");
    op.operands.forEach((o, i) => {
      if (i > 0) p.write(", ");
      p.printString(ns[i] ?? "");
      p.write(" = ");
      p.printOperand(o.value);
    });
    p.write("}");
  },
};

const definitionSpec = {
  properties: { sym_name: symbolNameAttr },
  regions: { body: region(1) },
  format: "$sym_name attr-dict-with-keyword custom<SingleBlockRegion>($body)",
  customDirectives: { SingleBlockRegion: singleBlockRegion },
} as const;

/** `irdl.dialect @name { ... }`: a dialect definition. */
export class DialectOp extends defineOp({
  name: "irdl.dialect",
  ...definitionSpec,
  traits: [IsolatedFromAbove, NoTerminator, SingleBlock, Symbol, SymbolTable],
}) {}

/** `irdl.type @name { ... }`: a type definition. */
export class TypeOp extends defineOp({
  name: "irdl.type",
  ...definitionSpec,
  traits: [HasParent("irdl.dialect"), NoTerminator, SingleBlock, Symbol],
}) {}

/** `irdl.attribute @name { ... }`: an attribute definition. */
export class AttributeOp extends defineOp({
  name: "irdl.attribute",
  ...definitionSpec,
  traits: [HasParent("irdl.dialect"), NoTerminator, SingleBlock, Symbol],
}) {}

/** `irdl.operation @name { ... }`: an operation definition. */
export class OperationOp extends defineOp({
  name: "irdl.operation",
  ...definitionSpec,
  traits: [HasParent("irdl.dialect"), NoTerminator, SingleBlock, Symbol],
}) {}

/** `irdl.parameters(name: %c, ...)`: the parameters of a type or attribute. */
export class ParametersOp extends defineOp({
  name: "irdl.parameters",
  operands: { args: variadic(attrType) },
  properties: { names: arrayAttr },
  traits: [HasParent("irdl.type", "irdl.attribute")],
  format: "`` custom<NamedValueList>($args, type($args), $names) attr-dict",
  customDirectives: { NamedValueList: namedValueList(false) },
}) {}

function valueListOp<N extends string>(name: N) {
  return {
    name,
    operands: { args: variadic(attrType) },
    properties: { names: arrayAttr, variadicity: variadicityArray },
    traits: [HasParent("irdl.operation")],
    format: "`` custom<NamedValueListWithVariadicity>($args, type($args), $names, $variadicity) attr-dict",
    customDirectives: { NamedValueListWithVariadicity: namedValueList(true) },
  } as const;
}

/** `irdl.operands(name: variadic %c, ...)`. */
export class OperandsOp extends defineOp(valueListOp("irdl.operands")) {}
/** `irdl.results(name: %c, ...)`. */
export class ResultsOp extends defineOp(valueListOp("irdl.results")) {}

/** `irdl.attributes {"name" = %c}`: the attributes (properties) of an operation. */
export class AttributesOp extends defineOp({
  name: "irdl.attributes",
  operands: { attributeValues: variadic(attrType) },
  properties: { attributeValueNames: arrayAttr },
  traits: [HasParent("irdl.operation")],
  format: "custom<AttributesOp>($attributeValues, type($attributeValues), $attributeValueNames) attr-dict",
  customDirectives: { AttributesOp: attributesList },
}) {}

/** `irdl.regions(name: %r, ...)`. */
export class RegionsOp extends defineOp({
  name: "irdl.regions",
  operands: { args: variadic(regionType) },
  properties: { names: arrayAttr },
  traits: [HasParent("irdl.operation")],
  format: "`` custom<NamedValueList>($args, type($args), $names) attr-dict",
  customDirectives: {
    NamedValueList: {
      parse(p, st, args) {
        const ops: UnresolvedOperand[] = [];
        const ns: Attribute[] = [];
        p.parseCommaSeparatedList("(", ")", () => {
          ns.push(StringAttr.get(p.context, p.parseOptionalKeywordOrString() ?? p.emitError("expected a name")));
          p.parsePunctuation(":");
          ops.push(p.parseOperand());
        });
        st.setOperands(args[0]!, ops);
        st.setTypes(args[0]!, ops.map(() => IRDLRegionType.get(p.context, [])));
        st.setProp("names", ArrayAttr.get(p.context, ns));
      },
      print: namedValueList(false).print,
    },
  },
}) {}

/** `%r = irdl.region`: any region. */
export class RegionOp extends defineOp({
  name: "irdl.region",
  results: { output: regionType },
  format: "attr-dict",
  inferResultTypes: (ctx) => [IRDLRegionType.get(ctx, [])],
}) {}

/** `n` times `!irdl.attribute` (constraint operands are not typed in the custom form). */
function inferAttrTypes(n: number, ctx: import("../../ir/context.js").Context): import("../../ir/attribute.js").TypeAttribute[] {
  return new Array(n).fill(IRDLAttributeType.get(ctx, []));
}

const constraintResult = { output: attrType } as const;
const inferAttrType = (ctx: import("../../ir/context.js").Context) => [IRDLAttributeType.get(ctx, [])];

/** `irdl.is T`: exactly the type or attribute `T`. */
export class IsOp extends defineOp({
  name: "irdl.is",
  properties: { expected: anyAttr },
  results: constraintResult,
  format: "$expected ` ` attr-dict",
  inferResultTypes: inferAttrType,
}) {}

/** `irdl.any`: anything. */
export class AnyOp extends defineOp({
  name: "irdl.any",
  results: constraintResult,
  format: "attr-dict",
  inferResultTypes: inferAttrType,
}) {}

/** `irdl.any_of(%a, %b)`: one of the constraints. */
export class AnyOfOp extends defineOp({
  name: "irdl.any_of",
  operands: { args: variadic(attrType) },
  results: constraintResult,
  format: "`(` $args `)` ` ` attr-dict",
  inferResultTypes: inferAttrType,
  inferOperandTypes: { args: (_earlier, n, ctx) => inferAttrTypes(n, ctx) },
}) {}

/** `irdl.all_of(%a, %b)`: all of the constraints. */
export class AllOfOp extends defineOp({
  name: "irdl.all_of",
  operands: { args: variadic(attrType) },
  results: constraintResult,
  format: "`(` $args `)` ` ` attr-dict",
  inferResultTypes: inferAttrType,
  inferOperandTypes: { args: (_earlier, n, ctx) => inferAttrTypes(n, ctx) },
}) {}

/** `irdl.parametric @dialect::@type<%p, ...>`: a dialect type with constrained parameters. */
export class ParametricOp extends defineOp({
  name: "irdl.parametric",
  operands: { args: variadic(attrType) },
  properties: { base_type: symbolRefAttr },
  results: constraintResult,
  format: "$base_type `<` $args `>` ` ` attr-dict",
  inferResultTypes: inferAttrType,
  inferOperandTypes: { args: (_earlier, n, ctx) => inferAttrTypes(n, ctx) },
}) {}

/** `irdl.base "!builtin.integer"` or `irdl.base @dialect::@type`: any instance of a base. */
export class BaseOp extends defineOp({
  name: "irdl.base",
  properties: { base_ref: optionalProp(symbolRefAttr), base_name: optionalProp(strAttr) },
  results: constraintResult,
  format: "($base_ref^)? ($base_name^)? ` ` attr-dict",
  inferResultTypes: inferAttrType,
}) {}

/** Every operation of the dialect. */
export const irdlOps: readonly { readonly def: OpDef }[] = [
  DialectOp, TypeOp, AttributeOp, OperationOp, ParametersOp, OperandsOp, ResultsOp, AttributesOp, RegionsOp, RegionOp,
  IsOp, AnyOp, AnyOfOp, AllOfOp, ParametricOp, BaseOp,
];

