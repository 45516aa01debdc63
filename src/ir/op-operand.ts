import type { Block } from "./block.js";
import type { Operation } from "./operation.js";
import type { Value } from "./value.js";

/**
 * One use of a {@link Value} by an operation: operand number `index` of
 * `owner`. The operand is itself the node of the value's use list (MLIR's
 * `OpOperand`), so linking and unlinking are O(1) and allocation-free.
 */
export class OpOperand {
  /** The value used. */
  value: Value;
  /** The operation using it. */
  readonly owner: Operation;
  /** Operand position in `owner`. Updated when operands are inserted or erased. */
  index: number;
  /** Next use of the same value. @internal */
  nextUse: OpOperand | null;
  /** Previous use of the same value. @internal */
  prevUse: OpOperand | null;

  /** @internal Created by {@link Operation}; links itself into `value`'s uses. */
  constructor(value: Value, owner: Operation, index: number) {
    this.value = value;
    this.owner = owner;
    this.index = index;
    this.prevUse = null;
    const head = value.firstUse;
    this.nextUse = head;
    if (head !== null) head.prevUse = this;
    value.firstUse = this;
  }

  /** Makes this operand use `value` instead. O(1). */
  set(value: Value): void {
    if (value === this.value) return;
    this.unlink();
    this.value = value;
    const head = value.firstUse;
    this.nextUse = head;
    if (head !== null) head.prevUse = this;
    value.firstUse = this;
  }

  /** Removes this operand from its value's use list. @internal */
  unlink(): void {
    const prev = this.prevUse;
    const next = this.nextUse;
    if (prev !== null) prev.nextUse = next;
    else this.value.firstUse = next;
    if (next !== null) next.prevUse = prev;
    this.prevUse = null;
    this.nextUse = null;
  }
}

/**
 * One successor of a terminator: a use of a {@link Block}. Blocks keep the
 * list of these uses, which gives their predecessors in O(uses).
 */
export class BlockOperand {
  /** The successor block. */
  block: Block;
  /** The terminator naming it. */
  readonly owner: Operation;
  /** Successor position in `owner`. */
  index: number;
  /** @internal */
  nextUse: BlockOperand | null;
  /** @internal */
  prevUse: BlockOperand | null;

  /** @internal Created by {@link Operation}; links itself into `block`'s uses. */
  constructor(block: Block, owner: Operation, index: number) {
    this.block = block;
    this.owner = owner;
    this.index = index;
    this.prevUse = null;
    const head = block.firstUse;
    this.nextUse = head;
    if (head !== null) head.prevUse = this;
    block.firstUse = this;
  }

  /** Makes this successor name `block` instead. O(1). */
  set(block: Block): void {
    if (block === this.block) return;
    this.unlink();
    this.block = block;
    const head = block.firstUse;
    this.nextUse = head;
    if (head !== null) head.prevUse = this;
    block.firstUse = this;
  }

  /** Removes this successor from its block's use list. @internal */
  unlink(): void {
    const prev = this.prevUse;
    const next = this.nextUse;
    if (prev !== null) prev.nextUse = next;
    else this.block.firstUse = next;
    if (next !== null) next.prevUse = prev;
    this.prevUse = null;
    this.nextUse = null;
  }
}
