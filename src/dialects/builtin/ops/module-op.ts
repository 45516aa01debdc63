import { Block } from "../../../ir/block.js";
import { Diagnostic, opError, Severity, VerifyError } from "../../../ir/diagnostic.js";
import type { OpAsmParser, OpAsmPrinter, ParsedOperationState } from "../../../ir/op-asm.js";
import { OpTrait, type OpDefinition } from "../../../ir/op-definition.js";
import type { Context } from "../../../ir/context.js";
import type { LocationAttr } from "../../../ir/location.js";
import { Operation } from "../../../ir/operation.js";
import { Region } from "../../../ir/region.js";
import { printAttribute } from "../../../print/attribute-printer.js";
import { DictionaryAttr } from "../attributes/dictionary-attr.js";
import { StringAttr } from "../attributes/string-attr.js";
import { BuiltinKind } from "../kind.js";

/**
 * `builtin.module`: the top-level container, an optional symbol
 * (`module @name`) holding one graph region with one block and no
 * terminator.
 *
 * Custom form: `module (@name)? (attributes {...})? { ... }`. `sym_name`
 * and `sym_visibility` are properties.
 */
export const moduleOp: OpDefinition = {
  name: "builtin.module",
  traits:
    OpTrait.NoTerminator | OpTrait.SingleBlock | OpTrait.IsolatedFromAbove | OpTrait.SymbolTable | OpTrait.Symbol | OpTrait.GraphRegions | OpTrait.AffineScope,
  inherentAttrs: ["sym_name", "sym_visibility"],
  defaultDialect: "builtin",

  verify(op: Operation): void {
    verifyProperties(op);
    if (op.numOperands !== 0) throw opError(op, `requires zero operands`);
    if (op.numResults !== 0) throw opError(op, "requires zero results");
    if (op.numSuccessors !== 0) throw opError(op, "requires zero successors");
    if (op.numRegions !== 1) throw opError(op, "requires one region");
    const region = op.region(0);
    if (!region.hasOneBlock) throw opError(op, "region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks");
    if (region.first!.numArguments !== 0) throw opError(op, "region should have no arguments");
    const attrs = op.attributes;
    if (attrs !== null) {
      for (const n of attrs.names) {
        if (!n.includes(".")) throw opError(op, `can only contain attributes with dialect-prefixed names, found: '${n}'`);
      }
    }
  },

  parse(p: OpAsmParser, state: ParsedOperationState): void {
    const name = p.parseOptionalSymbolName();
    const attrs = p.parseOptionalAttrDictWithKeyword();
    const region = new Region();
    p.parseRegion(region);
    // A module always has its block, even when written `module {}`.
    if (region.empty) region.append(new Block());
    state.regions = [region];
    const ctx = p.context;
    const propNames: string[] = [];
    const propValues: import("../../../ir/attribute.js").Attribute[] = [];
    if (name !== null) propNames.push("sym_name"), propValues.push(StringAttr.get(ctx, name));
    let rest: DictionaryAttr | null = null;
    if (attrs !== null) {
      const rn: string[] = [];
      const rv: import("../../../ir/attribute.js").Attribute[] = [];
      for (let i = 0; i < attrs.names.length; i++) {
        const n = attrs.names[i]!;
        if (n === "sym_visibility" || (n === "sym_name" && name === null)) propNames.push(n), propValues.push(attrs.values[i]!);
        else rn.push(n), rv.push(attrs.values[i]!);
      }
      if (rn.length > 0) rest = DictionaryAttr.fromParallel(ctx, rn, rv, rn.length);
    }
    if (propNames.length > 0) state.properties = DictionaryAttr.fromParallel(ctx, propNames, propValues, propNames.length);
    state.attributes = rest;
  },

  print(p: OpAsmPrinter, op: Operation): void {
    const props = op.properties !== null && op.properties.kind === BuiltinKind.DictionaryAttr ? (op.properties as DictionaryAttr) : null;
    const symName = props?.get("sym_name");
    if (symName !== undefined && symName.kind === BuiltinKind.StringAttr) {
      p.write(" ");
      p.printSymbolName((symName as StringAttr).value);
    }
    // Properties not printed elsewhere join the attribute dictionary.
    let dict = op.attributes;
    const vis = props?.get("sym_visibility");
    if (vis !== undefined) dict = DictionaryAttr.with(op.context, dict, "sym_visibility", vis);
    p.printOptionalAttrDictWithKeyword(dict);
    p.write(" ");
    p.printRegion(op.region(0), false, false, false);
  },
};

/**
 * Checks the properties as MLIR's property conversion does when the op is
 * built: a dictionary whose `sym_name` and `sym_visibility` are strings
 * (other entries are ignored). MLIR reports this while parsing, so the
 * diagnostic names no operation (no "see current operation" note).
 */
function verifyProperties(op: Operation): void {
  const props = op.properties;
  if (props === null) return;
  const invalid = (why: string): VerifyError =>
    new VerifyError(new Diagnostic(Severity.Error, `invalid properties ${printAttribute(props)} for op builtin.module: ${why}`, op.location));
  if (props.kind !== BuiltinKind.DictionaryAttr) throw invalid("expected DictionaryAttr to set properties");
  const d = props as DictionaryAttr;
  for (const n of ["sym_name", "sym_visibility"]) {
    const v = d.get(n);
    if (v !== undefined && v.kind !== BuiltinKind.StringAttr) {
      throw invalid(`Invalid attribute \`${n}\` in property conversion: ${printAttribute(v)}`);
    }
  }
}

/** Creates an empty `builtin.module` (with its block) at `location`. */
export function createModule(ctx: Context, location: LocationAttr | null = null): Operation {
  const region = new Region();
  region.append(new Block());
  return Operation.create(ctx.operationName("builtin.module"), { regions: [region], location });
}
