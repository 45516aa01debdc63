import { Ch, isBareIdChar, isDigit, isHexDigit, isLetter, isSuffixIdChar } from "./char-codes.js";
import { Tok } from "./token.js";

/** Token kinds of the one-character punctuation tokens by char code (0: not one). */
const punctuationKinds = new Uint8Array(128);
punctuationKinds[Ch.LParen] = Tok.LParen;
punctuationKinds[Ch.RParen] = Tok.RParen;
punctuationKinds[Ch.LBracket] = Tok.LSquare;
punctuationKinds[Ch.RBracket] = Tok.RSquare;
punctuationKinds[Ch.RBrace] = Tok.RBrace;
punctuationKinds[Ch.Less] = Tok.Less;
punctuationKinds[Ch.Greater] = Tok.Greater;
punctuationKinds[Ch.Colon] = Tok.Colon;
punctuationKinds[Ch.Comma] = Tok.Comma;
punctuationKinds[Ch.Equal] = Tok.Equal;
punctuationKinds[Ch.Question] = Tok.Question;
punctuationKinds[Ch.Star] = Tok.Star;
punctuationKinds[Ch.Plus] = Tok.Plus;
punctuationKinds[Ch.Bar] = Tok.VerticalBar;
// A `/` reaching the token switch is alone: `//` comments are skipped before.
punctuationKinds[Ch.Slash] = Tok.Slash;

/** Identifier character classes as bit flags, by char code (a table beats range tests). */
const enum IdChar {
  /** `[a-zA-Z0-9_$.]`: continues a bare identifier. */
  Bare = 1,
  /** Bare chars and `-`: continues a suffix id (`%x`, `#x`, `^x`, `!x`). */
  Suffix = 2,
}
const idChars = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  if (isBareIdChar(c)) idChars[c] = IdChar.Bare | IdChar.Suffix;
  else if (isSuffixIdChar(c)) idChars[c] = IdChar.Suffix;
}

