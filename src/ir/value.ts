import type { TypeAttribute } from "./attribute.js";
import { type LocationAttr, type LocationSource, resolveLocation } from "./location.js";
import type { Block } from "./block.js";
import type { OpOperand } from "./op-operand.js";
import type { Operation } from "./operation.js";

/**
 * An SSA value: the result of an operation or an argument of a block.
 *
 * Each value heads an intrusive, doubly linked list of its uses
 * ({@link OpOperand}s), MLIR's `IRObjectWithUseList` design: adding or
 * removing a use is O(1), and walking the uses allocates nothing.
 */
export abstract class Value {
  /** The type of the value. Mutable (`setType`), as in MLIR. */
  type: TypeAttribute;
  /** Head of the use list, or null when the value is unused. @internal */
  firstUse: OpOperand | null;
  /**
   * @internal Printer scratch: the SSA number assigned by the printer run
   * numbered `printGen` (`N` for `%N`, `-1 - N` for `%argN`). Kept on the
   * value instead of in a map: naming 100,000 values through a `Map` costs
   * more than the rest of the print.
   */
  printId: number;
  /** @internal See `printId`. */
  printGen: number;

  protected constructor(type: TypeAttribute) {
    this.type = type;
    this.firstUse = null;
    // Each scratch field is stored twice on purpose: V8 treats a field
    // written once as a constant of its hidden class, and the printer's
    // first write would then deoptimize all code compiled by then that
    // creates values (the parser's hot paths), in every process.
    this.printId = -1;
    this.printId = 0;
    this.printGen = -1;
    this.printGen = 0;
  }

  /** The operation defining this value, or null for a block argument. */
  abstract get definingOp(): Operation | null;

  /** The block that contains the definition of this value. */
  abstract get parentBlock(): Block | null;

  /** True when the value has at least one use. O(1). */
  get hasUses(): boolean {
    return this.firstUse !== null;
  }

  /** True when the value has exactly one use. O(1). */
  get hasOneUse(): boolean {
    return this.firstUse !== null && this.firstUse.nextUse === null;
  }

  /** Number of uses. O(uses): walks the list. */
  get numUses(): number {
    let n = 0;
    for (let u = this.firstUse; u !== null; u = u.nextUse) n++;
    return n;
  }

  /** The uses of this value, as a fresh array (most recent use first). */
  get uses(): OpOperand[] {
    const out: OpOperand[] = [];
    for (let u = this.firstUse; u !== null; u = u.nextUse) out.push(u);
    return out;
  }

  /**
   * The distinct operations using this value, in use-list order (each at
   * its first use), as a fresh array. O(uses).
   */
  get users(): Operation[] {
    // A Set keeps insertion order, so it dedupes without reordering.
    const seen = new Set<Operation>();
    for (let u = this.firstUse; u !== null; u = u.nextUse) seen.add(u.owner);
    return Array.from(seen);
  }

  /**
   * Makes every use of this value use `replacement` instead. O(uses).
   * Replacing a value with itself is a no-op.
   */
  replaceAllUsesWith(replacement: Value): void {
    if (replacement === this) return;
    let u = this.firstUse;
    while (u !== null) {
      const next = u.nextUse;
      u.set(replacement);
      u = next;
    }
  }

  /**
   * Replaces the uses of this value for which `predicate` returns true.
   */
  replaceUsesWithIf(replacement: Value, predicate: (use: OpOperand) => boolean): void {
    if (replacement === this) return;
    let u = this.firstUse;
    while (u !== null) {
      const next = u.nextUse;
      if (predicate(u)) u.set(replacement);
      u = next;
    }
  }

  /** Changes the type of this value in place. */
  setType(type: TypeAttribute): void {
    this.type = type;
  }
}

/** A result of an operation. */
export class OpResult extends Value {
  /** The operation that defines this result. */
  readonly owner: Operation;
  /** Position of this result among the owner's results. */
  readonly index: number;

  /** @internal Use {@link Operation.create}, which creates results. */
  constructor(type: TypeAttribute, owner: Operation, index: number) {
    super(type);
    this.owner = owner;
    this.index = index;
  }

  get definingOp(): Operation {
    return this.owner;
  }

  get parentBlock(): Block | null {
    return this.owner.parent;
  }
}

/** An argument of a block. */
export class BlockArgument extends Value {
  /** The block owning this argument (null only while detached). */
  owner: Block | null;
  /** Position of this argument among the block's arguments. */
  index: number;
  /**
   * @internal The location, or the source it is to be computed from (with
   * `locOffset`), or null. Read through {@link location}.
   */
  loc: LocationAttr | LocationSource | null;
  /** @internal Source offset of a location not yet computed. */
  locOffset: number;

  /** @internal Use {@link Block.addArgument}. */
  constructor(type: TypeAttribute, owner: Block | null, index: number) {
    super(type);
    this.owner = owner;
    this.index = index;
    this.loc = null;
    this.locOffset = 0;
  }

  /** Location of the argument, or null when unknown. */
  get location(): LocationAttr | null {
    return resolveLocation(this);
  }

  set location(l: LocationAttr | null) {
    this.loc = l;
  }

  /** @internal Records that the location is `offset` in `source`, computed when first read. */
  setLazyLocation(source: LocationSource, offset: number): void {
    this.loc = source;
    this.locOffset = offset;
  }

  get definingOp(): null {
    return null;
  }

  get parentBlock(): Block | null {
    return this.owner;
  }
}
