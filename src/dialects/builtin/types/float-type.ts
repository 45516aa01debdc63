import { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

/** Bit widths of MLIR's builtin float types, by keyword. */
const floatWidths: Readonly<Record<string, number>> = {
  f16: 16,
  bf16: 16,
  f32: 32,
  f64: 64,
  f80: 80,
  f128: 128,
  tf32: 19,
  f8E5M2: 8,
  f8E4M3: 8,
  f8E4M3FN: 8,
  f8E5M2FNUZ: 8,
  f8E4M3FNUZ: 8,
  f8E4M3B11FNUZ: 8,
  f8E3M4: 8,
  f8E8M0FNU: 8,
  f6E2M3FN: 6,
  f6E3M2FN: 6,
  f4E2M1FN: 4,
};

/** The keywords of all builtin float types. */
export const floatTypeNames: readonly string[] = Object.keys(floatWidths);

/** True when `name` is a builtin float type keyword. */
export function isFloatTypeName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(floatWidths, name);
}

const table = newUniquingTable();

/**
 * A builtin floating-point type (`f32`, `bf16`, `f8E4M3FN`...). One class
 * for all formats: `name` selects the semantics (see `support/float`).
 */
export class FloatType extends TypeAttribute {
  private constructor(
    /** The type keyword, e.g. `"f32"`. */
    readonly name: string,
    /** Width in bits. */
    readonly width: number,
  ) {
    super(BuiltinKind.FloatType);
  }

  /** The uniqued float type named `name`; throws for an unknown name. */
  static get(ctx: Context, name: string): FloatType {
    const t = ctx.table<string, FloatType>(table);
    let ty = t.get(name);
    if (ty === undefined) {
      const width = floatWidths[name];
      if (width === undefined || !isFloatTypeName(name)) throw new RangeError(`unknown float type '${name}'`);
      ty = new FloatType(name, width);
      t.set(name, ty);
    }
    return ty;
  }
}