/** A lexical error: the parser turns it into a located diagnostic. */
export class LexError extends Error {
  constructor(
    message: string,
    /** Offset the diagnostic points at. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * The MLIR lexer over one source string.
 *
 * There are no token objects: the current token is the triple
 * (`kind`, `start`, `end`) held in fields, and `next()` overwrites it, as in
 * acorn and MLIR's `Lexer`. Text is sliced only when the parser asks.
 * Comments (`// ...`) and whitespace are skipped. Lexing errors throw
 * {@link LexError}. Call `next()` once to lex the first token.
 */
export class Lexer {
  /** Kind of the current token. */
  kind: Tok = Tok.Eof;
  /** Offset of the current token's first character. */
  start = 0;
  /** Offset just past the current token. */
  end = 0;
  /** End of the previous token (where "expected X" errors point). */
  prevEnd = 0;
  /** Offset where the next token is lexed from. */
  private pos: number;

  constructor(
    /** The full text. */
    readonly text: string,
    /** First offset to lex (the start of the buffer, for `--split-input-file` chunks). */
    readonly begin = 0,
    /** Offset where lexing stops, as if the text ended there. */
    readonly limit = text.length,
  ) {
    this.pos = begin;
  }

  /** Text of the current token (allocates a string). */
  spelling(): string {
    return this.text.slice(this.start, this.end);
  }

  /** True when the current token's text equals `s` (no allocation). */
  is(s: string): boolean {
    const n = this.end - this.start;
    if (n !== s.length) return false;
    return this.text.startsWith(s, this.start);
  }

  /** Repositions the lexer to lex from `offset`. */
  resetTo(offset: number): void {
    this.pos = offset;
    this.next();
  }

  /** Advances to the next token. */
  next(): void {
    this.prevEnd = this.end;
    const t = this.text;
    const limit = this.limit;
    let p = this.pos;
    // Skip whitespace and comments.
    for (;;) {
      if (p >= limit) {
        this.kind = Tok.Eof;
        this.start = this.end = this.pos = limit;
        return;
      }
      const c = t.charCodeAt(p);
      if (c <= Ch.Space && (c === Ch.Space || c === Ch.LineFeed || c === Ch.CarriageReturn || c === Ch.Tab)) {
        p++;
      } else if (c === Ch.Slash && t.charCodeAt(p + 1) === Ch.Slash && p + 1 < limit) {
        const nl = t.indexOf("\n", p);
        p = nl < 0 || nl > limit ? limit : nl + 1;
      } else {
        break;
      }
    }
    this.start = p;
    const c = t.charCodeAt(p);
    // Single-character punctuation through a table: the most common tokens.
    if (c < 128) {
      const k = punctuationKinds[c]!;
      if (k !== 0) {
        this.kind = k;
        this.end = this.pos = p + 1;
        return;
      }
    }
    switch (c) {
      case Ch.LBrace:
        if (t.charCodeAt(p + 1) === Ch.Minus && t.charCodeAt(p + 2) === Ch.Hash && p + 2 < limit) {
          return this.punct(Tok.FileMetadataBegin, p + 3);
        }
        return this.punct(Tok.LBrace, p + 1);
      case Ch.Minus:
        if (t.charCodeAt(p + 1) === Ch.Greater && p + 1 < limit) return this.punct(Tok.Arrow, p + 2);
        return this.punct(Tok.Minus, p + 1);
      case Ch.Dot:
        // ellipsis ::= `...`; MLIR's lexEllipsis points one past the first dot.
        if (t.charCodeAt(p + 1) === Ch.Dot && t.charCodeAt(p + 2) === Ch.Dot && p + 2 < limit) return this.punct(Tok.Ellipsis, p + 3);
        throw new LexError("expected three consecutive dots for an ellipsis", p + 1);
      case Ch.DoubleQuote:
        return this.lexString(p);
      case Ch.At:
        return this.lexAtIdentifier(p);
      case Ch.Hash:
        if (t.charCodeAt(p + 1) === Ch.Minus && t.charCodeAt(p + 2) === Ch.RBrace && p + 2 < limit) {
          return this.punct(Tok.FileMetadataEnd, p + 3);
        }
        return this.lexPrefixed(p, Tok.HashIdentifier, "invalid attribute name");
      case Ch.Percent:
        return this.lexPrefixed(p, Tok.PercentIdentifier, "invalid SSA name");
      case Ch.Caret:
        return this.lexPrefixed(p, Tok.CaretIdentifier, "invalid block name");
      case Ch.Bang:
        return this.lexPrefixed(p, Tok.ExclamationIdentifier, "invalid type identifier");
      default:
        if (isDigit(c)) return this.lexNumber(p);
        if (isLetter(c) || c === Ch.Underscore) return this.lexBareIdentifier(p);
        throw new LexError("unexpected character", p);
    }
  }

  private punct(kind: Tok, end: number): void {
    this.kind = kind;
    this.end = this.pos = end;
  }

  /** bare-id ::= (letter|[_]) (letter|digit|[_$.])* ; also `iN`, `siN`, `uiN`. */
  private lexBareIdentifier(p: number): void {
    const t = this.text;
    const start = p;
    p++;
    while (p < this.limit && (idChars[t.charCodeAt(p)]! & IdChar.Bare) !== 0) p++;
    this.end = this.pos = p;
    // Integer types: i[0-9]+, si[0-9]+, ui[0-9]+.
    const c0 = t.charCodeAt(start);
    let d = -1;
    if (c0 === Ch.i) d = start + 1;
    else if ((c0 === Ch.s || c0 === Ch.u) && t.charCodeAt(start + 1) === Ch.i) d = start + 2;
    if (d > 0 && d < p) {
      let all = true;
      for (let k = d; k < p; k++) {
        if (!isDigit(t.charCodeAt(k))) {
          all = false;
          break;
        }
      }
      if (all) {
        this.kind = Tok.IntType;
        return;
      }
    }
    this.kind = Tok.BareIdentifier;
  }

  /**
   * symbol-ref-id ::= `@` (bare-id | string-literal)
   *
   * A bare `@` name stops at `-` (unlike suffix ids such as `%a-b`), as in
   * MLIR's lexAtIdentifier: `@foo-bar` is `@foo` then `-`.
   */
  private lexAtIdentifier(p: number): void {
    const t = this.text;
    const c = t.charCodeAt(p + 1);
    if (p + 1 < this.limit && c === Ch.DoubleQuote) {
      this.lexString(p + 1);
      this.start = p;
      this.kind = Tok.AtIdentifier;
      return;
    }
    if (p + 1 >= this.limit || !(isLetter(c) || c === Ch.Underscore)) {
      throw new LexError("@ identifier expected to start with letter or '_'", p + 1);
    }
    p += 2;
    while (p < this.limit && (idChars[t.charCodeAt(p)]! & IdChar.Bare) !== 0) p++;
    this.kind = Tok.AtIdentifier;
    this.end = this.pos = p;
  }

  /** A sigil followed by a suffix-id: `[0-9]+ | [a-zA-Z$._-][a-zA-Z0-9$._-]*`. */
  private lexPrefixed(p: number, kind: Tok, error: string): void {
    const t = this.text;
    const start = p;
    p++;
    const c = t.charCodeAt(p);
    if (p < this.limit && isDigit(c)) {
      do p++;
      while (p < this.limit && isDigit(t.charCodeAt(p)));
    } else if (p < this.limit && (isLetter(c) || c === Ch.Dollar || c === Ch.Dot || c === Ch.Underscore || c === Ch.Minus)) {
      do p++;
      while (p < this.limit && (idChars[t.charCodeAt(p)]! & IdChar.Suffix) !== 0);
    } else {
      throw new LexError(error, start);
    }
    this.kind = kind;
    this.end = this.pos = p;
  }

  /**
   * integer ::= [0-9]+ | 0x[0-9a-fA-F]+
   * float   ::= [0-9]+ . [0-9]* ([eE] [-+]? [0-9]+)?
   */
  private lexNumber(p: number): void {
    const t = this.text;
    const limit = this.limit;
    if (t.charCodeAt(p) === Ch._0 && t.charCodeAt(p + 1) === Ch.x && p + 2 < limit && isHexDigit(t.charCodeAt(p + 2))) {
      p += 3;
      while (p < limit && isHexDigit(t.charCodeAt(p))) p++;
      this.kind = Tok.Integer;
      this.end = this.pos = p;
      return;
    }
    while (p < limit && isDigit(t.charCodeAt(p))) p++;
    if (p >= limit || t.charCodeAt(p) !== Ch.Dot) {
      this.kind = Tok.Integer;
      this.end = this.pos = p;
      return;
    }
    p++;
    while (p < limit && isDigit(t.charCodeAt(p))) p++;
    const e = t.charCodeAt(p);
    if (p < limit && (e === Ch.e || e === Ch.E)) {
      let q = p + 1;
      const s = t.charCodeAt(q);
      if (s === Ch.Plus || s === Ch.Minus) q++;
      if (q < limit && isDigit(t.charCodeAt(q))) {
        p = q + 1;
        while (p < limit && isDigit(t.charCodeAt(p))) p++;
      }
    }
    this.kind = Tok.FloatLiteral;
    this.end = this.pos = p;
  }

  /** string ::= `"` (char | escape)* `"` ; escapes `\" \\ \n \t \XX`. */
  private lexString(p: number): void {
    const t = this.text;
    const limit = this.limit;
    p++;
    for (;;) {
      if (p >= limit) throw new LexError("expected '\"' in string literal", p);
      const c = t.charCodeAt(p);
      if (c === Ch.DoubleQuote) break;
      if (c === Ch.LineFeed || c === Ch.CarriageReturn) throw new LexError("expected '\"' in string literal", p);
      if (c === Ch.Backslash) {
        const d = t.charCodeAt(p + 1);
        if (d === Ch.DoubleQuote || d === Ch.Backslash || d === Ch.n || d === Ch.t) {
          p += 2;
          continue;
        }
        if (isHexDigit(d) && isHexDigit(t.charCodeAt(p + 2)) && p + 2 < limit) {
          p += 3;
          continue;
        }
        throw new LexError("unknown escape in string literal", p);
      }
      p++;
    }
    this.kind = Tok.String;
    this.end = this.pos = p + 1;
  }

  /**
   * Decodes the string literal spanning [start, end) (quotes included) into
   * a byte string (one char per byte; text chars are UTF-8 encoded).
   */
  static decodeString(text: string, start: number, end: number): string {
    // Fast path: no escapes and ASCII only.
    let simple = true;
    for (let i = start + 1; i < end - 1; i++) {
      const c = text.charCodeAt(i);
      if (c === Ch.Backslash || c >= 0x80) {
        simple = false;
        break;
      }
    }
    if (simple) return text.slice(start + 1, end - 1);
    let out = "";
    for (let i = start + 1; i < end - 1; i++) {
      let c = text.charCodeAt(i);
      if (c === Ch.Backslash) {
        const d = text.charCodeAt(i + 1);
        if (d === Ch.n) out += "\n";
        else if (d === Ch.t) out += "\t";
        else if (d === Ch.DoubleQuote) out += '"';
        else if (d === Ch.Backslash) out += "\\";
        else {
          out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
          i += 2;
          continue;
        }
        i++;
        continue;
      }
      if (c < 0x80) {
        out += text[i];
        continue;
      }
      // UTF-8 encode the code point.
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < end - 1) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }
}
