import type { TypeAttribute } from "../../ir/attribute.js";
import { opError, opErrorPlain } from "../../ir/diagnostic.js";
import { CallableOpInterface, CallOpInterface, implement } from "../../ir/op-interface.js";
import type { StringAttr } from "../builtin/attributes/string-attr.js";
import { OpTrait } from "../../ir/op-definition.js";
import type { Operation } from "../../ir/operation.js";
import { symbolNameOf } from "../../ir/verify.js";
import {
  anyType,
  arrayOf,
  dictAttr,
  flatSymbolRefAttr,
  strAttr,
  symbolNameAttr,
  typeAttrOf,
  unitAttr,
  Constraint,
} from "../../irdl/constraint.js";
import { optionalProp, region, variadic, type OpDef, quoted } from "../../irdl/op-def.js";
import { defineOp } from "../common/define-op.js";
import {
  AffineScope,
  AutomaticAllocationScope,
  ConstantLike,
  HasParent,
  IsolatedFromAbove,
  Pure,
  ReturnLike,
  Symbol,
  Terminator,
} from "../../irdl/traits.js";
import type { SymbolRefAttr } from "../builtin/attributes/symbol-ref-attr.js";
import type { TypeAttr } from "../builtin/attributes/type-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import type { FunctionType } from "../builtin/types/function-type.js";
import { parseFunctionOp, printFunctionOp } from "./func-op.js";

const functionType = new Constraint<TypeAttribute>("function type", (a) => a.kind === BuiltinKind.FunctionType);
const dictArray = arrayOf(dictAttr, "Array of dictionary attributes");

/** The `func.func` nearest around `op`, or null. */
function enclosingFunc(op: Operation): Operation | null {
  return op.findAncestor((o) => o !== op && o.opName === "func.func");
}

/** The function type of a `func.func`. */
function funcType(f: Operation): FunctionType {
  return (f.getInherentAttr("function_type") as TypeAttr).value as FunctionType;
}

/** Finds the operation defining symbol `name` in the nearest symbol table around `from`. */
export function lookupSymbol(from: Operation, name: string): Operation | null {
  for (let p = from.parentOp; p !== null; p = p.parentOp) {
    if (!p.name.hasTrait(OpTrait.SymbolTable)) continue;
    const r = p.regions[0];
    if (r === undefined || r.first === null) return null;
    for (let o = r.first.first; o !== null; o = o.next) if (symbolNameOf(o) === name) return o;
    return null;
  }
  return null;
}

/** `func.func`: a function with a name, a signature and a body (empty for declarations). */
export class FuncOp extends defineOp({
  name: "func.func",
  properties: {
    sym_name: symbolNameAttr,
    function_type: typeAttrOf(functionType),
    sym_visibility: optionalProp(strAttr),
    arg_attrs: optionalProp(dictArray),
    res_attrs: optionalProp(dictArray),
    no_inline: optionalProp(unitAttr),
  },
  regions: { body: region() },
  traits: [AffineScope, AutomaticAllocationScope, IsolatedFromAbove, Symbol],
  defaultDialect: "func",
  interfaces: [
    implement(CallableOpInterface, {
      callableRegion: (op) => (op.regions[0]!.first === null ? null : op.regions[0]!),
      argumentTypes: (op) => funcType(op).inputs,
      resultTypes: (op) => funcType(op).results,
    }),
  ],
  parse: parseFunctionOp,
  print: printFunctionOp,
  verify(op) {
    const ft = funcType(op);
    const entry = op.regions[0]!.first;
    if (entry === null) {
      const vis = op.getInherentAttr("sym_visibility") as StringAttr | undefined;
      if (vis === undefined || vis.value === "public") throw opError(op, "symbol declaration cannot have public visibility");
      return;
    }
    const args = entry.arguments;
    if (args.length !== ft.inputs.length) {
      throw opError(op, `entry block must have ${ft.inputs.length} arguments to match function signature`);
    }
    for (let i = 0; i < args.length; i++) {
      if (args[i]!.type !== ft.inputs[i]) {
        throw opError(op, `type of entry block argument #${i}(${quoted(args[i]!.type).slice(1, -1)}) must match the type of the corresponding argument in function signature(${quoted(ft.inputs[i]!).slice(1, -1)})`);
      }
    }
  },
}) {}

/** `func.return`: returns from the enclosing `func.func`. */
export class ReturnOp extends defineOp({
  name: "func.return",
  operands: { operands: variadic(anyType) },
  traits: [Pure, HasParent("func.func"), ReturnLike, Terminator],
  format: "attr-dict ($operands^ `:` type($operands))?",
  verify(op) {
    const f = enclosingFunc(op);
    if (f === null) return;
    const results = funcType(f).results;
    const name = symbolNameOf(f) ?? "";
    if (op.operands.length !== results.length) {
      throw opError(op, `has ${op.operands.length} operands, but enclosing function (@${name}) returns ${results.length}`);
    }
    for (let i = 0; i < results.length; i++) {
      const t = op.operands[i]!.value.type;
      if (t !== results[i]) {
        const e = opErrorPlain(op, `type of return operand ${i} (${quoted(t)}) doesn't match function result type (${quoted(results[i]!)}) in function @${name}`);
        throw e;
      }
    }
  },
}) {}

