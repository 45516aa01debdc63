/** Token kinds of an assembly format string. */
export const enum FTok {
  End,
  /** `` `text` `` (value: the text between backquotes). */
  Literal,
  /** `$name` (value: the name). */
  Variable,
  /** `attr-dict`, `type`, `custom`... (value: the word). */
  Keyword,
  LParen,
  RParen,
  Less,
  Greater,
  Comma,
  Question,
  Colon,
  Caret,
}

/** A token of a format string. */
export interface FToken {
  readonly kind: FTok;
  readonly value: string;
  /** Offset in the format string, for errors. */
  readonly offset: number;
}

/** A malformed assembly format: a bug in a dialect definition, reported when it is defined. */
export class FormatError extends Error {
  override name = "FormatError";
}

/**
 * Splits an ODS assembly format string into tokens:
 * `` `lit` ``, `$var`, keywords (`attr-dict`, `functional-type`), and the
 * punctuation `( ) < > , ? : ^`.
 */
export function lexFormat(format: string, opName: string): FToken[] {
  const out: FToken[] = [];
  let i = 0;
  const n = format.length;
  while (i < n) {
    const c = format[i]!;
    if (c === " " || c === "\n" || c === "\t") {
      i++;
      continue;
    }
    const start = i;
    switch (c) {
      case "`": {
        const end = format.indexOf("`", i + 1);
        if (end < 0) throw new FormatError(`${opName}: unterminated literal in format at ${i}`);
        out.push({ kind: FTok.Literal, value: format.slice(i + 1, end), offset: start });
        i = end + 1;
        continue;
      }
      case "$": {
        i++;
        while (i < n && /[A-Za-z0-9_]/.test(format[i]!)) i++;
        out.push({ kind: FTok.Variable, value: format.slice(start + 1, i), offset: start });
        continue;
      }
      case "(": out.push({ kind: FTok.LParen, value: c, offset: start }); i++; continue;
      case ")": out.push({ kind: FTok.RParen, value: c, offset: start }); i++; continue;
      case "<": out.push({ kind: FTok.Less, value: c, offset: start }); i++; continue;
      case ">": out.push({ kind: FTok.Greater, value: c, offset: start }); i++; continue;
      case ",": out.push({ kind: FTok.Comma, value: c, offset: start }); i++; continue;
      case "?": out.push({ kind: FTok.Question, value: c, offset: start }); i++; continue;
      case ":": out.push({ kind: FTok.Colon, value: c, offset: start }); i++; continue;
      case "^": out.push({ kind: FTok.Caret, value: c, offset: start }); i++; continue;
      default:
        if (/[A-Za-z_]/.test(c)) {
          while (i < n && /[A-Za-z0-9_-]/.test(format[i]!)) i++;
          out.push({ kind: FTok.Keyword, value: format.slice(start, i), offset: start });
          continue;
        }
        throw new FormatError(`${opName}: unexpected '${c}' in format at ${i}`);
    }
  }
  out.push({ kind: FTok.End, value: "", offset: n });
  return out;
}
