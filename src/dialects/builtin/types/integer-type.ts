import { TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

/** Signedness semantics of an {@link IntegerType}. */
export enum Signedness {
  /** `iN`: no sign semantics; operations decide. */
  Signless = 0,
  /** `siN`. */
  Signed = 1,
  /** `uiN`. */
  Unsigned = 2,
}

/** The widest integer type MLIR accepts. */
export const maxIntegerWidth = (1 << 24) - 1;

const table = newUniquingTable();

/** An integer type: `i32`, `si8`, `ui1`... (`iN` with 0 <= N < 2^24). */
export class IntegerType extends TypeAttribute {
  private constructor(
    /** Width in bits. */
    readonly width: number,
    /** Signedness semantics. */
    readonly signedness: Signedness,
  ) {
    super(BuiltinKind.IntegerType);
  }

  /** The uniqued integer type. `width` must be in [0, {@link maxIntegerWidth}]. */
  static get(ctx: Context, width: number, signedness: Signedness = Signedness.Signless): IntegerType {
    const t = ctx.table<number, IntegerType>(table);
    const key = width * 4 + signedness;
    let ty = t.get(key);
    if (ty === undefined) {
      if (!Number.isInteger(width) || width < 0 || width > maxIntegerWidth) {
        throw new RangeError(`integer bitwidth is limited to ${maxIntegerWidth} bits`);
      }
      ty = new IntegerType(width, signedness);
      t.set(key, ty);
    }
    return ty;
  }

  /** True for `iN`. */
  get isSignless(): boolean {
    return this.signedness === Signedness.Signless;
  }

  /** True for `siN`. */
  get isSigned(): boolean {
    return this.signedness === Signedness.Signed;
  }

  /** True for `uiN`. */
  get isUnsigned(): boolean {
    return this.signedness === Signedness.Unsigned;
  }
}
