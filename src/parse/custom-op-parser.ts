import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import type { Block } from "../ir/block.js";
import type { Context } from "../ir/context.js";
import type { LocationAttr } from "../ir/location.js";
import type { OpAsmArgument, OpAsmParser, ParsedOperationState, UnresolvedOperand } from "../ir/op-asm.js";
import type { OperationName } from "../ir/operation-name.js";
import type { Region } from "../ir/region.js";
import type { Value } from "../ir/value.js";
import type { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import { parseAttribute, parseDictionaryAttr, parseOptionalAttribute, symbolName } from "./attribute-parser.js";
import { parseLocationInstance } from "./location-parser.js";
import { keyOfText, type OperationParser } from "./operation-parser.js";
import { Tok } from "./token.js";
import { parseOptionalType, parseType, parseTypeListNoParens } from "./type-parser.js";

/** Token kinds by punctuation spelling, for `parsePunctuation`. */
const punctuation: Record<string, Tok> = {
  "(": Tok.LParen,
  ")": Tok.RParen,
  "[": Tok.LSquare,
  "]": Tok.RSquare,
  "{": Tok.LBrace,
  "}": Tok.RBrace,
  "<": Tok.Less,
  ">": Tok.Greater,
  ":": Tok.Colon,
  ",": Tok.Comma,
  "=": Tok.Equal,
  "->": Tok.Arrow,
  "?": Tok.Question,
  "*": Tok.Star,
  "+": Tok.Plus,
  "-": Tok.Minus,
  "|": Tok.VerticalBar,
  "/": Tok.Slash,
  "...": Tok.Ellipsis,
};

/**
 * The {@link OpAsmParser} given to a custom operation parser: a view of
 * the operation parser's state with MLIR's `OpAsmParser` vocabulary.
 */
export class CustomOpParser implements OpAsmParser {
  /** What the custom parser fills in. */
  readonly state: ParsedOperationState = {
    operands: [],
    resultTypes: [],
    properties: null,
    attributes: null,
    regions: [],
    successors: [],
  };

  constructor(
    private readonly opParser: OperationParser,
    readonly name: OperationName,
    readonly nameOffset: number,
    private readonly resultNames: readonly string[],
    private readonly resultCounts: readonly number[],
  ) {}

  get context(): Context {
    return this.opParser.p.ctx;
  }

  get numResults(): number {
    let n = 0;
    for (const c of this.resultCounts) n += c;
    return n;
  }

  emitError(message: string, offset?: number): never {
    return this.opParser.p.error(`custom op '${this.name.name}' ${message}`, offset);
  }

  currentOffset(): number {
    return this.opParser.p.lex.start;
  }

  parseOptionalKeyword(keyword: string): boolean {
    return this.opParser.p.consumeKeyword(keyword);
  }

  /** Like MLIR's `AsmParserImpl::parseKeyword`: the error names the op and points at the current token. */
  parseKeyword(keyword: string, context = ""): void {
    if (!this.opParser.p.consumeKeyword(keyword)) this.emitError(`expected '${keyword}'${context}`);
  }

  parseOptionalPunctuation(punct: string): boolean {
    const t = punctuation[punct];
    if (t === undefined) throw new Error(`unknown punctuation '${punct}'`);
    return this.opParser.p.consumeIf(t);
  }

  parsePunctuation(punct: string, context = ""): void {
    const t = punctuation[punct];
    if (t === undefined) throw new Error(`unknown punctuation '${punct}'`);
    this.opParser.p.expect(t, `expected '${punct}'${context}`);
  }

  parseOptionalSymbolName(): string | null {
    const p = this.opParser.p;
    if (p.tok() !== Tok.AtIdentifier) return null;
    const n = symbolName(p);
    p.consume();
    return n;
  }

  parseAttribute(type: TypeAttribute | null = null): Attribute {
    return parseAttribute(this.opParser.p, type);
  }

  parseOptionalAttribute(type: TypeAttribute | null = null): Attribute | null {
    return parseOptionalAttribute(this.opParser.p, type);
  }

  parseOptionalAttrDict(): DictionaryAttr | null {
    const p = this.opParser.p;
    if (p.tok() !== Tok.LBrace) return null;
    return parseDictionaryAttr(p);
  }

  parseOptionalAttrDictWithKeyword(): DictionaryAttr | null {
    const p = this.opParser.p;
    if (!p.consumeKeyword("attributes")) return null;
    return parseDictionaryAttr(p);
  }

  parseType(): TypeAttribute {
    return parseType(this.opParser.p);
  }

  parseOptionalType(): TypeAttribute | null {
    return parseOptionalType(this.opParser.p);
  }

  parseColonType(): TypeAttribute {
    this.opParser.p.expect(Tok.Colon, "expected ':'");
    return parseType(this.opParser.p);
  }

  parseTypeList(): TypeAttribute[] {
    return parseTypeListNoParens(this.opParser.p);
  }

  parseOptionalColonTypeList(): TypeAttribute[] {
    const p = this.opParser.p;
    if (!p.consumeIf(Tok.Colon)) return [];
    return parseTypeListNoParens(p);
  }

  parseOperand(): UnresolvedOperand {
    const p = this.opParser.p;
    const offset = p.lex.start;
    if (p.tok() !== Tok.PercentIdentifier) p.wrongToken("expected SSA operand");
    const name = p.spelling();
    p.consume();
    let number = 0;
    if (p.tok() === Tok.HashIdentifier) {
      const s = p.spelling().slice(1);
      if (!/^[0-9]+$/.test(s)) p.error("invalid SSA value result number");
      number = Number(s);
      p.consume();
    }
    return { name, number, offset };
  }

  parseOptionalOperand(): UnresolvedOperand | null {
    return this.opParser.p.tok() === Tok.PercentIdentifier ? this.parseOperand() : null;
  }

  parseOperandList(): UnresolvedOperand[] {
    const out: UnresolvedOperand[] = [];
    const p = this.opParser.p;
    if (p.tok() !== Tok.PercentIdentifier) return out;
    out.push(this.parseOperand());
    while (p.consumeIf(Tok.Comma)) out.push(this.parseOperand());
    return out;
  }

  resolveOperand(operand: UnresolvedOperand, type: TypeAttribute): Value {
    return this.opParser.resolveOperand(keyOfText(operand.name), operand.number, operand.offset, type);
  }

  resolveOperands(operands: readonly UnresolvedOperand[], types: readonly TypeAttribute[], offset: number): Value[] {
    if (operands.length !== types.length) {
      this.emitError(`number of operands and types do not match: got ${operands.length} operands and ${types.length} types`, offset);
    }
    return operands.map((o, i) => this.resolveOperand(o, types[i]!));
  }

  parseRegion(region: Region, entryArguments: readonly OpAsmArgument[] = []): void {
    this.opParser.parseRegion(region, entryArguments);
  }

  parseOptionalRegion(region: Region, entryArguments: readonly OpAsmArgument[] = []): boolean {
    if (this.opParser.p.tok() !== Tok.LBrace) return false;
    this.parseRegion(region, entryArguments);
    return true;
  }

  parseSuccessor(): Block {
    const p = this.opParser.p;
    if (p.tok() !== Tok.CaretIdentifier) p.wrongToken("expected block name");
    const b = this.opParser.blockNamed(p.spelling(), p.lex.start);
    p.consume();
    return b;
  }

  parseOptionalLocationSpecifier(): LocationAttr | null {
    const p = this.opParser.p;
    if (!p.consumeKeyword("loc")) return null;
    p.expect(Tok.LParen, "expected '(' in location");
    const loc = parseLocationInstance(p);
    p.expect(Tok.RParen, "expected ')' in location");
    return loc;
  }

  /** The result name declared for result `i`, without `%` (for custom printers' name hints). */
  resultName(i: number): string | null {
    for (let g = 0; g < this.resultNames.length; g++) {
      const c = this.resultCounts[g]!;
      if (i < c) return this.resultNames[g]!.slice(1);
      i -= c;
    }
    return null;
  }
}
