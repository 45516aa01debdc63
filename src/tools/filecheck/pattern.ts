/**
 * One check pattern: parsed from the text after a directive into either a
 * fixed string or a JS regex with substitution slots, then matched against
 * a region `[start, end)` of the input.
 *
 * Pattern grammar (LLVM's `Pattern::parsePattern`):
 * ```
 * pattern := (text | '{{' regex '}}' | '[[' block ']]')*
 * block   := NAME ':' regex      string variable definition
 *          | NAME                string variable use
 *          | '#' numeric         numeric block (see expression.ts)
 *          | '@LINE' ('+'|'-' N)?  legacy line expression
 * ```
 *
 * Matching slices the input to the region first. V8 makes `slice` of 13+
 * characters an O(1) view, and searching the slice bounds the work by the
 * region (an unbounded `indexOf` for a CHECK-NOT that never matches would
 * rescan to end of input for every check: quadratic). It also gives `^` and
 * `$` LLVM's meaning of matching at the region's ends.
 */

import { CheckKind } from "./check-type.js";
import { ParseError } from "./errors.js";
import {
  evaluate,
  formatValue,
  type NumericBlock,
  NumericVariable,
  OverflowError,
  parseNumericBlock,
  parseValue,
  scanVariableName,
  UndefinedVariableError,
  wildcardRegex,
} from "./expression.js";
import {
  escapeLiteral,
  lineEndAssertion,
  lineStartAssertion,
  RegexSyntaxError,
  translateRegex,
} from "./regex.js";
import type { SourceBuffer } from "./source.js";
import type { VariableContext } from "./variables.js";

/** Options that shape how patterns are compiled. */
export interface PatternOptions {
  readonly matchFullLines: boolean;
  readonly strictWhitespace: boolean;
  readonly ignoreCase: boolean;
  /** Record where variables were captured (for -v notes). */
  readonly captureRanges: boolean;
}

/** Where a variable was captured by the last match. */
export interface Capture {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** A `[[VAR]]` or `[[#expr]]` whose value is spliced in at match time. */
interface Substitution {
  /** Text shown in `with "..." equal to` notes: the name or expression. */
  readonly from: string;
  /** Offset of `from` in the pattern's buffer. */
  readonly offset: number;
  /** String variable name, or null for a numeric substitution. */
  readonly name: string | null;
  /** Numeric block, or null for a string substitution. */
  readonly numeric: NumericBlock | null;
}

/** An error found while matching (undefined variable, overflow). */
export interface MatchError {
  /** Offset in the pattern's buffer. */
  readonly offset: number;
  readonly message: string;
}

/** `match` result: no occurrence in the region. */
export const notFound = -1;
/** `match` result: the pattern could not be evaluated; see `errors`. */
export const matchFailed = -2;

/** LLVM limits same-line back-references to group 20. */
const backrefLimit = 20;

/** A compiled check pattern. */
export class Pattern {
  /** Directive kind that owns this pattern. */
  readonly kind: CheckKind;
  /** Required consecutive matches (`-COUNT-N`), else 1. */
  readonly count: number;
  /** Buffer holding the pattern text (check file or command line). */
  readonly buffer: SourceBuffer;
  /** Offset of the pattern text in `buffer`. */
  readonly loc: number;
  /** Check-file line of the directive (for `@LINE`), or null if implicit. */
  readonly lineNumber: number | null;
  /** `{LITERAL}` modifier: matched as plain text (also shown in messages). */
  literal: boolean;
  /** 1-based index among --implicit-check-not patterns, or 0 (for dump labels). */
  implicitIndex: number;
  /** Plain text to find, or null if a regex is needed. */
  fixed: string | null;
  /** LLVM-syntax form of the regex, used only to rank fuzzy matches. */
  llvmRegex: string;
  /** Regex source pieces, with substitution slots between them. */
  private readonly parts: (string | Substitution)[];
  /** Substitutions in `parts`, in order. */
  readonly substitutions: Substitution[];
  /** String variables defined by this pattern, with their group numbers. */
  private readonly stringDefs: Map<string, number>;
  /** Numeric variables defined by this pattern, with their group numbers. */
  private readonly numericDefs: { variable: NumericVariable; group: number }[];
  /** RegExp flags: `i` for --ignore-case, `d` when capture ranges are wanted. */
  private flags: string;
  /** Compiled regex when there are no substitutions, else the last one built. */
  private regex: RegExp | null;
  /** Source `regex` was compiled from, to reuse it while values repeat. */
  private regexSource: string;
  /** Length of the last successful match. */
  matchLen: number;
  /** Errors of the last `match` that returned `matchFailed`. */
  errors: MatchError[];
  /** Variables captured by the last match, by position (only with `d`). */
  captures: Capture[];

