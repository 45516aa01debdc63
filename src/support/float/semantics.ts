/**
 * The table of floating-point formats MLIR's builtin float types use.
 *
 * Each {@link FloatSemantics} mirrors one of LLVM's `fltSemantics`
 * (`llvm/lib/Support/APFloat.cpp`): the same exponent range, precision,
 * non-finite behaviour and NaN encoding, so rounding and printing built on
 * it reproduce `APFloat` bit for bit. Objects are created once here and
 * compared with `===`.
 */

/** How a format spends its encodings on values outside the finite range. */
export enum NonFiniteBehavior {
  /** Infinities and NaNs, as IEEE 754: exponent field all ones. */
  IEEE754,
  /** NaN but no infinity; overflow produces NaN. */
  NanOnly,
  /** Neither; overflow saturates to the largest finite value. */
  FiniteOnly,
}

/** Which encodings are NaN. */
export enum NanEncoding {
  /** Exponent all ones, significand non-zero. */
  IEEE,
  /** Exponent and significand all ones (either sign). */
  AllOnes,
  /** The pattern IEEE would use for negative zero (sign bit only). */
  NegativeZero,
}

/** Parameters of {@link FloatSemantics}; see the fields there. @internal */
interface SemanticsSpec {
  name: string;
  llvmName: string;
  width: number;
  precision: number;
  maxExponent: number;
  minExponent: number;
  nonFinite?: NonFiniteBehavior;
  nanEncoding?: NanEncoding;
  hasZero?: boolean;
  hasSign?: boolean;
}

/**
 * One binary floating-point format.
 *
 * Values of a format are handled as `bigint` bit patterns (see `bits.ts`);
 * this object holds the layout and the numeric range. Exponents follow
 * IEEE 754 and `APFloat`: a normal value is `1.f × 2^e` with
 * `minExponent <= e <= maxExponent`; denormals have `e = minExponent` and a
 * zero integer bit.
 */
export class FloatSemantics {
  /** MLIR builtin type keyword, e.g. `"f32"`, `"f8E4M3FN"`. */
  readonly name: string;
  /** Name of the matching `APFloat` semantics, e.g. `"IEEEsingle"`. */
  readonly llvmName: string;
  /** Storage size in bits. */
  readonly width: number;
  /** Significand bits including the integer bit (the IEEE `p`). */
  readonly precision: number;
  /** Largest `e` such that `2^e` is representable. */
  readonly maxExponent: number;
  /** Smallest `e` such that `2^e` is a normal number. */
  readonly minExponent: number;
  /** Infinity/NaN behaviour. */
  readonly nonFinite: NonFiniteBehavior;
  /** NaN encoding (meaningful unless `nonFinite` is `FiniteOnly`). */
  readonly nanEncoding: NanEncoding;
  /** False only for `f8E8M0FNU`, whose all-zero pattern is `2^-127`. */
  readonly hasZero: boolean;
  /** False only for `f8E8M0FNU`, which has no sign bit. */
  readonly hasSign: boolean;
  /** True for `f80`, which stores the integer bit explicitly. */
  readonly explicitIntegerBit: boolean;
  /** True when the format has denormals (all but `f8E8M0FNU`). */
  readonly hasDenormals: boolean;
  /** Bits of the stored significand field (`f80`: 64, with the integer bit). */
  readonly fractionBits: number;
  /** Bits of the exponent field. */
  readonly exponentBits: number;
  /** Value subtracted from the exponent field to get `e`. */
  readonly bias: number;
  /** `2^width - 1`. */
  readonly widthMask: bigint;
  /** The sign bit, or `0n` when the format has none. */
  readonly signMask: bigint;
  /** `2^fractionBits - 1`. */
  readonly fractionMask: bigint;
  /** `2^exponentBits - 1` (unshifted). */
  readonly exponentFieldMask: number;
  /** `2^(precision - 1)`: the integer bit of a significand. */
  readonly integerBit: bigint;

  /** @internal Use {@link floatSemantics}; formats are fixed. */
  constructor(spec: SemanticsSpec) {
    this.name = spec.name;
    this.llvmName = spec.llvmName;
    this.width = spec.width;
    this.precision = spec.precision;
    this.maxExponent = spec.maxExponent;
    this.minExponent = spec.minExponent;
    this.nonFinite = spec.nonFinite ?? NonFiniteBehavior.IEEE754;
    this.nanEncoding = spec.nanEncoding ?? NanEncoding.IEEE;
    this.hasZero = spec.hasZero ?? true;
    this.hasSign = spec.hasSign ?? true;
    this.explicitIntegerBit = spec.name === "f80";
    this.hasDenormals = spec.precision > 1;
    this.fractionBits = this.explicitIntegerBit ? spec.precision : spec.precision - 1;
    this.exponentBits = spec.width - (this.hasSign ? 1 : 0) - this.fractionBits;
    // APFloat's bitcast: E8M0 maps field 0 to 2^minExponent, IEEE layouts map
    // field 1 to it (field 0 being zero and denormals).
    this.bias = this.hasDenormals ? 1 - spec.minExponent : -spec.minExponent;
    this.widthMask = (1n << BigInt(spec.width)) - 1n;
    this.signMask = this.hasSign ? 1n << BigInt(spec.width - 1) : 0n;
    this.fractionMask = (1n << BigInt(this.fractionBits)) - 1n;
    this.exponentFieldMask = 2 ** this.exponentBits - 1;
    this.integerBit = 1n << BigInt(spec.precision - 1);
  }

