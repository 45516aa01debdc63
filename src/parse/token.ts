/** Token kinds, after MLIR's `TokenKinds.def`. */
export const enum Tok {
  Eof,
  // Identifiers.
  /** `foo`, `foo.bar`, `x$1` (also keywords: the parser compares the text). */
  BareIdentifier,
  /** `@foo` or `@"any string"`. */
  AtIdentifier,
  /** `#foo`, `#0`. */
  HashIdentifier,
  /** `%foo`, `%0`. */
  PercentIdentifier,
  /** `^bb0`. */
  CaretIdentifier,
  /** `!foo`, `!foo.bar`. */
  ExclamationIdentifier,
  /** `i32`, `si8`, `ui1`. */
  IntType,
  // Literals.
  /** `42`, `0x2A`. */
  Integer,
  /** `1.5`, `2.0e-3`. */
  FloatLiteral,
  /** `"text"`. */
  String,
  // Punctuation.
  Arrow, // ->
  Colon,
  Comma,
  Ellipsis, // ...
  Equal,
  Greater,
  LBrace,
  LParen,
  LSquare,
  Less,
  Minus,
  Plus,
  Question,
  RBrace,
  RParen,
  RSquare,
  Slash, // a single `/` (`//` starts a comment)
  Star,
  VerticalBar,
  FileMetadataBegin, // {-#
  FileMetadataEnd, // #-}
}

/** How a token kind is named in "expected ..." messages. */
export function tokenSpelling(t: Tok): string {
  switch (t) {
    case Tok.Eof: return "end of file";
    case Tok.Arrow: return "->";
    case Tok.Colon: return ":";
    case Tok.Comma: return ",";
    case Tok.Ellipsis: return "...";
    case Tok.Equal: return "=";
    case Tok.Greater: return ">";
    case Tok.LBrace: return "{";
    case Tok.LParen: return "(";
    case Tok.LSquare: return "[";
    case Tok.Less: return "<";
    case Tok.Minus: return "-";
    case Tok.Plus: return "+";
    case Tok.Question: return "?";
    case Tok.RBrace: return "}";
    case Tok.RParen: return ")";
    case Tok.RSquare: return "]";
    case Tok.Slash: return "/";
    case Tok.Star: return "*";
    case Tok.VerticalBar: return "|";
    case Tok.FileMetadataBegin: return "{-#";
    case Tok.FileMetadataEnd: return "#-}";
    default: return "token";
  }
}
