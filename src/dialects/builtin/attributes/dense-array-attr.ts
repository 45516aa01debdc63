import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";
import type { FloatType } from "../types/float-type.js";
import type { IntegerType } from "../types/integer-type.js";
import { bytesEqual, hashBytes, readRawElement } from "./dense-storage.js";

const table = newUniquingTable();
const scratch: unknown[] = [];

/**
 * `array<i32: 1, 2, 3>`: a one-dimensional array of integers or floats in
 * little-endian storage (`i1` takes one byte per element here).
 */
export class DenseArrayAttr extends Attribute {
  private constructor(
    /** The element type. */
    readonly elementType: IntegerType | FloatType,
    /** Number of elements. */
    readonly size: number,
    /** Raw storage. Do not mutate. */
    readonly data: Uint8Array,
  ) {
    super(BuiltinKind.DenseArrayAttr);
  }

  /** Bytes per element. */
  get elementByteWidth(): number {
    return (this.elementType.width + 7) >> 3;
  }

  /** The uniqued attribute (takes over `data`). */
  static get(ctx: Context, elementType: IntegerType | FloatType, size: number, data: Uint8Array): DenseArrayAttr {
    const w = (elementType.width + 7) >> 3;
    if (data.length !== w * size) throw new RangeError(`dense array data has ${data.length} bytes, expected ${w * size}`);
    scratch[0] = elementType;
    scratch[1] = size;
    scratch[2] = hashBytes(data);
    const bucket = ctx.trie<DenseArrayAttr[]>(table).intern(scratch, 3, () => []);
    for (const a of bucket) if (bytesEqual(a.data, data)) return a;
    const a = new DenseArrayAttr(elementType, size, data);
    bucket.push(a);
    return a;
  }

  /** Raw unsigned bits of element `i`. */
  rawElement(i: number): bigint {
    return readRawElement(this.data, this.elementByteWidth * 8, i);
  }
}
