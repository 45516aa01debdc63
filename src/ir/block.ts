import type { TypeAttribute } from "./attribute.js";
import { IRError } from "./ir-error.js";
import type { LocationAttr } from "./location.js";
import type { BlockOperand } from "./op-operand.js";
import type { Operation } from "./operation.js";
import type { Region } from "./region.js";
import { BlockArgument } from "./value.js";

const noArguments: BlockArgument[] = [];
Object.freeze(noArguments);

/**
 * @internal Operation order indices (MLIR's `Operation::kOrderStride` and
 * `kInvalidOrderIdx`). Numbering leaves `Stride - 1` free indices between
 * neighbours, so an operation inserted between two ordered ones usually
 * gets an index without renumbering the block (see
 * `Operation.updateOrderIfNecessary`).
 */
export const enum OpOrder {
  /** Gap between the indices of consecutive operations after a renumbering. */
  Stride = 5,
  /** Index of an operation not yet ordered in its (ordered) block. */
  Invalid = -1,
}

/**
 * A basic block: a list of operations plus block arguments (MLIR's
 * replacement for phi nodes).
 *
 * Operations form an intrusive doubly linked list (`first`/`last`, each
 * op's `prev`/`next`), so insertion and removal are O(1). Blocks themselves
 * are linked the same way inside their {@link Region}. A block heads the
 * use list of the terminators that branch to it (its predecessors).
 */
export class Block {
  /** Block arguments, in order. */
  arguments: BlockArgument[];
  /** First operation, or null when empty. */
  first: Operation | null;
  /** Last operation, or null when empty. */
  last: Operation | null;
  /** The region containing this block, or null when detached. */
  parent: Region | null;
  /** Previous block in the region. */
  prev: Block | null;
  /** Next block in the region. */
  next: Block | null;
  /** Head of the list of successor uses naming this block. @internal */
  firstUse: BlockOperand | null;
  /**
   * @internal Whether the operations' `orderIndex` fields are meaningful
   * (MLIR's `isOpOrderValid`): each is then increasing along the list or
   * {@link OpOrder.Invalid}. When false they are stale, and the next
   * `isBeforeInBlock` renumbers the block.
   */
  orderValid: boolean;
  /** @internal Printer scratch: position in the region (`^bbN`) from the printer run `printGen`. */
  printOrder: number;
  /** @internal See `printOrder`. */
  printGen: number;

  /** Creates a detached block with arguments of the given types. */
  constructor(argTypes?: readonly TypeAttribute[], argLocations?: readonly (LocationAttr | null)[]) {
    this.arguments = noArguments;
    this.first = null;
    this.last = null;
    this.parent = null;
    this.prev = null;
    this.next = null;
    this.firstUse = null;
    this.orderValid = false;
    // Stored twice: see the scratch fields of `Value` (no deoptimization
    // of block-creating code when the printer first writes them).
    this.printOrder = -1;
    this.printOrder = 0;
    this.printGen = -1;
    this.printGen = 0;
    if (argTypes !== undefined && argTypes.length > 0) {
      const args = new Array<BlockArgument>(argTypes.length);
      for (let i = 0; i < argTypes.length; i++) {
        const a = new BlockArgument(argTypes[i]!, this, i);
        if (argLocations !== undefined) a.location = argLocations[i] ?? null;
        args[i] = a;
      }
      this.arguments = args;
    }
  }

  // ---- Arguments ----------------------------------------------------------

  /** Number of arguments. */
  get numArguments(): number {
    return this.arguments.length;
  }

  /** Argument `i`. */
  argument(i: number): BlockArgument {
    const a = this.arguments[i];
    if (a === undefined) throw new IRError(`block argument #${i} out of range (block has ${this.arguments.length})`);
    return a;
  }

  /** Appends an argument and returns it. */
  addArgument(type: TypeAttribute, location: LocationAttr | null = null): BlockArgument {
    const a = new BlockArgument(type, this, this.arguments.length);
    a.location = location;
    // A list started by push would keep room for 16.
    if (this.arguments === noArguments) this.arguments = [a];
    else this.arguments.push(a);
    return a;
  }

  /** Inserts an argument at position `index` and returns it. */
  insertArgument(index: number, type: TypeAttribute, location: LocationAttr | null = null): BlockArgument {
    if (index < 0 || index > this.arguments.length) throw new IRError(`block argument index ${index} out of range`);
    if (this.arguments === noArguments) this.arguments = [];
    const a = new BlockArgument(type, this, index);
    a.location = location;
    this.arguments.splice(index, 0, a);
    for (let i = index + 1; i < this.arguments.length; i++) this.arguments[i]!.index = i;
    return a;
  }

  /** Removes argument `index`; throws when it still has uses. */
  eraseArgument(index: number): void {
    const a = this.arguments[index];
    if (a === undefined) throw new IRError(`block argument #${index} out of range`);
    const n = a.numUses;
    if (n > 0) throw new IRError(`cannot erase block argument #${index}: it still has ${n} use${n === 1 ? "" : "s"}`);
    this.arguments.splice(index, 1);
    for (let i = index; i < this.arguments.length; i++) this.arguments[i]!.index = i;
    a.owner = null;
  }

  // ---- Operations ---------------------------------------------------------

  /** True when the block holds no operations. */
  get empty(): boolean {
    return this.first === null;
  }

  /** The operations as a fresh array. */
  get ops(): Operation[] {
    const out: Operation[] = [];
    for (let o = this.first; o !== null; o = o.next) out.push(o);
    return out;
  }

