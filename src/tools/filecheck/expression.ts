/**
 * Numeric substitution blocks: `[[#%x,VAR:]]`, `[[#VAR+1]]`, `[[#add(A,B)]]`,
 * `[[#N2:N1+1]]`, `[[@LINE+1]]`, evaluated with BigInt so, like LLVM's
 * growing APInts, no intermediate result overflows.
 *
 * Grammar (after the `#`):
 * ```
 * block   := (format ',')? (name ':')? ('==')? expr?
 * format  := '%' '#'? ('.' digits)? ('u' | 'd' | 'x' | 'X')?
 * expr    := operand (('+' | '-') operand)*
 * operand := '(' expr ')' | name '(' expr (',' expr)* ')' | name | '-'? integer
 * ```
 */

import { ParseError } from "./errors.js";

/** How a numeric value is printed and matched. */
export const enum FormatKind {
  None,
  Unsigned,
  Signed,
  HexUpper,
  HexLower,
}

/** A matching format: kind, minimum digit count, and `0x` alternate form. */
export interface ExpressionFormat {
  readonly kind: FormatKind;
  readonly precision: number;
  readonly alternate: boolean;
}

const noFormat: ExpressionFormat = { kind: FormatKind.None, precision: 0, alternate: false };
const unsignedFormat: ExpressionFormat = {
  kind: FormatKind.Unsigned,
  precision: 0,
  alternate: false,
};

function sameFormat(a: ExpressionFormat, b: ExpressionFormat): boolean {
  return a.kind === b.kind && a.precision === b.precision && a.alternate === b.alternate;
}

function formatName(f: ExpressionFormat): string {
  switch (f.kind) {
    case FormatKind.Unsigned:
      return "%u";
    case FormatKind.Signed:
      return "%d";
    case FormatKind.HexUpper:
      return "%X";
    case FormatKind.HexLower:
      return "%x";
    default:
      return "<none>";
  }
}

/** JS regex source matching any value printed in `f`. */
export function wildcardRegex(f: ExpressionFormat): string {
  const prefix = f.alternate ? "0x" : "";
  // With a precision the value has at least that many digits (zero padded).
  const padded = (first: string, rest: string): string =>
    `${prefix}(?:${first}${rest}*)?${rest}{${f.precision}}`;
  switch (f.kind) {
    case FormatKind.Signed:
      return f.precision ? "-?" + padded("[1-9]", "[0-9]") : "-?[0-9]+";
    case FormatKind.HexUpper:
      return f.precision ? padded("[1-9A-F]", "[0-9A-F]") : prefix + "[0-9A-F]+";
    case FormatKind.HexLower:
      return f.precision ? padded("[1-9a-f]", "[0-9a-f]") : prefix + "[0-9a-f]+";
    default:
      return f.precision ? padded("[1-9]", "[0-9]") : "[0-9]+";
  }
}

/** Thrown when a value cannot be printed in its format (negative unsigned, division by zero). */
export class OverflowError extends Error {}

/** Thrown when evaluation reads variables without a value; lists each use. */
export class UndefinedVariableError extends Error {
  /** Each undefined use: variable name and its offset in the check buffer. */
  readonly uses: { name: string; offset: number }[];
  constructor(uses: { name: string; offset: number }[]) {
    super("undefined variable");
    this.uses = uses;
  }
}

/** Prints `value` in format `f` (LLVM's `getMatchingString`). @throws OverflowError */
export function formatValue(value: bigint, f: ExpressionFormat): string {
  const negative = value < 0n;
  if (negative && f.kind !== FormatKind.Signed) throw new OverflowError();
  const hex = f.kind === FormatKind.HexLower || f.kind === FormatKind.HexUpper;
  let digits = (negative ? -value : value).toString(hex ? 16 : 10);
  if (f.kind === FormatKind.HexUpper) digits = digits.toUpperCase();
  if (digits.length < f.precision) digits = "0".repeat(f.precision - digits.length) + digits;
  return (negative ? "-" : "") + (f.alternate ? "0x" : "") + digits;
}

/** Parses text matched by {@link wildcardRegex} back into a value. */
export function parseValue(text: string, f: ExpressionFormat): bigint {
  let s = text;
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  if (f.alternate && s.startsWith("0x")) s = s.slice(2);
  const hex = f.kind === FormatKind.HexLower || f.kind === FormatKind.HexUpper;
  const v = BigInt((hex ? "0x" : "") + (s === "" ? "0" : s));
  return negative ? -v : v;
}