  /** True when the format has infinities. */
  get hasInfinity(): boolean {
    return this.nonFinite === NonFiniteBehavior.IEEE754;
  }

  /** True when the format has NaNs. */
  get hasNaN(): boolean {
    return this.nonFinite !== NonFiniteBehavior.FiniteOnly;
  }
}

const { NanOnly, FiniteOnly } = NonFiniteBehavior;
const { AllOnes, NegativeZero } = NanEncoding;

/** The formats, in `APFloat`'s enumeration order. */
const table: readonly FloatSemantics[] = [
  new FloatSemantics({ name: "f16", llvmName: "IEEEhalf", width: 16, precision: 11, maxExponent: 15, minExponent: -14 }),
  new FloatSemantics({ name: "bf16", llvmName: "BFloat", width: 16, precision: 8, maxExponent: 127, minExponent: -126 }),
  new FloatSemantics({ name: "f32", llvmName: "IEEEsingle", width: 32, precision: 24, maxExponent: 127, minExponent: -126 }),
  new FloatSemantics({ name: "f64", llvmName: "IEEEdouble", width: 64, precision: 53, maxExponent: 1023, minExponent: -1022 }),
  new FloatSemantics({ name: "f128", llvmName: "IEEEquad", width: 128, precision: 113, maxExponent: 16383, minExponent: -16382 }),
  new FloatSemantics({ name: "f8E5M2", llvmName: "Float8E5M2", width: 8, precision: 3, maxExponent: 15, minExponent: -14 }),
  new FloatSemantics({
    name: "f8E5M2FNUZ", llvmName: "Float8E5M2FNUZ", width: 8, precision: 3, maxExponent: 15, minExponent: -15,
    nonFinite: NanOnly, nanEncoding: NegativeZero,
  }),
  new FloatSemantics({ name: "f8E4M3", llvmName: "Float8E4M3", width: 8, precision: 4, maxExponent: 7, minExponent: -6 }),
  new FloatSemantics({
    name: "f8E4M3FN", llvmName: "Float8E4M3FN", width: 8, precision: 4, maxExponent: 8, minExponent: -6,
    nonFinite: NanOnly, nanEncoding: AllOnes,
  }),
  new FloatSemantics({
    name: "f8E4M3FNUZ", llvmName: "Float8E4M3FNUZ", width: 8, precision: 4, maxExponent: 7, minExponent: -7,
    nonFinite: NanOnly, nanEncoding: NegativeZero,
  }),
  new FloatSemantics({
    name: "f8E4M3B11FNUZ", llvmName: "Float8E4M3B11FNUZ", width: 8, precision: 4, maxExponent: 4, minExponent: -10,
    nonFinite: NanOnly, nanEncoding: NegativeZero,
  }),
  new FloatSemantics({ name: "f8E3M4", llvmName: "Float8E3M4", width: 8, precision: 5, maxExponent: 3, minExponent: -2 }),
  new FloatSemantics({ name: "tf32", llvmName: "FloatTF32", width: 19, precision: 11, maxExponent: 127, minExponent: -126 }),
  new FloatSemantics({
    name: "f8E8M0FNU", llvmName: "Float8E8M0FNU", width: 8, precision: 1, maxExponent: 127, minExponent: -127,
    nonFinite: NanOnly, nanEncoding: AllOnes, hasZero: false, hasSign: false,
  }),
  new FloatSemantics({
    name: "f6E3M2FN", llvmName: "Float6E3M2FN", width: 6, precision: 3, maxExponent: 4, minExponent: -2,
    nonFinite: FiniteOnly,
  }),
  new FloatSemantics({
    name: "f6E2M3FN", llvmName: "Float6E2M3FN", width: 6, precision: 4, maxExponent: 2, minExponent: 0,
    nonFinite: FiniteOnly,
  }),
  new FloatSemantics({
    name: "f4E2M1FN", llvmName: "Float4E2M1FN", width: 4, precision: 2, maxExponent: 2, minExponent: 0,
    nonFinite: FiniteOnly,
  }),
  new FloatSemantics({ name: "f80", llvmName: "x87DoubleExtended", width: 80, precision: 64, maxExponent: 16383, minExponent: -16382 }),
];

const byName = new Map<string, FloatSemantics>();
for (const sem of table) byName.set(sem.name, sem);

/** Every supported format. */
export const allFloatSemantics: readonly FloatSemantics[] = table;

/** The format of the MLIR builtin float type `name` (e.g. `"bf16"`), if any. */
export function floatSemantics(name: string): FloatSemantics | undefined {
  return byName.get(name);
}

/** IEEE half precision (`f16`). */
export const F16 = byName.get("f16")!;
/** bfloat16 (`bf16`). */
export const BF16 = byName.get("bf16")!;
/** IEEE single precision (`f32`). */
export const F32 = byName.get("f32")!;
/** IEEE double precision (`f64`). */
export const F64 = byName.get("f64")!;
/** x87 80-bit extended precision (`f80`). */
export const F80 = byName.get("f80")!;
/** IEEE quadruple precision (`f128`). */
export const F128 = byName.get("f128")!;