  constructor(
    kind: CheckKind,
    count: number,
    buffer: SourceBuffer,
    loc: number,
    lineNumber: number | null,
    ignoreCase: boolean,
  ) {
    this.kind = kind;
    this.count = count;
    this.buffer = buffer;
    this.loc = loc;
    this.lineNumber = lineNumber;
    this.literal = false;
    this.implicitIndex = 0;
    this.fixed = null;
    this.llvmRegex = "";
    this.parts = [];
    this.substitutions = [];
    this.stringDefs = new Map();
    this.numericDefs = [];
    this.flags = ignoreCase ? "i" : "";
    this.regex = null;
    this.regexSource = "";
    this.matchLen = 0;
    this.errors = [];
    this.captures = [];
  }

  /** Whether the pattern defines or uses variables (forbidden in CHECK-LABEL). */
  hasVariable(): boolean {
    return this.substitutions.length > 0 || this.stringDefs.size > 0;
  }

  /**
   * Parses the pattern text `buffer.text[loc, end)`.
   * @throws ParseError with an offset into `buffer`.
   */
  parse(
    end: number,
    prefix: string,
    literal: boolean,
    opts: PatternOptions,
    ctx: VariableContext,
  ): void {
    const text = this.buffer.text;
    this.literal = literal;
    const fullLines = opts.matchFullLines && this.kind !== CheckKind.Not;
    let stop = end;
    if (!(opts.strictWhitespace && opts.matchFullLines)) {
      while (stop > this.loc && (text[stop - 1] === " " || text[stop - 1] === "\t")) stop--;
    }
    const pat = text.slice(this.loc, stop);
    if (pat.length === 0 && this.kind !== CheckKind.Empty) {
      throw new ParseError(this.loc, `found empty check string with prefix '${prefix}:'`);
    }
    if (pat.length !== 0 && this.kind === CheckKind.Empty) {
      throw new ParseError(
        this.loc,
        `found non-empty check string for empty check with prefix '${prefix}:'`,
      );
    }
    if (this.kind === CheckKind.Empty) {
      // The newline ending the previous line, then an empty line; the match
      // is reported from just after that newline.
      this.parts.push("\\n" + lineEndAssertion);
      this.llvmRegex = "(\n$)";
      this.compileStatic();
      return;
    }
    if (literal || (!fullLines && (pat.length < 2 || (!pat.includes("{{") && !pat.includes("[["))))) {
      this.fixed = pat;
      if (opts.ignoreCase) {
        this.parts.push(escapeLiteral(pat));
        this.compileStatic();
      }
      return;
    }
    const blanks = opts.strictWhitespace ? "" : " *";
    if (fullLines) {
      this.parts.push(lineStartAssertion + blanks);
      this.llvmRegex += "^" + blanks;
    }
    let group = 1;
    let p = 0;
    while (p < pat.length) {
      if (pat.startsWith("{{", p)) {
        const close = pat.indexOf("}}", p + 2);
        if (close === -1) {
          throw new ParseError(this.loc + p, "found start of regex string with no end '}}'");
        }
        // Parenthesize so `a{{x|y}}b` stays a(x|y)b. LLVM tests the rest of
        // the whole line for '|', and the group counts toward back-reference
        // numbers, so the same test keeps numbering identical.
        const alternation = pat.indexOf("|", p) !== -1;
        if (alternation) {
          this.parts.push("(");
          this.llvmRegex += "(";
          group++;
        }
        group += this.addRegex(pat.slice(p + 2, close), this.loc + p + 2);
        if (alternation) {
          this.parts.push(")");
          this.llvmRegex += ")";
        }
        p = close + 2;
        continue;
      }
      if (pat.startsWith("[[", p) && !pat.startsWith("[[[", p)) {
        p = this.parseBlock(pat, p, ctx, () => group++, (n) => (group += n));
        continue;
      }
      let next = pat.length;
      const a = pat.indexOf("{{", p + 1);
      const b = pat.indexOf("[[", p + 1);
      if (a !== -1) next = a;
      if (b !== -1 && b < next) next = b;
      const lit = pat.slice(p, next);
      this.parts.push(escapeLiteral(lit));
      this.llvmRegex += lit.replace(/[()^$|*+?.[\]\\{}]/g, "\\$&");
      p = next;
    }
    if (fullLines) {
      this.parts.push(blanks + lineEndAssertion);
      this.llvmRegex += blanks + "$";
    }
    // Capture positions cost a slower regex mode; only notes need them:
    // -v, and CHECK-NOT failures (which always list captured variables).
    const defines = this.stringDefs.size > 0 || this.numericDefs.length > 0;
    if (defines && (opts.captureRanges || this.kind === CheckKind.Not)) this.flags += "d";
    if (this.substitutions.length === 0) this.compileStatic();
  }