  /** Number of operations. O(n). */
  get numOps(): number {
    let n = 0;
    for (let o = this.first; o !== null; o = o.next) n++;
    return n;
  }

  [Symbol.iterator](): Iterator<Operation> {
    let cur = this.first;
    return {
      next(): IteratorResult<Operation> {
        if (cur === null) return { done: true, value: undefined };
        const v = cur;
        cur = cur.next;
        return { done: false, value: v };
      },
    };
  }

  /** The last operation, which is the terminator when the block has one. */
  get terminator(): Operation | null {
    return this.last;
  }

  /** Appends a detached operation. */
  append(op: Operation): void {
    this.insertBefore(op, null);
  }

  /** Prepends a detached operation. */
  prepend(op: Operation): void {
    this.insertBefore(op, this.first);
  }

  /**
   * Inserts the detached operation `op` before `before` (which must be in
   * this block), or at the end when `before` is null.
   */
  insertBefore(op: Operation, before: Operation | null): void {
    if (op.parent !== null) throw new IRError(`operation '${op.opName}' is already in a block; detach it first`);
    if (before !== null && before.parent !== this) throw new IRError("insertion point is not in this block");
    const prev = before === null ? this.last : before.prev;
    op.parent = this;
    op.prev = prev;
    op.next = before;
    if (prev === null) this.first = op;
    else prev.next = op;
    if (before === null) this.last = op;
    else before.prev = op;
    // In an ordered block the new op is unordered (MLIR's `addNodeToList`)
    // until `updateOrderIfNecessary` finds it an index between its
    // neighbours. An append after an ordered op is numbered now, at the cost
    // of one compare, so that appending and querying in turn never
    // renumbers. Blocks being built (the parser) are not ordered: no cost.
    if (this.orderValid) {
      let index: number = OpOrder.Invalid;
      if (before === null) {
        if (prev === null) index = OpOrder.Stride;
        else if (prev.orderIndex !== OpOrder.Invalid) index = prev.orderIndex + OpOrder.Stride;
      }
      op.orderIndex = index;
    }
  }

  /** @internal Unlinks `op` from this block (see {@link Operation.detach}). */
  remove(op: Operation): void {
    const prev = op.prev;
    const next = op.next;
    if (prev === null) this.first = next;
    else prev.next = next;
    if (next === null) this.last = prev;
    else next.prev = prev;
    op.parent = null;
    op.prev = null;
    op.next = null;
  }

  /**
   * @internal Renumbers the operations `Stride`, `2 * Stride`, ... for
   * {@link Operation.isBeforeInBlock} (MLIR's `recomputeOpOrder`). O(n).
   */
  recomputeOrder(): void {
    let i = 0;
    for (let o = this.first; o !== null; o = o.next) o.orderIndex = i += OpOrder.Stride;
    this.orderValid = true;
  }

  // ---- Structure ----------------------------------------------------------

  /** The operation owning this block's region, or null. */
  get parentOp(): Operation | null {
    return this.parent === null ? null : this.parent.parent;
  }

  /** True when this is the first block of its region. */
  get isEntryBlock(): boolean {
    return this.parent !== null && this.parent.first === this;
  }

  /** The successor uses naming this block (one per branch edge). */
  get predecessorUses(): BlockOperand[] {
    const out: BlockOperand[] = [];
    for (let u = this.firstUse; u !== null; u = u.nextUse) out.push(u);
    return out;
  }

  /** True when some terminator branches to this block. */
  get hasPredecessors(): boolean {
    return this.firstUse !== null;
  }

  /** The successors of this block's terminator. */
  get successors(): Block[] {
    const t = this.last;
    if (t === null) return [];
    return t.successors.map((s) => s.block);
  }

  /** Unlinks this block from its region, keeping its contents. */
  detach(): this {
    const r = this.parent;
    if (r !== null) r.remove(this);
    return this;
  }

  /**
   * Detaches and destroys this block and its operations. Throws (changing
   * nothing) when a terminator outside the block still branches here or a
   * value defined in the block is used outside it (a block branching to
   * itself can be erased).
   */
  erase(): void {
    for (let u = this.firstUse; u !== null; u = u.nextUse) {
      if (!this.containsOp(u.owner)) throw new IRError("cannot erase a block that is still a successor of a terminator");
    }
    for (const a of this.arguments) {
      for (let u = a.firstUse; u !== null; u = u.nextUse) {
        if (!this.containsOp(u.owner)) throw new IRError(`cannot erase block: argument #${a.index} is still used outside it`);
      }
    }
    for (let o = this.first; o !== null; o = o.next) {
      for (const r of o.results) {
        for (let u = r.firstUse; u !== null; u = u.nextUse) {
          if (!this.containsOp(u.owner)) throw new IRError(`cannot erase block: a result of '${o.opName}' is still used outside it`);
        }
      }
    }
    this.detach();
    for (let o = this.first; o !== null; o = o.next) o.dropAllReferences();
  }

  /** True when `op` is in this block, directly or nested. */
  containsOp(op: Operation): boolean {
    for (let o: Operation | null = op; o !== null; o = o.parentOp) if (o.parent === this) return true;
    return false;
  }

  /**
   * Moves the operations from `op` (inclusive) to the end of this block into
   * a new block inserted after this one, and returns the new block.
   */
  splitBefore(op: Operation): Block {
    if (op.parent !== this) throw new IRError("split point is not in this block");
    const nb = new Block();
    if (this.parent !== null) this.parent.insertAfter(nb, this);
    let o: Operation | null = op;
    while (o !== null) {
      const n: Operation | null = o.next;
      this.remove(o);
      nb.append(o);
      o = n;
    }
    return nb;
  }
}
