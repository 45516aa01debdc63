/**
 * Translation of LLVM `Regex` syntax (POSIX extended regular expressions as
 * implemented by BSD `regcomp`, plus `\1`..`\9` back-references) into
 * JavaScript `RegExp` source with the same meaning under LLVM's
 * `Regex::Newline` flag, which FileCheck always sets:
 *
 * - `.` and negated brackets never match `\n`;
 * - `^` and `$` match at line boundaries and at the ends of the searched
 *   region (FileCheck searches a slice of the input, see `pattern.ts`);
 * - `\c` for any other character `c` is that character literally (`\s`, `\d`
 *   and `\n` are the letters s, d, n, not classes);
 * - inside brackets a backslash is an ordinary character, and POSIX classes
 *   (`[[:space:]]`), collating symbols (`[[.-.]]`) and equivalence classes
 *   (`[[=a=]]`) are understood, as are BSD's `[[:<:]]` / `[[:>:]]`.
 *
 * Syntax errors carry `regerror`'s wording so messages match LLVM's
 * (`invalid regex: parentheses not balanced`).
 *
 * Known difference: JS picks the leftmost-first alternative while POSIX picks
 * the leftmost-longest match, so `{{a|ab}}` matches "a" here but "ab" in
 * LLVM. Match positions agree; only lengths and captures can differ.
 */

/** Result of a successful translation. */
export interface TranslatedRegex {
  /** JavaScript RegExp source (no flags needed beyond `i` for ignore-case). */
  source: string;
  /** Number of capturing groups the regex contributes (LLVM's `getNumMatches`). */
  groups: number;
}

/** A syntax error, with BSD `regerror` wording. */
export class RegexSyntaxError extends Error {}

const enum Err {
  Empty = "empty (sub)expression",
  BadRpt = "repetition-operator operand invalid",
  EParen = "parentheses not balanced",
  EBrace = "braces not balanced",
  EBrack = "brackets ([ ]) not balanced",
  BadBr = "invalid repetition count(s)",
  ERange = "invalid character range",
  ECType = "invalid character class",
  ECollate = "invalid collating element",
  EEscape = "trailing backslash (\\)",
  ESubReg = "invalid backreference number",
}

/** `RE_DUP_MAX` of BSD regcomp. */
const dupMax = 255;

/** POSIX character classes as JS class-body fragments (ASCII, C locale). */
const posixClasses: Record<string, string> = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  blank: " \\t",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: " \\t\\n\\r\\f\\v",
  upper: "A-Z",
  xdigit: "0-9A-Fa-f",
};

/** A few POSIX collating-element names; single characters need no name. */
const collatingNames: Record<string, string> = {
  NUL: "\0", tab: "\t", newline: "\n", "carriage-return": "\r", space: " ",
  "exclamation-mark": "!", "quotation-mark": '"', "number-sign": "#",
  "dollar-sign": "$", "percent-sign": "%", ampersand: "&", apostrophe: "'",
  "left-parenthesis": "(", "right-parenthesis": ")", asterisk: "*",
  "plus-sign": "+", comma: ",", hyphen: "-", "hyphen-minus": "-",
  period: ".", "full-stop": ".", slash: "/", solidus: "/", colon: ":",
  semicolon: ";", "less-than-sign": "<", "equals-sign": "=",
  "greater-than-sign": ">", "question-mark": "?", "commercial-at": "@",
  "left-square-bracket": "[", backslash: "\\", "reverse-solidus": "\\",
  "right-square-bracket": "]", circumflex: "^", "circumflex-accent": "^",
  underscore: "_", "low-line": "_", "grave-accent": "`",
  "left-brace": "{", "left-curly-bracket": "{", "vertical-line": "|",
  "right-brace": "}", "right-curly-bracket": "}", tilde: "~",
};

/** Escapes one character for use outside a JS character class. */
function escapeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x20 || c === 0x7f) return "\\x" + c.toString(16).padStart(2, "0");
  if ("\\^$.*+?()[]{}|/".includes(ch)) return "\\" + ch;
  return ch;
}

/** Escapes one character for use inside a JS character class. */
function escapeClassChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x20 || c === 0x7f) return "\\x" + c.toString(16).padStart(2, "0");
  if ("\\]^-[".includes(ch)) return "\\" + ch;
  return ch;
}

/** Escapes literal text so it matches itself (LLVM's `Regex::escape`). */
export function escapeLiteral(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += escapeChar(text[i]);
  return out;
}

/** JS source for `^` under `Regex::Newline`: start of region or after `\n`. */
export const lineStartAssertion = "(?<![^\\n])";
/** JS source for `$` under `Regex::Newline`: end of region or before `\n`. */
export const lineEndAssertion = "(?![^\\n])";