/** A numeric variable: one object per definition site chain, shared by its uses. */
export class NumericVariable {
  /** Name including any `$` or `@` sigil. */
  readonly name: string;
  /** Format its values are printed in unless an expression says otherwise. */
  readonly format: ExpressionFormat;
  /** Check-file line of its definition, to reject uses on the same line. */
  readonly defLine: number | null;
  /** Current value, or null while undefined. */
  value: bigint | null;
  /** The input text the value was captured from, for diagnostics. */
  text: string | null;

  constructor(name: string, format: ExpressionFormat, defLine: number | null) {
    this.name = name;
    this.format = format;
    this.defLine = defLine;
    this.value = null;
    this.text = null;
  }
}

/** Expression tree node. */
export type ExpressionNode =
  | { readonly type: "literal"; readonly value: bigint; readonly text: string }
  | {
      readonly type: "variable";
      readonly variable: NumericVariable;
      readonly name: string;
      readonly offset: number;
    }
  | {
      readonly type: "binary";
      readonly op: BinaryOp;
      readonly left: ExpressionNode;
      readonly right: ExpressionNode;
      readonly text: string;
    };

/** Supported binary operations (operators and function calls). */
export type BinaryOp = "add" | "sub" | "mul" | "div" | "max" | "min";

/** Evaluates `node`. @throws UndefinedVariableError, OverflowError */
export function evaluate(node: ExpressionNode): bigint {
  const undefinedUses: { name: string; offset: number }[] = [];
  const value = evalNode(node, undefinedUses);
  if (undefinedUses.length > 0) throw new UndefinedVariableError(undefinedUses);
  return value;
}

function evalNode(node: ExpressionNode, undef: { name: string; offset: number }[]): bigint {
  switch (node.type) {
    case "literal":
      return node.value;
    case "variable":
      if (node.variable.value === null) {
        undef.push({ name: node.name, offset: node.offset });
        return 0n;
      }
      return node.variable.value;
    case "binary": {
      // Both sides are evaluated so every undefined variable is reported.
      const l = evalNode(node.left, undef);
      const r = evalNode(node.right, undef);
      if (undef.length > 0) return 0n;
      switch (node.op) {
        case "add":
          return l + r;
        case "sub":
          return l - r;
        case "mul":
          return l * r;
        case "div":
          if (r === 0n) throw new OverflowError();
          return l / r;
        case "max":
          return l > r ? l : r;
        case "min":
          return l < r ? l : r;
      }
    }
  }
}

/** Variable tables shared by all patterns of one FileCheck run. */
export interface NumericScope {
  /** Live numeric variables by name. */
  readonly numeric: Map<string, NumericVariable>;
  /** Names ever defined as string variables (a numeric one may not reuse them). */
  readonly stringNames: Set<string>;
  /** The `@LINE` pseudo variable, set before each match. */
  readonly line: NumericVariable;
}

/** A parsed numeric substitution block. */
export interface NumericBlock {
  /** Expression to substitute, or null for a bare definition `[[#VAR:]]`. */
  readonly expr: ExpressionNode | null;
  /** Format of the result and of any defined variable. */
  readonly format: ExpressionFormat;
  /** Variable defined by the block, if any. */
  readonly defined: NumericVariable | null;
}