  /** Appends a translated user regex; returns its number of groups. */
  private addRegex(re: string, offset: number): number {
    try {
      const t = translateRegex(re);
      this.parts.push(t.source);
      this.llvmRegex += re;
      return t.groups;
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw new ParseError(offset, `invalid regex: ${e.message}`);
      throw e;
    }
  }

  /**
   * Parses `[[...]]` at `pat[p]`; returns the index after it. `nextGroup`
   * allocates a capture group number, `addGroups` accounts for user groups.
   */
  private parseBlock(
    pat: string,
    p: number,
    ctx: VariableContext,
    nextGroup: () => number,
    addGroups: (n: number) => void,
  ): number {
    const bodyStart = p + 2;
    const close = findBlockEnd(pat, bodyStart, this.loc);
    if (close === -1) throw new ParseError(this.loc + p, "Invalid substitution block, no ]] found");
    let body = pat.slice(bodyStart, close);
    let bodyOffset = this.loc + bodyStart;
    let numeric = body.startsWith("#");
    if (numeric) {
      body = body.slice(1);
      bodyOffset++;
    }
    let legacyLine = false;
    let defName: string | null = null;
    let useName: string | null = null;
    let defRegex: string | null = null;
    let defRegexOffset = 0;
    let block: NumericBlock | null = null;
    if (!numeric) {
      const colon = body.indexOf(":");
      const head = colon === -1 ? body : body.slice(0, colon);
      const space = head.search(/[ \t]/);
      if (space !== -1) throw new ParseError(bodyOffset + space, "unexpected whitespace");
      const v = scanVariableName(body, 0, bodyOffset);
      if (colon !== -1) {
        if (v.pseudo || body[v.end] !== ":") {
          throw new ParseError(bodyOffset, "invalid name in string variable definition");
        }
        if (ctx.numeric.has(v.name)) {
          throw new ParseError(bodyOffset, `numeric variable with name '${v.name}' already exists`);
        }
        defName = v.name;
        defRegex = body.slice(v.end + 1);
        defRegexOffset = bodyOffset + v.end + 1;
      } else if (v.pseudo) {
        numeric = true;
        legacyLine = true;
      } else {
        if (v.end !== body.length) {
          throw new ParseError(bodyOffset, "invalid name in string variable use");
        }
        useName = v.name;
      }
    }
    let wildcard: string | null = null;
    if (numeric) {
      block = parseNumericBlock(body, bodyOffset, legacyLine, this.lineNumber, ctx);
      if (block.expr === null) wildcard = wildcardRegex(block.format);
    }
    const defining = defName !== null || (block !== null && block.defined !== null);
    if (defining) {
      this.parts.push("(");
      this.llvmRegex += "(";
      const g = nextGroup();
      if (block !== null && block.defined !== null) {
        this.numericDefs.push({ variable: block.defined, group: g });
        // Registered now so later patterns' uses bind to this variable.
        ctx.numeric.set(block.defined.name, block.defined);
      } else if (defName !== null) {
        this.stringDefs.set(defName, g);
        ctx.stringNames.add(defName);
      }
    }
    if (defRegex !== null && defRegex.length > 0) {
      addGroups(this.addRegex(defRegex, defRegexOffset));
    } else if (wildcard !== null) {
      this.parts.push(wildcard);
      this.llvmRegex += wildcard;
    }
    // A substitution slot goes inside the definition's group, if any.
    const slotIndex = this.parts.length;
    if (defining) {
      this.parts.push(")");
      this.llvmRegex += ")";
    }
    if (useName !== null && this.stringDefs.has(useName)) {
      // Defined earlier on this line: a back-reference to its group.
      const g = this.stringDefs.get(useName)!;
      if (g > backrefLimit) {
        throw new ParseError(bodyOffset, `Can't back-reference more than ${backrefLimit} variables`);
      }
      this.parts.push(`(?:\\${g})`);
      this.llvmRegex += `\\${g}`;
    } else if (useName !== null || (block !== null && block.expr !== null)) {
      const sub: Substitution = {
        from: useName ?? body,
        offset: bodyOffset,
        name: useName,
        numeric: useName === null ? block : null,
      };
      this.parts.splice(slotIndex, 0, sub);
      this.substitutions.push(sub);
    }
    return close + 2;
  }