function verifyCall(op: Operation, fnType: FunctionType): void {
  if (op.operands.length !== fnType.inputs.length) throw opError(op, "incorrect number of operands for callee");
  for (let i = 0; i < fnType.inputs.length; i++) {
    const t = op.operands[i]!.value.type;
    if (t !== fnType.inputs[i]) {
      throw opError(op, `operand type mismatch: expected operand type ${quoted(fnType.inputs[i]!)}, but provided ${quoted(t)} for operand number ${i}`);
    }
  }
  if (op.results.length !== fnType.results.length) throw opError(op, "incorrect number of results for callee");
  for (let i = 0; i < fnType.results.length; i++) {
    const t = op.results[i]!.type;
    if (t !== fnType.results[i]) {
      const e = opError(op, `result type mismatch at index ${i}`);
      e.diagnostic.attachNote(`      op result types: ${op.results.map((r) => quoted(r.type).slice(1, -1)).join(", ")}`);
      e.diagnostic.attachNote(`function result types: ${fnType.results.map((r) => quoted(r).slice(1, -1)).join(", ")}`);
      throw e;
    }
  }
}

/** `func.call @f(%a) : (i32) -> i32`: a direct call. */
export class CallOp extends defineOp({
  name: "func.call",
  operands: { operands: variadic(anyType) },
  results: { results: variadic(anyType) },
  properties: {
    callee: flatSymbolRefAttr,
    arg_attrs: optionalProp(dictArray),
    res_attrs: optionalProp(dictArray),
    no_inline: optionalProp(unitAttr),
  },
  format: "$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)",
  interfaces: [implement(CallOpInterface, { callee: (op) => op.getInherentAttr("callee")!, argOperands: (op) => op.operandValues })],
  verify(op) {
    const callee = (op.getInherentAttr("callee") as SymbolRefAttr).root;
    const fn = lookupSymbol(op, callee);
    if (fn === null || fn.opName !== "func.func") throw opError(op, `'${callee}' does not reference a valid function`);
    verifyCall(op, funcType(fn));
  },
}) {}

/** `func.call_indirect %f(%a) : (i32) -> i32`: a call through a function value. */
export class CallIndirectOp extends defineOp({
  name: "func.call_indirect",
  operands: { callee: functionType, callee_operands: variadic(anyType) },
  results: { results: variadic(anyType) },
  properties: { arg_attrs: optionalProp(dictArray), res_attrs: optionalProp(dictArray) },
  format: "$callee `(` $callee_operands `)` attr-dict `:` type($callee)",
  interfaces: [implement(CallOpInterface, { callee: (op) => op.operands[0]!.value, argOperands: (op) => op.operandValues.slice(1) })],
  inferResultTypes: (_ctx, operands) => (operands.length > 0 ? [...(operands[0]!.type as FunctionType).results] : null),
  inferOperandTypes: { callee_operands: (earlier) => (earlier[0]!.type as FunctionType).inputs },
  verify(op) {
    const ft = op.operands[0]!.value.type as FunctionType;
    const rest = op.operands.slice(1).map((o) => o.value.type);
    if (rest.length !== ft.inputs.length || rest.some((t, i) => t !== ft.inputs[i])) {
      throw opError(op, "callee_operands types must match the callee's input types");
    }
    if (op.results.length !== ft.results.length || op.results.some((r, i) => r.type !== ft.results[i])) {
      throw opError(op, "result types must match the callee's result types");
    }
  },
}) {}

/** `func.constant @f : (i32) -> i32`: a function value. */
export class ConstantOp extends defineOp({
  name: "func.constant",
  properties: { value: flatSymbolRefAttr },
  results: { result: anyType },
  traits: [ConstantLike, Pure],
  format: "attr-dict $value `:` type(results)",
  resultName: () => "f",
  verify(op) {
    const name = (op.getInherentAttr("value") as SymbolRefAttr).root;
    const fn = lookupSymbol(op, name);
    if (fn === null || fn.opName !== "func.func") throw opError(op, `reference to undefined function '${name}'`);
    if (funcType(fn) !== op.results[0]!.type) throw opError(op, "reference to function with mismatched type");
  },
}) {}

/** Every operation of the dialect. */
export const funcOps: readonly { readonly def: OpDef }[] = [FuncOp, ReturnOp, CallOp, CallIndirectOp, ConstantOp];
