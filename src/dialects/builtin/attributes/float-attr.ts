import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { floatSemantics, fromNumber, toNumber } from "../../../support/float/index.js";
import { BuiltinKind } from "../kind.js";
import type { FloatType } from "../types/float-type.js";

const table = newUniquingTable();

/**
 * A floating-point constant: `1.5 : f32`. The value is stored exactly, as
 * the bit pattern of the type's format, so every format (including `f80`,
 * `f128` and the small `f8`/`f6`/`f4` formats), NaN payloads and `-0.0`
 * round-trip.
 */
export class FloatAttr extends Attribute {
  private constructor(
    /** The float type. */
    readonly type: FloatType,
    /** The bit pattern in the type's format. */
    readonly bits: bigint,
  ) {
    super(BuiltinKind.FloatAttr);
  }

  /** The uniqued attribute with bit pattern `bits`. */
  static fromBits(ctx: Context, type: FloatType, bits: bigint): FloatAttr {
    let byType = ctx.table<FloatType, Map<number | string, FloatAttr>>(table).get(type);
    if (byType === undefined) ctx.table<FloatType, Map<number | string, FloatAttr>>(table).set(type, (byType = new Map()));
    const key = bits <= 0x1fffffffffffffn ? Number(bits) : bits.toString(16);
    let a = byType.get(key);
    if (a === undefined) byType.set(key, (a = new FloatAttr(type, bits)));
    return a;
  }

  /** The uniqued attribute nearest to `value` (round to nearest even). */
  static get(ctx: Context, type: FloatType, value: number): FloatAttr {
    return FloatAttr.fromBits(ctx, type, fromNumber(floatSemantics(type.name)!, value).bits);
  }

  /** The value as a JS number (exact except for `f80`/`f128`). */
  get value(): number {
    return toNumber(floatSemantics(this.type.name)!, this.bits);
  }
}
