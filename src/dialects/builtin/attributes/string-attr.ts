import { Attribute, type TypeAttribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();
const typedTable = newUniquingTable();
const scratch: unknown[] = [];

/**
 * A string constant, `"text"`, optionally typed (`"text" : i32`).
 *
 * MLIR strings are byte strings. `value` holds the text decoded from UTF-8;
 * when the bytes are not valid UTF-8 (possible through `\XX` escapes), the
 * string is kept *binary*: `value` holds one char per byte (U+0000..U+00FF)
 * and `binary` is true, so printing reproduces the exact bytes.
 */
export class StringAttr extends Attribute {
  private constructor(
    /** The text (or the bytes, one per char, when `binary`). */
    readonly value: string,
    /** True when `value` is a byte string, not decoded text. */
    readonly binary: boolean,
    /** The type, or null for the default (`none`). */
    readonly type: TypeAttribute | null,
  ) {
    super(BuiltinKind.StringAttr);
  }

  /** The uniqued string attribute of text `value`. */
  static get(ctx: Context, value: string, type: TypeAttribute | null = null): StringAttr {
    return StringAttr.intern(ctx, value, false, type);
  }

  /**
   * The uniqued string attribute of the byte string `bytes` (one char per
   * byte). Valid UTF-8 is decoded, so equal texts give the same attribute.
   */
  static fromBytes(ctx: Context, bytes: string, type: TypeAttribute | null = null): StringAttr {
    const text = decodeUtf8(bytes);
    return text === null ? StringAttr.intern(ctx, bytes, true, type) : StringAttr.intern(ctx, text, false, type);
  }

  private static intern(ctx: Context, value: string, binary: boolean, type: TypeAttribute | null): StringAttr {
    if (type === null && !binary) {
      const t = ctx.table<string, StringAttr>(table);
      let a = t.get(value);
      if (a === undefined) t.set(value, (a = new StringAttr(value, false, null)));
      return a;
    }
    scratch[0] = value;
    scratch[1] = binary;
    scratch[2] = type;
    return ctx.trie<StringAttr>(typedTable).intern(scratch, 3, () => new StringAttr(value, binary, type));
  }

  /** The bytes of the string, one char per byte (UTF-8 encoded unless binary). */
  get bytes(): string {
    return this.binary ? this.value : encodeUtf8(this.value);
  }
}

/** UTF-8 encodes `s` into a byte string (one char per byte). */
export function encodeUtf8(s: string): string {
  // Fast path: pure ASCII needs no work.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Decodes a byte string as UTF-8; null when it is not valid UTF-8. */
export function decodeUtf8(bytes: string): string | null {
  let i = 0;
  const n = bytes.length;
  while (i < n && bytes.charCodeAt(i) < 0x80) i++;
  if (i === n) return bytes;
  let out = bytes.slice(0, i);
  while (i < n) {
    const b = bytes.charCodeAt(i);
    if (b < 0x80) {
      out += bytes[i];
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b < 0xe0) (need = 1), (cp = b & 0x1f), (min = 0x80);
    else if (b >= 0xe0 && b < 0xf0) (need = 2), (cp = b & 0x0f), (min = 0x800);
    else if (b >= 0xf0 && b < 0xf5) (need = 3), (cp = b & 0x07), (min = 0x10000);
    else return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes.charCodeAt(i + k);
      if (Number.isNaN(c) || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return null;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
