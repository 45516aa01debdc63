/**
 * The file metadata dictionary, `{-# ... #-}`, and resource keys (MLIR's
 * `parseFileMetadataDictionary`, `parseResourceFileMetadata` and
 * `parseResourceHandle` in `Parser.cpp`, with the builtin dialect's blob
 * handling and `mlir-opt`'s fallback for external resources).
 */
import { DenseResourceHandle, type ResourceBlob } from "../dialects/builtin/attributes/dense-resource-attr.js";
import type { ResourceValue } from "../ir/resources.js";
import { Ch } from "./char-codes.js";
import { Lexer } from "./lexer.js";
import type { ParserState } from "./parser-state.js";
import { Tok } from "./token.js";

/**
 * file-metadata-dict  ::= `{-#` (file-metadata-entry (`,` file-metadata-entry)*)? `#-}`
 * file-metadata-entry ::= `dialect_resources` `:` `{` (dialect-name `:` `{` entries `}`),* `}`
 *                       | `external_resources` `:` `{` (group-name `:` `{` entries `}`),* `}`
 * entry               ::= (bare-id | string) `:` (`true` | `false` | string)
 *
 * Builtin dialect entries are hex blobs (`"0x"`, the alignment as a
 * little-endian u32, the data) attached to the handles of this file (keys
 * used before the section get their data; unused keys are declared too).
 * External resources are kept verbatim in `ctx.externalResources`, as
 * `mlir-opt`'s fallback resource map keeps them, so they print back. The
 * current token is `{-#`.
 */
export function parseFileMetadata(p: ParserState): void {
  p.consume();
  commaListUntil(p, Tok.FileMetadataEnd, "expected ',' or '#-}'", () => {
    const keyLoc = p.lex.start;
    if (!p.isAnyKeyword) p.error("expected identifier key in file metadata dictionary");
    const key = p.spelling();
    p.consume();
    p.expect(Tok.Colon, "expected ':'");
    if (key === "dialect_resources") parseDialectResources(p);
    else if (key === "external_resources") parseExternalResources(p);
    else p.error(`unknown key '${key}' in file metadata dictionary`, keyLoc);
  });
}

/**
 * resource-handle ::= bare-id | string-literal
 *
 * The builtin resource handle named by the current token (declared in the
 * context on first use in this file, under a fresh name if an earlier file
 * used the same key). Fails with MLIR's error when the token is not a key.
 */
export function parseResourceHandle(p: ParserState): DenseResourceHandle {
  let key: string;
  if (p.isAnyKeyword) key = p.spelling();
  else if (p.tok() === Tok.String) key = p.stringValue();
  else return p.error("expected identifier key for 'resource' entry");
  p.consume();
  let handle = p.resources.get(key);
  if (handle === undefined) {
    handle = DenseResourceHandle.declare(p.ctx, key);
    p.resources.set(key, handle);
  }
  return handle;
}

/** `{` (name `:` `{` body `}`),* `}`: the shape of both resource sections. */
function parseResourceGroups(p: ParserState, body: (name: string, nameLoc: number) => void): void {
  p.expect(Tok.LBrace, "expected '{'");
  commaListUntil(p, Tok.RBrace, "expected ',' or '}'", () => {
    const nameLoc = p.lex.start;
    if (!p.isAnyKeyword) p.error("expected identifier key for 'resource' entry");
    const name = p.spelling();
    p.consume();
    p.expect(Tok.Colon, "expected ':'");
    p.expect(Tok.LBrace, "expected '{'");
    body(name, nameLoc);
  });
}

/** `dialect_resources: {...}`: only the builtin dialect has resources (blobs). */
function parseDialectResources(p: ParserState): void {
  parseResourceGroups(p, (name, nameLoc) => {
    if (p.ctx.getDialect(name) === undefined) p.error(`dialect '${name}' is unknown`, nameLoc);
    if (name !== "builtin") p.error(`unexpected 'resource' section for dialect '${name}'`);
    commaListUntil(p, Tok.RBrace, "expected ',' or '}'", () => {
      const handle = parseResourceHandle(p);
      p.expect(Tok.Colon, "expected ':'");
      const valueStart = p.lex.start;
      const valueEnd = p.lex.end;
      const isString = p.tok() === Tok.String;
      p.consume();
      handle.blob = parseBlob(p, handle.key, isString, valueStart, valueEnd);
    });
  });
}

