import type { OpAsmParser, OpAsmPrinter, ParsedOperationState } from "./op-asm.js";
import type { Operation } from "./operation.js";
import type { Attribute } from "./attribute.js";

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
  /** Has no memory effects (MLIR's `NoMemoryEffect`). */
  NoMemoryEffect = 1 << 7,
  /** Can be speculated (hoisted) freely (`AlwaysSpeculatable`). */
  AlwaysSpeculatable = 1 << 8,
  /** Operand order does not matter. */
  Commutative = 1 << 9,
  /** Materializes a constant; folds to its value attribute. */
  ConstantLike = 1 << 10,
  /** Applies elementwise to vectors and tensors. */
  Elementwise = 1 << 11,
  /** Returns control to the parent op, like `func.return`. */
  ReturnLike = 1 << 12,
  /** Its memory effects are those of the ops in its regions. */
  RecursiveMemoryEffects = 1 << 13,
  /** Stack allocations in its regions are freed when it returns. */
  AutomaticAllocationScope = 1 << 14,
  /** Its regions start a new affine scope. */
  AffineScope = 1 << 15,
  /** Speculatable when the ops in its regions are. */
  RecursivelySpeculatable = 1 << 16,
  /** Results have the types of the operands (`SameOperandsAndResultType`). */
  SameOperandsAndResultType = 1 << 17,
  /** Operands share one type (`SameTypeOperands`). */
  SameTypeOperands = 1 << 18,
  /** `x op x == x`. */
  Idempotent = 1 << 19,
  /** `op(op(x)) == x`. */
  Involution = 1 << 20,
  /** Pure: `NoMemoryEffect | AlwaysSpeculatable`. */
  Pure = NoMemoryEffect | AlwaysSpeculatable,
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
  /**
   * The name hint of the operation's results in the custom form (MLIR's
   * `OpAsmOpInterface::getAsmResultNames`: `%c0_i32`, `%cst`), or null for
   * a number. The printer makes it unique (`%c0_i32_0`).
   */
  resultName?(op: Operation): string | readonly (string | null | true)[] | null;
  /**
   * Completes the properties of an operation read in the generic form:
   * adds default-valued properties that are absent, as MLIR's property
   * storage does. Returns the properties to use.
   */
  completeProperties?(op: Operation): void;
  /**
   * Why properties written in the generic form (`<{...}>`) cannot be stored
   * (MLIR's `setPropertiesFromAttr`): `Invalid attribute \`name\` in
   * property conversion: ...` for the first property whose attribute is of
   * the wrong kind; null when they can.
   */
  propertyConversionError?(properties: Attribute): string | null;
  /**
   * True when the definition's own `verify` checks that a terminator is
   * the last operation of its block (after its parent and operand checks,
   * in MLIR's trait order); otherwise the verifier checks it first.
   */
  readonly verifiesTerminatorPlacement?: boolean;
  /**
   * Interface implementations indexed by `OpInterface.id` (sparse); see
   * `getInterface`.
   */
  readonly interfaces?: readonly unknown[];
  /** Op-specific verification; throws a `VerifyError` (see `opError`). */
  verify?(op: Operation): void;
  /** Parses the custom form (after the op name); absent: generic only. */
  parse?(parser: OpAsmParser, state: ParsedOperationState): void;
  /** Prints the custom form (after the op name and results). */
  print?(printer: OpAsmPrinter, op: Operation): void;
}
