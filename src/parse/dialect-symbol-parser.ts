import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { OpaqueAttr } from "../dialects/builtin/attributes/opaque-attr.js";
import { OpaqueType } from "../dialects/builtin/types/opaque-type.js";
import { printType } from "../print/attribute-printer.js";
import { Ch } from "./char-codes.js";
import type { ParserState } from "./parser-state.js";
import { Tok } from "./token.js";
import { AsmParserImpl } from "./custom-op-parser.js";
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
 * Returns the offset just past the matching `>`. Errors point at the `<`:
 * MLIR reports them at the token where the scan began.
 */
/**
 * Open punctuation of the body being scanned, as a typed-array stack with
 * its own depth counter: bodies are scanned on every dialect attribute, and
 * `array.length = 0` would drop and reallocate a plain array's storage.
 */
let stackBuf = new Int32Array(64);
let depth = 0;

function push(c: number): void {
  if (depth === stackBuf.length) {
    const n = new Int32Array(depth * 2);
    n.set(stackBuf);
    stackBuf = n;
  }
  stackBuf[depth++] = c;
}

function top(): number {
  return depth > 0 ? stackBuf[depth - 1]! : -1;
}

function unbalanced(p: ParserState, at: number): never {
  const c = top();
  depth = 0;
  return p.error(`unbalanced '${String.fromCharCode(c)}' character in pretty dialect name`, at);
}

function scanSymbolBody(p: ParserState, start: number): number {
  const text = p.source.text;
  const limit = p.lex.limit;
  depth = 0;
  let i = start;
  do {
    if (i >= limit) {
      if (depth > 0) unbalanced(p, start);
      p.error("unexpected nul or EOF in pretty dialect name", start);
    }
    const c = text.charCodeAt(i++);
    switch (c) {
      case Ch.Less:
      case Ch.LBracket:
      case Ch.LParen:
      case Ch.LBrace:
        push(c);
        continue;
      case Ch.Minus:
        if (text.charCodeAt(i) === Ch.Greater) i++;
        continue;
      case Ch.Greater:
        if (top() !== Ch.Less) unbalanced(p, start);
        depth--;
        break;
      case Ch.RBracket:
        if (top() !== Ch.LBracket) unbalanced(p, start);
        depth--;
        break;
      case Ch.RParen:
        if (top() !== Ch.LParen) unbalanced(p, start);
        depth--;
        break;
      case Ch.RBrace:
        if (top() !== Ch.LBrace) unbalanced(p, start);
        depth--;
        break;
      case Ch.DoubleQuote:
        // Let the lexer skip the string (and report a bad one).
        p.lex.resetTo(i - 1);
        if (p.tok() !== Tok.String) p.error("expected string in pretty dialect name", i - 1);
        i = p.lex.end;
        break;
      case 0:
        if (depth > 0) unbalanced(p, start);
        p.error("unexpected nul or EOF in pretty dialect name", start);
        break;
      default:
        continue;
    }
  } while (depth > 0);
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
  // The pieces are interned, not sliced: dialect attributes such as
  // `#arith.overflow<none>` repeat on every operation of large inputs.
  let dot = text.indexOf(".", idStart);
  if (dot >= idEnd) dot = -1;
  lex.next();
  const isPretty = dot >= 0;
  const hasTrailingData = lex.kind === Tok.Less && lex.start === idEnd;
  if (!hasTrailingData && !isPretty) {
    out.alias = p.internSpan(idStart, idEnd);
    return null;
  }
  const dialect = p.internSpan(idStart, isPretty ? dot : idEnd);
  if (!isPretty) {
    const end = scanSymbolBody(p, idEnd);
    lex.resetTo(end);
    return { dialect, data: p.internSpan(idEnd + 1, end - 1), offset: idStart - 1 };
  }
  const dataStart = dot + 1;
  if (hasTrailingData) {
    const end = scanSymbolBody(p, idEnd);
    lex.resetTo(end);
    return { dialect, data: p.internSpan(dataStart, end), offset: dataStart };
  }
  return { dialect, data: p.internSpan(dataStart, idEnd), offset: dataStart };
}

/**
 * `#dialect.mnemonic...` / `!dialect.mnemonic...` of a loaded dialect with a
 * parse hook: the hook parses from the main lexer, just after the
 * `#dialect.mnemonic` token (MLIR's `DialectAsmParser`). Null when the
 * token is not such a reference (the caller goes on with aliases and
 * opaque symbols).
 */
