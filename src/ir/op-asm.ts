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
 * known (MLIR's `OpAsmParser::UnresolvedOperand`).
 */
export interface UnresolvedOperand {
  /** The name, with its `%`. */
  readonly name: string;
  /** The result number (`#N`), 0 by default. */
  readonly number: number;
  /** Source offset of the reference, for diagnostics. */
  readonly offset: number;
}

/** A region entry argument in custom syntax: `%name : type loc(...)`. */
export interface OpAsmArgument {
  readonly operand: UnresolvedOperand;
  readonly type: TypeAttribute;
  readonly location: LocationAttr | null;
}

/**
 * The parser interface handed to custom operation parsers (MLIR's
 * `OpAsmParser`), implemented in `parse/`. Methods throw a parse error on
 * failure; `parseOptional*` return null when the construct is absent.
 */
export interface OpAsmParser {
  /** The context. */
  readonly context: Context;
  /** Source offset of the operation name. */
  readonly nameOffset: number;
  /** Number of results the `%a, %b:2 = ` prefix declared. */
  readonly numResults: number;

  /** Fails with `message` at the current token (or `offset`). */
  emitError(message: string, offset?: number): never;
  /** Source offset of the current token. */
  currentOffset(): number;

  parseOptionalKeyword(keyword: string): boolean;
  parseKeyword(keyword: string, context?: string): void;
  /** Consumes the punctuation token spelled `p` (`(`, `)`, `:`, `,`, `->`, `=`, `<`, `>`, `[`, `]`, `{`, `}`, `?`, `*`, `+`, `|`, `...`) if present. */
  parseOptionalPunctuation(p: string): boolean;
  parsePunctuation(p: string, context?: string): void;

  parseOptionalSymbolName(): string | null;
  parseAttribute(type?: TypeAttribute | null): Attribute;
  parseOptionalAttribute(type?: TypeAttribute | null): Attribute | null;
  /** `{...}` if present, else null. */
  parseOptionalAttrDict(): DictionaryAttr | null;
  /** `attributes {...}` if present, else null. */
  parseOptionalAttrDictWithKeyword(): DictionaryAttr | null;

  parseType(): TypeAttribute;
  parseOptionalType(): TypeAttribute | null;
  parseColonType(): TypeAttribute;
  /** `type (, type)*` */
  parseTypeList(): TypeAttribute[];
  /** `: type (, type)*` if a colon is present, else []. */
  parseOptionalColonTypeList(): TypeAttribute[];

  parseOperand(): UnresolvedOperand;
  parseOptionalOperand(): UnresolvedOperand | null;
  /** Zero or more comma-separated operands (no delimiters). */
  parseOperandList(): UnresolvedOperand[];
  resolveOperand(operand: UnresolvedOperand, type: TypeAttribute): Value;
  resolveOperands(operands: readonly UnresolvedOperand[], types: readonly TypeAttribute[], offset: number): Value[];

  /** `{ ... }` with optional entry arguments. */
  parseRegion(region: Region, entryArguments?: readonly OpAsmArgument[], enableNameShadowing?: boolean): void;
  parseOptionalRegion(region: Region, entryArguments?: readonly OpAsmArgument[]): boolean;
  parseSuccessor(): Block;
  parseOptionalLocationSpecifier(): LocationAttr | null;
}

/** The printer interface handed to custom operation printers (MLIR's `OpAsmPrinter`). */
export interface OpAsmPrinter {
  /** Appends raw text. */
  write(text: string): void;
  printOperand(value: Value): void;
  printOperands(values: readonly Value[]): void;
  printType(type: TypeAttribute): void;
  printAttribute(attr: Attribute): void;
  printAttributeWithoutType(attr: Attribute): void;
  printSymbolName(name: string): void;
  /** Prints ` {a = 1}` for the entries not in `elided` (nothing if none remain). */
  printOptionalAttrDict(attrs: DictionaryAttr | null, elided?: readonly string[]): void;
  /** Prints ` attributes {a = 1}` for the entries not in `elided`. */
  printOptionalAttrDictWithKeyword(attrs: DictionaryAttr | null, elided?: readonly string[]): void;
  printRegion(region: Region, printEntryBlockArgs?: boolean, printBlockTerminators?: boolean, printEmptyBlock?: boolean): void;
  printSuccessor(block: Block): void;
  /** The operation being printed. */
  readonly op: Operation;
}

/** The parser interface handed to dialect attribute/type parsers. */
export interface DialectAsmParser {
  readonly context: Context;
  emitError(message: string, offset?: number): never;
}

/** The printer interface handed to dialect attribute/type printers. */
export interface DialectAsmPrinter {
  write(text: string): void;
  printAttribute(attr: Attribute): void;
  printType(type: TypeAttribute): void;
}

/**
 * What a custom operation parser fills in (MLIR's `OperationState`); the
 * parser creates the operation from it.
 */
export interface ParsedOperationState {
  operands: Value[];
  resultTypes: TypeAttribute[];
  properties: Attribute | null;
  attributes: DictionaryAttr | null;
  regions: Region[];
  successors: Block[];
}