/**
 * Translates an LLVM regex to JS source. Back-references keep their
 * numbers, which (as in LLVM) refer to groups of the whole combined pattern,
 * but must name a group already closed within `re` itself.
 * @throws RegexSyntaxError on invalid syntax.
 */
export function translateRegex(re: string): TranslatedRegex {
  return new Translator(re).run();
}

/** Recursive-descent translator following BSD regcomp's ERE grammar. */
class Translator {
  /** The regex being translated. */
  private readonly re: string;
  /** Current read position. */
  private pos: number;
  /** Capturing groups opened so far. */
  private groups: number;
  /** Group numbers whose `)` has been seen (valid back-reference targets). */
  private readonly closed: Set<number>;

  constructor(re: string) {
    this.re = re;
    this.pos = 0;
    this.groups = 0;
    this.closed = new Set();
  }

  run(): TranslatedRegex {
    const source = this.alternation(false);
    if (this.pos < this.re.length) throw new RegexSyntaxError(Err.EParen);
    return { source, groups: this.groups };
  }

  /** ERE := branch ('|' branch)*; every branch must be non-empty. */
  private alternation(inGroup: boolean): string {
    const re = this.re;
    let out = "";
    for (;;) {
      const begin = this.pos;
      while (this.pos < re.length) {
        const c = re[this.pos];
        if (c === "|" || (c === ")" && inGroup)) break;
        out += this.piece();
      }
      if (this.pos === begin) throw new RegexSyntaxError(Err.Empty);
      if (this.pos < re.length && re[this.pos] === "|") {
        this.pos++;
        out += "|";
        continue;
      }
      return out;
    }
  }

  /** Whether a repetition operator starts at the current position. */
  private atRepetition(): boolean {
    const re = this.re;
    const c = re[this.pos];
    if (c === "*" || c === "+" || c === "?") return true;
    return c === "{" && this.pos + 1 < re.length && isDigit(re.charCodeAt(this.pos + 1));
  }

  /** piece := atom repetition? (a second repetition is an error). */
  private piece(): string {
    const re = this.re;
    const atomStart = this.pos;
    let atom = this.atom();
    if (this.pos >= re.length || !this.atRepetition()) return atom;
    if (re[atomStart] === "^") throw new RegexSyntaxError(Err.BadRpt);
    // Anchors translate to lookarounds; wrap so the quantifier applies cleanly.
    if (atom.startsWith("(?<!") || atom.startsWith("(?!")) atom = `(?:${atom})`;
    const c = re[this.pos++];
    let rep: string;
    if (c !== "{") {
      rep = c;
    } else {
      const lo = this.count();
      let hi = lo;
      let open = false;
      if (re[this.pos] === ",") {
        this.pos++;
        if (this.pos < re.length && isDigit(re.charCodeAt(this.pos))) {
          hi = this.count();
          if (lo > hi) throw new RegexSyntaxError(Err.BadBr);
        } else {
          open = true;
        }
      }
      if (re[this.pos] !== "}") {
        while (this.pos < re.length && re[this.pos] !== "}") this.pos++;
        throw new RegexSyntaxError(this.pos < re.length ? Err.BadBr : Err.EBrace);
      }
      this.pos++;
      rep = open ? `{${lo},}` : lo === hi ? `{${lo}}` : `{${lo},${hi}}`;
    }
    if (this.pos < re.length && this.atRepetition()) throw new RegexSyntaxError(Err.BadRpt);
    return atom + rep;
  }

  /** Decimal count of a bound, at most `RE_DUP_MAX`. */
  private count(): number {
    const re = this.re;
    let n = 0;
    let digits = 0;
    while (this.pos < re.length && isDigit(re.charCodeAt(this.pos)) && digits <= 3) {
      n = n * 10 + (re.charCodeAt(this.pos) - 48);
      this.pos++;
      digits++;
    }
    if (digits === 0 || n > dupMax) throw new RegexSyntaxError(Err.BadBr);
    return n;
  }

  private atom(): string {
    const re = this.re;
    const c = re[this.pos++];
    switch (c) {
      case "(": {
        if (this.pos >= re.length) throw new RegexSyntaxError(Err.EParen);
        const n = ++this.groups;
        const body = re[this.pos] === ")" ? "" : this.alternation(true);
        if (re[this.pos] !== ")") throw new RegexSyntaxError(Err.EParen);
        this.pos++;
        this.closed.add(n);
        return `(${body})`;
      }
      case ")":
        throw new RegexSyntaxError(Err.EParen);
      case "^":
        return lineStartAssertion;
      case "$":
        return lineEndAssertion;
      case "|":
        throw new RegexSyntaxError(Err.Empty);
      case "*":
      case "+":
      case "?":
        throw new RegexSyntaxError(Err.BadRpt);
      case ".":
        return "[^\\n]";
      case "[":
        return this.bracket();
      case "\\": {
        if (this.pos >= re.length) throw new RegexSyntaxError(Err.EEscape);
        const e = re[this.pos++];
        const code = e.charCodeAt(0);
        if (code >= 49 && code <= 57) {
          const n = code - 48;
          if (!this.closed.has(n)) throw new RegexSyntaxError(Err.ESubReg);
          // Grouped so a following digit is not read as part of the number.
          return `(?:\\${n})`;
        }
        return escapeChar(e);
      }
      case "{":
        if (this.pos < re.length && isDigit(re.charCodeAt(this.pos))) {
          throw new RegexSyntaxError(Err.BadRpt);
        }
        return "\\{";
      default:
        return escapeChar(c);
    }
  }