function parseHookedSymbol(p: ParserState, isAttr: boolean, type: TypeAttribute | null): Attribute | null {
  const lex = p.lex;
  const text = p.source.text;
  const idStart = lex.start + 1;
  const idEnd = lex.end;
  const dot = text.indexOf(".", idStart);
  if (dot < 0 || dot >= idEnd) return parseVerboseHookedSymbol(p, isAttr, type);
  const dialect = p.ctx.getDialect(p.internSpan(idStart, dot));
  if (dialect === undefined) return null;
  const hook = isAttr ? dialect.hooks.parseAttribute : dialect.hooks.parseType;
  if (hook === undefined) return null;
  const mnemonic = p.internSpan(dot + 1, idEnd);
  lex.next();
  const parser = new AsmParserImpl(p, null, dot + 1);
  if (isAttr) {
    let attrType = type;
    const attr = dialect.hooks.parseAttribute!(parser, mnemonic, attrType);
    return attr;
  }
  return dialect.hooks.parseType!(parser, mnemonic);
}

/**
 * `#dialect<mnemonic ...>` / `!dialect<mnemonic ...>` of a loaded dialect
 * with a parse hook: the verbose form, which MLIR prints when the text after
 * the mnemonic is not `<...>` (`#index<cmp_predicate slt>`). The hook parses
 * what follows the mnemonic, then the closing `>` must come. Null when the
 * token is not such a reference (no hook, or no identifier after `<`).
 */
function parseVerboseHookedSymbol(p: ParserState, isAttr: boolean, type: TypeAttribute | null): Attribute | null {
  const lex = p.lex;
  const text = p.source.text;
  const idStart = lex.start + 1;
  const idEnd = lex.end;
  if (text.charCodeAt(idEnd) !== Ch.Less) return null;
  const c = text.charCodeAt(idEnd + 1);
  if (!((c >= Ch.a && c <= Ch.z) || (c >= Ch.A && c <= Ch.Z) || c === Ch.Underscore)) return null;
  const dialect = p.ctx.getDialect(p.internSpan(idStart, idEnd));
  if (dialect === undefined) return null;
  const hook = isAttr ? dialect.hooks.parseAttribute : dialect.hooks.parseType;
  if (hook === undefined) return null;
  lex.next();
  lex.next();
  // The mnemonic: an identifier or keyword token (its first character was checked).
  const mnemonic = p.internSpan(lex.start, lex.end);
  const mnemonicOffset = lex.start;
  lex.next();
  const parser = new AsmParserImpl(p, null, mnemonicOffset);
  const result = isAttr ? dialect.hooks.parseAttribute!(parser, mnemonic, type) : dialect.hooks.parseType!(parser, mnemonic);
  p.expect(Tok.Greater, "expected '>'");
  return result;
}

const unregisteredSuffix =
  "created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used";

/**
 * extended-type ::= `!` alias-name | `!` dialect `.` body | `!` dialect `<` data `>`
 */
export function parseDialectType(p: ParserState): TypeAttribute {
  const hooked = parseHookedSymbol(p, false, null);
  if (hooked !== null) return hooked as TypeAttribute;
  const out = { alias: "" };
  const sym = parseExtendedSymbol(p, out);
  if (sym === null) {
    const t = p.typeAliases.get(out.alias);
    if (t === undefined) p.wrongToken(`undefined symbol alias id '${out.alias}'`);
    return t;
  }
  const dialect = p.ctx.getDialect(sym.dialect);
  if (dialect !== undefined && dialect.hooks.parseType !== undefined) {
    p.error(`dialect '${sym.dialect}' types must be written in the pretty form (!${sym.dialect}.mnemonic<...>)`, sym.offset);
  }
  if (!p.ctx.allowUnregisteredDialects && dialect === undefined) {
    p.error(`\`!"${sym.dialect}"<"${sym.data}">\` type ${unregisteredSuffix}`, sym.offset);
  }
  return OpaqueType.get(p.ctx, sym.dialect, sym.data);
}

/**
 * extended-attribute ::= `#` alias-name
 *                      | `#` dialect `.` body (`:` type)?
 *                      | `#` dialect `<` data `>` (`:` type)?
 */
export function parseExtendedAttr(p: ParserState, type: TypeAttribute | null): Attribute {
  const hooked = parseHookedSymbol(p, true, type);
  if (hooked !== null) return hooked;
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
    p.error(`dialect '${sym.dialect}' attributes must be written in the pretty form (#${sym.dialect}.mnemonic<...>)`, sym.offset);
  }
  if (!p.ctx.allowUnregisteredDialects && dialect === undefined) {
    const t = attrType === null ? "none" : printType(attrType);
    p.error(`#"${sym.dialect}"<"${sym.data}"> : '${t}' attribute ${unregisteredSuffix}`, sym.offset);
  }
  return OpaqueAttr.get(p.ctx, sym.dialect, sym.data, attrType);
}
