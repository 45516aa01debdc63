import { Attribute, type TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import { IndexType } from "../types/index-type.js";
import { IntegerType, Signedness } from "../types/integer-type.js";

const table = newUniquingTable();

/**
 * An integer constant of an integer or `index` type: `42 : i32`, `true`
 * (an `i1`). The value is stored canonically for its type: sign-extended
 * for signless and signed types, zero-extended for unsigned ones, and 0/1
 * for `i1`; so `255 : i8` and `-1 : i8` are the same attribute.
 */
export class IntegerAttr extends Attribute {
  private constructor(
    /** The integer or index type. */
    readonly type: IntegerType | IndexType,
    /**
     * The canonical value when it is a safe integer (the common case), else
     * NaN and the value is in `big`. Numbers keep uniquing and printing free
     * of BigInt allocation.
     */
    readonly smallValue: number,
    /** The canonical value when it is not a safe integer, else null. */
    private readonly big: bigint | null,
  ) {
    super(BuiltinKind.IntegerAttr);
  }

  /**
   * The uniqued attribute for `value` wrapped to `type`'s width. Fast when
   * `value` is a safe integer number.
   */
  static get(ctx: Context, type: IntegerType | IndexType, value: bigint | number): IntegerAttr {
    let byType = ctx.table<TypeAttribute, Map<number | string, IntegerAttr>>(table).get(type);
    if (byType === undefined) ctx.table<TypeAttribute, Map<number | string, IntegerAttr>>(table).set(type, (byType = new Map()));
    if (typeof value === "number") {
      if (!Number.isSafeInteger(value)) throw new RangeError(`integer attribute value ${value} is not a safe integer; pass a bigint`);
      if (value === 0) value = 0; // -0 is 0: `number` must not return -0
      if (fitsCanonically(type, value)) {
        let a = byType.get(value);
        if (a === undefined) byType.set(value, (a = new IntegerAttr(type, value, null)));
        return a;
      }
      value = BigInt(value);
    }
    const canon = canonicalize(type, value);
    const safe = canon >= -0x1fffffffffffffn && canon <= 0x1fffffffffffffn;
    const key = safe ? Number(canon) : canon.toString();
    let a = byType.get(key);
    if (a === undefined) byType.set(key, (a = safe ? new IntegerAttr(type, Number(canon), null) : new IntegerAttr(type, NaN, canon)));
    return a;
  }

  /** The canonical value (see the class comment). */
  get value(): bigint {
    return this.big !== null ? this.big : BigInt(this.smallValue);
  }

  /** The value in decimal. */
  toDecimal(): string {
    return this.big !== null ? this.big.toString() : String(this.smallValue);
  }

  /** The `i1` attribute for a boolean (`true`/`false`). */
  static bool(ctx: Context, value: boolean): IntegerAttr {
    return IntegerAttr.get(ctx, IntegerType.get(ctx, 1), value ? 1 : 0);
  }

  /** True when the type is `i1` (a BoolAttr in MLIR's terms). */
  get isBool(): boolean {
    return this.type.kind === BuiltinKind.IntegerType && (this.type as IntegerType).width === 1 && (this.type as IntegerType).isSignless;
  }

  /** The value as a JS number (rounded beyond 2^53). */
  get number(): number {
    return this.big !== null ? Number(this.big) : this.smallValue;
  }
}

/** Width in bits of `type` for value wrapping (`index` is 64-bit). */
function widthOf(type: IntegerType | IndexType): number {
  return type.kind === BuiltinKind.IndexType ? IndexType.storageWidth : (type as IntegerType).width;
}

/** True when the safe integer `v` is already canonical for `type`. */
function fitsCanonically(type: IntegerType | IndexType, v: number): boolean {
  if (type.kind === BuiltinKind.IndexType) return true;
  const t = type as IntegerType;
  const w = t.width;
  if (w >= 54) return t.signedness !== Signedness.Unsigned || v >= 0;
  if (w === 0) return v === 0;
  // Shifts and small-integer bounds for the common widths: in unoptimized
  // code `**` is a runtime call, and 2^31 a heap number.
  if (t.signedness === Signedness.Unsigned || w === 1 && t.signedness === Signedness.Signless) {
    return v >= 0 && v < (w <= 30 ? 1 << w : 2 ** w);
  }
  if (w <= 32) {
    const m = 1 << (w - 1); // -2^31 for i32
    const lo = w === 32 ? m : -m;
    return v >= lo && v <= ~lo;
  }
  const half = 2 ** (w - 1);
  return v >= -half && v < half;
}

/** Wraps `v` to `type`'s width and signedness convention. */
export function canonicalize(type: IntegerType | IndexType, v: bigint): bigint {
  const w = widthOf(type);
  if (w === 0) return 0n;
  if (type.kind === BuiltinKind.IntegerType) {
    const t = type as IntegerType;
    if (t.signedness === Signedness.Unsigned || (w === 1 && t.signedness === Signedness.Signless)) return BigInt.asUintN(w, v);
  }
  return BigInt.asIntN(w, v);
}
