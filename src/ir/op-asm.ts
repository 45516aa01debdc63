import type { AffineExpr } from "../dialects/builtin/affine/affine-expr.js";
import type { AffineMap } from "../dialects/builtin/affine/affine-map.js";
import type { Attribute, TypeAttribute } from "./attribute.js";
import type { Block } from "./block.js";
import type { Context } from "./context.js";
import type { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import type { LocationAttr } from "./location.js";
import type { Operation } from "./operation.js";
import type { Region } from "./region.js";
import type { Value } from "./value.js";

/**
 * A reference to an SSA value in custom operation syntax, before its type is
 * known (MLIR's `OpAsmParser::UnresolvedOperand`). The parser reuses these
 * objects for later operations: resolve the ones an operation read while
 * parsing that operation (as custom parsers do anyway), or copy the fields.
 */
export interface UnresolvedOperand {
  /** The name, with its `%`. */
  readonly name: string;
  /** The result number (`#N`), 0 by default. */
  readonly number: number;
  /** Source offset of the reference, for diagnostics. */
  readonly offset: number;
}

/**
 * An affine expression or map written over SSA names (`%i + symbol(%n)`):
 * the names used as dimensions and as symbols, in order of first use (the
 * positions of the `dN` and `sN` in `value`).
 */
export interface AffineOfSSAIds<T> {
  readonly value: T;
  readonly dims: UnresolvedOperand[];
  readonly symbols: UnresolvedOperand[];
}

/** A region entry argument in custom syntax: `%name : type loc(...)`. */
export interface OpAsmArgument {
  readonly operand: UnresolvedOperand;
  readonly type: TypeAttribute;
  readonly location: LocationAttr | null;
}

/**
 * What every custom-syntax parser can read (MLIR's `AsmParser`): shared by
 * operation parsers ({@link OpAsmParser}) and dialect attribute and type
 * parsers ({@link DialectAsmParser}). Methods throw a parse error on
 * failure; `parseOptional*` return null (or false) when the construct is
 * absent.
 */
export interface AsmParser {
  /** The context. */
  readonly context: Context;
  /**
   * In a dialect's attribute or type parser: the source offset of the
   * mnemonic being parsed (`nope` in `#arith.nope<1>`), where MLIR reports
   * an unknown mnemonic; -1 elsewhere.
   */
  readonly mnemonicOffset: number;
  /** Fails with `message` at the current token (or `offset`). */
  emitError(message: string, offset?: number): never;
  /** Source offset of the current token. */
  currentOffset(): number;
  /**
   * The class of the current token, without consuming it: `"@"` (symbol),
   * `"%"`, `"^"`, `"#"`, `"!"`, `"string"`, `"integer"`, `"float"`,
   * `"keyword"`, `"eof"`, or the punctuation's spelling.
   */
  peekToken(): string;

  parseOptionalKeyword(keyword: string): boolean;
  parseKeyword(keyword: string, context?: string): void;
  /** Any bare identifier; null when the current token is not one. */
  parseOptionalKeywordAny(): string | null;
  /** A bare identifier, or fails with `expected <what>`. */
  parseKeywordAny(what?: string): string;
  /** A bare identifier among `allowed`; null (nothing consumed) otherwise. */
  parseOptionalKeywordIn(allowed: readonly string[]): string | null;
  /** A bare identifier or a string literal (MLIR's `parseOptionalKeywordOrString`). */
  parseOptionalKeywordOrString(): string | null;
  /** Consumes the punctuation token spelled `p` (`(`, `)`, `:`, `,`, `->`, `=`, `<`, `>`, `[`, `]`, `{`, `}`, `?`, `*`, `+`, `|`, `...`) if present. */
  parseOptionalPunctuation(p: string): boolean;
  parsePunctuation(p: string, context?: string): void;
  /** An integer literal with an optional leading `-`; null when absent. */
  parseOptionalInteger(): bigint | null;
  /** An integer literal, or fails with `expected integer value`. */
  parseInteger(): bigint;
  /** A string literal's value; null when absent. */
  parseOptionalString(): string | null;
  parseString(): string;
  /** `(` elem (`,` elem)* `)` etc.: `open`/`close` are punctuation or "" for none. */
  parseCommaSeparatedList(open: string, close: string, elem: () => void, context?: string): void;

  parseAttribute(type?: TypeAttribute | null): Attribute;
  parseOptionalAttribute(type?: TypeAttribute | null): Attribute | null;
  parseType(): TypeAttribute;
  parseOptionalType(): TypeAttribute | null;
  parseColonType(): TypeAttribute;
  /** `type (, type)*` */
  parseTypeList(): TypeAttribute[];
  /** `x`-separated dimensions ending before the element type (`4x?x`). */
  parseDimensionList(allowDynamic: boolean): number[];
  /** A bare affine map, `(d0, d1) -> (d1, d0)` (MLIR's `parseAffineMap`). */
  parseAffineMap(): AffineMap;
}

/**
 * The parser interface handed to custom operation parsers (MLIR's
 * `OpAsmParser`), implemented in `parse/`.
 */
export interface OpAsmParser extends AsmParser {
  /** Source offset of the operation name. */
  readonly nameOffset: number;
  /** Number of results the `%a, %b:2 = ` prefix declared. */
  readonly numResults: number;

  parseOptionalSymbolName(): string | null;
  /** `{...}` if present, else null. */
  parseOptionalAttrDict(): DictionaryAttr | null;
  /** `attributes {...}` if present, else null. */
  parseOptionalAttrDictWithKeyword(): DictionaryAttr | null;
  /** `: type (, type)*` if a colon is present, else []. */
  parseOptionalColonTypeList(): TypeAttribute[];
  /** `-> type` or `-> (type, ...)` if an arrow is present, else []. */
  parseOptionalArrowTypeList(): TypeAttribute[];
  /** A function type `(...) -> ...`. */
  parseFunctionType(): TypeAttribute;

  parseOperand(): UnresolvedOperand;
  parseOptionalOperand(): UnresolvedOperand | null;
  /** Zero or more comma-separated operands (no delimiters). */
  parseOperandList(): UnresolvedOperand[];
  resolveOperand(operand: UnresolvedOperand, type: TypeAttribute): Value;
  resolveOperands(operands: readonly UnresolvedOperand[], types: readonly TypeAttribute[], offset: number): Value[];
  /** `%name : type loc(...)?` (`withType` false: `%name` only). */
  parseArgument(withType: boolean, withLocation?: boolean): OpAsmArgument;
  /** An argument if the current token is a `%` name, else null. */
  parseOptionalArgument(withType: boolean, withLocation?: boolean): OpAsmArgument | null;

  /** `{ ... }` with optional entry arguments. */
  parseRegion(region: Region, entryArguments?: readonly OpAsmArgument[], enableNameShadowing?: boolean): void;
  parseOptionalRegion(region: Region, entryArguments?: readonly OpAsmArgument[]): boolean;
  parseSuccessor(): Block;
  parseOptionalSuccessor(): Block | null;
  parseOptionalLocationSpecifier(): LocationAttr | null;
  /**
   * Gives `op`, made by the parser rather than read (an implicit
   * terminator), the location of the operation being parsed, as MLIR's
   * `ensureTerminator(..., result.location)` does.
   */
  setImplicitLocation(op: Operation): void;
  /** The result name declared for result `i`, without `%` (null when there is none). */
  resultName(i: number): string | null;
  /**
   * `[` affine-expr-of-ssa-ids (`,` ...)* `]` (or `(` ... `)` for `delimiter`
   * `(`), where `%x` is a dimension and `symbol(%x)` a symbol (MLIR's
   * `parseAffineMapOfSSAIds`): the map has one dim per distinct `%x` and one
   * symbol per distinct `symbol(%x)`; the operands are dims then symbols.
   */
  parseAffineMapOfSSAIds(delimiter: "[" | "("): AffineOfSSAIds<AffineMap>;
  /** One affine expression of SSA ids (MLIR's `parseAffineExprOfSSAIds`). */
  parseAffineExprOfSSAIds(): AffineOfSSAIds<AffineExpr>;
}

/** The printer interface handed to custom operation printers (MLIR's `OpAsmPrinter`). */
export interface OpAsmPrinter extends AsmPrinter {
  printOperand(value: Value): void;
  printOperands(values: readonly Value[]): void;
  printSymbolName(name: string): void;
  /** Prints ` {a = 1}` for the entries not in `elided` (nothing if none remain). */
  printOptionalAttrDict(attrs: DictionaryAttr | null, elided?: readonly string[]): void;
  /** Prints ` attributes {a = 1}` for the entries not in `elided`. */
  printOptionalAttrDictWithKeyword(attrs: DictionaryAttr | null, elided?: readonly string[]): void;
  printRegion(region: Region, printEntryBlockArgs?: boolean, printBlockTerminators?: boolean, printEmptyBlock?: boolean): void;
  printSuccessor(block: Block): void;
  /**
   * A region argument: its name, `: type` (unless `omitType`), and its
   * location when printing debug info (unless `omitLocation`: then print
   * it with {@link printRegionArgumentLocation} after argument attributes).
   */
  printRegionArgument(arg: Value, omitType?: boolean, omitLocation?: boolean): void;
  /** ` loc(...)` of a block argument when printing debug info. */
  printRegionArgumentLocation(arg: Value): void;
  /**
   * Prints `op` inline, without its results, indentation or location: its
   * custom form if it has one, else the generic form (MLIR's
   * `printCustomOrGenericOp`, which `vector.mask` uses for its masked op).
   */
  printCustomOrGenericOp(op: Operation): void;
  /** A new line at the current indentation. */
  printNewline(): void;
  /** Prints `(T1, T2) -> R` as MLIR prints a function type. */
  printFunctionalType(inputs: readonly TypeAttribute[], results: readonly TypeAttribute[]): void;
  /** Prints `-> R` or `-> (R1, R2)` (nothing for no results). */
  printArrowTypeList(types: readonly TypeAttribute[]): void;
  /**
   * The results of `map`, comma-separated, with dimension i printed as
   * `operands[i]` and symbol j as `symbol(operands[numDims + j])` (MLIR's
   * `printAffineMapOfSSAIds`).
   */
  printAffineMapOfSSAIds(map: AffineMap, operands: readonly Value[]): void;
  /** `expr` with dims as `dims[i]` and symbols as `symbol(symbols[j])`. */
  printAffineExprOfSSAIds(expr: AffineExpr, dims: readonly Value[], symbols: readonly Value[]): void;
  /** The operation being printed. */
  readonly op: Operation;
}

/** The parser interface handed to dialect attribute/type parsers. */
export type DialectAsmParser = AsmParser;

/** What every custom-syntax printer can write (MLIR's `AsmPrinter`). */
export interface AsmPrinter {
  /** Appends raw text. */
  write(text: string): void;
  printType(type: TypeAttribute): void;
  printAttribute(attr: Attribute): void;
  printAttributeWithoutType(attr: Attribute): void;
  /** A bare identifier when `s` is one, else a quoted string. */
  printKeywordOrString(s: string): void;
  /** A quoted, escaped string literal. */
  printString(s: string): void;
}

/** The printer interface handed to dialect attribute/type printers. */
export type DialectAsmPrinter = AsmPrinter;

/**
 * What a custom operation parser fills in (MLIR's `OperationState`); the
 * parser creates the operation from it.
 */
export interface ParsedOperationState {
  /**
   * The lists start as shared frozen empty arrays: assign new arrays
   * (`state.regions = [r]`), do not push into the initial ones.
   */
  operands: Value[];
  resultTypes: TypeAttribute[];
  properties: Attribute | null;
  attributes: DictionaryAttr | null;
  regions: Region[];
  successors: Block[];
}
