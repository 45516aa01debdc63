import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import type { Block } from "../ir/block.js";
import type { Context } from "../ir/context.js";
import type { LocationAttr } from "../ir/location.js";
import type { AffineExpr } from "../dialects/builtin/affine/affine-expr.js";
import type { AffineMap } from "../dialects/builtin/affine/affine-map.js";
import { parseAffineExprOfSSAIds, parseAffineMapOfSSAIds } from "./affine-parser.js";
import type { AffineOfSSAIds, AsmParser, OpAsmArgument, OpAsmParser, ParsedOperationState, UnresolvedOperand } from "../ir/op-asm.js";
import type { ParserState } from "./parser-state.js";
import type { OperationName } from "../ir/operation-name.js";
import type { Operation } from "../ir/operation.js";
import type { Region } from "../ir/region.js";
import type { Value } from "../ir/value.js";
import type { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import { parseAttribute, parseDictionaryAttr, parseOptionalAttribute, symbolName } from "./attribute-parser.js";
import { parseLocationInstance } from "./location-parser.js";
import { keyText, type NameKey, type OperationParser, operandKey, ParsedOperand } from "./operation-parser.js";
import { Tok } from "./token.js";
import { parseAffineMapBody } from "./affine-parser.js";
import {
  parseDimensionListRanked,
  parseFunctionResultTypes,
  parseFunctionType,
  parseOptionalType,
  parseType,
  parseTypeListNoParens,
} from "./type-parser.js";

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
 * The initial (empty) lists of a parsed operation's state: shared and
 * frozen, since most custom parsers replace some of them (a parser must
 * assign its own arrays, never push into these).
 */
const none: never[] = Object.freeze([]) as unknown as never[];

/**
 * The {@link AsmParser} over a {@link ParserState}: what custom operation
 * parsers and dialect attribute/type parsers share. `errorPrefix` prefixes
 * messages from {@link emitError} (`custom op 'arith.addi' `).
 */
export class AsmParserImpl implements AsmParser {
  constructor(
    /** The parser state (source, lexer, aliases). */
    readonly p: ParserState,
    /** The operation name errors name (`custom op 'x' `), or null. */
    protected prefixName: string | null,
    readonly mnemonicOffset = -1,
  ) {}

  /** `custom op 'name' ` for operation parsers (built on the error path only). */
  private get errorPrefix(): string {
    return this.prefixName === null ? "" : `custom op '${this.prefixName}' `;
  }

  get context(): Context {
    return this.p.ctx;
  }

  emitError(message: string, offset?: number): never {
    return this.p.error(this.errorPrefix + message, offset);
  }

  currentOffset(): number {
    return this.p.lex.start;
  }

  parseOptionalKeyword(keyword: string): boolean {
    return this.p.consumeKeyword(keyword);
  }

  peekToken(): string {
    switch (this.p.tok()) {
      case Tok.AtIdentifier: return "@";
      case Tok.PercentIdentifier: return "%";
      case Tok.CaretIdentifier: return "^";
      case Tok.HashIdentifier: return "#";
      case Tok.ExclamationIdentifier: return "!";
      case Tok.String: return "string";
      case Tok.Integer: return "integer";
      case Tok.FloatLiteral: return "float";
      case Tok.BareIdentifier:
      case Tok.IntType: return "keyword";
      case Tok.Eof: return "eof";
      default: return this.p.spelling();
    }
  }

  /** Like MLIR's `AsmParserImpl::parseKeyword`: the error points at the current token. */
  parseKeyword(keyword: string, context = ""): void {
    if (!this.p.consumeKeyword(keyword)) this.emitError(`expected '${keyword}'${context}`);
  }

  parseOptionalKeywordAny(): string | null {
    const p = this.p;
    if (p.tok() !== Tok.BareIdentifier && p.tok() !== Tok.IntType) return null;
    const s = p.internSpan(p.lex.start, p.lex.end);
    p.consume();
    return s;
  }

  parseOptionalKeywordIn(allowed: readonly string[]): string | null {
    const p = this.p;
    if (p.tok() !== Tok.BareIdentifier) return null;
    for (let i = 0; i < allowed.length; i++) {
      if (p.lex.is(allowed[i]!)) {
        p.consume();
        return allowed[i]!;
      }
    }
    return null;
  }

  parseKeywordAny(what = "keyword"): string {
    const k = this.parseOptionalKeywordAny();
    if (k === null) this.emitError(`expected ${what}`);
    return k;
  }

  parseOptionalKeywordOrString(): string | null {
    return this.parseOptionalKeywordAny() ?? this.parseOptionalString();
  }

  parseOptionalPunctuation(punct: string): boolean {
    const t = punctuation[punct];
    if (t === undefined) throw new Error(`unknown punctuation '${punct}'`);
    return this.p.consumeIf(t);
  }

  parsePunctuation(punct: string, context = ""): void {
    const t = punctuation[punct];
    if (t === undefined) throw new Error(`unknown punctuation '${punct}'`);
    // The message is built on failure only: this runs for every `,` and `:`.
    if (this.p.tok() !== t) this.p.wrongToken(`expected '${punct}'${context}`);
    this.p.consume();
  }

  parseOptionalInteger(): bigint | null {
    const p = this.p;
    let neg = false;
    if (p.tok() === Tok.Minus) {
      p.consume();
      if (p.tok() !== Tok.Integer) this.emitError("expected integer value");
      neg = true;
    } else if (p.tok() !== Tok.Integer) {
      return null;
    }
    const v = p.integerValue();
    p.consume();
    return neg ? -v : v;
  }

  parseInteger(): bigint {
    const v = this.parseOptionalInteger();
    if (v === null) this.emitError("expected integer value");
    return v;
  }

  parseOptionalString(): string | null {
    const p = this.p;
    if (p.tok() !== Tok.String) return null;
    const s = p.stringValue();
    p.consume();
    return s;
  }

  parseString(): string {
    const s = this.parseOptionalString();
    if (s === null) this.emitError("expected string");
    return s;
  }

  parseCommaSeparatedList(open: string, close: string, elem: () => void, context = ""): void {
    const p = this.p;
    if (open === "") {
      p.commaList(elem);
      return;
    }
    p.delimitedList(punctuation[open]!, punctuation[close]!, elem, context);
  }

  parseAttribute(type: TypeAttribute | null = null): Attribute {
    return parseAttribute(this.p, type);
  }

  parseOptionalAttribute(type: TypeAttribute | null = null): Attribute | null {
    return parseOptionalAttribute(this.p, type);
  }

  parseType(): TypeAttribute {
    return parseType(this.p);
  }

  parseOptionalType(): TypeAttribute | null {
    return parseOptionalType(this.p);
  }

  parseColonType(): TypeAttribute {
    this.p.expect(Tok.Colon, "expected ':'");
    return parseType(this.p);
  }

  parseTypeList(): TypeAttribute[] {
    return parseTypeListNoParens(this.p);
  }

  parseDimensionList(allowDynamic: boolean): number[] {
    return parseDimensionListRanked(this.p, allowDynamic);
  }

  parseAffineMap(): AffineMap {
    return parseAffineMapBody(this.p);
  }
}

/**
 * The {@link OpAsmParser} given to a custom operation parser: a view of
 * the operation parser's state with MLIR's `OpAsmParser` vocabulary.
 */
export class CustomOpParser extends AsmParserImpl implements OpAsmParser, ParsedOperationState {
  // What the custom parser fills in: the parser is its own state (one
  // object less per parsed operation).
  operands: Value[] = none as Value[];
  resultTypes: TypeAttribute[] = none as TypeAttribute[];
  properties: Attribute | null = null;
  attributes: DictionaryAttr | null = null;
  regions: Region[] = none as Region[];
  successors: Block[] = none as Block[];
  // The operation being parsed (set by `reset`: the operation parser keeps
  // one of these per nesting level and reuses it for every operation there).
  name!: OperationName;
  nameOffset = 0;
  /** The one result name (`%x = ...`), or null. */
  private singleName: NameKey | null = null;
  /** Result names and counts of `%a, %b:2 = ...` (null for none or one name). */
  private resultNames: readonly NameKey[] | null = null;
  private resultCounts: readonly number[] | null = null;
  // Scratch reused from operation to operation at this nesting level (an
  // object or array less per parsed operation; see `parseOperand`,
  // `valueList`, `typeList`).
  private readonly operandPool: ParsedOperand[] = [];
  private pooled = 0;
  private readonly valueLists: Value[][] = [];
  private readonly typeLists: TypeAttribute[][] = [];
  /** @internal Scratch of the generated format parsers (their property sink). */
  formatScratch: unknown = null;

  /** What the custom parser fills in (the parser itself). */
  get state(): ParsedOperationState {
    return this;
  }

  constructor(private readonly opParser: OperationParser) {
    super(opParser.p, null);
  }

  /** Starts on a new operation: `name` at `nameOffset`, with the result names before it. */
  reset(name: OperationName, nameOffset: number, singleName: NameKey | null, resultNames: readonly NameKey[] | null, resultCounts: readonly number[] | null): void {
    this.operands = none as Value[];
    this.resultTypes = none as TypeAttribute[];
    this.properties = null;
    this.attributes = null;
    this.regions = none as Region[];
    this.successors = none as Block[];
    this.name = name;
    this.nameOffset = nameOffset;
    this.singleName = singleName;
    this.resultNames = resultNames;
    this.resultCounts = resultCounts;
    this.prefixName = name.name;
    this.pooled = 0;
  }

  /**
   * An operand reference, from the pool of this nesting level: valid until
   * the next operation at this level starts, that is, while the operation
   * that read it is being parsed (custom parsers resolve their operands
   * before they return, as MLIR's do).
   */
  private operand(key: NameKey, number: number, offset: number): ParsedOperand {
    let u = this.operandPool[this.pooled];
    if (u === undefined) {
      this.operandPool.push((u = new ParsedOperand(key, number, offset)));
    } else {
      u.key = key;
      u.number = number;
      u.offset = offset;
    }
    this.pooled++;
    return u;
  }

  /**
   * @internal A list of `n` slots for the operand values of the operation
   * being parsed, reused for every operation at this level: `Operation.create`
   * copies the state's lists. For generated format parsers.
   */
  valueList(n: number): Value[] {
    let l = this.valueLists[n];
    if (l === undefined) this.valueLists[n] = l = new Array<Value>(n);
    else if (l.length !== n) l.length = n;
    return l;
  }

  /** @internal Like {@link valueList}, for result types. */
  typeList(n: number): TypeAttribute[] {
    let l = this.typeLists[n];
    if (l === undefined) this.typeLists[n] = l = new Array<TypeAttribute>(n);
    else if (l.length !== n) l.length = n;
    return l;
  }

  get numResults(): number {
    if (this.singleName !== null) return 1;
    let n = 0;
    if (this.resultCounts !== null) for (const c of this.resultCounts) n += c;
    return n;
  }

  parseOptionalSymbolName(): string | null {
    const p = this.opParser.p;
    if (p.tok() !== Tok.AtIdentifier) return null;
    const n = symbolName(p);
    p.consume();
    return n;
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

  parseOptionalArrowTypeList(): TypeAttribute[] {
    const p = this.opParser.p;
    if (!p.consumeIf(Tok.Arrow)) return [];
    return parseFunctionResultTypes(p);
  }

  parseFunctionType(): TypeAttribute {
    return parseFunctionType(this.opParser.p);
  }

  parseArgument(withType: boolean, withLocation = true): OpAsmArgument {
    const p = this.opParser.p;
    const offset = p.lex.start;
    if (p.tok() !== Tok.PercentIdentifier) p.wrongToken("expected SSA operand");
    const key = this.opParser.nameKey();
    p.consume();
    // MLIR's parseOperand(allowResultNumber = false).
    if (p.tok() === Tok.HashIdentifier) p.error("result number not allowed in argument list");
    const operand = this.operand(key, 0, offset);
    const type = withType ? this.parseColonType() : (null as unknown as TypeAttribute);
    const location = withLocation ? this.parseOptionalLocationSpecifier() : null;
    return { operand, type, location };
  }

  parseOptionalArgument(withType: boolean, withLocation = true): OpAsmArgument | null {
    return this.opParser.p.tok() === Tok.PercentIdentifier ? this.parseArgument(withType, withLocation) : null;
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
    const key = this.opParser.nameKey();
    p.consume();
    let number = 0;
    if (p.tok() === Tok.HashIdentifier) {
      const s = p.spelling().slice(1);
      if (!/^[0-9]+$/.test(s)) p.error("invalid SSA value result number");
      number = Number(s);
      p.consume();
    }
    return this.operand(key, number, offset);
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
    return this.opParser.resolveOperand(operandKey(operand), operand.number, operand.offset, type);
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

  parseOptionalSuccessor(): Block | null {
    return this.opParser.p.tok() === Tok.CaretIdentifier ? this.parseSuccessor() : null;
  }

  parseOptionalLocationSpecifier(): LocationAttr | null {
    const p = this.opParser.p;
    if (!p.consumeKeyword("loc")) return null;
    p.expect(Tok.LParen, "expected '(' in location");
    const loc = parseLocationInstance(p);
    p.expect(Tok.RParen, "expected ')' in location");
    return loc;
  }

  setImplicitLocation(op: Operation): void {
    op.setLazyLocation(this.opParser.p.locations, this.nameOffset);
  }

  parseAffineMapOfSSAIds(delimiter: "[" | "("): AffineOfSSAIds<AffineMap> {
    const dims: UnresolvedOperand[] = [];
    const symbols: UnresolvedOperand[] = [];
    const map = parseAffineMapOfSSAIds(this.opParser.p, delimiter, (isSymbol) => (isSymbol ? symbols : dims).push(this.parseOperand()));
    return { value: map, dims, symbols };
  }

  parseAffineExprOfSSAIds(): AffineOfSSAIds<AffineExpr> {
    const dims: UnresolvedOperand[] = [];
    const symbols: UnresolvedOperand[] = [];
    const expr = parseAffineExprOfSSAIds(this.opParser.p, (isSymbol) => (isSymbol ? symbols : dims).push(this.parseOperand()));
    return { value: expr, dims, symbols };
  }

  /** The result name declared for result `i`, without `%` (for custom printers' name hints). */
  resultName(i: number): string | null {
    if (this.singleName !== null) return i === 0 ? keyText(this.singleName).slice(1) : null;
    const names = this.resultNames;
    if (names === null) return null;
    for (let g = 0; g < names.length; g++) {
      const c = this.resultCounts![g]!;
      if (i < c) return keyText(names[g]!).slice(1);
      i -= c;
    }
    return null;
  }
}
