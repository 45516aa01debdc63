/** Character codes the lexer tests (TypeScript's `CharacterCodes` idea). */
export const enum Ch {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Bang = 33, // !
  DoubleQuote = 34, // "
  Hash = 35, // #
  Dollar = 36, // $
  Percent = 37, // %
  LParen = 40,
  RParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  _0 = 48,
  _9 = 57,
  Colon = 58,
  Less = 60,
  Equal = 61,
  Greater = 62,
  Question = 63,
  At = 64,
  A = 65,
  E = 69,
  F = 70,
  Z = 90,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Caret = 94,
  Underscore = 95,
  a = 97,
  d = 100,
  e = 101,
  f = 102,
  i = 105,
  l = 108,
  n = 110,
  s = 115,
  t = 116,
  u = 117,
  x = 120,
  z = 122,
  LBrace = 123,
  Bar = 124,
  RBrace = 125,
}

/** `[a-zA-Z]`. */
export function isLetter(c: number): boolean {
  return (c >= Ch.a && c <= Ch.z) || (c >= Ch.A && c <= Ch.Z);
}

/** `[0-9]`. */
export function isDigit(c: number): boolean {
  return c >= Ch._0 && c <= Ch._9;
}

/** `[0-9a-fA-F]`. */
export function isHexDigit(c: number): boolean {
  return (c >= Ch._0 && c <= Ch._9) || (c >= Ch.a && c <= Ch.f) || (c >= Ch.A && c <= Ch.F);
}

/** Characters after the first of a bare identifier: `[a-zA-Z0-9_$.]`. */
export function isBareIdChar(c: number): boolean {
  return (c >= Ch.a && c <= Ch.z) || (c >= Ch.A && c <= Ch.Z) || (c >= Ch._0 && c <= Ch._9) || c === Ch.Underscore || c === Ch.Dollar || c === Ch.Dot;
}

/** Characters of a suffix id after its first: `[a-zA-Z0-9$._-]`. */
export function isSuffixIdChar(c: number): boolean {
  return isBareIdChar(c) || c === Ch.Minus;
}
