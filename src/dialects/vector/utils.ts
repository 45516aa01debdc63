import type { Attribute, TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { arrayOf, boolAttr, i64Attr } from "../../irdl/constraint.js";
import { defaultProp } from "../../irdl/op-def.js";
import { ArrayAttr } from "../builtin/attributes/array-attr.js";
import { DictionaryAttr } from "../builtin/attributes/dictionary-attr.js";
import { IntegerAttr } from "../builtin/attributes/integer-attr.js";
import { BuiltinKind } from "../builtin/kind.js";
import type { ShapedType } from "../builtin/types/shaped-type.js";
import { FastMathFlagsAttr } from "../arith/attributes.js";
import { DynamicIndexList, indexTypes } from "../common/dynamic-index-list.js";

/**
 * Helpers shared by the vector dialect's operation files.
 * @internal
 */
export const dynamicIndexList = { DynamicIndexList };
export const shapeOf = (t: TypeAttribute): readonly number[] => (t as ShapedType).shape ?? [];
export const elementOf = (t: TypeAttribute): TypeAttribute => (t as ShapedType).elementType;
export const rankOf = (t: TypeAttribute): number => shapeOf(t).length;
export const indexOperands = (...names: string[]) => Object.fromEntries(names.map((n) => [n, indexTypes]));
export const isVector = (t: Attribute): boolean => t.kind === BuiltinKind.VectorType;

/** Bits of a scalar type (`index` counts 64, as in MLIR's default data layout). */
export function bitWidth(t: TypeAttribute): number {
  if (t.kind === BuiltinKind.IndexType) return 64;
  return (t as unknown as { width?: number }).width ?? 0;
}

/** `I64ArrayAttr`: `[1, 2]` of `i64` integer attributes. */
export const i64ArrayAttr = arrayOf(i64Attr, "64-bit integer array attribute");
/** `BoolArrayAttr`: `[true, false]`. */
export const boolArrayAttr = arrayOf(boolAttr, "1-bit boolean array attribute");
export const fastmath = defaultProp(FastMathFlagsAttr.constraint, (ctx) => FastMathFlagsAttr.get(ctx, 0));

export function intArrayValues(a: Attribute | undefined): number[] {
  const els = (a as ArrayAttr | undefined)?.elements ?? [];
  return els.map((e) => (e as IntegerAttr).number);
}

/** Splits a parsed attribute dictionary into properties (inherent names) and attributes. */
export function splitAttrs(ctx: Context, d: DictionaryAttr | null, inherent: readonly string[]): [Map<string, Attribute>, DictionaryAttr | null] {
  const props = new Map<string, Attribute>();
  if (d === null) return [props, null];
  const rn: string[] = [];
  const rv: Attribute[] = [];
  for (let i = 0; i < d.names.length; i++) {
    const n = d.names[i]!;
    if (inherent.includes(n)) props.set(n, d.values[i]!);
    else rn.push(n), rv.push(d.values[i]!);
  }
  return [props, rn.length === 0 ? null : DictionaryAttr.fromParallel(ctx, rn, rv, rn.length)];
}
