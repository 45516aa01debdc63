import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { OpaqueAttr } from "../dialects/builtin/attributes/opaque-attr.js";
import { OpaqueType } from "../dialects/builtin/types/opaque-type.js";
import { printType } from "../print/attribute-printer.js";
import { Ch } from "./char-codes.js";
import type { ParserState } from "./parser-state.js";
import { Tok } from "./token.js";
import { parseType } from "./type-parser.js";

/** A parsed `#dialect.body` / `!dialect<body>` reference, before dispatch. */
interface DialectSymbol {
  /** Dialect namespace. */
  dialect: string;
  /** The symbol data: `bar<1>` for `!foo.bar<1>`, `"x"` for `!foo<"x">`. */
  data: string;
  /** Offset of the data (where errors about it point). */
  offset: number;
}

/**
 * Scans a pretty dialect symbol body starting at the `<` at `start`:
 * balanced `<>`, `[]`, `()`, `{}` with strings skipped, `->` not closing.
 * Returns the offset just past the matching `>`.
 */
function scanSymbolBody(p: ParserState, start: number): number {
  const text = p.source.text;
  const limit = p.lex.limit;
  const stack: number[] = [];
  let i = start;
  const unbalanced = (at: number): never =>
    p.error(`unbalanced '${String.fromCharCode(stack[stack.length - 1]!)}' character in pretty dialect name`, at);
  do {
    if (i >= limit) {
      if (stack.length > 0) unbalanced(i);
      p.error("unexpected nul or EOF in pretty dialect name", i);
    }
    const c = text.charCodeAt(i++);
    switch (c) {
      case Ch.Less:
      case Ch.LBracket:
      case Ch.LParen:
      case Ch.LBrace:
        stack.push(c);
        continue;
      case Ch.Minus:
        if (text.charCodeAt(i) === Ch.Greater) i++;
        continue;
      case Ch.Greater:
        if (stack[stack.length - 1] !== Ch.Less) unbalanced(i - 1);
        stack.pop();
        break;
      case Ch.RBracket:
        if (stack[stack.length - 1] !== Ch.LBracket) unbalanced(i - 1);
        stack.pop();
        break;
      case Ch.RParen:
        if (stack[stack.length - 1] !== Ch.LParen) unbalanced(i - 1);
        stack.pop();
        break;
      case Ch.RBrace:
        if (stack[stack.length - 1] !== Ch.LBrace) unbalanced(i - 1);
        stack.pop();
        break;
      case Ch.DoubleQuote:
        // Let the lexer skip the string (and report a bad one).
        p.lex.resetTo(i - 1);
        if (p.tok() !== Tok.String) p.error("expected string in pretty dialect name", i - 1);
        i = p.lex.end;
        break;
      case 0:
        if (stack.length > 0) unbalanced(i - 1);
        p.error("unexpected nul or EOF in pretty dialect name", i - 1);
        break;
      default:
        continue;
    }
  } while (stack.length > 0);
  return i;
}

/**
 * Parses the `#...`/`!...` token and what follows it. Returns null for an
 * alias reference (the name, without a dot and a `<`), after consuming it;
 * `aliasName` receives the name.
 */
function parseExtendedSymbol(p: ParserState, out: { alias: string }): DialectSymbol | null {
  const lex = p.lex;
  const text = p.source.text;
  const idStart = lex.start + 1;
  const idEnd = lex.end;
  const identifier = text.slice(idStart, idEnd);
  lex.next();
  const dot = identifier.indexOf(".");
  const dialect = dot < 0 ? identifier : identifier.slice(0, dot);
  const isPretty = dot >= 0;
  const hasTrailingData = lex.kind === Tok.Less && lex.start === idEnd;
  if (!hasTrailingData && !isPretty) {
    out.alias = identifier;
    return null;
  }
  if (!isPretty) {
    const end = scanSymbolBody(p, idEnd);
    lex.resetTo(end);
    return { dialect, data: text.slice(idEnd + 1, end - 1), offset: idEnd };
  }
  const dataStart = idStart + dot + 1;
  if (hasTrailingData) {
    const end = scanSymbolBody(p, idEnd);
    lex.resetTo(end);
    return { dialect, data: text.slice(dataStart, end), offset: dataStart };
  }
  return { dialect, data: text.slice(dataStart, idEnd), offset: dataStart };
}

const unregisteredSuffix =
  "created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used";

/**
 * extended-type ::= `!` alias-name | `!` dialect `.` body | `!` dialect `<` data `>`
 */
export function parseDialectType(p: ParserState): TypeAttribute {
  const out = { alias: "" };
  const sym = parseExtendedSymbol(p, out);
  if (sym === null) {
    const t = p.typeAliases.get(out.alias);
    if (t === undefined) p.wrongToken(`undefined symbol alias id '${out.alias}'`);
    return t;
  }
  const dialect = p.ctx.getDialect(sym.dialect);
  if (dialect !== undefined && dialect.hooks.parseType !== undefined) {
    p.error(`dialect '${sym.dialect}' type parsing is not supported yet`, sym.offset);
  }
  if (!p.ctx.allowUnregisteredDialects && dialect === undefined) {
    p.error(`!${sym.dialect}<"${sym.data}"> type ${unregisteredSuffix}`, sym.offset);
  }
  return OpaqueType.get(p.ctx, sym.dialect, sym.data);
}

/**
 * extended-attribute ::= `#` alias-name
 *                      | `#` dialect `.` body (`:` type)?
 *                      | `#` dialect `<` data `>` (`:` type)?
 */
export function parseExtendedAttr(p: ParserState, type: TypeAttribute | null): Attribute {
  const out = { alias: "" };
  const sym = parseExtendedSymbol(p, out);
  if (sym === null) {
    const a = p.attrAliases.get(out.alias);
    if (a === undefined) p.wrongToken(`undefined symbol alias id '${out.alias}'`);
    return a;
  }
  let attrType = type;
  if (p.consumeIf(Tok.Colon)) attrType = parseType(p);
  const dialect = p.ctx.getDialect(sym.dialect);
  if (dialect !== undefined && dialect.hooks.parseAttribute !== undefined) {
    p.error(`dialect '${sym.dialect}' attribute parsing is not supported yet`, sym.offset);
  }
  if (!p.ctx.allowUnregisteredDialects && dialect === undefined) {
    const t = attrType === null ? "none" : printType(attrType);
    p.error(`#${sym.dialect}<"${sym.data}"> : ${t} attribute ${unregisteredSuffix}`, sym.offset);
  }
  return OpaqueAttr.get(p.ctx, sym.dialect, sym.data, attrType);
}