  /** Compiles the regex once when no value is spliced in at match time. */
  private compileStatic(): void {
    let src = "";
    for (const part of this.parts) src += part as string;
    this.regexSource = src;
    this.regex = compile(src, this.flags, this.loc);
  }

  /** Builds the regex with current variable values; records errors. */
  private currentRegex(ctx: VariableContext): RegExp | null {
    if (this.substitutions.length === 0) return this.regex;
    if (this.lineNumber !== null) ctx.line.value = BigInt(this.lineNumber);
    let src = "";
    const errors: MatchError[] = [];
    for (const part of this.parts) {
      if (typeof part === "string") {
        src += part;
        continue;
      }
      try {
        src += escapeLiteral(substitutionValue(part, ctx));
      } catch (e) {
        if (e instanceof UndefinedVariableError) {
          for (const u of e.uses) errors.push({ offset: u.offset, message: `undefined variable: ${u.name}` });
        } else if (e instanceof OverflowError) {
          errors.push({
            offset: part.offset,
            message: "unable to substitute variable or numeric expression: overflow error",
          });
        } else {
          throw e;
        }
      }
    }
    if (errors.length > 0) {
      this.errors = errors;
      return null;
    }
    if (this.regex === null || src !== this.regexSource) {
      this.regexSource = src;
      this.regex = compile(src, this.flags, this.loc);
    }
    return this.regex;
  }