/** Result of scanning a variable name (LLVM's `parseVariable`). */
export interface VariableName {
  readonly name: string;
  readonly pseudo: boolean;
  /** Index just past the name. */
  readonly end: number;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Scans a variable name at `text[pos]`: optional `$` (global) or `@`
 * (pseudo), then `[A-Za-z_][A-Za-z0-9_]*`.
 * @param base offset of `text[0]` in the check buffer, for error locations.
 * @throws ParseError
 */
export function scanVariableName(text: string, pos: number, base: number): VariableName {
  if (pos >= text.length) throw new ParseError(base + pos, "empty variable name", true);
  let i = pos;
  const pseudo = text[i] === "@";
  if (text[i] === "$" || pseudo) i++;
  if (i >= text.length) {
    throw new ParseError(base + i, `empty ${pseudo ? "pseudo " : "global "}variable name`, true);
  }
  const c = text.charCodeAt(i);
  if (!(c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
    throw new ParseError(base + pos, "invalid variable name", true);
  }
  i++;
  while (i < text.length && (text.charCodeAt(i) === 95 || isAlnum(text.charCodeAt(i)))) i++;
  return { name: text.slice(pos, i), pseudo, end: i };
}

/**
 * Parses the text of a numeric block (after `#`, or a legacy `@LINE+N`).
 * `text` sits at offset `base` of the check buffer. Definitions are entered
 * into `scope` now so later patterns' uses bind to the same variable object.
 * @throws ParseError
 */
export function parseNumericBlock(
  text: string,
  base: number,
  legacyLine: boolean,
  lineNumber: number | null,
  scope: NumericScope,
): NumericBlock {
  return new BlockParser(text, base, legacyLine, lineNumber, scope).block();
}

/** Recursive-descent parser for one numeric block. */
class BlockParser {
  private readonly text: string;
  private readonly base: number;
  private readonly legacy: boolean;
  private readonly lineNumber: number | null;
  private readonly scope: NumericScope;
  private pos: number;
  /** Exclusive end of the expression being parsed. */
  private end: number;

  constructor(
    text: string,
    base: number,
    legacy: boolean,
    lineNumber: number | null,
    scope: NumericScope,
  ) {
    this.text = text;
    this.base = base;
    this.legacy = legacy;
    this.lineNumber = lineNumber;
    this.scope = scope;
    this.pos = 0;
    this.end = text.length;
  }

  private fail(at: number, message: string): never {
    throw new ParseError(this.base + at, message, true);
  }

  private skipSpaces(): void {
    const t = this.text;
    while (this.pos < this.end && (t[this.pos] === " " || t[this.pos] === "\t")) this.pos++;
  }

  block(): NumericBlock {
    const t = this.text;
    let explicit: ExpressionFormat | null = null;
    let precision = 0;
    const comma = t.indexOf(",");
    const paren = t.indexOf("(");
    if (comma !== -1 && (paren === -1 || comma < paren)) {
      explicit = this.formatSpec(comma);
      precision = explicit.precision;
      this.pos = comma + 1;
    }
    let defStart = -1;
    let defEnd = -1;
    const colon = t.indexOf(":", this.pos);
    if (colon !== -1) {
      defStart = this.pos;
      defEnd = colon;
      this.pos = colon + 1;
    }
    this.skipSpaces();
    const constraint = t.startsWith("==", this.pos);
    if (constraint) this.pos += 2;
    this.skipSpaces();
    let expr: ExpressionNode | null = null;
    if (this.pos >= t.length) {
      if (constraint) this.fail(this.pos, "empty numeric expression should not have a constraint");
    } else {
      let e = t.length;
      while (e > this.pos && (t[e - 1] === " " || t[e - 1] === "\t")) e--;
      this.end = e;
      const exprStart = this.pos;
      expr = this.operand(this.legacy ? "line" : "any", !constraint);
      while (this.pos < this.end) {
        expr = this.binop(exprStart, expr);
        if (this.legacy && this.pos < this.end) {
          this.fail(
            this.pos,
            `unexpected characters at end of expression '${t.slice(this.pos, this.end)}'`,
          );
        }
      }
    }
    let format = explicit ?? (expr ? this.implicitFormat(expr) : noFormat);
    if (format.kind === FormatKind.None) {
      format = { kind: FormatKind.Unsigned, precision, alternate: false };
    }
    let defined: NumericVariable | null = null;
    if (defStart !== -1) defined = this.definition(defStart, defEnd, format);
    return { expr, format, defined };
  }

  private formatSpec(end: number): ExpressionFormat {
    const t = this.text;
    let i = 0;
    while (i < end && (t[i] === " " || t[i] === "\t")) i++;
    let e = end;
    while (e > i && (t[e - 1] === " " || t[e - 1] === "\t")) e--;
    if (t[i] !== "%") this.fail(i, "invalid matching format specification in expression");
    i++;
    const altAt = i;
    const alternate = t[i] === "#";
    if (alternate) i++;
    let precision = 0;
    if (t[i] === ".") {
      i++;
      const s = i;
      while (i < e && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
      if (i === s) this.fail(i, "invalid precision in format specifier");
      precision = Number(t.slice(s, i));
    }
    let kind = FormatKind.None;
    if (i < e) {
      switch (t[i]) {
        case "u":
          kind = FormatKind.Unsigned;
          break;
        case "d":
          kind = FormatKind.Signed;
          break;
        case "x":
          kind = FormatKind.HexLower;
          break;
        case "X":
          kind = FormatKind.HexUpper;
          break;
        default:
          this.fail(i, "invalid format specifier in expression");
      }
      i++;
    }
    if (alternate && kind !== FormatKind.HexLower && kind !== FormatKind.HexUpper) {
      this.fail(altAt, "alternate form only supported for hex values");
    }
    if (i < e) this.fail(i, "invalid matching format specification in expression");
    return { kind, precision, alternate };
  }

  private definition(start: number, end: number, format: ExpressionFormat): NumericVariable {
    const t = this.text.slice(0, end);
    let i = start;
    while (i < end && (t[i] === " " || t[i] === "\t")) i++;
    const v = scanVariableName(t, i, this.base);
    if (v.pseudo) this.fail(i, "definition of pseudo numeric variable unsupported");
    if (this.scope.stringNames.has(v.name)) {
      this.fail(i, `string variable with name '${v.name}' already exists`);
    }
    let j = v.end;
    while (j < end && (t[j] === " " || t[j] === "\t")) j++;
    if (j < end) this.fail(j, "unexpected characters after numeric variable name");
    const existing = this.scope.numeric.get(v.name);
    if (existing !== undefined) {
      if (!sameFormat(existing.format, format)) {
        this.fail(end, "format different from previous variable definition");
      }
      return existing;
    }
    return new NumericVariable(v.name, format, this.lineNumber);
  }

  private implicitFormat(node: ExpressionNode): ExpressionFormat {
    switch (node.type) {
      case "literal":
        return noFormat;
      case "variable":
        return node.variable.format;
      case "binary": {
        const l = this.implicitFormat(node.left);
        const r = this.implicitFormat(node.right);
        if (l.kind !== FormatKind.None && r.kind !== FormatKind.None && !sameFormat(l, r)) {
          throw new ParseError(
            this.base,
            `implicit format conflict between '${exprText(node.left)}' (${formatName(l)}) and ` +
              `'${exprText(node.right)}' (${formatName(r)}), need an explicit format specifier`,
            true,
          );
        }
        return l.kind !== FormatKind.None ? l : r;
      }
    }
  }

  /** operand; `allowed` narrows what legacy `@LINE` expressions accept. */
  private operand(allowed: "any" | "line" | "literal", maybeBadConstraint: boolean): ExpressionNode {
    const t = this.text;
    if (t[this.pos] === "(") {
      if (allowed !== "any") this.fail(this.pos, "parenthesized expression not permitted here");
      return this.parenExpr();
    }
    if (allowed !== "literal") {
      let v: VariableName | null = null;
      try {
        v = scanVariableName(t.slice(0, this.end), this.pos, this.base);
      } catch (e) {
        if (allowed === "line") throw e;
      }
      if (v !== null) {
        const start = this.pos;
        this.pos = v.end;
        const save = this.pos;
        this.skipSpaces();
        if (t[this.pos] === "(") {
          if (allowed !== "any") this.fail(start, "unexpected function call");
          return this.call(v.name, start);
        }
        this.pos = save;
        return this.variableUse(v, start);
      }
    }
    const start = this.pos;
    let i = this.pos;
    const negative = t[i] === "-";
    if (negative) i++;
    const lit = scanInteger(t, i, this.end, allowed === "literal" ? 10 : 0);
    if (lit === null) {
      this.fail(start, `invalid ${maybeBadConstraint ? "matching constraint or " : ""}operand format`);
    }
    this.pos = lit.end;
    return {
      type: "literal",
      value: negative ? -lit.value : lit.value,
      text: t.slice(start, lit.end),
    };
  }

  private variableUse(v: VariableName, start: number): ExpressionNode {
    if (v.pseudo && v.name !== "@LINE") {
      this.fail(start, `invalid pseudo numeric variable '${v.name}'`);
    }
    let variable = v.name === "@LINE" ? this.scope.line : this.scope.numeric.get(v.name);
    if (variable === undefined) {
      // Not defined (yet): a placeholder keeps parsing going; matching then
      // reports the use as undefined, as LLVM does.
      variable = new NumericVariable(v.name, unsignedFormat, null);
      this.scope.numeric.set(v.name, variable);
    }
    if (
      variable.defLine !== null &&
      this.lineNumber !== null &&
      variable.defLine === this.lineNumber &&
      v.name !== "@LINE"
    ) {
      this.fail(start, `numeric variable '${v.name}' defined earlier in the same CHECK directive`);
    }
    return { type: "variable", variable, name: v.name, offset: this.base + start };
  }

  private binop(exprStart: number, left: ExpressionNode): ExpressionNode {
    const t = this.text;
    this.skipSpaces();
    if (this.pos >= this.end) return left;
    const opAt = this.pos;
    const op = t[this.pos++];
    if (op !== "+" && op !== "-") this.fail(opAt, `unsupported operation '${op}'`);
    this.skipSpaces();
    if (this.pos >= this.end) this.fail(this.pos, "missing operand in expression");
    const right = this.operand(this.legacy ? "literal" : "any", false);
    return {
      type: "binary",
      op: op === "+" ? "add" : "sub",
      left,
      right,
      text: t.slice(exprStart, this.pos),
    };
  }

  private parenExpr(): ExpressionNode {
    const t = this.text;
    this.pos++; // '('
    this.skipSpaces();
    if (this.pos >= this.end) this.fail(this.pos, "missing operand in expression");
    const start = this.pos;
    let e = this.operand("any", false);
    this.skipSpaces();
    while (this.pos < this.end && t[this.pos] !== ")") {
      e = this.binop(start, e);
      this.skipSpaces();
    }
    if (t[this.pos] !== ")") this.fail(this.pos, "missing ')' at end of nested expression");
    this.pos++;
    return e;
  }

  private call(name: string, nameAt: number): ExpressionNode {
    const t = this.text;
    const ops: Record<string, BinaryOp> = {
      add: "add", sub: "sub", mul: "mul", div: "div", max: "max", min: "min",
    };
    const op = Object.prototype.hasOwnProperty.call(ops, name) ? ops[name] : undefined;
    if (op === undefined) this.fail(nameAt, `call to undefined function '${name}'`);
    this.pos++; // '('
    this.skipSpaces();
    const args: ExpressionNode[] = [];
    while (this.pos < this.end && t[this.pos] !== ")") {
      if (t[this.pos] === ",") this.fail(this.pos, "missing argument");
      const argStart = this.pos;
      let arg = this.operand("any", false);
      for (;;) {
        this.skipSpaces();
        if (this.pos >= this.end || t[this.pos] === "," || t[this.pos] === ")") break;
        arg = this.binop(argStart, arg);
      }
      args.push(arg);
      this.skipSpaces();
      if (t[this.pos] !== ",") break;
      this.pos++;
      this.skipSpaces();
      if (t[this.pos] === ")") this.fail(this.pos, "missing argument");
    }
    if (t[this.pos] !== ")") this.fail(this.pos, "missing ')' at end of call expression");
    this.pos++;
    if (args.length !== 2) {
      this.fail(nameAt, `function '${name}' takes 2 arguments but ${args.length} given`);
    }
    return { type: "binary", op, left: args[0], right: args[1], text: t.slice(nameAt, this.pos) };
  }
}

function exprText(node: ExpressionNode): string {
  return node.type === "variable" ? node.name : node.text;
}

/**
 * Scans an unsigned integer; radix 0 auto-detects `0x`, `0b`, `0o` and a
 * leading `0` (octal) like LLVM's `consumeInteger`.
 */
function scanInteger(
  t: string,
  pos: number,
  end: number,
  radix: number,
): { value: bigint; end: number } | null {
  let i = pos;
  let r = radix;
  if (r === 0) {
    const two = t.slice(i, i + 2).toLowerCase();
    if (two === "0x") {
      r = 16;
      i += 2;
    } else if (two === "0b") {
      r = 2;
      i += 2;
    } else if (two === "0o") {
      r = 8;
      i += 2;
    } else if (t[i] === "0" && i + 1 < end && /[0-9]/.test(t[i + 1])) {
      r = 8;
      i += 1;
    } else {
      r = 10;
    }
  }
  const digitsStart = i;
  let value = 0n;
  const big = BigInt(r);
  while (i < end) {
    const d = parseInt(t[i], 36);
    if (Number.isNaN(d) || d >= r) break;
    value = value * big + BigInt(d);
    i++;
  }
  if (i === digitsStart) return null;
  return { value, end: i };
}
