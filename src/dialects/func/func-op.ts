import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { OpAsmArgument, OpAsmParser, OpAsmPrinter, ParsedOperationState } from "../../ir/op-asm.js";
import type { Operation } from "../../ir/operation.js";
import { Region } from "../../ir/region.js";
import { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { StringAttr } from "../builtin/attributes/string-attr.js";
import { TypeAttr } from "../builtin/attributes/type-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import { FunctionType } from "../builtin/types/function-type.js";

/** Properties a function's custom form prints itself (not in `attributes {...}`). */
const elided = ["sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs"];

/**
 * Parses a function-like op (MLIR's `function_interface_impl::parseFunctionOp`):
 * `(private|public|nested)? @name(%a: T {attrs}, ...) -> (R {attrs}, ...)
 * (attributes {...})? ({ body })?`.
 */
export function parseFunctionOp(p: OpAsmParser, state: ParsedOperationState): void {
  const ctx = p.context;
  const names: string[] = [];
  const values: Attribute[] = [];
  const vis = p.parseOptionalKeywordIn(["private", "public", "nested"]);
  if (vis !== null) names.push("sym_visibility"), values.push(StringAttr.get(ctx, vis));
  const name = p.parseOptionalSymbolName();
  if (name === null) p.emitError("expected valid '@'-identifier for symbol name");
  names.push("sym_name"), values.push(StringAttr.get(ctx, name));
  // Arguments: all named (`%a: T`) or all bare types.
  const args: OpAsmArgument[] = [];
  const argTypes: TypeAttribute[] = [];
  const argAttrs: (DictionaryAttr | null)[] = [];
  p.parsePunctuation("(");
  if (!p.parseOptionalPunctuation(")")) {
    let named: boolean | null = null;
    do {
      const a = p.parseOptionalArgument(true, false);
      if (named === null) named = a !== null;
      else if (named !== (a !== null)) p.emitError(named ? "expected SSA identifier" : "expected type instead of SSA identifier");
      if (a !== null) {
        argTypes.push(a.type);
        argAttrs.push(p.parseOptionalAttrDict());
        args.push({ operand: a.operand, type: a.type, location: p.parseOptionalLocationSpecifier() });
      } else {
        argTypes.push(p.parseType());
        argAttrs.push(p.parseOptionalAttrDict());
      }
    } while (p.parseOptionalPunctuation(","));
    p.parsePunctuation(")");
  }
  // Results.
  const resultTypes: TypeAttribute[] = [];
  const resAttrs: (DictionaryAttr | null)[] = [];
  if (p.parseOptionalPunctuation("->")) {
    if (p.parseOptionalPunctuation("(")) {
      if (!p.parseOptionalPunctuation(")")) {
        do {
          resultTypes.push(p.parseType());
          resAttrs.push(p.parseOptionalAttrDict());
        } while (p.parseOptionalPunctuation(","));
        p.parsePunctuation(")");
      }
    } else {
      resultTypes.push(p.parseType());
      resAttrs.push(null);
    }
  }
  names.push("function_type"), values.push(TypeAttr.get(ctx, FunctionType.get(ctx, argTypes, resultTypes)));
  const dictArray = (ds: (DictionaryAttr | null)[]): ArrayAttr | null =>
    ds.some((d) => d !== null && d.names.length > 0) ? ArrayAttr.get(ctx, ds.map((d) => d ?? DictionaryAttr.empty(ctx))) : null;
  const aa = dictArray(argAttrs);
  if (aa !== null) names.push("arg_attrs"), values.push(aa);
  const ra = dictArray(resAttrs);
  if (ra !== null) names.push("res_attrs"), values.push(ra);
  // attributes {...}: inherent names become properties.
  const attrs = p.parseOptionalAttrDictWithKeyword();
  let discardable: DictionaryAttr | null = null;
  if (attrs !== null) {
    const rn: string[] = [];
    const rv: Attribute[] = [];
    for (let i = 0; i < attrs.names.length; i++) {
      const n = attrs.names[i]!;
      if (n === "no_inline" || elided.includes(n)) names.push(n), values.push(attrs.values[i]!);
      else rn.push(n), rv.push(attrs.values[i]!);
    }
    if (rn.length > 0) discardable = DictionaryAttr.fromParallel(ctx, rn, rv, rn.length);
  }
  const body = new Region();
  const at = p.currentOffset();
  if (p.parseOptionalRegion(body, args)) {
    if (body.first === null) p.emitError("expected non-empty function body", at);
  } else if (args.length > 0) {
    // Named arguments need a body to bind to.
    p.emitError("expected '{' to begin a region");
  }
  state.regions = [body];
  state.properties = DictionaryAttr.fromParallel(ctx, names, values, names.length);
  state.attributes = discardable;
}

/** Prints a function-like op (MLIR's `function_interface_impl::printFunctionOp`). */
export function printFunctionOp(p: OpAsmPrinter, op: Operation): void {
  const props = op.properties as DictionaryAttr | null;
  const get = (n: string): Attribute | undefined => (props === null ? undefined : props.get(n));
  p.write(" ");
  const vis = get("sym_visibility");
  if (vis !== undefined && vis.kind === BuiltinKind.StringAttr) p.write((vis as StringAttr).value + " ");
  p.printSymbolName((get("sym_name") as StringAttr).value);
  const ft = (get("function_type") as TypeAttr).value as FunctionType;
  const argAttrs = get("arg_attrs") as ArrayAttr | undefined;
  const resAttrs = get("res_attrs") as ArrayAttr | undefined;
  const body = op.regions[0]!;
  const entry = body.first;
  p.write("(");
  for (let i = 0; i < ft.inputs.length; i++) {
    if (i > 0) p.write(", ");
    if (entry !== null) p.printRegionArgument(entry.arguments[i]!, false, true);
    else p.printType(ft.inputs[i]!);
    if (argAttrs !== undefined) p.printOptionalAttrDict(argAttrs.elements[i] as DictionaryAttr);
    if (entry !== null) p.printRegionArgumentLocation(entry.arguments[i]!);
  }
  p.write(")");
  const rs = ft.results;
  if (rs.length > 0) {
    p.write(" -> ");
    const firstAttrs = resAttrs === undefined ? null : (resAttrs.elements[0] as DictionaryAttr);
    const parens = rs.length > 1 || rs[0]!.kind === BuiltinKind.FunctionType || (firstAttrs !== null && firstAttrs.names.length > 0);
    if (parens) p.write("(");
    for (let i = 0; i < rs.length; i++) {
      if (i > 0) p.write(", ");
      p.printType(rs[i]!);
      if (resAttrs !== undefined) p.printOptionalAttrDict(resAttrs.elements[i] as DictionaryAttr);
    }
    if (parens) p.write(")");
  }
  // Other properties join the discardable attributes after `attributes`.
  let dict = op.attributes;
  if (props !== null) {
    for (let i = 0; i < props.names.length; i++) {
      const n = props.names[i]!;
      if (!elided.includes(n)) dict = DictionaryAttr.with(op.context, dict, n, props.values[i]!);
    }
  }
  p.printOptionalAttrDictWithKeyword(dict, elided);
  if (entry !== null) {
    p.write(" ");
    p.printRegion(body, false, true);
  }
}
