import type { LocationAttr } from "../ir/location.js";
import { CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, UnknownLoc } from "../dialects/builtin/attributes/locations.js";
import { StringAttr } from "../dialects/builtin/attributes/string-attr.js";
import { LocationAttr as LocationBase } from "../ir/location.js";
import type { Attribute } from "../ir/attribute.js";
import { printAttribute } from "../print/attribute-printer.js";
import { parseAttribute } from "./attribute-parser.js";
import { parseExtendedAttr } from "./dialect-symbol-parser.js";
import type { ParserState } from "./parser-state.js";
import { Tok } from "./token.js";

/**
 * location-inst ::= `unknown` | filelinecol | name-loc | callsite | fused
 *                 | attribute-alias
 * (the part inside `loc(...)`).
 */
export function parseLocationInstance(p: ParserState): LocationAttr {
  if (p.tok() === Tok.HashIdentifier) {
    const a = parseExtendedAttr(p, null);
    // MLIR's message has no space before the attribute.
    if (!(a instanceof LocationBase)) p.error("expected location attribute, but got" + printAttribute(a));
    return a;
  }
  if (p.tok() === Tok.String) return parseNameOrFileLineCol(p);
  if (p.tok() !== Tok.BareIdentifier) p.wrongToken("expected location instance");
  if (p.lex.is("callsite")) return parseCallSite(p);
  if (p.lex.is("fused")) return parseFused(p);
  if (p.lex.is("unknown")) {
    p.consume();
    return UnknownLoc.get(p.ctx);
  }
  return p.wrongToken("expected location instance");
}

/** An unsigned 32-bit integer token's value, or -1. */
function unsigned32(p: ParserState): number {
  const v = p.integerValue();
  return v > 0xffffffffn ? -1 : Number(v);
}

/**
 * filelinecol ::= string `:` line (`:` col (`to` (line `:` col | `:` col))?)?
 * name-loc    ::= string (`(` location-inst `)`)?
 */
function parseNameOrFileLineCol(p: ParserState): LocationAttr {
  const name = StringAttr.fromBytes(p.ctx, p.stringValue()).value;
  p.consume();
  if (p.consumeIf(Tok.Colon)) {
    const expectInt = (what: string): number => {
      if (p.tok() !== Tok.Integer) p.wrongToken(`expected integer ${what} number in FileLineColRange`);
      const v = unsigned32(p);
      if (v < 0) p.error(`expected integer ${what} number in FileLineColRange`);
      p.consume();
      return v;
    };
    const line = expectInt("line");
    if (p.tok() !== Tok.Colon) return FileLineColLoc.get(p.ctx, name, line, 0);
    p.consume();
    const col = expectInt("column");
    if (!p.isKeyword("to")) return FileLineColLoc.get(p.ctx, name, line, col);
    p.consume();
    if (p.tok() === Tok.Integer) {
      const endLine = expectInt("line");
      if (p.tok() !== Tok.Colon) p.wrongToken("expected either integer or `:` post `to` in FileLineColRange");
      p.consume();
      const endCol = expectInt("column");
      return FileLineColLoc.range(p.ctx, name, line, col, endLine, endCol);
    }
    if (p.tok() !== Tok.Colon) p.wrongToken("expected either integer or `:` post `to` in FileLineColRange");
    p.consume();
    const endCol = expectInt("column");
    return FileLineColLoc.range(p.ctx, name, line, col, line, endCol);
  }
  if (p.consumeIf(Tok.LParen)) {
    const child = parseLocationInstance(p);
    p.expect(Tok.RParen, "expected ')' after child location of NameLoc");
    return NameLoc.get(p.ctx, name, child);
  }
  return NameLoc.get(p.ctx, name);
}

/** callsite ::= `callsite` `(` location-inst `at` location-inst `)` */
function parseCallSite(p: ParserState): LocationAttr {
  p.consume();
  p.expect(Tok.LParen, "expected '(' in callsite location");
  const callee = parseLocationInstance(p);
  if (!p.isKeyword("at")) p.wrongToken("expected 'at' in callsite location");
  p.consume();
  const caller = parseLocationInstance(p);
  p.expect(Tok.RParen, "expected ')' in callsite location");
  return CallSiteLoc.get(p.ctx, callee, caller);
}

/** fused ::= `fused` (`<` attribute `>`)? `[` location-inst (`,` location-inst)* `]` */
function parseFused(p: ParserState): LocationAttr {
  p.consume();
  let metadata: Attribute | null = null;
  if (p.consumeIf(Tok.Less)) {
    metadata = parseAttribute(p);
    p.expect(Tok.Greater, "expected '>' after fused location metadata");
  }
  const locs: LocationAttr[] = [];
  p.expect(Tok.LSquare, "expected '[' in fused location");
  if (!p.consumeIf(Tok.RSquare)) {
    locs.push(parseLocationInstance(p));
    while (p.consumeIf(Tok.Comma)) locs.push(parseLocationInstance(p));
    p.expect(Tok.RSquare, "expected ']' in fused location");
  }
  return FusedLoc.get(p.ctx, locs, metadata);
}