  /**
   * Finds the first match in `text[start, end)`. Returns its absolute
   * offset (length in `matchLen`), `notFound`, or `matchFailed` (see
   * `errors`). A match defines this pattern's variables in `ctx`.
   */
  match(text: string, start: number, end: number, ctx: VariableContext): number {
    if (this.kind === CheckKind.EOF) {
      this.matchLen = 0;
      return end;
    }
    const region = start === 0 && end === text.length ? text : text.slice(start, end);
    if (this.fixed !== null && this.regex === null) {
      const i = region.indexOf(this.fixed);
      if (i === -1) return notFound;
      this.matchLen = this.fixed.length;
      return start + i;
    }
    const re = this.currentRegex(ctx);
    if (re === null) return matchFailed;
    const m = re.exec(region);
    if (m === null) return notFound;
    for (const [name, g] of this.stringDefs) ctx.strings.set(name, m[g] ?? "");
    for (const d of this.numericDefs) {
      const s = m[d.group] ?? "";
      d.variable.value = parseValue(s, d.variable.format);
      d.variable.text = s;
      ctx.numeric.set(d.variable.name, d.variable);
    }
    if (m.indices !== undefined) this.recordCaptures(m.indices, start);
    // CHECK-EMPTY's match starts after the newline its regex consumed.
    const skip = this.kind === CheckKind.Empty ? 1 : 0;
    this.matchLen = m[0].length - skip;
    return start + m.index + skip;
  }

  private recordCaptures(indices: RegExpIndicesArray, start: number): void {
    const caps: Capture[] = [];
    const add = (name: string, g: number): void => {
      const r = indices[g];
      if (r !== undefined) caps.push({ name, start: start + r[0], end: start + r[1] });
    };
    for (const [name, g] of this.stringDefs) add(name, g);
    for (const d of this.numericDefs) add(d.variable.name, d.group);
    caps.sort((a, b) => a.start - b.start);
    this.captures = caps;
  }

  /**
   * `with "X" equal to "value"` notes for substitutions that currently have
   * a value (undefined ones are reported as errors instead).
   */
  substitutionNotes(ctx: VariableContext): string[] {
    const notes: string[] = [];
    if (this.lineNumber !== null) ctx.line.value = BigInt(this.lineNumber);
    for (const s of this.substitutions) {
      let value: string;
      try {
        value = substitutionValue(s, ctx);
      } catch {
        continue;
      }
      notes.push(`with "${escapeForNote(s.from)}" equal to ${quoteValue(value, s.name !== null)}`);
    }
    return notes;
  }
}

/** Current text of a substitution. @throws UndefinedVariableError, OverflowError */
function substitutionValue(s: Substitution, ctx: VariableContext): string {
  if (s.name !== null) {
    const v = ctx.strings.get(s.name);
    if (v === undefined) throw new UndefinedVariableError([{ name: s.name, offset: s.offset }]);
    return v;
  }
  const block = s.numeric!;
  return formatValue(evaluate(block.expr!), block.format);
}

function compile(source: string, flags: string, loc: number): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    // The translator should only emit valid JS; report rather than crash.
    throw new ParseError(loc, `invalid regex: ${(e as Error).message}`);
  }
}

/**
 * Index of the `]]` closing a block whose body starts at `p`, skipping
 * `[...]` nesting and backslash escapes; -1 if none. A stray `]` is an error.
 */
function findBlockEnd(pat: string, p: number, base: number): number {
  let depth = 0;
  let i = p;
  while (i < pat.length) {
    if (depth === 0 && pat.startsWith("]]", i)) return i;
    const c = pat[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "[") depth++;
    else if (c === "]") {
      if (depth === 0) {
        throw new ParseError(base + i, 'missing closing "]" for regex variable', false, 1);
      }
      depth--;
    }
    i++;
  }
  return -1;
}

/** Escapes like LLVM's `write_escaped`: backslash, quotes and non-printables. */
function escapeForNote(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) out += "\\\\";
    else if (c === 34) out += '\\"';
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c >= 32 && c < 127) out += s[i];
    else out += "\\" + c.toString(8).padStart(3, "0");
  }
  return out;
}

/** Quotes a substituted value; string values are escaped only if needed. */
function quoteValue(value: string, isString: boolean): string {
  if (!isString) return `"${value}"`;
  let needs = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c >= 127 || c === 34) {
      needs = true;
      break;
    }
  }
  return needs ? `"${escapeForNote(value)}" (escaped value)` : `"${value}"`;
}
