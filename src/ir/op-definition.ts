import type { OpAsmParser, OpAsmPrinter, ParsedOperationState } from "./op-asm.js";
import type { Operation } from "./operation.js";

/**
 * Structural properties of a registered operation, as a bitset
 * (MLIR's `OpTrait`s that the core consults).
 */
export enum OpTrait {
  None = 0,
  /** Must be the last operation of its block. */
  IsTerminator = 1 << 0,
  /** Its single-block regions need no terminator. */
  NoTerminator = 1 << 1,
  /** Each region has at most one block. */
  SingleBlock = 1 << 2,
  /** Regions cannot use values defined outside the operation. */
  IsolatedFromAbove = 1 << 3,
  /** Its regions hold a symbol table. */
  SymbolTable = 1 << 4,
  /** Defines a symbol (`sym_name`). */
  Symbol = 1 << 5,
  /** Its regions are graph regions: no dominance requirement. */
  GraphRegions = 1 << 6,
}

/**
 * What a dialect tells the context about one of its operations. The core
 * needs only the name, traits and hooks below; richer declarative
 * definitions compile down to this.
 */
export interface OpDefinition {
  /** Full name, e.g. `"builtin.module"`. */
  readonly name: string;
  /** Bitset of {@link OpTrait}s. */
  readonly traits: number;
  /**
   * Names of inherent attributes. When a generic-form attribute dictionary
   * names one of them, the parser moves it into the properties (as MLIR
   * does for ops with properties).
   */
  readonly inherentAttrs?: readonly string[];
  /**
   * Dialect whose prefix may be dropped for operations nested in this
   * operation's regions when printing and parsing custom forms
   * (MLIR's `OpAsmOpInterface::getDefaultDialect`).
   */
  readonly defaultDialect?: string;
  /** Op-specific verification; throws a `VerifyError` (see `opError`). */
  verify?(op: Operation): void;
  /** Parses the custom form (after the op name); absent: generic only. */
  parse?(parser: OpAsmParser, state: ParsedOperationState): void;
  /** Prints the custom form (after the op name and results). */
  print?(printer: OpAsmPrinter, op: Operation): void;
}
