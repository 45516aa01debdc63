import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import type { Context } from "../ir/context.js";
import { Diagnostic, DiagnosticError, Severity } from "../ir/diagnostic.js";
import type { LocationAttr, LocationSource } from "../ir/location.js";
import type { OperationName } from "../ir/operation-name.js";
import type { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import type { DistinctAttr } from "../dialects/builtin/attributes/distinct-attr.js";
import type { DenseResourceHandle } from "../dialects/builtin/attributes/dense-resource-attr.js";
import { FileLineColLoc } from "../dialects/builtin/attributes/locations.js";
import type { SourceFile } from "../diag/source-file.js";
import { Ch } from "./char-codes.js";
import { LexError, Lexer } from "./lexer.js";
import { PrefixCache, SpanCache } from "./span-cache.js";
import { Tok } from "./token.js";

/** The text failed to parse. */
export class ParseError extends DiagnosticError {
  override name = "ParseError";
  /**
   * True when parsing ran out of JS stack (pathologically deep nesting of
   * attributes or custom-form regions): a caller with a bigger stack (a
   * worker thread) may succeed where this one failed.
   */
  stackOverflow = false;
}

/** The `file:line:col` locations of a source parsed into a context. */
class SourceLocations implements LocationSource {
  constructor(
    private readonly source: SourceFile,
    private readonly ctx: Context,
  ) {}

  locationOf(offset: number): LocationAttr {
    return this.source.locationOf(this.ctx, offset);
  }
}

/**
 * State shared by all the parsing functions for one source text: the
 * lexer, the context, the file-level alias tables, and helpers for the
 * token stream and diagnostics. The sub-language parsers (types,
 * attributes, locations, affine, operations) are functions over this state,
 * one file each, like MLIR's `Parser` split across `TypeParser.cpp`,
 * `AttributeParser.cpp`...
 */
export class ParserState {
  /** The lexer; `lex.kind`/`lex.start`/`lex.end` are the current token. */
  readonly lex: Lexer;
  /** `#name = attr` definitions seen so far. */
  readonly attrAliases = new Map<string, Attribute>();
  /** `!name = type` definitions seen so far. */
  readonly typeAliases = new Map<string, TypeAttribute>();
  /** `distinct[N]` identifiers of this file. */
  readonly distinctAttrs = new Map<string, DistinctAttr>();
  /** Builtin resource handles referenced in this file, by textual key. */
  readonly resources = new Map<string, DenseResourceHandle>();
  /** Type keyword cache: the parser sees `i32` and friends constantly. */
  readonly keywordTypes = new Map<string, TypeAttribute>();
  /** Types of keyword spans (`i32`, `index`...), found without slicing. */
  readonly typeSpans: SpanCache<TypeAttribute>;
  /** Operation names by the span between their quotes. */
  readonly opNameSpans: SpanCache<OperationName>;
  /** Custom-form operation names written in full (`arith.addi`), by their spelling. */
  readonly customOpNameSpans: SpanCache<OperationName>;
  /** Attribute dictionary keys by span. */
  readonly keySpans: SpanCache<string>;
  /** Attribute dictionaries by their text (see {@link PrefixCache}). */
  readonly dictTexts: PrefixCache<DictionaryAttr>;
  /** Composite types (`memref<?x16xf32>`) by their text: generated IR repeats them verbatim. */
  readonly typeTexts: PrefixCache<TypeAttribute>;
  /** Interned source spans (see {@link internSpan}): open addressing. */
  private spanKeys: (string | undefined)[] = new Array(1024);
  private spanHashes = new Int32Array(1024);
  private spanCount = 0;
  /** Default dialects of the custom operations being parsed (innermost last). */
  readonly defaultDialects: string[] = ["builtin"];

  /** Locations in this source for this context, made on demand (lazy operation locations). */
  readonly locations: LocationSource;

  constructor(
    /** The context attributes and operations are created in. */
    readonly ctx: Context,
    /** The source being parsed. */
    readonly source: SourceFile,
    /** First offset to parse (for `--split-input-file` chunks). */
    begin = 0,
    /** End offset to parse. */
    end = source.text.length,
  ) {
    this.lex = new Lexer(source.text, begin, end);
    this.locations = new SourceLocations(source, ctx);
    this.typeSpans = new SpanCache(source.text);
    this.opNameSpans = new SpanCache(source.text);
    this.customOpNameSpans = new SpanCache(source.text);
    this.keySpans = new SpanCache(source.text);
    this.dictTexts = new PrefixCache(source.text, Ch.RBrace);
    this.typeTexts = new PrefixCache(source.text, Ch.Greater);
  }

  // ---- Tokens -------------------------------------------------------------

  /**
   * The current token kind. A method, not a getter: TypeScript would narrow
   * a property read across calls that advance the lexer.
   */
  tok(): Tok {
    return this.lex.kind;
  }

  /** Advances to the next token. */
  consume(): void {
    this.lex.next();
  }

  /** Consumes the current token when it is `kind`; returns whether it did. */
  consumeIf(kind: Tok): boolean {
    if (this.lex.kind !== kind) return false;
    this.lex.next();
    return true;
  }

  /** Consumes a token of `kind`, or fails with `message` (MLIR's `parseToken`). */
  expect(kind: Tok, message: string): void {
    if (this.lex.kind !== kind) this.wrongToken(message);
    this.lex.next();
  }

  /** True when the current token is the bare identifier (keyword) `kw`. */
  isKeyword(kw: string): boolean {
    return this.lex.kind === Tok.BareIdentifier && this.lex.is(kw);
  }

  /** Consumes keyword `kw` if present. */
  consumeKeyword(kw: string): boolean {
    if (this.lex.kind !== Tok.BareIdentifier || !this.lex.is(kw)) return false;
    this.lex.next();
    return true;
  }

  /** Consumes keyword `kw` or fails with `message`. */
  expectKeyword(kw: string, message: string): void {
    if (!this.consumeKeyword(kw)) this.wrongToken(message);
  }

  /** True when the current token is a keyword (bare identifier or int type). */
  get isAnyKeyword(): boolean {
    return this.lex.kind === Tok.BareIdentifier || this.lex.kind === Tok.IntType;
  }

  /** Text of the current token. */
  spelling(): string {
    return this.lex.spelling();
  }

  /** The byte string value of the current string token (quotes removed, escapes decoded). */
  stringValue(): string {
    return Lexer.decodeString(this.source.text, this.lex.start, this.lex.end);
  }

  /**
   * The text of `[start, end)`, without allocating when the same text was
   * interned before (names, keywords and op names repeat constantly): a hash
   * of the chars finds the earlier string, which is compared in place.
   */
  internSpan(start: number, end: number): string {
    const text = this.source.text;
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const keys = this.spanKeys;
    const hashes = this.spanHashes;
    const mask = keys.length - 1;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const k = keys[slot];
      if (k === undefined) break;
      if (hashes[slot] === h && k.length === len && text.startsWith(k, start)) return k;
      slot = (slot + 1) & mask;
    }
    const s = text.slice(start, end);
    keys[slot] = s;
    hashes[slot] = h;
    if (++this.spanCount * 2 > keys.length) this.growSpans();
    return s;
  }

  private growSpans(): void {
    const oldKeys = this.spanKeys;
    const oldHashes = this.spanHashes;
    const n = oldKeys.length * 2;
    const keys: (string | undefined)[] = new Array(n);
    const hashes = new Int32Array(n);
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k === undefined) continue;
      let slot = oldHashes[i]! & (n - 1);
      while (keys[slot] !== undefined) slot = (slot + 1) & (n - 1);
      keys[slot] = k;
      hashes[slot] = oldHashes[i]!;
    }
    this.spanKeys = keys;
    this.spanHashes = hashes;
  }

  /** Value of the current integer token (decimal or hex), as a bigint. */
  integerValue(): bigint {
    return BigInt(this.lex.spelling());
  }

  /**
   * Value of the current integer token as a number when it is small
   * (decimal, at most 15 digits), else -1. The fast path of attribute
   * parsing: no string or bigint is made.
   */
  smallIntegerValue(): number {
    const t = this.source.text;
    const s = this.lex.start;
    const e = this.lex.end;
    if (e - s > 15 || (e - s > 1 && t.charCodeAt(s + 1) === Ch.x)) return -1;
    let v = 0;
    for (let i = s; i < e; i++) v = v * 10 + (t.charCodeAt(i) - Ch._0);
    return v;
  }

  /**
   * Parses `elem` separated by commas: MLIR's `parseCommaSeparatedList`
   * with no delimiter (at least one element).
   */
  commaList(elem: () => void): void {
    elem();
    while (this.consumeIf(Tok.Comma)) elem();
  }

  /**
   * Parses `open elem (, elem)* close`, allowing an empty list, with MLIR's
   * messages (`expected '(' in ...`).
   */
  delimitedList(open: Tok, close: Tok, elem: () => void, context = ""): void {
    // Messages are built on failure only.
    if (this.lex.kind !== open) this.wrongToken(`expected '${spellingOf(open)}'${context}`);
    this.lex.next();
    if (this.consumeIf(close)) return;
    this.commaList(elem);
    if (this.lex.kind !== close) this.wrongToken(`expected '${spellingOf(close)}'${context}`);
    this.lex.next();
  }

  // ---- Diagnostics --------------------------------------------------------

  /** The file:line:col location of `offset`. */
  locationAt(offset: number): LocationAttr {
    const line = this.source.locate(offset);
    return FileLineColLoc.ofOperation(this.ctx, this.source.name, line, this.source.column);
  }

  /** Fails with `message` at `offset` (default: the current token; at EOF one char back). */
  error(message: string, offset?: number): never {
    if (offset === undefined) {
      offset = this.lex.start;
      if (this.lex.kind === Tok.Eof && offset > 0) offset--;
    }
    throw new ParseError(new Diagnostic(Severity.Error, message, this.locationAt(offset)));
  }

  /** Fails with `message` and a note at `noteOffset`. */
  errorWithNote(message: string, offset: number, note: string, noteOffset: number): never {
    const d = new Diagnostic(Severity.Error, message, this.locationAt(offset));
    d.attachNote(note, this.locationAt(noteOffset));
    throw new ParseError(d);
  }

  /**
   * Fails because the current token is not what was expected. Like MLIR's
   * `emitWrongTokenError`, the error points just after the previous
   * non-blank, non-comment text (where the missing token belongs), not at
   * the next line's first token. It never backs up past the start of the
   * buffer: with `--split-input-file`, the start of the chunk.
   */
  wrongToken(message: string): never {
    const text = this.source.text;
    const begin = this.lex.begin;
    let loc = this.lex.start;
    if (this.lex.kind === Tok.Eof && loc > begin) loc--;
    const original = loc;
    let end = loc;
    for (;;) {
      while (end > begin && (text.charCodeAt(end - 1) === Ch.Space || text.charCodeAt(end - 1) === Ch.Tab)) end--;
      if (end <= begin) this.error(message, original);
      const c = text.charCodeAt(end - 1);
      if (c !== Ch.LineFeed && c !== Ch.CarriageReturn) this.error(message, end);
      end--;
      // If the previous line has a `//` comment, back up to before it.
      const lineStart = Math.max(text.lastIndexOf("\n", end - 1) + 1, text.lastIndexOf("\r", end - 1) + 1, begin);
      const comment = text.indexOf("//", lineStart);
      if (comment >= 0 && comment < end) end = comment;
    }
  }
}

function spellingOf(t: Tok): string {
  switch (t) {
    case Tok.LParen: return "(";
    case Tok.RParen: return ")";
    case Tok.LSquare: return "[";
    case Tok.RSquare: return "]";
    case Tok.LBrace: return "{";
    case Tok.RBrace: return "}";
    case Tok.Less: return "<";
    case Tok.Greater: return ">";
    default: return "?";
  }
}

/**
 * Lexes the first token and runs `fn`, turning a {@link LexError} into a located {@link ParseError}
 * and a JS stack overflow (from pathologically deep nesting of attributes or
 * custom-form regions) into a clean diagnostic.
 */
export function withParseErrors<T>(state: ParserState, fn: () => T): T {
  try {
    state.consume();
    return fn();
  } catch (e) {
    if (e instanceof LexError) state.error(e.message, e.offset);
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      const offset = Math.min(state.lex.start, state.source.text.length);
      const err = new ParseError(new Diagnostic(Severity.Error, "nesting is too deep to parse", state.locationAt(offset)));
      err.stackOverflow = true;
      throw err;
    }
    throw e;
  }
}
