import type { TypeAttribute } from "../../../ir/attribute.js";
import { BuiltinKind } from "../kind.js";
import type { ComplexType } from "../types/complex-type.js";
import type { FloatType } from "../types/float-type.js";
import type { IntegerType } from "../types/integer-type.js";

/**
 * Storage width in bits of one element of a dense elements attribute, as
 * MLIR lays it out: `i1` is bit-packed (1 bit), other integers and floats
 * take whole bytes (`i3` → 8, `f80` → 80, `tf32` → 24), `index` 64, and a
 * complex number twice its part. Returns 0 for non-numeric element types.
 */
export function denseElementBitWidth(type: TypeAttribute): number {
  switch (type.kind) {
    case BuiltinKind.IntegerType: {
      const w = (type as IntegerType).width;
      return w === 1 ? 1 : alignTo8(w);
    }
    case BuiltinKind.IndexType:
      return 64;
    case BuiltinKind.FloatType:
      return alignTo8((type as FloatType).width);
    case BuiltinKind.ComplexType: {
      const w = denseElementBitWidth((type as ComplexType).elementType);
      return w === 0 ? 0 : 2 * alignTo8(w);
    }
    default:
      return 0;
  }
}

function alignTo8(w: number): number {
  return (w + 7) & ~7;
}

/** FNV-1a hash of a byte array (uniquing key for dense data). */
export function hashBytes(data: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) {
    h ^= data[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** True when two byte arrays hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Reads `bits` bits (at most 64, whole bytes unless 1) of element `index`
 * of little-endian storage as an unsigned bigint.
 */
export function readRawElement(data: Uint8Array, bitWidth: number, index: number): bigint {
  if (bitWidth === 1) return BigInt((data[index >> 3]! >> (index & 7)) & 1);
  const bytes = bitWidth >> 3;
  const base = index * bytes;
  let v = 0n;
  for (let i = bytes - 1; i >= 0; i--) v = (v << 8n) | BigInt(data[base + i]!);
  return v;
}

/** Writes the low `bitWidth` bits of `value` as element `index`. */
export function writeRawElement(data: Uint8Array, bitWidth: number, index: number, value: bigint): void {
  if (bitWidth === 1) {
    const m = 1 << (index & 7);
    if (value & 1n) data[index >> 3]! |= m;
    else data[index >> 3]! &= ~m;
    return;
  }
  const bytes = bitWidth >> 3;
  const base = index * bytes;
  let v = BigInt.asUintN(bitWidth, value);
  for (let i = 0; i < bytes; i++) {
    data[base + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}
