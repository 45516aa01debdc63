import { Attribute, type TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import type { ShapedType } from "../types/shaped-type.js";
import { bytesEqual, denseElementBitWidth, hashBytes, readRawElement } from "./dense-storage.js";

const table = newUniquingTable();
const scratch: unknown[] = [];

/**
 * `dense<...> : tensor<...>` / `vector<...>` of integers, floats or complex
 * numbers: the elements live in one little-endian byte array laid out like
 * MLIR's (see `denseElementBitWidth`), never as one object per element.
 * A splat stores a single element.
 */
export class DenseIntOrFPElementsAttr extends Attribute {
  private constructor(
    /** The shaped type (static shape). */
    readonly type: ShapedType,
    /** Raw element storage. Do not mutate: the attribute is uniqued. */
    readonly data: Uint8Array,
    /** True when `data` holds one element that stands for all. */
    readonly isSplat: boolean,
    /** Storage bits per element. */
    readonly elementBitWidth: number,
  ) {
    super(BuiltinKind.DenseIntOrFPElementsAttr);
  }

  /**
   * The uniqued attribute. `data` is taken over (not copied) and must hold
   * `numElements` elements, or one element with `isSplat`. A non-splat whose
   * elements are all equal is stored as a splat, as MLIR does.
   */
  static get(ctx: Context, type: ShapedType, data: Uint8Array, isSplat: boolean): DenseIntOrFPElementsAttr {
    const bits = denseElementBitWidth(type.elementType);
    if (bits === 0) throw new RangeError("dense elements need an integer, index, float or complex element type");
    const n = type.numElements;
    if (!isSplat && n > 1) {
      const s = splatOf(data, bits, n);
      if (s !== null) {
        data = s;
        isSplat = true;
      }
    }
    if (n === 1 && !isSplat) isSplat = true;
    const expected = isSplat ? (bits === 1 ? 1 : bits >> 3) : bits === 1 ? (n + 7) >> 3 : (n * bits) >> 3;
    if (data.length !== expected) throw new RangeError(`dense data has ${data.length} bytes, expected ${expected}`);
    scratch[0] = type;
    scratch[1] = isSplat;
    scratch[2] = hashBytes(data);
    const bucket = ctx.trie<DenseIntOrFPElementsAttr[]>(table).intern(scratch, 3, () => []);
    for (const a of bucket) if (bytesEqual(a.data, data)) return a;
    const a = new DenseIntOrFPElementsAttr(type, data, isSplat, bits);
    bucket.push(a);
    return a;
  }

  /** The element type. */
  get elementType(): TypeAttribute {
    return this.type.elementType;
  }

  /** The number of elements the attribute stands for. */
  get numElements(): number {
    return this.type.numElements;
  }

  /** Raw bits of element `i` (the splat value for any `i` of a splat). */
  rawElement(i: number): bigint {
    return readRawElement(this.data, this.elementBitWidth, this.isSplat ? 0 : i);
  }
}

/** When all `n` elements of `data` are equal, a one-element copy; else null. */
function splatOf(data: Uint8Array, bits: number, n: number): Uint8Array | null {
  if (bits === 1) {
    // MLIR compares bytes, padding bits included: all zero bytes, or all
    // 0xFF bytes with the last holding exactly the remaining `n % 8` ones.
    const first = data[0]! & 1;
    const full = first !== 0 ? 0xff : 0;
    let end = data.length;
    if (end === 1 && data[0] === full) return Uint8Array.of(first);
    const odd = n & 7;
    if (first !== 0 && odd !== 0) {
      if (data[end - 1] !== (1 << odd) - 1) return null;
      end--;
    }
    for (let i = 0; i < end; i++) if (data[i] !== full) return null;
    return Uint8Array.of(first);
  }
  const w = bits >> 3;
  for (let i = w; i < n * w; i++) if (data[i] !== data[i - w]) return null;
  return data.slice(0, w);
}