  /** bracket := '[' '^'? ']'? term* '-'? ']' (after the '['). */
  private bracket(): string {
    const re = this.re;
    // BSD's special case: the whole bracket `[[:<:]]` / `[[:>:]]`.
    if (re.startsWith("[:<:]]", this.pos)) {
      this.pos += 6;
      return "\\b(?=\\w)";
    }
    if (re.startsWith("[:>:]]", this.pos)) {
      this.pos += 6;
      return "\\b(?<=\\w)";
    }
    let negate = false;
    let body = "";
    if (re[this.pos] === "^") {
      negate = true;
      this.pos++;
    }
    if (re[this.pos] === "]") {
      body += "\\]";
      this.pos++;
    } else if (re[this.pos] === "-") {
      body += "\\-";
      this.pos++;
    }
    while (this.pos < re.length && re[this.pos] !== "]" && !re.startsWith("-]", this.pos)) {
      body += this.bracketTerm();
    }
    if (re[this.pos] === "-") {
      body += "\\-";
      this.pos++;
    }
    if (re[this.pos] !== "]") throw new RegexSyntaxError(Err.EBrack);
    this.pos++;
    // Under REG_NEWLINE a negated bracket never matches a newline.
    return negate ? `[^${body}\\n]` : `[${body}]`;
  }

  private bracketTerm(): string {
    const re = this.re;
    const c = re[this.pos];
    if (c === "-") throw new RegexSyntaxError(Err.ERange);
    const next = c === "[" ? re[this.pos + 1] : undefined;
    if (next === ":") {
      this.pos += 2;
      if (this.pos >= re.length) throw new RegexSyntaxError(Err.EBrack);
      const nameStart = this.pos;
      while (this.pos < re.length && isAlpha(re.charCodeAt(this.pos))) this.pos++;
      const name = re.slice(nameStart, this.pos);
      const cls = Object.prototype.hasOwnProperty.call(posixClasses, name)
        ? posixClasses[name]
        : undefined;
      if (cls === undefined) throw new RegexSyntaxError(Err.ECType);
      if (this.pos >= re.length) throw new RegexSyntaxError(Err.EBrack);
      if (!re.startsWith(":]", this.pos)) throw new RegexSyntaxError(Err.ECType);
      this.pos += 2;
      return cls;
    }
    if (next === "=") {
      this.pos += 2;
      const ch = this.collatingElement("=");
      return escapeClassChar(ch);
    }
    const start = this.bracketSymbol();
    let finish = start;
    if (re[this.pos] === "-" && this.pos + 1 < re.length && re[this.pos + 1] !== "]") {
      this.pos++;
      if (re[this.pos] === "-") {
        this.pos++;
        finish = "-";
      } else {
        finish = this.bracketSymbol();
      }
    }
    if (start.charCodeAt(0) > finish.charCodeAt(0)) throw new RegexSyntaxError(Err.ERange);
    if (start === finish) return escapeClassChar(start);
    return escapeClassChar(start) + "-" + escapeClassChar(finish);
  }

  /** A single character or a collating symbol `[.x.]`. */
  private bracketSymbol(): string {
    const re = this.re;
    if (re.startsWith("[.", this.pos)) {
      this.pos += 2;
      return this.collatingElement(".");
    }
    if (this.pos >= re.length) throw new RegexSyntaxError(Err.EBrack);
    return re[this.pos++];
  }

  /** Body of `[.x.]` or `[=x=]` up to and including the closing `end]`. */
  private collatingElement(end: string): string {
    const re = this.re;
    if (this.pos >= re.length) throw new RegexSyntaxError(Err.EBrack);
    const c = re[this.pos];
    if (end === "=" && (c === "-" || c === "]")) throw new RegexSyntaxError(Err.ECollate);
    const close = re.indexOf(end + "]", this.pos);
    if (close === -1) throw new RegexSyntaxError(Err.EBrack);
    const name = re.slice(this.pos, close);
    this.pos = close + 2;
    if (name.length === 1) return name;
    const ch = Object.prototype.hasOwnProperty.call(collatingNames, name)
      ? collatingNames[name]
      : undefined;
    if (ch === undefined) throw new RegexSyntaxError(Err.ECollate);
    return ch;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