/** `external_resources: {...}`: every group is kept, whoever owns it. */
function parseExternalResources(p: ParserState): void {
  parseResourceGroups(p, (name) => {
    let group = p.ctx.externalResources.get(name);
    if (group === undefined) p.ctx.externalResources.set(name, (group = new Map()));
    const entries = group;
    commaListUntil(p, Tok.RBrace, "expected ',' or '}'", () => {
      let key: string;
      if (p.isAnyKeyword) key = p.spelling();
      else if (p.tok() === Tok.String) key = p.stringValue();
      else return p.error("expected identifier key for 'external_resources' entry");
      p.consume();
      p.expect(Tok.Colon, "expected ':'");
      // As in MLIR, the value token is consumed before it is interpreted.
      const lex = p.lex;
      const start = lex.start;
      const end = lex.end;
      const kind = lex.kind;
      const bool = kind === Tok.BareIdentifier ? (lex.is("true") ? 1 : lex.is("false") ? 0 : -1) : -1;
      p.consume();
      const text = p.source.text;
      let v: ResourceValue;
      if (bool >= 0) {
        v = { kind: "bool", value: bool === 1 };
      } else if (kind === Tok.String && text.startsWith('"0x', start)) {
        // A value spelled `"0x...` is a blob.
        const blob = parseBlob(p, key, true, start, end);
        v = { kind: "blob", alignment: blob.alignment, data: blob.data };
      } else if (kind === Tok.String) {
        v = { kind: "string", value: Lexer.decodeString(text, start, end) };
      } else {
        return p.error(`expected string value for key '${key}'`, start);
      }
      entries.set(key, v);
    });
  });
}

/**
 * A blob value (MLIR's `parseAsBlob`): a hex string whose first 4 bytes are
 * the alignment, a power of two, little-endian. An empty blob has
 * alignment 0, as MLIR's default blob.
 */
function parseBlob(p: ParserState, key: string, isString: boolean, start: number, end: number): ResourceBlob {
  const bytes = isString ? decodeHexString(p.source.text, start, end) : null;
  if (bytes === null) return p.error(`expected hex string blob for key '${key}'`, start);
  if (bytes.length < 4) p.error(`expected hex string blob for key '${key}' to encode alignment in first 4 bytes`, start);
  const alignment = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
  if (alignment !== 0 && (alignment & (alignment - 1)) !== 0) {
    p.error(
      `expected hex string blob for key '${key}' to encode alignment in first 4 bytes, but got non-power-of-2 value: ${alignment}`,
      start,
    );
  }
  if (bytes.length === 4) return { alignment: 0, data: new Uint8Array(0) };
  return { alignment, data: bytes.slice(4) };
}

/** MLIR's `parseCommaSeparatedListUntil` (empty list allowed). */
function commaListUntil(p: ParserState, close: Tok, message: string, elem: () => void): void {
  if (p.consumeIf(close)) return;
  elem();
  while (p.consumeIf(Tok.Comma)) elem();
  p.expect(close, message);
}

/**
 * Value of a hex digit by char code; 256 for any other UTF-16 unit, so
 * that a decoder ORs the values and tests once, after the loop.
 */
const hexValue = new Int16Array(65536).fill(256);
for (let c = 0; c < 10; c++) hexValue[Ch._0 + c] = c;
for (let c = 0; c < 6; c++) {
  hexValue[Ch.a + c] = 10 + c;
  hexValue[Ch.A + c] = 10 + c;
}

/**
 * The bytes of a `"0x..."` string token spanning `[start, end)` (quotes
 * included), or null unless it is `0x` followed by an even number of hex
 * digits. Works on the spelling, as MLIR's `Token::getHexStringValue`: an
 * escape sequence makes it invalid. One pass, no branch per digit.
 */
export function decodeHexString(text: string, start: number, end: number): Uint8Array | null {
  let i = start + 1;
  const e = end - 1;
  if (e - i < 2 || text.charCodeAt(i) !== Ch._0 || text.charCodeAt(i + 1) !== Ch.x) return null;
  i += 2;
  if ((e - i) & 1) return null;
  const out = new Uint8Array((e - i) >> 1);
  let bad = 0;
  for (let k = 0; i < e; i += 2, k++) {
    const h = hexValue[text.charCodeAt(i)]!;
    const l = hexValue[text.charCodeAt(i + 1)]!;
    bad |= h | l;
    out[k] = (h << 4) | l;
  }
  return bad & 256 ? null : out;
}
