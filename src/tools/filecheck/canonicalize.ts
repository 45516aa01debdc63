/**
 * Input and check-file canonicalization, as LLVM FileCheck does before
 * anything else: `\r\n` becomes `\n`, and unless whitespace is strict every
 * run of spaces and tabs becomes one space. Diagnostics then point into the
 * canonical text, exactly as LLVM's do.
 */

const crlfOnly = /\r(?=\n)/g;
const crlfAndBlanks = /\r(?=\n)|[ \t]{2,}|\t/g;

/** Returns `text` canonicalized; one regex pass, no copy when already canonical. */
export function canonicalize(text: string, strictWhitespace: boolean): string {
  const re = strictWhitespace ? crlfOnly : crlfAndBlanks;
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => (m.charCodeAt(0) === 13 ? "" : " "));
}
