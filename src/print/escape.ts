import { encodeUtf8 } from "../dialects/builtin/attributes/string-attr.js";

const hexDigits = "0123456789ABCDEF";

/**
 * Escapes a byte string (one char per byte) the way MLIR prints string
 * literals: printable ASCII except `"` and `\` as is, `\` as `\\`, every
 * other byte as `\XX` (uppercase hex). Quotes are not added.
 */
export function escapeBytes(bytes: string): string {
  let i = 0;
  const n = bytes.length;
  // Fast path: nothing to escape.
  for (; i < n; i++) {
    const c = bytes.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) break;
  }
  if (i === n) return bytes;
  let out = bytes.slice(0, i);
  for (; i < n; i++) {
    const c = bytes.charCodeAt(i);
    if (c === 0x5c) out += "\\\\";
    else if (c < 0x20 || c > 0x7e || c === 0x22) out += "\\" + hexDigits[(c >> 4) & 15] + hexDigits[c & 15];
    else out += bytes[i];
  }
  return out;
}

/** `"..."` for a text string (UTF-8 encoded, then escaped). */
export function quoteString(text: string): string {
  return '"' + escapeBytes(encodeUtf8(text)) + '"';
}

/** True when `name` can be printed as a bare identifier: `[a-zA-Z_][a-zA-Z0-9_$.]*`. */
export function isBareIdentifier(name: string): boolean {
  if (name.length === 0) return false;
  const c0 = name.charCodeAt(0);
  if (!((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || c0 === 95)) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46)) return false;
  }
  return true;
}

/** A keyword as is when it is a bare identifier, else a quoted string. */
export function keywordOrString(name: string): string {
  return isBareIdentifier(name) ? name : quoteString(name);
}

/** `@name` or `@"quoted name"`. */
export function symbolReference(name: string): string {
  if (name.length === 0) return "@<<INVALID EMPTY SYMBOL>>";
  return "@" + keywordOrString(name);
}

const byteHex: string[] = [];
for (let b = 0; b < 256; b++) byteHex.push(hexDigits[b >> 4]! + hexDigits[b & 15]!);

/** Uppercase hex of a byte array. */
export function toHex(data: Uint8Array): string {
  const parts: string[] = [];
  let cur = "";
  for (let i = 0; i < data.length; i++) {
    cur += byteHex[data[i]!]!;
    if (cur.length >= 8192) {
      parts.push(cur);
      cur = "";
    }
  }
  parts.push(cur);
  return parts.join("");
}
